"""The ``char`` segmenter's pieces as orth ids, one loop over code points (compiled with mypyc).

A piece is one character, except runs of ASCII letters and digits, of whitespace other than line
breaks, and of line breaks, which stay whole (``tokenizer.char_pieces`` is the regex reference this
loop is tested against). Each piece is looked up once in the caller's table (piece → orth id);
characters of the Basic Multilingual Plane are also kept in a list indexed by code point, so the
common case, a CJK character seen before, costs two array reads instead of a one-character string
and a dictionary lookup.

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
from typing import TYPE_CHECKING, Final

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


def new_code_table() -> list[int]:
    """An empty code point → orth id table for :func:`char_orths` (0: not looked up yet)."""
    return [0] * CODE_TABLE_SIZE


def char_orths(text: str, by_code: list[int], lookup: Callable[[str], int]) -> list[int]:
    """The orth id of every piece of ``text``, left to right.

    ``lookup`` gives a piece's orth id (never 0); ``by_code`` (from :func:`new_code_table`) caches
    it for single characters and is filled as the text is read.
    """
    classes = _classes()
    found: list[int] = []
    length: i64 = len(text)
    index: i64 = 0
    while index < length:
        code: i64 = ord(text[index])
        kind: i64 = classes[code] if code < CODE_TABLE_SIZE else OTHER
        if kind != OTHER:
            end: i64 = index + 1
            while end < length:
                following: i64 = ord(text[end])
                if following >= CODE_TABLE_SIZE or classes[following] != kind:
                    break
                end += 1
            if end - index > 1:
                found.append(lookup(text[index:end]))
                index = end
                continue
        if code < CODE_TABLE_SIZE:
            orth = by_code[code]
            if orth == 0:
                orth = lookup(text[index])
                by_code[code] = orth
        else:
            orth = lookup(text[index])
        found.append(orth)
        index += 1
    return found
