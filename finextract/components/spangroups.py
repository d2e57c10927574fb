"""Writing a span group onto a Doc without ``SpanGroups.__setitem__``'s checks.

``doc.spans[key] = spans`` builds the :class:`~spacy.tokens.SpanGroup` and then checks, in
Python, that it belongs to the doc; for a component that writes one group per paragraph that
costs more than the spans themselves. :func:`set_span_group` builds the group for the doc and
stores it directly, the same object ``doc.spans[key]`` then returns.

>>> import spacy
>>> doc = spacy.blank("zh")("营收3亿元")
>>> set_span_group(doc, "amounts", [doc[2:5]])
>>> [span.text for span in doc.spans["amounts"]]
['3亿元']
"""

from __future__ import annotations

from collections import UserDict
from collections.abc import Iterable

from spacy.tokens import Doc, Span, SpanGroup


def set_span_group(doc: Doc, key: str, spans: Iterable[Span]) -> None:
    """``doc.spans[key] = spans``, for spans of ``doc``."""
    groups = doc.spans
    group = SpanGroup(doc, name=key, spans=spans)
    kind = type(groups)
    direct = _STORES_DIRECTLY.get(kind)
    if direct is None:  # once per type: isinstance on an ABC costs more than the rest of this function
        direct = _STORES_DIRECTLY[kind] = issubclass(kind, UserDict)
    if direct:  # spaCy 3's SpanGroups: store into its dict
        groups.data[key] = group
    else:
        groups[key] = group


_STORES_DIRECTLY: dict[type, bool] = {}
