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


class _ByKey:
    """Kept indices (in kept order) by the key of one field, ``None`` for those that state none yet."""

    __slots__ = ("lists",)

    def __init__(self) -> None:
        self.lists: dict[Any, list[int]] = {}

    def size(self, key: Any) -> int:
        """How many kept relations may agree with ``key`` (stated): the same key, or none stated."""
        lists = self.lists
        return len(lists.get(key, ())) + len(lists.get(None, ()))

    def agreeing(self, key: Any) -> list[int]:
        return _in_order(self.lists.get(key, []), self.lists.get(None, []))

    def add(self, index: int, key: Any) -> None:
        self.lists.setdefault(key, []).append(index)

    def filled(self, index: int, key: Any, merged_key: Any) -> None:
        """Kept relation ``index`` stated ``key`` and, merged, states ``merged_key``."""
        if key is None and merged_key is not None:
            self.lists[None].remove(index)
            insort(self.lists.setdefault(merged_key, []), index)


class _Candidates:
    """The kept relations of one type and subject, indexed by the table row they came from, by
    their object and by their amount, so that a long table or list of distinct facts (2,000 rows of
    公司 signing contracts, 2,000 subsidiaries 公司 holds, 2,000 contracts with one customer for
    different sums) is not compared entry against entry.

    A relation can merge only with a kept one that agrees on the row (a relation from a table row:
    one from no row or from the same row; a stake: any), on the object and on the amount (the same,
    or one of the two unstated). :meth:`eligible` gives, in kept order, every index that passes one
    of the three tests, whichever list is shortest; the caller checks them all, so the first index
    that merges is the one a loop over every kept relation would find.
    """

    def __init__(self, state: bool) -> None:
        self.state = state  # a stake merges across rows: the row is no test
        self.every: list[int] = []
        self.no_row: list[int] = []  # kept relations from no table row so far (not for stakes)
        self.by_row: dict[int, list[int]] = {}  # … from one table row (and maybe from no row)
        self.by_object = _ByKey()
        self.by_value = _ByKey()  # key: :func:`_value`

    def eligible(self, row: int, obj: str | None, value: Any) -> list[int]:
        """Indices of kept relations that may merge with one from ``row`` (-1: no row) about ``obj``
        for ``value``, in kept order (a superset: see the class)."""
        same_row: list[int] = []
        if self.state or row < 0:
            size = len(self.every)
        else:
            same_row = self.by_row.get(row, [])
            size = len(self.no_row) + len(same_row)
        best: _ByKey | None = None
        best_key: Any = None
        for by_key, key in ((self.by_object, obj), (self.by_value, value)):
            if key is not None and (key_size := by_key.size(key)) < size:
                best, best_key, size = by_key, key, key_size
        if best is not None:
            return best.agreeing(best_key)
        if self.state or row < 0:
            return self.every
        return _in_order(self.no_row, same_row)

    def add(self, index: int, row: int, obj: str | None, value: Any) -> None:
        self.every.append(index)
        if row < 0 and not self.state:
            self.no_row.append(index)
        elif not self.state:  # rows are no test for a stake: no row index
            self.by_row.setdefault(row, []).append(index)
        self.by_object.add(index, obj)
        self.by_value.add(index, value)

    def merged(self, index: int, rows: set[int], row: int, kept: Relation, joined: Relation) -> None:
        """Kept relation ``index`` (from ``rows``) now also comes from ``row`` and reads ``joined``
        (a merge only fills what ``kept`` left unstated)."""
        self.by_object.filled(index, kept.object, joined.object)
        self.by_value.filled(index, _value(kept), _value(joined))
        if self.state or row < 0 or row in rows:
            return
        # A relation from a row merges only where the row allows it: ``rows`` was {-1}, no row, and
        # the kept relation now belongs to this row.
        self.no_row.remove(index)
        insort(self.by_row.setdefault(row, []), index)


def _in_order(first: list[int], second: list[int]) -> list[int]:
    """Two sorted index lists as one."""
    if not first:
        return second
    if not second:
        return first
    return sorted(first + second)


def dedupe(items: Sequence[tuple[Passage, Relation]]) -> list[Relation]:
    """Merge repeated facts, keeping the order of first statement."""
    if len(items) < 2:
        return [relation for _, relation in items]
    kept: list[tuple[set[int], Relation]] = []
    # Only relations of the same type and subject can merge, and only where row, object and amount allow
    # (see _Candidates), so a long document costs in proportion to its distinct facts.
    same_kind: dict[tuple[RelationType, str | None], _Candidates] = {}
    for passage, relation in items:
        row = passage.row_start if passage.kind == "row" else -1
        key = (relation.type, relation.subject)
        candidates = same_kind.get(key)
        if candidates is None:
            candidates = same_kind[key] = _Candidates(relation.type is RelationType.EQUITY_STAKE)
        state = candidates.state
        value = _value(relation)
        for index in candidates.eligible(row, relation.object, value):
            rows, other = kept[index]
            if (state or row < 0 or not (rows - {-1, row})) and compatible(relation, other):
                joined = merge(other, relation)
                candidates.merged(index, rows, row, other, joined)
                kept[index] = (rows | {row}, joined)
                break
        else:
            candidates.add(len(kept), row, relation.object, value)
            kept.append(({row}, relation))
    return [relation for _, relation in kept]


__all__ = ["RelationType", "compatible", "dedupe", "merge"]
