"""Output each fact once: merge relations that agree wherever both state a field.

Two relations merge when type and parties agree (a missing party or figure agrees with anything)
— a repeated paragraph, a bullet and the table row it summarises — except when both come from
different table rows: each row is an announcement of its own, even with the same wording (a
stake is a state, not an event, and merges across rows).

>>> from decimal import Decimal
>>> from finextract.relations.passages import Passage
>>> a = Relation(RelationType.EQUITY_STAKE, "甲", "乙", share=Decimal("0.2"))
>>> b = Relation(RelationType.EQUITY_STAKE, "甲", None, share=Decimal("0.2"), term_months=12)
>>> [(r.object, r.term_months) for r in dedupe([(Passage("bullet", 0, 1), a), (Passage("row", 2, 3), b)])]
[('乙', 12)]
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any

from .model import Relation, RelationStatus, RelationType
from .passages import Passage

_PARTIES = ("subject", "object", "seller", "target")


def _value(relation: Relation) -> Any:
    amount = relation.amount
    if amount is None:
        return None
    return (amount.value if amount.value is not None else amount.high, amount.unit)


def _agree(a: Any, b: Any) -> bool:
    return a is None or b is None or a == b


def compatible(a: Relation, b: Relation) -> bool:
    """Same type and subject, and no stated party, amount, share or term that differs."""
    return (
        a.type is b.type
        and a.subject == b.subject
        and _agree(a.object, b.object)
        and _agree(a.seller, b.seller)
        and _agree(a.target, b.target)
        and _agree(a.share, b.share)
        and _agree(a.term_months, b.term_months)
        and _agree(_value(a), _value(b))
    )


def _richness(relation: Relation) -> int:
    return sum(getattr(relation, name) is not None for name in (*_PARTIES, "amount", "share", "term_months"))


def merge(a: Relation, b: Relation) -> Relation:
    """The richer of two compatible relations, its missing fields filled from the other."""
    base, other = (a, b) if _richness(a) >= _richness(b) else (b, a)
    filled = {
        f.name: getattr(other, f.name)
        for f in fields(Relation)
        if getattr(base, f.name) is None and getattr(other, f.name) is not None
    }
    if base.status is RelationStatus.UNKNOWN and other.status is not RelationStatus.UNKNOWN:
        filled["status"] = other.status
    return replace(base, **filled)


class _Candidates:
    """The kept relations of one type and subject, indexed by the table rows they came from, so that
    a relation from a table row meets only those it may merge with (from no row, or from its own row).

    Without the index, a long table whose rows share a subject (500 rows of 公司 signing contracts)
    compared every row with every row before it. :meth:`eligible` yields exactly the indices the
    plain loop would accept, in the same (kept) order, so the first compatible one is the same.
    """

    def __init__(self, state: bool) -> None:
        self.state = state  # a stake merges across rows: every kept relation is a candidate
        self.every: list[int] = []
        self.no_row: list[int] = []  # kept relations from no table row so far
        self.by_row: dict[int, list[int]] = {}  # … from one table row (and maybe from no row)

    def eligible(self, row: int) -> list[int]:
        """The indices a relation from ``row`` (-1: no row) may merge with, in kept order."""
        if self.state or row < 0:
            return self.every
        same_row = self.by_row.get(row)
        if not same_row:
            return self.no_row
        return sorted(self.no_row + same_row) if self.no_row else same_row

    def add(self, index: int, row: int) -> None:
        self.every.append(index)
        if row < 0:
            self.no_row.append(index)
        else:
            self.by_row.setdefault(row, []).append(index)

    def merged(self, index: int, rows: set[int], row: int) -> None:
        """Kept relation ``index``, from ``rows``, now also comes from ``row``."""
        if self.state or row < 0 or row in rows:
            return
        # A relation from a row merges only where it is eligible: ``rows`` was {-1}, no row, and
        # the kept relation now belongs to this row.
        self.no_row.remove(index)
        insort(self.by_row.setdefault(row, []), index)


def dedupe(items: Sequence[tuple[Passage, Relation]]) -> list[Relation]:
    """Merge repeated facts, keeping the order of first statement."""
    if len(items) < 2:
        return [relation for _, relation in items]
    kept: list[tuple[set[int], Relation]] = []
    # Only relations of the same type and subject can merge: each looks at those alone (in the
    # order they were kept), and a relation from a table row only at those from no row or from its
    # own row, so a long document costs in proportion to its distinct facts.
    same_kind: dict[tuple[RelationType, str | None], _Candidates] = {}
    for passage, relation in items:
        row = passage.row_start if passage.kind == "row" else -1
        key = (relation.type, relation.subject)
        candidates = same_kind.get(key)
        if candidates is None:
            candidates = same_kind[key] = _Candidates(relation.type is RelationType.EQUITY_STAKE)
        for index in candidates.eligible(row):
            rows, other = kept[index]
            if compatible(relation, other):
                candidates.merged(index, rows, row)
                kept[index] = (rows | {row}, merge(other, relation))
                break
        else:
            candidates.add(len(kept), row)
            kept.append(({row}, relation))
    return [relation for _, relation in kept]


__all__ = ["RelationType", "compatible", "dedupe", "merge"]
