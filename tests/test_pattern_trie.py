"""PatternTrie finds exactly what a naive search finds: every occurrence of every string,
overlapping ones too, under the string's first number; flags and quiet strings; linear work."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finextract._pattern_trie import PatternTrie

from .plain import plain_tree, run_json


def naive(patterns: list[str], text: str) -> list[tuple[int, int, int]]:
    """Every (number, start, end), by start then end: the reference."""
    first: dict[str, int] = {}
    for number, pattern in enumerate(patterns):
        if pattern:
            first.setdefault(pattern, number)
    found = []
    for pattern, number in first.items():
        position = text.find(pattern)
        while position >= 0:
            found.append((number, position, position + len(pattern)))
            position = text.find(pattern, position + 1)
    return sorted(found, key=lambda match: (match[1], match[2]))


ALPHABET = "ab中国公司𠀀"

CASES = [
    pytest.param(["盐湖股份", "盐湖"], "公告：盐湖股份", [(1, 3, 5), (0, 3, 7)], id="nested-prefix"),
    pytest.param(["股份", "盐湖股份"], "盐湖股份", [(1, 0, 4), (0, 2, 4)], id="nested-suffix"),
    pytest.param(["中国中国"], "中国中国中国", [(0, 0, 4), (0, 2, 6)], id="self-overlapping"),
    pytest.param(["与", "A"], "A与B与", [(1, 0, 1), (0, 1, 2), (0, 3, 4)], id="one-character"),
    pytest.param(["公司"], "公司", [(0, 0, 2)], id="whole-text"),
    pytest.param(["公司"], "公", [], id="text-shorter-than-string"),
    pytest.param(["有限公司"], "某有限公", [], id="cut-at-the-end"),
    pytest.param(["", "公司"], "公司", [(1, 0, 2)], id="empty-string-never-found"),
    pytest.param(["公司", "公司"], "X公司", [(0, 1, 3)], id="repeated-string-first-number"),
    pytest.param(["𠀀科技", "𠀀"], "华𠀀科技", [(1, 1, 2), (0, 1, 4)], id="above-the-bmp-first"),
    pytest.param(["科𠀀"], "科𠀀科", [(0, 0, 2)], id="above-the-bmp-inside"),
    pytest.param(["科技"], "", [], id="empty-text"),
    pytest.param([], "科技", [], id="no-strings"),
]


@pytest.mark.parametrize(("patterns", "text", "expected"), CASES)
def test_matches(patterns: list[str], text: str, expected: list[tuple[int, int, int]]) -> None:
    assert PatternTrie(patterns).matches(text) == expected == naive(patterns, text)


def test_quiet_strings_give_their_flags_but_no_places() -> None:
    trie = PatternTrie(["盐湖", "与", "公司", "A"], flags=[0, 1, 2, 4], quiet=[False, True, True, False])
    assert trie.find("盐湖与某公司") == (3, [0, 0, 2])
    assert trie.find("A股") == (4, [3, 0, 1])
    assert trie.find("无") == (0, [])


@settings(max_examples=200, deadline=None)
@given(
    patterns=st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), max_size=8),
    text=st.text(alphabet=ALPHABET, max_size=30),
    start=st.integers(-2, 32),
    stop=st.integers(-1, 32),
)
def test_find_within_a_range_finds_what_lies_wholly_inside_it(
    patterns: list[str], text: str, start: int, stop: int
) -> None:
    """``start``/``stop`` act as ``re``'s ``pos``/``endpos``: a string must lie within them."""
    low, high = max(start, 0), len(text) if stop < 0 else min(stop, len(text))
    expected = [match for match in naive(patterns, text) if match[1] >= low and match[2] <= high]
    assert PatternTrie(patterns).find(text, start, stop)[1] == [item for match in expected for item in match]


def test_flags_and_quiet_need_one_item_per_string() -> None:
    with pytest.raises(ValueError, match="one item per pattern"):
        PatternTrie(["盐湖", "与"], flags=[1])


@settings(max_examples=300, deadline=None)
@given(
    patterns=st.lists(st.text(alphabet=ALPHABET, max_size=5), max_size=12),
    text=st.text(alphabet=ALPHABET + "xyz", max_size=60),
)
def test_matches_are_those_of_a_naive_search(patterns: list[str], text: str) -> None:
    assert PatternTrie(patterns).matches(text) == naive(patterns, text)


@settings(max_examples=100, deadline=None)
@given(
    patterns=st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), min_size=1, max_size=10),
    quiet=st.lists(st.booleans(), min_size=10, max_size=10),
    text=st.text(alphabet=ALPHABET, max_size=40),
)
def test_find_reports_loud_strings_and_ors_every_flag(patterns: list[str], quiet: list[bool], text: str) -> None:
    quiet = quiet[: len(patterns)]
    flags = [1 << number for number in range(len(patterns))]
    expected = naive(patterns, text)
    bits, located = PatternTrie(patterns, flags, quiet).find(text)
    assert bits == sum({1 << number for number, _, _ in expected})
    loud = [match for match in expected if not quiet[match[0]]]
    assert located == [item for match in loud for item in match]


_PROBES = """
import json, sys
from finextract import _pattern_trie as pattern_trie

probes = []
read = pattern_trie._read

def counting(table, offset, size):
    probes.append(1)
    return read(table, offset, size)

pattern_trie._read = counting
trie = pattern_trie.PatternTrie(["中" * 20, "中国" * 10, "国"])
counts = []
for repeat in (500, 1000, 1500):
    probes.clear()
    trie.find("中国" * repeat + "中" * repeat)
    counts.append(len(probes))
print(json.dumps({"module": pattern_trie.__file__, "counts": counts}))
"""


def test_work_is_linear_even_where_strings_share_long_prefixes(tmp_path: Path) -> None:
    """A walk stops after the longest string: each 1,500 more characters cost the same number of
    table reads, at most a string's length of steps a position (plain source, see tests/plain.py)."""
    result = run_json(_PROBES, python_path=plain_tree(tmp_path), cwd=tmp_path)
    assert result["module"].endswith(".py")
    small, middle, large = result["counts"]
    assert 0 < middle - small == large - middle <= 3 * 20 * 1500  # three reads a step
