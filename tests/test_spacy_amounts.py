"""finextract_amounts as an ordinary spaCy component: entry points, segmenters, serialisation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin
from spacy.training import Example

import finextract
from tests.pipes import piped_as_alone

SENTENCE = "公司拟以65.84万元的价格将富恒精密70%股权转让，合同总金额为40,908万元。"
EXPECTED = [("65.84万元", "MONEY"), ("70%", "PERCENT"), ("40,908万元", "MONEY")]


def _amount_spans(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in doc.spans["fx_amounts"]]


def test_factory_found_through_entry_point_without_import() -> None:
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('zh')\n"
        "nlp.add_pipe('finextract_amounts')\n"
        f"doc = nlp({SENTENCE!r})\n"
        "print([s.text for s in doc.spans['fx_amounts']])\n"
        "assert 'finextract.amount_parser' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == str([text for text, _ in EXPECTED])


def test_blank_zh_pipeline_with_spacy_segmenter() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("finextract_amounts")
    doc = nlp(SENTENCE)
    assert _amount_spans(doc) == EXPECTED
    assert doc.spans["fx_amounts"][2]._.amount.value == 409080000


@pytest.mark.parametrize("segmenter", ["char", "jieba"])
def test_load_with_segmenter(segmenter: str) -> None:
    nlp = finextract.load(segmenter=segmenter)
    doc = nlp(SENTENCE)
    assert doc.text == SENTENCE
    assert _amount_spans(doc) == EXPECTED


def test_jieba_tokens_are_words() -> None:
    doc = finextract.load(segmenter="jieba")("合同总金额为40,908万元")
    assert "合同" in [token.text for token in doc]


def test_span_key_and_ents_are_configurable() -> None:
    nlp = finextract.load(config={"finextract_amounts": {"spans_key": "money", "write_ents": True}})
    doc = nlp(SENTENCE)
    assert [span.text for span in doc.spans["money"]] == [text for text, _ in EXPECTED]
    assert [(ent.text, ent.label_) for ent in doc.ents] == EXPECTED


def test_existing_entities_are_kept_unless_overwrite() -> None:
    nlp = finextract.load(config={"finextract_amounts": {"write_ents": True}})
    doc = nlp.make_doc(SENTENCE)
    doc.ents = [doc.char_span(SENTENCE.index("65.84"), SENTENCE.index("65.84") + 5, label="CUSTOM")]
    doc = nlp.get_pipe("finextract_amounts")(doc)
    labels = [(ent.text, ent.label_) for ent in doc.ents]
    assert ("65.84", "CUSTOM") in labels and ("70%", "PERCENT") in labels
    overwriting = finextract.load(config={"finextract_amounts": {"write_ents": True, "overwrite_ents": True}})
    doc = overwriting.make_doc(SENTENCE)
    doc.ents = [doc.char_span(0, 2, label="CUSTOM")]
    doc = overwriting.get_pipe("finextract_amounts")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == EXPECTED


def test_to_disk_and_spacy_load_round_trip(tmp_path: Path) -> None:
    nlp = finextract.load(segmenter="jieba")
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.tokenizer.segmenter == "jieba"
    assert _amount_spans(loaded(SENTENCE)) == EXPECTED
    restored = finextract.load().from_bytes(nlp.to_bytes())
    assert _amount_spans(restored(SENTENCE)) == EXPECTED


def test_amounts_survive_docbin() -> None:
    doc = finextract.load()(SENTENCE)
    copy = next(DocBin(docs=[doc], store_user_data=True).get_docs(spacy.blank("zh").vocab))
    assert copy.spans["fx_amounts"][0]._.amount.value == doc.spans["fx_amounts"][0]._.amount.value


def test_n_process_two_matches_single_process(seed_texts: dict[str, str]) -> None:
    nlp = finextract.load()
    texts = list(seed_texts.values()) * 2
    single = [[(s.start_char, s.end_char, s.label_) for s in d.spans["fx_amounts"]] for d in nlp.pipe(texts)]
    multi_docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    multi = [[(s.start_char, s.end_char, s.label_) for s in d.spans["fx_amounts"]] for d in multi_docs]
    assert multi == single
    assert multi_docs[0].spans["fx_amounts"][0]._.amount is not None


def test_registered_scorer_reports_prf() -> None:
    nlp = finextract.load()
    reference = nlp.make_doc(SENTENCE)
    reference.spans["fx_amounts"] = [
        reference.char_span(SENTENCE.index(text), SENTENCE.index(text) + len(text), label=label)
        for text, label in EXPECTED[:2]
    ]
    scores = nlp.evaluate([Example(nlp.make_doc(SENTENCE), reference)])
    assert scores["spans_fx_amounts_p"] == pytest.approx(2 / 3)
    assert scores["spans_fx_amounts_r"] == pytest.approx(1.0)
    assert scores["spans_fx_amounts_per_type"]["MONEY"]["p"] == pytest.approx(0.5)


def test_component_error_is_reported_not_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    from finextract.components import amounts
    from finextract.components.errors import doc_error

    real = amounts.find_amounts

    def failing(text: str) -> list[finextract.Amount]:
        if text.startswith("坏"):
            raise ValueError("boom")
        return real(text)

    monkeypatch.setattr(amounts, "find_amounts", failing)
    nlp = finextract.load()
    component = nlp.get_pipe("finextract_amounts")
    seen: list[str] = []
    component.set_error_handler(lambda name, proc, docs, error: seen.append(name))
    docs = list(component.pipe([nlp.make_doc("4亿元"), nlp.make_doc("坏3亿元"), nlp.make_doc("5亿元")]))
    assert [doc.text for doc in docs] == ["4亿元", "坏3亿元", "5亿元"]
    assert seen == ["finextract_amounts"]
    assert doc_error(docs[1]) == "finextract_amounts: ValueError: boom"
    assert doc_error(docs[0]) is None and len(docs[2].spans["fx_amounts"]) == 1


def test_pipe_gives_each_doc_what_call_gives_it() -> None:
    """The batch path (all texts parsed, then all spans written) equals the doc-by-doc one."""
    nlp = spacy.blank("zh")
    nlp.add_pipe("finextract_amounts", config={"write_ents": True})
    texts = ["营收3亿元，同比增长5%", "", "US$5 million 与 1,100万元", "无", "约35-40亿元 2485MW"]
    together = piped_as_alone(nlp, texts, "fx_amounts", lambda doc: (doc._.amounts, [e.text for e in doc.ents]))
    assert sum(len(doc._.amounts) for doc in together) >= 6


def _train_tiny_pkuseg_model(directory: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A spacy-pkuseg model trained here from a few segmented lines (nothing downloaded)."""
    import spacy_pkuseg

    monkeypatch.chdir(directory)
    lines = ["合同 总 金额 为 40,908 万元", "公司 拟 以 65.84 万元 的 价格 将 富恒 精密 70% 股权 转让"] * 10
    (directory / "train.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    spacy_pkuseg.train("train.txt", "train.txt", str(directory / "model"), train_iter=3)
    return directory / "model"


def test_pkuseg_segmenter_with_user_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = _train_tiny_pkuseg_model(tmp_path, monkeypatch)
    nlp = finextract.load(segmenter="pkuseg", pkuseg_model=str(model))
    doc = nlp(SENTENCE)
    assert "合同" in [token.text for token in doc]
    assert _amount_spans(doc) == EXPECTED
    nlp.to_disk(tmp_path / "saved")
    (model / "weights.npz").unlink()  # the saved pipeline must carry its own copy of the model
    loaded = spacy.load(tmp_path / "saved")
    assert _amount_spans(loaded(SENTENCE)) == EXPECTED


def test_pkuseg_without_model_is_a_clear_error() -> None:
    nlp = finextract.load(segmenter="pkuseg")
    with pytest.raises(ValueError, match="pkuseg_model"):
        nlp("3亿元")


def test_foreign_tokenizer_is_wrapped_to_keep_text(tmp_path: Path) -> None:
    import pickle

    from finextract.components.text import TEXT_KEY, TextKeepingTokenizer

    nlp = spacy.blank("zh")
    original = nlp.tokenizer
    nlp.add_pipe("finextract_amounts")
    assert isinstance(nlp.tokenizer, TextKeepingTokenizer) and nlp.tokenizer.tokenizer is original
    doc = nlp(SENTENCE)
    assert doc.user_data[TEXT_KEY] == (SENTENCE, id(doc), len(doc)) and _amount_spans(doc) == EXPECTED
    assert nlp.tokenizer.segmenter == original.segmenter  # attributes are the wrapped tokenizer's
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert isinstance(loaded.tokenizer, TextKeepingTokenizer)
    assert _amount_spans(loaded(SENTENCE)) == EXPECTED
    unpickled = pickle.loads(pickle.dumps(nlp))
    assert _amount_spans(unpickled(SENTENCE)) == EXPECTED
    nlp.add_pipe("finextract_amounts", name="again", config={"spans_key": "again"})
    assert nlp.tokenizer.tokenizer is original  # wrapped once only


def test_tokenizer_left_alone_when_asked() -> None:
    nlp = spacy.blank("zh")
    original = nlp.tokenizer
    nlp.add_pipe("finextract_amounts", config={"keep_tokenizer_text": False})
    assert nlp.tokenizer is original
    assert _amount_spans(nlp(SENTENCE)) == EXPECTED  # text rebuilt from the tokens instead
