"""The registry of listed companies: code → entry, and short name → codes.

The bundled data (A-shares from ``listed_companies.csv``, plus a small hand-checked table of Hong
Kong listings) ships gzip-compressed in ``finextract/data/`` and is read on first use, never at
import time. Users add their own companies from CSV or JSONL files, which are parsed as data
(never unpickled or evaluated).

>>> registry = default_registry()
>>> registry.lookup("*ST金刚").name
'甘肃金刚光伏股份有限公司'
>>> registry.lookup("沐曦股份").code, registry.lookup("ST金刚").code
('688802', '300093')
>>> normalise_short_name("*ST金刚"), normalise_short_name("沐曦股份-U"), normalise_short_name("万科Ａ")
('金刚', '沐曦股份', '万科A')
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .lexicon import COMMON_WORD_SHORT_NAMES, WHITE_SPACE
from .matcher import SurfaceIndex
from .model import CompanyEntry
from .triggers import Scanner

__all__ = [
    "Registry",
    "convert_csv",
    "default_registry",
    "english_core",
    "load_user_companies",
    "nfkc",
    "normalise_short_name",
    "one_char_nfkc",
    "parse_user_companies",
    "parse_well_known",
]

_ST_PREFIX = regex.compile(r"^(?:S\*ST|\*ST|SST|ST|S(?=\p{Han}))")
_STAR_SUFFIX = regex.compile(r"-(?:UWD|UW|WD|U|W)$")
_SPACES = regex.compile(r"\s+")
_DATA_FILES = ("listed_companies.tsv.gz", "hk_companies.tsv")
_WELL_KNOWN_FILE = "well_known_companies.tsv"
_FIELDS = ("code", "exchange", "short_name", "full_name", "english_name", "former_short_names")


def nfkc(text: str) -> str:
    """NFKC without spaces: the form names are compared in (（上海） == (上海), Ａ == A).

    The forms of short strings are remembered (the same names are compared again and again: a
    lookup costs a fifth of the normalisation check); the memory is emptied when it is full.

    >>> nfkc("ＳＴ金刚（上海） 科技")
    'ST金刚(上海)科技'
    """
    known = _NFKC_FORMS.get(text)
    if known is not None:
        return known
    form = text
    if not unicodedata.is_normalized("NFKC", form):
        form = unicodedata.normalize("NFKC", form)
    if " " in form or "\t" in form or "\n" in form:
        form = form.translate(_white_space_deleted())
    if len(text) <= _NFKC_REMEMBERED_LENGTH:
        if len(_NFKC_FORMS) >= _NFKC_REMEMBERED:
            _NFKC_FORMS.clear()
        _NFKC_FORMS[text] = form
    return form


_NFKC_FORMS: dict[str, str] = {}
_NFKC_REMEMBERED = 1 << 16  # strings
_NFKC_REMEMBERED_LENGTH = 64  # characters: names, not texts


@lru_cache(maxsize=1)
def _white_space_deleted() -> dict[int, None]:
    """A ``str.translate`` table that deletes :data:`WHITE_SPACE` (deleting by table costs a tenth of
    a regex substitution)."""
    return dict.fromkeys(map(ord, WHITE_SPACE))


_NAME_PUNCTUATION = "()*&-·."


@lru_cache(maxsize=1)
def one_char_nfkc() -> tuple[re.Pattern[str], dict[str, str]]:
    """The characters whose NFKC form is one other character that names can hold (Ａ, （, ＊; not
    ， or ：), as a pattern and a table (built once per process)."""
    table: dict[str, str] = {}
    for code in range(0x80, 0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        normal = unicodedata.normalize("NFKC", char)
        if len(normal) != 1 or normal == char:
            continue
        if normal.isascii() and not normal.isalnum() and normal not in _NAME_PUNCTUATION:
            continue
        table[char] = normal
    pattern = re.compile("[" + "".join(re.escape(char) for char in table) + "]")
    return pattern, table


def normalise_short_name(name: str) -> str:
    """The lookup key of a short name: NFKC, no spaces, no ST prefix, no STAR-board suffix."""
    text = nfkc(name)
    if "-" in text or "－" in text:
        text = _STAR_SUFFIX.sub("", text.replace("－", "-"))
    if text[:1] in ("S", "*"):
        text = _ST_PREFIX.sub("", text)
    return text


_ENGLISH_SUFFIX = re.compile(
    r"[\s,.]*(?:co\.?,?\s*ltd\.?|company\s+limited|corporation\s+limited|co\.?,?\s*limited|limited|ltd\.?|"
    r"corporation|corp\.?|inc\.?|incorporated|plc|llc|s\.a\.|n\.v\.|ag|se|company|co\.)\s*$"
)
_MIN_ENGLISH = 8


def english_core(name: str) -> str:
    """An English company name in lower case without its legal suffix(es).

    >>> english_core("Guosen Securities Co.,Ltd"), english_core("China Mobile Limited")
    ('guosen securities', 'china mobile')
    """
    core = " ".join(name.lower().split())
    for _ in range(3):
        stripped = _ENGLISH_SUFFIX.sub("", core).strip(" ,.")
        if stripped == core:
            break
        core = stripped
    return core


def _surface_nfkc(name: str) -> str:
    """NFKC with the spaces between words kept (Alibaba Cloud), others dropped, as texts write it."""
    text = unicodedata.normalize("NFKC", name).strip()
    surface: str = _SPACES.sub(lambda m: " " if _between_words(m.string, m.start(), m.end()) else "", text)
    return surface


def _between_words(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1].isascii() and text[end].isascii()


def _surfaces(name: str) -> set[str]:
    """The ways a text writes a short name: as listed, without -U/-W, and with each ST prefix."""
    text = _surface_nfkc(name)
    bare = _STAR_SUFFIX.sub("", text)
    forms = {text, bare}
    base = _ST_PREFIX.sub("", bare)
    if base != bare:  # *ST金刚 is also written ST金刚; the bare 金刚 is too ambiguous to match
        forms.update(prefix + base for prefix in ("ST", "*ST", "S*ST", "SST"))
    return {form for form in forms if len(form) >= 2}


def _is_ideograph(char: str) -> bool:
    """A CJK Unified Ideograph: NFKC leaves it as it is and composes it with no neighbour."""
    return "\u4e00" <= char <= "\u9fff"


def _heads(full_names: Iterable[str]) -> frozenset[str]:
    """The first two and first four characters of every full name (see :meth:`Registry.is_full_name`)."""
    return frozenset(head for name in full_names for head in (name[:2], name[:4]))


class Registry:
    """Companies by id, by normalised short name, and by full name.

    ``lookup`` resolves a short name (any ST/-U variant, current or former) to one entry: the
    company that holds it now, else the one that held it. Entries added later (user companies)
    win over the bundled ones.
    """

    def __init__(self, entries: Iterable[CompanyEntry] = ()) -> None:
        self.entries: dict[str, CompanyEntry] = {}
        self._by_alias: dict[str, list[str]] = {}
        self._by_full: dict[str, str] = {}
        self._current: dict[str, set[str]] = {}
        self._surface: dict[str, str] | None = None
        self._matcher: SurfaceIndex[str] | None = None
        self._scanner: Scanner | None = None
        self._weak: frozenset[str] | None = None
        self._english: dict[str, str] | None = None
        self._english_first: frozenset[str] | None = None
        self._full_heads: frozenset[str] | None = None
        for entry in entries:
            self.add(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def add(self, entry: CompanyEntry, *, priority: bool = False) -> None:
        """Add one company; with ``priority`` its names win over those already known."""
        self.entries[entry.id] = entry
        self._surface = self._matcher = self._scanner = self._weak = self._english = self._english_first = None
        self._full_heads = None
        current = {
            normalise_short_name(name)
            for name in (entry.short_name, *entry.aliases, *entry.weak_aliases, entry.name)
            if name
        }
        self._current[entry.id] = current
        for key in (*current, *(normalise_short_name(name) for name in entry.former_names)):
            if not key:
                continue
            ids = self._by_alias.setdefault(key, [])
            if entry.id in ids:
                continue
            if priority or (key in current and not (ids and key in self._current[ids[0]])):
                ids.insert(0, entry.id)
            else:
                ids.append(entry.id)
        full = nfkc(entry.name)
        if priority or full not in self._by_full:
            self._by_full[full] = entry.id

    def add_well_known(self, entries: Iterable[CompanyEntry]) -> None:
        """Add companies of the well-known lexicon below those already known.

        An entry whose code and exchange are already listed adds its aliases to that company; any
        other entry is added as a company of its own, without the aliases that another company
        already holds (the listed registry wins).
        """
        for entry in entries:
            listed = self.entries.get(entry.code) if entry.code else None
            if listed is not None and listed.exchange == entry.exchange:
                known = {normalise_short_name(n) for n in listed.all_short_names()}
                self.add(
                    replace(
                        listed,
                        aliases=(*listed.aliases, *self._free(entry.aliases, known, listed.id)),
                        weak_aliases=(*listed.weak_aliases, *self._free(entry.weak_aliases, known, listed.id)),
                    )
                )
                continue
            entry_id = entry.code if entry.code and entry.code not in self.entries else entry.name
            if entry_id in self.entries:
                continue
            self.add(
                replace(
                    entry,
                    id=entry_id,
                    aliases=self._free(entry.aliases, set(), entry_id),
                    weak_aliases=self._free(entry.weak_aliases, set(), entry_id),
                )
            )

    def _free(self, names: Iterable[str], known: set[str], owner: str) -> tuple[str, ...]:
        """The names that no other company holds now."""
        free = []
        for name in names:
            key = normalise_short_name(name)
            holders = self._by_alias.get(key, [])
            if key in known or any(h != owner and key in self._current.get(h, ()) for h in holders):
                continue
            free.append(name)
        return tuple(free)

    def copy(self) -> Registry:
        """A registry with the same entries, to extend without touching this one."""
        clone = Registry()
        clone.entries = dict(self.entries)
        clone._by_alias = {key: list(ids) for key, ids in self._by_alias.items()}
        clone._by_full = dict(self._by_full)
        clone._current = dict(self._current)
        return clone

    def get(self, entry_id: str) -> CompanyEntry | None:
        return self.entries.get(entry_id)

    def lookup(self, name: str) -> CompanyEntry | None:
        """The company a short name (or full name) stands for, current holder first."""
        full = self._by_full.get(nfkc(name))
        if full is not None:
            return self.entries[full]
        ids = self._by_alias.get(normalise_short_name(name))
        return self.entries[ids[0]] if ids else None

    def candidates(self, name: str) -> list[CompanyEntry]:
        """Every company that holds or held a short name, current holder first."""
        return [self.entries[i] for i in self._by_alias.get(normalise_short_name(name), [])]

    def by_full_name(self, name: str) -> CompanyEntry | None:
        # a key is its own NFKC form, so a name found as written needs no normalising
        entry_id = self._by_full.get(name) or self._by_full.get(nfkc(name))
        return None if entry_id is None else self.entries[entry_id]

    def by_code(self, code: str) -> CompanyEntry | None:
        """The company listed under ``code`` (``300093``, ``300093.SZ``, ``00700.HK``)."""
        bare = code.split(".")[0].strip()
        return self.entries.get(bare)

    def is_full_name(self, name: str) -> bool:
        """Whether ``name``, as written or in NFKC, is a full name of the registry.

        Scanning for a name's boundary asks this of a dozen strings per legal name, nearly all of
        them no name; NFKC, which the test needs when a string holds a full-width bracket, costs
        ten times the rest. A string that starts with CJK ideographs keeps them under NFKC, so
        when no full name starts with its first two (or four) the answer is no, without normalising.

        >>> registry = default_registry()
        >>> registry.is_full_name("青海盐湖工业股份有限公司"), registry.is_full_name("股东青海盐湖工业股份有限公司")
        (True, False)
        """
        by_full = self._by_full
        if name in by_full:
            return True
        if len(name) >= 2 and _is_ideograph(name[0]) and _is_ideograph(name[1]):
            heads = self._full_heads
            if heads is None:
                heads = self._full_heads = _heads(by_full)
            if name[:2] not in heads:
                return False
            if len(name) >= 4 and _is_ideograph(name[2]) and _is_ideograph(name[3]) and name[:4] not in heads:
                return False
        return nfkc(name) in by_full

    def english_index(self) -> dict[str, str]:
        """Lower-case English names without their legal suffix (guosen securities) → entry id,
        for names of two words or more that belong to one company only (built on first use).

        >>> default_registry().english_index()["guosen securities"]
        '002736'
        """
        if self._english is None:
            index: dict[str, str] = {}
            shared: set[str] = set()
            for entry in self.entries.values():
                core = english_core(entry.english_name or "")
                if len(core) < _MIN_ENGLISH or " " not in core:
                    continue
                if core in index and index[core] != entry.id:
                    shared.add(core)
                index.setdefault(core, entry.id)
            self._english = {core: entry_id for core, entry_id in index.items() if core not in shared}
        return self._english

    def english_first_words(self) -> frozenset[str]:
        """The first words of the keys of :meth:`english_index` (built on first use).

        >>> "guosen" in default_registry().english_first_words()
        True
        """
        if self._english_first is None:
            self._english_first = frozenset(core.split(" ")[0] for core in self.english_index())
        return self._english_first

    def weak_forms(self) -> frozenset[str]:
        """Surface forms that are also ordinary words (苹果): matched only in company context."""
        if self._weak is None:
            self._weak = frozenset(
                form for entry in self.entries.values() for name in entry.weak_aliases for form in _surfaces(name)
            )
        return self._weak

    def matcher(self) -> SurfaceIndex[str]:
        """:meth:`surface_index` with its prefix table, for one linear pass over a text (cached)."""
        if self._matcher is None:
            self._matcher = SurfaceIndex(self.surface_index())
        return self._matcher

    def scanner(self) -> Scanner:
        """The forms of :meth:`matcher` and the stage trigger words in one automaton (cached).

        >>> bits, names = default_registry().scanner().scan("盐湖股份公告")
        >>> names
        [(0, 4)]
        """
        if self._scanner is None:
            self._scanner = Scanner(self.matcher().forms, one_char_nfkc()[1])
        return self._scanner

    def surface_index(self) -> dict[str, str]:
        """Surface form (NFKC) → entry id, for matching short names in running text.

        Short names that are ordinary words (:data:`~.lexicon.COMMON_WORD_SHORT_NAMES`) are left out.
        """
        if self._surface is None:
            index: dict[str, str] = {}
            for key, ids in self._by_alias.items():
                del key
                for entry_id in ids:
                    entry = self.entries[entry_id]
                    for name in (*entry.all_short_names(),):
                        for form in _surfaces(name):
                            if form in COMMON_WORD_SHORT_NAMES or normalise_short_name(form) in COMMON_WORD_SHORT_NAMES:
                                continue
                            holder = self.lookup(form)
                            index.setdefault(form, holder.id if holder else entry_id)
            self._surface = index
        return self._surface


def _entries_from_rows(rows: Iterable[dict[str, str]]) -> Iterator[CompanyEntry]:
    for row in rows:
        code = row["code"].strip()
        former = tuple(name for name in (row.get("former_short_names") or "").split("|") if name)
        yield CompanyEntry(
            id=code,
            code=code,
            exchange=row.get("exchange") or None,
            name=row["full_name"].strip(),
            short_name=row.get("short_name") or None,
            english_name=row.get("english_name") or None,
            former_names=former,
        )


def _read_tsv(text: str) -> Iterator[dict[str, str]]:
    lines = text.splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        if line:
            yield dict(zip(header, line.split("\t"), strict=True))


def parse_well_known(text: str) -> list[CompanyEntry]:
    """Entries of the well-known companies lexicon (TSV: category, name, aliases, english_name,
    code, exchange; ``#`` starts a comment; an alias written ``~X`` is weak).

    >>> line = "\\t".join(["global_tech", "Apple Inc.", "苹果公司|~苹果", "Apple Inc.", "AAPL", "NASDAQ"])
    >>> [(e.name, e.aliases, e.weak_aliases, e.code) for e in parse_well_known("# header\\n" + line)]
    [('Apple Inc.', ('苹果公司',), ('苹果',), 'AAPL')]
    """
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _category, name, aliases, english, code, exchange = line.split("\t")
        names = [alias for alias in aliases.split("|") if alias]
        entries.append(
            CompanyEntry(
                id=code or name,
                code=code or None,
                exchange=exchange or None,
                name=name,
                english_name=english or None,
                aliases=tuple(alias for alias in names if not alias.startswith("~")),
                weak_aliases=tuple(alias[1:] for alias in names if alias.startswith("~")),
            )
        )
    return entries


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The bundled registry (A-shares, the hand-checked Hong Kong table, and the well-known
    companies lexicon), loaded once."""
    package = resources.files("finextract") / "data"
    entries: list[CompanyEntry] = []
    for name in _DATA_FILES:
        raw = (package / name).read_bytes()
        text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
        entries.extend(_entries_from_rows(_read_tsv(text)))
    registry = Registry(entries)
    registry.add_well_known(parse_well_known((package / _WELL_KNOWN_FILE).read_text(encoding="utf-8")))
    return registry


def convert_csv(source: str | Path, target: str | Path) -> int:
    """Write ``listed_companies.csv`` as the compact packaged file (gzip TSV); returns the rows.

    The package ships the result as ``finextract/data/listed_companies.tsv.gz``.
    """
    with open(source, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = io.StringIO()
    out.write("\t".join(_FIELDS) + "\n")
    for row in rows:
        values = [(row.get(field) or "").replace("\t", " ").replace("\n", " ") for field in _FIELDS]
        out.write("\t".join(values) + "\n")
    Path(target).write_bytes(gzip.compress(out.getvalue().encode("utf-8"), compresslevel=9, mtime=0))
    return len(rows)


def _split_aliases(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in regex.split(r"[|;；]", value) if part.strip())
    if isinstance(value, list | tuple):
        return tuple(str(part).strip() for part in value if str(part).strip())
    raise ValueError(f"aliases must be a string or a list, not {type(value).__name__}")


def _user_entry(record: dict[str, Any], line: int) -> CompanyEntry:
    name = str(record.get("name") or "").strip()
    if not name:
        raise ValueError(f"user company on line {line} has no name")
    code = str(record.get("code") or "").strip() or None
    aliases = _split_aliases(record.get("aliases"))
    return CompanyEntry(id=code or name, code=code, exchange=None, name=name, aliases=aliases)


def parse_user_companies(text: str, fmt: str) -> list[CompanyEntry]:
    """Parse user companies from CSV (header ``name,aliases,code``; aliases split on ``|``)
    or JSONL (``{"name": …, "aliases": [...], "code": …}``) text.

    >>> text = "name,aliases,code\\n深海之光（青海）科技有限公司,深海之光|深海,\\n"
    >>> [e.aliases for e in parse_user_companies(text, "csv")]
    [('深海之光', '深海')]
    """
    entries: list[CompanyEntry] = []
    if fmt == "csv":
        for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
            entries.append(_user_entry(row, number))
    elif fmt in ("jsonl", "json"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"line {number}: expected a JSON object")
            entries.append(_user_entry(record, number))
    else:
        raise ValueError(f"unknown format {fmt!r}: use 'csv' or 'jsonl'")
    return entries


def load_user_companies(path: str | Path) -> list[CompanyEntry]:
    """Read user companies from a ``.csv`` or ``.jsonl`` file."""
    path = Path(path)
    fmt = "csv" if path.suffix.lower() == ".csv" else "jsonl"
    return parse_user_companies(path.read_text(encoding="utf-8-sig"), fmt)
