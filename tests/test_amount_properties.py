"""Properties of the amount normaliser, checked on generated inputs."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from benchmarks.timing import best_seconds
from finextract import find_amounts, parse_amount

money_values = st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False)


def _plain(value: Decimal) -> str:
    return f"{value:f}"


def _with_separators(value: Decimal) -> str:
    return f"{value:,f}"


def _scaled(value: Decimal, unit: str, factor: int) -> str:
    return f"{(value / factor).normalize():f}{unit}"


@given(money_values, st.sampled_from(["plain", "separators", "wan", "yi"]))
def test_written_values_parse_back(value: Decimal, style: str) -> None:
    text = {
        "plain": _plain(value) + "元",
        "separators": _with_separators(value) + "元",
        "wan": _scaled(value, "万元", 10_000),
        "yi": _scaled(value, "亿元", 100_000_000),
    }[style]
    parsed = parse_amount(text)
    assert parsed is not None, text
    assert parsed.value == value, text
    assert parsed.unit == "CNY"


def _cn2an_reads_back(numeral: str, value: int) -> bool:
    try:
        return bool(cn2an.cn2an(numeral, "strict") == value)
    except ValueError:
        return False


@given(st.integers(min_value=1, max_value=10**12 - 1), st.sampled_from(["low", "up"]))
def test_chinese_numerals_parse_back(value: int, style: str) -> None:
    numeral = cn2an.an2cn(value, style)
    # cn2an writes 2,500,001,000 as 二十五亿一千, without the 零 that its own reader (and ours) needs
    # to tell it from 二十五亿一千万: see test_a_numeral_without_its_zero_is_not_read
    assume(_cn2an_reads_back(numeral, value))
    parsed = parse_amount(numeral + "元")
    assert parsed is not None, numeral
    assert parsed.value == value, numeral


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("二十五亿零一千元", Decimal("2500001000")),
        ("二十五亿一千万元", Decimal("2510000000")),
        ("二十五亿一千元", None),  # 零 left out: 二十五亿零一千 or 二十五亿一千万 cut short
        ("三亿五千元", None),
    ],
    ids=["zero-written", "wan-written", "zero-left-out", "wan-left-out"],
)
def test_a_numeral_without_its_zero_is_not_read(text: str, value: Decimal | None) -> None:
    parsed = parse_amount(text)
    assert (parsed.value if parsed is not None else None) == value


@given(st.text(max_size=300))
def test_never_raises_and_offsets_slice(text: str) -> None:
    for amount in find_amounts(text):
        assert text[amount.start : amount.end] == amount.text
        assert amount.start < amount.end


financial_alphabet = st.sampled_from(
    list("0123456789.,，%万亿千百十元美港约超至-~一二三四五六七八九零两壹贰叁人民币股台吨\n\t （）“”")
)


@settings(max_examples=300)
@given(st.lists(financial_alphabet, max_size=120).map("".join))
def test_dense_financial_text_never_raises(text: str) -> None:
    for amount in find_amounts(text):
        assert text[amount.start : amount.end] == amount.text
        assert amount.value is not None or (amount.low is not None and amount.high is not None)
        assert amount.to_dict()["text"] == amount.text


@given(st.integers(min_value=0, max_value=40), st.sampled_from(["万", "亿", "千", "十"]), st.text(max_size=3))
def test_runaway_magnitudes_never_raise(count: int, magnitude: str, tail: str) -> None:
    for head in ("1", "1" * 30, "一", "3.5", "1" * 25 + ".5"):
        text = head + magnitude * count + "元" + tail
        for amount in find_amounts(text):
            assert amount.value is None or amount.value.adjusted() <= 20


PATHOLOGICAL = {
    "digit_run": "1",
    "wan_run": "万",
    "yi_chinese": "一亿",
    "separators": "1,000,",
    "mixed": "3.5亿元至4",
    "brackets": "（“",
}


def _seconds(text: str) -> float:
    return best_seconds(lambda: find_amounts(text))


@pytest.mark.parametrize("unit", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
def test_pathological_input_grows_linearly(unit: str) -> None:
    small = unit * (20_000 // len(unit))
    large = small * 16
    ratio = _seconds(large) / max(_seconds(small), 1e-6)
    assert ratio < 16 * 4, f"16x input took {ratio:.1f}x time"
