"""Pause Python's cyclic garbage collector while a component works on one document (``pausing_gc``),
or on one batch of documents in ``pipe`` (``gc_paused``); give the youngest generation room for the
batches a ``pipe`` holds (``young_generation_room``).

The components allocate many short-lived containers (matches, records, spans) and create no
reference cycles, so the collector's passes during their work find nothing to free; on
paragraph-sized documents those passes cost about a fifth of the pipeline's time. Everything
is still freed by reference counting; the collector is switched back on (if it was on) as soon
as the document is done, and a pending collection then runs as usual.

>>> import gc
>>> @pausing_gc
... def work(doc: object) -> bool:
...     return gc.isenabled()
>>> work(None), gc.isenabled()
(False, True)
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

__all__ = ["gc_paused", "pausing_gc", "young_generation_room"]

P = ParamSpec("P")
R = TypeVar("R")


def pausing_gc(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with the cyclic garbage collector paused (restored afterwards, even on error)."""

    @wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    paused.unpaused = function  # type: ignore[attr-defined]  # for a caller that pauses per batch
    return paused


@contextmanager
def gc_paused() -> Iterator[None]:
    """The collector paused for a block (a component's batch), restored afterwards if it was on.

    >>> with gc_paused():
    ...     gc.isenabled()
    False
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _Room:
    """The collector's first threshold as finextract found it, while some ``pipe`` has raised it."""

    lock = threading.Lock()
    holders = 0
    saved: tuple[int, ...] = ()
    raised = 0


@contextmanager
def young_generation_room(objects: int) -> Iterator[None]:
    """Raise the collector's first threshold (``gc.get_threshold()[0]``, 700 by default) to at least
    ``objects`` for the block: a component's ``pipe`` generator, which holds a batch of documents.

    Why: the collector runs a young collection every 700 container allocations that are still alive,
    and every object alive then moves to an older generation; every ~30,000 objects that reach the
    oldest one cost a full collection of the whole heap (45 ms with spaCy loaded). A batch of 256
    paragraphs holds some 4,000 containers (Doc, spans, records) until the caller drops them (a
    batch of 1024 four times as many), so with the default threshold every batch was collected
    several times and promoted wholesale, and a full collection came every 2 MB. With room for the
    batch the young collections find the batch already freed, and nothing is promoted. Garbage
    with reference cycles is still collected, a few thousand allocations later.

    Nested and concurrent blocks share one raise: the first raises, the last restores the threshold
    (unless someone changed it meanwhile). Only the first threshold changes, and a threshold of 0
    (automatic collection switched off) is left as it is.

    >>> before = gc.get_threshold()
    >>> with young_generation_room(10_000):
    ...     gc.get_threshold()[0] >= 10_000
    True
    >>> gc.get_threshold() == before
    True
    """
    with _Room.lock:
        if _Room.holders == 0:
            _Room.saved = gc.get_threshold()
            # a first threshold of 0 switches automatic collection off: that stays as it is
            _Room.raised = max(objects, _Room.saved[0]) if _Room.saved[0] else 0
            gc.set_threshold(_Room.raised, *_Room.saved[1:])
        _Room.holders += 1
    try:
        yield
    finally:
        with _Room.lock:
            _Room.holders -= 1
            if _Room.holders == 0 and gc.get_threshold()[0] == _Room.raised:
                gc.set_threshold(*_Room.saved)
