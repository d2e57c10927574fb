"""Fast access to a Doc's text for components that work on characters.

``Doc.text`` rebuilds the string from Token objects on every call, which costs more than the
tokenizing itself when tokens are single characters. finextract's tokenizer keeps the text it was
given in ``doc.user_data``; for docs from any other tokenizer the text is rebuilt once from the
token array (with a per-process cache of token strings) and kept there for the next component.

>>> import spacy
>>> doc = spacy.blank("zh")("营收3亿元 up")
>>> doc_text(doc) == doc.text
True
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

TEXT_KEY = "finextract.text"
_ORTH_STRINGS: dict[int, str] = {}
_CACHE_LIMIT = 1_000_000


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text`` (the exact string ``doc`` was made from) for :func:`doc_text`."""
    user_data: dict[Any, Any] = doc.user_data
    user_data[TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """The text of ``doc``, as ``doc.text`` but without rebuilding it every time."""
    user_data: dict[Any, Any] = doc.user_data
    text = user_data.get(TEXT_KEY)
    if isinstance(text, str) and _fits(doc, text):
        return text
    text = _rebuild(doc)
    user_data[TEXT_KEY] = text
    return text


def _fits(doc: Doc, text: str) -> bool:
    if not len(doc):
        return text == ""
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)


def _rebuild(doc: Doc) -> str:
    if not len(doc):
        return ""
    array = doc.to_array([ORTH, SPACY])
    orths = array[:, 0].tolist()
    lookup = _ORTH_STRINGS.__getitem__
    try:
        words = list(map(lookup, orths))
    except KeyError:
        if len(_ORTH_STRINGS) > _CACHE_LIMIT:
            _ORTH_STRINGS.clear()
        strings = doc.vocab.strings
        for orth in orths:
            if orth not in _ORTH_STRINGS:
                _ORTH_STRINGS[orth] = strings[orth]
        words = list(map(lookup, orths))
    if array[:, 1].any():
        words = [word + " " if space else word for word, space in zip(words, array[:, 1].tolist(), strict=True)]
    return "".join(words)
