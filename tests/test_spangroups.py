"""Span groups written by :func:`set_span_group` are ordinary span groups of the doc."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, DocBin

from finextract.components.spangroups import set_span_group


def test_the_group_is_the_docs_and_survives_serialisation() -> None:
    nlp = spacy.blank("zh")
    doc = nlp("合同金额3亿元")
    set_span_group(doc, "fx", [doc[4:7], doc[0:2]])
    group = doc.spans["fx"]
    assert group.doc is doc and group.name == "fx"
    assert [span.text for span in group] == ["3亿元", "合同"]
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [span.text for span in again.spans["fx"]] == ["3亿元", "合同"]
    (restored,) = DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)
    assert [span.text for span in restored.spans["fx"]] == ["3亿元", "合同"]


def test_an_empty_group_replaces_an_earlier_one() -> None:
    doc = spacy.blank("zh")("合同")
    set_span_group(doc, "fx", [doc[0:1]])
    set_span_group(doc, "fx", [])
    assert list(doc.spans["fx"]) == [] and list(doc.spans) == ["fx"]
