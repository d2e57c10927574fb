"""Table-driven tests of the plain relation extractor (no spaCy): full records per sentence."""

from __future__ import annotations

import re

import pytest
from relation_cases import CASES, Case

from finextract.amount_parser import find_amounts
from finextract.relations import CompanyRef, RelationType, extract_relations

FIELDS = ("type", "subject", "object", "seller", "target", "amount", "qualifier", "share", "term_months", "status")


def company_refs(text: str, names: tuple[str, ...]) -> list[CompanyRef]:
    """Every occurrence of each name (longest names first, no overlaps), as its own canonical name."""
    refs: list[CompanyRef] = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(re.escape(name), text):
            if not any(r.start < match.end() and match.start() < r.end for r in refs):
                refs.append(CompanyRef(match.start(), match.end(), name))
    return refs


def records(case: Case) -> list[dict[str, object]]:
    relations = extract_relations(case.text, find_amounts(case.text), company_refs(case.text, case.companies))
    for relation in relations:
        assert case.text[relation.start : relation.end] == relation.evidence
        assert relation.evidence
    return [{key: relation.to_dict()[key] for key in FIELDS} for relation in relations]


def test_enough_cases_cover_every_type() -> None:
    assert len(CASES) >= 60
    covered = {r["type"] for case in CASES for r in case.expected}
    assert covered == {t.value for t in RelationType}
    assert sum(not case.expected for case in CASES) >= 12


@pytest.mark.parametrize("case", CASES, ids=[case.text[:24] for case in CASES])
def test_relation_case(case: Case) -> None:
    assert sorted(records(case), key=repr) == sorted(case.expected, key=repr)


def test_relations_of_many_texts_are_each_texts_own() -> None:
    """``relations_in_many`` finds every text's passages first, then reads them all: every case's
    relations are what ``relations_in`` finds in it alone."""
    from finextract.relations.extract import AmountIndex, relations_in, relations_in_many

    def inputs() -> list[tuple[str, AmountIndex, list[tuple[int, int, str]]]]:
        return [
            (
                case.text,
                AmountIndex.of(find_amounts(case.text)),
                [(c.start, c.end, c.name) for c in company_refs(case.text, case.companies)],
            )
            for case in CASES
        ]

    together = relations_in_many(inputs())
    alone = [relations_in(*item) for item in inputs()]
    assert together == alone
    assert sum(map(len, together)) >= 60
