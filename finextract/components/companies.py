"""The ``finextract_companies`` component: every company mention as a span, resolved to one identity.

Results are kept as plain dicts in ``doc.user_data`` (so they survive ``n_process`` and ``DocBin``);
``Span._.company`` and ``Doc._.companies`` are getters over that data.

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("finextract_companies")
>>> doc = nlp("青海盐湖工业股份有限公司(以下简称“盐湖股份”)公告，盐湖股份一季度盈利")
>>> [(s.text, s.label_, s.kb_id_) for s in doc.spans["fx_companies"]]
[('青海盐湖工业股份有限公司', 'ORG', '000792'), ('盐湖股份', 'ORG', '000792'), ('盐湖股份', 'ORG', '000792')]
>>> doc.spans["fx_companies"][1]._.company.name
'青海盐湖工业股份有限公司'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from ..companies.model import Company, CompanyEntry
from ..companies.registry import Registry, default_registry, load_user_companies, nfkc
from ..companies.resolver import MemoryEntry, collect_memory, company_records, company_records_many
from .errors import ErrorHandlingMixin
from .gcpause import pausing_gc
from .scoring import score_span_key
from .spangroups import set_span_group
from .text import char_span, doc_text

_DOC_KEY = "finextract.companies"
_FILE_NAME = "companies.json"
_FORMAT_VERSION = 1
_offsets = itemgetter(0, 1)


def span_company(span: Span) -> Company | None:
    """Getter of ``Span._.company``: the resolved company of a span the component made.

    The company whose mention has the span's offsets; failing that (a segmenter whose tokens
    forced a wider span), the one whose mention the span was widened from.
    """
    records: list[dict[str, Any]] = span.doc.user_data.get(_DOC_KEY, [])
    start, end = span.start_char, span.end_char
    for data in records:
        for mention in data["mentions"]:
            if mention["start"] == start and mention["end"] == end:
                return Company.from_dict(data)
    for data in records:
        for mention in data["mentions"]:
            if start <= mention["start"] and mention["end"] <= end:
                widened = char_span(span.doc, mention["start"], mention["end"], 0)
                if widened is not None and widened.start_char == start and widened.end_char == end:
                    return Company.from_dict(data)
    return None


def doc_companies(doc: Doc) -> list[Company]:
    """Getter of ``Doc._.companies``: every company of the document, in order of first mention."""
    return [Company.from_dict(data) for data in doc.user_data.get(_DOC_KEY, [])]


def register_extensions() -> None:
    """Register ``Span._.company`` and ``Doc._.companies`` (idempotent)."""
    if not Span.has_extension("company"):
        Span.set_extension("company", getter=span_company)
    if not Doc.has_extension("companies"):
        Doc.set_extension("companies", getter=doc_companies)


def _entry_to_dict(entry: CompanyEntry) -> dict[str, Any]:
    return {"name": entry.name, "aliases": list(entry.aliases), "code": entry.code}


def _entry_from_dict(data: Mapping[str, Any]) -> CompanyEntry:
    code = data.get("code") or None
    return CompanyEntry(
        id=code or data["name"],
        code=code,
        exchange=None,
        name=data["name"],
        aliases=tuple(data.get("aliases", ())),
    )


class CompanyRecognizer(ErrorHandlingMixin):
    """Finds companies with :func:`finextract.companies.extract_companies` (as records) and writes spans.

    Spans go to ``doc.spans[spans_key]`` labelled ``label``; ``Span.kb_id_`` is the stock code,
    or the canonical name when the company is not listed. User companies (``initialize`` or
    :meth:`add_companies`) and the cross-document memory (:meth:`remember`) are saved by
    ``to_disk``/``to_bytes``; the bundled registry ships with the package and is not copied.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "finextract_companies",
        *,
        spans_key: str = "fx_companies",
        label: str = "ORG",
        companies_path: str | None = None,
        scorer: Callable[..., dict[str, Any]] | None = None,
    ) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.label = label
        self.scorer = scorer
        self.user_companies: list[CompanyEntry] = []
        self.memory: dict[str, MemoryEntry] = {}
        self._registry: Registry | None = None
        if companies_path:
            self.add_companies(load_user_companies(companies_path))

    # -- knowledge -------------------------------------------------------------------------
    @property
    def registry(self) -> Registry:
        """The bundled registry extended with the user companies (built on first use)."""
        if self._registry is None:
            if self.user_companies:
                registry = default_registry().copy()
                for entry in self.user_companies:
                    registry.add(entry, priority=True)
                self._registry = registry
            else:
                self._registry = default_registry()
        return self._registry

    def add_companies(self, entries: Iterable[CompanyEntry]) -> None:
        """Add user companies (they win over the bundled registry for their names)."""
        self.user_companies.extend(entries)
        self._registry = None

    def remember(self, memory: Mapping[str, MemoryEntry] | Iterable[str]) -> None:
        """Add cross-document memory: short name → full name (and code) declared elsewhere.

        Pass the result of :func:`finextract.companies.collect_memory` (a first pass over the
        batch), or the texts themselves. Earlier entries win, so the result does not depend on
        ``n_process``.
        """
        if not isinstance(memory, Mapping):
            memory = collect_memory(memory)
        for alias, entry in memory.items():
            self.memory.setdefault(nfkc(alias), entry)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        companies_path: str | None = None,
    ) -> None:
        """Load user companies from a CSV or JSONL file (``name``, ``aliases``, ``code``)."""
        if companies_path:
            self.add_companies(load_user_companies(companies_path))

    # -- processing ------------------------------------------------------------------------
    @pausing_gc
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._write(doc, text, company_records(text, self.registry, memory=self.memory))
        return doc

    def process_batch(self, docs: list[Doc]) -> None:
        """``__call__`` on each doc, with every stage run over the whole batch
        (:func:`~finextract.companies.resolver.company_records_many`)."""
        texts = [doc_text(doc) for doc in docs]
        batch_records = company_records_many(texts, self.registry, memory=self.memory)
        for doc, text, records in zip(docs, texts, batch_records, strict=True):
            self._write(doc, text, records)

    def _write(self, doc: Doc, text: str, records: list[dict[str, Any]]) -> None:
        """Store ``records`` in ``doc.user_data`` and their mentions as spans."""
        user_data: dict[Any, Any] = doc.user_data
        if not records:
            user_data[_DOC_KEY] = records
            set_span_group(doc, self.spans_key, [])
            return
        strings = doc.vocab.strings
        label = strings.add(self.label)
        found: list[tuple[int, int, Span]] = []
        if len(doc) == len(text):  # one token per character: offsets are token indices
            for data in records:
                # hashed once per company: a Span given the string hashes it again for every mention
                kb_id = strings.add(data["code"] or data["name"])
                for mention in data["mentions"]:
                    start, end = mention["start"], mention["end"]
                    found.append((start, end, Span(doc, start, end, label=label, kb_id=kb_id)))
        else:
            for data in records:
                kb_id = strings.add(data["code"] or data["name"])
                for mention in data["mentions"]:
                    span = char_span(doc, mention["start"], mention["end"], label, kb_id)
                    if span is None:
                        continue
                    found.append((span.start_char, span.end_char, span))
        user_data[_DOC_KEY] = records
        found.sort(key=_offsets)
        set_span_group(doc, self.spans_key, [span for _, _, span in found])

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        if self.scorer is None:
            return {}
        return self.scorer(examples, spans_key=self.spans_key, **kwargs)

    # -- serialisation -----------------------------------------------------------------------
    def _state(self) -> dict[str, Any]:
        return {
            "version": _FORMAT_VERSION,
            "user_companies": [_entry_to_dict(entry) for entry in self.user_companies],
            "memory": {alias: {"name": e.name, "code": e.code} for alias, e in sorted(self.memory.items())},
        }

    def _load_state(self, state: Mapping[str, Any]) -> None:
        self.user_companies = [_entry_from_dict(item) for item in state.get("user_companies", [])]
        self.memory = {
            alias: MemoryEntry(item["name"], item.get("code")) for alias, item in state.get("memory", {}).items()
        }
        self._registry = None

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self._state(), ensure_ascii=False, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> CompanyRecognizer:
        if data:
            self._load_state(json.loads(data.decode("utf-8")))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / _FILE_NAME).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CompanyRecognizer:
        file = Path(path) / _FILE_NAME
        if file.exists():
            self.from_bytes(file.read_bytes())
        return self

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_registry"] = None  # rebuilt lazily in the worker; the bundled data ships with the package
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        register_extensions()


def score_companies(examples: Iterable[Example], spans_key: str = "fx_companies", **kwargs: Any) -> dict[str, Any]:
    """Span P/R/F of ``doc.spans[spans_key]`` against the reference."""
    return score_span_key(examples, spans_key)
