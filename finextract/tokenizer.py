"""A linear-time tokenizer for Chinese text, registered as ``finextract.Tokenizer.v1``.

spaCy's own ``zh`` tokenizer rebuilds the remaining text for every token, so it slows down
quadratically on long documents. This one walks the text once: the ``char`` segmenter makes one
token per CJK character (ASCII letter and digit runs stay whole), and word segmenters (``jieba``,
``pkuseg``) see the text one paragraph-sized piece at a time, whose tokens are laid back onto the
original text by position.

>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "finextract.Tokenizer.v1"}}})
>>> [t.text for t in nlp("盐湖股份H100 3.5亿元")]
['盐', '湖', '股', '份', 'H100', '3', '.', '5', '亿', '元']
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import regex
import srsly
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from . import _char_pieces
from .components.gcpause import pausing_gc
from .components.text import remember_text

SEGMENTERS = ("char", "jieba", "pkuseg")
# Pieces given to a word segmenter are cut at line ends, then at sentence ends, then hard.
MAX_PIECE_CHARS = 2_000

_CHAR_PIECES = re.compile(r"[A-Za-z0-9]+|[^\S\n]+|\n+|.", re.DOTALL)
# The pieces of _CHAR_PIECES longer than one character; everything between them is one piece per character.
_LONG_PIECES = re.compile(r"[A-Za-z0-9]{2,}|[^\S\n]{2,}|\n{2,}")
_SENTENCE_END = regex.compile(r"(?<=[。！？；!?;\n])")
# Whether _char_pieces is compiled: its loop over code points is then much cheaper than the regex
# scan; as plain Python it is not, and char_orths keeps the scan.
_NATIVE_PIECES = not _char_pieces.__file__.endswith((".py", ".pyc"))


def words_and_spaces(pieces: Iterable[str]) -> tuple[list[str], list[bool]]:
    """spaCy words/spaces from pieces that concatenate to the text, in one pass.

    A single space after a token becomes that token's trailing space; other whitespace stays a
    token of its own, so ``"".join(w + " " * s for w, s in zip(...))`` is the text again.

    >>> words_and_spaces(["A", " ", "股", "  ", "B"])
    (['A', '股', ' ', 'B'], [True, True, False, False])
    """
    words: list[str] = []
    spaces: list[bool] = []
    for piece in pieces:
        if not piece:
            continue
        if piece[0] == " " and words and not spaces[-1] and not words[-1].isspace():
            spaces[-1] = True
            piece = piece[1:]
            if not piece:
                continue
        words.append(piece)
        spaces.append(False)
    return words, spaces


def char_pieces(text: str) -> list[str]:
    """The ``char`` segmenter's pieces: one per character, except runs of ASCII letters and digits,
    of spaces, and of line breaks, which stay whole (the same as ``_CHAR_PIECES.findall``, faster).

    >>> char_pieces("H100芯片 2.5亿")
    ['H100', '芯', '片', ' ', '2', '.', '5', '亿']
    """
    pieces: list[str] = []
    position = 0
    for match in _LONG_PIECES.finditer(text):
        start = match.start()
        if start > position:
            pieces += text[position:start]
        pieces.append(match.group())
        position = match.end()
    if position < len(text):
        pieces += text[position:]
    return pieces


class OrthTable(dict[str, int]):
    """Piece → orth id (its hash in the vocab's string store), added to the store on first sight.

    spaCy builds a Doc from orth ids without hashing every word again, which halves its cost when
    every character is a token.

    >>> import spacy
    >>> table = OrthTable(spacy.blank("zh").vocab.strings)
    >>> table["元"] == table.strings["元"]
    True
    """

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings
        # single characters by code point (orth ids as objects, see _char_pieces)
        self.by_code: list[object] = _char_pieces.new_code_table() if _NATIVE_PIECES else []

    def __missing__(self, piece: str) -> int:
        orth: int = self.strings.add(piece)
        self[piece] = orth
        return orth


def char_orths(text: str, orths: OrthTable) -> list[int]:
    """The orth ids of :func:`char_pieces`, without making a string per piece first (a loop over code
    points in :mod:`._char_pieces` when it is compiled, the regex scan otherwise).

    >>> import spacy
    >>> table = OrthTable(spacy.blank("zh").vocab.strings)
    >>> [table.strings[orth] for orth in char_orths("H100芯片", table)]
    ['H100', '芯', '片']
    """
    lookup = orths.__getitem__
    if _NATIVE_PIECES:
        return _char_pieces.char_orths(text, orths.by_code, lookup)
    found: list[int] = []
    position = 0
    for match in _LONG_PIECES.finditer(text):
        start = match.start()
        if start > position:
            found += map(lookup, text[position:start])
        found.append(lookup(match.group()))
        position = match.end()
    if position < len(text):
        found += map(lookup, text[position:])
    return found


def char_tokens(text: str, orths: OrthTable) -> tuple[list[int], list[bool], list[int]]:
    """spaCy's words (orth ids) and spaces for the ``char`` segmenter (:func:`words_and_spaces` of
    :func:`char_pieces`, in one compiled loop when :mod:`._char_pieces` is compiled), and the token
    breaks that map character offsets to tokens (:func:`._char_pieces.token_at`; empty when the
    loop is not compiled).

    >>> import spacy
    >>> table = OrthTable(spacy.blank("zh").vocab.strings)
    >>> words, spaces, breaks = char_tokens("H100 芯片", table)
    >>> [table.strings[orth] for orth in words], spaces, breaks in ([4, 1, 5, 1], [])
    (['H100', '芯', '片'], [True, False, False], True)
    """
    has_space = " " in text
    if _NATIVE_PIECES:
        words, spaces, breaks = _char_pieces.char_tokens(text, orths.by_code, orths.__getitem__, has_space)
        return words, spaces if has_space else [False] * len(words), breaks
    if not has_space:
        words = char_orths(text, orths)
        return words, [False] * len(words), []
    strings, spaces = words_and_spaces(char_pieces(text))
    return list(map(orths.__getitem__, strings)), spaces, []


def split_pieces(text: str, limit: int = MAX_PIECE_CHARS) -> Iterator[str]:
    """Cut text into pieces of at most ``limit`` characters, at sentence ends where possible.

    >>> list(split_pieces("一。二。三", limit=2))
    ['一。', '二。', '三']
    """
    piece_start = 0
    last_cut = 0
    for match in _SENTENCE_END.finditer(text):
        cut = match.start()
        if cut - piece_start > limit and last_cut > piece_start:
            yield text[piece_start:last_cut]
            piece_start = last_cut
        while cut - piece_start > limit:
            yield text[piece_start : piece_start + limit]
            piece_start += limit
        last_cut = cut
    if last_cut - piece_start > 0 and len(text) - piece_start > limit:
        yield text[piece_start:last_cut]
        piece_start = last_cut
    while len(text) - piece_start > limit:
        yield text[piece_start : piece_start + limit]
        piece_start += limit
    if piece_start < len(text):
        yield text[piece_start:]


class FinextractTokenizer:
    """Tokenizer with a choice of segmenter and linear cost in the text length."""

    keeps_text = True  # every Doc keeps its text in user_data (see components/text.py)

    def __init__(self, vocab: Vocab, segmenter: str = "char", pkuseg_model: str | None = None) -> None:
        if segmenter not in SEGMENTERS:
            raise ValueError(f"segmenter must be one of {SEGMENTERS}, not {segmenter!r}")
        self.vocab = vocab
        self.segmenter = segmenter
        self.pkuseg_model = pkuseg_model
        self._cut: Callable[[str], Iterable[str]] | None = None
        self._orths: OrthTable | None = None

    @pausing_gc
    def __call__(self, text: str) -> Doc:
        orths = self._orth_table()
        breaks: list[int] = []
        if self.segmenter == "char":
            words, spaces, breaks = char_tokens(text, orths)
        else:
            strings, spaces = words_and_spaces(self._pieces(text))
            words = list(map(orths.__getitem__, strings))
        try:
            doc = Doc(self.vocab, words=words, spaces=spaces)  # type: ignore[arg-type]  # orth ids are accepted
        except KeyError:  # the vocab's strings were reloaded (from_disk) since the table was made
            self._orths = None
            return self(text)
        remember_text(doc, text, breaks)
        return doc

    def _orth_table(self) -> OrthTable:
        if self._orths is None or self._orths.strings is not self.vocab.strings:
            self._orths = OrthTable(self.vocab.strings)
        return self._orths

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_orths"] = None  # rebuilt on first use, against the vocab it is unpickled with
        return state

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def _pieces(self, text: str) -> Iterator[str]:
        if self.segmenter == "char":
            for match in _CHAR_PIECES.finditer(text):
                yield match.group()
            return
        cut = self._segment_function()
        for piece in split_pieces(text):
            yield from _exact_words(piece, cut(piece))

    def _segment_function(self) -> Callable[[str], Iterable[str]]:
        if self._cut is None:
            if self.segmenter == "jieba":
                import jieba

                jieba.setLogLevel(60)
                self._cut = lambda piece: jieba.cut(piece, HMM=True)
            else:
                self._cut = _load_pkuseg(self.pkuseg_model)
        return self._cut

    # Serialisation: the segmenter choice, and the pkuseg model files when there are any.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return srsly.msgpack_dumps({"segmenter": self.segmenter})  # type: ignore[no-any-return]

    def from_bytes(self, data: bytes, **kwargs: Any) -> FinextractTokenizer:
        self.segmenter = srsly.msgpack_loads(data)["segmenter"]
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"segmenter": self.segmenter})
        if self.segmenter == "pkuseg" and self.pkuseg_model:
            shutil.copytree(self.pkuseg_model, path / "pkuseg_model", dirs_exist_ok=True)

    def from_disk(self, path: str | Path, **kwargs: Any) -> FinextractTokenizer:
        path = Path(path)
        self.segmenter = srsly.read_json(path / "cfg.json")["segmenter"]
        if (path / "pkuseg_model").is_dir():
            self.pkuseg_model = str(path / "pkuseg_model")
            self._cut = None
        return self


def _exact_words(piece: str, words: Iterable[str]) -> Iterator[str]:
    """Lay segmenter output back onto the piece, so dropped or altered characters cannot shift offsets."""
    position = 0
    for word in words:
        if not word:
            continue
        found = piece.find(word, position, position + len(word) + 16)
        if found < 0:
            continue
        if found > position:
            yield piece[position:found]
        yield word
        position = found + len(word)
    if position < len(piece):
        yield piece[position:]


def _load_pkuseg(model_dir: str | None) -> Callable[[str], Iterable[str]]:
    if not model_dir or not Path(model_dir).is_dir():
        raise ValueError(
            "the pkuseg segmenter needs pkuseg_model: a directory holding a trained spacy-pkuseg "
            "model (features and weights). Nothing is downloaded."
        )
    import spacy_pkuseg

    segmenter = spacy_pkuseg.pkuseg(model_name=model_dir, user_dict=None)
    return segmenter.cut  # type: ignore[no-any-return]


@registry.tokenizers("finextract.Tokenizer.v1")
def create_tokenizer(
    segmenter: str = "char", pkuseg_model: str | None = None
) -> Callable[[Language], FinextractTokenizer]:
    """Registered factory: ``[nlp.tokenizer] @tokenizers = "finextract.Tokenizer.v1"``."""

    def make(nlp: Language) -> FinextractTokenizer:
        return FinextractTokenizer(nlp.vocab, segmenter=segmenter, pkuseg_model=pkuseg_model)

    return make


__all__ = ["FinextractTokenizer", "create_tokenizer", "split_pieces", "words_and_spaces"]
