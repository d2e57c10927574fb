"""Core company recognition: legal-name boundaries, declarations, registry, resolution."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from finextract.companies import (
    Company,
    CompanyEntry,
    Mention,
    Registry,
    ResolvedBy,
    collect_memory,
    contextual,
    default_registry,
    extract_companies,
    find_anonymous,
    find_declarations,
    find_issuer_header,
    find_legal_names,
    is_company_name,
    legal_names,
    load_user_companies,
    normalise_short_name,
    parse_user_companies,
)
from finextract.companies.lexicon import ANONYMOUS_NOUNS, LEFT_STOP_WORDS, PLACES, PRONOUNS
from finextract.companies.registry import convert_csv, nfkc

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (text, the legal names expected, in order)
BOUNDARY_CASES: list[tuple[str, list[str]]] = [
    ("公司全资子公司上海金刚玻璃防火科技有限公司拟投资", ["上海金刚玻璃防火科技有限公司"]),
    ("公司拟向北京某某科技有限公司采购服务器", ["北京某某科技有限公司"]),
    ("近日,光伏企业甘肃阳光光伏股份有限公司(以下简称“ST金刚”)发布公告", ["甘肃阳光光伏股份有限公司"]),
    ("对外投资设立北京金刚算力科技服务有限公司", ["北京金刚算力科技服务有限公司"]),
    ("与产业投资人广东欧昊集团有限公司的深度协同", ["广东欧昊集团有限公司"]),
    (
        "电子元器件厂商合力泰科技股份有限公司、手机壳生产商深圳市杰美特科技股份有限公司等",
        ["合力泰科技股份有限公司", "深圳市杰美特科技股份有限公司"],
    ),
    ("北京艾文智略投资管理有限公司首席投资官曹敏", ["北京艾文智略投资管理有限公司"]),
    ("最终该地块由浙江金帝房地产集团有限公司竞得", ["浙江金帝房地产集团有限公司"]),
    ("最终以天阳地产有限公司竞得", ["天阳地产有限公司"]),
    ("中国电信股份有限公司临港海底数据中心", ["中国电信股份有限公司"]),
    ("中国电信股份有限公司上海分公司承建", ["中国电信股份有限公司上海分公司"]),
    ("部署建设;中国交通建设股份有限公司承建", ["中国交通建设股份有限公司"]),
    ("众和昆仑(北京)资产管理有限责任公司", ["众和昆仑(北京)资产管理有限责任公司"]),
    ("表示。  众和昆仑(北京)资产管理有限责任公司董事长", ["众和昆仑(北京)资产管理有限责任公司"]),
    ("大有能源股份有限公司公告", ["大有能源股份有限公司"]),
    ("盐湖股份和昆仑(北京)资产管理有限责任公司签约", ["昆仑(北京)资产管理有限责任公司"]),
    ("甲乙丙和丁戊科技有限公司", ["丁戊科技有限公司"]),
    ("沐曦集成电路（上海）股份有限公司发布", ["沐曦集成电路（上海）股份有限公司"]),
    ("前述基金为青岛瑞见私募股权投资基金合伙企业(有限合伙)", ["青岛瑞见私募股权投资基金合伙企业(有限合伙)"]),
    ("瑞见私募背后有大家人寿保险股份有限公司身影", ["大家人寿保险股份有限公司"]),
    ("是中伟新材料股份有限公司打造的模式", ["中伟新材料股份有限公司"]),
    ("在华为技术有限公司的展台", ["华为技术有限公司"]),
    ("此外,据招商证券证券股份有限公司研报", ["招商证券证券股份有限公司"]),
    ("广州艾媒数据信息咨询有限公司发布报告", ["广州艾媒数据信息咨询有限公司"]),
    ("上海同达创业投资股份有限公司公告", ["上海同达创业投资股份有限公司"]),
    ("珠海和佳医疗设备股份有限公司公告", ["珠海和佳医疗设备股份有限公司"]),
    ("信雅达系统工程股份有限公司公告", ["信雅达系统工程股份有限公司"]),
    (
        "控股股东山东华鲁恒升集团有限公司的一致行动人山东华鲁恒升集团德州热电有限责任公司",
        ["山东华鲁恒升集团有限公司", "山东华鲁恒升集团德州热电有限责任公司"],
    ),
    ("甘肃刚泰控股（集团）股份有限公司公告", ["甘肃刚泰控股（集团）股份有限公司"]),
    ("上海二三四五网络控股集团股份有限公司", ["上海二三四五网络控股集团股份有限公司"]),
    (
        "Perfect Universe Investment Inc.(简称“PUI”)与Do-main Capital Group, LLC签订协议",
        ["Perfect Universe Investment Inc.", "Do-main Capital Group, LLC"],
    ),
    ("以及ACA World, LLC签订协议", ["ACA World, LLC"]),
    ("剩余部分公司资金", []),
    ("该公司有限公司化改造", []),
    ("盐湖股份将五矿盐湖有限公司纳入合并报表", ["五矿盐湖有限公司"]),
    ("公司出资设立控股子公司南宁市腾云智算科技有限公司", ["南宁市腾云智算科技有限公司"]),
    ("与南京坤前计算机科技有限公司签订合同", ["南京坤前计算机科技有限公司"]),
    ("2026年4月公司与北京世纪互联智能科技股份有限公司合作", ["北京世纪互联智能科技股份有限公司"]),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDARY_CASES)
def test_legal_name_boundaries(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_legal_names(text)] == expected


def test_boundary_table_is_large_enough() -> None:
    assert len(BOUNDARY_CASES) >= 30


def test_offsets_point_into_the_text() -> None:
    text = "公司拟向北京某某科技有限公司采购，并与ACA World, LLC签约"
    for match in find_legal_names(text):
        assert text[match.start : match.end] == match.text


def test_registry_fixes_a_boundary_the_scan_misses() -> None:
    registry = default_registry()
    text = "北京同仁堂股份有限公司公告"
    names = [m.text for m in find_legal_names(text, known=registry.is_full_name)]
    assert names == ["北京同仁堂股份有限公司"]


@pytest.mark.parametrize(
    ("word", "is_stop"),
    [
        ("与", True),
        ("向", True),
        ("子公司", True),
        ("设立", True),
        ("暨", True),
        ("以下", True),
        ("科技", False),
        ("集团", False),
    ],
)
def test_stop_word_list_is_data(word: str, is_stop: bool) -> None:
    assert (word in LEFT_STOP_WORDS) is is_stop


# (text, [(alias, name)])
DECLARATION_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "北京金刚算力科技服务有限公司（以下简称“金刚算力”）成立",
        [("金刚算力", "北京金刚算力科技服务有限公司")],
    ),
    ("北京金刚算力科技服务有限公司(以下简称“金刚算力”)成立", [("金刚算力", "北京金刚算力科技服务有限公司")]),
    ("北京金刚算力科技服务有限公司(简称“金刚算力”)成立", [("金刚算力", "北京金刚算力科技服务有限公司")]),
    ('北京金刚算力科技服务有限公司（简称"金刚算力"）成立', [("金刚算力", "北京金刚算力科技服务有限公司")]),
    (
        "北京金刚算力科技服务有限公司（以下简称「金刚算力」）成立",
        [("金刚算力", "北京金刚算力科技服务有限公司")],
    ),
    (
        "北京金刚算力科技服务有限公司（以下简称『金刚算力』）成立",
        [("金刚算力", "北京金刚算力科技服务有限公司")],
    ),
    (
        "北京金刚算力科技服务有限公司（以下简称‘金刚算力’）成立",
        [("金刚算力", "北京金刚算力科技服务有限公司")],
    ),
    ("北京金刚算力科技服务有限公司（下称“金刚算力”）成立", [("金刚算力", "北京金刚算力科技服务有限公司")]),
    ("北京金刚算力科技服务有限公司（“金刚算力”）成立", [("金刚算力", "北京金刚算力科技服务有限公司")]),
    (
        "北京金刚算力科技服务有限公司，以下简称金刚算力，成立于",
        [("金刚算力", "北京金刚算力科技服务有限公司")],
    ),
    (
        "北京金刚算力科技服务有限公司，以下简称“金刚算力”，成立于",
        [("金刚算力", "北京金刚算力科技服务有限公司")],
    ),
    ("甲科技有限公司与乙科技有限公司（以下合称“双方”）", [("双方", "乙科技有限公司")]),
    ("拟向多家供应商（以下合并简称“X”）采购服务器", [("X", "X")]),
    ("北京抖音信息服务有限公司(字节跳动)服务器架构师", [("字节跳动", "北京抖音信息服务有限公司")]),
    ("投资人上海弘琪云创科技集团(以下简称“弘琪云创”)与", [("弘琪云创", "上海弘琪云创科技集团")]),
    (
        "青岛瑞见私募股权投资基金合伙企业(有限合伙)(以下\n\n简称“瑞见私募”)",
        [("瑞见私募", "青岛瑞见私募股权投资基金合伙企业(有限合伙)")],
    ),
    ("Perfect Universe Investment Inc.(简称“PUI”)与", [("PUI", "Perfect Universe Investment Inc.")]),
    ("山东华鲁恒升集团有限公司的（以下简称“华鲁恒升集团”）", [("华鲁恒升集团", "山东华鲁恒升集团有限公司")]),
]


@pytest.mark.parametrize(("text", "expected"), DECLARATION_CASES)
def test_declaration_forms(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(d.alias, d.name) for d in find_declarations(text) if not d.pronoun]
    assert found == expected
    for declaration in find_declarations(text):
        assert text[declaration.start : declaration.end] == declaration.alias


def test_pronoun_declaration_marks_the_issuer_not_an_alias() -> None:
    [declaration] = find_declarations("云南沃森生物技术股份有限公司（以下简称“公司”）日前接到")
    assert declaration.pronoun and declaration.name == "云南沃森生物技术股份有限公司"
    companies = extract_companies("云南沃森生物技术股份有限公司（以下简称“公司”）日前接到")
    assert companies[0].aliases == ()
    assert "公司" in PRONOUNS


def test_code_declaration_and_place_brackets() -> None:
    assert [(d.name, d.code) for d in find_declarations("宏景科技(301396.SZ)公告")] == [("宏景科技", "301396")]
    assert find_declarations("利通控股（新加坡）有限公司成立") == []


def test_no_declaration_for_government_bodies() -> None:
    assert find_declarations("中国证券监督管理委员会（以下简称“中国证监会”）批复") == []
    assert not is_company_name("中国证券监督管理委员会")
    assert not is_company_name("清华大学")
    assert is_company_name("证券日报社有限公司")


def test_announcement_header() -> None:
    assert find_issuer_header("股票简称：钱江水利股票代码：600283编号：临2009—012") == (
        "600283",
        "钱江水利",
        5,
        9,
    )
    text = (
        "证券代码：300142证券简称：沃森生物公告编号：2016-072\n云南沃森生物技术股份有限公司关于股东解除股权质押的公告"
    )
    [company] = extract_companies(text)
    assert company.name == "云南沃森生物技术股份有限公司"
    assert company.aliases == ("沃森生物",)
    assert company.code == "300142"


def test_anonymous_counterparties() -> None:
    assert [m.text for m in find_anonymous("与X公司签约，Y客户、客户A和某公司、某客户")] == [
        "X公司",
        "Y客户",
        "客户A",
        "某公司",
        "某客户",
    ]
    companies = extract_companies("X公司（以下简称X客户）下单，X客户付款")
    assert companies[0].name == "X公司" and companies[0].code is None


# -- registry ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("*ST金刚", "300093"),
        ("ST金刚", "300093"),
        ("金刚光伏", "300093"),
        ("金刚玻璃", "300093"),
        ("沐曦股份", "688802"),
        ("沐曦股份-U", "688802"),
        ("智翔金泰", "688443"),
        ("万科A", "000002"),
        ("万科Ａ", "000002"),
        ("盐湖股份", "000792"),
        ("*ST盐湖", "000792"),
        ("富恒新材", "920469"),
        ("*ST金山", "600396"),
        ("天华超净", "300390"),
        ("腾讯控股", "00700"),
        ("美团-W", "03690"),
        ("美团", "03690"),
        ("汇丰控股", "00005"),
        ("友邦保险", "01299"),
        ("石药集团", "01093"),
    ],
)
def test_registry_lookup(name: str, code: str) -> None:
    entry = default_registry().lookup(name)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(
    ("name", "current", "former"),
    [("东风股份", "600006", "601515"), ("安德利", "605198", "603031"), ("三维股份", "603033", "920834")],
)
def test_reassigned_former_names_resolve_to_the_current_holder(name: str, current: str, former: str) -> None:
    registry = default_registry()
    entry = registry.lookup(name)
    assert entry is not None and entry.code == current
    assert [e.code for e in registry.candidates(name)] == [current, former]


def test_normalisation() -> None:
    assert normalise_short_name("S*ST前锋") == "前锋"
    assert normalise_short_name("SST天海") == "天海"
    assert normalise_short_name("智翔金泰-UW") == "智翔金泰"
    assert normalise_short_name("万科Ａ") == "万科A"


def test_registry_full_names_match_either_bracket_width() -> None:
    registry = default_registry()
    assert registry.by_full_name("沐曦集成电路(上海)股份有限公司") is not None
    assert registry.by_code("300093.SZ") is not None and registry.by_code("300093.SZ").code == "300093"  # type: ignore[union-attr]


_FULL_NAMES = sorted(default_registry()._by_full)
_FULL_WIDTH = str.maketrans("()", "（）")


@st.composite
def _near_full_names(draw: st.DrawFn) -> str:
    """A registry full name, cut, prefixed, widened, spaced or given a combining mark."""
    name = draw(st.sampled_from(_FULL_NAMES))
    name = name[draw(st.integers(0, 3)) :]
    name = draw(st.sampled_from(["", "股东", "公司", "向", "（", "Ａ", " ", "e\u0301"])) + name
    if draw(st.booleans()):
        name = name.translate(_FULL_WIDTH)
    if draw(st.booleans()) and len(name) > 2:
        at = draw(st.integers(0, len(name)))
        name = name[:at] + draw(st.sampled_from([" ", "\u3000", "\u0301", "Ａ", "（"])) + name[at:]
    return name


@given(_near_full_names())
def test_is_full_name_answers_as_the_plain_lookup(name: str) -> None:
    registry = default_registry()
    by_full = registry._by_full
    assert registry.is_full_name(name) == (name in by_full or nfkc(name) in by_full)


def _registry_boundary_reference(
    text: str, start: int, suffix_start: int, end: int, floor: int, known: Callable[[str], bool]
) -> int:
    """``legal_names._registry_boundary`` as first written: every candidate tried in turn."""
    if known(text[start:end]):
        return start
    for candidate in range(max(floor, start - 12), start):
        if known(text[candidate:end]) and all(
            legal_names._is_name_char(c) or c in "（()）" for c in text[candidate:start]
        ):
            return candidate
    for candidate in range(start + 1, min(suffix_start - 1, start + 13)):
        if known(text[candidate:end]):
            return candidate
    return start


@given(
    st.lists(st.sampled_from(["，", "（", "）", "(", "“", "股东", "公司", "A", "1", "北京", "·"]), max_size=4).map(
        "".join
    ),
    _near_full_names(),
    st.integers(0, 14),
    st.integers(0, 8),
)
def test_registry_boundary_tries_fewer_strings_with_the_same_answer(
    before: str, name: str, cut: int, floor: int
) -> None:
    text = before + name
    end = len(text)
    suffix_start = max(end - 4, 0)
    start = min(len(before) + cut, suffix_start)
    floor = min(floor, start)
    known = default_registry().is_full_name
    assert legal_names._registry_boundary(text, start, suffix_start, end, floor, known) == (
        _registry_boundary_reference(text, start, suffix_start, end, floor, known)
    )


def test_is_full_name_knows_user_companies_added_later() -> None:
    registry = default_registry().copy()
    assert not registry.is_full_name("莘滔莘滔科技（上海）有限公司")
    registry.add(CompanyEntry(id="X1", code=None, exchange=None, name="莘滔莘滔科技(上海)有限公司"), priority=True)
    assert registry.is_full_name("莘滔莘滔科技（上海）有限公司")
    assert not default_registry().is_full_name("莘滔莘滔科技（上海）有限公司")


def test_convert_csv_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "r.csv"
    source.write_text(
        "code,exchange,short_name,full_name,english_name,former_short_names\n"
        '300093,SZSE,*ST金刚,甘肃金刚光伏股份有限公司,"Gansu Golden Solar Co., Ltd",金刚玻璃|金刚光伏\n',
        encoding="utf-8",
    )
    assert convert_csv(source, tmp_path / "r.tsv.gz") == 1
    assert (tmp_path / "r.tsv.gz").stat().st_size > 0


def test_user_companies_csv_and_jsonl(tmp_path: Path) -> None:
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text("name,aliases,code\n深海之光（青海）科技有限公司,深海之光|深海青海,\n", encoding="utf-8")
    jsonl_file = tmp_path / "mine.jsonl"
    jsonl_file.write_text(
        json.dumps(
            {"name": "上海莘滔科技有限公司", "aliases": ["上海莘滔", "莘滔"], "code": "X001"},
            ensure_ascii=False,
        )
        + "\n\n",
        encoding="utf-8",
    )
    entries = load_user_companies(csv_file) + load_user_companies(jsonl_file)
    assert [e.aliases for e in entries] == [("深海之光", "深海青海"), ("上海莘滔", "莘滔")]
    registry = default_registry().copy()
    for entry in entries:
        registry.add(entry, priority=True)
    companies = extract_companies("公司与上海莘滔签约，深海之光负责运营", registry)
    assert [(c.name, c.code) for c in companies] == [
        ("上海莘滔科技有限公司", "X001"),
        ("深海之光（青海）科技有限公司", None),
    ]
    assert default_registry().lookup("上海莘滔") is None  # the bundled registry is untouched


def test_user_companies_are_parsed_not_evaluated() -> None:
    with pytest.raises(ValueError):
        parse_user_companies("[\"__import__('os')\"]\n", "jsonl")
    with pytest.raises(ValueError):
        parse_user_companies("name,aliases\n,x\n", "csv")
    with pytest.raises(ValueError):
        parse_user_companies("", "pickle")


def test_registry_load_is_lazy_and_fast() -> None:
    import time

    start = time.perf_counter()
    registry = Registry(default_registry().entries.values())
    assert len(registry) >= 5485
    assert time.perf_counter() - start < 1.0


# -- resolution -----------------------------------------------------------------------------


def test_text_name_wins_and_registry_code_is_attached() -> None:
    text = "光伏企业甘肃阳光光伏股份有限公司(以下简称“ST金刚”)发布公告。*ST金刚提出“算力+能源”。"
    [company] = extract_companies(text)
    assert company.name == "甘肃阳光光伏股份有限公司"
    assert company.registry_name == "甘肃金刚光伏股份有限公司"
    assert company.code == "300093"
    assert company.aliases == ("ST金刚", "*ST金刚")
    assert company.resolved_by is ResolvedBy.DECLARATION
    assert [text[m.start : m.end] for m in company.mentions] == [m.text for m in company.mentions]


def test_registry_short_names_in_running_text() -> None:
    companies = extract_companies("宏景科技、协创数据、金刚光伏等公司公告，*ST金刚股价上涨")
    by_code = {c.code: c for c in companies}
    assert by_code["301396"].name == "宏景科技股份有限公司"
    assert by_code["300857"].name == "协创数据技术股份有限公司"
    assert by_code["300093"].aliases == ("金刚光伏", "*ST金刚")
    assert by_code["300093"].resolved_by is ResolvedBy.REGISTRY


def test_common_word_short_names_are_not_matched() -> None:
    assert extract_companies("发展太阳能和农产品加工，老百姓受益") == []


def test_short_name_inside_a_legal_name_is_not_a_second_company() -> None:
    companies = extract_companies("天华新能新能源科技股份有限公司(以下简称“天华股份”)控股子公司")
    assert [c.name for c in companies] == ["天华新能新能源科技股份有限公司"]


def test_memory_resolves_a_declaration_from_another_document() -> None:
    memory = collect_memory(["北京金刚数海智算科技有限公司(以下简称“金刚数智”)成立"])
    [company] = extract_companies("金刚数智完成交付", memory=memory)
    assert company.name == "北京金刚数海智算科技有限公司"
    assert company.resolved_by is ResolvedBy.MEMORY
    assert extract_companies("金刚数智完成交付") == []


def test_company_record_shape() -> None:
    company = Company("X公司", (), None, None, ResolvedBy.TEXT, (Mention(0, 3, "X公司"),))
    data = company.to_dict()
    assert list(data)[:4] == ["name", "aliases", "code", "mentions"]
    assert data["mentions"] == [{"start": 0, "end": 3, "text": "X公司"}]
    assert Company.from_dict(data) == company
    assert company.kb_id == "X公司"
    with pytest.raises(AttributeError):
        company.name = "Y"  # type: ignore[misc]


# -- seeds (assertions checked by reading the texts) ------------------------------------------


def _seed(stem: str) -> list[Company]:
    return extract_companies((SEEDS / f"{stem}.txt").read_text(encoding="utf-8"))


def test_seed_000_st_jingang_and_subsidiaries() -> None:
    companies = {c.name: c for c in _seed("000_cf6f4f24b21c170c")}
    assert companies["甘肃阳光光伏股份有限公司"].code == "300093"
    assert "*ST金刚" in companies["甘肃阳光光伏股份有限公司"].aliases
    assert companies["上海金刚玻璃防火科技有限公司"].aliases == ()
    assert companies["北京金刚算力科技服务有限公司"].aliases == ("金刚算力",)
    assert companies["上海弘琪云创科技集团"].aliases == ("弘琪云创",)
    assert companies["浙江金帝房地产集团有限公司"].aliases == ("滨江集团",)
    assert companies["青岛瑞见私募股权投资基金合伙企业(有限合伙)"].aliases == ("瑞见私募",)


def test_seed_002_bytedance_and_salt_lake() -> None:
    companies = {c.name: c for c in _seed("002_4745915eb8e7300d")}
    assert companies["北京抖音信息服务有限公司"].aliases == ("字节跳动",)
    assert companies["青海盐湖工业股份有限公司"].code == "000792"
    assert companies["五矿盐湖有限公司"].code is None


def test_seed_004_hong_kong_table() -> None:
    codes = {c.code for c in _seed("004_fb37603849dd3ae1")}
    assert {"00700", "00005", "01299", "03690", "01093", "688443", "600877"} <= codes


_SUFFIX_ALPHABET = st.sampled_from(
    [
        "有限",
        "责任",
        "公司",
        "合伙",
        "企业",
        "（",
        "(",
        "）",
        ")",
        "普通",
        "分",
        "子",
        "总部",
        "孙",
        "A",
        "X",
        "客户",
        "某",
        "1",
        "股东",
    ]
)


@given(st.lists(_SUFFIX_ALPHABET, max_size=12).map("".join))
def test_suffix_patterns_match_as_first_written(text: str) -> None:
    """The legal-suffix and anonymous patterns, rewritten for speed, find what the first versions found."""
    first_suffix = re.compile(
        r"有限(?:责任)?公司|合伙企业[（(](?:有限|普通)合伙[）)]|[（(]有限合伙[）)]|(?<![子孙总部])分公司"
    )
    first_anonymous = regex.compile(
        rf"(?<![A-Za-z0-9])(?:[A-Z](?:{'|'.join(ANONYMOUS_NOUNS)})|客户[A-Z](?![A-Za-z0-9])|某(?:公司|客户|企业))"
    )
    assert [m.span() for m in legal_names._CJK_SUFFIX.finditer(text)] == [m.span() for m in first_suffix.finditer(text)]
    assert [m.span() for m in legal_names._ANONYMOUS.finditer(text)] == [
        m.span() for m in first_anonymous.finditer(text)
    ]


@given(
    st.lists(st.text(alphabet="局部委员会公司中心", max_size=4), max_size=6),
    st.text(alphabet="局部委员会公司中心X", max_size=8),
)
def test_endings_answer_as_endswith(words: list[str], text: str) -> None:
    assert legal_names.Affixes(words).ends(text) == text.endswith(tuple(words))


@given(
    st.lists(st.text(alphabet="上市相关公司中心", max_size=4), max_size=6),
    st.text(alphabet="上市相关公司中心X", max_size=8),
)
def test_beginnings_answer_as_startswith(words: list[str], text: str) -> None:
    assert legal_names.Affixes(words).starts(text) == text.startswith(tuple(words))


def _place_length_by_every_size(name: str) -> int:
    """place_length as first written: every size tried, longest first."""
    for size in range(min(max(map(len, PLACES)), len(name)), 1, -1):
        if name[:size] in PLACES:
            return size + 1 if len(name) > size and name[size] in "省市区县" else size
    return 0


_NAME_PARTS = [*sorted(PLACES)[:40], "深圳", "乌鲁木齐", "市", "省", "弈峰", "科技", "X", "深"]


@given(st.lists(st.sampled_from(_NAME_PARTS), max_size=4))
def test_place_length_is_the_longest_place_a_name_starts_with(parts: list[str]) -> None:
    name = "".join(parts)
    assert contextual.place_length(name) == _place_length_by_every_size(name)


_BATCH_PIECES = [
    "盐湖股份", "青海盐湖工业股份有限公司", "（以下简称“", "”）", "公司", "有限公司", "收购", "100%股权", "控股子公司",
    "与", "签订", "证券代码：000792", "*ST金刚", "X公司", "客户A", "深圳", "科技", "GUOSEN SECURITIES", "Ｈ股",
    "华创证券", "本公司", "，", "。", "、",
]  # fmt: skip


@given(st.lists(st.lists(st.sampled_from(_BATCH_PIECES), max_size=12).map("".join), max_size=12))
def test_records_of_many_texts_are_each_texts_own(texts: list[str]) -> None:
    """The stages run over the whole batch, but no text's result depends on the others."""
    from finextract.companies.resolver import company_records, company_records_many

    memory = collect_memory(["北京金刚数海智算科技有限公司(以下简称“金刚数智”)成立"])
    texts = [*texts, "金刚数智完成交付"]
    assert company_records_many(texts, memory=memory) == [company_records(t, memory=memory) for t in texts]


_STAKE_AS_ONE = re.compile(
    r"(?:的)?\d+(?:\.\d+)?%(?:的)?(?:股权|股份|权益|出资额|财产份额|合伙份额)|的(?:控制权|控股权)(?!人)"
)  # the single pattern that _stake_starts replaces


@given(
    st.lists(
        st.sampled_from(
            [
                "的",
                "1",
                "25",
                ".",
                "5",
                "５",
                "²",
                "%",
                "股权",
                "股份",
                "出资额",
                "控制权",
                "控股权",
                "人",
                "持有",
                "，",
            ]
        ),
        max_size=16,
    )
)
@settings(max_examples=1000)
def test_stake_starts_are_those_of_the_single_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert contextual._stake_starts(text) == [match.start() for match in _STAKE_AS_ONE.finditer(text)]
