"""Throughput and spec-table accuracy, each figure a ratio against a baseline measured in the same run.

    python -m benchmarks.bench_speed [--megabytes 5]

(a) bare ``spacy.blank("zh")``; (b) (a) + ``finextract_amounts``; (c) ``find_amounts`` on raw text;
(d) JioNLP ``extract_money`` (when installed: ``pip install -e .[bench]``); (e) ``finextract.load()``
end to end. (a)-(e) run on the seed articles repeated to the given size, as paragraphs; (a) and (e)
also on single documents of 10K, 100K and 1M characters. Rewrites the "speed" section of RESULTS.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from .baselines import load_jionlp_money, load_jionlp_money_raw
from .results import write_section
from .timing import best_seconds

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
COMMAND = "python -m benchmarks.bench_speed"
# The runs take turns on chunks this long (see interleaved_turns): two of the batches nlp.pipe
# makes (1000 docs each, under BATCH_LIMIT and BATCH_TOKENS), so that each nlp.pipe call works full
# batches as on a whole corpus (with chunks of 200 the batches could never exceed 200 docs, and with
# 1024 every other batch held 24), and short enough that the runs of a chunk meet the same load (a
# chunk takes (a) about 0.15 s).
CHUNK_PARAGRAPHS = 2000


def seed_paragraphs(megabytes: float) -> list[str]:
    """Seed paragraphs repeated until their UTF-8 size reaches ``megabytes``."""
    paragraphs = [p for path in SEEDS for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    corpus: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for paragraph in paragraphs:
            corpus.append(paragraph)
            size += len(paragraph.encode("utf-8"))
    return corpus


def single_document(chars: int) -> str:
    text = "\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    return (text * (chars // len(text) + 1))[:chars]


# The text every document length is measured on (the seeds, about 4.4 times over), so that the
# rows differ in length only: the first 10,000 characters alone hold fewer companies and relations
# than the seeds as a whole and run about a quarter faster.
SAME_TEXT_CHARS = 200_000


def same_text_documents(chars: int) -> list[str]:
    """Documents of ``chars`` characters that together are the same seed text whatever ``chars``:
    :data:`SAME_TEXT_CHARS` cut into pieces, or one document when ``chars`` is longer.

    >>> [len(d) for d in same_text_documents(100_000)], "".join(same_text_documents(10_000)) == single_document(200_000)
    ([100000, 100000], True)
    """
    if chars >= SAME_TEXT_CHARS:
        return [single_document(chars)]
    text = single_document(SAME_TEXT_CHARS)
    return [text[start : start + chars] for start in range(0, len(text), chars)]


def chars_per_second(run: Callable[[list[str]], Any], texts: list[str], repeats: int = 1) -> float:
    return sum(len(t) for t in texts) / best_seconds(lambda: run(texts), repeats)


def interleaved_turns(
    runs: dict[str, Callable[[list[str]], Any]],
    texts: list[str],
    rounds: int,
    chunk: int = CHUNK_PARAGRAPHS,
    seed: int | None = None,
) -> dict[str, list[float]]:
    """chars/s of each run in each round. Within a round the runs take turns on every chunk of
    ``chunk`` texts (in a rotating order), so that the runs of one round meet the same load on the
    machine to within a few milliseconds: this VM's speed drifts by a quarter over seconds.

    With a ``seed`` the order of the turns is shuffled for every chunk instead, so that each run
    follows each other run about equally often. Use that to compare variants of one pipeline: a run
    pays for the caches the run before it left cold (measured: up to 15 % after
    ``spacy.blank("zh")``), and with a fixed order one variant always pays it. Build each variant
    as its own pipeline beforehand, and add a second copy of one to see the noise.

    >>> turns = interleaved_turns({"a": lambda texts: None, "b": lambda texts: None}, ["三亿元"] * 5, 2, chunk=2)
    >>> sorted(turns), [len(rates) for rates in turns.values()]
    (['a', 'b'], [2, 2])
    >>> sorted(interleaved_turns({"a": lambda texts: None, "b": lambda texts: None}, ["三亿元"] * 5, 1, 2, seed=0))
    ['a', 'b']
    """
    names = list(runs)
    chunks = [texts[start : start + chunk] for start in range(0, len(texts), chunk)]
    total_chars = sum(len(text) for text in texts)
    turns: dict[str, list[float]] = {name: [] for name in names}
    shuffler = random.Random(seed) if seed is not None else None
    for _ in range(rounds):
        seconds = dict.fromkeys(names, 0.0)
        for index, part in enumerate(chunks):
            shift = index % len(names)
            order = names[shift:] + names[:shift]
            if shuffler is not None:
                shuffler.shuffle(order)
            for name in order:
                started = time.process_time()
                runs[name](part)
                seconds[name] += time.process_time() - started
        for name in names:
            turns[name].append(total_chars / max(seconds[name], 1e-9))
    return turns


@dataclass(frozen=True)
class Ratio:
    """``numerator / denominator`` three ways: of the best rounds, and the median and range of the
    ratios within each round (two runs of one round met the same load on the machine).

    >>> Ratio.of([2.0, 4.0, 3.0], [4.0, 4.0, 4.0])
    Ratio(best=1.0, median=0.75, low=0.5, high=1.0)
    """

    best: float
    median: float
    low: float
    high: float

    @classmethod
    def of(cls, numerator: list[float], denominator: list[float]) -> Ratio:
        paired = [n / d for n, d in zip(numerator, denominator, strict=True)]
        return cls(max(numerator) / max(denominator), statistics.median(paired), min(paired), max(paired))

    def cell(self, digits: int = 2) -> str:
        return f"{self.best:.{digits}f} (median {self.median:.{digits}f}, {self.low:.{digits}f}–{self.high:.{digits}f})"


def _consume(docs: Iterable[Any]) -> None:
    for _ in docs:
        pass


def spec_accuracy(extract: Callable[[str], list[dict[str, Any]]]) -> dict[str, float]:
    """Money accuracy on the spec table: found / value / unit / qualifier (recall), and precision."""
    sys.path.insert(0, str(ROOT / "tests"))
    from amount_spec_cases import CASES

    expected_total = found = value_ok = unit_ok = qualifier_ok = predicted = correct_predicted = 0
    for case in CASES:
        if case.expected is None:
            continue
        expected = [(e, start) for e, start in _positions(case.text, case.expected) if e.kind == "money"]
        predictions = [p for p in extract(case.text) if p["kind"] == "money"]
        predicted += len(predictions)
        used: set[int] = set()
        for exp, start in expected:
            expected_total += 1
            end = start + len(exp.text)
            for index, pred in enumerate(predictions):
                nested = (pred["start"] <= start and end <= pred["end"]) or (
                    start <= pred["start"] and pred["end"] <= end
                )
                if index in used or not nested:
                    continue
                used.add(index)
                found += 1
                figures = [(exp.value, pred["value"]), (exp.low, pred["low"]), (exp.high, pred["high"])]
                value_ok += all(_dec(a) == _dec(b) for a, b in figures)
                unit_ok += exp.unit == pred["unit"]
                qualifier_ok += exp.qualifier == pred["qualifier"]
                break
        correct_predicted += len(used)
    return {
        "found": found / expected_total,
        "value": value_ok / expected_total,
        "unit": unit_ok / expected_total,
        "qualifier": qualifier_ok / expected_total,
        "precision": correct_predicted / max(predicted, 1),
    }


def _positions(text: str, expected: Iterable[Any]) -> list[tuple[Any, int]]:
    """Each expected amount with its position (the spec lists a case's amounts in text order)."""
    cursor = 0
    placed = []
    for exp in expected:
        start = text.find(exp.text, cursor)
        cursor = start + len(exp.text)
        placed.append((exp, start))
    return placed


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=5, help="turns per run (default 5)")
    args = parser.parse_args(argv)
    import spacy

    import finextract
    from finextract import find_amounts

    corpus = seed_paragraphs(args.megabytes)
    total_chars = sum(len(p) for p in corpus)
    blank = spacy.blank("zh")
    with_amounts = spacy.blank("zh")
    with_amounts.add_pipe("finextract_amounts")
    full = finextract.load()
    find_amounts("三亿元")  # warm up (imports cn2an once)
    _consume(full.pipe(corpus[:100]))  # warm up (registry, lexicons)
    runs: dict[str, Callable[[list[str]], Any]] = {
        "a": lambda texts: _consume(blank.pipe(texts)),
        "b": lambda texts: _consume(with_amounts.pipe(texts)),
        "c": lambda texts: [find_amounts(t) for t in texts],
        "e": lambda texts: _consume(full.pipe(texts)),
    }
    jionlp = load_jionlp_money()
    jionlp_raw = load_jionlp_money_raw()
    if jionlp_raw is not None:
        runs["d"] = lambda texts: [jionlp_raw(t) for t in texts]  # JioNLP's own output, nothing converted
    turns = interleaved_turns(runs, corpus, args.rounds)
    rates = {name: max(rate) for name, rate in turns.items()}
    ratio = {name: Ratio.of(turns[name], turns["a"]) for name in ("b", "c", "e")}
    if "d" in turns:
        ratio["c/d"] = Ratio.of(turns["c"], turns["d"])
    ours = spec_accuracy(lambda text: [a.to_dict() for a in find_amounts(text)])
    theirs = spec_accuracy(jionlp) if jionlp is not None else None

    sizes = {}
    for chars in (10_000, 100_000, 1_000_000):
        documents = same_text_documents(chars)
        repeats = args.rounds if chars < 1_000_000 else 2
        sizes[chars] = (
            chars_per_second(lambda texts: _consume(blank.pipe(texts)), documents, repeats)
            if chars < 1_000_000
            else None,
            chars_per_second(lambda texts: _consume(full.pipe(texts)), documents, repeats),
        )
    sizes[1_000_000] = (_blank_with_timeout(blank, single_document(1_000_000)), sizes[1_000_000][1])

    lines = [
        "## Throughput (characters per second)",
        "",
        f"Made by `{COMMAND} --megabytes {args.megabytes:g}`: {len(corpus)} seed paragraphs, "
        f"{total_chars:,} characters ({args.megabytes:g} MB of UTF-8), one process, this machine; "
        f"{args.rounds} rounds, in CPU time of the process (steadier than wall time on a shared machine). Within "
        f"a round the runs take turns on every chunk of {CHUNK_PARAGRAPHS} paragraphs, so they meet the same load "
        "on the machine. chars/s: the best round; ratios: of the best rounds, then the median and range of the "
        "ratios within each round. (d) times JioNLP's own call, without converting its output.",
        "",
        "| run | chars/s | ratio of the best rounds (median and range of the ratios within a round) | target |",
        "|---|---|---|---|",
        f"| (a) spacy.blank('zh') | {rates['a']:,.0f} | 1.00 × (a) | baseline |",
        f"| (b) (a) + finextract_amounts | {rates['b']:,.0f} | {ratio['b'].cell()} × (a) | ≥ 0.8 × (a) |",
        f"| (c) find_amounts on raw text | {rates['c']:,.0f} | {ratio['c'].cell()} × (a) | |",
        f"| (e) finextract.load() end to end | {rates['e']:,.0f} | {ratio['e'].cell()} × (a) | ≥ 1.0 × (a) |",
    ]
    if "d" in rates:
        lines.append(
            f"| (d) JioNLP extract_money | {rates['d']:,.0f} | (c) = {ratio['c/d'].cell(1)} × (d) | (c) ≥ 10 × (d) |"
        )
    else:
        lines.append("| (d) JioNLP extract_money | not installed | | |")
    lines += [
        "",
        "Single documents (no splitting by the caller): chars/s by document length. The 10,000 and 100,000",
        f"rows run {SAME_TEXT_CHARS:,} characters of the seeds cut into documents of that length, so every row",
        "reads the same mix of text (the 1,000,000 row repeats the seeds too).",
        "",
        "| characters | (a) spacy.blank('zh') | (e) finextract.load() | (e) / (a) |",
        "|---|---|---|---|",
    ]
    for chars, (blank_rate, full_rate) in sizes.items():
        blank_cell = f"{blank_rate:,.0f}" if blank_rate else "did not finish in 120 s"
        ratio = f"{full_rate / blank_rate:.2f}" if blank_rate else "—"
        lines.append(f"| {chars:,} | {blank_cell} | {full_rate:,.0f} | {ratio} |")
    lines += [
        "",
        "## Money accuracy on the spec table (`tests/amount_spec_cases.py`)",
        "",
        "Recall columns: share of the expected money amounts found (span), with the right value, unit and",
        "qualifier; precision: share of predicted money amounts that are expected.",
        "",
        "| tool | found | value | unit | qualifier | precision |",
        "|---|---|---|---|---|---|",
        "| (c) finextract | " + " | ".join(f"{ours[k]:.3f}" for k in ours) + " |",
    ]
    if theirs is not None:
        lines.append("| (d) JioNLP | " + " | ".join(f"{theirs[k]:.3f}" for k in theirs) + " |")
    body = "\n".join(lines)
    print(body)
    write_section("speed", body)
    return 0


def _blank_with_timeout(blank: Any, text: str, seconds: int = 120) -> float | None:
    """spaCy's own zh tokenizer is quadratic: give it a bounded try on the 1M-character document."""
    import multiprocessing

    def run(queue: Any) -> None:
        started = time.process_time()
        blank(text)
        queue.put(len(text) / (time.process_time() - started))

    queue: Any = multiprocessing.Queue()
    process = multiprocessing.Process(target=run, args=(queue,))
    process.start()
    process.join(seconds)
    if process.is_alive():
        process.terminate()
        return None
    return float(queue.get())


if __name__ == "__main__":
    sys.exit(main())
