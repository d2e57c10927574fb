"""Every occurrence of a fixed set of strings in a text: a trie walked over code points.

The company scanner looks for about 10,000 strings (the registry's names and the stage trigger
words) in every paragraph. ahocorasick_rs finds the same matches, but over the text's UTF-8 bytes
through an automaton of some 100,000 states, whose transitions leave the CPU caches between
paragraphs: 4–6 µs for a paragraph of 84 characters, up to a tenth of what spaCy itself spends
on it. Here most positions are passed over after two reads of small tables: whether a character
starts a string, and whether a string can start with these two characters (one bit of a hashed
filter). Only where both hold is the trie walked, from that position, as long as the characters
follow one of its strings; a walk is no longer than the longest string, so the cost stays linear
in the text. The trie's transitions are one open-addressing hash table packed in ``bytes`` (a
probe is one cache line, where a ``dict`` with integer keys touches four), and compiled with
mypyc ``ord(text[i])`` and ``bytes[i]`` are plain array reads.

>>> trie = PatternTrie(["盐湖股份", "盐湖", "与", "公司"])
>>> trie.matches("盐湖股份与某公司")
[(1, 0, 2), (0, 0, 4), (2, 4, 5), (3, 6, 8)]
>>> trie = PatternTrie(["盐湖", "与", "公司"], flags=[0, 1, 2], quiet=[False, True, True])
>>> trie.find("盐湖与某公司")
(3, [0, 0, 2])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # native 64-bit integers when compiled; plain ints otherwise (never imported at run time)
    from mypy_extensions import i64

TABLE_SIZE: Final = 0x10000  # the tables by code point cover the Basic Multilingual Plane
SINGLE: Final = 1  # class bit: a one-character string is this character
QUIET_SINGLE: Final = 2  # class bit: a quiet one-character string is this character
STARTS: Final = 4  # class bit: a longer string starts with this character
CODE_BITS: Final = 21  # a transition's key: node << CODE_BITS | code point
CODE_MASK: Final = (1 << CODE_BITS) - 1
PAIR_BITS: Final = 20  # the pair filter holds 2**20 bits (128 KiB)
PAIR_MASK: Final = (1 << PAIR_BITS) - 1
PAIR_MULTIPLIER: Final = 40503  # spreads the first character's code over the filter
SLOT: Final = 16  # bytes of a slot: key + 1 (6 bytes), child node (4), number + 1 of the string ending there (4)
MAX_NODES: Final = 1 << 26  # node ids fit the 6-byte key and the 4-byte child


def _pair_bit(first: i64, second: i64) -> i64:
    """The filter bit of a string's first two code points."""
    return (first * PAIR_MULTIPLIER + second) & PAIR_MASK


def _slot_of(key: i64, mask: i64) -> i64:
    """The first slot to probe for ``key``."""
    return ((key >> CODE_BITS) * PAIR_MULTIPLIER + (key & CODE_MASK) * 31) & mask


def _read(table: bytes, offset: i64, size: i64) -> i64:
    """The little-endian unsigned integer of ``size`` bytes at ``offset``."""
    value: i64 = 0
    shift: i64 = 0
    index: i64 = offset
    while index < offset + size:
        value |= table[index] << shift
        shift += 8
        index += 1
    return value


def _write(table: bytearray, offset: int, size: int, value: int) -> None:
    table[offset : offset + size] = value.to_bytes(size, "little")


class PatternTrie:
    """The strings ``patterns`` (numbered by position), found anywhere in a text, overlapping ones
    too. An empty string is never found; a repeated one is found under its first number.

    Each string may carry ``flags`` (an int; :meth:`find` returns the OR of the flags of every
    string found) and be ``quiet``: found for its flags only, without a record of where. The
    scanner's trigger letters are quiet: it needs to know that the text holds a letter, not where.
    """

    def __init__(
        self, patterns: Sequence[str], flags: Sequence[int] | None = None, quiet: Sequence[bool] | None = None
    ) -> None:
        flags = list(flags) if flags is not None else [0] * len(patterns)
        quiet = list(quiet) if quiet is not None else [False] * len(patterns)
        if len(flags) != len(patterns) or len(quiet) != len(patterns):
            raise ValueError("flags and quiet need one item per pattern")
        classes = bytearray(TABLE_SIZE)
        single = [0] * TABLE_SIZE  # code point → number + 1 of the one-character string (0: none)
        pairs = bytearray((PAIR_MASK + 1) // 8)
        wide: dict[int, int] = {}  # a first code point above the BMP → its node
        wide_single: dict[int, int] = {}  # a one-character string above the BMP → number + 1
        # Node ids: 1 + code point for the first character of a string in the BMP, then in order.
        children: dict[int, int] = {}  # node << CODE_BITS | code point → child node
        ends: dict[int, int] = {}  # node → number + 1 of the string that ends there
        next_node = TABLE_SIZE + 1
        for number, pattern in enumerate(patterns):
            if not pattern:
                continue
            code = ord(pattern[0])
            if len(pattern) == 1:
                if code < TABLE_SIZE:
                    if not classes[code] & (SINGLE | QUIET_SINGLE):
                        classes[code] |= QUIET_SINGLE if quiet[number] else SINGLE
                        single[code] = number + 1
                else:
                    wide_single.setdefault(code, number + 1)
                continue
            if code < TABLE_SIZE:
                classes[code] |= STARTS
                node = code + 1
            else:
                node = wide.get(code, 0)
                if not node:
                    node = wide[code] = next_node
                    next_node += 1
            bit = _pair_bit(code, ord(pattern[1]))
            pairs[bit >> 3] |= 1 << (bit & 7)
            for char in pattern[1:]:
                key = node << CODE_BITS | ord(char)
                child = children.get(key)
                if child is None:
                    child = children[key] = next_node
                    next_node += 1
                node = child
            ends.setdefault(node, number + 1)
        if next_node >= MAX_NODES:
            raise ValueError(f"too many strings for a PatternTrie: {next_node} nodes")
        size = 1024
        while size < 2 * len(children):
            size *= 2
        mask = size - 1
        table = bytearray(size * SLOT)
        for key, child in children.items():
            slot = _slot_of(key, mask)
            while table[slot * SLOT : slot * SLOT + 6] != bytes(6):
                slot = (slot + 1) & mask
            _write(table, slot * SLOT, 6, key + 1)
            _write(table, slot * SLOT + 6, 4, child)
            _write(table, slot * SLOT + 10, 4, ends.get(child, 0))
        self._classes = bytes(classes)
        self._single = single
        self._pairs = bytes(pairs)
        self._table = bytes(table)
        self._mask: i64 = mask
        self._wide = wide
        self._wide_single = wide_single
        self._flags = flags
        self._quiet = bytes(quiet)

    def find(self, text: str, start: int = 0, stop: int = -1) -> tuple[int, list[int]]:
        """The OR of the flags of every string found in ``text`` (within ``text[start:stop]``, as
        ``re``'s ``pos`` and ``endpos``; ``stop`` -1 for the end), and where the strings that are
        not quiet occur: ``[number, start, end, number, start, end, …]`` flat, by start, then
        shortest first (a flat list: no tuple to allocate per occurrence)."""
        classes, pairs, table = self._classes, self._pairs, self._table
        flags_of, quiet = self._flags, self._quiet
        mask: i64 = self._mask
        flags = 0
        found: list[int] = []
        length: i64 = len(text) if stop < 0 else min(stop, len(text))
        position: i64 = max(start, 0)
        while position < length:
            code: i64 = ord(text[position])
            node: i64 = 0
            if code < TABLE_SIZE:
                kind: i64 = classes[code]
                if kind == 0:
                    position += 1
                    continue
                if kind & (SINGLE | QUIET_SINGLE):
                    number: i64 = self._single[code] - 1
                    flags |= flags_of[number]
                    if kind & SINGLE:
                        found.append(number)
                        found.append(position)
                        found.append(position + 1)
                if kind & STARTS and position + 1 < length:
                    bit = _pair_bit(code, ord(text[position + 1]))
                    if pairs[bit >> 3] & (1 << (bit & 7)):
                        node = code + 1
            else:
                number = self._wide_single.get(code, 0) - 1
                if number >= 0:
                    flags |= flags_of[number]
                    if not quiet[number]:
                        found.append(number)
                        found.append(position)
                        found.append(position + 1)
                node = self._wide.get(code, 0)
            end: i64 = position + 1
            while node and end < length:
                key: i64 = node << CODE_BITS | ord(text[end])
                slot: i64 = _slot_of(key, mask)
                node = 0
                while True:
                    stored = _read(table, slot * SLOT, 6)
                    if stored == 0:
                        break
                    if stored == key + 1:
                        node = _read(table, slot * SLOT + 6, 4)
                        end += 1
                        number = _read(table, slot * SLOT + 10, 4) - 1
                        if number >= 0:
                            flags |= flags_of[number]
                            if not quiet[number]:
                                found.append(number)
                                found.append(position)
                                found.append(end)
                        break
                    slot = (slot + 1) & mask
            position += 1
        return flags, found

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """``(number, start, end)`` of every occurrence of a string that is not quiet, by start, then
        shortest first."""
        found = self.find(text)[1]
        return [(found[index], found[index + 1], found[index + 2]) for index in range(0, len(found), 3)]


__all__ = ["PatternTrie"]
