"""The ``finextract_relations`` component: typed relations in ``doc._.relations``.

Runs after ``finextract_amounts`` and ``finextract_companies`` and reads their results; the
relations are kept as plain dicts in ``doc.user_data`` (so they survive ``n_process`` and
``DocBin``) and ``Doc._.relations`` is a getter over them.

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> for name in ("finextract_amounts", "finextract_companies", "finextract_relations"):
...     _ = nlp.add_pipe(name)
>>> doc = nlp("中能电气拟将其持有的上海熠冠100%股权转让给天津紫霄，交易总价约为14106.6万元。")
>>> r = doc._.relations[0]
>>> r.type.value, r.subject, r.seller, r.target, r.to_dict()["amount"], r.to_dict()["share"]
('equity_transfer', '天津紫霄', '中能电气股份有限公司', '上海熠冠', '141066000', '1')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from ..amount import Amount
from ..relations import CompanyRef, Relation
from ..relations.extract import AmountIndex, Span, has_trigger, relations_in, relations_in_many
from ..relations.model import relation_from_record, relation_to_record
from ..relations.passages import trigger_matches
from .amounts import _DOC_KEY as _AMOUNTS_KEY
from .amounts import amount_from_record, doc_amounts
from .companies import _DOC_KEY as _COMPANIES_KEY
from .companies import doc_companies
from .errors import ErrorHandlingMixin
from .gcpause import pausing_gc
from .text import doc_text

_DOC_KEY = "finextract.relations"


def doc_relations(doc: Doc) -> list[Relation]:
    """Getter of ``Doc._.relations``: every relation the component stored, in text order."""
    return [relation_from_record(data) for data in doc.user_data.get(_DOC_KEY, [])]


def register_extensions() -> None:
    """Register ``Doc._.relations`` (idempotent)."""
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", getter=doc_relations)


def company_refs(doc: Doc) -> list[CompanyRef]:
    """Every company mention of ``doc`` with its canonical name (from ``finextract_companies``).

    Read from the plain records the companies component keeps in ``doc.user_data`` (the same
    data ``Doc._.companies`` is rebuilt from, without building :class:`Company` objects).
    """
    if not Doc.has_extension("companies"):
        return []
    records: list[dict[str, Any]] = doc.user_data.get(_COMPANIES_KEY, [])
    return [CompanyRef(m["start"], m["end"], data["name"]) for data in records for m in data["mentions"]]


def company_spans(doc: Doc) -> list[Span]:
    """The mentions of :func:`company_refs` as plain (start, end, name) tuples (what the rules read)."""
    if not Doc.has_extension("companies"):
        return []
    records: list[dict[str, Any]] = doc.user_data.get(_COMPANIES_KEY, [])
    return [(m["start"], m["end"], name) for data in records for name in (data["name"],) for m in data["mentions"]]


def amount_index(doc: Doc) -> AmountIndex:
    """The amounts ``finextract_amounts`` stored, by start; each :class:`Amount` is built only when a
    sentence that holds it is read (most amounts are in sentences without a trigger word)."""
    records: list[list[Any]] = sorted(doc.user_data.get(_AMOUNTS_KEY, ()), key=_record_start)
    return AmountIndex([record[3] for record in records], records, amount_from_record)


def _record_start(record: list[Any]) -> int:
    return int(record[3])


def stored_amounts(doc: Doc) -> list[Amount]:
    """Every amount ``finextract_amounts`` stored in ``doc.user_data``, in text order.

    The same list as ``doc._.amounts`` (one record list per doc, read without the extension).
    """
    return doc_amounts(doc)


class RelationExtractor(ErrorHandlingMixin):
    """Reads ``doc._.amounts`` and ``doc._.companies`` and stores :class:`Relation` records.

    Holds no learned or loaded data, so serialisation is a no-op.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "finextract_relations",
        *,
        scorer: Callable[..., dict[str, Any]] | None = None,
    ) -> None:
        register_extensions()
        self.name = name
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if not has_trigger(text):  # no word that can state a relation: nothing to read
            doc.user_data[_DOC_KEY] = []
            return doc
        return self._read(doc, text)

    @pausing_gc
    def _read(self, doc: Doc, text: str) -> Doc:
        _write(doc, relations_in(text, amount_index(doc), company_spans(doc)))
        return doc

    def process_batch(self, docs: list[Doc]) -> None:
        """``__call__`` on each doc, each step over the whole batch (:func:`.relations_in_many`)."""
        read: list[Doc] = []
        inputs: list[tuple[str, AmountIndex, list[Span]]] = []
        matches: list[list[int]] = []  # the gate's trigger words, which the planning reuses
        for doc in docs:
            text = doc_text(doc)
            found = trigger_matches(text)
            if not found:
                doc.user_data[_DOC_KEY] = []
            else:
                read.append(doc)
                inputs.append((text, amount_index(doc), company_spans(doc)))
                matches.append(found)
        for doc, relations in zip(read, relations_in_many(inputs, matches), strict=True):
            _write(doc, relations)

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        if self.scorer is None:
            return {}
        return self.scorer(examples, **kwargs)

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> RelationExtractor:
        return self

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        register_extensions()


def _write(doc: Doc, relations: list[Relation]) -> None:
    """Store ``relations`` in ``doc.user_data`` as plain records (what ``Doc._.relations`` reads)."""
    doc.user_data[_DOC_KEY] = [relation_to_record(relation) for relation in relations] if relations else []


def score_relations(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """P/R/F of relations (type, subject, amount, share) of predicted docs against references
    that carry gold relations in ``doc.user_data`` (same storage as the component)."""
    from ..evaluation import PRF, Scores
    from ..evaluation import score_relations as score

    scores = Scores()
    for example in examples:
        gold = [relation_to_record(r) | {"amount": r.to_dict()["amount"]} for r in doc_relations(example.reference)]
        predicted = [r.to_dict() for r in doc_relations(example.predicted)]
        companies = [c.to_dict() for c in doc_companies(example.predicted)]
        score(gold, predicted, companies, companies, scores)
    total = scores.tasks.get("relations", PRF(0, 0, 0))
    return {"relations_p": total.precision, "relations_r": total.recall, "relations_f": total.f1}
