"""Group a stream of sized items (texts, Docs) into lists bounded in count and in total length.

>>> list(sized_batches(["ab", "cd", "e", "fghi", "j"], count=3, total=4))
[['ab', 'cd'], ['e'], ['fghi'], ['j']]
>>> list(sized_batches(["a", "b", "c"], count=2, total=100))
[['a', 'b'], ['c']]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
from typing import TypeVar

S = TypeVar("S", bound=Sized)


def sized_batches(items: Iterable[S], count: int, total: int) -> Iterator[list[S]]:
    """``items`` in order, in lists of at most ``count`` items whose ``len()`` adds up to at most
    ``total`` (an item longer than ``total`` gets a list of its own). A list is handed on as soon as
    it is full, before the next item is read."""
    batch: list[S] = []
    size = 0
    for item in items:
        weight = len(item)
        if batch and size + weight > total:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += weight
        if len(batch) >= count:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
