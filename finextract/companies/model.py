"""Typed, frozen records for company recognition and resolution.

>>> c = Company("青海盐湖工业股份有限公司", ("盐湖股份",), "000792", None, ResolvedBy.REGISTRY,
...             (Mention(10, 14, "盐湖股份"),))
>>> c.to_dict()["mentions"]
[{'start': 10, 'end': 14, 'text': '盐湖股份'}]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ResolvedBy(StrEnum):
    """Where a company's identity came from, in order of precedence."""

    DECLARATION = "declaration"  # the text declares the short name (以下简称“X”)
    REGISTRY = "registry"  # the bundled or a user registry
    TEXT = "text"  # the name as written, nothing else known
    MEMORY = "memory"  # a declaration seen in another document of the same batch


class NameKind(StrEnum):
    """What kind of company name a match is."""

    LEGAL = "legal"  # a full legal name with a legal suffix (…股份有限公司, …LLC)
    DECLARED = "declared"  # a name without a legal suffix, made a company by a declaration
    SHORT = "short"  # a registry or user short name found in running text
    ANONYMOUS = "anonymous"  # X公司, 客户A, 某公司
    CONTEXTUAL = "contextual"  # no legal suffix, a company by its context (收购安联通100%股份)


@dataclass(frozen=True, slots=True)
class MemoryEntry:
    """What a batch remembers about a declared short name: its full name and code."""

    name: str
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a company name: ``source[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A company name found in a text, end-exclusive offsets.

    >>> NameMatch(0, 6, "中国电信股份有限公司"[:6], NameKind.LEGAL).text
    '中国电信股份'
    """

    start: int
    end: int
    text: str
    kind: NameKind = NameKind.LEGAL


class _NameMatchFields:
    """A mutable twin of :class:`NameMatch` (the same slots, in the same order), for :func:`new_name_match`."""

    __slots__ = NameMatch.__slots__


def new_name_match(start: int, end: int, text: str, kind: NameKind) -> NameMatch:
    """Same as ``NameMatch(start, end, text, kind)``, about twice as fast (the recognisers' hot path).

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; here the
    fields go into a twin object of the same slot layout, which is then given its class (as
    :func:`finextract.amount.new_amount` does).

    >>> new_name_match(0, 4, "盐湖股份", NameKind.CONTEXTUAL) == NameMatch(0, 4, "盐湖股份", NameKind.CONTEXTUAL)
    True
    """
    match: Any = _NameMatchFields()
    match.start = start
    match.end = end
    match.text = text
    match.kind = kind
    match.__class__ = NameMatch
    result: NameMatch = match
    return result


@dataclass(frozen=True, slots=True)
class Declaration:
    """A short name declared for a fuller one: ``alias`` (as written) stands for ``name``.

    ``name_start``/``name_end`` locate the declared-for name, ``start``/``end`` the alias.
    ``code`` is a stock code stated with the name (宏景科技(301396)), else ``None``.
    ``pronoun`` is set when the alias is a pronoun (公司, 本公司): not an alias, but it marks the
    issuer of an announcement.

    >>> d = Declaration("金刚算力", 30, 34, "北京金刚算力科技服务有限公司", 10, 24)
    >>> (d.alias, d.name)
    ('金刚算力', '北京金刚算力科技服务有限公司')
    """

    alias: str
    start: int
    end: int
    name: str
    name_start: int
    name_end: int
    code: str | None = None
    pronoun: bool = False


@dataclass(frozen=True, slots=True)
class CompanyEntry:
    """One company of a registry (the bundled one, or added by a user)."""

    id: str
    code: str | None
    exchange: str | None
    name: str
    short_name: str | None = None
    english_name: str | None = None
    former_names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = field(default=())
    weak_aliases: tuple[str, ...] = ()  # ordinary words too (苹果): matched only in company context

    def all_short_names(self) -> tuple[str, ...]:
        """The current short name first, then user aliases, weak aliases, then former names."""
        names = [self.short_name] if self.short_name else []
        return (*names, *self.aliases, *self.weak_aliases, *self.former_names)


@dataclass(frozen=True, slots=True)
class Company:
    """One company of a document, every mention resolved to the same identity.

    ``name`` is the fullest name the text gives, else the registry's, else the name as written;
    ``aliases`` are the other strings the text uses for it; ``registry_name`` is the registry's
    full name when it differs from ``name`` (the text wins, both are kept).
    """

    name: str
    aliases: tuple[str, ...]
    code: str | None
    registry_name: str | None
    resolved_by: ResolvedBy
    mentions: tuple[Mention, ...]

    @property
    def kb_id(self) -> str:
        """The identity used as ``Span.kb_id_``: the stock code, else the canonical name."""
        return self.code or self.name

    def to_dict(self) -> dict[str, Any]:
        """The output contract's shape (name, aliases, code, mentions) plus extra fields."""
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "code": self.code,
            "mentions": [mention.to_dict() for mention in self.mentions],
            "registry_name": self.registry_name,
            "resolved_by": self.resolved_by.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Company:
        """Rebuild a company from :meth:`to_dict` output."""
        return cls(
            name=data["name"],
            aliases=tuple(data["aliases"]),
            code=data.get("code"),
            registry_name=data.get("registry_name"),
            resolved_by=ResolvedBy(data.get("resolved_by", "text")),
            mentions=tuple(Mention(m["start"], m["end"], m["text"]) for m in data["mentions"]),
        )
