"""Pathological inputs through the batch path: time per MB must stay flat as the size doubles.

``python -m benchmarks.bench_pathological`` times :func:`finextract.batch.extract_records` (the
CLI's engine: chunking, the whole pipeline, merging) on each input at 0.25, 0.5, 1 and 2 MB of
UTF-8, and on a 10 MB single line, then writes the ``batch_pathological`` section of
``benchmarks/RESULTS.md``. Linear time shows as a flat seconds-per-MB column; quadratic work
would double it at every step.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Callable, Iterable

from .results import write_section

MB = 1_000_000
SENTENCE = "公司拟以65.84万元的价格将富恒精密70%股权转让给青海盐湖工业股份有限公司，"


def _fill(unit: str, megabytes: float, head: str = "", tail: str = "") -> str:
    size = len(unit.encode("utf-8"))
    return head + unit * max(1, int(megabytes * MB) // size) + tail


_NAME_CHARS = "华安宏泰瑞达恒信鼎盛博远嘉和兴隆永丰金润德昌源汇通天成新宇航"


def _lines(lines: Iterable[str], megabytes: float) -> str:
    """The first of ``lines`` that together make ``megabytes`` of UTF-8 (or a little more)."""
    taken = []
    size = 0
    for line in lines:
        taken.append(line)
        size += len(line.encode("utf-8"))
        if size >= megabytes * MB:
            break
    return "".join(taken)


def _holdings(megabytes: float) -> str:
    """One company's stakes in thousands of distinct subsidiaries, a line each (a relation each)."""
    names = itertools.product(_NAME_CHARS, repeat=3)
    return _lines(
        (f"青海盐湖工业股份有限公司持有深圳{a}{b}{c}科技有限公司100%股权。\n" for a, b, c in names), megabytes
    )


def _sums(megabytes: float) -> str:
    """Contracts with one customer for thousands of different sums, a bullet each (a relation each)."""
    numbers = itertools.count(1)
    return _lines((f"- 盐湖股份与华为技术有限公司签订销售合同，合同金额{n}万元。\n" for n in numbers), megabytes)


INPUTS: dict[str, Callable[[float], str]] = {
    "digit run + 亿元": lambda mb: _fill("1234567890", mb, tail="亿元"),
    "万万万…": lambda mb: _fill("万", mb),
    "1万万万…元": lambda mb: _fill("万", mb, head="1", tail="元"),
    "一亿亿亿…": lambda mb: _fill("亿", mb, head="一"),
    "nested brackets and quotes": lambda mb: _fill("（(【[《“‘「", mb / 2) + _fill("」’”》]】)）", mb / 2),
    "one line of sentences joined by commas": lambda mb: _fill(SENTENCE, mb),
    "one company's stakes in distinct subsidiaries": _holdings,
    "one customer's contracts for distinct sums": _sums,
}


def _seconds(nlp: object, text: str) -> tuple[float, str]:
    from finextract.batch import extract_records
    from finextract.reader import InputDocument

    start = time.perf_counter()
    (record,) = extract_records(nlp, [InputDocument("bench", "-", text)])
    return time.perf_counter() - start, record["status"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.25,0.5,1,2", help="MB of UTF-8 per input, comma-separated")
    parser.add_argument("--line-megabytes", type=float, default=10.0, help="size of the single-line input")
    parser.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md alone")
    args = parser.parse_args(argv)
    import finextract

    nlp = finextract.load()
    sizes = [float(size) for size in args.sizes.split(",")]
    rows = []
    for name, make in INPUTS.items():
        _seconds(nlp, make(0.01))  # warm-up: lazy imports and caches are not part of the figure
        cells = []
        for size in sizes:
            text = make(size)
            seconds, status = _seconds(nlp, text)
            megabytes = len(text.encode("utf-8")) / MB
            cells.append(f"{seconds / megabytes:.2f}" + ("" if status == "ok" else f" ({status})"))
            print(f"{name} {megabytes:.2f} MB: {seconds:.2f} s, {status}", flush=True)
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    line = INPUTS["one line of sentences joined by commas"](args.line_megabytes)
    line_seconds, line_status = _seconds(nlp, line)
    line_mb = len(line.encode("utf-8")) / MB
    print(f"single line {line_mb:.1f} MB: {line_seconds:.1f} s, {line_status}", flush=True)
    header = " | ".join(f"{size:g} MB" for size in sizes)
    body = f"""## Pathological inputs: seconds per MB as the size doubles

Made by `python -m benchmarks.bench_pathological --sizes {args.sizes} --line-megabytes {args.line_megabytes:g}`:
`finextract.batch.extract_records` (chunking, the whole pipeline, merging) on one document of each
kind, one process, this machine (other jobs may share it). Flat rows mean linear time.

| input (seconds per MB) | {header} |
|---|{"---|" * len(sizes)}
{chr(10).join(rows)}

A {line_mb:.1f} MB single line ({len(line):,} characters, no line break or sentence end): {line_seconds:.1f} s
({line_seconds / line_mb:.2f} s/MB), status {line_status}.
"""
    print(body)
    if not args.no_write:
        write_section("batch_pathological", body)


if __name__ == "__main__":
    main()
