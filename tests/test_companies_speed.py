"""The fast paths of company recognition give exactly what the plain definitions give, and the
work stays linear in the length of the text (counted, not timed)."""

from __future__ import annotations

import pickle
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finextract.companies import contextual, default_registry, registry, resolver
from finextract.companies.legal_names import _word_lengths_by_last_char, scan_left
from finextract.companies.lexicon import ORG_SUFFIX_NOT_AFTER, PLACES
from finextract.companies.matcher import SurfaceIndex, longest_at
from tests.plain import plain_tree, run_json

# --- SurfaceIndex.occurrences: every occurrence, overlapping ones too ------------------------------

OCCURRENCES = [
    pytest.param({"ab": 1, "abc": 2, "bc": 3}, "xabcd", [(1, 2), (1, 3), (2, 2)], id="nested-and-overlapping"),
    pytest.param({"盐湖股份": 1, "盐湖": 2}, "公告：盐湖股份、盐湖", [(3, 2), (3, 4), (8, 2)], id="han-offsets"),
    pytest.param({"ST金刚": 1}, "𝄞ST金刚", [(1, 4)], id="astral-char-counts-once"),
    pytest.param({"ab": 1}, "", [], id="empty-text"),
    pytest.param({}, "abc", [], id="empty-index"),
    pytest.param({"a": 1, "ab": 2}, "ab", [(0, 2)], id="one-char-forms-left-out"),
]


@pytest.mark.parametrize(("forms", "text", "expected"), OCCURRENCES)
def test_occurrences(forms: dict[str, int], text: str, expected: list[tuple[int, int]]) -> None:
    assert sorted(SurfaceIndex(forms).occurrences(text)) == expected


def test_surface_index_pickles_without_its_automaton() -> None:
    index = SurfaceIndex({"盐湖股份": "000792"})
    index.occurrences("盐湖股份")  # builds the automaton
    copy = pickle.loads(pickle.dumps(index))
    assert copy.occurrences("公告盐湖股份") == [(2, 4)] and copy.forms == index.forms


# --- resolver._occurrences agrees with the per-position longest match it replaced ----------------

LONGEST = [
    pytest.param("中国银河证券公告", ["中国银河"], {"中国": 1, "银河证券": 2}, id="local-wins-longest"),
    pytest.param("盐湖股份盐湖", [], {"盐湖": 1, "盐湖股份": 2}, id="registry-longest"),
    pytest.param("ab盐湖股份", ["盐湖"], {"盐湖": 3}, id="tie-goes-to-local"),
    pytest.param("无名称文本", [], {"盐湖": 1}, id="nothing"),
]


@pytest.mark.parametrize(("text", "local", "registry"), LONGEST)
def test_occurrences_pick_what_longest_at_picks(text: str, local: list[str], registry: dict[str, int]) -> None:
    local_index: SurfaceIndex[int] = SurfaceIndex(dict.fromkeys(local, 0))
    registry_index = SurfaceIndex(registry)
    found = resolver._occurrences(text, local, None, registry_index.occurrences(text))
    for position in range(len(text)):
        for end in range(position + 1, len(text) + 1):
            expected = longest_at(text, position, end, (local_index, SurfaceIndex({}), registry_index))
            sizes = {s: n for s, n in found.get(position, {}).items() if position + s <= end}
            got = (max(sizes), sizes[max(sizes)]) if sizes else None
            expected_pair = None if expected is None else (expected[0], 0 if expected[1] == 0 else 2)
            assert got == expected_pair, (text, position, end)


# --- left scan: stop words by last character -------------------------------------------------------

STOP_LENGTHS = [
    pytest.param({"与", "参与", "公司"}, "与", (1, 2), id="ascending-lengths"),
    pytest.param({"子公司", "公司"}, "司", (2, 3), id="shared-last-char"),
    pytest.param({"与"}, "司", None, id="absent-char"),
]


@pytest.mark.parametrize(("words", "char", "expected"), STOP_LENGTHS)
def test_word_lengths_by_last_char(words: set[str], char: str, expected: tuple[int, ...] | None) -> None:
    assert _word_lengths_by_last_char(frozenset(words)).get(char) == expected


SCANS = [
    pytest.param("公司全资子公司上海金刚玻璃防火科技", "上海金刚玻璃防火科技", id="stops-at-role-word"),
    pytest.param("拟向上海弘琪云创科技集团", "上海弘琪云创科技集团", id="stops-at-preposition"),
    pytest.param("珠海和佳医疗", "珠海和佳医疗", id="weak-conjunction-after-place"),
]


@pytest.mark.parametrize(("text", "name"), SCANS)
def test_scan_left_with_a_custom_word_list_agrees(text: str, name: str) -> None:
    from finextract.companies.lexicon import LEFT_STOP_WORDS

    assert text[scan_left(text, len(text)) :] == name
    assert scan_left(text, len(text), stop_words=set(LEFT_STOP_WORDS)) == scan_left(text, len(text))


# --- contextual: places and organisation-word exceptions --------------------------------------------


def _place_before_slow(text: str, end: int) -> bool:
    units = "省市区县"
    for gap in (2, 3, 4):
        for size in (2, 3, 4):
            stop = end - gap
            if stop - size >= 0 and text[stop - size : stop] in PLACES:
                return True
            if stop - size - 1 >= 0 and text[stop - 1] in units and text[stop - size - 1 : stop - 1] in PLACES:
                return True
    return False


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("深圳弈峰科技", id="place-then-name"),
        pytest.param("深圳市弈峰科技与北京字节跳动科技", id="place-and-unit"),
        pytest.param("弈峰科技", id="no-place"),
        pytest.param("乌鲁木齐某某科技", id="four-char-place"),
        pytest.param("科技", id="short"),
    ],
)
def test_place_before_agrees_with_its_definition(text: str) -> None:
    ends = contextual._place_ends(text)
    for end in range(len(text) + 1):
        assert contextual._place_before(text, end, ends) == _place_before_slow(text, end), end


@pytest.mark.parametrize(
    ("text", "position"),
    [
        pytest.param("证券时报", 2, id="exception"),
        pytest.param("华创证券党委", 4, id="no-exception"),
        pytest.param("银行", 2, id="at-end"),
        pytest.param("集团公司的子公司", 2, id="longest-word"),
    ],
)
def test_org_word_not_after_agrees_with_startswith(text: str, position: int) -> None:
    assert contextual._org_word_not_after(text, position) == text.startswith(ORG_SUFFIX_NOT_AFTER, position)


def test_english_first_words_start_every_english_key() -> None:
    registry = default_registry()
    first = registry.english_first_words()
    assert all(key.split(" ")[0] in first for key in registry.english_index())


# --- linear work ---------------------------------------------------------------------------------


_SURFACE_WORK = """
import json
from finextract.companies import default_registry, extract_companies
from finextract.companies.model import ResolvedBy
from finextract.companies import triggers

passes = 0
found = triggers.Scanner._found

def counting_passes(self, text):
    global passes
    passes += 1
    return found(self, text)

triggers.Scanner._found = counting_passes
paragraph = "英伟达与腾讯控股合作，盐湖股份公告，宏景科技签约。"
counts = []
for repeat in (200, 400):
    passes = 0
    companies = extract_companies(paragraph * repeat, default_registry())
    mentions = sum(len(c.mentions) for c in companies if c.resolved_by is ResolvedBy.REGISTRY)
    counts.append({"mentions": mentions, "passes": passes})
print(json.dumps({"module": triggers.__file__, "counts": counts}))
"""


def test_surface_matching_work_is_linear(tmp_path: Path) -> None:
    """Twice the text: twice the registry mentions and one scanner pass, whatever the length.
    Counted on the plain source (see tests/plain.py): a compiled method cannot be patched."""
    result = run_json(_SURFACE_WORK, python_path=plain_tree(tmp_path), cwd=tmp_path)
    counts = result["counts"]
    assert result["module"].endswith(".py")
    assert counts[0]["mentions"] == 4 * 200
    assert counts[1]["mentions"] == 2 * counts[0]["mentions"]
    assert counts[0]["passes"] == counts[1]["passes"] == 1


def test_occurrences_by_automaton_match_the_plain_search(monkeypatch: pytest.MonkeyPatch) -> None:
    from finextract.companies import resolver

    norm = "盐湖股份与盐湖集团签约，盐湖股份公告；国泰君安国际、国泰君安" * 50
    local = ["盐湖股份", "盐湖", "国泰君安", "国泰君安国际", "签约"]
    plain = resolver._occurrences(norm, local, None, [(0, 2)])
    monkeypatch.setattr(resolver, "_FIND_LIMIT", 0)  # force the automaton
    assert resolver._occurrences(norm, local, None, [(0, 2)]) == plain


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcXYZ .,中1Ａ\n", max_size=30))
def test_english_run_test_is_the_pattern_it_replaces(text: str) -> None:
    assert resolver._has_english_run(text) == (resolver._UPPER_RUN.search(text) is not None)


def test_white_space_is_what_the_space_pattern_matches() -> None:
    every_code_point = "".join(map(chr, range(0x110000)))
    assert "".join(registry._SPACES.findall(every_code_point)) == registry.WHITE_SPACE


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="盐湖 \t\n\u3000\u00a0\x1c\x85ａ（", max_size=20))
def test_nfkc_deletes_what_the_space_pattern_matches(text: str) -> None:
    expected = unicodedata.normalize("NFKC", text)
    if " " in expected or "\t" in expected or "\n" in expected:
        expected = registry._SPACES.sub("", expected)
    assert registry.nfkc(text) == expected


def test_nfkc_remembers_short_strings_within_a_bound() -> None:
    forms = registry._NFKC_FORMS
    assert registry.nfkc("ＳＴ金刚（上海）") == registry.nfkc("ＳＴ金刚（上海）") == "ST金刚(上海)"
    assert forms["ＳＴ金刚（上海）"] == "ST金刚(上海)"
    long_name = "盐" * 65 + "（"
    assert registry.nfkc(long_name) == "盐" * 65 + "("
    assert long_name not in forms  # texts are not kept
    for number in range(70_000):
        registry.nfkc(f"公司{number}")
    assert 0 < len(forms) <= 1 << 16


_DECLARATION_PIECES = ["简称", "以下", "以下简称", "下称", "合称", "称", "为", "：", "，", ",", " ", "\u3000", "\x1c",
                       "“", "”", "盐湖股份", "X", "证券", "股份", "产品", "（", "）", "。", "A股"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DECLARATION_PIECES), max_size=14))
def test_unbracketed_matches_are_those_of_the_pattern(pieces: list[str]) -> None:
    from finextract.companies import declarations

    text = "".join(pieces)
    expected = [(m.span(), m.groupdict()) for m in declarations._UNBRACKETED.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in declarations._unbracketed_matches(text)] == expected


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Wind", "A", "IDC", " ", "\u3000", "的", "数据", "报告", "显示", "算力", "-", ".", "中"]),
        max_size=10,
    )
)
def test_a_source_needs_a_name_before_a_data_word(pieces: list[str]) -> None:
    text = "".join(pieces)
    if contextual._MAY_BE_SOURCE.search(text) is not None:
        assert contextual._name_before_source_word(text)
