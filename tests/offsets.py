"""Shared test check: every offset in an output record slices the text to what the record says."""

from __future__ import annotations

from typing import Any


def assert_offsets(text: str, record: dict[str, Any]) -> None:
    """Amounts, company mentions and relation evidence all satisfy ``text[start:end] == their text``."""
    for amount in record["amounts"]:
        assert text[amount["start"] : amount["end"]] == amount["text"]
    for company in record["companies"]:
        for mention in company["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for relation in record["relations"]:
        assert 0 <= relation["start"] <= relation["end"] <= len(text)
        if relation.get("evidence") is not None:
            assert text[relation["start"] : relation["end"]] == relation["evidence"]
