"""The ``finextract`` command line.

``finextract extract INPUT... -o OUT.jsonl`` writes one JSON line per input document, in
input order, flushed as it goes; documents that cannot be processed get ``"status": "error"``.
``--resume`` goes on after a killed run; ``--format csv`` also writes flat CSV tables.
Documents over 100,000 characters (``--chunk-chars``) are processed in chunks cut at paragraph
boundaries, with offsets into the whole text; documents over 50,000,000 characters are refused
with an error record. Exit status: 0 all documents ok, 1 some failed (the output is still
complete), 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .reader import InputDocument, iter_documents


@dataclass
class Summary:
    """What a batch run did, printed at its end."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"amounts": 0, "companies": 0, "relations": 0})

    def add(self, record: dict[str, Any]) -> None:
        if record["status"] == "ok":
            self.ok += 1
        else:
            self.failed += 1
        for key in self.counts:
            self.counts[key] += len(record.get(key, []))

    def line(self) -> str:
        counts = ", ".join(f"{value} {key}" for key, value in self.counts.items())
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return f"finextract: {self.ok} documents ok, {self.failed} failed{skipped}; {counts}"


def _progress(stream: TextIO, quiet: bool, total: int) -> Any:
    """A bar with documents/s and ETA, only when ``stream`` is a terminal and not ``quiet``."""
    from tqdm import tqdm

    disable = quiet or not stream.isatty()
    try:
        sized = os.get_terminal_size(stream.fileno()).columns > 0
    except (OSError, ValueError, AttributeError):
        sized = False
    size: dict[str, Any] = {"dynamic_ncols": True} if sized else {"ncols": 100, "nrows": 24}  # a terminal of size 0
    return tqdm(total=total, unit="doc", file=stream, disable=disable, smoothing=0.1, **size)


@contextlib.contextmanager
def _stdin_spool(inputs: Sequence[str]) -> Iterator[TextIO | None]:
    """Standard input copied to a temporary file, so the two passes can both read it."""
    if "-" not in inputs:
        yield None
        return
    with tempfile.TemporaryFile("w+b") as raw:
        source = getattr(sys.stdin, "buffer", None)
        if source is not None:
            shutil.copyfileobj(source, raw)
        else:  # a text stream put in place of stdin
            raw.write(sys.stdin.read().encode("utf-8", "surrogateescape"))
        spool = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape")
        yield spool
        spool.detach()


@contextlib.contextmanager
def _output(path: Path, to_stdout: bool, resume: bool) -> Iterator[TextIO]:
    """The stream the JSONL records go to: standard output for ``-o -``, else the file (appended to
    when resuming)."""
    if to_stdout:
        yield sys.stdout
        return
    with path.open("a" if resume else "w", encoding="utf-8") as out:
        yield out


def _usage_error(message: str) -> int:
    print(f"finextract extract: error: {message}", file=sys.stderr)
    return 2


def run_extract(args: argparse.Namespace) -> int:
    from .batch import collect_batch_memory, extract_records, record_key
    from .chunking import CHUNK_CHARS
    from .output import text_sha1, write_tables
    from .pipeline import load
    from .resume import Done, read_done

    chunk_chars = CHUNK_CHARS if args.chunk_chars is None else args.chunk_chars
    if min(args.n_process, args.batch_size, chunk_chars) < 1:
        return _usage_error("--n-process, --batch-size and --chunk-chars must be at least 1")
    to_stdout = args.output == "-"
    output_path = Path(args.output)
    if to_stdout and (args.resume or args.format == "csv"):
        return _usage_error("-o - (standard output) cannot be resumed or turned into CSV tables: give a file")
    if not to_stdout and (output_path.is_dir() or not output_path.parent.is_dir()):
        return _usage_error(f"cannot write {output_path}: not a file in an existing directory")
    with _stdin_spool(args.inputs) as spool:

        def documents() -> Iterator[InputDocument]:
            if spool is not None:
                spool.seek(0)
            return iter_documents(args.inputs, glob=args.glob, stdin=spool)

        memory, total = collect_batch_memory(documents(), n_process=args.n_process, batch_size=args.batch_size)
        done = read_done(output_path) if args.resume else Done()
        summary = Summary()

        def pending() -> Iterator[InputDocument]:
            for document in documents():
                sha1 = None if document.text is None else text_sha1(document.text)
                if done.take(record_key(sha1, document.doc_id, document.source)):
                    summary.skipped += 1
                else:
                    yield document

        nlp = load(segmenter=args.segmenter, pkuseg_model=args.pkuseg_model)
        remaining = max(0, total - done.ok - done.failed)
        with (
            _output(output_path, to_stdout, args.resume) as out,
            _progress(sys.stderr, args.quiet, remaining) as bar,
        ):
            records = extract_records(
                nlp,
                pending(),
                n_process=args.n_process,
                batch_size=args.batch_size,
                memory=memory,
                chunk_chars=chunk_chars,
            )
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
                summary.add(record)
                bar.update(1)
    if args.format == "csv":
        tables = write_tables(output_path, Path(args.csv_dir) if args.csv_dir else output_path.parent)
        print(f"finextract: tables {', '.join(str(t) for t in tables)}", file=sys.stderr)
    print(summary.line() + f" -> {'standard output' if to_stdout else output_path}", file=sys.stderr)
    return 0 if summary.failed == 0 and done.failed == 0 else 1


def run_spark_extract(args: argparse.Namespace) -> int:
    try:
        from .spark import run
    except ImportError as error:  # pragma: no cover - depends on the install
        return _usage_error(f"spark-extract needs the spark extra (pip install 'finextract[spark]'): {error}")
    return run(
        args.inputs,
        args.output,
        input_format=args.input_format,
        id_col=args.id_col,
        text_col=args.text_col,
        master=args.master,
        partitions=args.partitions,
        overwrite=args.overwrite,
    )


def run_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate_gold, format_table, gold_files
    from .pipeline import load

    files = gold_files(args.gold)
    if not files:
        print("finextract evaluate: no gold .json files found", file=sys.stderr)
        return 2
    nlp = load(segmenter=args.segmenter)
    print(format_table({"finextract": evaluate_gold(files, nlp)}))
    return 0


def run_render(args: argparse.Namespace) -> int:
    """One self-contained HTML page per input document (a file for one, a directory for several)."""
    from .pipeline import load
    from .rendering import render

    documents = list(iter_documents(args.inputs, glob=args.glob))
    good = [document for document in documents if document.text is not None]
    for failed in (document for document in documents if document.text is None):
        print(f"finextract render: {failed.doc_id}: {failed.error}", file=sys.stderr)
    if not good:
        return _usage_error("no readable document to render") if not documents else 1
    nlp = load(segmenter=args.segmenter)
    target = Path(args.output)
    several = len(good) > 1 or target.is_dir()
    if several:
        target.mkdir(parents=True, exist_ok=True)
    for document in good:
        assert document.text is not None
        page = render(nlp(document.text), doc_id=document.doc_id, source=document.source, title=document.doc_id)
        path = target / f"{_file_stem(document.doc_id)}.html" if several else target
        page.save(path)
        print(f"finextract render: {document.doc_id} -> {path}", file=sys.stderr)
    return 0 if len(good) == len(documents) else 1


def _file_stem(doc_id: str) -> str:
    """A doc id as a safe file name (path separators and colons replaced)."""
    return "".join(char if char.isalnum() or char in "-_." else "_" for char in doc_id) or "document"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="finextract", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract amounts, companies and relations to JSONL (and CSV)")
    extract.add_argument("inputs", nargs="+", help=".txt files, directories, JSONL files, or - for stdin")
    extract.add_argument("-o", "--output", required=True, help="the JSONL file to write, or - for stdout")
    extract.add_argument("--glob", default="*.txt", help="files to take from directories (default *.txt)")
    extract.add_argument("--segmenter", default="char", choices=("char", "jieba", "pkuseg"))
    extract.add_argument("--pkuseg-model", default=None, help="directory of a spacy-pkuseg model")
    extract.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    extract.add_argument("--batch-size", type=int, default=64, help="texts per nlp.pipe batch (default 64)")
    extract.add_argument(
        "--format", default="jsonl", choices=("jsonl", "csv"),
        help="csv: also write amounts.csv, companies.csv, relations.csv (one row per item)",
    )  # fmt: skip
    extract.add_argument(
        "--chunk-chars", type=int, default=None,
        help="process longer documents in chunks cut at paragraph boundaries (default 100000)",
    )  # fmt: skip
    extract.add_argument("--csv-dir", default=None, help="where the CSV tables go (default: beside OUT)")
    extract.add_argument(
        "--resume", action="store_true", help="keep OUT and process only the documents not in it (by text_sha1)"
    )
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    extract.set_defaults(run=run_extract)
    spark = commands.add_parser("spark-extract", help="extract with Spark: text/JSONL/Parquet in, Parquet out")
    spark.add_argument("inputs", nargs="+", help="directories of .txt files, JSONL or Parquet files (local or HDFS/S3)")
    spark.add_argument("-o", "--output", required=True, help="the Parquet directory to write")
    spark.add_argument("--input-format", default="auto", choices=("auto", "text", "jsonl", "parquet"))
    spark.add_argument("--id-col", default="id", help="id column of JSONL/Parquet input (default id)")
    spark.add_argument("--text-col", default="text", help="text column of JSONL/Parquet input (default text)")
    spark.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    spark.add_argument("--partitions", type=int, default=None, help="repartition the input first")
    spark.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    spark.set_defaults(run=run_spark_extract)
    evaluate = commands.add_parser("evaluate", help="score the pipeline on gold files (annotation guide shape)")
    evaluate.add_argument("gold", nargs="+", help="gold .json files or directories of them")
    evaluate.add_argument("--segmenter", default="char", choices=("char", "jieba", "pkuseg"))
    evaluate.set_defaults(run=run_evaluate)
    render = commands.add_parser("render", help="an HTML page per document: highlighted text and relations")
    render.add_argument("inputs", nargs="+", help=".txt files, directories or JSONL files")
    render.add_argument("-o", "--output", required=True, help="page.html for one document, a directory for several")
    render.add_argument("--glob", default="*.txt", help="files to take from directories (default *.txt)")
    render.add_argument("--segmenter", default="char", choices=("char", "jieba", "pkuseg"))
    render.set_defaults(run=run_render)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
