"""The evaluation harness: gold validation and scoring, on a small hand-made fixture."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from benchmarks.validate_gold import validate
from finextract.evaluation import evaluate_records, load_gold

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "gold_fixture.json"
GOLD_FILES = sorted((ROOT / "benchmarks" / "gold").glob("*.json"))


def _perfect_prediction(gold: dict[str, Any], text: str) -> dict[str, Any]:
    amounts = []
    for amount in gold["amounts"]:
        start = text.index(amount["text"])
        amounts.append({**amount, "start": start, "end": start + len(amount["text"])})
    return {"amounts": amounts, "companies": gold["companies"], "relations": gold["relations"]}


def test_seed_gold_files_exist_and_validate() -> None:
    assert len(GOLD_FILES) == 5
    for path in GOLD_FILES:
        assert validate(path) == [], path.name


def test_validator_catches_broken_gold(tmp_path: Path) -> None:
    gold = json.loads(FIXTURE.read_text(encoding="utf-8"))
    gold["amounts"][0]["text"] = "41,000万元"
    gold["relations"][0]["subject"] = "不存在公司"
    gold["relations"][1]["evidence"] = "没有这句话"
    gold["text_sha1"] = "0" * 40
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    problems = "\n".join(validate(broken))
    for expected in ("41,000万元", "不存在公司", "evidence", "text_sha1"):
        assert expected in problems


def test_perfect_system_scores_one() -> None:
    gold, text = load_gold(FIXTURE)
    scores = evaluate_records([(gold, text, _perfect_prediction(gold, text))])
    for task, score in scores.tasks.items():
        assert score.f1 == pytest.approx(1.0), task
    assert scores.qualifier_accuracy == 1.0


def test_empty_system_scores_zero() -> None:
    gold, text = load_gold(FIXTURE)
    scores = evaluate_records([(gold, text, {"amounts": [], "companies": [], "relations": []})])
    for task in ("amounts", "amounts_strict", "companies", "alias_pairs", "relations"):
        assert scores.tasks[task].f1 == 0.0, task
        assert scores.tasks[task].recall == 0.0, task


def test_partial_system_scores_in_between() -> None:
    gold, text = load_gold(FIXTURE)
    prediction = _perfect_prediction(gold, text)
    prediction["amounts"][0] = {**prediction["amounts"][0], "value": Decimal("1")}  # wrong value
    prediction["relations"] = prediction["relations"][:1]
    prediction["relations"][0] = {**prediction["relations"][0], "type": "purchase"}  # same family
    scores = evaluate_records([(gold, text, prediction)])
    assert scores.tasks["amounts"].f1 == 1.0
    assert scores.tasks["amounts_strict"].recall == pytest.approx(2 / 3)
    assert scores.tasks["relations"].precision == 1.0
    assert scores.tasks["relations"].recall == pytest.approx(0.5)


def test_boundary_tolerance_for_amount_spans() -> None:
    gold, text = load_gold(FIXTURE)
    prediction = _perfect_prediction(gold, text)
    first = prediction["amounts"][0]
    prediction["amounts"][0] = {**first, "text": "为40,908万元", "start": first["start"] - 1}
    assert evaluate_records([(gold, text, prediction)]).tasks["amounts_strict"].f1 == 1.0


def test_evaluate_command_on_users_own_gold() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "finextract", "evaluate", str(FIXTURE)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "| amounts (gold 3) | 1.000 | 1.000 | 1.000 |" in result.stdout
