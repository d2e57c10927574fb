"""Reliability of the whole pipeline: arbitrary input never raises, offsets always slice to the
reported text, pathological inputs take linear time, and input is data, never code."""

from __future__ import annotations

import json
import pickle
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from offsets import assert_offsets

from benchmarks.timing import best_seconds
from finextract.batch import extract_records
from finextract.cli import main
from finextract.output import document_record
from finextract.reader import InputDocument, iter_documents

FINANCE = "0123456789.,%万亿千百元股份有限公司人民币约至-（）()“”《》\n\t 　一二三四五六七八九十零亿兆以下简称甲乙"
CONTROL = "".join(chr(c) for c in (*range(0x01, 0x20), 0x7F, 0x85, 0x200B, 0x200E, 0x2028, 0xFEFF))
# Derandomized: the same examples on every run, so CI is reproducible.
PROPERTY = settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=FINANCE + CONTROL, max_size=300),
    st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z", "Cc", "Cf"]), max_size=200),
    st.lists(st.sampled_from(["营收", "1,100万元", "青海盐湖工业股份有限公司", "(以下简称“盐湖股份”)", "约", "57.63%",
                              "与", "签署", "合同", "\x00", "\u200b", "𠀀", "Ａ股", "ＵＳＤ", "\r\n"]),
             max_size=40).map("".join),
)  # fmt: skip


@PROPERTY
@given(texts)
def test_the_full_pipeline_never_raises_and_offsets_slice_to_the_text(nlp: Any, text: str) -> None:
    record = document_record(nlp(text), doc_id="d", source="-")
    json.dumps(record)
    assert_offsets(text, record)


@PROPERTY
@given(texts, st.integers(min_value=1, max_value=80))
def test_chunked_batch_records_keep_offsets_into_the_whole_text(nlp: Any, text: str, chunk: int) -> None:
    (record,) = extract_records(nlp, [InputDocument("d", "-", text)], chunk_chars=chunk)
    assert record["status"] == "ok", record.get("error")
    assert_offsets(text, record)


PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "digit run": lambda n: "1234567890" * (n // 10) + "亿元",
    "万万万": lambda n: "万" * n,
    "一亿亿亿": lambda n: "一" + "亿" * n,
    "nested brackets": lambda n: "（(【[《“‘「" * (n // 16) + "」’”》]】)）" * (n // 16),
    "declaration openers": lambda n: "公司(以下简称“" * (n // 8),
    "one long line": lambda n: ("公司拟以65.84万元的价格将富恒精密70%股权转让给青海盐湖工业股份有限公司，" * n)[:n],
}


def _best_seconds(run: Callable[[], object]) -> float:
    return best_seconds(run, repeats=2)


def _seconds(nlp: Any, text: str) -> float:
    """Time of the batch path (which chunks); the document must come out ok."""

    def run() -> None:
        (record,) = extract_records(nlp, [InputDocument("d", "-", text)])
        assert record["status"] == "ok", record.get("error")

    return _best_seconds(run)


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_take_linear_time(nlp: Any, name: str) -> None:
    """Four times the input may take at most ten times as long (quadratic would be sixteen)."""
    make = PATHOLOGICAL[name]
    small, large = _seconds(nlp, make(25_000)), _seconds(nlp, make(100_000))
    assert large < 10 * max(small, 0.02), f"{name}: {small:.3f}s for 25k chars, {large:.3f}s for 100k"


def test_input_is_parsed_never_executed_and_nothing_reaches_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "executed"
    payload = f"__import__('pathlib').Path({str(marker)!r}).write_text('x')"
    pickled = pickle.dumps(eval)  # bytes that would run code if anything unpickled them
    (tmp_path / "a.txt").write_text(payload + "，营收1亿元", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(pickled)
    lines = [{"id": "c", "text": payload, "__reduce__": payload}, {"text": {"eval": payload}}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("finextract tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    out = tmp_path / "out.jsonl"
    status = main(["extract", str(tmp_path), str(tmp_path / "c.jsonl"), "-o", str(out), "--glob", "*.txt", "-q"])
    assert status == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["status"]) for r in records] == [("a", "ok"), ("b", "error"), ("c", "ok"), (
        f"{tmp_path / 'c.jsonl'}:2", "error")]  # fmt: skip
    assert records[0]["amounts"][0]["value"] == "100000000"
    assert not marker.exists()


@PROPERTY
@given(st.lists(st.binary(max_size=60) | st.just(b'{"id": "\\ud800", "text": "1\\udc00"}'), max_size=12))
def test_any_bytes_as_jsonl_give_one_writable_document_per_line(tmp_path_factory: Any, lines: list[bytes]) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    data = b"\n".join(line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines)
    path.write_bytes(data)
    documents = list(iter_documents([str(path)]))
    expected = [line for line in data.decode("utf-8", "surrogateescape").split("\n") if line.strip()]
    assert len(documents) == len(expected)
    for document in documents:
        assert (document.error is None) == (document.text is not None)
        json.dumps([document.doc_id, document.source, document.text, document.error], ensure_ascii=False).encode()


def _direct_seconds(nlp: Any, text: str) -> float:
    return _best_seconds(lambda: nlp(text))


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_take_linear_time_in_the_library_itself(nlp: Any, name: str) -> None:
    """The same guard on ``nlp(text)``, without the batch CLI's chunking to help."""
    make = PATHOLOGICAL[name]
    small, large = _direct_seconds(nlp, make(25_000)), _direct_seconds(nlp, make(100_000))
    assert large < 10 * max(small, 0.02), f"{name}: {small:.3f}s for 25k chars, {large:.3f}s for 100k"
