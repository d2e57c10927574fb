"""Per-document error handling shared by finextract components.

A component's ``pipe`` calls its error handler for a document that fails and still yields the
document, marked in ``doc.user_data``, so a batch run reports it instead of losing it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from spacy.tokens import Doc

from ..batching import sized_batches
from .gcpause import gc_paused, young_generation_room

ERROR_KEY = "finextract.error"
BATCH_LIMIT = 1024  # the most docs a component's pipe holds at once (see ErrorHandlingMixin.pipe)
BATCH_TOKENS = 100_000  # ... and the most tokens: long documents go a few at a time
YOUNG_ROOM_PER_DOC = 40  # containers a held doc may keep alive (about 15 after all three components)
ErrorHandler = Callable[[str, Any, list[Doc], Exception], None]


class BatchFallbackWarning(RuntimeWarning):
    """A component's batch path raised, yet every doc of the batch then succeeded alone.

    The results are still right (each doc was processed again on its own), only slower: it points
    to a bug in the component's ``process_batch``, which would otherwise go unnoticed."""


def raise_error(name: str, component: Any, docs: list[Doc], error: Exception) -> None:
    """The default handler: fail loudly."""
    raise error


class ErrorHandlingMixin:
    """``pipe``/``set_error_handler``/``get_error_handler`` for a component with ``__call__``."""

    name: str
    _error_handler: ErrorHandler = staticmethod(raise_error)
    batch_tokens: int = BATCH_TOKENS  # the most tokens a batch of this component holds

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - defined by the component
        raise NotImplementedError

    def set_error_handler(self, handler: ErrorHandler) -> None:
        self._error_handler = handler

    def get_error_handler(self) -> ErrorHandler:
        return self._error_handler

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Process ``docs`` a batch at a time, yielding every doc, failed ones marked.

        A batch holds at most ``min(batch_size, 1024)`` docs and at most ``batch_tokens`` tokens
        (100,000 unless the component sets its own; a longer doc goes alone), whatever spaCy asks
        (``nlp.pipe`` passes 1000): a component's code and tables stay in the CPU caches for the
        whole batch (on paragraphs, batches of 256 ran the pipeline about a tenth faster than
        batches of 32, batches of up to 1024 (about 640 paragraphs under a cap of 50,000 tokens)
        2–10 % faster than 256, and a cap of 100,000 tokens, under which 1000 seed paragraphs fit,
        about 6 % faster than 50,000, at the same peak memory), and long documents go a few at a
        time, so memory stays bounded. The collector is paused once per batch (see
        :mod:`.gcpause`), so a ``__call__`` that pauses it per document runs here without that
        wrapper; while the generator runs, the youngest generation has room for a batch, so that
        the docs held are not
        promoted to older generations (:func:`.gcpause.young_generation_room`)."""
        process = _unwrapped_call(self)
        size = max(min(batch_size, BATCH_LIMIT), 1)
        with young_generation_room(size * YOUNG_ROOM_PER_DOC):
            for batch in sized_batches(docs, size, self.batch_tokens):
                with gc_paused():
                    done, batch_error = self._processed_together(batch)
                    if not done:
                        failed = False
                        for doc in batch:
                            try:
                                process(doc)
                            except Exception as error:
                                failed = True
                                self._error_handler(self.name, self, [doc], error)
                                doc.user_data[ERROR_KEY] = f"{self.name}: {type(error).__name__}: {error}"
                        if batch_error is not None and not failed:
                            _warn_batch_fallback(self.name, batch_error)
                yield from _handed_over(batch)

    def process_batch(self, docs: list[Doc]) -> None:
        """Process ``docs`` together, with the same result as ``__call__`` on each; a component
        that can do that faster than one doc at a time overrides this."""
        raise NotImplementedError

    def _processed_together(self, batch: list[Doc]) -> tuple[bool, Exception | None]:
        """Whether :meth:`process_batch` did the whole batch, and what it raised if it failed. If
        the component has none, or it failed, the caller processes the docs one at a time, which
        finds the failing doc and rewrites whatever the failed batch wrote."""
        if type(self).process_batch is ErrorHandlingMixin.process_batch:
            return False, None
        try:
            self.process_batch(batch)
        except Exception as error:
            return False, error
        return True, None


def _warn_batch_fallback(name: str, error: Exception) -> None:
    """Report a batch that failed as a whole although each of its docs succeeded alone."""
    warnings.warn(
        f"{name}: the batch failed ({type(error).__name__}: {error}) but each doc succeeded alone; "
        "the results are right, but a bug in process_batch makes the component slower",
        BatchFallbackWarning,
        stacklevel=3,
    )


def _handed_over(batch: list[Doc]) -> Iterator[Doc]:
    """The docs of ``batch`` in order, each dropped from the list as it is yielded, so a doc the
    caller is done with is freed at once (and the collector finds the batch gone, not alive).

    >>> batch = [1, 2, 3]
    >>> [(item, len(batch)) for item in _handed_over(batch)]  # type: ignore[arg-type]
    [(1, 2), (2, 1), (3, 0)]
    """
    batch.reverse()
    while batch:
        yield batch.pop()


def _unwrapped_call(component: Any) -> Callable[[Doc], Doc]:
    """``component.__call__`` without the GC-pausing wrapper of :func:`.gcpause.pausing_gc`, if it has one."""
    unwrapped = getattr(type(component).__call__, "unpaused", None)
    if unwrapped is None:
        return component  # type: ignore[no-any-return]
    return partial(unwrapped, component)


def doc_error(doc: Doc) -> str | None:
    """The error a component recorded on ``doc``, if any."""
    error = doc.user_data.get(ERROR_KEY)
    return None if error is None else str(error)
