"""The batch CLI at scale: CSV tables, progress, n_process invariance, resume after kill -9, chunking."""

from __future__ import annotations

import csv
import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
COMMAND = [sys.executable, "-m", "finextract", "extract"]


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], input=stdin, capture_output=True, text=True, cwd=ROOT)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _paragraph_corpus(path: Path, limit: int | None = None) -> list[str]:
    """The seed paragraphs as a JSONL corpus of short documents, one per line."""
    paragraphs = [
        line.strip() for seed in sorted(SEEDS.glob("*.txt")) for line in seed.read_text(encoding="utf-8").splitlines()
    ]
    paragraphs = [p for p in paragraphs if len(p) > 20][:limit]
    path.write_text(
        "".join(json.dumps({"id": f"p{i}", "text": p}, ensure_ascii=False) + "\n" for i, p in enumerate(paragraphs)),
        encoding="utf-8",
    )
    return paragraphs


def test_csv_tables_have_one_row_per_item_with_offsets(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = _run(str(SEEDS), "-o", str(out), "--format", "csv", "--csv-dir", str(tmp_path / "tables"))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in _lines(out)]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    with (tmp_path / "tables" / "amounts.csv").open(encoding="utf-8-sig", newline="") as stream:
        amounts = list(csv.DictReader(stream))
    assert len(amounts) == sum(len(r["amounts"]) for r in records)
    for row in amounts:
        assert texts[row["doc_id"]][int(row["start"]) : int(row["end"])] == row["text"]
    with (tmp_path / "tables" / "companies.csv").open(encoding="utf-8-sig", newline="") as stream:
        companies = list(csv.DictReader(stream))
    assert len(companies) == sum(len(c["mentions"]) for r in records for c in r["companies"])
    assert {"doc_id", "start", "end", "text", "name", "code", "aliases"} <= set(companies[0])
    for row in companies:
        assert texts[row["doc_id"]][int(row["start"]) : int(row["end"])] == row["text"]
    with (tmp_path / "tables" / "relations.csv").open(encoding="utf-8-sig", newline="") as stream:
        relations = list(csv.DictReader(stream))
    assert len(relations) == sum(len(r["relations"]) for r in records)
    assert set(csv.DictReader((tmp_path / "tables" / "relations.csv").open(encoding="utf-8-sig")).fieldnames or ()) >= {
        "doc_id", "type", "subject", "object", "amount", "start", "end",
    }  # fmt: skip


def test_summary_counts_and_no_progress_bar_without_a_terminal(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = _run(str(SEEDS), "-o", str(out))
    records = [json.loads(line) for line in _lines(out)]
    amounts = sum(len(r["amounts"]) for r in records)
    companies = sum(len(r["companies"]) for r in records)
    relations = sum(len(r["relations"]) for r in records)
    expected = f"5 documents ok, 0 failed; {amounts} amounts, {companies} companies, {relations} relations"
    assert expected in result.stderr
    assert result.stderr.strip().count("\n") == 0, "only the summary line, no progress bar, off a terminal"
    assert result.stdout == ""


def _run_on_terminal(*args: str) -> str:
    """Run the CLI with stderr on a pseudo-terminal; return what it printed there."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([*COMMAND, *args], stderr=follower, stdout=subprocess.DEVNULL, cwd=ROOT)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_with_rate_and_eta_on_a_terminal_unless_quiet(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _paragraph_corpus(corpus, limit=40)
    shown = _run_on_terminal(str(corpus), "-o", str(tmp_path / "a.jsonl"), "--batch-size", "4")
    assert "doc/s" in shown and "40/40" in shown
    assert "<" in shown.split("40/40")[0], "an ETA (elapsed<remaining) is shown while running"
    assert "40 documents ok" in shown
    quiet = _run_on_terminal(str(corpus), "-o", str(tmp_path / "b.jsonl"), "--quiet")
    assert "doc/s" not in quiet and "40 documents ok" in quiet


def test_same_output_whatever_n_process(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _paragraph_corpus(corpus, limit=120)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _run(str(corpus), str(SEEDS), "-o", str(one)).returncode == 0
    assert _run(str(corpus), str(SEEDS), "-o", str(two), "--n-process", "2", "--batch-size", "5").returncode == 0
    assert one.read_bytes() == two.read_bytes()


def test_resume_after_kill_minus_nine_ends_with_every_document_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    paragraphs = _paragraph_corpus(corpus)
    reference = tmp_path / "reference.jsonl"
    assert _run(str(corpus), "-o", str(reference), "-q").returncode == 0
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([*COMMAND, str(corpus), "-o", str(out), "-q", "--batch-size", "1"], cwd=ROOT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or len(_lines(out)) < 30):
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = len(_lines(out))
    assert 30 <= written < len(paragraphs), "killed mid-run"
    with out.open("a", encoding="utf-8") as stream:
        stream.write('{"doc_id": "p999", "source": "torn')  # what a kill in the middle of a write leaves
    result = _run(str(corpus), "-o", str(out), "--resume")
    assert result.returncode == 0, result.stderr
    assert "already done" in result.stderr
    assert out.read_bytes() == reference.read_bytes()
    again = _run(str(corpus), "-o", str(out), "--resume")
    assert f"0 documents ok, 0 failed, {len(paragraphs)} already done" in again.stderr
    assert out.read_bytes() == reference.read_bytes()


def test_resume_keeps_failed_documents_and_exit_status(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("营收1亿元", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert _run(str(tmp_path / "in"), "-o", str(out)).returncode == 1
    again = _run(str(tmp_path / "in"), "-o", str(out), "--resume")
    assert again.returncode == 1, "the output still holds a failed document"
    assert [json.loads(line)["doc_id"] for line in _lines(out)] == ["a", "b"]


def test_oversized_document_is_chunked_with_offsets_into_the_whole_text(tmp_path: Path) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    source = tmp_path / "big.txt"
    source.write_text(text, encoding="utf-8")
    whole, chunked = tmp_path / "whole.jsonl", tmp_path / "chunked.jsonl"
    assert _run(str(source), "-o", str(whole)).returncode == 0
    assert _run(str(source), "-o", str(chunked), "--chunk-chars", "5000").returncode == 0
    record: dict[str, Any] = json.loads(_lines(chunked)[0])
    reference: dict[str, Any] = json.loads(_lines(whole)[0])
    assert record["status"] == "ok" and len(record["amounts"]) > 300
    for amount in record["amounts"]:
        assert text[amount["start"] : amount["end"]] == amount["text"]
    for company in record["companies"]:
        for mention in company["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    assert record["amounts"] == reference["amounts"]


def test_usage_errors_exit_two(tmp_path: Path) -> None:
    assert _run(str(SEEDS), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")).returncode == 2
    assert _run(str(SEEDS), "-o", str(tmp_path / "x.jsonl"), "--n-process", "0").returncode == 2
    assert _run(str(SEEDS), "-o", str(tmp_path / "x.jsonl"), "--format", "xml").returncode == 2
    assert _run("-o", str(tmp_path / "x.jsonl")).returncode == 2
