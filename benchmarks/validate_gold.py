"""Check gold files against the annotation guide's gold shape.

``python -m benchmarks.validate_gold benchmarks/gold`` prints every problem and exits 1 if any.
Checks: JSON shape and field types, ``text_sha1`` against the text, every amount ``text`` and
every relation ``evidence`` is a substring of the text, every relation argument is a listed
company name (a person may be the buyer of an equity transfer).
"""

from __future__ import annotations

import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

KINDS = {"money", "percent", "quantity"}
QUALIFIERS = {"exact", "approx", "upper", "lower", "range"}
RELATION_TYPES = {"contract", "equity_stake", "equity_transfer", "investment", "purchase"}
ROOT = Path(__file__).resolve().parent.parent


def _text_for(gold: dict[str, Any], path: Path) -> str | None:
    if isinstance(gold.get("text"), str):
        return str(gold["text"])
    for candidate in (ROOT / gold.get("source", ""), path.parent / gold.get("source", "")):
        if candidate.is_file():
            return candidate.read_bytes().decode("utf-8")
    return None


def _check_amount(amount: Any, text: str, where: str) -> list[str]:
    if not isinstance(amount, dict):
        return [f"{where}: not an object"]
    problems = []
    if amount.get("kind") not in KINDS:
        problems.append(f"{where}: kind {amount.get('kind')!r} not in {sorted(KINDS)}")
    if amount.get("qualifier", "exact") not in QUALIFIERS:
        problems.append(f"{where}: qualifier {amount.get('qualifier')!r}")
    if not isinstance(amount.get("text"), str) or amount["text"] not in text:
        problems.append(f"{where}: text {amount.get('text')!r} is not in the document")
    is_range = amount.get("value") is None
    if is_range and (amount.get("low") is None or amount.get("high") is None):
        problems.append(f"{where}: no value and no low/high")
    for key in ("value", "low", "high"):
        if amount.get(key) is not None and not isinstance(amount[key], Decimal):
            problems.append(f"{where}: {key} must be a number")
    return problems


def _check_relation(relation: Any, text: str, names: set[str], where: str) -> list[str]:
    if not isinstance(relation, dict):
        return [f"{where}: not an object"]
    problems = []
    kind = relation.get("type")
    if kind not in RELATION_TYPES:
        problems.append(f"{where}: type {kind!r} not in {sorted(RELATION_TYPES)}")
    evidence = relation.get("evidence")
    if not isinstance(evidence, str) or not evidence or evidence not in text:
        problems.append(f"{where}: evidence is not a substring of the document")
    for role in ("subject", "object", "seller", "target"):
        value = relation.get(role)
        if value is None or value in names:
            continue
        if role == "subject" and kind == "equity_transfer" and isinstance(value, str) and value in text:
            continue  # a person may buy equity
        problems.append(f"{where}: {role} {value!r} is not a listed company name")
    share = relation.get("share")
    if share is not None and not (isinstance(share, Decimal) and 0 <= share <= 1):
        problems.append(f"{where}: share must be a fraction between 0 and 1")
    term = relation.get("term_months")
    if term is not None and not (isinstance(term, Decimal) and term == int(term) and term > 0):
        problems.append(f"{where}: term_months must be a positive whole number")
    return problems


def validate(path: Path) -> list[str]:
    """Every problem found in one gold file (empty when it is valid)."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal, parse_int=Decimal)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"{path}: cannot read: {error}"]
    if not isinstance(gold, dict):
        return [f"{path}: not a JSON object"]
    problems = [f"{path}: missing {key!r}" for key in ("doc_id", "text_sha1", "source") if key not in gold]
    text = _text_for(gold, path)
    if text is None:
        return [*problems, f"{path}: the text (field 'text' or file 'source') was not found"]
    if hashlib.sha1(text.encode("utf-8")).hexdigest() != gold.get("text_sha1"):
        problems.append(f"{path}: text_sha1 does not match the text")
    names: set[str] = set()
    for index, company in enumerate(gold.get("companies", [])):
        if not isinstance(company, dict) or not isinstance(company.get("name"), str):
            problems.append(f"{path}: companies[{index}] needs a string name")
            continue
        names.add(company["name"])
        for name in [company["name"], *company.get("aliases", [])]:
            if name not in text and name.replace("\\", "") not in text:
                problems.append(f"{path}: companies[{index}] name {name!r} is not in the text")
    for index, amount in enumerate(gold.get("amounts", [])):
        problems += _check_amount(amount, text, f"{path}: amounts[{index}]")
    seen = [a.get("text") for a in gold.get("amounts", []) if isinstance(a, dict)]
    problems += [f"{path}: amount text {t!r} listed twice" for t in {t for t in seen if seen.count(t) > 1}]
    for index, relation in enumerate(gold.get("relations", [])):
        problems += _check_relation(relation, text, names, f"{path}: relations[{index}]")
    return problems


def main(argv: list[str] | None = None) -> int:
    paths = [Path(arg) for arg in (argv if argv is not None else sys.argv[1:]) or ["benchmarks/gold"]]
    files = [f for p in paths for f in (sorted(p.glob("*.json")) if p.is_dir() else [p])]
    problems = [problem for file in files for problem in validate(file)]
    for problem in problems:
        print(problem)
    print(f"{len(files)} gold files, {len(problems)} problems")
    return 1 if problems or not files else 0


if __name__ == "__main__":
    sys.exit(main())
