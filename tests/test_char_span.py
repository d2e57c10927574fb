"""``components.text.char_span``: ``Doc.char_span`` (expand) from the char segmenter's token breaks,
the same result on any doc, offsets and tokenizer."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from finextract.components.text import BREAKS_KEY, char_span
from finextract.pipeline import load
from tests.alphabets import joined_pieces

PIECES = [*"aZ09H盐湖股份、。 \t\n\u3000１Ａ", "\U0001f600", "  ", "H100", "3.5亿", "311,520,391.21元"]
NLP = load(components=())
BLANK = spacy.blank("zh")
LABEL = NLP.vocab.strings.add("MONEY")
KB_ID = NLP.vocab.strings.add("000792")


def shape(span: Span | None) -> tuple[int, int, int, int, int, int] | None:
    if span is None:
        return None
    return span.start, span.end, span.start_char, span.end_char, span.label, span.kb_id


def expected(doc: Doc, start: int, end: int) -> tuple[int, int, int, int, int, int] | None:
    return shape(doc.char_span(start, end, label=LABEL, kb_id=KB_ID, alignment_mode="expand"))


def test_a_doc_of_the_char_segmenter_keeps_its_breaks() -> None:
    doc = NLP("营收H100 台3.5亿元")
    assert doc.user_data[BREAKS_KEY] == [6, 3, 7, 3]
    assert BREAKS_KEY not in NLP("盐湖股份").user_data  # one token per character: no breaks
    span = char_span(doc, 7, 13, LABEL, KB_ID)
    assert span is not None and (span.text, span.start, span.end, span.label_, span.kb_id_) == (
        "台3.5亿元", 3, 9, "MONEY", "000792",
    )  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(joined_pieces(PIECES, max_size=30), st.data())
def test_same_span_as_char_span(text: str, data: st.DataObject) -> None:
    doc = NLP(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert shape(char_span(doc, start, end, LABEL, KB_ID)) == expected(doc, start, end)


@settings(max_examples=300, deadline=None)
@given(joined_pieces(PIECES, max_size=30), joined_pieces(PIECES, max_size=30), st.data())
def test_breaks_of_another_doc_change_nothing(text: str, other: str, data: st.DataObject) -> None:
    doc = NLP(text)
    stale = NLP(other).user_data.get(BREAKS_KEY)
    if stale is None:
        doc.user_data.pop(BREAKS_KEY, None)
    else:
        doc.user_data[BREAKS_KEY] = stale  # as after copying user data between docs
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert shape(char_span(doc, start, end, LABEL, KB_ID)) == expected(doc, start, end)


@pytest.mark.parametrize("text", ["营收H100 台3.5亿元", "A  B 2023年"])
def test_docs_of_other_tokenizers_use_char_span(text: str) -> None:
    doc = BLANK(text)
    assert BREAKS_KEY not in doc.user_data
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert shape(char_span(doc, start, end, LABEL, KB_ID)) == expected(doc, start, end)
