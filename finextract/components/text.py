"""Fast access to a Doc's text for components that work on characters.

``Doc.text`` rebuilds the string from Token objects on every call, which costs more than the
tokenizing itself when tokens are single characters. finextract's tokenizer keeps the text it was
given in ``doc.user_data``; so does any pipeline's tokenizer once a finextract component wrapped it
with :class:`TextKeepingTokenizer` (see :func:`keep_text`). For other docs the text is rebuilt once
from the token array (with a per-process cache of token strings) and kept for the next component.

>>> import spacy
>>> doc = spacy.blank("zh")("营收3亿元 up")
>>> doc_text(doc) == doc.text
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

from .._char_pieces import token_at

# The kept text, as (text, id(doc), len(doc)): which doc (object and token count) it belongs to,
# since user_data can be copied to another doc or restored from bytes (a tuple then comes back as a
# list), and the text that comes with it is then not known to be this doc's. One key, not two: a
# doc's user_data then holds at most five keys after finextract's components, the most a dict
# holds before it grows its table.
TEXT_KEY = "finextract.text"
BREAKS_KEY = "finextract.token_breaks"  # see remember_text and char_span
_ORTH_STRINGS: dict[int, str] = {}
_CACHE_LIMIT = 1_000_000


def remember_text(doc: Doc, text: str, breaks: list[int] | None = None) -> None:
    """Keep ``text`` (the exact string ``doc`` was made from) for :func:`doc_text`, and the token
    breaks of the ``char`` segmenter (:func:`.._char_pieces.token_at`) for :func:`char_span`."""
    user_data: dict[Any, Any] = doc.user_data
    user_data[TEXT_KEY] = (text, id(doc), len(doc))
    if breaks:
        user_data[BREAKS_KEY] = breaks


def char_span(doc: Doc, start: int, end: int, label: int, kb_id: int = 0) -> Span | None:
    """``doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")``, without its
    two binary searches over the token array when finextract's ``char`` segmenter left the token
    breaks of the doc (:func:`remember_text`): the tokens are found from the breaks, and the span
    is kept only if its tokens start at ``start`` and end at ``end``, where ``char_span`` would
    give the same tokens; otherwise (another tokenizer, a retokenized doc, an offset inside a
    token) ``char_span`` itself answers. In place in the pipeline ``char_span`` costs about 2 µs,
    as the token array is no longer in the CPU caches.

    >>> import finextract
    >>> doc = finextract.load(components=())("营收H100 台3.5亿元")
    >>> span = char_span(doc, 7, 13, doc.vocab.strings.add("MONEY"))
    >>> span.text, (span.start, span.end), span.label_
    ('台3.5亿元', (3, 9), 'MONEY')
    >>> char_span(doc, 3, 5, 0) == doc.char_span(3, 5, alignment_mode="expand")  # inside H100
    True
    """
    breaks = doc.user_data.get(BREAKS_KEY)
    if breaks is not None:
        first, last = token_at(breaks, start), token_at(breaks, end)
        if 0 <= first < last <= len(doc):
            span = Span(doc, first, last, label=label, kb_id=kb_id)
            if span.start_char == start and span.end_char == end:
                return span
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")


def doc_text(doc: Doc) -> str:
    """The text of ``doc``, as ``doc.text`` but without rebuilding it every time."""
    user_data: dict[Any, Any] = doc.user_data
    kept = user_data.get(TEXT_KEY)
    if type(kept) is tuple and len(kept) == 3 and kept[1] == id(doc) and kept[2] == len(doc):
        return kept[0]  # type: ignore[no-any-return]  # kept by the tokenizer that made this very doc, or rebuilt for it before
    text = _rebuild(doc)  # no text, or one that came with user data from elsewhere (DocBin, a copy)
    user_data[TEXT_KEY] = (text, id(doc), len(doc))
    return text


class TextKeepingTokenizer:
    """Wraps a pipeline's tokenizer so that every Doc it makes keeps the text it was made from.

    Reading a 100-character paragraph back from one-character tokens costs about a fifth of
    tokenizing it; keeping the string costs nothing. Everything else (attributes, ``initialize``,
    ``to_disk``/``from_bytes``) is the wrapped tokenizer's, and the pipeline's config still names
    that tokenizer, so a saved pipeline loads with it and the component wraps it again.

    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> keep_text(nlp)
    >>> nlp("营收3亿元").user_data[TEXT_KEY][0]
    '营收3亿元'
    """

    keeps_text = True
    tokenizer: Callable[[str], Doc]

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        object.__setattr__(self, "tokenizer", tokenizer)

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        remember_text(doc, text)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (while unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.tokenizer, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        return (TextKeepingTokenizer, (self.tokenizer,))


def keep_text(nlp: Any) -> None:
    """Make ``nlp``'s tokenizer keep each Doc's text, unless it already does (idempotent)."""
    if not getattr(nlp.tokenizer, "keeps_text", False):
        nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)


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
