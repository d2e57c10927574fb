"""The batch engine: chunking, merging, cross-document memory, order and n_process invariance."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from offsets import assert_offsets

import finextract
from finextract.batch import analyse_texts, collect_batch_memory, extract_records
from finextract.chunking import merge_results, split_text
from finextract.reader import InputDocument, text_document
from finextract.resume import read_done

ROOT = Path(__file__).resolve().parent.parent


@given(st.text(alphabet="ab。\n ，1万", max_size=400), st.integers(min_value=1, max_value=60), st.integers(1, 30))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_chunks_cover_the_text_exactly_and_respect_the_sizes(text: str, size: int, run: int) -> None:
    spans = split_text(text, size, max_run=run)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(0 < end - start <= size for start, end in spans) or text == ""
    for start, end in spans:
        assert all(len(piece) <= run for piece in re.split("[。\n]", text[start:end]))


def test_chunks_are_cut_at_paragraph_boundaries_first() -> None:
    paragraphs = ["甲" * 30 + "。" + "乙" * 30 for _ in range(10)]
    text = "\n\n".join(paragraphs)
    spans = split_text(text, 150)
    assert len(spans) > 1
    for _, end in spans[:-1]:
        assert text[end - 2 : end] == "\n\n"
    one_line = "句子。" * 100
    assert all(one_line[end - 1] == "。" for _, end in split_text(one_line, 50)[:-1])


def test_merge_unites_companies_and_shifts_every_offset() -> None:
    company = {"name": "甲公司", "code": None, "aliases": ["甲"], "mentions": [{"start": 1, "end": 3, "text": "甲"}]}
    other = {**company, "aliases": ["甲", "甲方"], "mentions": [{"start": 0, "end": 2, "text": "甲"}]}
    merged = merge_results([({"companies": [company]}, 0), ({"companies": [other], "error": "boom"}, 100)])
    assert merged["companies"] == [
        {
            "name": "甲公司",
            "code": None,
            "aliases": ["甲", "甲方"],
            "mentions": [{"start": 1, "end": 3, "text": "甲"}, {"start": 100, "end": 102, "text": "甲"}],
        }
    ]
    assert merged["error"] == "boom"


def test_a_chunked_document_gives_the_same_amounts_as_a_whole_one(nlp: Any, seed_texts: dict[str, str]) -> None:
    text = seed_texts["000_cf6f4f24b21c170c"]
    whole = next(extract_records(nlp, [InputDocument("d", "-", text)]))
    chunked = next(extract_records(nlp, [InputDocument("d", "-", text)], chunk_chars=1500))
    assert len(split_text(text, 1500)) > 3
    assert_offsets(text, chunked)
    assert chunked["text_sha1"] == whole["text_sha1"]
    assert chunked["amounts"] == whole["amounts"]
    whole_names = {name for c in whole["companies"] for name in (c["name"], *c["aliases"])}
    assert {c["name"] for c in chunked["companies"]} <= whole_names


def test_memory_from_one_document_resolves_a_short_name_in_another() -> None:
    nlp = finextract.load()
    docs = [
        text_document("a", "-", "北京金刚算力科技服务有限公司(以下简称“金刚算力”)成立。"),
        text_document("b", "-", "金刚算力与某客户签署合同，合同金额1亿元。"),
    ]
    memory, count = collect_batch_memory(docs)
    assert count == 2 and "金刚算力" in memory
    (without,) = extract_records(nlp, docs[1:])
    (with_memory,) = extract_records(nlp, docs[1:], memory=memory)
    assert "北京金刚算力科技服务有限公司" not in {c["name"] for c in without["companies"]}
    assert "北京金刚算力科技服务有限公司" in {c["name"] for c in with_memory["companies"]}
    (again,) = extract_records(nlp, docs[1:])
    assert again == without, "the memory of a run is not left behind in the pipeline"


def test_output_is_the_same_whatever_n_process_and_batch_size(nlp: Any, seed_texts: dict[str, str]) -> None:
    docs = [InputDocument("bad", "-", None, "empty document")]
    for name, text in seed_texts.items():
        docs += [text_document(f"{name}-{i}", "-", paragraph) for i, paragraph in enumerate(text.split("\n")[:25])]
    memory, _ = collect_batch_memory(docs, n_process=2, batch_size=7)
    assert memory == collect_batch_memory(docs)[0]
    one = list(extract_records(nlp, docs, memory=memory))
    two = list(extract_records(nlp, docs, n_process=2, batch_size=3, memory=memory))
    assert [r["doc_id"] for r in one] == [d.doc_id for d in docs]
    assert json.dumps(one, ensure_ascii=False) == json.dumps(two, ensure_ascii=False)
    assert one[0]["status"] == "error"


def test_a_component_failure_is_an_error_record_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = finextract.load()
    companies = nlp.get_pipe("finextract_companies")
    original = type(companies)._write

    def explode(self: Any, doc: Any, text: str, records: Any) -> None:
        """Fails for one doc on both paths: the batch (which then fails whole, after writing the
        first doc) and the doc-by-doc one that follows it."""
        if "爆炸" in text:
            raise RuntimeError("boom")
        original(self, doc, text, records)

    monkeypatch.setattr(type(companies), "_write", explode)
    docs = [text_document(name, "-", text) for name, text in (("a", "营收1亿元"), ("b", "爆炸2亿元"), ("c", "3亿元"))]
    records = list(extract_records(nlp, docs))
    assert [r["status"] for r in records] == ["ok", "error", "ok"]
    assert "boom" in records[1]["error"] and records[1]["text_sha1"]


def test_read_done_counts_duplicates_and_cuts_a_torn_tail(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    lines = [
        {"doc_id": "a", "source": "-", "text_sha1": "s1", "status": "ok", "amounts": [{}], "companies": []},
        {"doc_id": "b", "source": "-", "text_sha1": "s1", "status": "ok", "amounts": [], "companies": []},
        {"doc_id": "c", "source": "x", "text_sha1": None, "status": "error", "error": "empty document"},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines) + '{"doc_id": "d", "text_sh', encoding="utf-8")
    done = read_done(path)
    assert (done.ok, done.failed, done.counts["amounts"]) == (2, 1, 1)
    assert done.take("s1") and done.take("s1") and not done.take("s1")
    assert path.read_text(encoding="utf-8").endswith("}\n")
    assert not read_done(tmp_path / "missing.jsonl").keys


def test_unreadable_and_oversized_inputs_are_error_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import finextract.reader as reader

    (tmp_path / "a.txt").write_text("营收1亿元。" * 30, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")  # a path that cannot be read
    monkeypatch.setattr(reader, "MAX_DOCUMENT_CHARS", 100)
    documents = list(reader.iter_documents([str(tmp_path)]))
    assert [(d.doc_id, d.text) for d in documents] == [("a", None), ("b", None)]
    assert "limit is 100" in (documents[0].error or "")
    assert "cannot read file" in (documents[1].error or "")


def test_merging_one_chunk_gives_what_the_general_merge_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    from finextract import chunking

    nlp = finextract.load()
    text = "盐湖股份（以下简称“公司”）与中国平安签订合同，金额3亿元。公司持有盐湖股份5%股权。"
    result = analyse_texts(nlp, [text])[0]
    fast = chunking.merge_results([(result, 0)])
    monkeypatch.setattr(chunking, "_merges_to_itself", lambda result: False)
    assert fast == chunking.merge_results([(result, 0)])
    duplicated = {**result, "companies": result["companies"] * 2}  # two entries with one key: merged
    assert not chunking._merges_to_itself(duplicated)
