"""Find full legal company names and anonymised counterparties in Chinese text.

Plain Python, no spaCy. A legal suffix (有限公司, 有限责任公司, （有限合伙）, 分公司, or a foreign
one: Inc., LLC, Ltd.…) anchors each name; its left edge is found by scanning left over name
characters until punctuation or a left-context word (与, 向, 子公司, 设立…; see
:data:`~finextract.companies.lexicon.LEFT_STOP_WORDS`). Linear in the length of the text.

>>> text = "公司全资子公司上海金刚玻璃防火科技有限公司拟向北京某某科技有限公司采购"
>>> [m.text for m in find_legal_names(text)]
['上海金刚玻璃防火科技有限公司', '北京某某科技有限公司']
>>> [m.text for m in find_anonymous("与X公司签订合同，客户A为某公司")]
['X公司', '客户A', '某公司']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from functools import lru_cache

import regex

from .lexicon import (
    AMBIGUOUS_LEFT_WORDS,
    ANONYMOUS_NOUNS,
    LEFT_STOP_WORDS,
    NAME_WORDS_ENDING_IN_STOP,
    NON_COMPANY_SUFFIXES,
    PLACES,
    PRONOUNS,
    WEAK_LEFT_CHARS,
)
from .model import NameKind, NameMatch, new_name_match
from .triggers import ANONYMOUS, FOREIGN, FOREIGN_HINTS, LEGAL, UPPER

__all__ = ["find_anonymous", "find_legal_names", "is_company_name", "scan_left"]

# Every branch starts with a literal character, so ``re`` skips ahead to the next 有/合/（/(/分 at C
# speed instead of trying the pattern at every position (3× faster): hence 分(?<!…分)公司, not
# (?<!…)分公司, and the two brackets spelt out.
_CJK_SUFFIX = re.compile(
    r"有限(?:责任)?公司|合伙企业[（(](?:有限|普通)合伙[）)]|（有限合伙[）)]|\(有限合伙[）)]|分(?<![子孙总部]分)公司"
)
_FOREIGN = regex.compile(
    r"""
    (?<![A-Za-z0-9&.'\-])
    (?P<name>[A-Z][A-Za-z0-9&.'\-]*(?:[ ]+(?:[A-Z0-9][A-Za-z0-9&.'\-]*|of|and|&|de|the))*)
    (?P<suffix>,?[ ]*(?:Inc\.|Inc\b|L\.?L\.?C\.?|Co\.,?[ ]*Ltd\.?|Ltd\.|Ltd\b|Limited|Corp\.|Corporation|
        PLC|plc|GmbH|AG\b|S\.A\.|N\.V\.|B\.V\.|L\.P\.|LP\b|Pte\.?[ ]*Ltd\.?|Company\b))
    """,
    regex.VERBOSE,
)
_ANONYMOUS = re.compile(  # ``re``, not ``regex``: three times faster on this pattern
    rf"(?<![A-Za-z0-9])(?:[A-Z](?:{'|'.join(ANONYMOUS_NOUNS)})|客户[A-Z](?![A-Za-z0-9])|某(?:公司|客户|企业))"
)
# Cheap tests (stdlib ``re``, C speed) that rule a text out before the full patterns run.
_FOREIGN_NAME = _FOREIGN.groupindex["name"]  # by number: a ``regex`` match finds a name only after an exception
_HAS_CJK_SUFFIX = re.compile(r"公司|合伙")
_HAS_FOREIGN_HINT = re.compile("|".join(re.escape(hint) for hint in FOREIGN_HINTS))
_UPPER = re.compile("[A-Z]")
_HAS_ANONYMOUS = re.compile(rf"[A-Z](?:{'|'.join(ANONYMOUS_NOUNS)})|客户[A-Z]|某(?:公司|客户|企业)")
_NOT_NAMES = LEFT_STOP_WORDS | PRONOUNS
_COUNTERS = frozenset("号年月日期届次项条份元个家位名")
_OPEN = "（("
_CLOSE = "）)"
_BRACKETS = _OPEN + _CLOSE
_MAX_BODY = 40
_MIN_BODY = 2
_MAX_STOP = max(len(word) for word in LEFT_STOP_WORDS | AMBIGUOUS_LEFT_WORDS)


def _is_name_char(char: str) -> bool:
    """CJK ideographs, letters, and the few marks company names use (·, &)."""
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return True
    if char.isascii():
        return char.isalpha() or char in "&"
    return char in "·・" or ("\uff21" <= char <= "\uff3a") or ("\uff41" <= char <= "\uff5a")


def _stops_before(text: str, start: int, body: int, stop_words: Container[str]) -> bool:
    """Whether the text before ``start`` ends with a left-context word that ends the name."""
    lengths = _stop_lengths(stop_words)
    if lengths is None:
        candidates: Iterable[int] = range(1, _MAX_STOP + 1)
    else:
        candidates = lengths.get(text[start - 1], ()) if start > 0 else ()
    for length in candidates:
        if length > start:
            break
        word = text[start - length : start]
        if word not in stop_words and word not in AMBIGUOUS_LEFT_WORDS:
            continue
        if word in AMBIGUOUS_LEFT_WORDS:
            if body >= 4:
                return True
            continue
        if length == 1:
            if (
                text[max(0, start - 2) : start] in NAME_WORDS_ENDING_IN_STOP
                or text[start - 1 : start + 1] in NAME_WORDS_ENDING_IN_STOP
            ):
                continue
            if word in WEAK_LEFT_CHARS and (
                start < 3 or not _is_name_char(text[start - 2]) or not _is_name_char(text[start - 3])
            ):
                continue  # a conjunction joins two names: one character before it is no name (众和昆仑)
            if word in WEAK_LEFT_CHARS and _ends_with_place(text, start - 1):
                continue  # 珠海和佳医疗, 上海同达创业: a place, then a name that starts with 和/同
        return True
    return False


def _stop_lengths(stop_words: Container[str]) -> dict[str, tuple[int, ...]] | None:
    """Last character → the lengths (ascending) of the left-context words that end with it, for
    the default word list or any frozenset; ``None`` for other containers (then every length is
    tried)."""
    if stop_words is LEFT_STOP_WORDS:
        return _default_stop_lengths()
    if isinstance(stop_words, frozenset):
        return _word_lengths_by_last_char(stop_words | AMBIGUOUS_LEFT_WORDS)
    return None


@lru_cache(maxsize=1)
def _default_stop_lengths() -> dict[str, tuple[int, ...]]:
    return _word_lengths_by_last_char(LEFT_STOP_WORDS | AMBIGUOUS_LEFT_WORDS)


@lru_cache(maxsize=8)
def _word_lengths_by_last_char(words: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """Last character → the ascending lengths of ``words`` that end with it (built once).

    >>> _word_lengths_by_last_char(frozenset({"与", "参与", "公司"}))["与"]
    (1, 2)
    """
    lengths: dict[str, set[int]] = {}
    for word in words:
        if word and len(word) <= _MAX_STOP:
            lengths.setdefault(word[-1], set()).add(len(word))
    return {char: tuple(sorted(sizes)) for char, sizes in lengths.items()}


def _ends_with_place(text: str, end: int) -> bool:
    return any(text[max(0, end - size) : end] in PLACES for size in (2, 3))


def scan_left(
    text: str,
    end: int,
    *,
    floor: int = 0,
    stop_words: Container[str] = LEFT_STOP_WORDS,
    min_body: int = _MIN_BODY,
    max_body: int = _MAX_BODY,
) -> int:
    """Where a name that ends at ``end`` starts: scan left over name characters and bracketed
    places until punctuation or a left-context word. Returns ``end`` when there is no name.

    >>> text = "拟向上海弘琪云创科技集团"
    >>> text[scan_left(text, len(text)):]
    '上海弘琪云创科技集团'
    """
    start = end
    last_chars = _stop_lengths(stop_words)
    while start > floor and end - start < max_body:
        char = text[start - 1]
        if (
            end - start >= min_body
            and (last_chars is None or char in last_chars)
            and _stops_before(text, start, end - start, stop_words)
        ):
            break
        if char in _CLOSE:
            opening = _matching_open(text, start - 1, floor)
            if opening is None:
                break
            start = opening
            continue
        if not ("\u4e00" <= char <= "\u9fff" or _is_name_char(char)):
            break
        start -= 1
    # a name does not start with a bracket, nor with a counter after a number (临2015-021号|浙江富润…)
    while start < end and (
        text[start] in _OPEN or (text[start] in _COUNTERS and start > 0 and text[start - 1].isdigit())
    ):
        start += 1
    return start


def _matching_open(text: str, close: int, floor: int) -> int | None:
    """The opening bracket of a short, name-like bracket group ending at ``close``."""
    for index in range(close - 1, max(floor, close - 14) - 1, -1):
        char = text[index]
        if char in _OPEN:
            inner = text[index + 1 : close]
            if inner and all(_is_name_char(c) for c in inner):
                return index
            return None
        if not _is_name_char(char):
            return None
    return None


class Affixes:
    """A set of words tested as beginnings or endings of a string, with one set look-up per word
    length instead of one comparison per word: ``Affixes(words).starts(s) == s.startswith(tuple(words))``
    and ``Affixes(words).ends(s) == s.endswith(tuple(words))`` (for 136 generic words,
    ``startswith`` took 1.3 µs a test).

    >>> affixes = Affixes(["局", "委员会", "上市"])
    >>> affixes.ends("国家统计局"), affixes.ends("证券监督管理委员会"), affixes.ends("委员"), affixes.ends("")
    (True, True, False, False)
    >>> affixes.starts("上市银行"), affixes.starts("上"), affixes.starts("")
    (True, False, False)
    """

    __slots__ = ("lengths", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.lengths = tuple(sorted({len(word) for word in self.words}))

    def starts(self, text: str) -> bool:
        words = self.words
        for size in self.lengths:
            if size > len(text):
                break
            if text[:size] in words:
                return True
        return False

    def ends(self, text: str) -> bool:
        words = self.words
        for size in self.lengths:
            if size > len(text):
                break
            if text[len(text) - size :] in words:
                return True
        return False


_NON_COMPANY_ENDINGS = Affixes(NON_COMPANY_SUFFIXES)


def is_company_name(name: str) -> bool:
    """False for government bodies, associations, universities, newspapers…

    >>> is_company_name("中国证券监督管理委员会"), is_company_name("深圳证券交易所有限公司")
    (False, True)
    """
    if ("公司" in name or "合伙" in name) and _CJK_SUFFIX.search(name):
        return True
    return not _NON_COMPANY_ENDINGS.ends(name)


def find_legal_names(
    text: str,
    *,
    known: Callable[[str], bool] | None = None,
    stop_words: Container[str] = LEFT_STOP_WORDS,
    triggers: int | None = None,
) -> list[NameMatch]:
    """Full legal names (Chinese and foreign), in text order, without overlaps.

    ``known`` (optional) tells whether a string is a registry full name: when the scan stops
    short of one (北京同|仁堂股份有限公司, stopped by 同), the registry's boundary wins.
    ``triggers`` is :func:`~.triggers.stage_triggers` of ``text`` when already computed.

    >>> text = "沐曦集成电路（上海）股份有限公司与Perfect Universe Investment Inc.签约"
    >>> [m.text for m in find_legal_names(text)]
    ['沐曦集成电路（上海）股份有限公司', 'Perfect Universe Investment Inc.']
    """
    found: list[NameMatch] = []
    last_end = 0
    cjk = _HAS_CJK_SUFFIX.search(text) is not None if triggers is None else bool(triggers & LEGAL)
    for match in _CJK_SUFFIX.finditer(text) if cjk else ():
        suffix_start, end = match.span()
        if suffix_start < last_end:
            continue
        floor = last_end
        start = scan_left(text, suffix_start, floor=floor, stop_words=stop_words)
        if match.group().endswith("分公司") and found and found[-1].end == start and start - found[-1].start < 60:
            # 中国电信股份有限公司上海分公司: one name, the branch of the one before
            start = found.pop().start
        elif start == suffix_start and not match.group().startswith(("合伙", "（", "(")):
            continue  # a bare suffix (有限公司) with no name before it
        if known is not None:
            start = _registry_boundary(text, start, suffix_start, end, floor, known)
        if end - start <= len(match.group()) or text[start:suffix_start] in _NOT_NAMES:
            continue
        found.append(new_name_match(start, end, text[start:end], NameKind.LEGAL))
        last_end = end
    if triggers is None:
        foreign = _UPPER.search(text) is not None and _HAS_FOREIGN_HINT.search(text) is not None
    else:
        foreign = triggers & (UPPER | FOREIGN) == UPPER | FOREIGN
    for foreign_match in _FOREIGN.finditer(text) if foreign else ():
        start, end = foreign_match.span()
        if any(m.start < end and start < m.end for m in found):
            continue
        name = foreign_match.group(_FOREIGN_NAME)
        if len(name) < 2 or name.lower() in ("the", "and"):
            continue
        found.append(new_name_match(start, end, text[start:end], NameKind.LEGAL))
    return sorted(found, key=lambda m: m.start)


def _registry_boundary(
    text: str, start: int, suffix_start: int, end: int, floor: int, known: Callable[[str], bool]
) -> int:
    if known(text[start:end]):
        return start
    # the scan stopped too early: the leftmost known name that adds only name characters and brackets
    reach = start
    lowest = max(floor, start - 12)
    while reach > lowest and (_is_name_char(text[reach - 1]) or text[reach - 1] in _BRACKETS):
        reach -= 1
    for candidate in range(reach, start):
        if known(text[candidate:end]):
            return candidate
    for candidate in range(start + 1, min(suffix_start - 1, start + 13)):  # words glued before it
        if known(text[candidate:end]):
            return candidate
    return start


def find_anonymous(text: str, triggers: int | None = None) -> list[NameMatch]:
    """Anonymised counterparties as written: X公司, Y客户, 客户A, 某公司. ``triggers`` is
    :func:`~.triggers.stage_triggers` of ``text`` when already computed.

    >>> [m.text for m in find_anonymous("ABC公司与Y客户")]
    ['Y客户']
    """
    if triggers is None:
        if "某" not in text and _UPPER.search(text) is None:
            return []
    elif not triggers & ANONYMOUS:
        return []
    if _HAS_ANONYMOUS.search(text) is None:
        return []
    return [new_name_match(m.start(), m.end(), m.group(), NameKind.ANONYMOUS) for m in _ANONYMOUS.finditer(text)]


def is_place(text: str) -> bool:
    """Whether a bracketed string is a place that belongs to a name (（上海）, （新加坡）)."""
    return text in PLACES
