"""Adapters that turn other tools' output into finextract's amount records, for side-by-side scores.

JioNLP is GPL-3 licensed and prints banners on import: it is an optional benchmark extra
(``pip install -e .[bench]``), imported only here and only when asked for.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

JIONLP_CURRENCIES = {
    "元": "CNY",
    "人民币": "CNY",
    "美元": "USD",
    "港元": "HKD",
    "港币": "HKD",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "新加坡元": "SGD",
    "澳元": "AUD",
    "加元": "CAD",
    "韩元": "KRW",
}
JIONLP_QUALIFIERS = {"accurate": "exact", "blur": "approx"}


def load_jionlp_money() -> Callable[[str], list[dict[str, Any]]] | None:
    """JioNLP's ``extract_money`` as a function giving amount records, or None if not installed."""
    raw = load_jionlp_money_raw()
    if raw is None:
        return None

    def extract(text: str) -> list[dict[str, Any]]:
        return [_record(item) for item in raw(text)]

    return extract


def load_jionlp_money_raw() -> Callable[[str], list[dict[str, Any]]] | None:
    """JioNLP's own ``extract_money(text, with_parsing=True)`` output, nothing converted (for timing).

    JioNLP raises on some inputs; those count as finding nothing.
    """
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp
    except ImportError:
        return None
    extract_money = jionlp.ner.extract_money

    def extract(text: str) -> list[dict[str, Any]]:
        try:
            found: list[dict[str, Any]] = extract_money(text, with_parsing=True)
        except Exception:
            return []
        return found

    return extract


def _number(value: Any) -> str | None:
    try:
        return str(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def _record(item: dict[str, Any]) -> dict[str, Any]:
    detail = item.get("detail") or {}
    number = detail.get("num")
    low = high = value = None
    if isinstance(number, list) and len(number) == 2:
        low, high = _number(number[0]), _number(number[1])
    else:
        value = _number(number)
    definition = detail.get("definition", "accurate")
    return {
        "text": item["text"],
        "start": item["offset"][0],
        "end": item["offset"][1],
        "kind": "money",
        "value": value,
        "low": low,
        "high": high,
        "unit": JIONLP_CURRENCIES.get(detail.get("case", ""), detail.get("case", "")),
        "qualifier": "range" if low is not None else JIONLP_QUALIFIERS.get(definition, definition),
    }
