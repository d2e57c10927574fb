"""Score finextract (and JioNLP's money extraction, when installed) on the hand-made gold.

    python -m benchmarks.evaluate [GOLD ...]

Prints a table and rewrites the "evaluation" section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from finextract.evaluation import Scores, evaluate_records, format_table, gold_files, load_gold, tasks_of
from finextract.output import document_record

from .baselines import load_jionlp_money
from .results import write_section

COMMAND = "python -m benchmarks.evaluate benchmarks/gold"


def run(paths: list[str]) -> dict[str, Scores]:
    import finextract

    nlp = finextract.load()
    jionlp = load_jionlp_money()
    ours, theirs = [], []
    for path in gold_files(paths):
        gold, text = load_gold(path)
        ours.append((gold, text, document_record(nlp(text), doc_id=path.stem, source=str(path))))
        if jionlp is not None:
            money_gold = {**gold, "amounts": [a for a in gold["amounts"] if a["kind"] == "money"]}
            theirs.append((money_gold, text, {"amounts": jionlp(text)}))
    columns = {"finextract": evaluate_records(ours, tasks_of(nlp))}
    if jionlp is not None:
        jio = evaluate_records(theirs, ("amounts",))
        jio.tasks = {k: v for k, v in jio.tasks.items() if k.startswith("amounts_money")}
        columns["JioNLP"] = jio
        # Put finextract's money-only figures beside JioNLP's on the same (money) gold.
    return columns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", default=["benchmarks/gold"], help="gold .json files or directories of them")
    paths = parser.parse_args(argv).gold
    missing = [path for path in paths if not Path(path).exists()]
    if missing:
        parser.error(f"no such gold file or directory: {', '.join(missing)}")
    columns = run(paths)
    table = format_table(columns)
    print(table)
    files = gold_files(paths)
    missing_jionlp = "\nJioNLP: not installed (pip install -e .[bench]); column left out.\n"
    note = "" if "JioNLP" in columns else missing_jionlp
    body = (
        "## Accuracy on the hand-annotated seed gold\n\n"
        f"Made by `{COMMAND}` on {len(files)} gold files ({', '.join(Path(f).stem for f in files)}).\n"
        "P/R/F1 per task; `_strict` also needs value and unit right. JioNLP is scored on money amounts\n"
        "only (it extracts nothing else); `amounts_money*` rows compare the two on the same gold.\n\n"
        f"{table}\n{note}"
    )
    write_section("evaluation", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
