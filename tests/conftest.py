"""Shared fixtures: the project root, the seed texts, and a ready pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Timing varies with machine load (CI shares two cores): properties are judged on results, not speed.
settings.register_profile("finextract", deadline=None)
settings.load_profile("finextract")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    import finextract

    return finextract.load()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in SEEDS}
