"""The amount parser's first pass: where a figure may start an amount, one loop over code points.

A *figure run* is a maximal run of digits and Chinese numerals (with ``.``/``,`` between digits)
that may start an amount: it follows a prefix's last character (人民币, 约, -), or a unit,
magnitude, range sign… follows it, or it ends in a magnitude. The rule is
``_run_patterns`` in ``amount_parser`` — the reference, used when this module is not compiled —
written as a loop that mypyc compiles to C (``ord(text[i])`` and ``bytes[i]`` become plain
array reads), several times cheaper a character than the regex engine's scan.

>>> classes = character_classes(figures="0123456789万亿", fullwidth="１", prefix_endings="约",
...     followers="元万亿", magnitudes="万亿")
>>> figure_runs("2025年营收约3,500万元", classes, True)
[8, 14]
>>> figure_runs("１万元", classes, True) is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # native 64-bit integers when compiled; plain ints otherwise (never imported at run time)
    from mypy_extensions import i64

FIGURE: Final = 1  # a digit or Chinese numeral (a run is made of them)
FULLWIDTH: Final = 2  # a full-width character: the text must be read in ASCII first
PREFIX_ENDING: Final = 4  # the last character of what may stand before a figure (人民币, 约, -)
FOLLOWER: Final = 8  # may follow a run that starts an amount (a unit's first character, 至, 余…)
MAGNITUDE: Final = 16  # 万, 亿…: a run ending in one is an amount
SEPARATOR: Final = 32  # . , ，: inside a run when a digit follows
DIGIT: Final = 64  # 0-9
TABLE_SIZE: Final = 0x10000  # classes of the Basic Multilingual Plane; every class member lies in it


def character_classes(figures: str, fullwidth: str, prefix_endings: str, followers: str, magnitudes: str) -> bytes:
    """The class bits of each code point below U+10000 (one byte each), for :func:`figure_runs`."""
    table = bytearray(TABLE_SIZE)
    for chars, bit in (
        (figures, FIGURE),
        (fullwidth, FULLWIDTH),
        (prefix_endings, PREFIX_ENDING),
        (followers, FOLLOWER),
        (magnitudes, MAGNITUDE),
        (".,，", SEPARATOR),
        ("0123456789", DIGIT),
    ):
        for char in chars:
            if ord(char) >= TABLE_SIZE:
                raise ValueError(f"{char!r} lies outside the Basic Multilingual Plane")
            table[ord(char)] |= bit
    return bytes(table)


def figure_runs(text: str, classes: bytes, fullwidth_stops: bool) -> list[int] | None:
    """Start and end of each figure run, flat (``[start, end, start, end, …]``), left to right.

    ``None`` when ``fullwidth_stops`` and the text holds a full-width character.
    """
    length: i64 = len(text)
    runs: list[int] = []
    index: i64 = 0
    code: i64
    flags: i64
    while index < length:
        code = ord(text[index])  # _flags written out: this line runs for every character
        flags = classes[code] if code < TABLE_SIZE else 0
        if not flags & (FIGURE | FULLWIDTH):
            index += 1
            continue
        if flags & FULLWIDTH:
            if fullwidth_stops:
                return None
            index += 1
            continue
        before: i64 = 0
        if index:
            before = _flags(text, index - 1, classes)
            if before & FIGURE or (before & SEPARATOR and index > 1 and _flags(text, index - 2, classes) & FIGURE):
                index += 1  # inside a run already tried; the decimals of 3.5, the groups of 3,500
                continue
        end: i64 = index + 1
        last: i64 = flags
        while end < length:
            flags = _flags(text, end, classes)
            if flags & FIGURE:
                last = flags
                end += 1
            elif flags & SEPARATOR and end + 1 < length and _flags(text, end + 1, classes) & DIGIT:
                end += 1
            else:
                break
        if before & PREFIX_ENDING or last & MAGNITUDE or (end < length and _follows(text, end, classes)):
            runs.append(index)
            runs.append(end)
            index = end
        else:
            index += 1
    return runs


def _flags(text: str, index: i64, classes: bytes) -> i64:
    code: i64 = ord(text[index])
    return classes[code] if code < TABLE_SIZE else 0


def _follows(text: str, index: i64, classes: bytes) -> bool:
    """Whether what stands at ``index`` (after one space, if any) continues an amount."""
    flags = _flags(text, index, classes)
    if flags & FOLLOWER:
        return True
    return text[index] == " " and index + 1 < len(text) and bool(_flags(text, index + 1, classes) & FOLLOWER)
