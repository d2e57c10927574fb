"""Registry load time and peak memory (targets: ≤ 0.2 s, ≤ 30 MB), and matcher speed.

Run: ``python -m benchmarks.bench_registry``. Each measurement loads the bundled registry from the
packaged files in a fresh state (the cache of ``default_registry`` is cleared); time and memory are
measured in separate runs because tracemalloc slows Python down. Speed is CPU time (best of five),
so that other processes on the machine disturb it less: ``extract_companies`` on the seed paragraphs
(the shape of ``nlp.pipe`` input, issue 2's target is ≥ 1.5M chars/s) and on single documents.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc

from finextract.companies import extract_companies
from finextract.companies.registry import default_registry

from .bench_speed import seed_paragraphs, single_document
from .timing import best_seconds


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
    matcher = registry.matcher()
    registry.english_index()
    index_seconds = time.perf_counter() - start
    paragraphs = seed_paragraphs(0.3)
    extract_companies("盐湖股份（上海）与华创证券签约，收购安联通100%股份", registry)  # lazy caches
    characters = sum(len(text) for text in paragraphs)
    paragraph_seconds = best_seconds(lambda: [extract_companies(text, registry) for text in paragraphs], 5)
    print(f"registry entries:        {len(registry)}")
    print(f"load time (5 cold runs): median {statistics.median(times):.3f} s, max {max(times):.3f} s")
    print(f"load memory:             peak {peak:.1f} MB, retained {retained:.1f} MB (tracemalloc)")
    print(f"short-name index:        {len(matcher)} surface forms built in {index_seconds:.3f} s (first use)")
    print(
        f"extract_companies:       {characters / paragraph_seconds:,.0f} chars/s CPU on {len(paragraphs)} "
        f"seed paragraphs ({characters:,} chars)"
    )
    for size in (10_000, 100_000, 1_000_000):
        document = single_document(size)
        seconds = best_seconds(lambda document=document: extract_companies(document, registry), 1)
        print(f"  single document {size:>9,} chars: {size / seconds:,.0f} chars/s CPU")


if __name__ == "__main__":
    main()
