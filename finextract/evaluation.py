"""Score finextract's output against hand-written gold (the annotation guide's gold shape).

Works on anyone's gold: a directory or list of ``.json`` files, each one document with its text
in ``text`` or in the file named by ``source`` (resolved relative to the gold file, then the
working directory).

Matching rules:
- amounts: a gold amount is found when one of its occurrences and a predicted span contain one
  another; *strict* also needs the value (or low/high) and unit to agree;
- companies: a gold company matches a predicted one sharing any name or alias;
- alias pairs: (alias, name) pairs; a predicted pair counts when both strings occur in the text;
- relations: same type family (contract ≈ purchase), same subject (by company identity), and
  the same amount and share where both state them.

>>> prf(3, 4, 6).f1
0.6
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

Record = dict[str, Any]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from match counts."""

    matched_predicted: int
    predicted: int
    gold: int
    matched_gold: int = -1

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        hits = self.matched_predicted if self.matched_gold < 0 else self.matched_gold
        return hits / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return round(2 * p * r / (p + r), 6) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            self.matched_predicted + other.matched_predicted,
            self.predicted + other.predicted,
            self.gold + other.gold,
            self._hits() + other._hits(),
        )

    def _hits(self) -> int:
        return self.matched_predicted if self.matched_gold < 0 else self.matched_gold


def prf(matched: int, predicted: int, gold: int) -> PRF:
    return PRF(matched, predicted, gold)


@dataclass
class Scores:
    """Every figure of one evaluation, keyed by task name."""

    tasks: dict[str, PRF] = field(default_factory=dict)
    qualifier_correct: int = 0
    qualifier_total: int = 0

    def add(self, task: str, score: PRF) -> None:
        self.tasks[task] = self.tasks[task] + score if task in self.tasks else score

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifier_correct / self.qualifier_total if self.qualifier_total else 0.0


def load_gold(path: Path) -> tuple[Record, str]:
    """A gold record (numbers as Decimal) and the text it annotates."""
    gold = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal, parse_int=Decimal)
    if "text" in gold:
        return gold, gold["text"]
    for candidate in (path.parent / gold["source"], Path(gold["source"]), path.parent.parent.parent / gold["source"]):
        if candidate.is_file():
            return gold, candidate.read_text(encoding="utf-8")
    raise FileNotFoundError(f"{path}: text not found (no 'text' field; source {gold['source']!r} not found)")


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return files


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while start >= 0 and needle:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def _nested(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _same_figures(gold: Record, predicted: Record) -> bool:
    unit_gold, unit_pred = gold.get("unit") or "", predicted.get("unit") or ""
    return unit_gold == unit_pred and all(
        _dec(gold.get(key)) == _dec(predicted.get(key)) for key in ("value", "low", "high")
    )


def score_amounts(
    gold: Sequence[Record], predicted: Sequence[Record], text: str, scores: Scores, prefix: str = ""
) -> None:
    """Add span/strict scores overall and per kind (per distinct text on both sides)."""
    distinct: dict[str, Record] = {}
    occurrences: dict[str, list[tuple[int, int]]] = {}
    for amount in predicted:
        distinct.setdefault(amount["text"], amount)
        occurrences.setdefault(amount["text"], []).append((amount["start"], amount["end"]))
    for kind in (None, "money", "percent", "quantity"):
        gold_k = [g for g in gold if kind is None or g["kind"] == kind]
        pred_k = {t: p for t, p in distinct.items() if kind is None or p["kind"] == kind}
        pairs = _match_amounts(gold_k, pred_k, occurrences, text)
        strict = [(g, p) for g, p in pairs if _same_figures(g, p)]
        name = f"{prefix}amounts" + (f"_{kind}" if kind else "")
        scores.add(name, prf(len(pairs), len(pred_k), len(gold_k)))
        scores.add(name + "_strict", prf(len(strict), len(pred_k), len(gold_k)))
        if kind is None:
            scores.qualifier_total += len(pairs)
            scores.qualifier_correct += sum(
                g.get("qualifier", "exact") == p.get("qualifier", "exact") for g, p in pairs
            )


def _match_amounts(
    gold: Sequence[Record], predicted: dict[str, Record], occurrences: dict[str, list[tuple[int, int]]], text: str
) -> list[tuple[Record, Record]]:
    candidates = []
    for g_index, g in enumerate(gold):
        g_spans = _occurrences(text, g["text"])
        for p_text in predicted:
            if any(_nested(a, b) for a in g_spans for b in occurrences[p_text]):
                exact = p_text == g["text"]
                candidates.append((not exact, abs(len(p_text) - len(g["text"])), g_index, p_text))
    pairs, used_gold, used_pred = [], set(), set()
    for _, _, g_index, p_text in sorted(candidates):
        if g_index not in used_gold and p_text not in used_pred:
            used_gold.add(g_index)
            used_pred.add(p_text)
            pairs.append((gold[g_index], predicted[p_text]))
    return pairs


def _names(company: Record) -> set[str]:
    return {company["name"], *company.get("aliases", [])}


def _match_companies(gold: Sequence[Record], predicted: Sequence[Record]) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            if p_index not in used and _names(g) & _names(p):
                pairs.append((g_index, p_index))
                used.add(p_index)
                break
    return pairs


def score_companies(gold: Sequence[Record], predicted: Sequence[Record], text: str, scores: Scores) -> None:
    pairs = _match_companies(gold, predicted)
    scores.add("companies", prf(len(pairs), len(predicted), len(gold)))
    gold_pairs = {(alias, g["name"]) for g in gold for alias in g.get("aliases", []) if alias != g["name"]}
    pred_pairs = {
        (alias, p["name"])
        for p in predicted
        for alias in p.get("aliases", [])
        if alias != p["name"] and alias in text and p["name"] in text
    }
    found_gold = sum(any({a, n} <= _names(p) for p in predicted) for a, n in gold_pairs)
    right_pred = sum(any({a, n} <= _names(g) for g in gold) for a, n in pred_pairs)
    scores.add("alias_pairs", PRF(right_pred, len(pred_pairs), len(gold_pairs), found_gold))


_FAMILY = {"purchase": "contract"}
RELATION_TYPES = ("contract", "equity_stake", "equity_transfer", "investment", "purchase")


def _same_party(gold_name: Any, pred_name: Any, identity: Callable[[str], set[str]]) -> bool:
    if gold_name is None or pred_name is None:
        return gold_name is None and pred_name is None
    return bool(gold_name == pred_name or identity(gold_name) & {pred_name} or identity(pred_name) & {gold_name})


def score_relations(
    gold: Sequence[Record],
    predicted: Sequence[Record],
    gold_companies: Sequence[Record],
    predicted_companies: Sequence[Record],
    scores: Scores,
) -> None:
    """Relations per type and overall (``relations``)."""
    aliases: dict[str, set[str]] = {}
    for g_index, p_index in _match_companies(gold_companies, predicted_companies):
        names = _names(gold_companies[g_index]) | _names(predicted_companies[p_index])
        for name in names:
            aliases.setdefault(name, set()).update(names)
    for company in [*gold_companies, *predicted_companies]:
        for name in _names(company):
            aliases.setdefault(name, set()).update(_names(company))

    def identity(name: str) -> set[str]:
        return aliases.get(name, {name})

    def matches(g: Record, p: Record) -> bool:
        if _FAMILY.get(g["type"], g["type"]) != _FAMILY.get(p["type"], p["type"]):
            return False
        if not _same_party(g.get("subject"), p.get("subject"), identity):
            return False
        for key in ("amount", "share"):
            if g.get(key) is not None and p.get(key) is not None and _dec(g[key]) != _dec(p[key]):
                return False
        return True

    used: set[int] = set()
    matched: list[tuple[Record, Record]] = []
    for g in gold:
        for p_index, p in enumerate(predicted):
            if p_index not in used and matches(g, p):
                used.add(p_index)
                matched.append((g, p))
                break
    scores.add("relations", PRF(len(matched), len(predicted), len(gold)))
    for kind in RELATION_TYPES:
        scores.add(
            f"relations_{kind}",
            PRF(
                sum(p["type"] == kind for _, p in matched),
                sum(p["type"] == kind for p in predicted),
                sum(g["type"] == kind for g in gold),
                sum(g["type"] == kind for g, _ in matched),
            ),
        )


TASKS = ("amounts", "companies", "relations")
_TASK_COMPONENTS = {
    "amounts": "finextract_amounts",
    "companies": "finextract_companies",
    "relations": "finextract_relations",
}


def tasks_of(nlp: Any) -> tuple[str, ...]:
    """The tasks a pipeline can be scored on (those whose component it holds)."""
    return tuple(task for task in TASKS if _TASK_COMPONENTS[task] in nlp.pipe_names)


def evaluate_records(pairs: Iterable[tuple[Record, str, Record]], tasks: Sequence[str] = TASKS) -> Scores:
    """Score (gold, text, predicted record) triples on ``tasks``."""
    scores = Scores()
    for gold, text, predicted in pairs:
        if "amounts" in tasks:
            score_amounts(gold.get("amounts", []), predicted.get("amounts", []), text, scores)
        if "companies" in tasks:
            score_companies(gold.get("companies", []), predicted.get("companies", []), text, scores)
        if "relations" in tasks:
            score_relations(
                gold.get("relations", []),
                predicted.get("relations", []),
                gold.get("companies", []),
                predicted.get("companies", []),
                scores,
            )
    return scores


def evaluate_gold(paths: Iterable[str | Path], nlp: Any = None) -> Scores:
    """Run the pipeline (``finextract.load()`` unless given) on gold documents and score it."""
    from .output import document_record
    from .pipeline import load

    nlp = nlp or load()
    triples = []
    for path in gold_files(paths):
        gold, text = load_gold(path)
        triples.append((gold, text, document_record(nlp(text), doc_id=gold.get("doc_id", path.stem), source=str(path))))
    return evaluate_records(triples, tasks_of(nlp))


def format_table(columns: dict[str, Scores]) -> str:
    """A Markdown table: one row per task, P/R/F1 per system column."""
    tasks: list[str] = []
    for scores in columns.values():
        tasks.extend(task for task in scores.tasks if task not in tasks)
    header = "| task | " + " | ".join(f"{name} P | {name} R | {name} F1" for name in columns) + " |"
    rule = "|---|" + "---|---|---|" * len(columns)
    lines = [header, rule]
    for task in tasks:
        cells = []
        for scores in columns.values():
            score = scores.tasks.get(task)
            cells.append(
                " n/a | n/a | n/a" if score is None else f" {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f}"
            )
        gold_n = next((s.tasks[task].gold for s in columns.values() if task in s.tasks), 0)
        lines.append(f"| {task} (gold {gold_n}) |" + " |".join(cells) + " |")
    missing = [task for task in TASKS if not any(t.startswith(task) for t in tasks)]
    if missing:
        lines.append("")
        lines.append(f"Not available yet (no component): {', '.join(missing)}")
    accuracy = " | ".join(f"{name}: {scores.qualifier_accuracy:.3f}" for name, scores in columns.items())
    lines.append("")
    lines.append(f"Qualifier accuracy on matched amounts — {accuracy}")
    return "\n".join(lines)
