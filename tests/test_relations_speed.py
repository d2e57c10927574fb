"""The relation extractor's shortcuts: they skip work, never change a result, and keep it linear."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from relation_cases import CASES

import finextract
from finextract.amount_parser import find_amounts
from finextract.components.amounts import doc_amounts
from finextract.components.companies import doc_companies
from finextract.components.relations import amount_index, company_refs, company_spans, stored_amounts
from finextract.relations import CompanyRef, Relation, RelationStatus, RelationType, extract_relations
from finextract.relations.extract import AmountIndex, has_trigger, relations_in
from finextract.relations.lexicon import ANY_TRIGGER_WORDS
from finextract.relations.model import new_relation
from finextract.relations.passages import (
    sentence_spans,
    split_passages,
    split_sentences,
    starts_within,
    trigger_matches,
    trigger_starts,
    triggered_sentences,
)
from finextract.relations.patterns import patterns
from tests.plain import plain_tree, run_json

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

TRIGGERS = [
    ("purchase", "公司拟以1.34亿元购买参股公司中科视拓33.35%股权", True),
    ("contract", "双方签署了《算力服务合同》", True),
    ("stake", "持有腾云智算51%的股权", True),
    ("investment", "公司出资设立子公司", True),
    ("revenue only", "营业收入同比增长12%，净利润3.03亿元", False),
    ("empty", "", False),
    ("half a word", "收款与购物", False),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in TRIGGERS], ids=[i for i, _, _ in TRIGGERS])
def test_has_trigger(text: str, expected: bool) -> None:
    assert has_trigger(text) is expected


def test_no_trigger_no_relation() -> None:
    """The shortcut taken for a text without a trigger word gives what the full reading gives."""
    texts = [c.text for c in CASES] + [p for path in SEEDS for p in path.read_text(encoding="utf-8").split("\n")]
    untriggered = [t for t in texts if t.strip() and not has_trigger(t)]
    assert len(untriggered) >= 20
    tail = "\n甲公司收购乙公司51%股权。"  # a triggered line after it: the text itself is read in full
    for text in untriggered:
        refs = [CompanyRef(0, min(4, len(text)), text[:4])]
        assert extract_relations(text, find_amounts(text), refs) == []
        full = text + tail
        found = extract_relations(full, find_amounts(full), refs)
        assert found and all(relation.start > len(text) for relation in found)


def test_patterns_compile_on_first_use_only() -> None:
    code = (
        "import finextract.relations.extract, finextract.components.relations\n"
        "from finextract.relations.patterns import patterns\n"
        "before = patterns.cache_info().currsize\n"
        "finextract.relations.extract.has_trigger('收购')\n"
        "print(before, patterns.cache_info().currsize, patterns() is patterns())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1", "True"]


LINES = [
    ("paragraphs", "甲公司签约。\n乙公司收购丙公司51%股权；\n\n"),
    ("windows line ends", "甲公司签约。\r\n乙公司收购丙公司\r\n"),
    ("table", "公告\t主要内容\t合同期限\n《甲：公告》\t甲公司签约\t三年\n"),
    ("bullets", "- 甲公司：签约。\n1. 乙公司：出资设立丙公司\n"),
    ("one long line", "甲公司收购乙公司股权，" * 200),
]


@pytest.mark.parametrize("text", [t for _, t in LINES], ids=[i for i, _ in LINES])
def test_sentences_hold_no_line_break(text: str) -> None:
    """The role checks read a party's prefix by its last characters: a sentence never holds a line break."""
    for passage in split_passages(text):
        for start, end in split_sentences(text, passage.start, passage.end):
            assert "\n" not in text[start:end]


@pytest.fixture(scope="module")
def seed_docs() -> list[Any]:
    nlp = finextract.load(components=("finextract_amounts", "finextract_companies"))
    return [nlp(path.read_text(encoding="utf-8")) for path in SEEDS]


def test_stored_amounts_are_the_doc_amounts(seed_docs: list[Any]) -> None:
    for doc in seed_docs:
        assert doc_amounts(doc)
        assert stored_amounts(doc) == doc_amounts(doc)


def test_company_refs_are_the_company_mentions(seed_docs: list[Any]) -> None:
    for doc in seed_docs:
        expected = [CompanyRef(m.start, m.end, c.name) for c in doc_companies(doc) for m in c.mentions]
        assert expected
        assert company_refs(doc) == expected


_WORK = """
import json, sys
from pathlib import Path
import finextract.relations.extract as extract
from finextract.amount_parser import find_amounts
from finextract.relations import CompanyRef, extract_relations

def calls(run):  # function calls (Python and C) made by run: the work, whatever the machine's speed
    count = 0
    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1
    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count

def work(text):
    amounts = find_amounts(text)
    refs = [CompanyRef(i, i + 4, "宏景科技") for i in range(len(text)) if text.startswith("宏景科技", i)]
    return calls(lambda: extract_relations(text, amounts, refs))

seed, joiner = Path(sys.argv[1]).read_text(encoding="utf-8"), sys.argv[2]
unit = joiner.join([seed.replace("\\n", joiner)] * 2)
print(json.dumps({"module": extract.__file__, "once": work(unit), "twice": work(joiner.join([unit, unit]))}))
"""


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lines", "one paragraph"])
def test_work_grows_linearly(joiner: str, tmp_path: Path) -> None:
    """Counted on the plain source (see tests/plain.py): compiled calls are not seen by a profiler."""
    work = run_json(_WORK, str(SEEDS[0]), joiner, python_path=plain_tree(tmp_path), cwd=tmp_path)
    assert work["module"].endswith(".py")
    assert work["once"] > 1000
    assert work["twice"] <= 2.2 * work["once"]


PASSAGES = [
    ("no trigger", "营收增长。净利润下降；"),
    ("one sentence", "甲公司拟收购乙公司51%股权"),
    ("middle sentence", "营收增长。甲公司签约；净利润下降。"),
    ("joined by a value cue", "甲公司签署销售合同。总金额为3亿元。营收增长"),
    ("line breaks", "甲公司签约\n乙公司出资\n营收"),
    ("title words", "《关于收购的公告》。营收增长"),
    ("long, cut by length", "甲公司收购乙公司股权，" * 80 + "营收增长" * 200),
    ("long, no comma", "甲" * 599 + "收购" + "乙" * 700),
    ("overlapping trigger words", "营收增长。拟收购买入乙公司股权；丙"),
]


@pytest.mark.parametrize("text", [t for _, t in PASSAGES], ids=[i for i, _ in PASSAGES])
def test_triggered_sentences_are_the_sentences_with_a_trigger(text: str) -> None:
    search = patterns().any_trigger.search
    expected = [(s, e) for s, e in split_sentences(text, 0, len(text)) if search(text, s, e)]
    assert triggered_sentences(text, 0, len(text)) == expected


SPLITS = [
    ("ends kept", "甲签约。乙出资；丙", ["甲签约。", "乙出资；", "丙"]),
    ("runs of ends", "甲！？乙", ["甲！？", "乙"]),
    ("line break alone", "甲。\n乙", ["甲。", "\n", "乙"]),
    ("value cue joins", "甲签署合同。合同总金额为3亿元。乙", ["甲签署合同。合同总金额为3亿元。", "乙"]),
    ("empty", "", []),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in SPLITS], ids=[i for i, _, _ in SPLITS])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == expected


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="甲乙。！？!?；;\n，a", max_size=40),
    start=st.integers(-2, 42),
    end=st.integers(0, 42),
)
def test_sentence_spans_are_those_of_the_sentence_pattern(text: str, start: int, end: int) -> None:
    """The loop over code points cuts where the regular expression it replaces cuts."""
    expected = [match.span() for match in patterns().sentence.finditer(text, max(start, 0), end)]
    assert sentence_spans(text, start, end) == expected


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="甲乙*：:，。 a", max_size=40), start=st.integers(0, 40), width=st.integers(0, 30))
def test_a_head_needs_a_colon_in_its_window(text: str, start: int, width: int) -> None:
    """split_passages tries the head pattern only where its window holds a colon."""
    if patterns().head.match(text, start, start + width) is not None:
        assert "：" in text[start : start + width] or ":" in text[start : start + width]


def test_every_value_word_holds_what_the_cheap_test_looks_for() -> None:
    for word in patterns().value_word.pattern.split("|"):
        assert "总" in word or "交割" in word, word


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲 \u3000\x1c\n-1.：", max_size=30))
def test_passages_are_the_lines_without_surrounding_white_space(text: str) -> None:
    """Every line that is not blank gives one passage, which ends where its line's last character
    that is not white space ends."""
    lines, ends, position = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append(line)
            ends.append(position + len(line.rstrip()))
        position += len(line) + 1
    passages = split_passages(text)
    assert [p.end for p in passages] == ends
    assert all(not text[p.start].isspace() for p in passages if p.start < p.end)


def test_trigger_starts_are_where_any_trigger_word_starts() -> None:
    """Every start, overlapping words too (收购|购买 in 收购买入), within the range."""
    words = ANY_TRIGGER_WORDS
    for text in [*(t for _, t in PASSAGES), "拟收购买入乙公司股权"]:
        for start, end in ((0, len(text)), (3, 40)):
            piece = text[:end]
            expected = [i for i in range(start, len(piece)) if piece.startswith(words, i)]
            assert trigger_starts(text, start, end) == expected


_TRIGGER_PIECES = [
    "收购",
    "购买",
    "收购买入",
    "签约",
    "签署",
    "股权",
    "转让",
    "投资",
    "甲",
    "乙公司",
    "。",
    "；",
    "\n",
    "\t",
    "：",
    " ",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=30).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_the_gate_s_trigger_words_give_the_same_starts_and_sentences(text: str, start: int, end: int) -> None:
    """The planning reuses the trigger words the component's gate found in the whole text
    (trigger_matches): within any range they are those a walk of the range finds."""
    matches = trigger_matches(text)
    assert starts_within(matches, start, end) == trigger_starts(text, start, min(end, len(text)))
    for passage in split_passages(text):
        assert triggered_sentences(text, passage.start, passage.end, matches) == triggered_sentences(
            text, passage.start, passage.end
        )


def test_amount_index_builds_only_what_is_read() -> None:
    text = "营收3亿元，净利润1亿元。公司拟以2亿元收购乙公司51%股权"
    amounts = find_amounts(text)
    built: list[int] = []

    def build(index: int) -> Any:
        built.append(index)
        return amounts[index]

    index = AmountIndex([a.start for a in amounts], list(range(len(amounts))), build)
    sentence = text.index("公司拟")
    assert index.starting_in(sentence, len(text)) == [a for a in amounts if a.start >= sentence]
    assert index.starting_in(sentence, len(text))[0] is amounts[2]  # built once, then kept
    assert built == [2, 3]
    assert index.starting_in(0, 1) == []
    assert AmountIndex.of(reversed(amounts)).starting_in(0, len(text)) == amounts


def test_new_relation_is_the_dataclass() -> None:
    made = new_relation(
        RelationType.PURCHASE, "甲", "乙", None, None, None, None, None, RelationStatus.PLANNED, "甲采购", 0, 3, None
    )
    expected = Relation(RelationType.PURCHASE, "甲", "乙", status=RelationStatus.PLANNED, evidence="甲采购", end=3)
    assert made == expected
    assert hash(made) == hash(expected)


def test_relations_in_agrees_with_extract_relations() -> None:
    for case in CASES:
        refs = [CompanyRef(i, i + len(n), n) for n in case.companies for i in _positions(case.text, n)]
        amounts = find_amounts(case.text)
        spans = [(r.start, r.end, r.name) for r in reversed(refs)]  # any order
        assert relations_in(case.text, AmountIndex.of(amounts), spans) == extract_relations(case.text, amounts, refs)


def _positions(text: str, name: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(name, i)]


def test_component_inputs_are_the_stored_data(seed_docs: list[Any]) -> None:
    for doc in seed_docs:
        assert company_spans(doc) == [(c.start, c.end, c.name) for c in company_refs(doc)]
        index = amount_index(doc)
        assert index.starting_in(0, len(doc.text)) == sorted(stored_amounts(doc), key=lambda a: a.start)


_DEDUPE = """
import importlib, json
from decimal import Decimal
dedupe_module = importlib.import_module("finextract.relations.dedupe")  # the package exports a function of that name
from finextract.relations.model import Relation, RelationType
from finextract.relations.passages import Passage

calls = 0
real = dedupe_module.compatible

def counting(a, b):
    global calls
    calls += 1
    return real(a, b)

dedupe_module.compatible = counting
passage = Passage("sentence", 0, 1)
items = [(passage, Relation(RelationType.EQUITY_STAKE, f"公司{i}", "乙", share=Decimal("0.2"))) for i in range(2000)]
kept = len(dedupe_module.dedupe(items * 2))
stake_calls, calls = calls, 0
# A long table whose rows share a subject: each row is an announcement of its own.
table = [
    (Passage("row", 10 * i, 10 * i + 5, row_start=10 * i), Relation(RelationType.CONTRACT, "公司", f"客户{i}"))
    for i in range(2000)
]
prose = (Passage("paragraph", 0, 5), Relation(RelationType.CONTRACT, "公司", None))
table_kept = len(dedupe_module.dedupe([prose, *table, *table[:10]]))
table_calls, calls = calls, 0
# A long list of subsidiaries one company holds (a stake merges across rows: the object tells them apart).
holdings = [
    (Passage("row", 10 * i, 10 * i + 5, row_start=10 * i),
     Relation(RelationType.EQUITY_STAKE, "公司", f"子公司{i}", share=Decimal("1")))
    for i in range(2000)
]
holdings_kept = len(dedupe_module.dedupe(holdings + holdings[:10]))
holdings_calls, calls = calls, 0
# A list of contracts with one customer for different sums (the amount tells them apart), then one
# that states no sum (it merges with the first).
from finextract import parse_amount
sums = [
    (Passage("bullet", i, i + 1), Relation(RelationType.CONTRACT, "公司", "华为", amount=parse_amount(f"{i + 1}万元")))
    for i in range(2000)
]
unstated = (Passage("paragraph", 0, 1), Relation(RelationType.CONTRACT, "公司", "华为", term_months=12))
sums_result = dedupe_module.dedupe([*sums, *sums[:10], unstated])
print(json.dumps({"module": dedupe_module.__file__, "kept": kept, "calls": stake_calls,
                  "table_kept": table_kept, "table_calls": table_calls,
                  "holdings_kept": holdings_kept, "holdings_calls": holdings_calls,
                  "sums_kept": len(sums_result), "sums_calls": calls,
                  "first_term": sums_result[0].term_months}))
"""


def test_dedupe_compares_only_relations_that_may_merge(tmp_path: Path) -> None:
    """Counted on the plain source (see tests/plain.py): a compiled module's calls cannot be patched."""
    result = run_json(_DEDUPE, python_path=plain_tree(tmp_path), cwd=tmp_path)
    assert result["module"].endswith(".py")
    assert result["kept"] == 2000
    assert result["calls"] == 2000  # each repeat meets its one twin; distinct subjects are never compared
    # The prose relation takes the first row (it states no object); every other row is kept, and is
    # compared only with relations from no row (none left) or from its own row (its repeat).
    assert result["table_kept"] == 2000
    assert result["table_calls"] == 1 + 10
    assert result["holdings_kept"] == 2000
    assert result["holdings_calls"] == 10  # each repeat meets only the holding of its own subsidiary
    # one customer, 2,000 sums: each repeat meets only its twin; the relation without a sum meets
    # the first kept one and merges there
    assert result["sums_kept"] == 2000
    assert result["sums_calls"] == 10 + 1
    assert result["first_term"] == 12
