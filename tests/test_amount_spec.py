"""The amount spec table (``amount_spec_cases.py``), one test per case with a readable id."""

from __future__ import annotations

from decimal import Decimal

import pytest
from amount_spec_cases import CASES, Case, Exp

from finextract import Amount, find_amounts

# Cases the normaliser does not get right yet, each with the reason; strict xfail, so a fix shows.
KNOWN_GAPS: dict[str, str] = {
    "s002_students_551_line_break": "a page break between a figure and a counter (551\\n\\n名) is not bridged",
    "s003_table_xiechuang": "bare 万卡 (order-of-magnitude card count) in a table cell is not read",
    "recognizers_baifenzhi_qishi_percentile": "百分之七十百分位: the numeral runs into 百分位",
}


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _expected(exp: Exp) -> tuple[object, ...]:
    return (exp.text, exp.kind, exp.unit, _dec(exp.value), _dec(exp.low), _dec(exp.high), exp.qualifier, exp.per)


def _actual(amount: Amount) -> tuple[object, ...]:
    return (
        amount.text,
        amount.kind.value,
        amount.unit,
        amount.value,
        amount.low,
        amount.high,
        amount.qualifier.value,
        amount.per,
    )


def _params() -> list[object]:
    params = []
    for case in CASES:
        marks = [pytest.mark.xfail(reason=KNOWN_GAPS[case.id], strict=True)] if case.id in KNOWN_GAPS else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def test_case_ids_are_unique_and_enough() -> None:
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids)) >= 200


@pytest.mark.parametrize("case", _params())
def test_amount_spec(case: Case) -> None:
    found = find_amounts(case.text)
    for amount in found:
        assert case.text[amount.start : amount.end] == amount.text
    if case.expected is None:
        return  # the case only asks that nothing is raised
    assert [_actual(a) for a in found] == [_expected(e) for e in case.expected]
