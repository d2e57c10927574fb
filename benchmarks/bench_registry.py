"""Registry load time and peak memory (targets: ≤ 0.2 s, ≤ 30 MB), and matcher speed.

Run: ``python benchmarks/bench_registry.py``. Each measurement loads the bundled registry from the
packaged gzip TSV in a fresh state (the cache of ``default_registry`` is cleared); time and memory
are measured in separate runs because tracemalloc slows Python down.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from pathlib import Path

from finextract.companies import extract_companies
from finextract.companies.registry import default_registry

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def load_seconds(repeat: int = 5) -> list[float]:
    """Wall time of loading the bundled registry, ``repeat`` times from a cold cache."""
    times = []
    for _ in range(repeat):
        default_registry.cache_clear()
        start = time.perf_counter()
        default_registry()
        times.append(time.perf_counter() - start)
    return times


def peak_megabytes() -> tuple[float, float]:
    """(peak, retained) MB allocated while loading the registry, by tracemalloc."""
    default_registry.cache_clear()
    tracemalloc.start()
    registry = default_registry()
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del registry
    return peak / 2**20, retained / 2**20


def main() -> None:
    times = load_seconds()
    peak, retained = peak_megabytes()
    registry = default_registry()
    start = time.perf_counter()
    surfaces = registry.surface_index()
    index_seconds = time.perf_counter() - start
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    characters = sum(len(text) for text in texts)
    start = time.perf_counter()
    for text in texts:
        extract_companies(text, registry)
    extract_seconds = time.perf_counter() - start
    print(f"registry entries:        {len(registry)}")
    print(f"load time (5 cold runs): median {statistics.median(times):.3f} s, max {max(times):.3f} s")
    print(f"load memory:             peak {peak:.1f} MB, retained {retained:.1f} MB (tracemalloc)")
    print(f"short-name index:        {len(surfaces)} surface forms built in {index_seconds:.3f} s (first use)")
    print(f"extract_companies:       {characters / extract_seconds / 1000:.0f}k chars/s over {len(texts)} seeds")


if __name__ == "__main__":
    main()
