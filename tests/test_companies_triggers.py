"""Stage triggers (one automaton pass that routes a text to the stages that can fire) never change
what the stages find; the combined scanner finds the same names as the registry's own index."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from finextract.companies import contextual, default_registry, legal_names, resolver
from finextract.companies import triggers as t
from finextract.companies.model import NameKind, NameMatch
from tests.plain import plain_tree, run_json

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EDGE_TEXTS = [
    "持有其51%的股权，取得的控制权",
    "增长100%，股份回购",
    "与Y公司、客户Z及某企业签约",
    "上海某某投资合伙企业（有限合伙）与北京某某合伙企业(普通合伙)",
    "中国电信股份有限公司上海分公司",
    "根据IDC数据，Counterpoint Research 报告显示",
    "全资子公司盛视技术与控股孙公司麦塔倍斯",
    "公司拟将标的资产转让给天津紫霄，并向上海域允采购",
    "Perfect Universe Investment Inc.与ABC Holdings Ltd签约",
    "ＳＴ金刚（上海）",
    "",
]


def _paragraphs() -> list[str]:
    paragraphs = [p for path in sorted(SEEDS.glob("*.txt")) for p in path.read_text(encoding="utf-8").split("\n")]
    return [p for p in paragraphs if p.strip()] + EDGE_TEXTS


PARAGRAPHS = _paragraphs()

# --- the bits -----------------------------------------------------------------------------------

CASES = [
    pytest.param("今天天气很好", 0, t.LEGAL | t.DEAL | t.UPPER, id="nothing"),
    pytest.param("某某科技有限公司", t.LEGAL | t.ORG_WORD, t.SUBSIDIARY, id="legal-suffix"),
    pytest.param("公司发布公告", 0, t.LEGAL | t.SUBSIDIARY, id="bare-company-is-no-trigger"),
    pytest.param("收购安联通100%股份", t.STAKE, t.LEGAL, id="stake"),
    pytest.param("营收增长100%", 0, t.STAKE, id="percent-alone"),
    pytest.param("全资子公司盛视技术", t.SUBSIDIARY | t.ORG_WORD, t.LEGAL, id="subsidiary"),
    pytest.param("与中移国际签订协议", t.DEAL | t.DEAL_VERB, t.TRANSFER, id="deal"),
    pytest.param("转让给天津紫霄", t.TRANSFER, t.DEAL, id="transfer"),
    pytest.param("X公司与客户A", t.ANONYMOUS | t.UPPER | t.LETTER | t.DEAL, t.FOREIGN, id="anonymous"),
    pytest.param("(以下简称“X”)", t.DECLARATION | t.UPPER, t.NORMALISE, id="declaration"),
    pytest.param("Apple Inc.", t.FOREIGN | t.UPPER | t.LETTER, t.LEGAL, id="foreign"),
    pytest.param("ｇｐｕ（上海）", t.DECLARATION, t.LETTER | t.NORMALISE, id="full-width-letters-are-not-letters"),
    pytest.param("Wind数据显示", t.UPPER | t.SOURCE_WORD, t.DEAL, id="source"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_stage_triggers(text: str, present: int, absent: int) -> None:
    bits = t.stage_triggers(text)
    assert bits & present == present
    assert not bits & absent


# Every match of each stage's own pattern holds one of the stage's trigger words.
PATTERNS = [
    pytest.param(legal_names._CJK_SUFFIX, t.LEGAL, id="legal-suffix"),
    pytest.param(legal_names._HAS_ANONYMOUS, t.ANONYMOUS, id="anonymous"),
    # what _stakes finds: a percent sign followed by a stake word, or a control
    pytest.param(re.compile("%" + contextual._STAKE_AFTER_PERCENT.pattern), t.STAKE, id="stake"),
    pytest.param(contextual._STAKE_CONTROL, t.STAKE, id="control"),
    pytest.param(contextual._SUBSIDIARY, t.SUBSIDIARY, id="subsidiary"),
    pytest.param(contextual._DEAL_VERB, t.DEAL_VERB, id="deal-verb"),
    pytest.param(contextual._TRANSFER, t.TRANSFER, id="transfer"),
    pytest.param(contextual._ORG_SUFFIX, t.ORG_WORD, id="organisation-word"),
    pytest.param(contextual._INDUSTRY_SUFFIX, t.ORG_WORD, id="industry-word"),
    pytest.param(contextual._MAY_BE_SOURCE, t.UPPER | t.SOURCE_WORD, id="data-source"),
    pytest.param(legal_names._FOREIGN, t.UPPER | t.LETTER, id="foreign-name"),
    pytest.param(resolver._UPPER_RUN, t.LETTER, id="english-run"),
]


@pytest.mark.parametrize(("pattern", "bits"), PATTERNS)
def test_every_match_sets_its_bits(pattern: re.Pattern[str], bits: int) -> None:
    matched = 0
    for text in PARAGRAPHS:
        if pattern.search(text) is not None:
            matched += 1
            assert t.stage_triggers(text) & bits == bits, text
    assert matched, "the pattern should match some paragraph"


def test_header_and_contextual_bits() -> None:
    from finextract.companies.declarations import find_issuer_header

    assert resolver._CONTEXTUAL_STAGE == contextual._ANY_FINDER
    for text in [*PARAGRAPHS, "证券代码：300142证券简称：沃森生物公告编号：2016-072"]:
        if find_issuer_header(text) is not None:
            assert t.stage_triggers(text) & t.HEADER, text


def test_place_bit_is_set_exactly_where_places_end() -> None:
    for text in PARAGRAPHS:
        assert bool(t.stage_triggers(text) & t.PLACE) == bool(contextual._place_ends(text)), text


# --- gated stages find what the ungated ones find --------------------------------------------------

ALL_BITS = -1


def _contextual_plausible_first(text: str) -> list[NameMatch]:
    """The definition the lazy plausibility check replaced: filter, then keep the leftmost longest."""
    found = []
    for finder in (
        contextual._stakes,
        contextual._subsidiaries,
        contextual._deals,
        contextual._transfers,
        contextual._org_suffixes,
        contextual._sources,
    ):
        for start, end, min_length in finder(text):
            name = text[start:end].strip()
            if not name or not contextual.plausible_name(contextual._bare(name), min_length=min_length):
                continue
            start = text.index(name, start)
            found.append(NameMatch(start, start + len(name), name, NameKind.CONTEXTUAL))
    found.sort(key=lambda m: (m.start, -m.end))
    result: list[NameMatch] = []
    for match in found:
        if not result or match.start >= result[-1].end:
            result.append(match)
    return result


def test_gated_stages_agree_with_ungated() -> None:
    registry = default_registry()
    for text in PARAGRAPHS:
        bits = t.stage_triggers(text)
        assert contextual.find_contextual_names(text, bits) == _contextual_plausible_first(text), text
        assert contextual.find_contextual_names(text, ALL_BITS) == _contextual_plausible_first(text), text
        known = registry.is_full_name
        assert legal_names.find_legal_names(text, known=known, triggers=bits) == legal_names.find_legal_names(
            text, known=known
        ), text
        assert legal_names.find_anonymous(text, bits) == legal_names.find_anonymous(text), text


# --- the combined scanner -------------------------------------------------------------------------


def test_scanner_finds_the_registry_names_and_the_normalising_bit() -> None:
    registry = default_registry()
    scanner, index = registry.scanner(), registry.matcher()
    for text in PARAGRAPHS:
        bits, names = scanner.scan(text)
        norm = resolver._char_nfkc(text)
        assert bool(bits & t.NORMALISE) == (norm != text), text
        assert bits == t.stage_triggers(text) | (bits & t.NORMALISE), text
        if norm == text:
            assert sorted(names) == sorted(index.occurrences(text)), text
        assert sorted(scanner.names(norm)) == sorted(index.occurrences(norm)), text


SCANS = [
    pytest.param(["盐湖股份", "盐湖"], "公告：盐湖股份", [(3, 2), (3, 4)], 0, id="names-overlapping"),
    pytest.param(["有限公司"], "某某有限公司", [(2, 4)], t.LEGAL, id="a-name-that-is-a-trigger"),
    pytest.param([], "与Ａ签约", [], t.DEAL | t.NORMALISE | t.DEAL_VERB, id="no-names"),
]


@pytest.mark.parametrize(("names", "text", "expected", "bits"), SCANS)
def test_scanner_scan(names: list[str], text: str, expected: list[tuple[int, int]], bits: int) -> None:
    scanner = t.Scanner(names, "Ａ")
    found_bits, found = scanner.scan(text)
    assert sorted(found) == expected
    assert found_bits == bits


def test_scanner_place_ends_are_those_of_the_place_automaton() -> None:
    scanner = default_registry().scanner()
    for text in [*PARAGRAPHS, "深圳市弈峰科技与乌鲁木齐和上海的公司", "香港中文大学", ""]:
        place_ends: list[int] = []
        bits, names = scanner.scan(text, place_ends)
        assert frozenset(place_ends) == contextual._place_ends(text), text
        assert (bits, names) == scanner.scan(text), text


def test_org_words_from_the_scan_give_what_the_patterns_give() -> None:
    assert set(t.ORG_WORDS) == contextual._ORG_WORDS | contextual._INDUSTRY_WORDS
    scanner = default_registry().scanner()
    extra = ["利通控股（新加坡）控股（集团）", "深圳弈峰科技术", "上海证券银行保险信托", "北京机器人科技与深圳电子信息"]
    for text in [*PARAGRAPHS, *extra]:
        place_ends: list[int] = []
        org_words: list[tuple[int, int]] = []
        scanner.scan(text, place_ends, org_words)
        assert contextual._org_word_spans(text, org_words) == contextual._org_word_spans(text, None), text
        assert contextual._industry_word_spans(text, org_words) == contextual._industry_word_spans(text, None), text
        assert contextual._org_suffixes(text, True, place_ends, org_words) == contextual._org_suffixes(text), text


def test_scanner_pickles_without_its_trie() -> None:
    scanner = t.Scanner(["盐湖股份"])
    scanner.scan("盐湖股份")
    copy = pickle.loads(pickle.dumps(scanner))
    assert copy._trie is None
    assert copy.scan("公告盐湖股份") == scanner.scan("公告盐湖股份")


_SCANNER_WORK = """
import json
from finextract.companies import default_registry, triggers

scanner = default_registry().scanner()
passes = []
found = triggers.Scanner._found

def counting(self, text):
    bits, located = found(self, text)
    passes.append(len(located))
    return bits, located

triggers.Scanner._found = counting
paragraph = "盐湖股份与X公司签订协议，收购安联通100%股份。"
for repeat in (100, 200):
    scanner.scan(paragraph * repeat)
print(json.dumps({"module": triggers.__file__, "passes": passes}))
"""


def test_scanner_work_is_linear(tmp_path: Path) -> None:
    """Twice the text: twice the matches, one pass (on the plain source, see tests/plain.py)."""
    result = run_json(_SCANNER_WORK, python_path=plain_tree(tmp_path), cwd=tmp_path)
    passes = result["passes"]
    assert result["module"].endswith(".py")
    assert len(passes) == 2 and passes[1] == 2 * passes[0] > 0
