"""Find and normalise amounts (money, percentages, quantities) in Chinese financial text.

Plain Python, no spaCy. A fast scan finds runs of digits and numerals that a unit, magnitude or
range sign follows; at each, one compiled pattern reads an *atom* (a figure with its optional
currency, magnitude and unit). A second linear pass joins atoms into ranges (35-40亿元), reads the
qualifier words around each amount (约, 不超过, 左右…) and drops figures that are not amounts
(years, codes, list numbers). Both passes are linear in the length of the text. The patterns use
the standard library's ``re`` (possessive quantifiers keep them linear; its match objects are
several times cheaper to read than the ``regex`` module's on this hot path) and are compiled on
first use, not at import.

>>> [(a.text, str(a.value), a.unit) for a in find_amounts("合同总金额为40,908万元")]
[('40,908万元', '409080000', 'CNY')]
>>> parse_amount("约3.03亿元人民币").qualifier.value
'approx'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Context, Decimal, getcontext, localcontext
from functools import cache
from typing import Final

from . import _figure_runs
from ._figure_runs import character_classes, figure_runs
from ._numerals import (
    CHINESE_DIGITS,
    FULLWIDTH_CHARS,
    FULLWIDTH_TO_ASCII,
    MAGNITUDES,
    MAX_DIGITS,
    arabic_value,
    chinese_value,
    compound_value,
    last_place,
    magnitude_factor,
    neighbour_numerals,
    subunit_value,
)
from ._optional_groups import branch_optional_groups
from ._units import (
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    MEASURES,
    MONEY_AFTER_CUES,
    MONEY_CUES,
    PER_UNITS,
    QUALIFIER_BRIDGES,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    WEAK_MEASURES,
)
from .amount import Amount, AmountKind, Qualifier, new_amount

__all__ = ["find_amounts", "parse_amount"]

# Enum members read once: ``Qualifier.EXACT`` is a class-attribute lookup costing ~0.2 µs on the hot path.
# Constants are ``Final`` so the compiled module (setup.py) reads them as C globals, not from the module dict.
_EXACT: Final = Qualifier.EXACT
_APPROX: Final = Qualifier.APPROX
_LOWER: Final = Qualifier.LOWER
_RANGE: Final = Qualifier.RANGE
_MONEY: Final = AmountKind.MONEY
_PERCENT: Final = AmountKind.PERCENT
_QUANTITY: Final = AmountKind.QUANTITY


def _alternation(words: object, *, ascii_guard: bool = True) -> str:
    """A regex matching any of ``words``, the longest first; ASCII words may not run into more letters.

    The words are laid out as a trie (人民币|人民|美元 → ``(?:人民(?:币|)|美元)``), so the engine
    follows one branch per character instead of trying every word in turn; it matches what the
    flat longest-first alternation matches, in the same order on backtracking.

    >>> _alternation(["美元", "人民币", "人民", "RMB"])
    '(?:RMB(?![A-Za-z])|人民(?:币|)|美元)'
    """
    trie: _Trie = {}
    for word in set(words):  # type: ignore[call-overload]
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, "", ascii_guard)


_Trie = dict[str, "_Trie"]  # one node per character; the key "" marks a word's end


def _trie_pattern(node: _Trie, last_char: str, ascii_guard: bool) -> str:
    """The regex for one trie node: its continuations first, then the word ending here (if one does)."""
    branches = [
        re.escape(char) + _trie_pattern(child, char, ascii_guard) for char, child in sorted(node.items()) if char
    ]
    if "" in node:
        branches.append(r"(?![A-Za-z])" if ascii_guard and last_char.isascii() and last_char.isalpha() else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


_TIME_AFTER_GE = "月|季度|交易日|工作日|小时|多月|半月"
# 3万元欧元: a stray 元 before the real currency word.
_STRAY_YUAN = {"元美元", "元欧元", "元港元", "元日元", "元英镑"}
# 三成, 超两成: tenths, a percentage, unless 成 starts a word (三成员国, 五成交易, 一成不变).
_TENTHS_WORDS = "员|交|本|立|为|分|功|长|熟|果|绩|就|品|型|都|不|效|份|色|年|人"
_UNIT_WORDS = set(CURRENCY_SUFFIXES) | set(MEASURES) | {"%", "‰", "成"} | _STRAY_YUAN
_MAG_CHARS: Final = "".join(char for char in MAGNITUDES if char != "w")
_ARABIC = r"(?:[0-9]{1,3}(?:[,，][0-9]{3}(?![0-9]))+(?:\.[0-9]+)?|[0-9]++(?:\.[0-9]++)?)"
_CHINESE = rf"(?:[{CHINESE_DIGITS}十拾][{CHINESE_DIGITS}{_MAG_CHARS}]*+(?:点[{CHINESE_DIGITS}]++)?)"

# 千瓦, 千克, 百分点: a magnitude character that starts a unit is not a magnitude.
_UNIT_LIKE_MAG = "瓦|克|米|伏|分"
_MAGNITUDE = rf"(?:(?:(?![千百](?:{_UNIT_LIKE_MAG}))[{_MAG_CHARS}])++|w(?=[\u4e00-\u9fff]))"
_UNIT = rf"(?:{_alternation(_UNIT_WORDS - {'个', '成'})}|个(?!{_TIME_AFTER_GE})|成(?!{_TENTHS_WORDS}))"
# 3万4000元, 25万6千元, 2千零30万元: digits after a magnitude continue the figure (a unit must follow).
_COMPOUND = rf"(?:[0-9]++(?:\.[0-9]++)?[万亿千百](?:零?[0-9]++[千百十万亿]?)+(?=[ ]?{_UNIT}))"
_DIGIT_OR_CN = rf"[0-9{CHINESE_DIGITS}]"
# 元五角八分, 元1角1分, 元三毛: sub-units after 元.
_SUBUNITS = rf"(?:{_DIGIT_OR_CN}[角毛])?(?:{_DIGIT_OR_CN}分)?钱?"

_ATOM_PATTERN = rf"""
    (?<![0-9.])(?<![A-Za-z]-)(?<![第前])(?<![第前][ ])
    (?:(?P<cur>{_alternation(CURRENCY_PREFIXES)})[ ]?(?P<mid>约|近|超过|超|逾)?)?
    (?P<sign>(?<![0-9])[-−+±]|负)?
    (?:
        (?P<pct>百分之)(?P<pnum>{_ARABIC}|{_CHINESE})
      | (?P<compound>{_COMPOUND})
      | (?P<num>{_ARABIC}|{_CHINESE})
        (?P<gap>\n{{1,2}}(?=[万亿元]))?  # a page break inside the amount (13.55\n\n亿元)
        (?P<fuzzy>余|多|几)?
        # 5 亿元, 人民币 5,000 万元, 35 亿至 40 亿元: a space before a magnitude that a unit or a range follows
        (?:[ ](?=(?:{_MAGNITUDE})(?:余|多)?[ ]?(?:{_UNIT}|[至到~～\-－—–]))|)  # a branch: cheaper than ? here
        (?P<mag>{_MAGNITUDE})?(?P<fuzzy2>余|多)?
      | (?P<bare>[十百千](?:万亿|亿|万)?(?!{_UNIT_LIKE_MAG})|万亿)
    )
    (?:[ ]?(?P<unit>{_UNIT})(?:(?<=元)(?P<sub>{_SUBUNITS}))?)?  # sub-units only after 元 (元五角)
    (?:(?:/|每)(?P<per>{_alternation(PER_UNITS)}))?
    """
_ATOM_GROUPS = (
    "cur", "mid", "sign", "pct", "pnum", "compound", "num", "gap", "fuzzy", "mag", "fuzzy2", "bare", "unit",
    "sub", "per",
)  # fmt: skip
_Groups = tuple[str | None, ...]
# What may stand right after a run of digits for it to start an amount: a unit, a magnitude,
# 余/多/几, a decimal 点, a range sign, a page break, 级 (千亿级), 分 (百分之).
_FOLLOWERS: Final = frozenset(
    {word[0] for word in _UNIT_WORDS}
    | set(_MAG_CHARS)
    | set("w余多几点级分\n")
    | {"至", "到", "-", "~", "—", "–", "－", "～"}
)
_RANGE_SEPARATORS: Final = frozenset({"至", "到", "-", "~", "—", "–", "－", "～"})
# Last characters of what may stand right before a figure inside an amount (人民币, US$, 约, -).
_PREFIX_ENDINGS: Final = frozenset({word[-1] for word in CURRENCY_PREFIXES} | set("约近过超逾-−+±负 "))
# Last characters of the qualifier words and bridges that may stand before an amount.
_QUALIFIER_ENDINGS: Final = frozenset({word[-1] for word in (*QUALIFIERS_BEFORE, *QUALIFIER_BRIDGES)})
_QUALIFIER_AFTER_STARTS: Final = frozenset({word[0] for word in QUALIFIERS_AFTER})


def _char_class(chars: frozenset[str]) -> str:
    """The inside of a regex character class holding exactly ``chars``."""
    return "".join(map(re.escape, sorted(chars)))


class _Patterns:
    """The compiled patterns, built once per process on first use (never at import)."""

    def __init__(self) -> None:
        # The figure-run scan's character classes (see _figure_runs; _run_patterns is its reference).
        self.classes = character_classes(
            figures=f"0123456789{CHINESE_DIGITS}十拾{_MAG_CHARS}",
            fullwidth=FULLWIDTH_CHARS,
            prefix_endings="".join(_PREFIX_ENDINGS),
            followers="".join(_FOLLOWERS),
            magnitudes=_MAG_CHARS,
        )
        # Optional groups as branches (see _optional_groups): the same matches, ~30 % cheaper.
        self.atom = re.compile(branch_optional_groups(_ATOM_PATTERN, verbose=True), re.VERBOSE)
        _check_unit_words(_UNIT_WORDS | {"个"})
        if tuple(self.atom.groupindex) != _ATOM_GROUPS:  # the hot path unpacks match.groups() by position
            raise AssertionError(f"atom groups are {tuple(self.atom.groupindex)}")
        # The prefix before a figure (人民币约, US$, -), read backwards from the figure: see _prefix_start.
        currencies_reversed = _alternation([word[::-1] for word in CURRENCY_PREFIXES], ascii_guard=False)
        self.prefix_reversed = re.compile(
            branch_optional_groups(rf"(?:[-−+±]|负)?(?:(?:过超|约|近|超|逾)?[ ]?(?:{currencies_reversed}))?")
        )
        self.qualifier_before = re.compile(
            branch_optional_groups(
                rf"(?P<word>{_alternation(QUALIFIERS_BEFORE)})(?:{_alternation(QUALIFIER_BRIDGES)})?$"
            )
        )
        self.unit_label = re.compile(r"单位[：:为]?\s*$")
        self.money_after = re.compile(_alternation(MONEY_AFTER_CUES))
        self.qualifier_after = re.compile(_alternation(QUALIFIERS_AFTER))
        self.clause_end = re.compile(r"[。；;！!？?\n]")
        self.money_cue = re.compile(_alternation(MONEY_CUES))


def _check_unit_words(words: set[str]) -> None:
    """The atom pattern reads the longest unit word and then sub-units if it ends in 元. It once
    preferred any unit not ending in 元 over one ending in 元; the two readings agree while no word
    ending in 元 extends a shorter word that does not (a check, so a new unit word cannot break it).

    >>> _check_unit_words({"元", "元人民币"})
    >>> _check_unit_words({"股", "股元"})
    Traceback (most recent call last):
    AssertionError: unit words ending in 元 extend shorter unit words: [('股元', '股')]
    """
    clashes = [(long, short) for long in words if long.endswith("元") for short in words
               if short != long and long.startswith(short) and not short.endswith("元")]  # fmt: skip
    if clashes:
        raise AssertionError(f"unit words ending in 元 extend shorter unit words: {sorted(clashes)}")


@cache
def _patterns() -> _Patterns:
    return _Patterns()


@cache
def _run_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The figure-run scan as regexes: ``(runs, runs_or_fullwidth)``. The reference of the compiled
    loop in ``_figure_runs`` (and the scan itself when that module runs as plain Python).

    ``runs`` matches only maximal runs that may start an amount: after a prefix's last character
    (人民币, 约, -), or followed by what continues an amount (a unit, magnitude, range sign…), or
    ending in a magnitude; the pattern opens with a plain character class so the engine skips ahead
    in C. ``runs_or_fullwidth`` is the same scan that also stops at a full-width character (１, ％,
    Ｂ), in its group 1: the text is then read again in ASCII.
    """
    figure_char = f"[0-9{CHINESE_DIGITS}十拾{_MAG_CHARS}]"
    rest = f"(?:{figure_char}|[.,，](?=[0-9]))*+"  # possessive: a run is never retried from inside
    after_figure = (
        f"(?<!{figure_char}{figure_char})(?<!{figure_char}[.,，]{figure_char})"
        f"(?:(?<=[{_char_class(_PREFIX_ENDINGS)}]{figure_char}){rest}"
        f"|{rest}(?:(?=[ ]?[{_char_class(_FOLLOWERS)}])|(?<=[{_MAG_CHARS}])))"
    )
    runs = re.compile(figure_char + after_figure)
    runs_or_fullwidth = re.compile(
        f"[{figure_char[1:-1]}{FULLWIDTH_CHARS}](?:(?<=[{FULLWIDTH_CHARS}])()|(?<={figure_char}){after_figure})"
    )
    return runs, runs_or_fullwidth


_BEFORE_WINDOW: Final = 8
# Figures beyond 10**20 base units, or with more than three magnitude characters, are no amounts.
_MAX_EXPONENT: Final = 20
_MAX_DIGITS: Final = MAX_DIGITS
_MAX_MAGNITUDE_CHARS: Final = 3
_CUE_WINDOW: Final = 12


class _Atom:
    """One figure as matched, before ranges and qualifiers are settled.

    A plain class rather than a dataclass: compiled (setup.py), its ``__init__`` is native code,
    while a dataclass's generated ``__init__`` would stay interpreted.
    """

    __slots__ = (
        "chinese", "currency", "end", "high", "inferred", "kind", "low", "magnitude", "per", "qualifier", "start",
        "unit", "value",
    )  # fmt: skip

    def __init__(
        self,
        start: int,
        end: int,
        value: Decimal | None,
        low: Decimal | None,
        high: Decimal | None,
        magnitude: str,
        currency: str | None,
        unit: str | None,
        kind: AmountKind | None,
        qualifier: Qualifier,
        per: str | None,
        chinese: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.low = low
        self.high = high
        self.magnitude = magnitude
        self.currency = currency
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
        self.per = per
        self.chinese = chinese
        self.inferred = False  # kind read from context (营收1,100万), not from a written unit


def _atom_from_match(match: re.Match[str], groups: _Groups) -> _Atom | None:
    """Build an atom from a match of the atom pattern (``groups`` is ``match.groups()``)."""
    cur, mid, sign, pct, pnum, compound, num, _gap, fuzzy, magnitude, fuzzy2, bare, unit_word, sub, per = groups
    text = match.string
    match_start = match.start()
    if text.find("单位", match_start - 4 if match_start > 4 else 0, match_start) >= 0:
        return None  # （单位：十亿美元）: a column's unit, not an amount
    start = match.end("mid") if mid else match_start
    qualifier = QUALIFIERS_BEFORE.get(mid, _EXACT) if mid else _EXACT
    magnitude = magnitude or ""
    figure = num or pnum
    chinese = False
    low = high = None
    neighbour: Decimal | None = None  # the upper end of 七八亿, 五六十万
    if bare:
        value: Decimal | None = Decimal(magnitude_factor(bare))
    elif compound:
        value = compound_value(compound)
    elif figure is None:
        return None
    elif figure[0] in _ASCII_DIGITS:
        if "," in figure or "，" in figure or len(figure) > _MAX_DIGITS:
            value = arabic_value(figure)
        else:
            value = Decimal(figure)  # the pattern admits only digits and one decimal point here
    else:
        chinese = True
        pair = neighbour_numerals(figure)  # first: cn2an reads 七八 digit by digit, as 78
        if pair is None:
            value = chinese_value(figure)
        else:
            value, neighbour = chinese_value(pair[0]), chinese_value(pair[1])  # 七八亿: 七亿 to 八亿
            if neighbour is None:
                value = None  # both ends must be numerals, or there is no reading
    if value is None:
        return None
    if magnitude:
        if len(magnitude) > _MAX_MAGNITUDE_CHARS:
            return None  # 1万万万万万: no amount is written so
        factor = _MAGNITUDE_FACTORS.get(magnitude) or magnitude_factor(magnitude)
        value *= factor
        if neighbour is not None:
            neighbour *= factor
    if value.adjusted() > _MAX_EXPONENT:
        return None  # beyond any real amount (and beyond exact Decimal arithmetic)
    if sub:
        value += subunit_value(sub)
    fuzzy = fuzzy or fuzzy2
    if neighbour is not None:
        if fuzzy or sub:
            return None  # 七八十几万: no reading
        low, high, value = value, neighbour, None
        qualifier = _RANGE
    elif fuzzy:
        if fuzzy == "几":
            if figure and chinese:
                step = last_place(figure) * magnitude_factor(magnitude)
                low, high, value = value, value + step, None
                qualifier = _RANGE
        else:  # 余, 多
            qualifier = _LOWER
    elif match_start and not (cur or sign or pct or compound or sub):
        before = text[match_start - 1]
        if before in _SEVERAL and _round_scale(bare or figure or ""):
            # 数十亿元, 几百万美元: some tens (hundreds…) of the scale, from one to ten times it
            low, high, value = value, value * 10, None
            qualifier = _RANGE
            start = match_start - 1
        elif before == "上" and bare:
            qualifier = _LOWER  # 上百亿元, 上千万元: reaching the scale
    if sign and value is not None:
        if sign in ("-", "−", "负"):
            value = -value
        elif sign == "±":
            low, high, value = -value, value, None
            qualifier = _RANGE

    kind: AmountKind | None = None
    currency = CURRENCY_PREFIXES[cur] if cur else None
    unit_name: str | None = None
    if pct or unit_word == "%" or unit_word == "‰" or unit_word == "成":
        if unit_word == "成" and magnitude:
            return None  # 3万成: no reading
        kind, unit_name = _PERCENT, "%"
        scale = _PER_MILLE if unit_word == "‰" else _TENTH if unit_word == "成" else _PER_CENT
        if value is not None:
            value *= scale
        if low is not None and high is not None:
            low, high = low * scale, high * scale
    elif unit_word:
        suffix_currency = CURRENCY_SUFFIXES.get(unit_word)
        if suffix_currency is None and unit_word[0] == "元":
            suffix_currency = CURRENCY_SUFFIXES[unit_word[1:]]  # 3万元欧元: a stray 元
        if suffix_currency is not None:
            if unit_word == "人民币" and chinese and not magnitude and not _trailing_magnitude(figure or ""):
                return None  # 张三人民币: a name ending in a numeral
            kind = _MONEY
            if currency is None or suffix_currency != "CNY":
                currency = suffix_currency
        else:
            if (
                chinese
                and not magnitude
                and not _trailing_magnitude(figure or "")
                and (unit_word in WEAK_MEASURES or (value is not None and value <= 1))
            ):
                return None  # 一台, 四个, 八次: a counted word, not a figure
            kind, unit_name = _QUANTITY, unit_word
    elif currency is not None:
        kind = _MONEY
    if kind is _MONEY:
        unit_name = currency
    end = match.end()
    trailing = _trailing_magnitude(figure) if chinese and figure else ""
    if (magnitude or bare or trailing) and text.startswith("级", end):
        if qualifier is not _RANGE:
            qualifier = _APPROX  # 千亿级, 百吨级: an order of magnitude (数十亿级 stays a range)
        if kind is None:
            kind, unit_name = _QUANTITY, ""
    if bare and kind is None:
        return None  # 万亿, 十亿: a bare magnitude needs a unit
    if kind is not _MONEY and match_start and text[match_start - 1] in _ASCII_LETTERS:
        return None  # H100卡, B300: part of a model name
    return _Atom(
        start, end, value, low, high, magnitude or bare or trailing, currency, unit_name, kind, qualifier, per, chinese
    )


_SEVERAL: Final = frozenset("数几")


def _round_scale(numeral: str) -> bool:
    """Whether ``numeral`` is 十, 百 or 千 followed only by magnitudes (十亿, 百万, 千)."""
    return numeral[:1] in ("十", "百", "千") and _trailing_magnitude(numeral) == numeral[1:]


def _trailing_magnitude(numeral: str) -> str:
    """The 万/亿 run that ends a Chinese numeral (五亿 → 亿), so 三至五亿元 can share it."""
    stripped = numeral.rstrip("万萬亿億")
    return numeral[len(stripped) :]


_RANGE_START: Final = frozenset("至到-~—–－～")
# The factors of the magnitude runs written most (万, 亿, 千万, 万亿…), read without a loop.
_MAGNITUDE_FACTORS: Final = {
    run: magnitude_factor(run) for run in (*MAGNITUDES, "千万", "百万", "十万", "万亿", "千亿", "百亿", "十亿")
}
_ASCII_DIGITS: Final = frozenset("0123456789")
_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_PER_CENT: Final = Decimal("0.01")
_PER_MILLE: Final = Decimal("0.001")
_TENTH: Final = Decimal("0.1")


def _prefix_start(prefix_reversed: _MatchAt, text: str, low: int, start: int) -> int:
    """Where the prefix of the figure at ``start`` begins, looking back no further than ``low``.

    A prefix is ``(currency word, a space, 约/近/超过/超/逾)`` and a sign, each part optional
    (the middle only after a currency word), and the leftmost start wins. It is read by matching
    the reversed pattern on the reversed window, once, instead of trying every start in the window;
    greedy reading finds the longest prefix because no currency word ends in a space, a middle word
    or a sign. (A currency word cannot run into ASCII letters on its right here: only those
    characters, or the figure, follow it.)
    """
    matched = prefix_reversed(text[low:start][::-1])
    return start - (matched.end() if matched is not None else 0)


_MatchAt = Callable[[str], "re.Match[str] | None"]


def _unit_only_starts() -> dict[str, tuple[str, ...]]:
    """First characters that let a run through only because a unit word starts with them (日 of 日元),
    each with those unit words. Digits followed by one of them, with no unit word after all and no
    prefix before, make a bare figure: no magnitude, currency, sign, range or other reading can apply."""
    words = _UNIT_WORDS | {"个"}
    other_followers = set(_MAG_CHARS) | set("w余多几点级分\n/每. ") | set(_RANGE_START)
    starts = {word[0] for word in words} - other_followers
    return {char: tuple(sorted(word for word in words if word[0] == char)) for char in starts}


_UNIT_ONLY_STARTS: Final = _unit_only_starts()


# The figure-run scan compiled (mypyc) runs as a loop over code points; plain Python keeps the regex.
_NATIVE_SCAN: Final = not _figure_runs.__file__.endswith((".py", ".pyc"))


def _run_bounds(scan_text: str, fullwidth_stops: bool) -> list[int] | None:
    """Start and end of each figure run that may start an amount, flat; ``None`` when
    ``fullwidth_stops`` and the text holds a full-width character (it must be read in ASCII)."""
    if _NATIVE_SCAN:
        return figure_runs(scan_text, _patterns().classes, fullwidth_stops)
    runs, runs_or_fullwidth = _run_patterns()
    return _regex_run_bounds(scan_text, runs_or_fullwidth if fullwidth_stops else runs)


def _regex_run_bounds(scan_text: str, runs: re.Pattern[str]) -> list[int] | None:
    """:func:`_run_bounds` by one of :func:`_run_patterns` (the reference)."""
    bounds: list[int] = []
    search = runs.search  # a search per run: finditer costs ~0.5 µs more a call, most texts hold few runs
    run = search(scan_text)
    while run is not None:
        if run.lastindex is not None:
            return None  # a full-width character
        start, end = run.span()
        bounds.append(start)
        bounds.append(end)
        run = search(scan_text, end)
    return bounds


def _scan_atoms(scan_text: str, bounds: list[int]) -> list[_Atom]:
    """Atoms left to right, not overlapping, tried only at the figure runs ``bounds`` (see :func:`_run_bounds`)."""
    patterns = _patterns()
    atom_at = patterns.atom.match
    prefix_reversed = patterns.prefix_reversed.match
    length = len(scan_text)
    taken_until = 0
    atoms: list[_Atom] = []
    for index in range(0, len(bounds), 2):
        start = bounds[index]
        end = bounds[index + 1]
        if start < taken_until:
            continue
        begin = start
        if start and scan_text[start - 1] in _PREFIX_ENDINGS:
            begin = _prefix_start(prefix_reversed, scan_text, max(taken_until, start - 12), start)
        if begin == start and start and scan_text[start - 1] in _PREFIX_ENDINGS:
            # Runs after a prefix's last character come unfiltered (see _run_patterns).
            follower = scan_text[end : end + 1]
            if follower == " ":
                follower = scan_text[end + 1 : end + 2]
            if follower not in _FOLLOWERS and scan_text[end - 1] not in _MAG_CHARS:
                continue  # 2025年, 第3, a code: no magnitude, no currency, nothing that makes an amount
        if begin == start and end < length:
            unit_words = _UNIT_ONLY_STARTS.get(scan_text[end])
            if unit_words is not None and not scan_text.startswith(unit_words, end) and scan_text[start:end].isascii():
                continue  # 20日 (日 only starts 日元, 日圆): digits before a word that is no unit are a bare figure
        match = atom_at(scan_text, begin)
        if (match is None or match.end() <= start) and begin != start:
            match = atom_at(scan_text, start)
        if match is None:
            continue
        match_end = match.end()
        if match_end <= start:
            continue
        groups = match.groups()
        cur, _mid, sign, pct, _pnum, compound, num, _gap, fuzzy, mag, fuzzy2, bare, unit, _sub, _per = groups
        if not (
            unit
            or mag
            or cur
            or pct
            or fuzzy
            or fuzzy2
            or sign
            or compound
            or bare
            or (num is not None and num[-1] in "万萬亿億")  # 四千万: a Chinese numeral scaled by 万/亿
        ) and (match_end >= length or scan_text[match_end] not in _RANGE_START):
            continue  # a bare figure (year, code, list number) that starts no range
        taken_until = match_end
        atom = _atom_from_match(match, groups)
        if atom is not None:
            atoms.append(atom)
    return atoms


def _join_range(low: _Atom, high: _Atom, scan_text: str) -> _Atom | None:
    """Join ``low SEP high`` (35-40亿元, 35亿至40亿元, 10%至20%) into one range atom."""
    between = scan_text[low.end : high.start].strip(" ")  # 35 亿至 40 亿元: spaces around the sign
    high_value = high.value
    if not between and high_value is not None and high_value < 0 and scan_text[high.start] in "-~":
        between, high_value = scan_text[high.start], -high_value  # 500亿元-1000亿元
    if between not in _RANGE_SEPARATORS or high.kind is None or low.value is None or high_value is None:
        return None
    if low.kind is not None and not low.inferred and (low.kind is not high.kind or low.unit != high.unit):
        return None
    low_value = low.value
    if low.kind is None or low.inferred:
        if not low.magnitude and high.magnitude:
            low_value *= magnitude_factor(high.magnitude)  # 35-40亿元: 35 takes 亿 from 40亿元
        if high.kind is _PERCENT:
            low_value *= Decimal("0.01")
    if low_value > high_value:
        return None
    return _Atom(
        start=low.start,
        end=high.end,
        value=None,
        low=low_value,
        high=high_value,
        magnitude=high.magnitude,
        currency=high.currency,
        unit=high.unit,
        kind=high.kind,
        qualifier=_RANGE,
        per=high.per,
        chinese=high.chinese,
    )


def _merge_ranges(atoms: list[_Atom], scan_text: str) -> list[_Atom]:
    merged: list[_Atom] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        if index + 1 < len(atoms):
            following = atoms[index + 1]
            # A range sign, or nothing (500亿元-1000亿元 reads -1000亿元), stands between the two ends.
            joined = _join_range(atom, following, scan_text) if following.start - atom.end <= 3 else None
            if joined is not None:
                merged.append(joined)
                index += 2
                continue
        merged.append(atom)
        index += 1
    return merged


def _clause_before(scan_text: str, start: int, window: int) -> str:
    before = scan_text[max(0, start - window) : start]
    ends = [match.end() for match in _patterns().clause_end.finditer(before)]
    return before[ends[-1] :] if ends else before


class _Context:
    """Reads what makes a unit-less 万/亿 figure money: a cue word, or a table column header."""

    def __init__(self, scan_text: str) -> None:
        self.text = scan_text
        self._block_header: dict[int, int] = {}

    def is_money(self, start: int, end: int) -> bool:
        if _patterns().money_cue.search(_clause_before(self.text, start, _CUE_WINDOW)):
            return True
        if _patterns().money_after.match(self.text, end):
            return True
        header = self.column_header(start)
        return bool(header and _patterns().money_cue.search(header))

    def column_header(self, position: int) -> str | None:
        """The header cell above ``position`` in a tab-separated table, if it stands in one."""
        text = self.text
        line_start = text.rfind("\n", 0, position) + 1
        if text.find("\t", line_start, position) < 0 and "\t" not in text[position : text.find("\n", position)]:
            return None
        column = text.count("\t", line_start, position)
        header_start = self._header_line(line_start)
        header_end = text.find("\n", header_start)
        cells = text[header_start : header_end if header_end >= 0 else len(text)].split("\t")
        return cells[column] if column < len(cells) else None

    def _header_line(self, line_start: int) -> int:
        """The first line of the run of tab-holding lines that contains ``line_start`` (memoised)."""
        visited = []
        current = line_start
        while current not in self._block_header:
            visited.append(current)
            if current == 0:
                break
            previous = self.text.rfind("\n", 0, current - 1) + 1
            if "\t" not in self.text[previous : current - 1]:
                break
            current = previous
        header = self._block_header.get(current, current)
        for line in visited:
            self._block_header[line] = header
        return header


def _settle_kind(atom: _Atom, context: _Context) -> None:
    """Give a unit-less 万/亿 figure its kind: money by context, else a unit-less quantity."""
    if atom.kind is not None or not atom.magnitude:
        return  # a written unit; or a bare figure, which may still join a range
    if atom.chinese:
        if context.is_money(atom.start, atom.end):
            atom.kind, atom.unit, atom.currency, atom.inferred = _MONEY, "CNY", "CNY", True
        return  # 四千万收购 is money; other unit-less Chinese numerals (一万, 十分) are no amount
    if context.is_money(atom.start, atom.end):
        atom.kind, atom.unit, atom.currency = _MONEY, "CNY", "CNY"
    else:
        atom.kind, atom.unit = _QUANTITY, ""
    atom.inferred = True


def _qualify(atom: _Atom, scan_text: str) -> Qualifier:
    if atom.qualifier is not _EXACT:
        return atom.qualifier
    patterns = _patterns()
    start = atom.start
    if start:
        previous = scan_text[start - 1]
        if previous == " " and start > 1:  # 约 3.5 亿元
            start -= 1
            previous = scan_text[start - 1]
        if previous in _QUALIFIER_ENDINGS:
            before = patterns.qualifier_before.search(scan_text, max(0, start - _BEFORE_WINDOW), start)
            if before:
                return QUALIFIERS_BEFORE[before.group("word")]
    end = atom.end
    following = scan_text[end : end + 1]
    if following == " ":  # 3亿元 左右
        end += 1
        following = scan_text[end : end + 1]
    if following not in _QUALIFIER_AFTER_STARTS:
        return _EXACT
    after = patterns.qualifier_after.match(scan_text, end)
    if after:
        return QUALIFIERS_AFTER[after.group()]
    return _EXACT


def _tidy(value: Decimal | None) -> Decimal | None:
    """Drop scale noise: 350000000.0 → 350000000, 0.50 → 0.5 (never an exponent for integers)."""
    if value is None:
        return None
    if value != value.to_integral_value():
        return value.normalize()
    return _EXACT_INTEGERS.quantize(value, _ONE)  # exact: amounts stay far below 60 digits


_ONE: Final = Decimal(1)
_EXACT_INTEGERS: Final = Context(prec=60)


def find_amounts(text: str) -> list[Amount]:
    """Every money amount, percentage and quantity in ``text``, in order of position.

    >>> [a.text for a in find_amounts("拟以65.84万元的价格将富恒精密70%股权转让")]
    ['65.84万元', '70%']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_amounts expects str, got {type(text).__name__}")
    scan_text = text
    bounds = _run_bounds(text, True)
    if bounds is None:  # full-width digits, signs or letters: read the text in ASCII (１０００万元)
        scan_text = text.translate(FULLWIDTH_TO_ASCII)
        bounds = _run_bounds(scan_text, False) or []
    if not bounds:
        return []  # no figure that may start an amount (most paragraphs): no Decimal to compute
    caller = getcontext()
    if caller.prec < _AMOUNT_DIGITS or caller.Emax < _AMOUNT_EXPONENT or caller.Emin > -_AMOUNT_EXPONENT:
        with localcontext(_AMOUNT_CONTEXT):  # a caller's narrower decimal context must not round amounts
            return _amounts_at(text, scan_text, bounds)
    return _amounts_at(text, scan_text, bounds)


# The decimal context amounts are computed in when the caller's keeps fewer digits or a smaller
# exponent range (the default one): a narrower context would round them (3.1152E+8 for
# 311,520,391.21元) or raise Overflow (Emax=5 for 3亿元); a wider one changes nothing for amounts as
# written in news, which need far fewer than 28 digits.
_AMOUNT_DIGITS: Final = 28
_AMOUNT_EXPONENT: Final = 999_999
_AMOUNT_CONTEXT: Final = Context(prec=_AMOUNT_DIGITS, Emax=_AMOUNT_EXPONENT, Emin=-_AMOUNT_EXPONENT)


def _amounts_at(text: str, scan_text: str, bounds: list[int]) -> list[Amount]:
    """The amounts read at the figure runs ``bounds`` of ``scan_text`` (``text``, or ``text`` in
    ASCII), in the current decimal context."""
    atoms = _scan_atoms(scan_text, bounds)
    if not atoms:
        return []
    context = None
    for atom in atoms:
        if atom.kind is None and atom.magnitude:
            if context is None:
                context = _Context(scan_text)
            _settle_kind(atom, context)
    if len(atoms) > 1:
        atoms = _merge_ranges(atoms, scan_text)
    amounts = []
    for atom in atoms:
        kind = atom.kind
        if kind is None:
            continue  # a bare figure: a year, a code, a list number
        start = atom.start
        end = atom.end
        low = atom.low
        amounts.append(
            new_amount(
                text[start:end],
                start,
                end,
                kind,
                _tidy(atom.value),
                None if low is None else _tidy(low),
                _tidy(atom.high),
                atom.unit or "",
                _qualify(atom, scan_text) if atom.qualifier is _EXACT else atom.qualifier,
                atom.per,
            )
        )
    return amounts


def parse_amount(text: str) -> Amount | None:
    """Parse a string that is one amount (qualifier words allowed), else ``None``.

    >>> parse_amount("壹仟叁佰玖拾万陆仟零伍元").value
    Decimal('13906005')
    >>> parse_amount("2025年") is None
    True
    """
    amounts = find_amounts(text)
    if len(amounts) != 1:
        return None
    amount = amounts[0]
    rest = (text[: amount.start] + text[amount.end :]).strip()
    for word in sorted(set(QUALIFIERS_BEFORE) | set(QUALIFIERS_AFTER), key=len, reverse=True):
        rest = rest.replace(word, "")
    return amount if not rest.strip() else None
