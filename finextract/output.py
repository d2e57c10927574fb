"""One output record per document, in the shape of the annotation guide's "Output" section.

>>> import finextract
>>> record = document_record(finextract.load()("营收1,100万元"), doc_id="d1", source="-")
>>> record["amounts"][0]["value"], record["status"]
('11000000', 'ok')
"""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.tokens import Doc

from .components.amounts import doc_amounts


def text_sha1(text: str) -> str:
    """sha1 hex of the UTF-8 encoding of ``text``."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def document_record(doc: Doc, *, doc_id: str, source: str) -> dict[str, Any]:
    """The JSON-safe record of one processed document."""
    companies = doc._.companies if doc.has_extension("companies") else []
    relations = doc._.relations if doc.has_extension("relations") else []
    return {
        "doc_id": doc_id,
        "source": source,
        "text_sha1": text_sha1(doc.text),
        "status": "ok",
        "companies": [company.to_dict() for company in companies],
        "amounts": [amount.to_dict() for amount in doc_amounts(doc)],
        "relations": [relation.to_dict() for relation in relations],
    }


def error_record(*, doc_id: str, source: str, error: str, sha1: str | None = None) -> dict[str, Any]:
    """The record of a document that could not be processed; it is reported, never dropped."""
    return {
        "doc_id": doc_id,
        "source": source,
        "text_sha1": sha1,
        "status": "error",
        "error": error,
        "companies": [],
        "amounts": [],
        "relations": [],
    }
