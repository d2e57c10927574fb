"""Span scoring shared by the components that write ``doc.spans[key]``.

>>> import spacy
>>> from spacy.training import Example
>>> nlp = spacy.blank("zh")
>>> predicted, reference = nlp("募资3亿元"), nlp("募资3亿元")
>>> predicted.spans["k"] = [predicted.char_span(2, 5, label="MONEY")]
>>> reference.spans["k"] = [reference.char_span(2, 5, label="MONEY")]
>>> score_span_key([Example(predicted, reference)], "k")["spans_k_f"]
1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.scorer import Scorer
from spacy.training import Example


def score_span_key(examples: Iterable[Example], spans_key: str) -> dict[str, Any]:
    """Span P/R/F (overall and per label) of ``doc.spans[spans_key]`` against the reference."""
    return Scorer.score_spans(
        examples,
        attr=f"spans_{spans_key}",
        getter=lambda doc, key: doc.spans.get(spans_key, []),
        has_annotation=lambda doc: spans_key in doc.spans,
        allow_overlap=True,
    )
