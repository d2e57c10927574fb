"""One output record per document, in the shape of the annotation guide's "Output" section,
and the flat CSV tables (``--format csv``) made from a file of such records.

>>> import finextract
>>> record = document_record(finextract.load()("营收1,100万元"), doc_id="d1", source="-")
>>> record["amounts"][0]["value"], record["status"]
('11000000', 'ok')
>>> next(table_rows([record], "amounts"))["value"]
'11000000'
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from .components.amounts import doc_amounts
from .components.text import doc_text


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
        "text_sha1": text_sha1(doc_text(doc)),
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


TABLES = ("amounts", "companies", "relations")
_LEAD = ("doc_id", "source")
_COLUMNS = {
    "amounts": ("start", "end", "text", "kind", "value", "low", "high", "unit", "qualifier", "per"),
    "companies": ("start", "end", "text", "name", "code", "aliases", "registry_name", "resolved_by"),
    "relations": (
        "start", "end", "type", "subject", "object", "seller", "target", "amount", "unit", "qualifier",
        "share", "term_months", "evidence",
    ),
}  # fmt: skip


def table_rows(records: Iterable[dict[str, Any]], table: str) -> Iterator[dict[str, Any]]:
    """One flat row per item of ``table`` in ``records``, with the document's id and source.

    A company gives one row per mention (its offsets), with its name, code and aliases.
    """
    for record in records:
        lead = {key: record.get(key) for key in _LEAD}
        for item in record.get(table) or []:
            if table == "companies":
                rest = {key: value for key, value in item.items() if key != "mentions"}
                for mention in item.get("mentions") or []:
                    yield {**lead, **mention, **rest}
            else:
                yield {**lead, **item}


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "|".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _read_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def write_tables(records_path: Path, directory: Path) -> list[Path]:
    """Write ``amounts.csv``, ``companies.csv`` and ``relations.csv`` from a JSONL output file.

    UTF-8 with a byte-order mark, so spreadsheets read the Chinese right; lists of names are
    joined with ``|``; an empty cell is null. Fields beyond the known columns are kept, after them.
    """
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        columns = [*_LEAD, *_COLUMNS[table]]
        for row in table_rows(_read_records(records_path), table):
            columns.extend(key for key in row if key not in columns)
        path = directory / f"{table}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=columns)
            writer.writeheader()
            for row in table_rows(_read_records(records_path), table):
                writer.writerow({key: _cell(value) for key, value in row.items()})
        written.append(path)
    return written
