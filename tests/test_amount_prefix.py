"""The figure's prefix read backwards (``_prefix_start``) starts where a forward regex search finds it."""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from finextract._units import CURRENCY_PREFIXES
from finextract.amount_parser import _alternation, _patterns, _prefix_start

ROOT = Path(__file__).resolve().parents[1]
# The forward reading: the leftmost start from which currency word, space, middle word and sign reach the figure.
FORWARD = re.compile(rf"(?:(?:{_alternation(CURRENCY_PREFIXES)})[ ]?(?:约|近|超过|超|逾)?)?(?:[-−+±]|负)?\Z")
PIECES = [*CURRENCY_PREFIXES, "约", "近", "超过", "超", "逾", " ", "-", "−", "+", "±", "负", "X", "S", "5", "元", "，"]


def _forward_start(text: str, low: int, start: int) -> int:
    match = FORWARD.search(text, low, start)
    assert match is not None  # the pattern matches the empty string at the end
    return match.start()


def _check_every_position(text: str) -> int:
    reversed_prefix = _patterns().prefix_reversed.match
    prefixed = 0
    for start in range(len(text) + 1):
        for low in {max(0, start - 12), max(0, start - 3), start}:
            found = _prefix_start(reversed_prefix, text, low, start)
            assert found == _forward_start(text, low, start), (text, low, start)
            prefixed += found < start
    return prefixed


def test_backward_and_forward_readings_agree_on_the_seeds_and_built_prefixes() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(11)
    texts += ["".join(rng.choices(PIECES, k=rng.randint(1, 10))) for _ in range(3000)]
    assert sum(_check_every_position(text) for text in texts) > 3000


@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_backward_and_forward_readings_agree_on_random_prefixes(text: str) -> None:
    _check_every_position(text)
