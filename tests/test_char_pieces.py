"""The ``char`` segmenter's code-point loop (finextract/_char_pieces.py) against its regex reference
(``tokenizer.char_pieces``), whether the loop is compiled or plain Python."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finextract import _char_pieces
from finextract.tokenizer import char_pieces, words_and_spaces
from tests.alphabets import joined_pieces

# Letters, digits, every kind of whitespace the classes tell apart, CJK, full-width and astral characters.
PIECES = [*"aZ09H盐湖股份、。 \t\n\r\u3000\xa0\x1f\u2028１Ａ", "\U0001f600", "𠀀", "  ", "\n\n", "H100", "3.5亿"]


def pieces_by_orths(text: str) -> list[str]:
    table: dict[str, int] = {}

    def lookup(piece: str) -> int:
        return table.setdefault(piece, len(table) + 1)

    orths = _char_pieces.char_orths(text, _char_pieces.new_code_table(), lookup)
    strings = {orth: piece for piece, orth in table.items()}
    return [strings[orth] for orth in orths]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("", []),
        ("H100芯片", ["H100", "芯", "片"]),
        ("a b", ["a", " ", "b"]),
        ("ab  cd\n\n\n盐", ["ab", "  ", "cd", "\n\n\n", "盐"]),
        ("\r\n", ["\r", "\n"]),
        (" \t\u3000", [" \t\u3000"]),
        ("１２", ["１", "２"]),
        ("😀😀", ["😀", "😀"]),
    ],
    ids=["empty", "letter-run", "single-space", "runs", "crlf", "mixed-blanks", "fullwidth-digits", "astral"],
)
def test_pieces(text: str, pieces: list[str]) -> None:
    assert pieces_by_orths(text) == pieces == char_pieces(text)


@settings(max_examples=2000, deadline=None)
@given(joined_pieces(PIECES, max_size=40))
def test_loop_matches_the_regex_reference(text: str) -> None:
    assert pieces_by_orths(text) == char_pieces(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_loop_matches_the_regex_reference_on_any_text(text: str) -> None:
    assert pieces_by_orths(text) == char_pieces(text)


def words_by_orths(text: str) -> tuple[list[str], list[bool]]:
    table: dict[str, int] = {}

    def lookup(piece: str) -> int:
        return table.setdefault(piece, len(table) + 1)

    orths, spaces = _char_pieces.char_orths_and_spaces(text, _char_pieces.new_code_table(), lookup)
    strings = {orth: piece for piece, orth in table.items()}
    return [strings[orth] for orth in orths], spaces


@pytest.mark.parametrize(
    ("text", "words", "spaces"),
    [
        ("", [], []),
        ("A 股", ["A", "股"], [True, False]),
        ("股 A", ["股", "A"], [True, False]),
        ("A  B", ["A", " ", "B"], [True, False, False]),
        (" A", [" ", "A"], [False, False]),
        ("A\n B", ["A", "\n", " ", "B"], [False, False, False, False]),
        ("A\t B", ["A", "\t ", "B"], [False, False, False]),
        ("A \t", ["A", "\t"], [True, False]),
        ("亿 ", ["亿"], [True]),
        ("😀 😀", ["😀", "😀"], [True, False]),
    ],
    ids=[
        "empty", "word-space", "char-space", "two-spaces", "leading-space", "after-line-break", "tab-first",
        "space-then-tab", "trailing-space", "astral",
    ],
)  # fmt: skip
def test_words_and_spaces(text: str, words: list[str], spaces: list[bool]) -> None:
    assert words_by_orths(text) == (words, spaces) == words_and_spaces(char_pieces(text))


@settings(max_examples=2000, deadline=None)
@given(joined_pieces(PIECES, max_size=40))
def test_words_and_spaces_match_the_reference(text: str) -> None:
    assert words_by_orths(text) == words_and_spaces(char_pieces(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_words_and_spaces_match_the_reference_on_any_text(text: str) -> None:
    assert words_by_orths(text) == words_and_spaces(char_pieces(text))


def test_single_characters_are_looked_up_once() -> None:
    looked_up: list[str] = []

    def lookup(piece: str) -> int:
        looked_up.append(piece)
        return len(looked_up)

    table = _char_pieces.new_code_table()
    first = _char_pieces.char_orths("盐湖盐湖", table, lookup)
    again = _char_pieces.char_orths("湖盐", table, lookup)
    assert looked_up == ["盐", "湖"]
    assert first == [1, 2, 1, 2] and again == [2, 1]


def test_no_whitespace_above_the_last_space_the_classes_look_at() -> None:
    assert [code for code in range(_char_pieces.CODE_TABLE_SIZE) if chr(code).isspace()][-1] == _char_pieces.LAST_SPACE
    assert not any(chr(code).isspace() for code in range(_char_pieces.CODE_TABLE_SIZE, 0x110000))


def token_offsets(text: str, with_spaces: bool) -> tuple[list[tuple[int, int]], list[int]]:
    """The (start, end) of every token the loop makes (from the reference pieces and spaces), and
    the breaks it gives."""
    words, spaces = words_and_spaces(char_pieces(text)) if with_spaces else (char_pieces(text), [])
    offsets = []
    position = 0
    for index, word in enumerate(words):
        offsets.append((position, position + len(word)))
        position += len(word) + (1 if with_spaces and spaces[index] else 0)
    table: dict[str, int] = {}
    lookup = lambda piece: table.setdefault(piece, 1)  # noqa: E731
    breaks = _char_pieces.char_tokens(text, _char_pieces.new_code_table(), lookup, with_spaces)[2]
    return offsets, breaks


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("盐湖股份", []),
        ("营收H100 台", [6, 3, 7, 3]),
        ("A  B", [2, 1]),
        ("3.5亿", []),
        ("2023年\n\n", [4, 1, 7, 3]),
    ],
    ids=["single-characters", "run-then-space", "space-then-blank", "no-run", "runs-at-both-ends"],
)
def test_breaks(text: str, breaks: list[int]) -> None:
    assert token_offsets(text, " " in text)[1] == breaks


@settings(max_examples=2000, deadline=None)
@given(joined_pieces(PIECES, max_size=40), st.booleans())
def test_token_at_finds_every_token_start_and_end(text: str, with_spaces: bool) -> None:
    if not with_spaces:
        text = text.replace(" ", "")  # char_tokens without spaces is for texts that hold none
    offsets, breaks = token_offsets(text, with_spaces)
    for index, (start, end) in enumerate(offsets):
        assert _char_pieces.token_at(breaks, start) == index
        assert _char_pieces.token_at(breaks, end) == index + 1
