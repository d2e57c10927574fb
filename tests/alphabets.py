"""Pieces of financial text that generated-text tests draw from (figures, separators, signs,
qualifiers, units and range words), shared so each test adds only what it probes."""

from __future__ import annotations

from hypothesis import strategies as st

FINANCIAL_CHARACTERS = "0123456789一二两三十百千万亿零.,，。 约近超逾-−+±负元美股台吨至到~余多几点级分%\n"


def joined_pieces(pieces: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts made of up to ``max_size`` of ``pieces``, in any order and repetition."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)
