"""Split a text into passages (paragraphs, bullets, table rows) and passages into sentences.

A table row (a line with tabs) is a passage of its own: its text is the widest cell, its topic
the announcing company of its 《X：…》 title, and its ``term`` the cell under a 合同期限 header.
A bullet or paragraph that starts with ``X：`` has X's position as its head.

>>> text = "标题\\n- 宏景科技：签约。\\n"
>>> [(p.kind, text[p.start:p.end]) for p in split_passages(text)]
[('paragraph', '标题'), ('bullet', '宏景科技：签约。')]
>>> other = "甲签约。乙出资；丙"
>>> [other[s:e] for s, e in split_sentences(other, 0, 9)]
['甲签约。', '乙出资；', '丙']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from .patterns import patterns

if TYPE_CHECKING:  # native 64-bit integers when compiled; plain ints otherwise (never imported at run time)
    from mypy_extensions import i64

# Relations are read within a sentence; longer runs without a sentence end are cut at commas so
# that the work per sentence stays bounded (the text's real sentences are far shorter).
MAX_SENTENCE_CHARS = 600
# Header cells naming the column of contract terms (a row's ``term``).
_TERM_HEADERS = frozenset({"合同期限", "服务期限", "期限"})


class Passage(NamedTuple):
    """A paragraph, bullet or table row: ``text[start:end]`` is the part relations are read from.

    ``head`` is the (start, end) of a title company (《X：…》 of a row, ``X：`` of a bullet),
    ``term`` the text of a row's 合同期限 cell, ``actor`` the span of its 实施主体 cell.
    """

    kind: str
    start: int
    end: int
    head: tuple[int, int] | None = None
    term: str | None = None
    row_start: int = -1
    row_end: int = -1
    actor: tuple[int, int] | None = None


def split_passages(text: str) -> list[Passage]:
    """Every non-blank line as a passage, rows narrowed to their main cell."""
    rx = patterns()
    passages: list[Passage] = []
    bullet_match, head_match = rx.bullet.match, rx.head.match
    term_column: int | None = None
    actor_column: int | None = None
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line or line.isspace():  # a blank line (no copy of the line to find out)
            continue
        if "\t" in line:
            parts = line.split("\t")
            names = [part.strip() for part in parts]
            if "主要内容" in names or "公告" in names or "日期" in names:  # a header row
                header = [i for i, name in enumerate(names) if name in _TERM_HEADERS]
                term_column = header[0] if header else None
                actor_column = names.index("实施主体") if "实施主体" in names else None
                continue
            cells = _cells(parts, start)
            main = max(cells, key=_width)
            head = None
            for (s, e), part in zip(cells, parts, strict=True):
                title = rx.row_title.search(text, s, e) if "《" in part else None
                if title:
                    head = (title.start(1), title.end(1))
                    break
            term = names[term_column] if term_column is not None and term_column < len(names) else None
            actor = cells[actor_column] if actor_column is not None and actor_column < len(cells) else None
            passages.append(Passage("row", main[0], main[1], head, term or None, start, end, actor))
            continue
        term_column = actor_column = None
        offset = start + (len(line) - len(line.lstrip()) if line[0].isspace() else 0)
        bullet = bullet_match(text, offset, end)
        kind, body = ("bullet", bullet.end()) if bullet else ("paragraph", offset)
        limit = min(end, body + 30)
        # A head ends in a colon inside the window: without one the pattern cannot match (and its
        # lazy repeat would try every length up to 20 first).
        has_colon = text.find("：", body, limit) >= 0 or text.find(":", body, limit) >= 0
        title = head_match(text, body, limit) if has_colon else None
        passages.append(
            new_passage(
                Passage,
                (
                    kind,
                    body,
                    end - (len(line) - len(line.rstrip()) if line[-1].isspace() else 0),
                    (title.start(1), title.end(1)) if title else None,
                    None,
                    -1,
                    -1,
                    None,
                ),
            )
        )
    return passages


new_passage = tuple.__new__  # a Passage without NamedTuple's Python-level __new__ (one per line)


def _cells(parts: list[str], offset: int) -> list[tuple[int, int]]:
    """The (start, end) of each tab-separated part of a line that starts at ``offset``."""
    cells, position = [], offset
    for cell in parts:
        cells.append((position, position + len(cell)))
        position += len(cell) + 1
    return cells


def _width(cell: tuple[int, int]) -> int:
    return cell[1] - cell[0]


_LINE_BREAK: Final = 10


def _is_sentence_end(code: i64) -> bool:
    """Whether the code point is one of 。！？!?；; (compared directly: no set of boxed ints)."""
    return code in (0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0xFF1B, 0x3B)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``patterns().sentence.finditer(text, start, end)`` (the reference), found by a
    loop over code points: a run without a sentence end or line break, then either the sentence
    ends that close it or one line break (none at the end of the range). Each character is looked
    at once, where the expression's negated class is tested anew for each alternative.

    >>> text = "甲签约。。乙\\n\\n丙；丁"
    >>> [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
    ['甲签约。。', '乙\\n', '\\n', '丙；', '丁']
    """
    spans: list[tuple[int, int]] = []
    stop: i64 = min(end, len(text))
    position: i64 = max(start, 0)
    while position < stop:
        cut: i64 = position
        while cut < stop:
            code: i64 = ord(text[cut])
            if code == _LINE_BREAK or _is_sentence_end(code):
                break
            cut += 1
        if cut < stop:
            if ord(text[cut]) == _LINE_BREAK:
                cut += 1
            else:
                while cut < stop and _is_sentence_end(ord(text[cut])):
                    cut += 1
        spans.append((position, cut))
        position = cut
    return spans


def _may_hold_value_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds 总 or 交割, which every word of ``value_word`` holds."""
    return text.find("总", start, end) >= 0 or text.find("交割", start, end) >= 0


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` (ending at 。！？； or a line break), end-exclusive."""
    rx = patterns()
    spans = sentence_spans(text, start, end)
    # Only a value cue can join two sentences; each one holds 总 or 交割 (a cheap test first).
    if len(spans) > 1 and _may_hold_value_word(text, start, end) and rx.value_word.search(text, start, end):
        merged: list[tuple[int, int]] = []
        continues = rx.continues.match
        for s, e in spans:
            if merged and continues(text, s, e):
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        spans = merged
    if end - start <= MAX_SENTENCE_CHARS or all(e - s <= MAX_SENTENCE_CHARS for s, e in spans):
        return spans
    return [piece for s, e in spans for piece in _bounded(text, s, e)]


def trigger_starts(text: str, start: int = 0, end: int = -1) -> list[int]:
    """Where a trigger word (:data:`~.lexicon.ANY_TRIGGER_WORDS`) starts in ``text[start:end]``
    (``end`` -1 for the end of the text), in order: one walk of a :class:`.PatternTrie`.

    >>> trigger_starts("拟收购乙公司股权并签约"), trigger_starts("营收增长")
    ([1, 9], [])
    """
    found = patterns().trigger_words.find(text, start, end)[1]
    return found[1::3]


def trigger_matches(text: str) -> list[int]:
    """Every trigger word of ``text``: ``[number, start, end, …]`` flat, by start (one walk of the
    trie; what :func:`trigger_starts` reads). A caller that has them passes them on to
    :func:`triggered_sentences`, which then does not walk each passage again.

    >>> trigger_matches("拟收购乙公司股权并签约")[1::3], trigger_matches("营收增长")
    ([1, 9], [])
    """
    return patterns().trigger_words.find(text)[1]


def starts_within(matches: list[int], start: int, end: int) -> list[int]:
    """The starts of the ``matches`` (:func:`trigger_matches` of the text) that lie wholly in
    ``text[start:end]``: ``trigger_starts(text, start, end)``, without walking the text again.

    >>> starts_within([0, 1, 3, 5, 9, 11], 0, 10), starts_within([0, 1, 3, 5, 9, 11], 2, 12)
    ([1], [9])
    """
    low: i64 = 0
    high: i64 = len(matches) // 3
    while low < high:  # the first match that starts at or after ``start``
        middle: i64 = (low + high) // 2
        if matches[3 * middle + 1] < start:
            low = middle + 1
        else:
            high = middle
    found: list[int] = []
    index: i64 = 3 * low
    while index < len(matches) and matches[index + 1] < end:
        if matches[index + 2] <= end:
            found.append(matches[index + 1])
        index += 3
    return found


def triggered_sentences(text: str, start: int, end: int, matches: list[int] | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` (as :func:`split_sentences` cuts them) that hold a trigger word.

    The trigger words are found in one pass over the passage (or taken from ``matches``, the
    :func:`trigger_matches` of the whole text); a trigger word holds no sentence end, so each one
    lies inside a single sentence.

    >>> text = "营收增长。甲公司拟收购乙公司股权；丙签约"
    >>> [text[s:e] for s, e in triggered_sentences(text, 0, len(text))]
    ['甲公司拟收购乙公司股权；', '丙签约']
    >>> triggered_sentences(text, 0, len(text), trigger_matches(text)) == triggered_sentences(text, 0, len(text))
    True
    """
    rx = patterns()
    triggers = trigger_starts(text, start, end) if matches is None else starts_within(matches, start, end)
    if not triggers:
        return []
    spans = split_sentences(text, start, end)
    if len(spans) == 1:
        return spans
    if end - start > MAX_SENTENCE_CHARS:  # maybe cut by length: anywhere, even in a word
        search = rx.any_trigger.search
        return [(s, e) for s, e in spans if search(text, s, e)]
    found: list[tuple[int, int]] = []
    index, count = 0, len(triggers)
    for s, e in spans:
        while index < count and triggers[index] < s:
            index += 1
        if index == count:
            break
        if triggers[index] < e:
            found.append((s, e))
    return found


def _bounded(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``limit`` characters, after a comma if one is near.

    >>> _bounded("甲，乙，丙丁", 0, 6, limit=3)
    [(0, 2), (2, 4), (4, 6)]
    """
    pieces: list[tuple[int, int]] = []
    clause_mark = patterns().clause_mark
    while end - start > limit:
        cut = start + limit
        for mark in clause_mark.finditer(text, start + limit // 2, start + limit):
            cut = mark.end()
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
