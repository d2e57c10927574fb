"""finextract's tokenizer: exact text round trip, offsets, and linear cost in document length."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.timing import best_seconds
from finextract.components.text import doc_text
from finextract.tokenizer import _CHAR_PIECES, FinextractTokenizer, char_pieces, split_pieces


def _tokenizer(segmenter: str = "char") -> FinextractTokenizer:
    return FinextractTokenizer(spacy.blank("zh").vocab, segmenter=segmenter)


@given(st.text(max_size=200))
def test_char_tokenizer_keeps_the_text(text: str) -> None:
    doc = _tokenizer()(text)
    assert doc.text == text
    assert doc_text(doc) == text


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("ab12 \t\n\r中文.,\u3000\x0b")), max_size=60))
def test_char_pieces_are_the_reference_pieces(text: str) -> None:
    # The fast path must cut exactly as the plain one-regex definition of the char segmenter.
    assert char_pieces(text) == _CHAR_PIECES.findall(text)


@settings(deadline=None)  # jieba loads its dictionary on first use
@given(st.text(alphabet=st.sampled_from(list("合同金额为40,908万元。 \n\t公司AB")), max_size=300))
def test_jieba_tokenizer_keeps_the_text(text: str) -> None:
    assert _tokenizer("jieba")(text).text == text


@given(st.text(max_size=500), st.integers(min_value=1, max_value=50))
def test_split_pieces_covers_the_text(text: str, limit: int) -> None:
    pieces = list(split_pieces(text, limit=limit))
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= limit for piece in pieces)


def test_doc_text_for_other_tokenizers_is_rebuilt_once() -> None:
    doc = spacy.blank("zh")("营收3亿元 and 4亿元")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def _seconds(segmenter: str, text: str) -> float:
    tokenizer = _tokenizer(segmenter)
    tokenizer(text[:1000])  # load the segmenter outside the timing
    return best_seconds(lambda: tokenizer(text), repeats=2)


@pytest.mark.parametrize("segmenter", ["char", "jieba"])
def test_cost_grows_linearly_with_document_length(segmenter: str, seed_texts: dict[str, str]) -> None:
    text = "\n".join(seed_texts.values())
    size = 40_000 if segmenter == "char" else 10_000  # jieba is ~20x slower per character
    small = (text * 20)[:size]
    large = (text * 80)[: size * 8]
    ratio = _seconds(segmenter, large) / _seconds(segmenter, small)
    assert ratio < 8 * 3, f"8x text took {ratio:.1f}x time"  # quadratic would be ~64x


def test_tokenizer_survives_a_reloaded_string_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The tokenizer remembers orth ids; when the vocab's strings are replaced (from_disk of a
    # pipeline saved before those characters were seen), it must not fail.
    import finextract

    saved = finextract.load()
    saved.to_disk(tmp_path / "model")
    nlp = finextract.load()
    text = "鑫淼垚犇公司募资3亿元"
    assert nlp(text).text == text
    nlp.from_disk(tmp_path / "model")
    assert nlp(text).text == text
    assert [t.text for t in nlp(text)][:4] == ["鑫", "淼", "垚", "犇"]
    # An orth id the string store no longer knows (as after a reset) is dropped, not fatal.
    table = nlp.tokenizer._orth_table()
    table["鑫"] = 12345
    if table.by_code:  # the compiled segmenter's cache of single characters
        table.by_code[ord("鑫")] = 12345
    assert nlp(text).text == text and nlp.tokenizer._orths["鑫"] != 12345


def test_tokenizer_pickles_without_its_orth_table() -> None:
    import pickle

    tokenizer = _tokenizer()
    tokenizer("营收3亿元")
    copy = pickle.loads(pickle.dumps(tokenizer))
    assert copy("营收3亿元").text == "营收3亿元"


def test_doc_text_is_not_taken_from_copied_user_data() -> None:
    tokenizer = _tokenizer()
    first, second = tokenizer("营收3亿元。"), tokenizer("净利润1亿元")
    assert doc_text(first) == "营收3亿元。"
    second.user_data.update(first.user_data)  # e.g. user data carried over to another doc
    assert doc_text(second) == second.text == "净利润1亿元"
