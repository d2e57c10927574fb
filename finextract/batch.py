"""Batch extraction: documents in, one output record per document out, in input order.

Two passes. The first reads every document once and collects the declared short names of the
whole batch (:func:`finextract.companies.collect_memory`); that memory is handed to the companies
component before the second pass runs the pipeline, so a short name declared in one document is
resolved in all of them, with the same result whatever ``n_process``. In the second pass each
worker process runs ``nlp.pipe`` over a batch of texts and sends back plain JSON-safe results (not
Docs), which the parent writes in input order. Documents longer than
:data:`~finextract.chunking.CHUNK_CHARS` are processed in chunks cut at paragraph boundaries and
merged with offsets into the whole text.

>>> import finextract
>>> from finextract.reader import InputDocument
>>> docs = [InputDocument("a", "-", "合同金额为40,908万元"), InputDocument("b", "-", None, "empty document")]
>>> [(r["doc_id"], r["status"], [x["value"] for x in r["amounts"]]) for r in extract_records(finextract.load(), docs)]
[('a', 'ok', ['409080000']), ('b', 'error', [])]
"""

from __future__ import annotations

import functools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .batching import sized_batches
from .chunking import CHUNK_CHARS, merge_results, split_text
from .reader import InputDocument

__all__ = ["collect_batch_memory", "extract_records", "record_key"]

A = TypeVar("A")
R = TypeVar("R")

TASK_CHARS = 1_000_000
"""A task sent to a worker holds at most ``batch_size`` texts and about this many characters."""

_WORKER_NLP: Any = None


def record_key(sha1: str | None, doc_id: str, source: str) -> str:
    """What identifies a document for ``--resume``: its text's sha1, else (unreadable) its place."""
    return sha1 if sha1 is not None else f"unread:{source}\x00{doc_id}"


# -- running tasks in order, in-process or on a bounded pool ---------------------------------------
def _ordered_map(fn: Callable[[A], R], items: Iterable[A], executor: Executor | None, window: int) -> Iterator[R]:
    """``map(fn, items)`` in order; on ``executor`` with at most ``window`` tasks in flight."""
    if executor is None:
        yield from map(fn, items)
        return
    pending: deque[Future[R]] = deque()
    for item in items:
        pending.append(executor.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _executor(n_process: int, initializer: Callable[..., None] | None = None, *args: Any) -> Executor | None:
    if n_process <= 1:
        return None
    return ProcessPoolExecutor(
        max_workers=n_process, mp_context=multiprocessing.get_context(), initializer=initializer, initargs=args
    )


# -- first pass: cross-document memory -------------------------------------------------------------
def _memory_of(texts: list[str]) -> dict[str, Any]:
    from .companies import collect_memory

    return dict(collect_memory(texts))


def collect_batch_memory(
    documents: Iterable[InputDocument], *, n_process: int = 1, batch_size: int = 64
) -> tuple[dict[str, Any], int]:
    """The short names declared anywhere in ``documents`` and the number of documents.

    The first declaration of a name in input order wins, however the work is split.

    >>> text = "北京金刚算力科技服务有限公司(以下简称“金刚算力”)成立"
    >>> memory, count = collect_batch_memory([InputDocument("a", "-", text)])
    >>> memory["金刚算力"].name, count
    ('北京金刚算力科技服务有限公司', 1)
    """
    count = 0

    def texts() -> Iterator[str]:
        nonlocal count
        for document in documents:
            count += 1
            if document.text is not None:
                yield document.text

    memory: dict[str, Any] = {}
    executor = _executor(n_process)
    try:
        for part in _ordered_map(_memory_of, sized_batches(texts(), batch_size, TASK_CHARS), executor, 2 * n_process):
            for alias, entry in part.items():
                memory.setdefault(alias, entry)
    finally:
        if executor is not None:
            executor.shutdown()
    return memory, count


# -- second pass: the pipeline ---------------------------------------------------------------------
def _ignore_error(name: str, component: Any, docs: list[Any], error: Exception) -> None:
    """Error handler for batch runs: the failure is recorded on the document, not raised."""


def _result(doc: Any) -> dict[str, Any]:
    from .components.errors import doc_error
    from .output import document_record

    record = document_record(doc, doc_id="", source="")
    return {
        "companies": record["companies"],
        "amounts": record["amounts"],
        "relations": record["relations"],
        "error": doc_error(doc),
    }


def _analyse_one(nlp: Any, text: str) -> dict[str, Any]:
    try:
        return _result(nlp(text))
    except Exception as error:
        return {"companies": [], "amounts": [], "relations": [], "error": f"{type(error).__name__}: {error}"}


def analyse_texts(nlp: Any, texts: list[str], batch_size: int = 64) -> list[dict[str, Any]]:
    """The JSON-safe results of ``texts`` (companies, amounts, relations, error), via ``nlp.pipe``.

    If the pipe itself fails, the texts are redone one by one so only the culprit gets an error.
    """
    try:
        return [_result(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]
    except Exception:
        return [_analyse_one(nlp, text) for text in texts]


def _init_worker(nlp: Any) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp


def _analyse_in_worker(texts: list[str]) -> list[dict[str, Any]]:
    return analyse_texts(_WORKER_NLP, texts, batch_size=len(texts))


@dataclass
class _Job:
    document: InputDocument
    sha1: str | None
    spans: list[tuple[int, int]]
    results: list[dict[str, Any]] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return len(self.results) >= len(self.spans)


def _final_record(job: _Job) -> dict[str, Any]:
    from .output import error_record

    document = job.document
    if document.text is None:
        return error_record(doc_id=document.doc_id, source=document.source, error=document.error or "unreadable")
    merged = merge_results(zip(job.results, (start for start, _ in job.spans), strict=True))
    if merged["error"] is not None:
        record = error_record(doc_id=document.doc_id, source=document.source, error=merged["error"], sha1=job.sha1)
        record["amounts"] = merged["amounts"]
        return record
    return {
        "doc_id": document.doc_id,
        "source": document.source,
        "text_sha1": job.sha1,
        "status": "ok",
        "companies": merged["companies"],
        "amounts": merged["amounts"],
        "relations": merged["relations"],
    }


def _prepare(nlp: Any, memory: Mapping[str, Any] | None) -> list[tuple[Any, dict[str, Any]]]:
    """Set batch error handlers, hand over the memory; return what to restore afterwards."""
    saved = []
    for _, component in nlp.pipeline:
        if hasattr(component, "set_error_handler"):
            component.set_error_handler(_ignore_error)
        remembers = hasattr(component, "remember") and isinstance(getattr(component, "memory", None), dict)
        if memory is not None and remembers:
            saved.append((component, dict(component.memory)))
            component.remember(memory)
    nlp("预热：中国平安与盐湖股份签订合同，金额三千万元，约3万4000元。")  # lazy resources loaded once, before the fork
    return saved


def extract_records(
    nlp: Any,
    documents: Iterable[InputDocument],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    memory: Mapping[str, Any] | None = None,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[dict[str, Any]]:
    """Process ``documents`` and yield one output record per document, in input order.

    ``memory`` (from :func:`collect_batch_memory`) is given to the companies component for the
    run. Unreadable documents and documents a component fails on get ``"status": "error"``.
    """
    from .output import text_sha1

    saved = _prepare(nlp, memory)
    order: deque[_Job] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            text = document.text
            if text is None:
                order.append(_Job(document, None, []))
                continue
            job = _Job(document, text_sha1(text), split_text(text, chunk_chars))
            order.append(job)
            for start, end in job.spans:
                yield text if (start, end) == (0, len(text)) else text[start:end]

    def finished() -> Iterator[dict[str, Any]]:
        while order and order[0].done:
            yield _final_record(order.popleft())

    executor = _executor(n_process, _init_worker, nlp)
    analyse: Callable[[list[str]], list[dict[str, Any]]] = _analyse_in_worker
    if executor is None:
        analyse = functools.partial(analyse_texts, nlp, batch_size=batch_size)
    try:
        for results in _ordered_map(analyse, sized_batches(texts(), batch_size, TASK_CHARS), executor, 2 * n_process):
            for result in results:
                yield from finished()
                order[0].results.append(result)  # finished() leaves the first unfinished job in front
            yield from finished()
        yield from finished()
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
        for component, previous in saved:
            component.memory = previous
