"""The best CPU time of a few runs: for the benchmarks, and for tests that compare costs at two sizes."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_seconds(run: Callable[[], object], repeats: int = 3) -> float:
    """The shortest CPU time ``run()`` took in ``repeats`` tries (CPU time: steadier on a busy machine).

    >>> best_seconds(lambda: sum(range(1000))) < 1.0
    True
    """
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best
