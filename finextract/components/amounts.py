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
from spacy.tokens import Doc, Span
from spacy.training import Example

from ..amount import Amount, AmountKind, Qualifier, new_amount
from ..amount_parser import find_amounts
from .errors import ErrorHandlingMixin
from .gcpause import pausing_gc
from .scoring import score_span_key
from .spangroups import set_span_group
from .text import char_span, doc_text, keep_text

LABELS: dict[AmountKind, str] = {
    AmountKind.MONEY: "MONEY",
    AmountKind.PERCENT: "PERCENT",
    AmountKind.QUANTITY: "QUANTITY",
}


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


_DOC_KEY = "finextract.amounts"
_KIND_NAMES = {kind: kind.value for kind in AmountKind}
_QUALIFIER_NAMES = {qualifier: qualifier.value for qualifier in Qualifier}
_KINDS = {kind.value: kind for kind in AmountKind}
_QUALIFIERS = {qualifier.value: qualifier for qualifier in Qualifier}


def amount_record(amount: Amount, span_start: int, span_end: int) -> list[Any]:
    """The compact, msgpack-safe form kept in ``doc.user_data`` (cheaper to make than ``to_dict``).

    ``span_start``/``span_end`` are the offsets of the span made for the amount (the same unless the
    tokens forced a wider span).

    >>> from finextract import parse_amount
    >>> amount_record(parse_amount("约3亿元"), 1, 4)
    [1, 4, '3亿元', 1, 4, 'money', '300000000', None, None, 'CNY', 'approx', None]
    """
    value, low, high = amount.value, amount.low, amount.high
    return [
        span_start,
        span_end,
        amount.text,
        amount.start,
        amount.end,
        _KIND_NAMES[amount.kind],
        None if value is None else str(value),
        None if low is None else str(low),
        None if high is None else str(high),
        amount.unit,
        _QUALIFIER_NAMES[amount.qualifier],
        amount.per,
    ]


def amount_from_record(record: list[Any]) -> Amount:
    """Rebuild the :class:`Amount` kept by :func:`amount_record`."""
    _, _, text, start, end, kind, value, low, high, unit, qualifier, per = record
    return new_amount(
        text,
        start,
        end,
        _KINDS[kind],
        None if value is None else Decimal(value),
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
        unit,
        _QUALIFIERS[qualifier],
        per,
    )


def span_amount(span: Span) -> Amount | None:
    """Getter of ``Span._.amount``: the amount a span was made from, if any.

    The amounts are kept in ``doc.user_data`` as plain data, so they survive ``DocBin``,
    ``Doc.to_bytes`` and ``nlp.pipe(n_process=...)``.
    """
    start, end = span.start_char, span.end_char
    for record in span.doc.user_data.get(_DOC_KEY, ()):
        if record[0] == start and record[1] == end:
            return amount_from_record(record)
    return None


def doc_amounts(doc: Doc) -> list[Amount]:
    """Getter of ``Doc._.amounts``: every amount the component stored, in text order."""
    return [amount_from_record(record) for record in doc.user_data.get(_DOC_KEY, ())]


def register_extensions() -> None:
    """Register ``Span._.amount`` and ``Doc._.amounts`` (idempotent)."""
    if not Span.has_extension("amount"):
        Span.set_extension("amount", getter=span_amount)
    if not Doc.has_extension("amounts"):
        Doc.set_extension("amounts", getter=doc_amounts)


# The most tokens a batch of finextract_amounts holds in ``nlp.pipe``. On its own after spaCy's
# tokenizer, smaller batches are faster: holding documents costs more than keeping the parser's
# code in the caches gains (with turns of 2000 seed paragraphs: 0.82–0.84 of spacy.blank("zh")
# with 12,500 tokens, 0.81–0.82 with 25,000, 0.79–0.80 with 100,000; later, in two runs of five
# rounds, 0.832 and 0.842 with 3,000 against 0.822 and 0.834 with 12,500, 0.830 with 6,000,
# 0.837 with 2,000 and 0.830 with 1,000). finextract.load(), where the company and relation
# components follow, gives it errors.BATCH_TOKENS, which is faster there.
AMOUNT_BATCH_TOKENS = 3_000


class AmountRecognizer(ErrorHandlingMixin):
    """Finds amounts with :func:`finextract.find_amounts` and writes them as spans.

    Spans go to ``doc.spans[spans_key]`` labelled MONEY / PERCENT / QUANTITY; with
    ``write_ents`` they also go to ``doc.ents``, keeping entities already there unless
    ``overwrite_ents`` is set. Tokens are matched by characters, so any segmenter works.
    With ``keep_tokenizer_text`` (the default) the pipeline's tokenizer is wrapped so each Doc
    keeps its text (see :func:`finextract.components.text.keep_text`) instead of having it
    rebuilt from the tokens.
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
        keep_tokenizer_text: bool = True,
        batch_tokens: int = AMOUNT_BATCH_TOKENS,
    ) -> None:
        register_extensions()
        self.batch_tokens = batch_tokens
        if keep_tokenizer_text:
            keep_text(nlp)
        strings = nlp.vocab.strings
        self._labels = {kind: strings.add(label) for kind, label in LABELS.items()}  # hashes: no lookup per span
        self.name = name
        self.spans_key = spans_key
        self.write_ents = write_ents
        self.overwrite_ents = overwrite_ents
        self.scorer = scorer

    @pausing_gc
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._write(doc, text, find_amounts(text))
        return doc

    def process_batch(self, docs: list[Doc]) -> None:
        """``__call__`` on each doc: every text parsed first, then every doc's spans written."""
        texts = [doc_text(doc) for doc in docs]
        for doc, text, amounts in zip(docs, texts, [find_amounts(text) for text in texts], strict=True):
            self._write(doc, text, amounts)

    def _write(self, doc: Doc, text: str, amounts: list[Amount]) -> None:
        """Store ``amounts`` in ``doc.user_data`` and as spans (and entities, if asked)."""
        spans = []
        records = []
        labels = self._labels
        if len(doc) == len(text):  # one token per character: character offsets are token indices
            for amount in amounts:
                start, end = amount.start, amount.end
                spans.append(Span(doc, start, end, label=labels[amount.kind]))
                records.append(amount_record(amount, start, end))
        else:
            for amount in amounts:
                span = char_span(doc, amount.start, amount.end, labels[amount.kind])
                if span is None:
                    continue
                records.append(amount_record(amount, span.start_char, span.end_char))
                spans.append(span)
        doc.user_data[_DOC_KEY] = records
        set_span_group(doc, self.spans_key, spans)
        if self.write_ents:
            self._write_ents(doc, spans)

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
    return score_span_key(examples, spans_key)
