"""The ``char`` segmenter's pieces as orth ids, one loop over code points (compiled with mypyc).

A piece is one character, except runs of ASCII letters and digits, of whitespace other than line
breaks, and of line breaks, which stay whole (``tokenizer.char_pieces`` is the regex reference this
loop is tested against). Each piece is looked up once in the caller's table (piece → orth id);
characters of the Basic Multilingual Plane are also kept in a list indexed by code point, so the
common case, a CJK character seen before, costs two array reads instead of a one-character string
and a dictionary lookup. The orth ids are held as plain objects, never as ``int``: they are 64-bit
hashes, which mypyc would unbox on every read and box again on every append (that doubled the
loop's cost).

>>> table = {}
>>> def lookup(piece: str) -> int:
...     return table.setdefault(piece, len(table) + 1)
>>> by_code = new_code_table()
>>> char_orths("H100芯片  芯", by_code, lookup)
[1, 2, 3, 4, 2]
>>> list(table)
['H100', '芯', '片', '  ']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, cast

if TYPE_CHECKING:  # native 64-bit integers when compiled; plain ints otherwise (never imported at run time)
    from mypy_extensions import i64

OTHER: Final = 0  # a piece of its own
WORD: Final = 1  # [A-Za-z0-9]
BLANK: Final = 2  # whitespace other than a line break
BREAK: Final = 3  # \n
CODE_TABLE_SIZE: Final = 0x10000  # the Basic Multilingual Plane; no letter, digit or space lies above it
LAST_SPACE: Final = 0x3000  # no code point above U+3000 (ideographic space) is whitespace


def _classes() -> bytes:
    """The class of each code point of the Basic Multilingual Plane, built on first use (not at import)."""
    global _classes_table
    if _classes_table is not None:
        return _classes_table
    table = bytearray(CODE_TABLE_SIZE)
    for code in range(LAST_SPACE + 1):
        if chr(code).isspace():
            table[code] = BLANK
    table[ord("\n")] = BREAK
    for char in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
        table[ord(char)] = WORD
    _classes_table = bytes(table)
    return _classes_table


_classes_table: bytes | None = None


def new_code_table() -> list[object]:
    """An empty code point → orth id table for :func:`char_orths` (None: not looked up yet)."""
    return [None] * CODE_TABLE_SIZE


def char_orths(text: str, by_code: list[object], lookup: Callable[[str], int]) -> list[int]:
    """The orth id of every piece of ``text``, left to right.

    ``lookup`` gives a piece's orth id (never 0); ``by_code`` (from :func:`new_code_table`) caches
    it for single characters and is filled as the text is read.
    """
    return _pieces(text, by_code, lookup, False)[0]


def char_orths_and_spaces(
    text: str, by_code: list[object], lookup: Callable[[str], int]
) -> tuple[list[int], list[bool]]:
    """spaCy's words (as orth ids) and spaces for the pieces of ``text``: a piece of whitespace that
    starts with a space after a token that is not whitespace gives that space to the token as its
    trailing space (``tokenizer.words_and_spaces``, the reference).

    >>> table = {}
    >>> def lookup(piece: str) -> int:
    ...     return table.setdefault(piece, len(table) + 1)
    >>> char_orths_and_spaces("A 股  B", new_code_table(), lookup), list(table)
    (([1, 2, 3, 4], [True, True, False, False]), ['A', '股', ' ', 'B'])
    """
    orths, spaces, _ = _pieces(text, by_code, lookup, True)
    return orths, spaces


def char_tokens(
    text: str, by_code: list[object], lookup: Callable[[str], int], with_spaces: bool
) -> tuple[list[int], list[bool], list[int]]:
    """:func:`char_orths_and_spaces` (with ``with_spaces`` False, for a text that holds no space:
    :func:`char_orths` and no flags), and the token breaks that :func:`token_at` reads: after
    each piece of several characters and each space given to the token before it, the offset
    reached and the number of tokens made so far.

    >>> table = {}
    >>> def lookup(piece: str) -> int:
    ...     return table.setdefault(piece, len(table) + 1)
    >>> char_tokens("营收H100 台", new_code_table(), lookup, True)
    ([1, 2, 3, 4], [False, False, True, False], [6, 3, 7, 3])
    """
    return _pieces(text, by_code, lookup, with_spaces)


def token_at(breaks: list[int], char: int) -> int:
    """The index of the token that starts at offset ``char`` of the text (or, at its end, the
    number of tokens), given the breaks :func:`char_tokens` made for it: every character after
    the last break is a token of its own. For an offset inside a token the result is not
    meaningful; a caller checks the token's offset.

    >>> breaks = [6, 3, 7, 3]  # 营 收 H100 台: "H100" ends at 6 (3 tokens), its space at 7
    >>> [token_at(breaks, char) for char in (0, 1, 2, 6, 7, 8)]
    [0, 1, 2, 3, 3, 4]
    """
    low: i64 = 0
    high: i64 = len(breaks) // 2  # the breaks at or before ``char`` are those below ``low``
    while low < high:
        middle: i64 = (low + high) // 2
        if breaks[2 * middle] <= char:
            low = middle + 1
        else:
            high = middle
    if low == 0:
        return char
    offset: i64 = breaks[2 * low - 2]
    tokens: i64 = breaks[2 * low - 1]
    return tokens + (char - offset)


def _pieces(
    text: str, by_code: list[object], lookup: Callable[[str], int], with_spaces: bool
) -> tuple[list[int], list[bool], list[int]]:
    """The orth ids of the pieces, ``with_spaces`` spaCy's trailing-space flags (else empty), and
    the token breaks (see :func:`token_at`)."""
    classes = _classes()
    found: list[object] = []  # orth ids as objects: mypyc would unbox each 64-bit hash
    spaces: list[bool] = []
    breaks: list[int] = []
    after_word = False  # the last token is not whitespace and has no trailing space yet
    length: i64 = len(text)
    index: i64 = 0
    while index < length:
        code: i64 = ord(text[index])
        kind: i64 = classes[code] if code < CODE_TABLE_SIZE else OTHER
        end: i64 = index + 1
        if kind != OTHER:
            while end < length:
                following: i64 = ord(text[end])
                if following >= CODE_TABLE_SIZE or classes[following] != kind:
                    break
                end += 1
            if with_spaces:
                if code == 32 and after_word:  # " " after a word: that word's trailing space
                    spaces[-1] = True
                    index += 1
                    after_word = False
                    breaks.append(index)
                    breaks.append(len(found))
                    if index == end:
                        continue
                    code = ord(text[index])
                after_word = kind == WORD
            if end - index > 1:
                found.append(lookup(text[index:end]))
                if with_spaces:
                    spaces.append(False)
                index = end
                breaks.append(index)
                breaks.append(len(found))
                continue
        elif with_spaces:
            after_word = True
        orth: object
        if code < CODE_TABLE_SIZE:
            orth = by_code[code]
            if orth is None:
                orth = lookup(text[index])
                by_code[code] = orth
        else:
            orth = lookup(text[index])
        found.append(orth)
        if with_spaces:
            spaces.append(False)
        index += 1
    return cast(list[int], found), spaces, breaks
