"""The batch CLI: output contract, input forms, bad input reported and never lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _run(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "finextract", *args], input=stdin, capture_output=True, text=True, cwd=cwd
    )


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_extract_seeds_follows_the_output_contract(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = _run("extract", str(SEEDS), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "5 documents ok, 0 failed" in result.stderr
    records = _records(out)
    assert [r["doc_id"] for r in records] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for record in records:
        text = (SEEDS / f"{record['doc_id']}.txt").read_text(encoding="utf-8")
        assert set(record) >= {"doc_id", "source", "text_sha1", "status", "companies", "amounts", "relations"}
        assert record["status"] == "ok"
        for amount in record["amounts"]:
            assert text[amount["start"] : amount["end"]] == amount["text"]
            assert amount["value"] is None or isinstance(amount["value"], str)
    contract = next(a for r in records for a in r["amounts"] if a["text"] == "40,908万元")
    assert (contract["value"], contract["unit"], contract["kind"]) == ("409080000", "CNY", "money")


def test_jsonl_and_stdin_inputs(tmp_path: Path) -> None:
    lines = [{"id": "a", "text": "营收1,100万元"}, {"text": "增长57.63%"}]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run("extract", str(source), "-o", str(out)).returncode == 0
    records = _records(out)
    assert [r["doc_id"] for r in records] == ["a", f"{source}:2"]
    assert records[1]["amounts"][0]["value"] == "0.5763"
    stdin_out = tmp_path / "stdin.jsonl"
    result = _run("extract", "-", "-o", str(stdin_out), stdin=source.read_text(encoding="utf-8"))
    assert result.returncode == 0
    assert [r["amounts"] for r in _records(stdin_out)] == [r["amounts"] for r in records]


def test_dash_output_writes_the_records_to_stdout(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "营收1,100万元"}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = _run("extract", str(source), "-o", "-", "--quiet", cwd=tmp_path)
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["amounts"][0]["value"]) for r in records] == [("a", "11000000")]
    assert "-> standard output" in result.stderr
    assert not (tmp_path / "-").exists()
    for option in ("--resume", "--format=csv"):
        refused = _run("extract", str(source), "-o", "-", option, cwd=tmp_path)
        assert refused.returncode == 2 and refused.stdout == "" and "standard output" in refused.stderr


def test_bad_input_is_reported_in_order_and_exit_status_is_one(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text("合同总金额为40,908万元", encoding="utf-8")
    (tmp_path / "b_empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c_latin1.txt").write_bytes("金额".encode("gb18030") + b"\xff\xfe")
    (tmp_path / "d_binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "e_good.txt").write_text("约3.03亿元", encoding="utf-8")
    bad_jsonl = tmp_path / "f.jsonl"
    bad_jsonl.write_text('{"text": "1亿元"}\n{broken\n{"no_text": 1}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run("extract", str(tmp_path), str(bad_jsonl), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.returncode == 1
    records = _records(out)
    assert [(r["doc_id"], r["status"]) for r in records] == [
        ("a_good", "ok"),
        ("b_empty", "error"),
        ("c_latin1", "error"),
        ("d_binary", "error"),
        ("e_good", "ok"),
        (f"{bad_jsonl}:1", "ok"),
        (f"{bad_jsonl}:2", "error"),
        (f"{bad_jsonl}:3", "error"),
        ("missing", "error"),
    ]
    errors = {r["doc_id"]: r["error"] for r in records if r["status"] == "error"}
    assert errors["b_empty"] == "empty document"
    assert "UTF-8" in errors["c_latin1"]
    assert "binary" in errors["d_binary"]
    assert "no such file" in errors["missing"]
    assert "3 documents ok, 6 failed" in result.stderr


def test_usage_error_exits_two(tmp_path: Path) -> None:
    assert _run("extract", str(SEEDS)).returncode == 2
    assert _run("no-such-command").returncode == 2
