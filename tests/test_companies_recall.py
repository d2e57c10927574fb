"""Recall features of company recognition: the well-known lexicon, unsuffixed names found from their
context, English names, boundaries of short names, and the linear matcher. Table-driven, with the
negative cases (government bodies, associations, universities, media, people, products, models)."""

from __future__ import annotations

import collections
from importlib import resources

import pytest

from benchmarks.timing import best_seconds
from finextract.companies import default_registry, extract_companies
from finextract.companies.contextual import find_contextual_names, plausible_name
from finextract.companies.matcher import SurfaceIndex
from finextract.companies.registry import english_core, parse_well_known


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.code) for c in extract_companies(text)]


def _written(text: str) -> set[str]:
    return {m.text for c in extract_companies(text) for m in c.mentions}


# --- the well-known companies lexicon ------------------------------------------------------------


def _lexicon() -> list[str]:
    data = resources.files("finextract") / "data" / "well_known_companies.tsv"
    return [line for line in data.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def test_lexicon_is_large_and_well_formed() -> None:
    lines = _lexicon()
    assert len(lines) >= 300
    assert all(len(line.split("\t")) == 6 for line in lines)
    categories = collections.Counter(line.split("\t")[0] for line in lines)
    assert {"global_tech", "ai_lab", "cn_internet", "chips_hardware", "finance", "cn_group"} <= set(categories)
    entries = parse_well_known("\n".join(lines))
    aliases = [alias for entry in entries for alias in (*entry.aliases, *entry.weak_aliases)]
    assert len(aliases) == len(set(aliases)), "an alias belongs to one company only"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("英伟达发布财报", "NVIDIA Corporation", "NVDA"),
        ("NVIDIA与台积电合作", "NVIDIA Corporation", "NVDA"),
        ("台积电扩产", "台湾积体电路制造股份有限公司", "2330"),
        ("腾讯与阿里巴巴均表示", "腾讯控股有限公司", "00700"),
        ("字节跳动旗下火山引擎", "北京字节跳动科技有限公司", None),
        ("高盛上调评级", "The Goldman Sachs Group, Inc.", "GS"),
        ("SK海力士扩产HBM", "SK hynix Inc.", "000660"),
        ("OpenAI完成融资", "OpenAI", None),
        ("比亚迪(BYD)销量", "比亚迪股份有限公司", "002594"),  # an alias merged into the A-share entry
    ],
)
def test_well_known_companies_by_brand(text: str, name: str, code: str | None) -> None:
    assert (name, code) in _names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("今年苹果价格上涨", "Apple Inc."),  # a weak alias without company context: the fruit
        ("报告中投资建议", "中国投资有限责任公司"),  # 中投 glued into 投资
        ("科技创新浪潮推动转型", "新浪公司"),  # 新浪 glued into 浪潮
        ("收购安联通100%股份", "Allianz SE"),  # 安联 glued into another name
        ("全新系列模型DeepSeek-V3发布", "杭州深度求索人工智能基础技术研究有限公司"),  # a model
        ("接入DeepSeek大模型", "杭州深度求索人工智能基础技术研究有限公司"),  # a product
        ("视觉中国图片", "视觉（中国）文化发展股份有限公司"),  # a photo credit
    ],
)
def test_well_known_names_stay_out_where_they_are_words_products_or_credits(text: str, absent: str) -> None:
    assert absent not in [name for name, _ in _names(text)]


def test_weak_alias_in_company_context() -> None:
    assert ("Apple Inc.", "AAPL") in _names("苹果公司发布新品")
    assert ("Apple Inc.", "AAPL") in _names("苹果发布新品，苹果市值创新高")


def test_lexicon_never_takes_a_listed_short_name() -> None:
    registry = default_registry()
    assert registry.lookup("中国平安").code == "601318"
    assert registry.lookup("平安集团").code == "601318"


# --- unsuffixed names found from their context ---------------------------------------------------

CONTEXT_CASES: list[tuple[str, list[str]]] = [
    ("公司拟以现金方式收购安联通100%股份", ["安联通"]),
    ("拟以不超过1亿元现金收购上海巨融100%股权", ["上海巨融"]),
    ("拟以65.84万元的价格将富恒精密70%股权全部转让给赵振强。", ["富恒精密"]),
    ("拟将其持有的全资子公司上海熠冠100%股权转让给天津紫霄，交易总价约为1亿元", ["上海熠冠", "天津紫霄"]),
    ("上海金刚认缴100%出资额", ["上海金刚"]),
    ("实现对汇博机器人的控制权收购", ["汇博机器人"]),
    ("协创数据控股子公司麦塔倍斯于近日与头部互联网公司签订协议", ["麦塔倍斯"]),
    ("全资子公司盛视技术与某公司正式签署协议", ["盛视技术"]),
    ("通过全资子公司利通控股（新加坡）对外投资5,000万美元", ["利通控股（新加坡）"]),
    ("通过全资附属公司SODH及现有股东", ["SODH"]),
    ("公司与优必达、优威签订《云业务合作协议》", ["优必达", "优威"]),
    ("天阳科技与云粒智慧于2026年6月16日签署了协议", ["云粒智慧"]),
    ("公司拟与顺义金控合资设立北京临空智慧港科技有限公司", ["顺义金控"]),
    ("子公司广州奥佳向上海域允采购GPU服务器", ["广州奥佳", "上海域允"]),
    ("作为贵州本土券商,华创证券党委书记表示", ["华创证券"]),
    ("近日与张江集团、关联方奥飞数据签订了协议", ["张江集团", "奥飞数据"]),
    ("深圳市光明区的深圳弈峰科技光明5G大数据中心", ["深圳弈峰科技"]),
    ("根据Counterpoint数据，份额向龙头集中", ["Counterpoint"]),
    ("Wind数据显示，年内共有280家公司回购", ["Wind"]),
]

CONTEXT_NEGATIVES: list[str] = [
    "拟以65.84万元的价格将70%股权全部转让给赵振强。",  # a person
    "公司将标的公司100%股权转让给控股股东",  # roles, not names
    "国家统计局数据显示，增速放缓",  # a government body
    "根据中国汽车工业协会数据",  # an association
    "与清华大学签署合作协议",  # a university
    "证券时报记者获悉",  # a newspaper
    "多家银行、部分券商参与",  # quantified phrases
    "上市银行净息差收窄",  # a generic phrase
    "者分享证券研究报告",  # 证券 as a noun
    "控股股东增持公司股份",  # 控股 as a verb
    "发布了H100与B300租赁价格",  # models
    "在武汉设立全资子公司",  # an unnamed subsidiary
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT_CASES)
def test_contextual_names(text: str, expected: list[str]) -> None:
    found = [m.text for m in find_contextual_names(text)]
    assert all(name in found for name in expected), found


@pytest.mark.parametrize("text", CONTEXT_NEGATIVES)
def test_contextual_negatives(text: str) -> None:
    assert find_contextual_names(text) == []


def test_contextual_offsets_point_into_the_text() -> None:
    for text, _ in CONTEXT_CASES:
        for match in find_contextual_names(text):
            assert text[match.start : match.end] == match.text


@pytest.mark.parametrize(
    ("name", "plausible"),
    [("上海巨融", True), ("SODH", True), ("标的公司", False), ("国家统计局", False), ("上市银行", False),
     ("王强", False), ("北京大学", False), ("证券日报", False), ("H100", False), ("某公司正式", False)],
)
def test_plausible_name(name: str, plausible: bool) -> None:
    assert plausible_name(name) is plausible


def test_contextual_name_recurs_as_one_company() -> None:
    text = "拟将富恒精密70%股权转让给赵振强。本次转让完成后，富恒精密不再纳入合并报表范围。"
    companies = [c for c in extract_companies(text) if c.name == "富恒精密"]
    assert len(companies) == 1 and len(companies[0].mentions) == 2
    assert "赵振强" not in _written(text)


def test_registry_name_found_by_context_resolves_to_the_registry() -> None:
    assert ("青海盐湖工业股份有限公司", "000792") in _names("公司拟收购盐湖股份10%股权")


# --- English names, boundaries -------------------------------------------------------------------


def test_english_names_of_listed_companies_in_any_case() -> None:
    assert english_core("Guosen Securities Co.,Ltd") == "guosen securities"
    assert ("国信证券股份有限公司", "002736") in _names("国信证券  GUOSEN SECURITIES  国信证券经济研究所")


def test_multi_word_english_aliases_keep_their_space() -> None:
    assert ("阿里云计算有限公司", None) in _names("■ Alibaba Cloud ■ Equinix")


def test_model_number_glued_to_a_brand() -> None:
    assert "AWS" in _written("图：AWSB300租赁价格")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("表示。  众和昆仑(北京)资产管理有限责任公司董事长", "众和昆仑(北京)资产管理有限责任公司"),
        ("公告编号：临2015—021号浙江富润股份有限公司关于", "浙江富润股份有限公司"),
    ],
)
def test_legal_name_left_boundaries(text: str, expected: str) -> None:
    assert expected in _written(text)


def test_glued_words_before_a_legal_name_given_elsewhere_are_dropped() -> None:
    text = (
        "南京华东电子信息科技股份有限公司关于增持的公告。"
        "一、本次增持原因南京华东电子信息科技股份有限公司（以下简称公司）"
    )
    assert [c.name for c in extract_companies(text)] == ["南京华东电子信息科技股份有限公司"]


def test_tail_that_starts_another_word_is_not_a_name_tail() -> None:
    text = "协创数据控股子公司麦塔倍斯签约；安联通为英伟达中国区精英级合作伙伴"
    assert "协创数据控股" not in _written(text) and "英伟达中国" not in _written(text)
    assert {"协创数据", "英伟达"} <= _written(text)


# --- the matcher and speed -----------------------------------------------------------------------


def test_surface_index_longest_match_without_overlaps() -> None:
    index = SurfaceIndex({"中国": 1, "中国银河": 2, "银河证券": 3, "证券": 4})
    assert [(h.form, h.value) for h in index.scan("中国银河证券")] == [("中国银河", 2), ("证券", 4)]


def test_extraction_is_linear_in_the_text_length() -> None:

    paragraph = "公司拟以现金收购安联通100%股份，英伟达与腾讯控股合作，盐湖股份公告。" * 4
    registry = default_registry()
    extract_companies(paragraph, registry)

    def seconds(text: str) -> float:
        return best_seconds(lambda: extract_companies(text, registry))

    small, large = seconds(paragraph * 50), seconds(paragraph * 500)
    assert large < small * 10 * 3  # ten times the text: well under thirty times the time
