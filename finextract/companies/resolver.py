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

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import ahocorasick_rs
import regex

from .contextual import common_words, find_contextual_names
from .declarations import find_declarations, find_issuer_header
from .legal_names import find_anonymous, find_legal_names
from .lexicon import (
    INDUSTRY_WORDS,
    NAME_TAILS,
    PLACES,
    PRODUCT_AFTER,
    PRONOUNS,
    SHORT_FORM_RIGHT_BOUNDARY,
    TAIL_NOT_BEFORE,
    WEAK_ALIAS_CONTEXT,
)
from .matcher import SurfaceIndex
from .model import Company, CompanyEntry, Declaration, MemoryEntry, Mention, NameMatch, ResolvedBy, new_name_match
from .registry import Registry, default_registry, nfkc, one_char_nfkc
from .triggers import (
    ANONYMOUS,
    DEAL,
    DECLARATION,
    FOREIGN,
    HEADER,
    LEGAL,
    LETTER,
    NORMALISE,
    ORG_WORD,
    STAKE,
    SUBSIDIARY,
    TRANSFER,
    UPPER,
)

if TYPE_CHECKING:  # native 64-bit integers when compiled; plain ints otherwise (never imported at run time)
    from mypy_extensions import i64

__all__ = ["MemoryEntry", "collect_memory", "company_records", "company_records_many", "extract_companies"]

_MIN_SURFACE = 2
_ISSUER_AFTER = regex.compile(r"\s*(?:关于|董事会|公告|第[一二三四五六七八九十\d]+届|（以下简称|\(以下简称)")
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_TAILS = frozenset(NAME_TAILS)
_LEGAL_TAIL = regex.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")
_PLACE_HEAD = regex.compile("^(?:" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")(?:省|市|自治区|特别行政区)?")
_MIN_DERIVED = 4
_TEXT = ResolvedBy.TEXT
_RESOLVED_BY = {member: member.value for member in ResolvedBy}
_REGISTRY = ResolvedBy.REGISTRY
_LEGAL_STAGE = LEGAL | FOREIGN
_CONTEXTUAL_STAGE = STAKE | SUBSIDIARY | DEAL | TRANSFER | ORG_WORD | UPPER  # contextual._ANY_FINDER


class _Group:
    """One company of a text while it is being resolved: its names as written and its mentions.

    A plain class rather than a dataclass: mypyc compiles this ``__init__``, where a dataclass's
    generated one stays interpreted Python (about half a microsecond a group).
    """

    def __init__(self, name: str, resolved_by: ResolvedBy) -> None:
        self.name = name
        self.resolved_by = resolved_by
        self.code: str | None = None
        self.registry_name: str | None = None
        self.legal = False
        self.names: list[str] = []
        self.mentions: dict[tuple[int, int], str] = {}

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
        elif entry.name:
            self.name = entry.name  # the same name: the registry's spelling (（集团） or (集团))


class _Doc:
    """The companies of one text while they are being resolved."""

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self.groups: list[_Group] = []
        self.by_name: dict[str, _Group] = {}
        self.covered: list[tuple[int, int]] = []
        self.codes: dict[str, _Group] = {}
        # What the stages of _resolve_all pass on to later stages:
        self.triggers = 0  # the trigger bits of the text (see triggers.py)
        self.names: list[tuple[int, int]] = []  # (start, length) of the registry names the automaton found
        self.norm = text  # the text NFKC-normalised character by character when that changes it
        self.place_ends: list[int] = []
        self.org_words: list[tuple[int, int]] = []
        self.legal: list[NameMatch] = []
        self.issuer: _Group | None = None

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
        """The first group that carries ``code`` (groups get a code only through :meth:`_Group.attach`
        or the memory, which both record it in ``codes``)."""
        if code is None:
            return None
        group = self.codes.get(code)
        if group is not None and group.code == code:
            return group
        group = next((g for g in self.groups if g.code == code), None)
        if group is not None:
            self.codes[code] = group
        return group


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
    return _finish(_resolve(text, registry if registry is not None else default_registry(), memory or {}))


def company_records(
    text: str,
    registry: Registry | None = None,
    *,
    memory: Mapping[str, MemoryEntry] | None = None,
) -> list[dict[str, Any]]:
    """:func:`extract_companies` as plain records (:meth:`Company.to_dict`), built directly.

    >>> [(r["name"], r["code"], r["resolved_by"]) for r in company_records("盐湖股份发布公告")]
    [('青海盐湖工业股份有限公司', '000792', 'registry')]
    """
    return _records(_resolve(text, registry if registry is not None else default_registry(), memory or {}))


def company_records_many(
    texts: Sequence[str],
    registry: Registry | None = None,
    *,
    memory: Mapping[str, MemoryEntry] | None = None,
) -> list[list[dict[str, Any]]]:
    """``[company_records(text) for text in texts]``, faster on many short texts.

    Each stage runs over every text before the next stage starts, so a stage's code and tables stay
    in the CPU caches for the whole batch (on seed paragraphs about a fifth faster than one text at
    a time). The texts are independent: each gets exactly what :func:`company_records` gives it.

    >>> [[r["name"] for r in records] for records in company_records_many(["盐湖股份公告", "无", "X公司签约"])]
    [['青海盐湖工业股份有限公司'], [], ['X公司']]
    """
    docs = _resolve_all(texts, registry if registry is not None else default_registry(), memory or {})
    return [_records(doc) for doc in docs]


def _resolve(text: str, registry: Registry, memory: Mapping[str, MemoryEntry]) -> _Doc:
    """Every stage on ``text``: the groups of mentions, before merging."""
    return _resolve_all([text], registry, memory)[0]


def _resolve_all(texts: Sequence[str], registry: Registry, memory: Mapping[str, MemoryEntry]) -> list[_Doc]:
    """Every stage on each text, one stage over all texts at a time (see :func:`company_records_many`).

    One automaton pass per text (:meth:`Registry.scanner`) finds the registry's names and tells which
    stages can fire; the others are skipped."""
    scanner = registry.scanner()
    docs = [_Doc(text, registry) for text in texts]
    for doc in docs:
        doc.triggers, doc.names = scanner.scan(doc.text, doc.place_ends, doc.org_words)
        if doc.triggers & NORMALISE:
            doc.norm = _char_nfkc(doc.text)
            doc.names = scanner.names(doc.norm)
    for doc in docs:
        if doc.triggers & _LEGAL_STAGE:
            _apply_legal(doc)
    for doc in docs:
        if doc.triggers & DECLARATION:
            doc.issuer = _apply_declarations(doc, find_declarations(doc.text, doc.legal))
    for doc in docs:
        if doc.triggers & HEADER:
            _apply_header(doc)
    for doc in docs:
        if doc.triggers & _CONTEXTUAL_STAGE:
            _apply_contextual(doc, memory)
    for doc in docs:
        if doc.triggers & LETTER:
            _match_english(doc)
    for doc in docs:
        if doc.names or doc.groups or memory:
            _match_surfaces(doc, memory)
    for doc in docs:
        if doc.triggers & ANONYMOUS:
            _apply_anonymous(doc)
    return docs


def _apply_legal(doc: _Doc) -> None:
    """Full legal names (XX股份有限公司), resolved through the registry when it has them."""
    registry = doc.registry
    doc.legal = _trim_glued(find_legal_names(doc.text, known=registry.is_full_name, triggers=doc.triggers))
    for match in doc.legal:
        group = doc.group(match.text, _TEXT)
        group.legal = True
        doc.mention(group, match.start, match.end)
        entry = registry.by_full_name(match.text)
        if entry is not None:
            group.attach(entry)
            group.resolved_by = _REGISTRY


_MAX_GLUED = 8


def _trim_glued(legal: list[NameMatch]) -> list[NameMatch]:
    """Drop words glued before a legal name that the text also gives without them
    (一、本次增持原因|南京华东电子信息科技股份有限公司 when 南京华东电子信息科技股份有限公司 stands
    elsewhere), unless they are a place (上海|某某科技有限公司 stays)."""
    if len(legal) < 2:
        return legal
    texts = {match.text for match in legal}
    trimmed = []
    for match in legal:
        for size in range(1, min(_MAX_GLUED, len(match.text) - 4) + 1):
            rest = match.text[size:]
            if rest in texts and _PLACE_HEAD.match(match.text[:size]) is None:
                match = new_name_match(match.start + size, match.end, rest, match.kind)
                break
        trimmed.append(match)
    return trimmed


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


def _apply_contextual(doc: _Doc, memory: Mapping[str, MemoryEntry]) -> None:
    """Unsuffixed names that their context makes companies (收购安联通100%股份), unless the text,
    its legal names' short forms, the batch memory or the registry already know them (those are
    matched later)."""
    matches = find_contextual_names(doc.text, doc.triggers, doc.place_ends, doc.org_words)
    if not matches:
        return
    taken = list(_merged(doc.covered))
    ends = [end for _, end in taken]
    known = {nfkc(name) for group in doc.groups for name in group.names}
    for group in doc.groups:
        if group.legal:
            known.update(_abbreviations(group.name))
    registry_forms = doc.registry.matcher().forms
    for match in matches:
        if _overlaps(taken, ends, match.start, match.end):
            continue
        form = nfkc(match.text)
        if form in known or form in memory or form in registry_forms or _known_with_tail(form, registry_forms, known):
            continue
        group = doc.group(match.text, ResolvedBy.TEXT)
        doc.mention(group, match.start, match.end)
        known.add(form)


_ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z0-9&'\-]*(?:[ .,]{1,2}[A-Za-z0-9&'\-]+)+")
_ENGLISH_WORD = re.compile(r"[A-Za-z0-9&'\-]+")
_ENGLISH_MAX_WORDS = 8


def _match_english(doc: _Doc) -> None:
    """Registry companies named by their English name, in any case (GUOSEN SECURITIES)."""
    text = doc.text
    if not _has_english_run(text):
        return
    index = doc.registry.english_index()
    first_words = doc.registry.english_first_words()
    taken: list[tuple[int, int]] | None = None
    ends: list[int] = []
    for run in _ENGLISH_RUN.finditer(text):
        words = [(m.start(), m.end()) for m in _ENGLISH_WORD.finditer(text, run.start(), run.end())]
        lowered = [text[s:e].lower() for s, e in words]
        position = 0
        while position < len(words):
            if lowered[position] not in first_words:  # no English name starts with this word
                position += 1
                continue
            for last in range(min(len(words), position + _ENGLISH_MAX_WORDS) - 1, position, -1):
                key = " ".join(lowered[position : last + 1])
                if key not in index:
                    continue
                start, end = words[position][0], words[last][1]
                if taken is None:
                    taken = list(_merged(doc.covered))
                    ends = [end for _, end in taken]
                if not _overlaps(taken, ends, start, end):
                    _registry_mention(doc, doc.registry.entries[index[key]], start, end)
                    position = last
                    break
            position += 1


_UPPER_RUN = re.compile(r"[A-Za-z]{3,}[ .,]+[A-Za-z]{3,}")  # the reference of _has_english_run


def _has_english_run(text: str) -> bool:
    """``_UPPER_RUN.search(text) is not None`` in one pass over the code points: a run of three or
    more ASCII letters, a run of spaces, dots or commas right after it, and three or more letters
    right after that. (The expression retries every start inside a long run of letters.)

    >>> _has_english_run("据Counterpoint Research数据"), _has_english_run("AI.算力 ABC,D")
    (True, False)
    """
    letters: i64 = 0  # length of the run of letters that ends at the current position
    before: i64 = 0  # length of the run of letters before the current run of separators (0: none)
    length: i64 = len(text)
    index: i64 = 0
    while index < length:
        code: i64 = ord(text[index])
        index += 1
        if (65 <= code <= 90) or (97 <= code <= 122):
            letters += 1
            if letters >= 3 and before >= 3:
                return True
        elif code == 32 or code == 46 or code == 44:  # space . ,
            if letters:
                before = letters
            letters = 0
        else:
            letters = before = 0
    return False


def _known_with_tail(form: str, registry_forms: Mapping[str, str], known: Iterable[str]) -> bool:
    """Whether ``form`` is a known name and a name tail (中国银河|证券, 国泰君安|国际)."""
    for size in range(len(form) - 1, 1, -1):
        head, tail = form[:size], form[size:]
        if tail in _TAILS and (head in registry_forms or head in known):
            return True
    return False


def _apply_header(doc: _Doc) -> None:
    """The issuer an announcement header names by its code (证券代码：300142)."""
    legal, issuer = doc.legal, doc.issuer
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
    """Find every later use of the names and aliases the text, the memory and the registry know.

    One left-to-right pass over the text outside the names already found, longest match first;
    the registry's and the memory's forms are found by their automatons (:mod:`.matcher`), built
    once, not per document. ``doc.norm`` is :func:`_char_nfkc` of the text, ``doc.names`` the
    registry's names in it (:meth:`.SurfaceIndex.occurrences`).
    """
    norm, registry_found = doc.norm, doc.names
    groups = doc.groups
    if not groups and not memory and not registry_found:
        return  # nothing to look for
    text = doc.text
    registry = doc.registry
    registry_forms = registry.matcher().forms
    local: dict[str, _Group] = {}
    for group in groups:
        for name in group.names:
            form = nfkc(name)
            if len(form) >= _MIN_SURFACE and name not in PRONOUNS:
                local.setdefault(form, group)
    for group in groups:
        if group.legal:
            for form in _abbreviations(group.name):
                listed = registry_forms.get(form)
                if listed is None or registry.entries[listed].code == group.code:
                    local.setdefault(form, group)
    found = _occurrences(norm, local, _memory_index(memory) if memory else None, registry_found)
    if not found:
        return
    weak = registry.weak_forms()
    deferred: list[tuple[int, int, CompanyEntry]] = []
    segments = _free_segments(doc.covered, len(text))
    segment_start, segment_end = next(segments, (len(text), len(text)))
    skip_to = 0
    for position in sorted(found):
        if position < skip_to:
            continue
        while position >= segment_end:
            segment_start, segment_end = next(segments, (len(text), len(text) + 1))
        if position < segment_start:
            continue
        sizes = found[position]
        size = 0
        for length in sizes:
            if length > size and position + length <= segment_end:
                size = length
        if not size:
            continue
        number = sizes[size]
        end = position + size
        if _ascii_glued(text, position, end) or _not_a_name_here(text, position, end):
            continue
        form = norm[position:end]
        if number == 0:
            doc.mention(local[form], position, end)
        elif number == 1:
            remembered = memory[form]
            group = doc.by_code(remembered.code) or doc.group(remembered.name, ResolvedBy.MEMORY)
            if remembered.code is not None and group.code is None:
                group.code = remembered.code
                doc.codes.setdefault(remembered.code, group)
            doc.mention(group, position, end)
        else:
            entry = registry.entries[registry_forms[form]]
            if form in weak:
                deferred.append((position, end, entry))
                skip_to = end
                continue
            tail = _tail(text, end, segment_end)
            if tail:
                written = nfkc(text[position : end + tail])
                if not nfkc(entry.name).startswith(written):
                    # 国泰君安|国际: another company, named as written
                    other = doc.group(text[position : end + tail], ResolvedBy.TEXT)
                    doc.mention(other, position, end + tail)
                    skip_to = end + tail
                    continue
                end += tail  # 中国银河|证券: the same company, a longer form of its name
            _registry_mention(doc, entry, position, end)
        skip_to = end
    for start, end, entry in deferred:
        if _weak_context(text, end) or doc.by_code(entry.code) or doc.by_name.get(nfkc(entry.name)):
            _registry_mention(doc, entry, start, end)


# Above this many (forms × characters), the text's own forms are found in one automaton pass
# instead of one search per form (which made long documents quadratic).
_FIND_LIMIT = 200_000


def _occurrences(
    norm: str, local: Iterable[str], memory: SurfaceIndex[Any] | None, registry: Iterable[tuple[int, int]]
) -> dict[int, dict[int, int]]:
    """Where a local (0), memory (1) or registry (2) form occurs in ``norm``: start → {length:
    number of the first index that has a form of that length there}. ``registry`` is the
    (start, length) of the registry's forms in ``norm``.

    >>> _occurrences("盐湖股份公告", ["盐湖股份"], None, [(0, 2), (0, 4)])
    {0: {4: 0, 2: 2}}
    """
    found: dict[int, dict[int, int]] = {}
    forms = list(local)
    if len(forms) * len(norm) > _FIND_LIMIT:  # a long text naming many companies: one automaton pass
        automaton = ahocorasick_rs.AhoCorasick(forms)
        for _, position, end in automaton.find_matches_as_indexes(norm, overlapping=True):
            found.setdefault(position, {}).setdefault(end - position, 0)
    else:
        for form in forms:
            size = len(form)
            position = norm.find(form)
            while position >= 0:
                found.setdefault(position, {}).setdefault(size, 0)
                position = norm.find(form, position + 1)
    if memory is not None:
        for start, size in memory.occurrences(norm):
            found.setdefault(start, {}).setdefault(size, 1)
    for start, size in registry:
        found.setdefault(start, {}).setdefault(size, 2)
    return found


def _registry_mention(doc: _Doc, entry: CompanyEntry, start: int, end: int) -> None:
    found = doc.by_code(entry.code) or doc.by_name.get(nfkc(entry.name))
    group = found if found is not None else doc.group(entry.name, ResolvedBy.REGISTRY)
    group.attach(entry)
    if group.code is not None:
        doc.codes.setdefault(group.code, group)
    doc.mention(group, start, end)


def _weak_context(text: str, end: int) -> bool:
    """Whether a weak alias (苹果) is followed by words that make it a company (苹果公司, 苹果发布)."""
    return text.startswith(WEAK_ALIAS_CONTEXT, end)


def _free_segments(covered: Sequence[tuple[int, int]], length: int) -> Iterator[tuple[int, int]]:
    """The stretches of ``[0, length)`` outside the ``covered`` spans."""
    position = 0
    for start, end in sorted(covered):
        if start > position:
            yield position, start
        position = max(position, end)
    if position < length:
        yield position, length


_EMPTY_INDEX: SurfaceIndex[Any] = SurfaceIndex({})
_memory_cache: list[tuple[Mapping[str, MemoryEntry], int, SurfaceIndex[Any]]] = []


def _memory_index(memory: Mapping[str, MemoryEntry]) -> SurfaceIndex[Any]:
    """The prefix index of a batch memory, rebuilt only when the memory changes."""
    if not memory:
        return _EMPTY_INDEX
    if _memory_cache and _memory_cache[0][0] is memory and _memory_cache[0][1] == len(memory):
        return _memory_cache[0][2]
    index: SurfaceIndex[Any] = SurfaceIndex(memory)
    _memory_cache[:] = [(memory, len(memory), index)]
    return index


@lru_cache(maxsize=4096)
def _abbreviations(name: str) -> frozenset[str]:
    """Short forms a text may use for a full name it gave: without the legal suffix, trailing
    industry words and the leading place (南宁市腾云智算科技有限公司 → 南宁市腾云智算, 腾云智算)."""
    core = _LEGAL_TAIL.sub("", nfkc(name))
    if core == nfkc(name) or not regex.fullmatch(r"\p{Han}+", core):
        return frozenset()
    cores = {core}
    for _ in range(2):
        cores |= {c[: -len(w)] for c in cores for w in INDUSTRY_WORDS if c.endswith(w)}
    cores |= {_PLACE_HEAD.sub("", c) for c in cores}
    trade = _PLACE_HEAD.sub("", core)
    if trade != core and len(trade) >= _MIN_DERIVED + 2:
        cores.add(trade[:_MIN_DERIVED])  # 新疆恒升智算通信智算科技 → 恒升智算: the trade name
    return frozenset(c for c in cores if len(c) >= _MIN_DERIVED and c not in PLACES)


def _tail(text: str, end: int, limit: int) -> int:
    """Length of a name tail (证券, 国际…, or a branch: 宁夏公司, 上海分公司) right after ``end``."""
    if end >= len(text) or text[end] not in _tail_first_chars():
        return 0
    for size in (4, 3, 2, 1):
        word = text[end : end + size]
        if len(word) == size and word in _TAILS and end + size <= limit:
            if text.startswith(TAIL_NOT_BEFORE, end + size):
                return 0
            return size
    for size in (2, 3):
        place = text[end : end + size]
        if place in PLACES:
            for branch in ("分公司", "公司"):
                if text.startswith(branch, end + size):
                    return size + len(branch)
    return 0


@lru_cache(maxsize=1)
def _tail_first_chars() -> frozenset[str]:
    """The characters a name tail or a place starts with (built once)."""
    return frozenset(word[0] for word in (*NAME_TAILS, *PLACES) if word)


def _ascii_glued(text: str, start: int, end: int) -> bool:
    """A match that starts or ends with a letter must not run into more letters (TCL|Xyz), unless
    what follows is a model number (AWS|H100)."""
    if text[start] in _ASCII_WORD and start > 0 and text[start - 1] in _ASCII_WORD:
        return True
    if not (text[end - 1] in _ASCII_WORD and end < len(text) and text[end] in _ASCII_WORD):
        return False
    return _MODEL_NUMBER.match(text, end) is None


def _not_a_name_here(text: str, start: int, end: int) -> bool:
    """A product or model (DeepSeek-V3, DeepSeek大模型), a photo credit (视觉中国图片), or a
    two-character name glued into a longer word (中投|资, 新浪|潮)."""
    if text.startswith(PRODUCT_AFTER, end):
        return True
    if end + 1 < len(text) and text[end] == "-" and text[end + 1] in _ASCII_WORD:
        return True
    if end - start == 2 and end < len(text) and _is_han(text[end]) and _is_han(text[start]):
        if text[end] in SHORT_FORM_RIGHT_BOUNDARY or text.startswith(NAME_TAILS, end):
            return False
        return text[end - 1 : end + 1] in common_words()  # 中投|资: 投资 is a word; 腾讯|长三角 is not
    return False


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


_MODEL_NUMBER = re.compile(r"[A-Z]\d{2,}(?![A-Za-z])")


def _char_nfkc(text: str) -> str:
    """NFKC per character where it keeps the length (Ａ → A, （ → (), so offsets stay valid.

    >>> _char_nfkc("ＳＴ金刚（上海）")
    'ST金刚(上海)'
    """
    if text.isascii():
        return text
    pattern, table = one_char_nfkc()
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda match: table[match.group()], text)


def _overlaps(spans: Sequence[tuple[int, int]], ends: Sequence[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, non-nested ``spans`` (``ends`` their ends)."""
    index = bisect_right(ends, start)
    return index < len(spans) and spans[index][0] < end


def _apply_anonymous(doc: _Doc) -> None:
    """Anonymised counterparties (X公司, 客户A), one group per letter."""
    matches = find_anonymous(doc.text, doc.triggers)
    if not matches:
        return
    taken = list(_merged(doc.covered))
    ends = [end for _, end in taken]
    by_letter: dict[str, _Group] = {}
    for match in matches:
        if _overlaps(taken, ends, match.start, match.end):
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


def _merged(spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Sorted spans with overlapping ones merged."""
    current: tuple[int, int] | None = None
    for start, end in sorted(spans):
        if current is not None and start < current[1]:
            current = (current[0], max(current[1], end))
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


def _merge(doc: _Doc) -> list[_Group]:
    """The groups with mentions, those that share a code merged into the first one."""
    merged: list[_Group] = []
    by_code: dict[str, _Group] = {}
    for group in doc.groups:
        if not group.mentions:
            continue
        code = group.code
        if code is not None:
            primary = by_code.get(code)
            if primary is not None:
                if group.legal and (not primary.legal or (primary.registry_name and not group.registry_name)):
                    primary.name, primary.legal, primary.registry_name = group.name, True, group.registry_name
                for (start, end), written in group.mentions.items():
                    primary.add(start, end, written)
                for name in group.names:
                    if name not in primary.names:
                        primary.names.append(name)
                continue
            by_code[code] = group
        merged.append(group)
    return merged


def _aliases(name: str, written: Iterable[str]) -> list[str]:
    """The strings a text uses for a company other than its name (nor a pronoun, nor the name in
    another width), first use first.

    >>> _aliases("盐湖股份有限公司", ["盐湖股份有限公司", "盐湖股份", "公司", "盐湖股份"])
    ['盐湖股份']
    """
    aliases: list[str] = []
    canonical = None
    for text in written:
        if text == name or text in PRONOUNS or text in aliases:
            continue
        if canonical is None:
            canonical = nfkc(name)
        if nfkc(text) != canonical:
            aliases.append(text)
    return aliases


def _finish(doc: _Doc) -> list[Company]:
    if not doc.groups:
        return []
    companies = []
    for group in _merge(doc):
        mentions = tuple(Mention(s, e, t) for (s, e), t in sorted(group.mentions.items()))
        aliases = tuple(_aliases(group.name, [m.text for m in mentions]))
        registry_name = group.registry_name if group.registry_name and group.registry_name != group.name else None
        companies.append(Company(group.name, aliases, group.code, registry_name, group.resolved_by, mentions))
    return sorted(companies, key=lambda c: c.mentions[0].start)


def _records(doc: _Doc) -> list[dict[str, Any]]:
    """:func:`_finish` as :meth:`Company.to_dict` records, without the intermediate objects."""
    if not doc.groups:
        return []
    records = []
    for group in _merge(doc):
        mentions = sorted(group.mentions.items())
        name = group.name
        registry_name = group.registry_name
        records.append(
            {
                "name": name,
                "aliases": _aliases(name, [text for _, text in mentions]),
                "code": group.code,
                "mentions": [{"start": s, "end": e, "text": t} for (s, e), t in mentions],
                "registry_name": registry_name if registry_name and registry_name != name else None,
                "resolved_by": _RESOLVED_BY[group.resolved_by],
            }
        )
    if len(records) > 1:
        records.sort(key=_first_start)
    return records


def _first_start(record: dict[str, Any]) -> int:
    start: int = record["mentions"][0]["start"]
    return start


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
