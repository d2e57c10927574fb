"""Private tables: currency words → ISO-4217 codes, measure words, qualifier words.

Kept apart from the parser so that adding a currency or a measure is a one-line data change.
"""

from __future__ import annotations

from .amount import Qualifier

# Written before the number (人民币311,520,391.21元, US$3亿, ￥100).
CURRENCY_PREFIXES: dict[str, str] = {
    "人民币": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "￥": "CNY",
    "¥": "CNY",
    "US$": "USD",
    "USD": "USD",
    "$": "USD",
    "美元": "USD",
    "HK$": "HKD",
    "HKD": "HKD",
    "港币": "HKD",
    "港元": "HKD",
    "EUR": "EUR",
    "€": "EUR",
    "欧元": "EUR",
    "GBP": "GBP",
    "£": "GBP",
    "英镑": "GBP",
    "JPY": "JPY",
    "日元": "JPY",
    "S$": "SGD",
    "SGD": "SGD",
}

# Written after the number (3.03亿元人民币, 5亿港元, 100万美元).
CURRENCY_SUFFIXES: dict[str, str] = {
    "元人民币": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "块钱": "CNY",
    "美元": "USD",
    "港元": "HKD",
    "港币": "HKD",
    "欧元": "EUR",
    "日元": "JPY",
    "日圆": "JPY",
    "英镑": "GBP",
    "新加坡元": "SGD",
    "新元": "SGD",
    "澳元": "AUD",
    "澳大利亚元": "AUD",
    "加元": "CAD",
    "加拿大元": "CAD",
    "韩元": "KRW",
    "瑞士法郎": "CHF",
    "新台币": "TWD",
    "台币": "TWD",
    "卢布": "RUB",
    "印度卢比": "INR",
    "泰铢": "THB",
    "林吉特": "MYR",
    "越南盾": "VND",
    "RMB": "CNY",
    "CNY": "CNY",
    "USD": "USD",
    "HKD": "HKD",
    "EUR": "EUR",
}

# Measure words that make a number a quantity (longest first is ensured by the parser).
MEASURES: tuple[str, ...] = (
    # energy, power, compute, storage
    "GWh", "MWh", "kWh", "KWh", "TWh", "GW", "MW", "kW", "KW", "千瓦时", "万千瓦", "千瓦", "兆瓦",
    "吉瓦", "度电", "PFlops", "PFLOPS", "EFlops", "EFLOPS", "TFlops", "TFLOPS", "Flops", "FLOPS",
    "TOPS", "P", "p", "V", "kV", "千伏", "EB", "PB", "TB", "GB", "Tokens", "tokens", "Token", "token",
    # mass, area, volume, length
    "平方米", "平方公里", "平方千米", "立方米", "万吨", "吨", "公斤", "千克", "亩", "公顷", "公里", "桶",
    # goods, things, securities
    "台", "套", "张", "卡", "块", "片", "颗", "枚", "辆", "架", "艘", "股", "手", "份", "只", "部",
    "座", "栋", "条", "项", "笔", "单", "个百分点", "个基点", "基点", "倍", "款", "宗", "轮", "种", "组",
    "所", "次", "批",
    # counted bodies
    "家", "户", "名", "人", "位", "人次", "个",
)

# Counters that make a quantity only together with a magnitude (3万家, not 3家).
WEAK_MEASURES: frozenset[str] = frozenset(
    {"家", "户", "名", "人", "位", "人次", "个", "只", "部", "座", "栋", "条", "项", "笔", "单", "块", "份", "片",
     "款", "宗", "轮", "种", "组", "所", "次", "批"}
)

# Denominators of per-unit prices (元/股, 元/平方米, 万元/年).
PER_UNITS: tuple[str, ...] = MEASURES + ("年", "月", "天", "日", "小时", "次", "瓦", "W", "kg", "㎡")

# Words standing before the figure; longest alternatives are preferred by the parser.
QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "约": Qualifier.APPROX,
    "大约": Qualifier.APPROX,
    "约为": Qualifier.APPROX,
    "近": Qualifier.APPROX,
    "接近": Qualifier.APPROX,
    "将近": Qualifier.APPROX,
    "折合约": Qualifier.APPROX,
    "预计约": Qualifier.APPROX,
    "超": Qualifier.LOWER,
    "超过": Qualifier.LOWER,
    "逾": Qualifier.LOWER,
    "突破": Qualifier.LOWER,
    "不低于": Qualifier.LOWER,
    "不少于": Qualifier.LOWER,
    "至少": Qualifier.LOWER,
    "大于": Qualifier.LOWER,
    "高于": Qualifier.LOWER,
    "多于": Qualifier.LOWER,
    "不超过": Qualifier.UPPER,
    "不超": Qualifier.UPPER,
    "不高于": Qualifier.UPPER,
    "不多于": Qualifier.UPPER,
    "上限": Qualifier.UPPER,
    "上限为": Qualifier.UPPER,
    "最高": Qualifier.UPPER,
    "最多": Qualifier.UPPER,
    "至多": Qualifier.UPPER,
    "小于": Qualifier.UPPER,
    "低于": Qualifier.UPPER,
    "少于": Qualifier.UPPER,
}

# Words standing after the figure (3万元左右, 1亿元以上).
QUALIFIERS_AFTER: dict[str, Qualifier] = {
    "左右": Qualifier.APPROX,
    "上下": Qualifier.APPROX,
    "出头": Qualifier.LOWER,
    "以上": Qualifier.LOWER,
    "之上": Qualifier.LOWER,
    "以内": Qualifier.UPPER,
    "之内": Qualifier.UPPER,
    "以下": Qualifier.UPPER,
}

# Words that make a bare 万/亿 figure money (营收1,100万, 总金额为0.48亿).
MONEY_CUES: tuple[str, ...] = (
    "金额", "总额", "营收", "收入", "利润", "净利", "资金", "价格", "价款", "对价", "出资", "投资",
    "融资", "募资", "募集", "市值", "估值", "订单额", "投资额", "成本", "费用", "资本", "支出",
    "现金", "交易额", "销售额", "合同额", "中标额", "订单", "金额为", "营业额", "负债", "资产",
    "亏损", "盈利", "薪", "工资", "奖金", "罚款", "赔偿", "补贴", "贷款", "债",
)
