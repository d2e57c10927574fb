"""``dedupe`` with its row and object indexes gives what the plain loop over every kept relation gives."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from finextract import parse_amount
from finextract.relations.dedupe import compatible, dedupe, merge
from finextract.relations.model import Relation, RelationType
from finextract.relations.passages import Passage


def reference_dedupe(items: list[tuple[Passage, Relation]]) -> list[Relation]:
    """The rule as first written: each relation against every kept one of its type and subject."""
    kept: list[tuple[set[int], Relation]] = []
    for passage, relation in items:
        row = passage.row_start if passage.kind == "row" else -1
        state = relation.type is RelationType.EQUITY_STAKE
        for index, (rows, other) in enumerate(kept):
            if (other.type, other.subject) != (relation.type, relation.subject):
                continue
            if compatible(relation, other) and (state or row < 0 or not (rows - {-1, row})):
                kept[index] = (rows | {row}, merge(other, relation))
                break
        else:
            kept.append(({row}, relation))
    return [relation for _, relation in kept]


_PASSAGES = st.one_of(
    st.builds(lambda start: Passage("row", start, start + 5, row_start=start), st.integers(0, 6)),
    st.sampled_from([Passage("paragraph", 0, 5), Passage("bullet", 9, 12)]),
)
# equal figures written two ways, a different figure, the same figure in another currency, a range
_AMOUNTS = [None, *(parse_amount(text) for text in ("3亿元", "300,000,000元", "5亿元", "3亿美元", "3-5亿元"))]
_RELATIONS = st.builds(
    Relation,
    st.sampled_from([RelationType.CONTRACT, RelationType.EQUITY_STAKE]),
    st.sampled_from(["甲", "乙"]),
    st.sampled_from([None, "丙", "丁", "戊"]),
    amount=st.sampled_from(_AMOUNTS),
    share=st.sampled_from([None, Decimal("0.2"), Decimal("0.3")]),
    term_months=st.sampled_from([None, 12]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_PASSAGES, _RELATIONS), max_size=24))
def test_dedupe_agrees_with_the_plain_loop(items: list[tuple[Passage, Relation]]) -> None:
    assert dedupe(items) == reference_dedupe(items)


def test_rows_merge_only_with_their_own_row_or_with_prose() -> None:
    prose = (Passage("paragraph", 0, 5), Relation(RelationType.CONTRACT, "甲", None))
    row_1 = (Passage("row", 10, 20, row_start=10), Relation(RelationType.CONTRACT, "甲", "丙"))
    row_2 = (Passage("row", 30, 40, row_start=30), Relation(RelationType.CONTRACT, "甲", "丙"))
    again_1 = (Passage("row", 10, 20, row_start=10), Relation(RelationType.CONTRACT, "甲", "丙", term_months=12))
    result = dedupe([prose, row_1, row_2, again_1])
    # the prose mention takes row 1's object; row 2 is an announcement of its own; row 1 again merges
    assert [(r.object, r.term_months) for r in result] == [("丙", 12), ("丙", None)]
