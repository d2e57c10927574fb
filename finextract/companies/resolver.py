"""Resolve every company mention of a text to one identity.

Plain Python, no spaCy. Order of evidence: a declaration in the text wins (以下简称“X”); then the
registry (bundled, user companies); then cross-document memory; else the name as written. When the
text's full name and the registry's disagree, the text's name is kept as ``name``, the registry code
is attached and the registry's name kept in ``registry_name``.

>>> companies = extract_companies("青海盐湖工业股份有限公司(以下简称“盐湖股份”)发布公告。盐湖股份称…")
>>> [(c.name, c.aliases, c.code, len(c.mentions)) for c in companies]
[('青海盐湖工业股份有限公司', ('盐湖股份',), '000792', 3)]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import regex

from .declarations import find_declarations, find_issuer_header
from .legal_names import find_anonymous, find_legal_names
from .lexicon import INDUSTRY_WORDS, NAME_TAILS, PLACES, PRONOUNS
from .model import Company, CompanyEntry, Declaration, Mention, NameMatch, ResolvedBy
from .registry import Registry, default_registry, nfkc

__all__ = ["MemoryEntry", "collect_memory", "extract_companies"]

_MIN_SURFACE = 2
_ISSUER_AFTER = regex.compile(r"\s*(?:关于|董事会|公告|第[一二三四五六七八九十\d]+届|（以下简称|\(以下简称)")
_ASCII_WORD = regex.compile(r"[A-Za-z0-9]")
_TAILS = frozenset(NAME_TAILS)
_LEGAL_TAIL = regex.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")
_PLACE_HEAD = regex.compile(
    "^(?:" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")(?:省|市|自治区|特别行政区)?"
)
_MIN_DERIVED = 4


@dataclass(frozen=True, slots=True)
class MemoryEntry:
    """What a batch remembers about a declared short name: its full name and code."""

    name: str
    code: str | None = None


@dataclass(slots=True)
class _Group:
    name: str
    resolved_by: ResolvedBy
    code: str | None = None
    registry_name: str | None = None
    legal: bool = False
    names: list[str] = field(default_factory=list)
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)

    def add(self, start: int, end: int, text: str) -> None:
        self.mentions.setdefault((start, end), text)
        if text not in self.names:
            self.names.append(text)

    def attach(self, entry: CompanyEntry | None) -> None:
        if entry is None or self.code is not None:
            return
        self.code = entry.code
        if nfkc(entry.name) != nfkc(self.name):
            self.registry_name = entry.name


class _Doc:
    """The companies of one text while they are being resolved."""

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self.groups: list[_Group] = []
        self.by_name: dict[str, _Group] = {}
        self.covered: list[tuple[int, int]] = []

    def group(self, name: str, resolved_by: ResolvedBy) -> _Group:
        key = nfkc(name)
        group = self.by_name.get(key)
        if group is None:
            group = _Group(name, resolved_by)
            self.groups.append(group)
            self.by_name[key] = group
        return group

    def mention(self, group: _Group, start: int, end: int) -> None:
        group.add(start, end, self.text[start:end])
        self.covered.append((start, end))

    def by_code(self, code: str | None) -> _Group | None:
        if code is None:
            return None
        return next((g for g in self.groups if g.code == code), None)


def extract_companies(
    text: str,
    registry: Registry | None = None,
    *,
    memory: Mapping[str, MemoryEntry] | None = None,
) -> list[Company]:
    """Every company of ``text`` with its mentions, in order of first mention.

    ``registry`` defaults to the bundled one; ``memory`` maps a short name (NFKC) to what other
    documents of the batch declared for it (see :func:`collect_memory`).

    >>> [(c.name, c.code, c.aliases) for c in extract_companies("*ST金刚公告，X公司与客户A签约")]
    [('甘肃金刚光伏股份有限公司', '300093', ('*ST金刚',)), ('X公司', None, ()), ('客户A', None, ())]
    """
    registry = registry if registry is not None else default_registry()
    doc = _Doc(text, registry)
    legal = find_legal_names(text, known=registry.is_full_name)
    for match in legal:
        group = doc.group(match.text, ResolvedBy.TEXT)
        group.legal = True
        doc.mention(group, match.start, match.end)
        entry = registry.by_full_name(match.text)
        if entry is not None:
            group.attach(entry)
            group.resolved_by = ResolvedBy.REGISTRY
    declarations = find_declarations(text, legal)
    issuer = _apply_declarations(doc, declarations)
    _apply_header(doc, legal, issuer)
    _match_surfaces(doc, memory or {})
    _apply_anonymous(doc)
    return _finish(doc)


def _apply_declarations(doc: _Doc, declarations: Iterable[Declaration]) -> _Group | None:
    issuer: _Group | None = None
    for declaration in declarations:
        group = doc.group(declaration.name, ResolvedBy.DECLARATION)
        if declaration.pronoun:
            issuer = issuer or group
            if (declaration.name_start, declaration.name_end) not in group.mentions:
                doc.mention(group, declaration.name_start, declaration.name_end)
            continue
        if (declaration.name_start, declaration.name_end) not in group.mentions:
            doc.mention(group, declaration.name_start, declaration.name_end)
        if group.resolved_by is ResolvedBy.TEXT or declaration.alias != declaration.name:
            group.resolved_by = ResolvedBy.DECLARATION
        if declaration.alias != declaration.name:
            doc.mention(group, declaration.start, declaration.end)
        if declaration.code is not None:
            group.attach(doc.registry.by_code(declaration.code) or _code_only(declaration.code))
        elif declaration.alias != declaration.name:
            group.attach(doc.registry.lookup(declaration.alias))
    return issuer


def _code_only(code: str) -> CompanyEntry:
    return CompanyEntry(id=code, code=code, exchange=None, name="")


def _apply_header(doc: _Doc, legal: Sequence[NameMatch], issuer: _Group | None) -> None:
    header = find_issuer_header(doc.text)
    if header is None:
        return
    code, _, start, end = header
    if issuer is None:
        after = [m for m in legal if m.start > end]
        named = [m for m in after if _ISSUER_AFTER.match(doc.text, m.end)]
        chosen = (named or after)[0] if (named or after) else None
        issuer = doc.by_name.get(nfkc(chosen.text)) if chosen is not None else None
    entry = doc.registry.by_code(code)
    if issuer is None:
        if entry is None:
            return
        issuer = doc.group(entry.name, ResolvedBy.REGISTRY)
    issuer.resolved_by = ResolvedBy.DECLARATION if issuer.legal else issuer.resolved_by
    issuer.code = None if issuer.code != code else issuer.code
    issuer.attach(entry or _code_only(code))
    doc.mention(issuer, start, end)


def _match_surfaces(doc: _Doc, memory: Mapping[str, MemoryEntry]) -> None:
    """Find every later use of the names and aliases the text, the memory and the registry know."""
    text = doc.text
    local: dict[str, _Group] = {}
    for group in doc.groups:
        for name in group.names:
            form = nfkc(name)
            if len(form) >= _MIN_SURFACE and name not in PRONOUNS:
                local.setdefault(form, group)
    registry_index = doc.registry.surface_index()
    for group in doc.groups:
        if group.legal:
            for form in _abbreviations(group.name):
                listed = registry_index.get(form)
                if listed is None or doc.registry.entries[listed].code == group.code:
                    local.setdefault(form, group)
    max_len = max((len(form) for form in (*local, *memory)), default=0)
    max_len = max(max_len, 16)
    norm = _char_nfkc(text)
    covered = sorted(doc.covered)
    blocked = bytearray(len(text))
    for start, end in covered:
        blocked[start:end] = b"\x01" * (end - start)
    position = 0
    length = len(text)
    while position < length:
        if blocked[position]:
            position += 1
            continue
        hit = None
        for size in range(min(max_len, length - position), _MIN_SURFACE - 1, -1):
            if any(blocked[position : position + size]):
                continue
            form = norm[position : position + size]
            if form in local or form in memory or form in registry_index:
                if _ascii_glued(text, position, position + size):
                    continue
                hit = (size, form)
                break
        if hit is None:
            position += 1
            continue
        size, form = hit
        end = position + size
        if form in local:
            doc.mention(local[form], position, end)
        elif form in memory:
            remembered = memory[form]
            group = doc.by_code(remembered.code) or doc.group(remembered.name, ResolvedBy.MEMORY)
            if remembered.code is not None and group.code is None:
                group.code = remembered.code
            doc.mention(group, position, end)
            local[form] = group
        else:
            entry = doc.registry.entries[registry_index[form]]
            tail = _tail(text, end, blocked)
            if tail:
                written = nfkc(text[position : end + tail])
                if not nfkc(entry.name).startswith(written):
                    # 国泰君安|国际: another company, named as written
                    other = doc.group(text[position : end + tail], ResolvedBy.TEXT)
                    doc.mention(other, position, end + tail)
                    position = end + tail
                    continue
                end += tail  # 中国银河|证券: the same company, a longer form of its name
            found = doc.by_code(entry.code) or doc.by_name.get(nfkc(entry.name))
            group = found if found is not None else doc.group(entry.name, ResolvedBy.REGISTRY)
            group.attach(entry)
            doc.mention(group, position, end)
            local[form] = group
        position = end


def _abbreviations(name: str) -> set[str]:
    """Short forms a text may use for a full name it gave: without the legal suffix, trailing
    industry words and the leading place (南宁市腾云智算科技有限公司 → 南宁市腾云智算, 腾云智算)."""
    core = _LEGAL_TAIL.sub("", nfkc(name))
    if core == nfkc(name) or not regex.fullmatch(r"\p{Han}+", core):
        return set()
    cores = {core}
    for _ in range(2):
        cores |= {c[: -len(w)] for c in cores for w in INDUSTRY_WORDS if c.endswith(w)}
    cores |= {_PLACE_HEAD.sub("", c) for c in cores}
    return {c for c in cores if len(c) >= _MIN_DERIVED and c not in PLACES}


def _tail(text: str, end: int, blocked: bytearray) -> int:
    """Length of a name tail (证券, 国际…, or a branch: 宁夏公司, 上海分公司) right after ``end``."""
    for size in (4, 3, 2, 1):
        word = text[end : end + size]
        if len(word) == size and word in _TAILS and not any(blocked[end : end + size]):
            return size
    for size in (2, 3):
        place = text[end : end + size]
        if place in PLACES:
            for branch in ("分公司", "公司"):
                if text.startswith(branch, end + size):
                    return size + len(branch)
    return 0


def _ascii_glued(text: str, start: int, end: int) -> bool:
    """A match that starts or ends with a letter must not run into more letters (TCL|Xyz)."""
    if _ASCII_WORD.match(text[start]) and start > 0 and _ASCII_WORD.match(text[start - 1]):
        return True
    return bool(_ASCII_WORD.match(text[end - 1]) and end < len(text) and _ASCII_WORD.match(text[end]))


def _char_nfkc(text: str) -> str:
    """NFKC per character where it keeps the length (Ａ → A), so offsets stay valid."""
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        normal = nfkc(char)
        out.append(normal if len(normal) == 1 else char)
    return "".join(out)


def _apply_anonymous(doc: _Doc) -> None:
    taken = sorted(doc.covered)
    by_letter: dict[str, _Group] = {}
    for match in find_anonymous(doc.text):
        if any(start < match.end and match.start < end for start, end in taken):
            continue
        letter = match.text[0] if match.text[0].isascii() else match.text[-1]
        key = letter if letter.isascii() else match.text
        group = by_letter.get(key)
        if group is None:
            group = doc.group(match.text, ResolvedBy.TEXT)
            by_letter[key] = group
        elif match.text.endswith("公司") and not group.name.endswith("公司"):
            group.name = match.text
        doc.mention(group, match.start, match.end)


def _finish(doc: _Doc) -> list[Company]:
    merged: list[_Group] = []
    by_code: dict[str, _Group] = {}
    for group in doc.groups:
        if not group.mentions:
            continue
        if group.code is not None and group.code in by_code:
            primary = by_code[group.code]
            if group.legal and (not primary.legal or (primary.registry_name and not group.registry_name)):
                primary.name, primary.legal, primary.registry_name = group.name, True, group.registry_name
            for (start, end), written in group.mentions.items():
                primary.add(start, end, written)
            for name in group.names:
                if name not in primary.names:
                    primary.names.append(name)
            continue
        if group.code is not None:
            by_code[group.code] = group
        merged.append(group)
    companies = []
    for group in merged:
        mentions = tuple(Mention(s, e, t) for (s, e), t in sorted(group.mentions.items()))
        ordered = [m.text for m in mentions]
        aliases = tuple(
            dict.fromkeys(name for name in ordered if nfkc(name) != nfkc(group.name) and name not in PRONOUNS)
        )
        registry_name = (
            group.registry_name if group.registry_name and group.registry_name != group.name else None
        )
        companies.append(Company(group.name, aliases, group.code, registry_name, group.resolved_by, mentions))
    return sorted(companies, key=lambda c: c.mentions[0].start)


def collect_memory(texts: Iterable[str]) -> dict[str, MemoryEntry]:
    """First pass of a batch: the declarations of all texts, short name → full name and code.

    The first declaration of a short name wins, so the result does not depend on how the batch is
    split between processes.

    >>> memory = collect_memory(["北京金刚算力科技服务有限公司(以下简称“金刚算力”)成立"])
    >>> memory["金刚算力"].name
    '北京金刚算力科技服务有限公司'
    """
    memory: dict[str, MemoryEntry] = {}
    for text in texts:
        for declaration in find_declarations(text):
            if declaration.pronoun or declaration.alias == declaration.name:
                continue
            if len(nfkc(declaration.alias)) < _MIN_SURFACE or not find_legal_names(declaration.name):
                continue
            memory.setdefault(nfkc(declaration.alias), MemoryEntry(declaration.name, declaration.code))
    return memory
