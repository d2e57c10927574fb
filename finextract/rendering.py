"""One document as a self-contained HTML page: what finextract found, highlighted in the text.

Amounts and company mentions are marked in the text in the style of spaCy's displaCy (every
company tagged with its canonical name and stock code), followed by a table of the companies and
a table of the relations whose evidence links into the text. The page has no script and loads
nothing: one file that opens anywhere. In Jupyter a :class:`Page` displays itself.

>>> page = render_record("盐湖股份营收1亿元", {
...     "doc_id": "d1",
...     "companies": [{"name": "青海盐湖工业股份有限公司", "code": "000792", "aliases": ["盐湖股份"],
...                    "mentions": [{"start": 0, "end": 4, "text": "盐湖股份"}]}],
...     "amounts": [{"text": "1亿元", "start": 6, "end": 9, "kind": "money", "value": "100000000",
...                  "unit": "CNY", "qualifier": "exact"}]})
>>> '<mark class="fx-ent fx-org"' in page.html, "青海盐湖工业股份有限公司 · 000792" in page.html
(True, True)
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Page", "render", "render_record"]

Record = Mapping[str, Any]

_QUALIFIER_SIGNS = {"approx": "≈", "upper": "≤", "lower": "≥"}

_CSS = """
.fx-page { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC",
  "WenQuanYi Zen Hei", sans-serif; color: #222; max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 2.1; }
.fx-page h1 { font-size: 1.3rem; line-height: 1.4; margin: 0 0 .3rem; }
.fx-page h2 { font-size: 1.1rem; line-height: 1.4; margin: 1.6rem 0 .5rem; }
.fx-page .fx-meta { color: #666; font-size: .85rem; line-height: 1.4; margin: 0 0 1rem; }
.fx-page .fx-error { color: #a00; }
.fx-page .fx-text { white-space: pre-wrap; font-size: 1rem; }
.fx-page mark.fx-ent { padding: .2em .35em; margin: 0 .15em; border-radius: .35em; line-height: 1;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; color: inherit; }
.fx-page mark.fx-org { background: #7aecec; }
.fx-page mark.fx-money { background: #bfe1d9; }
.fx-page mark.fx-percent { background: #e4e7d2; }
.fx-page mark.fx-quantity { background: #feca74; }
.fx-page .fx-label { font-size: .62em; font-weight: bold; line-height: 1; border-radius: .35em;
  vertical-align: middle; margin-left: .4rem; text-transform: none; white-space: nowrap; }
.fx-page .fx-ev { text-decoration: underline dotted #c0392b; text-decoration-thickness: 2px;
  text-underline-offset: .3em; }
.fx-page table { border-collapse: collapse; font-size: .85rem; line-height: 1.4; width: 100%; }
.fx-page th, .fx-page td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
.fx-page th { background: #f4f4f4; }
.fx-page .fx-none { color: #666; font-size: .9rem; line-height: 1.4; }
"""


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered document: ``html`` is the whole page, ``fragment`` the part for embedding.

    In Jupyter the page displays itself (``_repr_html_``); :meth:`save` writes the file.
    """

    title: str
    fragment: str

    @property
    def html(self) -> str:
        """The complete, self-contained HTML document."""
        return (
            '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(self.title)}</title>\n</head>\n<body>\n{self.fragment}\n</body>\n</html>\n"
        )

    def _repr_html_(self) -> str:
        return self.fragment

    def __str__(self) -> str:
        return self.html

    def save(self, path: str | Path) -> Path:
        """Write the page (UTF-8) and return its path."""
        target = Path(path)
        target.write_text(self.html, encoding="utf-8")
        return target


@dataclass(frozen=True, slots=True)
class _Entity:
    start: int
    end: int
    css: str
    label: str
    title: str
    attributes: tuple[tuple[str, str], ...]


def _amount_label(amount: Record) -> str:
    unit = amount.get("unit") or ""
    if amount.get("kind") == "percent":
        unit = ""
    has_value = amount.get("value") is not None
    figure = str(amount["value"]) if has_value else f"{amount.get('low')}–{amount.get('high')}"
    sign = _QUALIFIER_SIGNS.get(str(amount.get("qualifier")), "")
    per = f"/{amount['per']}" if amount.get("per") else ""
    return " ".join(part for part in (str(amount.get("kind", "")).upper(), f"{sign}{figure}", f"{unit}{per}") if part)


def _company_label(company: Record) -> str:
    code = company.get("code")
    return f"{company['name']} · {code}" if code else str(company["name"])


def _entities(record: Record, length: int) -> list[_Entity]:
    """Company mentions and amounts as marks; overlaps resolved longest-first, like displaCy."""
    candidates: list[_Entity] = []
    for company in record.get("companies", []):
        label = _company_label(company)
        attributes = (("data-name", str(company["name"])), ("data-code", str(company.get("code") or "")))
        for mention in company.get("mentions", []):
            candidates.append(_Entity(mention["start"], mention["end"], "fx-org", f"ORG {label}", label, attributes))
    for amount in record.get("amounts", []):
        label = _amount_label(amount)
        kind = str(amount.get("kind", "money"))
        attributes = (("data-value", str(amount.get("value") or "")), ("data-unit", str(amount.get("unit") or "")))
        title = f"{label} ({amount.get('qualifier', 'exact')})"
        candidates.append(_Entity(amount["start"], amount["end"], f"fx-{kind}", label, title, attributes))
    candidates.sort(key=lambda e: (e.start, -(e.end - e.start)))
    chosen: list[_Entity] = []
    last_end = 0
    for entity in candidates:
        if 0 <= entity.start < entity.end <= length and entity.start >= last_end:
            chosen.append(entity)
            last_end = entity.end
    return chosen


def _evidence_spans(relations: Sequence[Record], length: int) -> list[tuple[int, int, int]]:
    """(start, end, relation number) of every relation whose evidence has offsets in the text."""
    spans = []
    for number, relation in enumerate(relations, start=1):
        start, end = relation.get("start"), relation.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length:
            spans.append((start, end, number))
    return spans


def _attrs(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f' {name}="{html.escape(value)}"' for name, value in pairs)


def _text_html(text: str, entities: list[_Entity], evidence: list[tuple[int, int, int]], prefix: str) -> str:
    """The text with entity marks; evidence underlined inside them, an anchor at each start."""
    bounds = {0, len(text)}
    for entity in entities:
        bounds.update((entity.start, entity.end))
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    for start, end, number in evidence:
        bounds.update((start, end))
        opens.setdefault(start, []).append(number)
        closes.setdefault(end, []).append(number)
    starts = {entity.start: entity for entity in entities}
    active: set[int] = set()
    current: _Entity | None = None
    out: list[str] = []
    points = sorted(bounds)
    for left, right in pairwise(points):
        active.difference_update(closes.get(left, ()))
        if current is not None and left >= current.end:
            out.append(f'<span class="fx-label">{html.escape(current.label)}</span></mark>')
            current = None
        if left in starts:
            current = starts[left]
            out.append(
                f'<mark class="fx-ent {current.css}" id="{prefix}-m{current.start}"'
                f' title="{html.escape(current.title)}"{_attrs(current.attributes)}>'
            )
        for number in opens.get(left, ()):
            out.append(f'<a class="fx-anchor" id="{prefix}-ev{number}"></a>')
            active.add(number)
        piece = html.escape(text[left:right])
        if active:
            numbers = " ".join(str(n) for n in sorted(active))
            out.append(f'<span class="fx-ev" data-relations="{numbers}">{piece}</span>')
        else:
            out.append(piece)
    if current is not None:
        out.append(f'<span class="fx-label">{html.escape(current.label)}</span></mark>')
    return "".join(out)


def _cell(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


def _companies_table(companies: Sequence[Record], prefix: str) -> str:
    if not companies:
        return '<p class="fx-none">No companies found.</p>'
    rows = []
    for company in companies:
        mentions = company.get("mentions", [])
        first = (
            f'<a href="#{prefix}-m{mentions[0]["start"]}">{len(mentions)}</a>' if mentions else "0"
        )
        rows.append(
            f'<tr class="fx-company"{_attrs([("data-name", str(company["name"]))])}>'
            f"<td>{_cell(company['name'])}</td><td>{_cell(company.get('code'))}</td>"
            f"<td>{_cell('、'.join(company.get('aliases', [])))}</td><td>{first}</td>"
            f"<td>{_cell(company.get('resolved_by'))}</td></tr>"
        )
    head = "<tr><th>name</th><th>code</th><th>aliases</th><th>mentions</th><th>resolved by</th></tr>"
    return f'<table class="fx-companies">{head}{"".join(rows)}</table>'


def _relation_amount(relation: Record) -> str:
    if relation.get("amount") is None:
        return ""
    sign = _QUALIFIER_SIGNS.get(str(relation.get("qualifier")), "")
    return f"{sign}{relation['amount']} {relation.get('unit') or ''}".strip()


def _relations_table(relations: Sequence[Record], text: str, prefix: str) -> str:
    if not relations:
        return '<p class="fx-none">No relations found.</p>'
    linked = {number for _, _, number in _evidence_spans(relations, len(text))}
    rows = []
    for number, relation in enumerate(relations, start=1):
        evidence = relation.get("evidence") or ""
        if number in linked:
            evidence = text[relation["start"] : relation["end"]]
            cell = f'<a href="#{prefix}-ev{number}">{html.escape(evidence)}</a>'
        else:
            cell = html.escape(str(evidence))
        attributes = [
            ("data-type", str(relation.get("type", ""))),
            ("data-subject", str(relation.get("subject") or "")),
        ]
        rows.append(
            f'<tr class="fx-relation" id="{prefix}-rel{number}"{_attrs(attributes)}>'
            f"<td>{number}</td><td>{_cell(relation.get('type'))}</td><td>{_cell(relation.get('subject'))}</td>"
            f"<td>{_cell(relation.get('object'))}</td><td>{_cell(relation.get('seller'))}</td>"
            f"<td>{_cell(relation.get('target'))}</td><td>{_cell(_relation_amount(relation))}</td>"
            f"<td>{_cell(relation.get('share'))}</td><td>{_cell(relation.get('term_months'))}</td>"
            f"<td>{cell}</td></tr>"
        )
    head = (
        "<tr><th>#</th><th>type</th><th>subject</th><th>object</th><th>seller</th><th>target</th>"
        "<th>amount</th><th>share</th><th>term (months)</th><th>evidence</th></tr>"
    )
    return f'<table class="fx-relations">{head}{"".join(rows)}</table>'


def render_record(text: str, record: Record, *, title: str | None = None) -> Page:
    """Render ``text`` with a record in the output contract's shape (see ``finextract extract``).

    Offsets in ``record`` are end-exclusive character offsets into ``text``; spans outside it are
    left unmarked. Plain Python: no spaCy needed.

    >>> page = render_record("合同金额40,908万元", {"amounts": [{"text": "40,908万元", "start": 4,
    ...     "end": 12, "kind": "money", "value": "409080000", "unit": "CNY", "qualifier": "exact"}]})
    >>> "MONEY 409080000 CNY" in page.html
    True
    """
    doc_id = str(record.get("doc_id") or "document")
    title = title or doc_id
    prefix = "fx" + hashlib.sha1(f"{doc_id}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()[:8]
    companies = list(record.get("companies", []))
    amounts = list(record.get("amounts", []))
    relations = list(record.get("relations", []))
    entities = _entities(record, len(text))
    evidence = _evidence_spans(relations, len(text))
    meta = (
        f"{len(companies)} companies, {len(amounts)} amounts, {len(relations)} relations"
        f"{' · ' + html.escape(str(record['source'])) if record.get('source') not in (None, '', '-') else ''}"
    )
    error = ""
    if record.get("status") == "error":
        error = f'<p class="fx-error">error: {html.escape(str(record.get("error", "")))}</p>'
    fragment = (
        f'<div class="fx-page" id="{prefix}">\n<style>{_CSS}</style>\n'
        f"<h1>{html.escape(title)}</h1>\n<p class=\"fx-meta\">{meta}</p>{error}\n"
        f'<div class="fx-text">{_text_html(text, entities, evidence, prefix)}</div>\n'
        f"<h2>Companies</h2>\n{_companies_table(companies, prefix)}\n"
        f"<h2>Relations</h2>\n{_relations_table(relations, text, prefix)}\n</div>"
    )
    return Page(title=title, fragment=fragment)


@lru_cache(maxsize=1)
def _default_nlp() -> Language:
    from .pipeline import load

    return load()


def render(
    doc: Doc | str,
    *,
    nlp: Language | None = None,
    doc_id: str = "document",
    source: str = "-",
    title: str | None = None,
) -> Page:
    """Render a processed ``Doc`` (or a text, run through ``nlp`` or ``finextract.load()``).

    >>> import finextract
    >>> page = finextract.render("青海盐湖工业股份有限公司(以下简称“盐湖股份”)募资3.03亿元")
    >>> "ORG 青海盐湖工业股份有限公司 · 000792" in page.html, "MONEY 303000000 CNY" in page.html
    (True, True)
    >>> page.save("page.html")  # doctest: +SKIP
    """
    from .components.text import doc_text
    from .output import document_record

    if isinstance(doc, str):
        doc = (nlp or _default_nlp())(doc)
    record = document_record(doc, doc_id=doc_id, source=source)
    return render_record(doc_text(doc), record, title=title)
