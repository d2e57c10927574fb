"""The figure-run scan as a loop over code points (``_figure_runs``) finds exactly the runs the
reference regexes (``_run_patterns``) find."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from alphabets import FINANCIAL_CHARACTERS, joined_pieces
from hypothesis import given, settings
from hypothesis import strategies as st

from finextract._figure_runs import character_classes, figure_runs
from finextract._numerals import FULLWIDTH_CHARS
from finextract.amount_parser import _patterns, _regex_run_bounds, _run_patterns

ROOT = Path(__file__).resolve().parents[1]
# Figures, separators, prefix endings, followers, full-width and astral characters, and words around them.
PIECES = [*FINANCIAL_CHARACTERS, *"壹陆人民币\tUS$年第前HB１２．％Ａ", "\U0001f600", "亿元", "万吨", "成员"]


def _both(text: str) -> None:
    patterns = _patterns()
    runs, runs_or_fullwidth = _run_patterns()
    for fullwidth_stops, reference in ((True, runs_or_fullwidth), (False, runs)):
        expected = _regex_run_bounds(text, reference)
        assert figure_runs(text, patterns.classes, fullwidth_stops) == expected, f"{text!r}, {fullwidth_stops}"


@settings(max_examples=500)
@given(joined_pieces(PIECES, max_size=40))
def test_the_loop_and_the_regexes_agree_on_generated_text(text: str) -> None:
    _both(text)


@given(st.text(max_size=60))
def test_the_loop_and_the_regexes_agree_on_any_text(text: str) -> None:
    _both(text)


def test_the_loop_and_the_regexes_agree_on_the_seeds_and_random_mixes() -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    paragraphs = [line for path in seeds for line in path.read_text("utf-8").split("\n")]
    rng = random.Random(5)
    mixes = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16))) for _ in range(20_000)]
    for text in [*paragraphs, *mixes]:
        _both(text)


def test_full_width_text_stops_the_scan() -> None:
    classes = _patterns().classes
    assert figure_runs("合同金额１０００万元", classes, True) is None
    assert figure_runs("合同金额1000万元", classes, True) == [4, 9]


def test_classes_cover_every_full_width_character() -> None:
    classes = _patterns().classes
    assert all(classes[ord(char)] for char in FULLWIDTH_CHARS)


def test_a_character_beyond_the_basic_plane_is_refused_as_a_class_member() -> None:
    with pytest.raises(ValueError, match="Basic Multilingual Plane"):
        character_classes(figures="\U0001f600", fullwidth="", prefix_endings="", followers="", magnitudes="")
