"""Longest-match dictionary lookup of many names in running text, in one linear pass.

A :class:`SurfaceIndex` keeps the names (already NFKC) and, for each two-character prefix, the
lengths of the names that start with it. :meth:`SurfaceIndex.occurrences` finds every name in a
text in one pass of an Aho-Corasick automaton (ahocorasick_rs, Rust code), built on first use and kept
with the index (the registry's is cached with the registry): no per-name and no per-character
Python work.

>>> index = SurfaceIndex({"盐湖股份": "000792", "盐湖": "x", "宏景科技": "301396"})
>>> [(m.start, m.end, m.value) for m in index.scan("公告：盐湖股份与宏景科技签约")]
[(3, 7, '000792'), (8, 12, '301396')]
>>> index.occurrences("公告：盐湖股份")
[(3, 2), (3, 4)]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import ahocorasick_rs

__all__ = ["Hit", "SurfaceIndex", "longest_at"]

T = TypeVar("T")

MIN_LENGTH = 2


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    """One match of :meth:`SurfaceIndex.scan`: ``text[start:end] == form``."""

    start: int
    end: int
    form: str
    value: T


class SurfaceIndex(Generic[T]):
    """Names (of at least two characters) → values, with a two-character prefix table."""

    __slots__ = ("_automaton", "forms", "prefixes")

    def __init__(self, forms: Mapping[str, T]) -> None:
        self.forms: dict[str, T] = {form: value for form, value in forms.items() if len(form) >= MIN_LENGTH}
        lengths: dict[str, set[int]] = {}
        for form in self.forms:
            lengths.setdefault(form[:MIN_LENGTH], set()).add(len(form))
        # two-character prefix → the lengths of the forms that start with it, longest first
        self.prefixes: dict[str, tuple[int, ...]] = {
            key: tuple(sorted(sizes, reverse=True)) for key, sizes in lengths.items()
        }
        self._automaton: Any = None

    def __getstate__(self) -> tuple[dict[str, T], dict[str, tuple[int, ...]]]:
        return self.forms, self.prefixes  # the automaton does not pickle: rebuilt on first use

    def __setstate__(self, state: tuple[dict[str, T], dict[str, tuple[int, ...]]]) -> None:
        self.forms, self.prefixes = state
        self._automaton = None

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of every occurrence of every form in ``text``, overlapping ones too,
        in order of their end (then longest first).

        >>> SurfaceIndex({"ab": 1, "abc": 2, "bc": 3}).occurrences("xabcd")
        [(1, 2), (1, 3), (2, 2)]
        """
        automaton = self._automaton
        if automaton is None:
            if not self.forms:
                return []
            automaton = self._automaton = ahocorasick_rs.AhoCorasick(list(self.forms))
        return [(start, end - start) for _, start, end in automaton.find_matches_as_indexes(text, overlapping=True)]

    def __len__(self) -> int:
        return len(self.forms)

    def __contains__(self, form: object) -> bool:
        return form in self.forms

    def scan(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit[T]]:
        """Longest matches from left to right, without overlaps, within ``text[start:end]``.

        >>> [m.form for m in SurfaceIndex({"ab": 1, "abc": 2, "cd": 3}).scan("xabcd")]
        ['abc']
        """
        end = len(text) if end is None else end
        forms, prefixes = self.forms, self.prefixes
        skip_to = start
        for position in range(start, end - 1):
            if position < skip_to:
                continue
            sizes = prefixes.get(text[position : position + 2])
            if sizes is None:
                continue
            for size in sizes:
                if position + size > end:
                    continue
                form = text[position : position + size]
                if form in forms:
                    yield Hit(position, position + size, form, forms[form])
                    skip_to = position + size
                    break


def longest_at(text: str, position: int, end: int, indexes: tuple[SurfaceIndex[T], ...]) -> tuple[int, int] | None:
    """The longest form of any of ``indexes`` that starts at ``position`` and ends by ``end``,
    as (size, number of the index that has it; the first index wins a tie), else ``None``.

    >>> longest_at("盐湖股份公告", 0, 6, (SurfaceIndex({"盐湖": 1}), SurfaceIndex({"盐湖股份": 2})))
    (4, 1)
    """
    key = text[position : position + MIN_LENGTH]
    having = [(number, index, sizes) for number, index in enumerate(indexes) if (sizes := index.prefixes.get(key))]
    if len(having) == 1:
        number, index, sizes = having[0]
        for size in sizes:
            if position + size <= end and text[position : position + size] in index.forms:
                return size, number
        return None
    for size in sorted({size for _, _, sizes in having for size in sizes}, reverse=True):
        if position + size > end:
            continue
        form = text[position : position + size]
        for number, index, _ in having:
            if form in index.forms:
                return size, number
    return None
