"""The ``finextract`` command line.

``finextract extract INPUT... -o OUT.jsonl`` writes one JSON line per input document, in
input order, flushed as it goes; documents that cannot be processed get ``"status": "error"``.
Exit status: 0 all documents ok, 1 some failed (the output is still complete), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
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


def extract_records(
    nlp: Any, documents: Iterable[InputDocument], *, n_process: int = 1, batch_size: int = 64
) -> Iterator[dict[str, Any]]:
    """Process documents through ``nlp`` and yield their records in input order."""
    from .components.errors import doc_error
    from .output import document_record, error_record, text_sha1

    for _, component in nlp.pipeline:
        if hasattr(component, "set_error_handler"):
            component.set_error_handler(_ignore_error)
    order: deque[InputDocument] = deque()

    def texts() -> Iterator[tuple[str, int]]:
        for document in documents:
            order.append(document)
            if document.text is not None:
                yield document.text, len(order)

    def flush_errors() -> Iterator[dict[str, Any]]:
        while order and order[0].text is None:
            failed = order.popleft()
            yield error_record(doc_id=failed.doc_id, source=failed.source, error=failed.error or "unreadable")

    for doc, _ in nlp.pipe(texts(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield from flush_errors()
        current = order.popleft()
        record = document_record(doc, doc_id=current.doc_id, source=current.source)
        error = doc_error(doc)
        if error is not None:
            record = {
                **error_record(doc_id=current.doc_id, source=current.source, error=error, sha1=text_sha1(doc.text)),
                "amounts": record["amounts"],
            }
        yield record
    yield from flush_errors()


def _ignore_error(name: str, component: Any, docs: list[Any], error: Exception) -> None:
    """Error handler for batch runs: the failure is recorded on the document, not raised."""


def _progress(stream: TextIO, quiet: bool) -> Any:
    from tqdm import tqdm

    return tqdm(unit="doc", file=stream, disable=quiet or not stream.isatty(), dynamic_ncols=True)


def run_extract(args: argparse.Namespace) -> int:
    from .pipeline import load

    nlp = load(segmenter=args.segmenter, pkuseg_model=args.pkuseg_model)
    documents = iter_documents(args.inputs, glob=args.glob)
    summary = Summary()
    output_path = Path(args.output)
    with output_path.open("w", encoding="utf-8") as out, _progress(sys.stderr, args.quiet) as bar:
        for record in extract_records(nlp, documents, n_process=args.n_process, batch_size=args.batch_size):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            summary.add(record)
            bar.update(1)
    print(summary.line() + f" -> {output_path}", file=sys.stderr)
    return 0 if summary.failed == 0 else 1


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="finextract", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract amounts, companies and relations to JSONL")
    extract.add_argument("inputs", nargs="+", help=".txt files, directories, JSONL files, or - for stdin")
    extract.add_argument("-o", "--output", required=True, help="the JSONL file to write")
    extract.add_argument("--glob", default="*.txt", help="files to take from directories (default *.txt)")
    extract.add_argument("--segmenter", default="char", choices=("char", "jieba", "pkuseg"))
    extract.add_argument("--pkuseg-model", default=None, help="directory of a spacy-pkuseg model")
    extract.add_argument("--n-process", type=int, default=1)
    extract.add_argument("--batch-size", type=int, default=64)
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    extract.set_defaults(run=run_extract)
    evaluate = commands.add_parser("evaluate", help="score the pipeline on gold files (annotation guide shape)")
    evaluate.add_argument("gold", nargs="+", help="gold .json files or directories of them")
    evaluate.add_argument("--segmenter", default="char", choices=("char", "jieba", "pkuseg"))
    evaluate.set_defaults(run=run_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
