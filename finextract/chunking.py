"""Split a text into chunks that bound the work per chunk, and merge the chunks' results.

A document longer than :data:`CHUNK_CHARS` characters is processed as consecutive chunks that
cover it exactly (``text[a:b]`` for each span, no gap, no overlap), cut at the last paragraph
break that fits, else the last line break, else the last sentence end (。！？；!?;), else the last
whitespace, else at the size limit itself. A run of more than :data:`LONG_RUN_CHARS` characters
with no sentence end or line break (no real sentence is that long: a 10 MB single line, a digit
run) is also cut, before it starts and then at its commas, in any document. Bounding the chunk
and the sentence length bounds the work per chunk, so a document of any length and shape is
processed in time linear in its length. Offsets found in a chunk are shifted back by the
chunk's start, so they index the whole text.

>>> split_text("第一段。\\n\\n第二段很长很长。第三句很长。", max_chars=10)
[(0, 6), (6, 14), (14, 20)]
>>> split_text("短句。" + "长，" * 4, max_run=5)
[(0, 3), (3, 7), (7, 11)]
>>> first = {"amounts": [{"text": "1亿元", "start": 0, "end": 3}]}
>>> second = {"amounts": [{"text": "2亿元", "start": 1, "end": 4}]}
>>> merge_results([(first, 0), (second, 10)])["amounts"]
[{'text': '1亿元', 'start': 0, 'end': 3}, {'text': '2亿元', 'start': 11, 'end': 14}]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

CHUNK_CHARS = 100_000
"""Documents longer than this (in characters) are processed in chunks of at most this size."""
LONG_RUN_CHARS = 2_000
"""Runs longer than this without a sentence end or line break are cut into pieces of this size."""

_SENTENCE_ENDS = "。！？；!?;"
_RUN = re.compile(r"[^。！？；!?;\n\r]+")
_RUN_BREAKS = "，,、：:　 \t"
_MIN_FRACTION = 2  # a boundary must leave a chunk of at least max_chars // _MIN_FRACTION


def _cut(text: str, start: int, max_chars: int) -> int:
    """End of the chunk that starts at ``start``: the best boundary within ``max_chars``."""
    limit = start + max_chars
    floor = start + max(1, max_chars // _MIN_FRACTION)
    for separator in ("\n\n", "\r\n\r\n", "\n"):
        found = text.rfind(separator, floor, limit)
        if found >= 0:
            return found + len(separator)
    best = max(text.rfind(mark, floor, limit) for mark in _SENTENCE_ENDS)
    if best >= 0:
        return best + 1
    for position in range(limit - 1, floor - 1, -1):
        if text[position].isspace():
            return position + 1
    return limit


def _cut_run(text: str, start: int, size: int) -> int:
    """End of a piece of a long run: after its last comma (or space) in the second half, else at ``size``."""
    floor, limit = start + max(1, size // _MIN_FRACTION), start + size
    best = max(text.rfind(mark, floor, limit) for mark in _RUN_BREAKS)
    return best + 1 if best >= 0 else limit


def split_text(text: str, max_chars: int = CHUNK_CHARS, max_run: int = LONG_RUN_CHARS) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of consecutive chunks of at most ``max_chars`` covering ``text``.

    No chunk holds more than ``max_run`` characters of a run without sentence end or line break.
    """
    if max_chars < 1 or max_run < 1:
        raise ValueError("max_chars and max_run must be at least 1")
    runs = [(m.start(), m.end()) for m in _RUN.finditer(text) if m.end() - m.start() > max_run]
    piece = min(max_run, max_chars)
    spans: list[tuple[int, int]] = []
    start, index = 0, 0
    while start < len(text) or not spans:
        while index < len(runs) and runs[index][1] <= start:
            index += 1
        run = runs[index] if index < len(runs) else None
        if run is not None and run[0] <= start:
            end = run[1] if run[1] - start <= piece else _cut_run(text, start, piece)
        elif run is not None and run[0] - start <= max_chars:
            end = run[0]
        elif len(text) - start <= max_chars:
            end = len(text)
        else:
            end = _cut(text, start, max_chars)
        spans.append((start, end))
        start = end
    return spans


def _shifted(item: Mapping[str, Any], offset: int) -> dict[str, Any]:
    shifted = dict(item)
    for key in ("start", "end"):
        value = shifted.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            shifted[key] = value + offset
    return shifted


def _merge_companies(parts: Iterable[tuple[Mapping[str, Any], int]]) -> list[dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for result, offset in parts:
        for company in result.get("companies", []):
            key = company.get("code") or company["name"]
            mentions = [_shifted(mention, offset) for mention in company.get("mentions", [])]
            if key not in merged:
                merged[key] = {**company, "aliases": list(company.get("aliases", [])), "mentions": mentions}
                continue
            target = merged[key]
            known = {target["name"], target.get("registry_name"), *target["aliases"]}
            names = [company["name"], *company.get("aliases", [])]
            target["aliases"].extend(name for name in dict.fromkeys(names) if name not in known)
            target["mentions"].extend(mentions)
    return list(merged.values())


def _merges_to_itself(result: Mapping[str, Any]) -> bool:
    """Whether merging ``result`` alone would give its companies back unchanged (no two share a key)."""
    companies = result.get("companies", [])
    keys = {company.get("code") or company["name"] for company in companies}
    return len(keys) == len(companies) and all("aliases" in c and "mentions" in c for c in companies)


def merge_results(parts: Iterable[tuple[Mapping[str, Any], int]]) -> dict[str, Any]:
    """One result from the results of consecutive chunks, each given with its start offset.

    Amounts and relations are concatenated with their ``start``/``end`` shifted; companies with
    the same stock code (or, without one, the same name) are merged: the first chunk's name is
    kept, other names join the aliases, mentions are concatenated and shifted. The first chunk
    ``error`` is kept. A short name declared in one chunk and used in another is resolved through
    the batch memory and the registry, which may give the registry's name rather than the text's.
    """
    parts = list(parts)
    if len(parts) == 1 and parts[0][1] == 0 and _merges_to_itself(parts[0][0]):
        result = parts[0][0]  # a document in one chunk: nothing to shift or merge
        return {
            "companies": list(result.get("companies", [])),
            "amounts": list(result.get("amounts", [])),
            "relations": list(result.get("relations", [])),
            "error": result.get("error") or None,
        }
    error = next((result["error"] for result, _ in parts if result.get("error")), None)
    return {
        "companies": _merge_companies(parts),
        "amounts": [_shifted(item, offset) for result, offset in parts for item in result.get("amounts", [])],
        "relations": [_shifted(item, offset) for result, offset in parts for item in result.get("relations", [])],
        "error": error,
    }
