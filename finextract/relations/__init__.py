"""Relations between companies, amounts, shares and terms, in plain Python (no spaCy).

>>> from finextract.amount_parser import find_amounts
>>> from finextract.relations import CompanyRef, extract_relations
>>> text = "东方国信拟以1.34亿元购买参股公司中科视拓33.35%股权"
>>> r = extract_relations(text, find_amounts(text), [CompanyRef(0, 4, "东方国信"), CompanyRef(17, 21, "中科视拓")])[0]
>>> r.type.value, r.subject, r.target, str(r.amount.value), str(r.share), r.status.value
('equity_transfer', '东方国信', '中科视拓', '134000000', '0.3335', 'planned')
"""

from __future__ import annotations

from .dedupe import dedupe
from .extract import extract_relations
from .model import CompanyRef, Relation, RelationStatus, RelationType

__all__ = ["CompanyRef", "Relation", "RelationStatus", "RelationType", "dedupe", "extract_relations"]
