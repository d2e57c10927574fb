"""Companies in Chinese financial text: legal names, declarations, the listed-company registry,
and resolution of every mention to one identity. Plain Python, no spaCy.

>>> from finextract.companies import extract_companies
>>> [(c.name, c.code) for c in extract_companies("盐湖股份发布公告")]
[('青海盐湖工业股份有限公司', '000792')]
"""

from __future__ import annotations

from .declarations import find_declarations, find_issuer_header
from .legal_names import find_anonymous, find_legal_names, is_company_name
from .model import Company, CompanyEntry, Declaration, Mention, NameKind, NameMatch, ResolvedBy
from .registry import (
    Registry,
    default_registry,
    load_user_companies,
    normalise_short_name,
    parse_user_companies,
)
from .resolver import MemoryEntry, collect_memory, extract_companies

__all__ = [
    "Company",
    "CompanyEntry",
    "Declaration",
    "MemoryEntry",
    "Mention",
    "NameKind",
    "NameMatch",
    "Registry",
    "ResolvedBy",
    "collect_memory",
    "default_registry",
    "extract_companies",
    "find_anonymous",
    "find_declarations",
    "find_issuer_header",
    "find_legal_names",
    "is_company_name",
    "load_user_companies",
    "normalise_short_name",
    "parse_user_companies",
]
