"""Stream a large corpus through ``finextract extract``: throughput, peak memory, n_process speed-up.

``python -m benchmarks.bench_batch --megabytes 100`` builds a JSONL corpus of that many MB of UTF-8
text from the seed paragraphs (documents of 3-30 paragraphs, shuffled with a fixed seed, so no two
documents are alike), then runs the CLI on it as a user would, in a subprocess:

1. the whole corpus with ``--n-process 2``: wall time, MB/s, documents/s, and the resident memory
   of the CLI and its workers sampled every 0.2 s, reported per quarter of the run, so growth with
   the amount already processed would show;
2. ``--speedup-megabytes`` of it (default 30, so that the start-up of about 3 s does not dominate)
   with ``--n-process 1`` and ``--n-process 2``: the speed-up, and the peak memory of that smaller
   run to compare with the large one.

Results go to the ``batch`` section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .results import write_section

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MB = 1_000_000


def build_corpus(path: Path, megabytes: float, seed: int = 0) -> tuple[int, int, int]:
    """Write the corpus; return (documents, characters, UTF-8 bytes of text)."""
    paragraphs = [
        line.strip() for seed_file in sorted(SEEDS.glob("*.txt")) for line in seed_file.read_text("utf-8").splitlines()
    ]
    paragraphs = [p for p in paragraphs if p]
    rng = random.Random(seed)
    documents = characters = size = 0
    with path.open("w", encoding="utf-8") as stream:
        while size < megabytes * MB:
            text = "\n".join(rng.choice(paragraphs) for _ in range(rng.randint(3, 30)))
            stream.write(json.dumps({"id": f"doc{documents}", "text": text}, ensure_ascii=False) + "\n")
            documents += 1
            characters += len(text)
            size += len(text.encode("utf-8"))
    return documents, characters, size


def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of ``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


@dataclass
class Run:
    seconds: float
    documents: int
    peak_rss: int
    quarters: list[int] = field(default_factory=list)


def run_cli(corpus: Path, output: Path, documents: int, n_process: int, batch_size: int) -> Run:
    """Run the CLI on ``corpus`` and sample its memory (tree RSS) against its progress."""
    command = [sys.executable, "-m", "finextract", "extract", str(corpus), "-o", str(output), "-q"]
    command += ["--n-process", str(n_process), "--batch-size", str(batch_size)]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT)
    quarters = [0, 0, 0, 0]
    peak = 0
    done = 0
    offset = 0
    while process.poll() is None:
        rss = _tree_rss(process.pid)
        if output.exists():
            with output.open("rb") as stream:
                stream.seek(offset)
                data = stream.read()
            done += data.count(b"\n")
            offset += len(data)
        quarter = min(3, done * 4 // max(1, documents))
        quarters[quarter] = max(quarters[quarter], rss)
        peak = max(peak, rss)
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"finextract extract failed with status {process.returncode}")
    with output.open("rb") as stream:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
    if lines != documents:
        raise SystemExit(f"expected {documents} records, found {lines}")
    return Run(seconds, documents, peak, quarters)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=100.0, help="corpus size, MB of UTF-8 text")
    parser.add_argument("--speedup-megabytes", type=float, default=30.0, help="part run with 1 and 2 processes")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--workdir", default=None, help="where to put the corpus (default: a temporary dir)")
    parser.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md alone")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(dir=args.workdir) as directory:
        work = Path(directory)
        corpus, small = work / "corpus.jsonl", work / "small.jsonl"
        documents, characters, size = build_corpus(corpus, args.megabytes)
        small_docs, small_chars, small_size = build_corpus(small, args.speedup_megabytes)
        print(f"corpus: {documents} documents, {characters:,} characters, {size / MB:.1f} MB", flush=True)
        big = run_cli(corpus, work / "out.jsonl", documents, 2, args.batch_size)
        print(f"--n-process 2 on {size / MB:.0f} MB: {big.seconds:.0f}s, peak {big.peak_rss / MB:.0f} MB", flush=True)
        one = run_cli(small, work / "one.jsonl", small_docs, 1, args.batch_size)
        two = run_cli(small, work / "two.jsonl", small_docs, 2, args.batch_size)
        same = (work / "one.jsonl").read_bytes() == (work / "two.jsonl").read_bytes()

    def mb_s(run: Run, megabytes: float) -> str:
        return f"{megabytes / run.seconds:.3f} MB/s ({run.documents / run.seconds:.1f} docs/s)"

    load = os.getloadavg()[2]
    speedup = one.seconds / two.seconds
    quarters = " / ".join(f"{rss / MB:.0f}" for rss in big.quarters)
    body = f"""## Batch CLI: throughput, memory, scaling

Made by `python -m benchmarks.bench_batch --megabytes {args.megabytes:g} --speedup-megabytes {args.speedup_megabytes:g}`
on this machine ({os.cpu_count()} cores; 15-minute load average at the end {load:.1f}, other jobs included): a JSONL corpus built from the seed
paragraphs, run through `finextract extract -q` in a subprocess, wall time including start-up and
the first (memory) pass; memory is the resident set of the CLI and its worker processes.

| run | corpus | wall time | throughput | peak RSS |
|---|---|---|---|---|
| `--n-process 2` | {size / MB:.1f} MB, {documents:,} docs, {characters:,} chars | {big.seconds:.0f} s | {mb_s(big, size / MB)} | {big.peak_rss / MB:.0f} MB |
| `--n-process 1` | {small_size / MB:.1f} MB, {small_docs:,} docs, {small_chars:,} chars | {one.seconds:.0f} s | {mb_s(one, small_size / MB)} | {one.peak_rss / MB:.0f} MB |
| `--n-process 2` | {small_size / MB:.1f} MB, {small_docs:,} docs | {two.seconds:.0f} s | {mb_s(two, small_size / MB)} | {two.peak_rss / MB:.0f} MB |

- Speed-up of `--n-process 2` over 1 on {small_size / MB:.1f} MB: **{speedup:.2f}×** (target ≥ 1.7× on 2 cores);
  identical output: {"yes" if same else "NO"}.
- Peak RSS per quarter of the {size / MB:.0f} MB run (MB): {quarters}; peak {big.peak_rss / MB:.0f} MB on
  {size / MB:.0f} MB against {two.peak_rss / MB:.0f} MB on {small_size / MB:.1f} MB (same settings): memory does not grow with
  the corpus when these agree.
"""  # noqa: E501
    print(body)
    if not args.no_write:
        write_section("batch", body)


if __name__ == "__main__":
    main()
