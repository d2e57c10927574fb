"""Scores on public data sets kept in ``../shared/external`` (see each PROVENANCE.md there).

    python -m benchmarks.external [--shared ../shared] [--limit N]

- ChFinAnn sample (500 announcements): for each document that states both a stock short name
  (StockAbbr) and a full name (CompanyName), does finextract resolve the short name to the full name?
- FinRE test: for labels that map to finextract's relation types, the share of labelled pairs for
  which finextract extracts a relation of that type between the two given entities (digits are
  masked as ``<N>`` there, so amounts are not compared).

A task whose component is not in the pipeline is reported as "not available".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .results import write_section

ROOT = Path(__file__).resolve().parent.parent
FINRE_LABELS = {
    "签约": "contract",
    "订单": "contract",
    "持股": "equity_stake",
    "拥有": "equity_stake",
    "入股": "equity_stake",
    "收购": "equity_transfer",
    "拟收购": "equity_transfer",
    "转让": "equity_transfer",
    "买资": "equity_transfer",
    "注资": "investment",
    "成立": "investment",
    "合资": "investment",
}


def chfinann_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(document text, short name, full name) for documents holding both."""
    pairs = []
    for _, doc in json.loads(path.read_text(encoding="utf-8")):
        fields = doc["ann_mspan2guess_field"]
        short = [m for m, f in fields.items() if f == "StockAbbr"]
        full = [m for m, f in fields.items() if f == "CompanyName"]
        if short and full:
            pairs.append(("".join(doc["sentences"]), short[0], full[0]))
    return pairs


def score_chfinann(nlp: Any, path: Path, limit: int | None) -> str:
    if "finextract_companies" not in nlp.pipe_names:
        return "not available (no finextract_companies component yet)"
    from finextract.output import document_record

    pairs = chfinann_pairs(path)[:limit]
    correct = 0
    for text, short, full in pairs:
        record = document_record(nlp(text), doc_id="x", source="x")
        resolved = [c for c in record["companies"] if short in c["aliases"] or c["name"] == short]
        correct += any(c["name"] == full or full in c["aliases"] for c in resolved)
    return f"{correct}/{len(pairs)} = {correct / len(pairs):.3f} short names resolved to the full name"


def finre_items(path: Path) -> list[tuple[str, str, str, str]]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[2] in FINRE_LABELS:
            items.append((parts[0], parts[1], parts[2], parts[3]))
    return items


def score_finre(nlp: Any, path: Path, limit: int | None, *, entities_given: bool = False) -> dict[str, tuple[int, int]]:
    """Per FinRE label: (pairs, pairs for which a relation of the mapped type links the two entities).

    With ``entities_given`` the sentence's labelled entities are handed to the companies component
    (as batch memory) first, so the figure measures relation extraction alone, as FinRE intends.
    """
    from finextract.companies.registry import nfkc
    from finextract.companies.resolver import MemoryEntry
    from finextract.output import document_record

    items = finre_items(path)[:limit]
    names_in: dict[str, set[str]] = {}
    for head, tail, _, sentence in items:
        names_in.setdefault(sentence, set()).update((head, tail))
    companies = nlp.get_pipe("finextract_companies")
    totals: Counter[str] = Counter()
    found: Counter[str] = Counter()
    cache: dict[str, dict[str, Any]] = {}
    for head, tail, label, sentence in items:
        if sentence not in cache:
            if entities_given:
                companies.memory = {nfkc(name): MemoryEntry(name) for name in names_in[sentence]}
            cache[sentence] = document_record(nlp(sentence), doc_id="x", source="x")
        record = cache[sentence]
        wanted = FINRE_LABELS[label]
        names = {c["name"]: {c["name"], *c["aliases"]} for c in record["companies"]}

        def mentions(argument: str | None, entity: str, names: dict[str, set[str]] = names) -> bool:
            return argument is not None and (argument == entity or entity in names.get(argument, set()))

        totals[label] += 1
        found[label] += any(
            r["type"] == wanted
            and any(mentions(r.get(role), head) for role in ("subject", "object", "seller", "target"))
            and any(mentions(r.get(role), tail) for role in ("subject", "object", "seller", "target"))
            for r in record["relations"]
        )
    companies.memory = {}
    return {label: (totals[label], found[label]) for label in totals}


def finre_table(end_to_end: dict[str, tuple[int, int]], given: dict[str, tuple[int, int]]) -> str:
    rows = [
        f"| {label} | {FINRE_LABELS[label]} | {pairs} | {hits / pairs:.3f} | {given[label][1] / pairs:.3f} |"
        for label, (pairs, hits) in sorted(end_to_end.items(), key=lambda item: (FINRE_LABELS[item[0]], item[0]))
    ]
    pairs = sum(p for p, _ in end_to_end.values())
    overall = sum(h for _, h in end_to_end.values()) / max(1, pairs)
    overall_given = sum(h for _, h in given.values()) / max(1, pairs)
    return "\n".join(
        [
            "| FinRE label | our type | pairs | agreement (entities found) | agreement (entities given) |",
            "|---|---|---|---|---|",
            *rows,
            f"| all | | {pairs} | {overall:.3f} | {overall_given:.3f} |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    import finextract

    nlp = finextract.load()
    external = Path(args.shared) / "external"
    chfinann = score_chfinann(nlp, external / "chfinann_sample500" / "sample_500.json", args.limit)
    finre_path = external / "finre" / "test.txt"
    if "finextract_relations" in nlp.pipe_names:
        finre = finre_table(
            score_finre(nlp, finre_path, args.limit),
            score_finre(nlp, finre_path, args.limit, entities_given=True),
        )
    else:
        finre = "not available (no finextract_relations component yet)"
    body = (
        "## External data\n\n"
        "Made by `python -m benchmarks.external` (data in `../shared/external`, see PROVENANCE.md there).\n\n"
        f"ChFinAnn sample, short name → full name: {chfinann}\n\n"
        f"FinRE test, relation agreement per label (digits are masked as <N> there, so stakes and contracts\n"
        f"that finextract reads only with a figure are rarely found):\n\n{finre}\n"
    )
    print(body)
    write_section("external", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
