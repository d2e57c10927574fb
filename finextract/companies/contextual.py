"""Company names written without a legal suffix, found from what surrounds them.

Plain Python, no spaCy. A name counts only where its context makes it a company:

- a stake: 收购安联通100%股份, 将富恒精密70%股权, 上海金刚认缴100%出资额;
- a subsidiary: 全资子公司盛视技术与…, 控股子公司麦塔倍斯于…, 全资附属公司SODH及…;
- a counterparty of an agreement or a deal: 公司与中移国际签订…, 转让给天津紫霄，, 向上海域允采购;
- an organisation word at the end: 华创证券, 张江集团, 利通控股（新加坡）, 深圳弈峰科技 (a place
  first for the generic industry words);
- a data source named in English: 根据Counterpoint数据, Wind数据显示.

Each candidate must pass :func:`plausible_name`: no pronoun, role word, generic phrase, person-like
short name, government body, university, media or product.

>>> [m.text for m in find_contextual_names("公司拟以现金方式收购安联通100%股份，转让给天津紫霄。")]
['安联通', '天津紫霄']
>>> find_contextual_names("国家统计局数据显示，公司将标的公司100%股权转让给赵振强。")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import ahocorasick_rs

from .._pattern_trie import PatternTrie
from .legal_names import Affixes, is_company_name, is_place, scan_left
from .lexicon import (
    CONTEXT_GENERIC_WORDS,
    CONTEXT_NOT_IN_NAME,
    CONTEXT_QUANTIFIERS,
    CONTEXT_ROLE_PREFIXES,
    LEFT_STOP_WORDS,
    ORG_SUFFIX_NOT_AFTER,
    PLACES,
    PRONOUNS,
    ROLE_NOUNS,
    SURNAMES,
)
from .model import NameKind, NameMatch, new_name_match
from .triggers import (
    DEAL,
    DEAL_VERB,
    INDUSTRY_WORDS,
    ORG_WORD,
    ORGANISATION_WORDS,
    PLACE,
    SHORT_PLACES,
    SOURCE_WORD,
    SOURCE_WORDS,
    STAKE,
    SUBSIDIARY,
    TRANSFER,
    UPPER,
    stage_triggers,
)

__all__ = ["common_words", "find_contextual_names", "place_length", "plausible_name"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_HAN_NAME = rf"[{_HAN}A-Za-z][{_HAN}A-Za-z0-9·&]"
_PLACE_BRACKET = re.compile(rf"[（(](?P<place>[{_HAN}]{{2,8}})[）)]")
# A stake (收购…100%股权, 的控制权): see _stake_starts. The stake words after a percent sign, and a
# control (which opens with 的, so ``re`` skips ahead to it at C speed).
_STAKE_AFTER_PERCENT = re.compile(r"(?:的)?(?:股权|股份|权益|出资额|财产份额|合伙份额)")
_STAKE_CONTROL = re.compile(r"的(?:控制权|控股权)(?!人)")
_SUBJECT_VERBS = ("认缴", "持有", "持股", "合计持有", "直接持有", "间接持有")
_SUBSIDIARY = re.compile(
    r"(?:子公司|孙公司|附属公司|参股公司|关联方|合资公司)"
    rf"(?P<name>{_HAN_NAME}{{1,11}}?)"
    rf"(?:[（(][{_HAN}]{{2,8}}[）)])?"
    r"(?=与|于|将|已|拟|的|在|和|及|为|签|对|向|以|通过|近日|正式|成立|[，,、。；;：:\s]|\d|$)"
)
_DEAL_VERB = re.compile(r"签署|签订|签约|合资设立|合资成立|共同出资|共同投资|共同设立|共同成立|共同向|达成")
_DEAL_ITEM_MAX = 12
_DEAL_SPAN = 60
_DATE_TAIL = re.compile(r"于[\d０-９]{2,4}年.*$|(?:于)?近日$|于$|正式$|拟$|已$|将$")
_TRANSFER = re.compile(
    r"(?:转让给|出售给|转让予|售予|卖给|向)"
    rf"(?P<name>{_HAN_NAME}{{3,15}}?(?:[（(][{_HAN}]{{2,8}}[）)])?)"
    r"(?=采购|购买|增资|出售|转让|租赁|借款|进行|支付|定向|[，,。；;])"
)
_ORG_WORDS = frozenset(ORGANISATION_WORDS)
_INDUSTRY_WORDS = frozenset(INDUSTRY_WORDS)
_ORG_SUFFIX = re.compile(rf"(?:{'|'.join(sorted(_ORG_WORDS))})(?:[（(][{_HAN}]{{2,8}}[）)])?")
_INDUSTRY_SUFFIX = re.compile(rf"(?:{'|'.join(sorted(_INDUSTRY_WORDS))})")
_FUNCTION_CHARS = frozenset("者对为从在将等了的是也与和及并而或又被把给向于以号除即")
_COMMON_MIN_FREQUENCY = 300
_SOURCE = re.compile(
    r"(?:根据|据|来自|来源[:：]?)\s*(?P<a>[A-Z][A-Za-z0-9.&\-]*(?:\s[A-Z][A-Za-z0-9.&\-]*){0,3})\s*(?:的)?"
    r"(?:数据|统计|测算|报告|研究|预测|调研|发布|显示)"
    r"|(?<![A-Za-z])(?P<b>[A-Z][A-Za-z0-9.&\-]*(?:\s[A-Z][A-Za-z0-9.&\-]*){0,3})\s*数据显示"
)
# What every match of _SOURCE holds (its name, then a data word): a cheap test that starts with a
# character class, so ``re`` skips ahead at C speed.
_MAY_BE_SOURCE = re.compile(
    r"[A-Z][A-Za-z0-9.&\-]*(?:\s[A-Z][A-Za-z0-9.&\-]*){0,3}\s*(?:的)?(?:数据|统计|测算|报告|研究|预测|调研|发布|显示)"
)
_CLAUSE_BREAK = re.compile(r"[，,。；;：:\n]")
_LIST_ITEM = re.compile(r"[^、]+")
_GENERIC_PREFIXES = Affixes(word for word in CONTEXT_GENERIC_WORDS if len(word) >= 2)
_MODEL_LIKE = re.compile(r"^[A-Z]{0,3}\d+[A-Za-z]*$|^[A-Z]\d")


_ROLE_ENDINGS = Affixes(ROLE_NOUNS)


def plausible_name(name: str, *, min_length: int = 2) -> bool:
    """Whether a string found by context can be a company's name. ``min_length`` 0 means 2,
    without the check for a person's name (收购安联通100%股份: persons' stakes are not written so).

    >>> [plausible_name(n) for n in ("上海巨融", "标的公司", "国家统计局", "上市银行", "王强")]
    [True, False, False, False, False]
    """
    person_check = min_length > 0
    min_length = max(min_length, 2)
    if len(name) < min_length or len(name) > 20:
        return False
    if name in PRONOUNS or name in LEFT_STOP_WORDS or name in CONTEXT_GENERIC_WORDS or name in PLACES:
        return False
    if not is_company_name(name) or _ROLE_ENDINGS.ends(name):
        return False
    if _not_in_name().find(name)[0]:
        return False
    if name[0].isdigit() or name[0] == "某" or _MODEL_LIKE.match(name):
        return False
    if name.startswith(CONTEXT_QUANTIFIERS):
        return False
    if person_check and len(name) <= 3 and name[0] in SURNAMES and all("\u4e00" <= c <= "\u9fff" for c in name):
        return False  # 赵振强, 王强: a person
    body = name[place_length(name) :]
    return bool(body) and body not in CONTEXT_GENERIC_WORDS


@lru_cache(maxsize=1)
def _not_in_name() -> PatternTrie:
    """:data:`~.lexicon.CONTEXT_NOT_IN_NAME` in a trie whose flags tell whether a name holds one
    (built once per process; on a short name a fifth of what an ahocorasick_rs call costs)."""
    words = list(CONTEXT_NOT_IN_NAME)
    return PatternTrie(words, [1] * len(words), [True] * len(words))


def _strip_role(name: str, start: int) -> tuple[str, int]:
    for prefix in CONTEXT_ROLE_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            return name[len(prefix) :], start + len(prefix)
    return name, start


def _with_place(text: str, end: int) -> int:
    """Extend a name over a bracketed place right after it (利通控股（新加坡）)."""
    match = _PLACE_BRACKET.match(text, end)
    if match is not None and is_place(match.group("place")):
        return match.end()
    return end


# Each finder gives (start, end, min_length) candidates in text order, a list (cheaper than a
# generator once compiled).
_Found = list[tuple[int, int, int]]


def _stake_starts(text: str) -> list[int]:
    """Where each stake of ``text`` starts, in order: the starts of ``finditer`` of the single pattern
    ``(?:的)?\\d+(?:\\.\\d+)?%(?:的)?(?:股权|股份|…)|的(?:控制权|控股权)(?!人)``, which opened with an
    optional group, so ``re`` tried its whole matcher at every position (about 8 µs a paragraph that
    holds a stake, most of it at the digits of other figures). No two of its matches can overlap (a
    figure ends in 股权, 股份…, a control in 权), and a 的 right before a figure belongs to no other
    match, so the figures (read back from each percent sign) and the controls found apart, a
    figure's start moved back over a 的 before it, are the same matches.

    >>> _stake_starts("持有其51%股权及的控制权，的12.5%的股份")
    [3, 9, 14]
    """
    starts = []
    percent = text.find("%")
    while percent >= 0:
        start = _figure_start(text, percent)
        if start < percent and _STAKE_AFTER_PERCENT.match(text, percent + 1):
            starts.append(start - 1 if start and text[start - 1] == "的" else start)
        percent = text.find("%", percent + 1)
    controls = [match.start() for match in _STAKE_CONTROL.finditer(text)]
    if controls:
        starts = sorted(starts + controls)
    return starts


def _figure_start(text: str, end: int) -> int:
    """Where the leftmost ``\\d+(?:\\.\\d+)?`` that ends at ``end`` starts (``end`` if none does).

    >>> [_figure_start(text, len(text)) for text in ("12.5", "1.2.3", "x.5", "5.", "")]
    [0, 2, 2, 2, 0]
    """
    start = end
    while start > 0 and text[start - 1].isdecimal():
        start -= 1
    if start < end and start > 1 and text[start - 1] == "." and text[start - 2].isdecimal():
        start -= 2
        while start > 0 and text[start - 1].isdecimal():
            start -= 1
    return start


def _stakes(text: str) -> _Found:
    found: _Found = []
    for end in _stake_starts(text):
        start = scan_left(text, end)
        name = text[start:end]
        for verb in _SUBJECT_VERBS:
            if name.endswith(verb):  # 上海金刚认缴100%出资额: the subject before the verb
                end -= len(verb)
                start = scan_left(text, end)
                if end - start < 4:
                    start = end
                break
        found.append((start, end, 0))
    return found


def _subsidiaries(text: str) -> _Found:
    found: _Found = []
    for match in _SUBSIDIARY.finditer(text):
        start, end = match.span("name")
        found.append((start, _with_place(text, end), 3))
    return found


def _deals(text: str) -> _Found:
    found: _Found = []
    for verb in _DEAL_VERB.finditer(text):
        floor = max(0, verb.start() - _DEAL_SPAN)
        conjunction = text.rfind("与", floor, verb.start())
        if conjunction < 0:
            continue
        span = text[conjunction + 1 : verb.start()]
        if _CLAUSE_BREAK.search(span):
            continue
        span = _DATE_TAIL.sub("", span)
        offset = conjunction + 1
        for part in _LIST_ITEM.finditer(span):
            name, start = _strip_role(part.group().strip(), offset + part.start())
            if len(name) <= _DEAL_ITEM_MAX:
                found.append((start, start + len(name), 2))
    return found


def _transfers(text: str) -> _Found:
    found: _Found = []
    for match in _TRANSFER.finditer(text):
        start, end = match.span("name")
        found.append((start, end, 4))
    return found


def _org_suffixes(
    text: str,
    places: bool = True,
    known_place_ends: Iterable[int] | None = None,
    known_words: Iterable[tuple[int, int]] | None = None,
) -> _Found:
    """Names before an organisation word (华创|证券), and a place, a trade name and an industry word
    (深圳弈峰|科技); ``places`` False when the text holds no place (:data:`~.triggers.PLACE`).
    ``known_place_ends`` and ``known_words`` are the ends of its places and the spans of its
    organisation and industry words when already found (:meth:`.Scanner.scan`)."""
    found: _Found = []
    for word_start, word_end in _org_word_spans(text, known_words):
        if _org_word_not_after(text, word_end):
            continue
        start = scan_left(text, word_start)
        if not _trade_name(text[start:word_start]):
            continue
        found.append((start, word_end, 4))
    if not places:
        return found  # an industry word counts only after a place
    place_ends: frozenset[int] | None = None
    for word_start, word_end in _industry_word_spans(text, known_words):
        if place_ends is None:
            place_ends = _place_ends(text) if known_place_ends is None else frozenset(known_place_ends)
            if not place_ends:
                break
        if not _place_before(text, word_start, place_ends) or _org_word_not_after(text, word_end):
            continue
        start = scan_left(text, word_start)
        name = text[start:word_start]
        head = place_length(name)
        if not head or not 2 <= len(name) - head <= 4 or not _trade_name(name):
            continue  # 深圳弈峰科技: a place, a trade name, an industry word
        found.append((start, word_end, 4))
    return found


def _org_word_spans(text: str, known_words: Iterable[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The spans of ``_ORG_SUFFIX.finditer(text)``. Every match starts with an organisation word, so
    when the scan found the words (``known_words``), the pattern is tried only where they start.

    >>> text = "华创证券与利通控股（新加坡）"
    >>> _org_word_spans(text, None), _org_word_spans(text, [(2, 4), (7, 9)])
    ([(2, 4), (7, 14)], [(2, 4), (7, 14)])
    """
    if known_words is None:
        return [match.span() for match in _ORG_SUFFIX.finditer(text)]
    spans: list[tuple[int, int]] = []
    last_end = 0
    for start, end in sorted(known_words):
        if start < last_end or text[start:end] not in _ORG_WORDS:
            continue
        match = _ORG_SUFFIX.match(text, start)
        if match is not None:
            spans.append(match.span())
            last_end = match.end()
    return spans


def _industry_word_spans(text: str, known_words: Iterable[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The spans of ``_INDUSTRY_SUFFIX.finditer(text)``, from the words the scan found when given.

    >>> _industry_word_spans("深圳弈峰科技术", None), _industry_word_spans("深圳弈峰科技术", [(4, 6), (5, 7)])
    ([(4, 6)], [(4, 6)])
    """
    if known_words is None:
        return [match.span() for match in _INDUSTRY_SUFFIX.finditer(text)]
    spans: list[tuple[int, int]] = []
    last_end = 0
    for start, end in sorted(known_words):
        if start >= last_end and text[start:end] in _INDUSTRY_WORDS:
            spans.append((start, end))
            last_end = end
    return spans


def _org_word_not_after(text: str, position: int) -> bool:
    """``text.startswith(ORG_SUFFIX_NOT_AFTER, position)``, looking only at the words that start
    with the character there.

    >>> _org_word_not_after("证券时报", 2), _org_word_not_after("华创证券党委", 4)
    (True, False)
    """
    words = _org_not_after_by_char().get(text[position : position + 1])
    return words is not None and text.startswith(words, position)


@lru_cache(maxsize=1)
def _org_not_after_by_char() -> dict[str, tuple[str, ...]]:
    """:data:`~.lexicon.ORG_SUFFIX_NOT_AFTER` by first character (built once)."""
    words: dict[str, list[str]] = {}
    for word in ORG_SUFFIX_NOT_AFTER:
        words.setdefault(word[0], []).append(word)
    return {char: tuple(group) for char, group in words.items()}


def _place_before(text: str, end: int, place_ends: frozenset[int] | None = None) -> bool:
    """Whether a place stands two to four characters before ``end`` (深圳|弈峰|科技), or a place
    and 省/市/区/县 do. ``place_ends`` is :func:`_place_ends` of ``text`` when already computed.

    >>> _place_before("深圳弈峰科技", 4), _place_before("深圳市弈峰科技", 5), _place_before("弈峰科技", 2)
    (True, True, False)
    """
    ends = _place_ends(text) if place_ends is None else place_ends
    for gap in (2, 3, 4):
        stop = end - gap
        if stop in ends or (stop - 1 in ends and text[stop - 1] in _PLACE_UNITS):
            return True
    return False


def _place_ends(text: str) -> frozenset[int]:
    """The offsets where a place of two to four characters ends in ``text`` (one automaton pass).

    >>> sorted(_place_ends("深圳市弈峰"))
    [2]
    """
    return frozenset(end for _, _, end in _short_places().find_matches_as_indexes(text, overlapping=True))


@lru_cache(maxsize=1)
def _short_places() -> ahocorasick_rs.AhoCorasick:
    """An automaton of the places of two to four characters (built once per process)."""
    return ahocorasick_rs.AhoCorasick(list(SHORT_PLACES))


_PLACE_UNITS = frozenset("省市区县")
_MAX_PLACE = max(len(place) for place in PLACES)
_PLACE_HEADS = frozenset(place[:2] for place in PLACES)  # what a name that starts with a place starts with


def place_length(name: str) -> int:
    """Length of the place a name starts with (深圳市弈峰 → 3), else 0.

    >>> place_length("深圳市弈峰科技"), place_length("弈峰科技")
    (3, 0)
    """
    if name[:2] not in _PLACE_HEADS:
        return 0
    for size in range(min(_MAX_PLACE, len(name)), 1, -1):
        if name[:size] in PLACES:
            if len(name) > size and name[size] in _PLACE_UNITS:
                return size + 1
            return size
    return 0


def _trade_name(name: str) -> bool:
    """Whether the part of a name before an organisation word (华创|证券) reads as a trade name,
    not as a phrase (分享|证券, 多家|银行): two to eight characters after the place, not starting
    with a function word or an everyday word of jieba's dictionary.

    >>> [_trade_name(n) for n in ("华创", "深圳弈峰", "分享", "者分担", "协同欧昊")]
    [True, True, False, False, False]
    """
    body = name[place_length(name) :] or name
    if not 2 <= len(body) <= 8 or body[0] in _FUNCTION_CHARS or body in CONTEXT_GENERIC_WORDS:
        return False
    common = common_words()
    if body[:2] in common or (len(body) == 3 and body[1:] in common):
        return False
    return not _GENERIC_PREFIXES.starts(body)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday two-character words (frequency ≥ 300 in jieba's dictionary), read once."""
    spec = find_spec("jieba")  # jieba's own dictionary file, read without importing jieba
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    text = (Path(next(iter(spec.submodule_search_locations))) / "dict.txt").read_text(encoding="utf-8")
    return frozenset(word for word, frequency in _DICT_LINE.findall(text) if int(frequency) >= _COMMON_MIN_FREQUENCY)


_DICT_LINE = re.compile(r"^(\S\S) (\d{3,}) ", re.MULTILINE)


def _sources(text: str) -> _Found:
    found: _Found = []
    if not _name_before_source_word(text) or _MAY_BE_SOURCE.search(text) is None:
        return found
    for match in _SOURCE.finditer(text):
        group = "a" if match.group("a") else "b"
        found.append((match.start(group), match.end(group), 2))
    return found


_NAME_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.&-")  # [A-Za-z0-9.&\-]


def _name_before_source_word(text: str) -> bool:
    """Whether a data word (数据, 报告…) follows the end of an English name, with white space and a
    的 allowed between: what every match of ``_MAY_BE_SOURCE`` holds. Finding the data words is
    cheap; the pattern retries every capital letter of every English word before it fails.

    >>> _name_before_source_word("据Wind 的数据显示"), _name_before_source_word("NVIDIA发布的数据")
    (True, True)
    >>> _name_before_source_word("AI算力数据中心")
    False
    """
    for word in SOURCE_WORDS:
        at = text.find(word)
        while at >= 0:
            before = at
            if before > 0 and text[before - 1] == "的":
                before -= 1
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if before > 0 and text[before - 1] in _NAME_LAST:
                return True
            at = text.find(word, at + 1)
    return False


_DEAL_BITS = DEAL | DEAL_VERB
_SOURCE_BITS = UPPER | SOURCE_WORD
_ANY_FINDER = STAKE | SUBSIDIARY | DEAL | TRANSFER | ORG_WORD | UPPER  # some finder may run


def find_contextual_names(
    text: str,
    triggers: int | None = None,
    place_ends: Iterable[int] | None = None,
    org_words: Iterable[tuple[int, int]] | None = None,
) -> list[NameMatch]:
    """Unsuffixed company names that their context makes companies, in text order, no overlaps.

    ``triggers`` is :func:`~.triggers.stage_triggers` of ``text`` when already computed,
    ``place_ends`` where its places end and ``org_words`` the spans of its organisation and industry
    words (:meth:`.Scanner.scan`).

    >>> [m.text for m in find_contextual_names("控股子公司麦塔倍斯于近日与头部互联网公司签订协议")]
    ['麦塔倍斯']
    >>> [m.text for m in find_contextual_names("作为贵州本土券商,华创证券党委书记表示")]
    ['华创证券']
    """
    bits = stage_triggers(text) if triggers is None else triggers
    if not bits & _ANY_FINDER:
        return []
    # Each finder runs only when all its trigger words occur (:mod:`.triggers`); their order is the
    # order of precedence between equal spans.
    found: _Found = []
    if bits & STAKE:
        found += _stakes(text)
    if bits & SUBSIDIARY:
        found += _subsidiaries(text)
    if bits & _DEAL_BITS == _DEAL_BITS:
        found += _deals(text)
    if bits & TRANSFER:
        found += _transfers(text)
    if bits & ORG_WORD:
        found += _org_suffixes(text, bool(bits & PLACE), place_ends, org_words)
    if bits & _SOURCE_BITS == _SOURCE_BITS:
        found += _sources(text)
    candidates: list[tuple[int, int, str, int]] = []
    for start, end, min_length in found:
        name = text[start:end]
        stripped = name.strip()
        if not stripped:
            continue
        if stripped is not name:
            start = text.index(stripped, start)
        candidates.append((start, start + len(stripped), stripped, min_length))
    if not candidates:
        return []
    candidates.sort(key=_by_start_longest_first)
    # the longest plausible name at each place, leftmost first; a candidate that overlaps the last
    # accepted one is dropped without its plausibility checks (they could not change the outcome)
    result: list[NameMatch] = []
    last_end = -1
    for start, end, name, min_length in candidates:
        if start < last_end:
            continue
        if plausible_name(_bare(name), min_length=min_length):
            result.append(new_name_match(start, end, name, _CONTEXTUAL))
            last_end = end
    return result


def _by_start_longest_first(candidate: tuple[int, int, str, int]) -> tuple[int, int]:
    return candidate[0], -candidate[1]


_CONTEXTUAL = NameKind.CONTEXTUAL


def _bare(name: str) -> str:
    """A name without its bracketed place, for the plausibility checks."""
    if "(" not in name and "（" not in name:
        return name
    return _PLACE_BRACKET.sub("", name)
