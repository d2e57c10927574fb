"""Input documents for the batch CLI: ``.txt`` files, directories, JSONL files and stdin.

Every input yields a :class:`InputDocument`; one that cannot be read carries an ``error``
instead of text, so the batch reports it rather than losing it.

>>> import io
>>> docs = list(read_jsonl_stream(io.StringIO('{"id": "a", "text": "营收1亿元"}\\nnot json\\n'), "s.jsonl"))
>>> [(d.doc_id, d.error is None) for d in docs]
[('a', True), ('s.jsonl:2', False)]
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

MAX_DOCUMENT_CHARS = 50_000_000
"""Texts longer than this are refused with an error record (the CLI's documented limit); texts
longer than :data:`finextract.chunking.CHUNK_CHARS` are processed in chunks."""


@dataclass(frozen=True)
class InputDocument:
    """A document to process, or the reason it cannot be."""

    doc_id: str
    source: str
    text: str | None
    error: str | None = None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(name: str) -> str:
    """An id or path made writable as UTF-8: unpaired surrogates (undecodable bytes) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", name)


def text_document(doc_id: str, source: str, text: str | None) -> InputDocument:
    """A document from a text, or the reason it cannot be processed (missing, empty, binary, too long).

    >>> text_document("a", "-", "   ").error
    'empty document'
    """
    if text is None:
        return InputDocument(doc_id, source, None, "no text")
    return _checked(doc_id, source, text)


def _checked(doc_id: str, source: str, text: str) -> InputDocument:
    doc_id, source = _clean(doc_id), _clean(source)
    if _SURROGATE.search(text):
        return InputDocument(doc_id, source, None, "text has unpaired surrogates (not valid Unicode)")
    if not text.strip():
        return InputDocument(doc_id, source, None, "empty document")
    if "\x00" in text:
        return InputDocument(doc_id, source, None, "binary content (NUL bytes) in document")
    if len(text) > MAX_DOCUMENT_CHARS:
        return InputDocument(
            doc_id, source, None, f"document has {len(text)} characters; the limit is {MAX_DOCUMENT_CHARS}"
        )
    return InputDocument(doc_id, source, text)


def read_text_file(path: Path) -> InputDocument:
    """A UTF-8 ``.txt`` file as one document whose id is the file stem."""
    doc_id, source = _clean(path.stem), _clean(str(path))
    try:
        data = path.read_bytes()
    except OSError as error:
        return InputDocument(doc_id, source, None, f"cannot read file: {error.strerror or error}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputDocument(doc_id, source, None, f"not valid UTF-8 at byte {error.start}")
    return _checked(doc_id, source, text.removeprefix("\ufeff"))


def read_jsonl_stream(stream: Iterable[str], source: str) -> Iterator[InputDocument]:
    """Each line a JSON object with ``text`` and an optional ``id``.

    Read the stream with ``errors="surrogateescape"``: a line with bytes that are not UTF-8 is
    then reported on its own and the lines after it are still read.
    """
    source = _clean(source)
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        fallback_id = f"{source}:{number}"
        if _SURROGATE.search(line):  # undecodable bytes, escaped by the reader
            yield InputDocument(fallback_id, source, None, f"line {number}: not valid UTF-8")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputDocument(fallback_id, source, None, f"line {number}: invalid JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputDocument(fallback_id, source, None, f"line {number}: no string field 'text'")
            continue
        doc_id = str(record.get("id", fallback_id))
        yield _checked(doc_id, source, record["text"])


def read_jsonl_file(path: Path) -> Iterator[InputDocument]:
    try:
        with path.open(encoding="utf-8", errors="surrogateescape") as stream:
            yield from read_jsonl_stream(stream, str(path))
    except OSError as error:
        name = _clean(str(path))
        yield InputDocument(name, name, None, f"cannot read file: {error.strerror or error}")


def iter_documents(inputs: Iterable[str], glob: str = "*.txt", stdin: TextIO | None = None) -> Iterator[InputDocument]:
    """Documents from every input in order: files, directories (recursive, ``glob``), ``-``."""
    for name in inputs:
        if name == "-":
            yield from read_jsonl_stream(stdin or sys.stdin, "-")
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob(glob) if p.is_file() or p.is_symlink()):
                yield from _read_path(child)
        elif path.exists():
            yield from _read_path(path)
        else:
            yield InputDocument(_clean(path.stem or name), _clean(name), None, "no such file or directory")


def _read_path(path: Path) -> Iterator[InputDocument]:
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from read_jsonl_file(path)
    else:
        yield read_text_file(path)
