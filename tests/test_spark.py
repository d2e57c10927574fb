"""finextract on Spark, for real, on a local master with two cores: the same records as the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from finextract.spark import SCHEMA, extract_dataframe, run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NESTED = ("companies", "amounts", "relations")


@pytest.fixture(scope="module", autouse=True)
def _python_for_workers() -> Iterator[None]:
    previous = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    yield
    if previous is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = previous


def _cli_records(tmp_path: Path, *inputs: str) -> dict[str, dict[str, Any]]:
    out = tmp_path / "cli.jsonl"
    command = [sys.executable, "-m", "finextract", "extract", *inputs, "-o", str(out), "-q"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode in (0, 1), result.stderr
    return {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def test_spark_extract_writes_parquet_with_the_cli_records(tmp_path: Path) -> None:
    output = tmp_path / "facts.parquet"
    status = run([str(SEEDS)], str(output), master="local[2]", partitions=2)
    assert status == 0
    rows = pq.read_table(output).to_pylist()
    assert {column.split()[0] for column in SCHEMA.split(", ")} == set(rows[0])
    cli = _cli_records(tmp_path, str(SEEDS))
    assert sorted(row["doc_id"] for row in rows) == sorted(cli)
    for row in rows:
        expected = cli[row["doc_id"]]
        assert (row["text_sha1"], row["status"], row["error"]) == (expected["text_sha1"], "ok", None)
        for key in NESTED:
            assert json.loads(row[key]) == expected[key], (row["doc_id"], key)


def test_extract_dataframe_reports_bad_rows_and_shares_memory_across_partitions(tmp_path: Path) -> None:
    from pyspark.sql import SparkSession

    lines = [
        {"id": "declares", "text": "北京金刚算力科技服务有限公司(以下简称“金刚算力”)成立，注册资本1,000万元。"},
        {"id": "empty", "text": "   "},
        {"id": "none", "text": None},
        {"id": "uses", "text": "金刚算力与客户签署合同，合同金额为1.5亿元。"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    spark = SparkSession.builder.master("local[2]").appName("finextract-test").getOrCreate()
    try:
        df = spark.createDataFrame(lines, schema="id string, text string").repartition(2)
        rows = {row["doc_id"]: row.asDict() for row in extract_dataframe(df.orderBy("id")).collect()}
    finally:
        spark.stop()
    assert rows["empty"]["status"] == "error" and rows["empty"]["error"] == "empty document"
    assert rows["none"]["status"] == "error" and rows["none"]["error"] == "no text"
    cli = _cli_records(tmp_path, str(source))
    for name in ("declares", "uses"):
        expected = cli[name]
        assert rows[name]["status"] == "ok"
        for key in NESTED:
            assert json.loads(rows[name][key]) == expected[key], (name, key)
    assert "北京金刚算力科技服务有限公司" in {c["name"] for c in json.loads(rows["uses"]["companies"])}
