"""Shared test check: ``nlp.pipe`` (a component's batch path) gives each doc what ``nlp(text)`` gives it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc


def piped_as_alone(nlp: Language, texts: list[str], spans_key: str, results: Callable[[Doc], Any]) -> list[Doc]:
    """The docs of ``nlp.pipe(texts)``, after checking that each has the spans (offsets, label,
    kb id) in ``doc.spans[spans_key]`` and the ``results(doc)`` that ``nlp(text)`` gives alone."""
    alone = [nlp(text) for text in texts]
    together = list(nlp.pipe(texts))
    for one, batched in zip(alone, together, strict=True):
        assert _spans(batched, spans_key) == _spans(one, spans_key)
        assert results(batched) == results(one)
    return together


def _spans(doc: Doc, key: str) -> list[tuple[int, int, str, str]]:
    return [(span.start_char, span.end_char, span.label_, span.kb_id_) for span in doc.spans[key]]
