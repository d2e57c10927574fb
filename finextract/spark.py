"""finextract on Spark: a DataFrame of texts in, a DataFrame of output records out.

Needs the optional extra: ``pip install "finextract[spark]"`` (pyspark, pandas, pyarrow) and Java.
:func:`extract_dataframe` runs the pipeline with ``mapInPandas``; each Python worker loads one
pipeline and keeps it for every partition it is given. Like the CLI, it first collects the short
names declared anywhere in the DataFrame (the first declaration in DataFrame order wins), so the
records are the same as ``finextract extract`` gives for the same texts.

The output has the columns of :data:`SCHEMA`: the CLI's JSONL fields, with ``companies``,
``amounts`` and ``relations`` as JSON strings holding exactly the CLI's lists (a stable, flat
schema; use ``from_json`` to expand them) and ``error`` null for documents that are ok.

Example (``finextract spark-extract`` does the same from the command line)::

    from pyspark.sql import SparkSession
    from finextract.spark import extract_dataframe

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    df = spark.read.json("news.jsonl")                      # columns id, text
    extract_dataframe(df, id_col="id", text_col="text").write.parquet("facts.parquet")

or on a cluster, with a launcher file (``spark-submit`` takes a Python file, not ``-m``) whose body is
``import sys; from finextract.cli import main; sys.exit(main())``:
``spark-submit run_finextract.py spark-extract news.jsonl -o facts.parquet``
(the ``finextract`` package must be installed on every worker).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from .reader import text_document

__all__ = ["SCHEMA", "collect_dataframe_memory", "extract_dataframe", "read_inputs"]

SCHEMA = (
    "doc_id string, source string, text_sha1 string, status string, error string, "
    "companies string, amounts string, relations string"
)
_NESTED = ("companies", "amounts", "relations")
_MEMORY_SCHEMA = "ord long, position int, alias string, name string, code string"

_NLP_CACHE: dict[tuple[str, str], Any] = {}


def _worker_pipeline(segmenter: str, memory_key: str, memory: dict[str, Any]) -> Any:
    """The pipeline of this Python worker, loaded once and reused across partitions."""
    key = (segmenter, memory_key)
    if key not in _NLP_CACHE:
        from .pipeline import load

        _NLP_CACHE.clear()
        nlp = load(segmenter=segmenter)
        for _, component in nlp.pipeline:
            if hasattr(component, "remember"):
                component.remember(memory)
        _NLP_CACHE[key] = nlp
    return _NLP_CACHE[key]


def _memory_rows(batches: Iterator[Any]) -> Iterator[Any]:
    import pandas as pd

    from .companies import collect_memory

    for batch in batches:
        rows = []
        for ord_, text in zip(batch["_ord"], batch["_text"], strict=True):
            if isinstance(text, str):
                for position, (alias, entry) in enumerate(collect_memory([text]).items()):
                    rows.append((int(ord_), position, alias, entry.name, entry.code))
        yield pd.DataFrame(rows, columns=["ord", "position", "alias", "name", "code"])


def collect_dataframe_memory(df: Any, text_col: str = "text") -> dict[str, Any]:
    """Short name → :class:`~finextract.companies.MemoryEntry` over the whole DataFrame.

    The first declaration in DataFrame order wins, as in the CLI's first pass.
    """
    from pyspark.sql import functions as F

    from .companies import MemoryEntry

    texts = df.select(F.monotonically_increasing_id().alias("_ord"), F.col(text_col).cast("string").alias("_text"))
    rows = texts.mapInPandas(_memory_rows, schema=_MEMORY_SCHEMA).collect()
    memory: dict[str, Any] = {}
    for row in sorted(rows, key=lambda r: (r["ord"], r["position"])):
        memory.setdefault(row["alias"], MemoryEntry(row["name"], row["code"]))
    return memory


def _memory_key(memory: dict[str, Any]) -> str:
    items = sorted((alias, entry.name, entry.code or "") for alias, entry in memory.items())
    return hashlib.sha1(json.dumps(items, ensure_ascii=False).encode("utf-8")).hexdigest()


def _extractor(memory: dict[str, Any], segmenter: str, batch_size: int) -> Any:
    memory_key = _memory_key(memory)

    def extract(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        from .batch import extract_records

        nlp = _worker_pipeline(segmenter, memory_key, memory)
        for batch in batches:
            documents = [
                text_document(str(doc_id), str(source), text if isinstance(text, str) else None)
                for doc_id, source, text in zip(batch["_id"], batch["_source"], batch["_text"], strict=True)
            ]
            rows = [
                {
                    "doc_id": record["doc_id"],
                    "source": record["source"],
                    "text_sha1": record["text_sha1"],
                    "status": record["status"],
                    "error": record.get("error"),
                    **{key: json.dumps(record[key], ensure_ascii=False) for key in _NESTED},
                }
                for record in extract_records(nlp, documents, batch_size=batch_size)
            ]
            yield pd.DataFrame(rows, columns=[column.split()[0] for column in SCHEMA.split(", ")])

    return extract


def extract_dataframe(
    df: Any,
    id_col: str = "id",
    text_col: str = "text",
    *,
    source_col: str | None = None,
    memory: bool = True,
    segmenter: str = "char",
    batch_size: int = 64,
) -> Any:
    """A DataFrame in :data:`SCHEMA`, one row per row of ``df`` (order not kept, as usual in Spark).

    ``source_col`` names a column for the ``source`` field (default: the id). With ``memory``
    (default) short names declared in any row resolve in all rows, as in the CLI.
    """
    from pyspark.sql import functions as F

    source = F.col(source_col) if source_col else F.col(id_col)
    selected = df.select(
        F.col(id_col).cast("string").alias("_id"),
        source.cast("string").alias("_source"),
        F.col(text_col).cast("string").alias("_text"),
    )
    remembered = collect_dataframe_memory(selected, "_text") if memory else {}
    return selected.mapInPandas(_extractor(remembered, segmenter, batch_size), schema=SCHEMA)


def read_inputs(spark: Any, paths: list[str], input_format: str, id_col: str, text_col: str) -> Any:
    """A DataFrame with ``id``, ``source`` and ``text`` from text files, JSONL or Parquet.

    ``text``: every ``*.txt`` file under the paths is one document whose id is the file stem.
    ``jsonl``/``parquet``: ``text_col`` holds the text, ``id_col`` the id (else the row number).
    """
    from pyspark.sql import functions as F

    if input_format == "text":
        df = (
            spark.read.option("recursiveFileLookup", "true")
            .option("pathGlobFilter", "*.txt")
            .text(paths, wholetext=True)
            .withColumn("source", F.input_file_name())
        )
        return df.select(
            F.regexp_extract("source", r"([^/]+?)(?:\.[^./]*)?$", 1).alias("id"), "source", F.col("value").alias("text")
        )
    df = spark.read.json(paths) if input_format == "jsonl" else spark.read.parquet(*paths)
    identifier = F.col(id_col) if id_col in df.columns else F.monotonically_increasing_id()
    source = F.lit(",".join(paths))
    return df.select(identifier.cast("string").alias("id"), source.alias("source"), F.col(text_col).alias("text"))


def _input_format(paths: list[str], requested: str) -> str:
    if requested != "auto":
        return requested
    suffix = os.path.splitext(paths[0].rstrip("/"))[1].lower()
    return {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet"}.get(suffix, "text")


def run(
    inputs: list[str],
    output: str,
    *,
    input_format: str = "auto",
    id_col: str = "id",
    text_col: str = "text",
    master: str | None = None,
    partitions: int | None = None,
    overwrite: bool = False,
) -> int:
    """``finextract spark-extract``: read ``inputs``, write the records as Parquet to ``output``."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("finextract")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        df = read_inputs(spark, inputs, _input_format(inputs, input_format), id_col, text_col)
        if partitions:
            df = df.repartition(partitions)
        result = extract_dataframe(df, "id", "text", source_col="source")
        result.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
        counts = {row["status"]: row["count"] for row in spark.read.parquet(output).groupBy("status").count().collect()}
    finally:
        spark.stop()
    ok, failed = counts.get("ok", 0), counts.get("error", 0)
    print(f"finextract: {ok} documents ok, {failed} failed -> {output}", file=sys.stderr)
    return 0 if not failed else 1
