"""Shared test checks of a component's batch path: ``nlp.pipe`` gives each doc what ``nlp(text)``
gives it, and a batch that fails is redone doc by doc."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
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


def redone_doc_by_doc(
    monkeypatch: pytest.MonkeyPatch, module: ModuleType, single: str, many: str, component: Any, docs: list[Doc]
) -> list[Doc]:
    """``component.pipe(docs)`` with ``module.<many>`` (the batch path) always failing and
    ``module.<single>`` failing on texts that hold "X公司", after checking that exactly those docs are
    marked as failed (the others, redone alone, get their results)."""
    from finextract.components.errors import doc_error

    real = getattr(module, single)

    def broken_on_x(text: str, *args: object, **kwargs: object) -> object:
        if "X公司" in text:
            raise RuntimeError("broken")
        return real(text, *args, **kwargs)

    def broken_batch(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("broken batch")

    component.set_error_handler(lambda *args: None)
    monkeypatch.setattr(module, single, broken_on_x)
    monkeypatch.setattr(module, many, broken_batch)
    done = list(component.pipe(docs))
    for doc in done:
        error = doc_error(doc)
        assert (error is not None and "broken" in error) == ("X公司" in doc.text)
    return done


def _spans(doc: Doc, key: str) -> list[tuple[int, int, str, str]]:
    return [(span.start_char, span.end_char, span.label_, span.kb_id_) for span in doc.spans[key]]
