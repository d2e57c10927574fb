"""Optional groups rewritten as branches (``_optional_groups``) match exactly what the original patterns match."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from alphabets import FINANCIAL_CHARACTERS, joined_pieces
from hypothesis import given, settings

from finextract._optional_groups import branch_optional_groups
from finextract._units import CURRENCY_PREFIXES, QUALIFIER_BRIDGES, QUALIFIERS_BEFORE
from finextract.amount_parser import _ATOM_PATTERN, _alternation, _patterns

ROOT = Path(__file__).resolve().parents[1]
PIECES = [
    *FINANCIAL_CHARACTERS,
    *"‰/每角第H",
    *CURRENCY_PREFIXES,
    *QUALIFIERS_BEFORE,
    *QUALIFIER_BRIDGES,
    "百分之",
    "亿元",
    "元/股",
]


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        pytest.param("(a)?", "(?:(a)|)", id="capturing group"),
        pytest.param("(?:ab)?c", "(?:(?:ab)|)c", id="non-capturing group"),
        pytest.param("(?P<x>a(b)?)?", "(?:(?P<x>a(?:(b)|))|)", id="nested"),
        pytest.param("(a)??(b)?+(c)*(d)+", "(a)??(b)?+(c)*(d)+", id="lazy, possessive and other repeats stay"),
        pytest.param("(?=a)?(?<!b)?", "(?=a)?(?<!b)?", id="lookarounds stay"),
        pytest.param(r"[()]?\(x\)?(y)?", r"[()]?\(x\)?(?:(y)|)", id="escaped and classed parentheses"),
        pytest.param("[]()]?(z)?", "[]()]?(?:(z)|)", id="a bracket first in a class"),
    ],
)
def test_rewrite(pattern: str, rewritten: str) -> None:
    assert branch_optional_groups(pattern) == rewritten
    re.compile(rewritten)


def test_verbose_comments_are_dropped_before_rewriting() -> None:
    assert branch_optional_groups("a  # (b)?\n(c)? [#](d)?", verbose=True) == "a  \n(?:(c)|) [#](?:(d)|)"


def test_an_unterminated_class_is_refused() -> None:
    with pytest.raises(ValueError, match="unterminated"):
        branch_optional_groups("[ab(c)?")


def _reference_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each rewritten pattern of the amount parser with the original it was written from."""
    currencies_reversed = _alternation([word[::-1] for word in CURRENCY_PREFIXES], ascii_guard=False)
    prefix = rf"(?:[-−+±]|负)?(?:(?:过超|约|近|超|逾)?[ ]?(?:{currencies_reversed}))?"
    qualifier = rf"(?P<word>{_alternation(QUALIFIERS_BEFORE)})(?:{_alternation(QUALIFIER_BRIDGES)})?$"
    patterns = _patterns()
    return {
        "atom": (patterns.atom, re.compile(_ATOM_PATTERN, re.VERBOSE)),
        "prefix_reversed": (patterns.prefix_reversed, re.compile(prefix)),
        "qualifier_before": (patterns.qualifier_before, re.compile(qualifier)),
    }


REFERENCES = _reference_patterns()


def _same_everywhere(text: str) -> None:
    for name, (rewritten, original) in REFERENCES.items():
        assert rewritten.pattern != original.pattern
        for position in range(len(text) + 1):
            ours, theirs = rewritten.match(text, position), original.match(text, position)
            read = (ours and (ours.span(), ours.groups())), (theirs and (theirs.span(), theirs.groups()))
            assert read[0] == read[1], f"{name}: {text!r} at {position}"


@settings(max_examples=300)
@given(joined_pieces(PIECES, max_size=30))
def test_rewritten_patterns_match_as_the_originals_on_generated_text(text: str) -> None:
    _same_everywhere(text)


def test_rewritten_patterns_match_as_the_originals_on_the_seeds_and_random_mixes() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        _same_everywhere(path.read_text(encoding="utf-8"))
    rng = random.Random(3)
    for _ in range(3_000):
        _same_everywhere("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))))
