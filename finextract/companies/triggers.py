"""Which recognition stages can fire on a text, from one automaton pass over it.

Each stage of :mod:`.resolver` needs some word in the text before it can find anything (a legal
name needs 公司 or 合伙, a declaration a bracket or 称, a stake % or 控…). :func:`stage_triggers`
finds all those words at once (ahocorasick_rs, Rust code) and returns a bit set of the stages
that may fire, so a paragraph skips every other stage without running its patterns. A bit is a
necessary condition only: a stage whose bit is set still decides for itself. The word lists
below hold a word of every match of the patterns they stand for (tests check it on the seeds).

>>> bits = stage_triggers("某某有限公司与X公司签约")
>>> bool(bits & LEGAL), bool(bits & DEAL), bool(bits & ANONYMOUS), bool(bits & STAKE)
(True, True, True, False)
>>> stage_triggers("今天天气很好")
0
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import ahocorasick_rs

from .._pattern_trie import PatternTrie
from .lexicon import ANONYMOUS_NOUNS, PLACES

__all__ = [
    "ANONYMOUS",
    "DEAL",
    "DEAL_VERB",
    "DECLARATION",
    "FOREIGN",
    "HEADER",
    "LEGAL",
    "LETTER",
    "NORMALISE",
    "ORG_WORD",
    "PLACE",
    "SOURCE_WORD",
    "STAKE",
    "SUBSIDIARY",
    "TRANSFER",
    "UPPER",
    "Scanner",
    "stage_triggers",
]

LEGAL = 1  # a Chinese legal suffix (有限公司, 有限合伙, 分公司…)
FOREIGN = 1 << 1  # a foreign legal suffix (Inc, Ltd, GmbH…)
UPPER = 1 << 2  # an upper-case ASCII letter (foreign names, data sources)
LETTER = 1 << 3  # any ASCII letter (English names)
DECLARATION = 1 << 4  # a bracket or 称 (以下简称, (301396))
STAKE = 1 << 5  # a stake or control (100%股权, 的控制权)
SUBSIDIARY = 1 << 6  # a subsidiary word (子公司, 关联方…)
DEAL = 1 << 7  # 与 (与X签订)
TRANSFER = 1 << 8  # a transfer word (转让给, 向…)
ORG_WORD = 1 << 9  # an organisation or industry word (证券, 科技…)
ANONYMOUS = 1 << 10  # an anonymised counterparty (X公司, 客户A, 某公司)
NORMALISE = 1 << 11  # a character whose NFKC form is another one (Ａ, （): names are matched in NFKC
DEAL_VERB = 1 << 12  # a deal verb (签订, 共同投资…)
SOURCE_WORD = 1 << 13  # a data word after a source (数据, 报告…)
PLACE = 1 << 14  # a place of two to four characters (深圳, 乌鲁木齐)
HEADER = 1 << 15  # 代码 (an announcement header: 证券代码：300142)

ORGANISATION_WORDS = ("证券", "银行", "保险", "信托", "期货", "集团", "控股")  # contextual._ORG_SUFFIX
INDUSTRY_WORDS = (
    "科技", "技术", "软件", "电子", "信息", "网络", "通信", "能源", "材料", "医药", "生物", "机器人",
)  # fmt: skip  # contextual._INDUSTRY_SUFFIX
ORG_WORDS = (*ORGANISATION_WORDS, *INDUSTRY_WORDS)
FOREIGN_HINTS = (
    "Inc", "LLC", "L.L.C", "Ltd", "Limited", "Corp", "PLC", "plc", "GmbH", "AG", "S.A.", ".V.", "LP",
    "L.P.", "Pte", "Company",
)  # fmt: skip
SHORT_PLACES = tuple(sorted(place for place in PLACES if 2 <= len(place) <= 4))  # contextual._place_ends
# Every match of each stage's patterns holds one of its words:
LEGAL_WORDS = ("有限公司", "有限责任公司", "有限合伙", "普通合伙", "分公司")  # legal_names._CJK_SUFFIX
STAKE_WORDS = (
    *(f"%{of}{stake}" for of in ("", "的") for stake in ("股权", "股份", "权益", "出资额", "财产份额", "合伙份额")),
    "的控制权",
    "的控股权",
)  # contextual._stake_starts
SUBSIDIARY_WORDS = ("子公司", "孙公司", "附属公司", "参股公司", "关联方", "合资公司")  # contextual._SUBSIDIARY
TRANSFER_WORDS = ("转让给", "出售给", "转让予", "售予", "卖给", "向")  # contextual._TRANSFER
DEAL_VERBS = (
    "签署", "签订", "签约", "合资设立", "合资成立", "共同出资", "共同投资", "共同设立", "共同成立", "共同向", "达成",
)  # fmt: skip  # contextual._DEAL_VERB
SOURCE_WORDS = ("数据", "统计", "测算", "报告", "研究", "预测", "调研", "发布", "显示")  # contextual._MAY_BE_SOURCE
ANONYMOUS_WORDS = (
    *(letter + noun for letter in string.ascii_uppercase for noun in ANONYMOUS_NOUNS),
    *("客户" + letter for letter in string.ascii_uppercase),
    "某公司",
    "某客户",
    "某企业",
)  # legal_names._HAS_ANONYMOUS


def _words() -> dict[str, int]:
    """Trigger word → the stages it opens."""
    words: dict[str, int] = {}

    def add(bits: int, *items: str) -> None:
        for item in items:
            words[item] = words.get(item, 0) | bits

    add(LEGAL, *LEGAL_WORDS)
    add(FOREIGN, *FOREIGN_HINTS)
    add(UPPER | LETTER, *string.ascii_uppercase)
    add(LETTER, *string.ascii_lowercase)
    add(DECLARATION, "(", "（", "称")
    add(STAKE, *STAKE_WORDS)
    add(SUBSIDIARY, *SUBSIDIARY_WORDS)
    add(DEAL, "与")
    add(DEAL_VERB, *DEAL_VERBS)
    add(TRANSFER, *TRANSFER_WORDS)
    add(ORG_WORD, *ORG_WORDS)
    add(SOURCE_WORD, *SOURCE_WORDS)
    add(ANONYMOUS, *ANONYMOUS_WORDS)
    add(PLACE, *SHORT_PLACES)
    add(HEADER, "代码")
    return words


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[int, ...]]:
    """The trigger words' automaton and each pattern's bits (built once per process)."""
    words = _words()
    return ahocorasick_rs.AhoCorasick(list(words)), tuple(words.values())


def stage_triggers(text: str) -> int:
    """The bits of the stages that may find something in ``text`` (0: none can).

    >>> stage_triggers("收购安联通100%股份") & STAKE == STAKE, stage_triggers("增长100%") & STAKE
    (True, 0)
    """
    automaton, bits_of = _automaton()
    bits = 0
    for number, _, _ in automaton.find_matches_as_indexes(text, overlapping=True):
        bits |= bits_of[number]
    return bits


class Scanner:
    """Names (a registry's surface forms, NFKC) and the trigger words, found in one pass: the
    stages that may fire and where the names occur (a :class:`.PatternTrie` over all of them).

    ``normalising`` are the characters that NFKC changes (Ａ, （): when the text holds one
    (:data:`NORMALISE`), the names found are those of the text as written, and the caller scans
    its NFKC form again with :meth:`names`.

    >>> scanner = Scanner(["盐湖股份", "盐湖"], "（")
    >>> bits, names = scanner.scan("公告：盐湖股份（以下简称）")
    >>> sorted(names), bool(bits & NORMALISE), bool(bits & DECLARATION), bool(bits & LEGAL)
    ([(3, 2), (3, 4)], True, True, False)
    """

    __slots__ = ("_bits", "_names", "_patterns", "_trie")

    def __init__(self, names: Iterable[str], normalising: Iterable[str] = ()) -> None:
        patterns = list(dict.fromkeys(name for name in names if name))
        self._names = len(patterns)
        number = {pattern: index for index, pattern in enumerate(patterns)}
        bits = [0] * len(patterns)
        words = _words()
        for char in normalising:
            words[char] = words.get(char, 0) | NORMALISE
        for word, word_bits in words.items():
            index = number.get(word)
            if index is None:
                index = number[word] = len(patterns)
                patterns.append(word)
                bits.append(0)
            bits[index] |= word_bits
        self._patterns = patterns
        self._bits = tuple(bits)
        self._trie: PatternTrie | None = None

    def __reduce__(self) -> tuple[Any, tuple[list[str], tuple[int, ...], int]]:
        return _unpickled_scanner, (self._patterns, self._bits, self._names)  # the trie is built again

    def _found(self, text: str) -> tuple[int, list[int]]:
        trie = self._trie
        if trie is None:
            # Only where the names and the places and organisation words occur is needed; the
            # other trigger words only set their bits.
            names, bits = self._names, self._bits
            quiet = [index >= names and not bits[index] & _LOCATED for index in range(len(bits))]
            trie = self._trie = PatternTrie(self._patterns, bits, quiet)
        return trie.find(text)

    def scan(
        self, text: str, place_ends: list[int] | None = None, org_words: list[tuple[int, int]] | None = None
    ) -> tuple[int, list[tuple[int, int]]]:
        """The trigger bits of ``text``, and the (start, length) of every name in it, overlapping
        ones too, by start. When given, ``place_ends`` receives where every place of
        :data:`SHORT_PLACES` ends (as ``contextual._place_ends``, without a second pass), and
        ``org_words`` the (start, end) of every word of :data:`ORG_WORDS`."""
        bits_of, names = self._bits, self._names
        bits, located = self._found(text)
        found = []
        for index in range(0, len(located), 3):
            number, start, end = located[index], located[index + 1], located[index + 2]
            if number < names:
                found.append((start, end - start))
            word_bits = bits_of[number]
            if word_bits & PLACE and place_ends is not None:
                place_ends.append(end)
            if word_bits & ORG_WORD and org_words is not None:
                org_words.append((start, end))
        return bits, found

    def names(self, text: str) -> list[tuple[int, int]]:
        """The (start, length) of every name in ``text`` (no trigger bits)."""
        names = self._names
        located = self._found(text)[1]
        return [
            (located[index + 1], located[index + 2] - located[index + 1])
            for index in range(0, len(located), 3)
            if located[index] < names
        ]


_LOCATED = PLACE | ORG_WORD  # the trigger words whose places the scan reports


def _unpickled_scanner(patterns: list[str], bits: tuple[int, ...], names: int) -> Scanner:
    """A :class:`Scanner` rebuilt from its pickled state (its trie is built again on first use)."""
    scanner = Scanner(())
    scanner._patterns, scanner._bits, scanner._names = patterns, bits, names
    return scanner
