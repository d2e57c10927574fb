"""Find declarations of short names: （以下简称“X”）, (简称“X”), 以下简称X, 下称, 以下合称,
以下合并简称, quotes of any style, full- or half-width brackets; a short name in brackets right
after a full name (北京抖音信息服务有限公司(字节跳动)); a stock code next to a name (宏景科技(301396));
and the header of an exchange announcement (证券代码：300142 证券简称：沃森生物).

Plain Python, no spaCy.

>>> [(d.alias, d.name) for d in find_declarations("设立北京金刚算力科技服务有限公司(以下简称“金刚算力”)")]
[('金刚算力', '北京金刚算力科技服务有限公司')]
>>> [(d.alias, d.name) for d in find_declarations("北京抖音信息服务有限公司(字节跳动)服务器架构师")]
[('字节跳动', '北京抖音信息服务有限公司')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from .legal_names import Affixes, find_legal_names, is_company_name, is_place, scan_left
from .lexicon import PRONOUNS, ROLE_NOUNS, WHITE_SPACE
from .model import Declaration, NameMatch

__all__ = ["find_declarations", "find_issuer_header"]

_QUOTES = "“”\"「」『』‘’'＂"
_OPEN_Q = "“\"「『‘'＂"
_CLOSE_Q = "”\"」』’'＂"
_KEYWORD = r"(?:以下\s*(?:合并)?\s*(?:简称|合称|统称|称)|下称|简称|合称|统称)"
# Every match of _UNBRACKETED holds a keyword: a cheap test (stdlib ``re``) before the full pattern.
_HAS_KEYWORD = re.compile(_KEYWORD)
_BRACKET = re.compile(r"[（(](?P<inner>[^（()）]{1,60})[）)]")
_PARTS = re.compile(r"[^，,；;]+")
# What a bracket must hold to declare anything, unless it follows a legal name: a keyword (…称),
# quotes, or a code.
_MAY_DECLARE = re.compile(rf"称|[{_QUOTES}]|\d{{4}}")
_UNBRACKETED = regex.compile(
    rf"(?<!证券|股票|股份|A股|B股|债券|基金|产品)(?P<sep>[，,]\s*)?(?P<kw>{_KEYWORD})\s*(?:为|[:：])?\s*"
    rf"(?:[{_OPEN_Q}](?P<quoted>[^{_QUOTES}\n]{{1,30}})[{_CLOSE_Q}]|(?P<bare>[\p{{Han}}A-Za-z0-9\-*]{{2,12}}))"
)
_IN_BRACKET = regex.compile(rf"^\s*(?P<kw>{_KEYWORD})?\s*(?:为|[:：])?\s*(?P<rest>.*)$", regex.DOTALL)
_QUOTED = regex.compile(rf"[{_OPEN_Q}](?P<alias>[^{_QUOTES}\n]{{1,30}})[{_CLOSE_Q}]")
_CODE = regex.compile(
    r"(?:(?:证券|股票|股份)代码\s*[:：]?\s*)?(?P<code>(?<!\d)(?:\d{6}|\d{5}|\d{4})(?!\d))(?:\.(?:SZ|SH|BJ|HK))?"
)
_CODE_ONLY = regex.compile(
    r"^\s*(?:(?:证券|股票|股份)代码\s*[:：]?\s*|(?:SZ|SH|BJ|HK|sz|sh|bj|hk)?)"
    r"(?P<code>\d{6}|\d{5})(?:\.(?:SZ|SH|BJ|HK|sz|sh|bj|hk))?\s*$"
)
_BARE_ALIAS = regex.compile(r"^[\p{Han}A-Za-z0-9·&\-*]{2,12}$")
_HEADER_CODE = regex.compile(r"(?:证券|股票|股份|A股|公司)?代码\s*[:：]?\s*(?P<code>\d{6})")
_HEADER_ALIAS = regex.compile(
    r"(?:证券|股票|股份|A股|公司)?简称\s*[:：]\s*"
    r"(?P<alias>[*A-Za-zＡ-Ｚ]*\p{Han}[\p{Han}A-Za-z0-9Ａ-Ｚ]{1,7}?)(?=公告|编号|证券|股票|债券|[、，,;；\s]|$)"
)
_HEADER_WINDOW = 300
# Group numbers of the ``regex`` patterns above: a ``regex`` match looks a group name up only after
# failing to read it as a number (an exception raised and cleared, about 0.5 µs a call).
_ALIAS = _QUOTED.groupindex["alias"]
_KW = _IN_BRACKET.groupindex["kw"]
_REST = _IN_BRACKET.groupindex["rest"]
_CODE_NUMBER = _CODE.groupindex["code"]
_CODE_ONLY_NUMBER = _CODE_ONLY.groupindex["code"]
_UNBRACKETED_QUOTED = _UNBRACKETED.groupindex["quoted"]
_UNBRACKETED_BARE = _UNBRACKETED.groupindex["bare"]
_HEADER_CODE_NUMBER = _HEADER_CODE.groupindex["code"]
_HEADER_ALIAS_NUMBER = _HEADER_ALIAS.groupindex["alias"]
_ROLE_ENDINGS = Affixes(ROLE_NOUNS)


def _clean(alias: str) -> str:
    return alias.strip().strip(_QUOTES).strip()


class _LegalIndex:
    """The legal names of a text, searchable by position: by bisection when they come in text
    order without nesting (as :func:`find_legal_names` gives them), else by a plain scan."""

    def __init__(self, legal: Sequence[NameMatch]) -> None:
        self.legal = legal
        self.starts = [m.start for m in legal]
        self.ends = [m.end for m in legal]
        self.ordered = _non_decreasing(self.starts) and _non_decreasing(self.ends)

    def last_ending_by(self, position: int) -> NameMatch | None:
        """The last name (in text order) that ends at or before ``position``."""
        if self.ordered:
            index = bisect_right(self.ends, position) - 1
            return self.legal[index] if index >= 0 else None
        return next((m for m in reversed(self.legal) if m.end <= position), None)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a name overlaps ``[start, end)``."""
        if self.ordered:
            before = bisect_left(self.starts, end)  # names that start before ``end``
            return before > 0 and self.ends[before - 1] > start
        return any(m.start < end and start < m.end for m in self.legal)


def _non_decreasing(values: list[int]) -> bool:
    """Whether ``values`` never decrease.

    >>> _non_decreasing([1, 1, 3]), _non_decreasing([2, 1])
    (True, False)
    """
    return all(values[index - 1] <= values[index] for index in range(1, len(values)))


def _target(text: str, end: int, legal: _LegalIndex) -> tuple[str, int, int] | None:
    """The name a declaration at ``end`` stands for: a legal name ending there, else the name
    as written before it (scanning left as for legal names)."""
    position = end
    while position > 0 and text[position - 1] in " \u3000":
        position -= 1
    match = legal.last_ending_by(position)
    if match is not None and (match.end == position or text[match.end : position] in ("的", "之")):
        return match.text, match.start, match.end
    start = scan_left(text, position)
    if position - start < 2:
        return None
    if legal.overlaps(start, position):
        return None
    name = text[start:position]
    return name, start, position


def _aliases_in(rest: str, offset: int) -> list[tuple[str, int, int]]:
    quoted = [(m.group(_ALIAS), offset + m.start(_ALIAS), offset + m.end(_ALIAS)) for m in _QUOTED.finditer(rest)]
    if quoted:
        return quoted
    bare = rest.strip()
    if _BARE_ALIAS.match(bare):
        start = offset + rest.index(bare)
        return [(bare, start, start + len(bare))]
    return []


def find_declarations(text: str, legal: Sequence[NameMatch] | None = None) -> list[Declaration]:
    """Every declaration of a short name (or code) for a name in ``text``, in text order.

    ``legal`` is the output of :func:`find_legal_names` when already computed.

    >>> [(d.alias, d.name) for d in find_declarations("拟向多家供应商（以下合并简称“X”）采购服务器")]
    [('X', 'X')]
    >>> [(d.name, d.code) for d in find_declarations("宏景科技(301396)公告")]
    [('宏景科技', '301396')]
    """
    if legal is None:
        legal = find_legal_names(text)
    found: list[Declaration] = []
    taken: set[int] = set()
    brackets = "(" in text or "（" in text
    legal_ends = {m.end for m in legal}
    index = _LegalIndex(legal)
    for match in _BRACKET.finditer(text) if brackets else ():
        inner = match.group("inner")
        inner_start = match.start("inner")
        if match.start() not in legal_ends and _MAY_DECLARE.search(inner) is None:
            continue
        if is_place(inner.strip()) or "有限合伙" in inner or "普通合伙" in inner:
            continue
        target = _target(text, match.start(), index)
        code_match = _CODE_ONLY.match(inner)
        if code_match:
            if target is not None and is_company_name(target[0]) and target[0] not in PRONOUNS:
                name, start, end = target
                found.append(Declaration(name, start, end, name, start, end, code=code_match.group(_CODE_ONLY_NUMBER)))
            continue
        declared = False
        code = None
        for part_match in _PARTS.finditer(inner):
            part = part_match.group()
            part_offset = inner_start + part_match.start()
            code_in = _CODE.fullmatch(part.strip())
            if code_in and ("代码" in part or len(code_in.group(_CODE_NUMBER)) >= 5):
                code = code_in.group(_CODE_NUMBER)
                continue
            head = _IN_BRACKET.match(part)
            if head is None:
                continue
            keyword = head.group(_KW)
            rest = head.group(_REST)
            rest_offset = part_offset + head.start(_REST)
            aliases = _aliases_in(rest, rest_offset)
            if keyword is None:
                # without a keyword: only quotes (（“X”）), or a bare short name right after a legal name
                after_legal = target is not None and match.start() in legal_ends
                if not _QUOTED.search(rest) and (not after_legal or len(inner) > 12 or inner.strip() in PRONOUNS):
                    continue
            for alias, start, end in aliases:
                if start in taken:
                    continue
                declaration = _declaration(alias, start, end, target, code)
                if declaration is not None:
                    found.append(declaration)
                    taken.add(start)
                    declared = True
        if code and not declared and target is not None and is_company_name(target[0]):
            name, start, end = target
            found.append(Declaration(name, start, end, name, start, end, code=code))
    for unbracketed in _unbracketed_matches(text) if "称" in text else ():
        alias_group = _UNBRACKETED_QUOTED if unbracketed.group(_UNBRACKETED_QUOTED) else _UNBRACKETED_BARE
        start, end = unbracketed.span(alias_group)
        if start in taken or _inside_bracket(text, unbracketed.start()):
            continue
        target = _target(text, unbracketed.start(), index)
        declaration = _declaration(unbracketed.group(alias_group), start, end, target, None)
        if declaration is not None:
            found.append(declaration)
            taken.add(start)
    return sorted(found, key=lambda d: (d.start, d.end))


def _unbracketed_matches(text: str) -> list[regex.Match[str]]:
    """``list(_UNBRACKETED.finditer(text))``, with the pattern tried only where a match can start.

    Every match holds a keyword, and starts at it or at a comma before it (with white space
    between): each keyword the cheap pattern finds is tried from there, then from the keyword
    itself. The full pattern, tried at every position, costs about 10 µs a paragraph that holds a
    keyword (its look-behind is tested everywhere).

    >>> [m.group("bare") for m in _unbracketed_matches("盐湖股份有限公司，简称盐湖股份。另称X")]
    ['盐湖股份']
    """
    found: list[regex.Match[str]] = []
    position = 0
    while True:
        keyword = _HAS_KEYWORD.search(text, position)
        if keyword is None:
            return found
        at = keyword.start()
        start = at
        while start > position and text[start - 1] in WHITE_SPACE:
            start -= 1
        start = start - 1 if start > position and text[start - 1] in "，," else at
        match = _UNBRACKETED.match(text, start)
        if match is None and start != at:
            match = _UNBRACKETED.match(text, at)
        if match is None:
            position = at + 1
            continue
        found.append(match)
        position = match.end()


def _inside_bracket(text: str, position: int) -> bool:
    floor = max(0, position - 40)
    opening = max(text.rfind("（", floor, position), text.rfind("(", floor, position))
    closing = max(text.rfind("）", floor, position), text.rfind(")", floor, position))
    return opening > closing


def _declaration(
    alias: str, start: int, end: int, target: tuple[str, int, int] | None, code: str | None
) -> Declaration | None:
    alias = _clean(alias)
    if not alias or target is None:
        return None
    name, name_start, name_end = target
    pronoun = alias in PRONOUNS
    if not is_company_name(name):
        return None
    if not pronoun and _ROLE_ENDINGS.ends(name) and not find_legal_names(name):
        # a role, not a name (多家供应商): the company is known only by its alias
        name, name_start, name_end = alias, start, end
    return Declaration(alias, start, end, name, name_start, name_end, code=code, pronoun=pronoun)


def find_issuer_header(text: str) -> tuple[str, str, int, int] | None:
    """The (code, short name, start, end) of an announcement header
    (证券代码：300142 证券简称：沃森生物), if the text has one in its first lines.

    >>> find_issuer_header("证券代码：300142证券简称：沃森生物公告编号：2016-072")
    ('300142', '沃森生物', 16, 20)
    """
    if text.find("代码", 0, _HEADER_WINDOW) < 0:
        return None
    code = _HEADER_CODE.search(text, 0, min(len(text), _HEADER_WINDOW))
    alias = _HEADER_ALIAS.search(text, 0, min(len(text), _HEADER_WINDOW))
    if code is None or alias is None:
        return None
    number = _HEADER_ALIAS_NUMBER
    return code.group(_HEADER_CODE_NUMBER), alias.group(number), alias.start(number), alias.end(number)
