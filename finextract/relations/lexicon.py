"""The trigger lexicon: words that state a relation, govern an amount or mark a deal's status.

Data only (regular-expression alternations and word tables), so the rules in
:mod:`finextract.relations.extract` read as grammar and the vocabulary can grow without code.

>>> AMOUNT_CUES["总对价"]
'price'
"""

from __future__ import annotations

# What an amount stands for, from the nearest cue written before it in the same clause.
# price: the consideration of an equity deal; value: a contract's or order's value;
# purchase: a purchase budget; invest: money put in; none: anything a relation must not take.
AMOUNT_CUES: dict[str, str] = {
    **dict.fromkeys(
        [
            "价格",
            "总价",
            "对价",
            "总对价",
            "交易总价",
            "交易价格",
            "转让价款",
            "转让价格",
            "成交价",
            "交割金额",
            "收购",
            "受让",
            "价款",
        ],
        "price",
    ),
    **dict.fromkeys(
        [
            "合同总金额",
            "合同金额",
            "协议总金额",
            "协议金额",
            "总金额",
            "金额",
            "价值",
            "业务体量",
            "合同额",
            "订单金额",
            "订单额",
            "中标金额",
            "含税总金额",
            "总金额上限",
            "金额上限",
        ],
        "value",
    ),
    **dict.fromkeys(["采购金额", "采购总额", "采购投资", "总额", "采购", "购买", "购置"], "purchase"),
    **dict.fromkeys(
        [
            "出资",
            "投资",
            "增资",
            "认缴",
            "注资",
            "出资额",
            "认缴出资",
            "自有资金",
            "自筹资金",
            "货币资金",
            "现金",
            "对外投资",
        ],
        "invest",
    ),
    **dict.fromkeys(
        [
            "注册资本",
            "营业收入",
            "收入",
            "营收",
            "净利润",
            "利润",
            "募集资金",
            "募集",
            "募资",
            "累计",
            "合计",
            "总计",
            "规模",
            "总资产",
            "净资产",
            "市值",
            "估值",
            "授信",
            "投资总额",
            "总投资",
            "折合",
            "约合",
            "资本开支",
            "资本支出",
            "补贴",
            "融资",
            "负债",
            "余额",
            "总投资额",
            "变更为",
            "项目投资",
            "投资规模",
        ],
        "none",
    ),
}
# Cue words read before an amount, longest first (so 合同总金额 wins over 金额).
CUE_PATTERN = "|".join(sorted(AMOUNT_CUES, key=len, reverse=True))
# Words that may stand between a cue and its amount (为, 约, 不超过…); stripped before looking.
CUE_FILLER = r"(?:[为是达约近逾超过不高于低于最上限预计总共人民币美元港币元（）()含税价合计折算：:\s]|预计|人民币)*"

# Which amount cues each relation type accepts.
ACCEPTS: dict[str, frozenset[str]] = {
    "contract": frozenset({"value"}),
    "purchase": frozenset({"purchase", "value", "price"}),
    "equity_transfer": frozenset({"price", "invest", "purchase"}),
    "investment": frozenset({"invest"}),
}

# Triggers (regular-expression alternations).
TRANSFER_BUY = r"收购|购买|受让|买入"
TRANSFER_SELL = r"转让给|转让予|出售给|出售|转让(?!方式|业务|价|款)"
EQUITY_WORDS = r"股权|股份|合伙权益|合伙份额|出资份额|权益"
STAKE = r"持有(?:的)?|持股(?:比例)?|拥有|控股"
INVEST = (
    r"共同投资设立|合资设立|投资设立|出资设立|出资成立|设立|成立(?!于|以来|时|后|之初|[一二三四五六七八九十两多\d])|对外投资|认缴出资|认缴|"
    r"出资(?!额|比例|方式|份额)|增资(?!扩股|完成|后|方式)|注资|入股|投资(?!总额|规模|者|人(?!民币)|回报|机会|方向|收益|价值|"
    r"建设|并运营|新项目|逻辑|属性|评级|建议|标的|收购)"
)
PURCHASE = r"采购|购买|购置|竞得|买入"
CONTRACT = r"合同|协议|订单|长单|大单|中标|签约"
SIGN = r"签署|签订|签约|中标|获得|斩获|达成"

# Words that make an amount an aggregate of several deals, not one deal's figure.
AGGREGATE = r"合计|累计|总计|共计"
# Words that mean the relation is planned, completed or terminated.
TERMINATED = r"终止|解除|取消|撤销|撤回|不再"
PLANNED = r"拟|计划|预计|准备|意向|有望|将(?=持有|成为|投资|设立|收购|购买|采购|增资|出资|签署|签订)"
COMPLETED = r"已|完成|了|竞得|于近日|正式签署|正式签订|成立的"

# Descriptors allowed between a verb and the company it governs (设立全资子公司X, 收购参股公司X).
DESCRIPTORS = (
    r"(?:的)?(?:其|公司|本公司)?(?:持有的)?(?:间接)?(?:全资|控股|参股|合资)?(?:子公司|孙公司|附属公司|公司)?|"
    r"(?:新的)?(?:合资公司|项目公司)"
)
# Back-references to the company a passage is dealing with.
OBJECT_ANAPHORS = r"目标公司|标的公司|项目公司|合资公司|该子公司|该公司"
# Generic words never taken as a captured name.
GENERIC_NAMES = frozenset(
    [
        "公司",
        "本公司",
        "该公司",
        "子公司",
        "全资子公司",
        "控股子公司",
        "孙公司",
        "供应商",
        "多家供应商",
        "客户",
        "算力客户",
        "甲方",
        "乙方",
        "对方",
        "双方",
        "三方",
        "各方",
        "控股股东",
        "股东",
        "投资者",
        "投资人",
        "合资公司",
        "项目公司",
        "目标公司",
        "标的公司",
        "其",
        "我们",
        "他们",
        "政府",
        "市政府",
        "关联方",
        "交易对方",
    ]
)
NOT_A_COMPANY = r"(?:政府|委员会|管委会|管理局|局|厅|部|研究院|研究所|大学|学院|学校|协会|学会|联盟|中心|法院|银行间)$"
# Any word that can start a relation: a sentence without one is skipped.
ANY_TRIGGER_WORDS = (
    "收购", "购买", "受让", "买入", "转让", "出售", "持有", "持股", "拥有", "控股", "设立", "成立", "投资", "出资",
    "增资", "认缴", "注资", "入股", "采购", "购置", "竞得", "合同", "协议", "订单", "长单", "大单", "中标", "签约",
)  # fmt: skip
ANY_TRIGGER = "|".join(ANY_TRIGGER_WORDS)
