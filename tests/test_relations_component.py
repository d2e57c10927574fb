"""The ``finextract_relations`` spaCy component: entry point, extensions, output, serialisation, n_process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin
from spacy.training import Example

from finextract.output import document_record
from tests.pipes import piped_as_alone, redone_doc_by_doc

TEXT = (
    "中能电气股份有限公司拟将其持有的上海熠冠100%股权转让给天津紫霄，交易总价约为14106.6万元。"
    "恒林股份与南京坤前计算机科技有限公司签订价值近4亿元的服务器采购合同。"
)
KEYS = {
    "type",
    "subject",
    "object",
    "seller",
    "target",
    "amount",
    "unit",
    "qualifier",
    "share",
    "term_months",
    "evidence",
    "start",
    "end",
    "status",
}


def _nlp() -> spacy.language.Language:
    nlp = spacy.blank("zh")
    for name in ("finextract_amounts", "finextract_companies", "finextract_relations"):
        nlp.add_pipe(name)
    return nlp


def _dicts(doc: spacy.tokens.Doc) -> list[dict[str, object]]:
    return [relation.to_dict() for relation in doc._.relations]


def test_add_pipe_by_entry_point_without_importing_finextract() -> None:
    code = (
        "import spacy\n"
        "nlp = spacy.blank('zh')\n"
        "for name in ('finextract_amounts', 'finextract_companies', 'finextract_relations'):\n"
        "    nlp.add_pipe(name)\n"
        "doc = nlp('天诺其拟以不超过1亿元现金收购上海巨融100%股权。')\n"
        "print([(r.type.value, r.target, str(r.share)) for r in doc._.relations])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[('equity_transfer', '上海巨融', '1')]"


def test_relations_are_typed_frozen_and_in_the_output_shape() -> None:
    doc = _nlp()(TEXT)
    relations = doc._.relations
    assert [r.type.value for r in relations] == ["equity_transfer", "equity_stake", "purchase", "contract"]
    transfer = relations[0].to_dict()
    assert transfer["subject"] == "天津紫霄" and transfer["seller"] == "中能电气股份有限公司"
    assert (transfer["amount"], transfer["unit"], transfer["qualifier"], transfer["share"]) == (
        "141066000",
        "CNY",
        "approx",
        "1",
    )
    assert transfer["status"] == "planned"
    purchase = relations[2].to_dict()
    assert purchase["subject"] == "恒林家居股份有限公司"
    assert purchase["object"] == "南京坤前计算机科技有限公司"
    for relation in relations:
        assert doc.text[relation.start : relation.end] == relation.evidence
        try:
            relation.subject = "x"  # type: ignore[misc]
        except AttributeError:
            pass
        else:  # pragma: no cover - a frozen record cannot be changed
            raise AssertionError("Relation is not frozen")
    record = document_record(doc, doc_id="d", source="-")
    assert record["relations"] == _dicts(doc)
    assert all(set(r) == KEYS for r in record["relations"])
    json.dumps(record, ensure_ascii=False)


def test_survives_docbin_and_to_disk(tmp_path: Path) -> None:
    nlp = _nlp()
    doc = nlp(TEXT)
    restored = next(iter(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)))
    assert _dicts(restored) == _dicts(doc)
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == nlp.pipe_names
    assert _dicts(loaded(TEXT)) == _dicts(doc)


def test_n_process_gives_the_same_results(seed_texts: dict[str, str]) -> None:
    nlp = _nlp()
    texts = [TEXT, *(seed_texts[name][:6000] for name in sorted(seed_texts))]
    single = [_dicts(doc) for doc in nlp.pipe(texts)]
    double = [_dicts(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert single == double
    assert any(single[1:])


def test_scorer_reports_relation_f() -> None:
    nlp = _nlp()
    predicted = nlp(TEXT)
    reference = nlp(TEXT)
    scores = nlp.get_pipe("finextract_relations").score([Example(predicted, reference)])
    assert scores["relations_f"] == 1.0


def test_pipeline_without_companies_still_runs() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("finextract_amounts")
    nlp.add_pipe("finextract_relations")
    assert isinstance(nlp("公司拟以自有资金投资1亿元在武汉设立全资子公司。")._.relations, list)


def test_stake_change_without_percentages_does_not_raise() -> None:
    """持有…比例由 with masked figures (a FinRE sentence) once raised IndexError."""
    import finextract

    text = "转让完成后,TCL集团将增加在TCL多媒体的权益,直接或间接持有TCL多媒体的股份比例由<N>.<N>%提升至<N>.<N>%,"
    nlp = finextract.load(config={"finextract_companies": {}})
    nlp.get_pipe("finextract_companies").remember(
        ["TCL集团股份有限公司（以下简称“TCL集团”）；TCL多媒体科技控股有限公司（以下简称“TCL多媒体”）"]
    )
    doc = nlp(text)
    assert [r.share for r in doc._.relations if r.type.value == "equity_stake"] == []


def test_pipe_gives_each_doc_what_call_gives_it(seed_texts: dict[str, str]) -> None:
    paragraphs = [p for name in sorted(seed_texts) for p in seed_texts[name].splitlines() if p.strip()]
    texts = [TEXT, "", "营收增长12%。", *paragraphs]
    nlp = _nlp()
    together = piped_as_alone(nlp, texts, "fx_companies", _dicts)
    assert sum(len(doc._.relations) for doc in together) >= 40
    # the batch path itself, called directly (nlp.pipe would fall back to doc by doc if it raised)
    docs = [nlp.make_doc(text) for text in texts]
    for _, proc in nlp.pipeline[:-1]:
        docs = list(proc.pipe(docs))
    nlp.get_pipe("finextract_relations").process_batch(docs)
    assert [_dicts(doc) for doc in docs] == [_dicts(doc) for doc in together]


def test_a_failing_batch_is_done_again_doc_by_doc(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the batch fails, every doc is read alone: the failing one is marked, the others keep
    their relations."""
    from finextract.components import relations as module

    nlp = _nlp()
    docs = [nlp.make_doc(t) for t in (TEXT, "X公司拟收购Y公司100%股权。", TEXT)]
    for _, proc in nlp.pipeline[:-1]:
        docs = list(proc.pipe(docs))
    component = nlp.get_pipe("finextract_relations")
    first, _, last = redone_doc_by_doc(monkeypatch, module, "relations_in", "relations_in_many", component, docs)
    assert _dicts(first) == _dicts(last) == _dicts(_nlp()(TEXT)) != []
