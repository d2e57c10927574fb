"""The ``finextract_amounts`` component: amounts as spans, whatever the segmenter.

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("finextract_amounts")
>>> doc = nlp("交易总价约为14106.6万元")
>>> [(s.text, s.label_, str(s._.amount.value)) for s in doc.spans["fx_amounts"]]
[('14106.6万元', 'MONEY', '141066000')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example

from ..amount import Amount, AmountKind, Qualifier
from ..amount_parser import find_amounts
from .errors import ErrorHandlingMixin
from .text import doc_text

LABELS: dict[AmountKind, str] = {
    AmountKind.MONEY: "MONEY",
    AmountKind.PERCENT: "PERCENT",
    AmountKind.QUANTITY: "QUANTITY",
}
_USER_DATA_TAG = "finextract.amount"


def amount_from_dict(data: dict[str, Any]) -> Amount:
    """Rebuild an :class:`Amount` from :meth:`Amount.to_dict` output."""

    def dec(value: str | None) -> Decimal | None:
        return None if value is None else Decimal(value)

    return Amount(
        text=data["text"],
        start=data["start"],
        end=data["end"],
        kind=AmountKind(data["kind"]),
        value=dec(data["value"]),
        low=dec(data["low"]),
        high=dec(data["high"]),
        unit=data["unit"],
        qualifier=Qualifier(data["qualifier"]),
        per=data.get("per"),
    )


def span_amount(span: Span) -> Amount | None:
    """Getter of ``Span._.amount``: the amount a span was made from, if any.

    The amount is kept in ``doc.user_data`` as plain data, so it survives ``DocBin``,
    ``Doc.to_bytes`` and ``nlp.pipe(n_process=...)``.
    """
    user_data: dict[Any, Any] = span.doc.user_data
    data = user_data.get((_USER_DATA_TAG, span.start_char, span.end_char))
    return None if data is None else amount_from_dict(data)


def doc_amounts(doc: Doc) -> list[Amount]:
    """Getter of ``Doc._.amounts``: every amount the component stored, in text order."""
    found = [
        (key[1], key[2], value)
        for key, value in doc.user_data.items()
        if isinstance(key, tuple) and len(key) == 3 and key[0] == _USER_DATA_TAG
    ]
    return [amount_from_dict(value) for _, _, value in sorted(found, key=lambda item: item[:2])]


def register_extensions() -> None:
    """Register ``Span._.amount`` and ``Doc._.amounts`` (idempotent)."""
    if not Span.has_extension("amount"):
        Span.set_extension("amount", getter=span_amount)
    if not Doc.has_extension("amounts"):
        Doc.set_extension("amounts", getter=doc_amounts)


class AmountRecognizer(ErrorHandlingMixin):
    """Finds amounts with :func:`finextract.find_amounts` and writes them as spans.

    Spans go to ``doc.spans[spans_key]`` labelled MONEY / PERCENT / QUANTITY; with
    ``write_ents`` they also go to ``doc.ents``, keeping entities already there unless
    ``overwrite_ents`` is set. Tokens are matched by characters, so any segmenter works.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "finextract_amounts",
        *,
        spans_key: str = "fx_amounts",
        write_ents: bool = False,
        overwrite_ents: bool = False,
        scorer: Callable[..., dict[str, Any]] | None = None,
    ) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.write_ents = write_ents
        self.overwrite_ents = overwrite_ents
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        user_data: dict[Any, Any] = doc.user_data
        for amount in find_amounts(doc_text(doc)):
            span = doc.char_span(amount.start, amount.end, label=LABELS[amount.kind], alignment_mode="expand")
            if span is None:
                continue
            user_data[(_USER_DATA_TAG, span.start_char, span.end_char)] = amount.to_dict()
            spans.append(span)
        doc.spans[self.spans_key] = spans
        if self.write_ents:
            self._write_ents(doc, spans)
        return doc

    def _write_ents(self, doc: Doc, spans: list[Span]) -> None:
        if self.overwrite_ents:
            doc.ents = _non_overlapping(spans)
            return
        taken: set[int] = set()
        for ent in doc.ents:
            taken.update(range(ent.start, ent.end))
        extra = [s for s in spans if not taken.intersection(range(s.start, s.end))]
        doc.ents = sorted([*doc.ents, *_non_overlapping(extra)], key=lambda s: s.start)

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        if self.scorer is None:
            return {}
        return self.scorer(examples, spans_key=self.spans_key, **kwargs)

    # The component holds no learned or loaded data: serialisation is a no-op by design.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> AmountRecognizer:
        return self


def _non_overlapping(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    end = -1
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if span.start >= end:
            chosen.append(span)
            end = span.end
    return chosen


def score_amounts(examples: Iterable[Example], spans_key: str = "fx_amounts", **kwargs: Any) -> dict[str, Any]:
    """Span P/R/F (overall and per label) of ``doc.spans[spans_key]`` against the reference."""
    return Scorer.score_spans(
        examples,
        attr=f"spans_{spans_key}",
        getter=lambda doc, key: doc.spans.get(spans_key, []),
        has_annotation=lambda doc: spans_key in doc.spans,
        allow_overlap=True,
    )
