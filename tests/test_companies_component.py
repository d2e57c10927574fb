"""The ``finextract_companies`` spaCy component: spans, extensions, serialisation, n_process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from tests.pipes import piped_as_alone, redone_doc_by_doc

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEXT = "光伏企业甘肃阳光光伏股份有限公司(以下简称“ST金刚”)发布公告。*ST金刚与X公司签约，盐湖股份亦有公告。"


def _nlp(**config: object) -> spacy.language.Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe("finextract_companies", config=config)
    return nlp


def test_add_pipe_without_importing_finextract() -> None:
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('zh'); nlp.add_pipe('finextract_companies')\n"
        "doc = nlp('盐湖股份公告')\n"
        "assert 'finextract' in sys.modules  # loaded by spaCy through the entry point\n"
        "print([(s.text, s.kb_id_) for s in doc.spans['fx_companies']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[('盐湖股份', '000792')]"


def test_spans_kb_ids_and_extensions() -> None:
    doc = _nlp()(TEXT)
    spans = doc.spans["fx_companies"]
    assert [(s.text, s.label_, s.kb_id_) for s in spans] == [
        ("甘肃阳光光伏股份有限公司", "ORG", "300093"),
        ("ST金刚", "ORG", "300093"),
        ("*ST金刚", "ORG", "300093"),
        ("X公司", "ORG", "X公司"),
        ("盐湖股份", "ORG", "000792"),
    ]
    company = spans[2]._.company
    assert company.name == "甘肃阳光光伏股份有限公司" and company.registry_name == "甘肃金刚光伏股份有限公司"
    assert [c.name for c in doc._.companies] == [
        "甘肃阳光光伏股份有限公司",
        "X公司",
        "青海盐湖工业股份有限公司",
    ]
    record = doc._.companies[0].to_dict()
    assert {"name", "aliases", "code", "mentions"} <= set(record)
    json.dumps(record, ensure_ascii=False)


def test_spans_key_and_label_are_configurable() -> None:
    doc = _nlp(spans_key="orgs", label="COMPANY")("盐湖股份公告")
    assert [(s.text, s.label_) for s in doc.spans["orgs"]] == [("盐湖股份", "COMPANY")]


def test_results_survive_docbin() -> None:
    nlp = _nlp()
    doc = nlp(TEXT)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    [restored] = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert [c.to_dict() for c in restored._.companies] == [c.to_dict() for c in doc._.companies]
    assert restored.spans["fx_companies"][0]._.company.code == "300093"


def test_user_companies_and_memory_round_trip(tmp_path: Path) -> None:
    companies_file = tmp_path / "mine.jsonl"
    companies_file.write_text(
        json.dumps({"name": "上海莘滔科技有限公司", "aliases": ["上海莘滔"], "code": None}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    nlp = _nlp()
    component = nlp.get_pipe("finextract_companies")
    component.initialize(companies_path=str(companies_file))
    component.remember(["北京金刚数海智算科技有限公司(以下简称“金刚数智”)成立"])
    text = "上海莘滔与金刚数智签约"
    before = [c.to_dict() for c in nlp(text)._.companies]
    assert [c["name"] for c in before] == ["上海莘滔科技有限公司", "北京金刚数海智算科技有限公司"]
    nlp.to_disk(tmp_path / "model")
    assert not any(p.name.endswith(".tsv.gz") for p in (tmp_path / "model").rglob("*"))  # registry not copied
    loaded = spacy.load(tmp_path / "model")
    assert [c.to_dict() for c in loaded(text)._.companies] == before
    fresh = _nlp()
    fresh.get_pipe("finextract_companies").from_bytes(component.to_bytes())
    assert [c.to_dict() for c in fresh(text)._.companies] == before


def test_companies_path_in_config(tmp_path: Path) -> None:
    companies_file = tmp_path / "mine.csv"
    companies_file.write_text("name,aliases,code\n深海之光（青海）科技有限公司,深海之光,\n", encoding="utf-8")
    doc = _nlp(companies_path=str(companies_file))("深海之光上线")
    assert [c.name for c in doc._.companies] == ["深海之光（青海）科技有限公司"]


def test_n_process_gives_the_same_results() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    nlp = _nlp()
    nlp.get_pipe("finextract_companies").remember(texts)
    one = [[c.to_dict() for c in doc._.companies] for doc in nlp.pipe(texts, n_process=1)]
    two = [[c.to_dict() for c in doc._.companies] for doc in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert one == two
    assert sum(len(doc) for doc in one) > 50


def test_scorer() -> None:
    nlp = _nlp()
    predicted = nlp("盐湖股份公告")
    reference = Doc(nlp.vocab, words=list("盐湖股份公告"), spaces=[False] * 6)
    reference.spans["fx_companies"] = [reference.char_span(0, 4, label="ORG")]
    scores = nlp.evaluate([Example(predicted, reference)])
    assert scores["spans_fx_companies_f"] == pytest.approx(1.0)


def test_pipe_gives_each_doc_what_call_gives_it() -> None:
    texts = ["盐湖股份公告", "", "青海盐湖工业股份有限公司(以下简称“盐湖股份”)公告 X公司签约", "无", "GUOSEN"]
    together = piped_as_alone(_nlp(), texts, "fx_companies", lambda doc: doc._.companies)
    assert [[c.name for c in doc._.companies] for doc in together] == [
        ["青海盐湖工业股份有限公司"],
        [],
        ["青海盐湖工业股份有限公司", "X公司"],
        [],
        [],
    ]


def test_a_failing_batch_is_done_again_doc_by_doc(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the batch fails, every doc is processed alone: the failing one is marked, the others
    get their companies."""
    from finextract.components import companies as module

    nlp = _nlp()
    docs = [nlp.make_doc(t) for t in ("盐湖股份公告", "X公司", "*ST金刚公告")]
    component = nlp.get_pipe("finextract_companies")
    first, _, last = redone_doc_by_doc(monkeypatch, module, "company_records", "company_records_many", component, docs)
    assert [c.code for c in first._.companies] == ["000792"]
    assert [c.code for c in last._.companies] == ["300093"]


def test_a_batch_that_fails_where_each_doc_succeeds_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """The docs still get their companies, but the broken batch path is not silent."""
    from finextract.components import companies as module
    from finextract.components.errors import BatchFallbackWarning, doc_error

    def broken_batch(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("broken batch")

    nlp = _nlp()
    monkeypatch.setattr(module, "company_records_many", broken_batch)
    with pytest.warns(BatchFallbackWarning, match="finextract_companies: the batch failed .RuntimeError: broken batch"):
        docs = list(nlp.pipe(["盐湖股份公告", "*ST金刚公告"]))
    assert [[c.code for c in doc._.companies] for doc in docs] == [["000792"], ["300093"]]
    assert [doc_error(doc) for doc in docs] == [None, None]


def test_each_span_knows_its_company_whatever_the_tokens() -> None:
    """With tokens of two characters most mentions are widened to whole tokens; each span still
    finds the company it was made for."""
    nlp = spacy.blank("zh")

    def pairs(text: str) -> Doc:
        words = [text[i : i + 2] for i in range(0, len(text), 2)]
        return Doc(nlp.vocab, words=words, spaces=[False] * len(words))

    nlp.tokenizer = pairs  # type: ignore[assignment]
    nlp.add_pipe("finextract_companies")
    doc = nlp("公司：" + TEXT)
    spans = doc.spans["fx_companies"]
    mentions = {(m.start, m.end) for c in doc._.companies for m in c.mentions}
    widened = [s for s in spans if (s.start_char, s.end_char) not in mentions]
    assert len(widened) >= 2
    companies = [s._.company for s in spans]
    assert [s.kb_id_ for s in spans] == [c.code or c.name for c in companies]  # type: ignore[union-attr]
    gansu, qinghai = "甘肃阳光光伏股份有限公司", "青海盐湖工业股份有限公司"
    assert [c.name for c in companies] == [gansu, gansu, gansu, "X公司", qinghai]  # type: ignore[union-attr]
