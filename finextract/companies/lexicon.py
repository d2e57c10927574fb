"""Word lists used by company recognition: data, not code, so each is one line to change.

Every list is a plain tuple/frozenset of strings; tests check them through tables.

>>> "子公司" in LEFT_STOP_WORDS
True
"""

from __future__ import annotations

# Words that end the left context of a company name: scanning left from a legal suffix stops
# when the text before the current position ends with one of these (拟向|XX有限公司,
# 公司全资子公司|上海金刚玻璃防火科技有限公司).
LEFT_STOP_WORDS: frozenset[str] = frozenset(
    {
        # conjunctions, prepositions, particles
        "与", "向", "和", "及", "的", "为", "由", "将", "对", "同", "暨", "以", "被", "经", "据", "是",
        "在", "于", "从", "把", "给", "让", "或", "并", "及其", "其", "该", "即", "拟", "已", "均", "等",
        "以及", "以下", "如", "至", "到", "归", "指", "称", "有", "也", "还", "又", "则", "而", "但",
        "就", "跟", "替", "若", "连同", "包括", "其中", "例如", "比如", "分别", "共同", "各",
        # corporate relations and roles
        "旗下", "下属", "全资", "参股", "子公司", "孙公司", "母公司", "公司", "企业", "厂商", "生产商",
        "制造商", "供应商", "服务商", "运营商", "开发商", "承包商", "经销商", "代理商", "投资人",
        "投资方", "投资者", "股东", "大股东", "合作伙伴", "伙伴", "客户", "对手方", "发起人", "受让方",
        "转让方", "出让方", "买方", "卖方", "甲方", "乙方", "丙方", "龙头", "巨头", "机构", "管理人",
        "托管人", "保荐人", "保荐机构", "承销商", "主承销商", "审计机构", "质权人", "出质人", "交易对方",
        "标的公司", "项目公司", "附属公司", "关联方", "关联公司", "合资公司", "参股公司", "实际控制人",
        "一致行动人", "行动人", "委托人", "受托人", "债权人", "债务人", "担保人", "被担保人", "申请人",
        "被申请人", "原告", "被告", "第三人", "质权方", "出质方", "控股股东", "第一大股东", "竞得人",
        "竞买人", "中标人", "中标方", "联合体",
        # verbs that introduce a counterparty
        "委托", "通过", "联合", "携手", "牵手", "入股", "增资", "出资", "受让", "转让", "持有", "获得",
        "中标", "选定", "确定", "设立", "成立", "收购", "并购", "签署", "签订", "签约", "公告", "发布",
        "披露", "宣布", "获悉", "接到", "显示", "表示", "认为", "指出", "介绍", "透露", "报道", "引入",
        "引进", "出售", "购买", "采购", "租赁", "承租", "质押", "担保", "起诉", "变更", "更名", "注销",
        "吸收合并", "拥有", "名为", "作为", "成为", "属于", "隶属", "竞得", "摘得", "拿下", "获取",
        "落户", "进驻", "加入", "对接", "授权",
        # time and discourse words
        "晚间", "期内", "背后", "近日", "日前", "目前", "此前", "此外", "同时", "随后", "其后", "后",
        "今年", "去年", "明年", "当天", "当日", "本次", "此次", "其次", "首先", "最终", "最后", "另外",
        "而且", "方面", "以来", "之后", "之前", "期间", "截至", "截止", "报告期", "版权", "根据", "按照",
        "关于", "有关", "相关", "主要", "包含", "含", "系", "乃", "位于", "来自",
    }
)

# Left-context words that are also common inside names (北京艾文智略投资管理有限公司): they end a
# name only when the name already has at least four characters before its suffix.
AMBIGUOUS_LEFT_WORDS: frozenset[str] = frozenset(
    {"投资", "服务", "控制", "支持", "合作"}
)

# Single-character conjunctions that also start or sit inside names (众和昆仑, 大有能源): they end a
# name only in mid-sentence, i.e. when a name character stands before them.
WEAK_LEFT_CHARS: frozenset[str] = frozenset({"和", "及", "同", "有", "的"})

# Words that end with a left-context character but are themselves parts of names: 数据 (据),
# 华为 (为), 中和 (和)…
NAME_WORDS_ENDING_IN_STOP: frozenset[str] = frozenset(
    {
        "数据", "华为", "有为", "大有", "国有", "富有", "中和", "太和", "人和", "协和", "共和", "平和",
        "同和", "祥和", "永和", "保和", "致和", "安和", "惠和", "泰和", "亨通", "中以", "万向", "东方",
        "北向", "南向", "志向", "航向", "风向", "取向", "指向", "导向", "双向", "北将", "至于", "经由",
        "自由", "系统", "体系", "联系", "关系", "派系", "水系", "根据", "依据",
    }
)

# Pronouns and role words that are never an alias (以下简称“公司”), but that mark the issuer
# of an announcement when they are declared.
PRONOUNS: frozenset[str] = frozenset(
    {
        "公司", "本公司", "该公司", "我公司", "我司", "贵公司", "本所", "我行", "上市公司", "发行人",
        "本行", "本集团", "集团", "集团公司", "甲方", "乙方", "丙方", "丁方", "买方", "卖方", "出让方",
        "受让方", "转让方", "标的公司", "目标公司", "合资公司", "项目公司", "子公司", "全资子公司",
        "控股子公司", "控股股东", "股东", "交易对方", "对方", "合伙企业", "基金", "本基金", "管理人",
        "本次交易", "本次收购", "本次发行", "本次投资", "本协议", "协议", "合同", "本合同", "公告",
        "本公告", "标的资产", "标的股份",
    }
)

# A declared name ending with one of these is not a company (government, association,
# university, newspaper…), unless it also carries a legal suffix.
NON_COMPANY_SUFFIXES: tuple[str, ...] = (
    "政府", "委员会", "管理委员会", "监督管理委员会", "部", "局", "厅", "署", "办公室", "办", "委",
    "协会", "学会", "商会", "联合会", "联盟", "基金会", "研究会", "促进会", "大学", "学院", "学校",
    "中学", "小学", "研究院", "研究所", "科学院", "工程院", "医院", "报", "日报", "晚报", "杂志",
    "电视台", "广播电台", "通讯社", "新闻社", "法院", "检察院", "公安", "海关", "中心", "党委", "人大",
    "政协", "国务院", "交易所", "登记结算", "银保监会", "证监会", "发改委", "财政部", "计划", "项目",
    "工程", "活动", "行动", "产品", "平台", "系统", "协议", "合同", "报告", "方案", "规划", "政策",
    "基地", "园区", "大会", "论坛", "展会", "比赛", "指数", "模型", "芯片", "服务器",
)

# A declared-for phrase ending with one of these is a role, not a name (拟向多家供应商（以下合并简称
# “X”）): the company is then named by its alias, as written.
ROLE_NOUNS: tuple[str, ...] = (
    "供应商", "客户", "公司", "企业", "股东", "合作方", "交易对方", "对手方", "交易对手", "投资方",
    "投资人", "受让方", "转让方", "买方", "卖方", "服务商", "承包商", "厂商", "机构", "主体", "单位",
)

# Contents of a bracket that belong to a name (a place: 沐曦集成电路（上海）, 利通控股（新加坡）).
PLACES: frozenset[str] = frozenset(
    {
        "北京", "上海", "天津", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
        "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "中国", "深圳",
        "广州", "杭州", "南京", "苏州", "武汉", "成都", "西安", "厦门", "青岛", "宁波", "大连", "无锡",
        "合肥", "长沙", "郑州", "济南", "福州", "东莞", "佛山", "珠海", "昆明", "南昌", "贵阳", "南宁",
        "沈阳", "长春", "哈尔滨", "石家庄", "太原", "兰州", "西宁", "银川", "乌鲁木齐", "拉萨", "海口",
        "三亚", "呼和浩特", "常州", "温州", "绍兴", "嘉兴", "烟台", "惠州", "中山", "泉州", "新加坡",
        "开曼", "香港特别行政区", "美国", "英国", "日本", "韩国", "德国", "法国", "荷兰", "瑞士",
        "卢森堡", "澳大利亚", "加拿大", "马来西亚", "泰国", "越南", "印度尼西亚", "印尼", "印度", "欧洲",
        "亚洲", "亚太", "国际", "集团", "控股", "中国香港", "BVI", "英属维尔京群岛", "有限合伙",
        "普通合伙", "特殊普通合伙",
    }
)

# Registry short names that are also ordinary words or place names (checked against the
# jieba word frequencies of all short names): not matched in running text unless the text
# itself ties them to the company (a declaration, or a stock code next to them).
COMMON_WORD_SHORT_NAMES: frozenset[str] = frozenset(
    {
        "老百姓", "太平洋", "农产品", "大西洋", "太阳能", "机器人", "长白山", "星期六", "向日葵",
        "张家界", "祁连山", "王府井", "指南针", "寒武纪", "中关村", "新世界", "连云港", "拉普拉斯",
        "白云山", "北大荒", "红太阳", "鄂尔多斯", "驱动力", "新大陆", "百合花", "黑芝麻", "陆家嘴",
        "大连港", "天津港", "青岛港", "蒙娜丽莎", "新动力", "动力源", "外高桥", "徐家汇", "新天地",
        "珍宝岛", "克劳斯", "万年青", "金麒麟", "会稽山", "新华网", "人民网", "数据港", "创业黑马",
        "天下秀", "今天国际", "海南发展", "信息发展", "智慧农业", "全新好", "好想你", "我爱我家",
        "新产业", "上海临港", "电子城", "金融街", "国际医学", "高新发展", "建设机械", "城投控股",
        "中国医药", "中国电影",
    }
)

# Anonymised counterparties: a letter and a noun (X公司, Y客户), the reverse (客户A), 某公司.
ANONYMOUS_NOUNS: tuple[str, ...] = ("公司", "客户", "企业", "集团", "供应商", "股东")

# Words that may follow a short name and still belong to a company name: 中国银河|证券 (the same
# company when its full name starts so), 国泰君安|国际 (another company when it does not).
NAME_TAILS: tuple[str, ...] = (
    "证券", "国际", "控股", "集团", "银行", "资本", "基金", "保险", "信托", "期货", "租赁",
    "科技", "技术", "电子", "智能", "云", "香港", "中国", "资管", "财富", "期货", "能源", "新能源",
)

# Words after a name tail that make the tail a word of its own: 协创数据|控股|子公司 (a holding
# subsidiary), 英伟达|中国|区 (a region), 东方国信|投资|者.
TAIL_NOT_BEFORE: tuple[str, ...] = (
    "子公司", "孙公司", "股东", "的子", "的孙", "区", "市场", "业务", "地区", "大陆", "境内", "者", "人",
    "权", "比例", "地位", "合并", "并表",
)

# A two-character short name glued to the next Han character is part of a longer word (中投|资,
# 新浪|潮, 安联|通), unless that character starts a word that follows names (华为|发布, 腾讯|的).
SHORT_FORM_RIGHT_BOUNDARY: frozenset[str] = frozenset(
    "的与和及等在将已为是也都称向对于从被把给拟曾亦仍还就并或旗发推宣表公集股市财合联收签入参持控自首创"
    "董总携再又更最近今日此这那其中上下内外"
)

# Words after a name that make it a product or a model, not the company (DeepSeek大模型,
# 苹果手机).
PRODUCT_AFTER: tuple[str, ...] = (
    "大模型", "模型", "手机", "芯片", "系列", "App", "APP", "应用程序", "浏览器", "操作系统", "图片", "供图",
)

# Trailing words a text drops when it abbreviates a full name it gave (南宁市腾云智算科技有限公司 →
# 腾云智算; 正信光电科技股份有限公司 → 正信光电).
INDUSTRY_WORDS: tuple[str, ...] = (
    "信息技术", "科技服务", "信息服务", "投资管理", "房地产开发", "科技", "技术", "信息", "服务",
    "网络", "电子", "智能", "投资", "管理", "发展", "实业", "控股", "集团", "新能源", "能源", "材料",
    "生物", "医药", "软件", "通信", "工程", "建设", "咨询", "文化", "传媒", "贸易", "房地产", "开发",
)

# Words after a weak alias of the well-known lexicon (苹果, 小米, 联想: also ordinary words) that make
# it a company: 苹果公司, 小米集团, 联想发布…
WEAK_ALIAS_CONTEXT: tuple[str, ...] = (
    "公司", "集团", "旗下", "股价", "市值", "财报", "业绩", "营收", "CEO", "首席执行官", "创始人", "董事长",
    "总裁", "发布", "宣布", "推出", "披露", "表示", "称", "与", "、", "等公司", "等企业", "等科技", "等巨头",
)

# --- unsuffixed names found from their context (contextual.py) ---

# Whole names, or the part before an organisation word, that are generic phrases, not names
# (上市银行, 头部券商, 科技集团…).
CONTEXT_GENERIC_WORDS: frozenset[str] = frozenset(
    {
        "上市", "商业", "股份制", "国有", "城商", "农商", "外资", "中资", "大型", "头部", "中小", "民营",
        "地方", "全国性", "各家", "多家", "该", "本", "其他", "其", "境外", "海外", "国内", "全球", "主要",
        "知名", "龙头", "相关", "部分", "多数", "人寿", "财产", "互联网", "科技", "金融", "投资", "产业",
        "企业", "央企", "国企", "私募", "公募", "券商", "中国", "全资", "控股", "间接", "直接", "绝对",
        "相对", "实际", "共同", "合计", "累计", "人工智能", "数字", "高新", "前沿", "未来", "创新", "智慧",
        "智能", "信息", "网络", "硬", "黑", "高", "新", "证券", "银行", "保险", "集团", "新能源", "大数据",
        "云计算", "算力", "数据", "自主", "核心", "关键", "先进", "领先", "国家", "我国", "美国", "日本",
        "韩国", "欧洲", "行业", "市场", "资本", "资产", "子", "母", "各大", "几大", "四大", "五大", "十大",
        "一家", "两家", "三家", "多个", "若干", "本地", "本土", "当地", "全市", "全省", "全国", "区域",
        "传统", "新兴", "优质", "重点", "骨干", "电子", "软件", "通信", "能源", "材料", "医药", "生物",
        "技术", "机器人", "AI", "GPU", "CPU", "DPU", "ASIC", "云", "物联网", "区块链", "元宇宙", "商业保险",
        "政策性", "开发性", "村镇", "民生", "养老", "健康", "财险", "寿险", "再保险", "期货", "信托",
    }
)

# Words that never stand inside an unsuffixed company name: a name found by context that holds one
# of them is a phrase (名称变更, 股权转让, 本次交易…).
CONTEXT_NOT_IN_NAME: tuple[str, ...] = (
    "的", "与", "及", "了", "股权", "名称", "变更", "设立", "成立", "进行", "完成", "出资", "注册", "增资",
    "收购", "签署", "签订", "协议", "合同", "项目", "业务", "经营", "公告", "披露", "现金", "方式", "价格",
    "不超过", "亿元", "万元", "交易", "本次", "拟", "已", "年", "月", "日", "通过", "以及", "共计", "合计",
    "其中", "持有", "持股", "认缴", "受让", "转让", "出售", "购买", "采购", "计划", "决定", "同意", "董事",
    "股东", "员工", "管理层", "市场", "行业", "产品", "服务器", "数据中心", "算力中心", "芯片", "模型",
    "平台", "系统", "基地", "园区", "进一步", "相关", "方面", "领域", "部分", "全部", "剩余", "比例",
    "资金", "资产", "负债", "利润", "收入", "营收", "亏损", "首次", "公开", "发行", "上市", "募集",
    "客户", "用户", "双方", "三方", "各方", "我们", "他们", "记者", "表示", "认为", "预计", "有望",
    "公司", "各自", "提供", "对外", "先生", "女士", "博士", "教授", "总裁", "董事长", "总经理", "正式",
    "分批", "合作", "发展", "转型", "规模", "实践", "贡献", "捐赠", "迈进", "乃至", "担任", "为", "形式",
    "集聚",
)

# Quantifiers that start a phrase, not a name (多家银行, 一家公司, 部分券商).
CONTEXT_QUANTIFIERS: tuple[str, ...] = (
    "多家", "一家", "两家", "三家", "几家", "数家", "各家", "多个", "若干", "部分", "众多", "诸多", "其他",
    "相关", "该", "本", "此", "这", "那", "某", "各",
)

# Role words that may stand before a name in a list of counterparties (关联方奥飞数据).
CONTEXT_ROLE_PREFIXES: tuple[str, ...] = (
    "全资子公司", "控股子公司", "控股股东", "关联方", "子公司", "参股公司", "合作伙伴", "合作方", "股东",
    "客户", "供应商", "公司", "企业", "集团", "龙头", "巨头",
)

# Words right after …证券/…银行/…集团/…科技 that make the whole a phrase, not a name (证券时报,
# 银行业, 控股股东, 科技股, 集团化…).
ORG_SUFFIX_NOT_AFTER: tuple[str, ...] = (
    "报", "时报", "日报", "交易所", "业", "市场", "板块", "指数", "研究", "分析", "部门", "账户", "监管",
    "化", "类", "股", "子公司", "孙公司", "权", "地位", "比例", "的子", "的孙", "合并", "并表", "中心",
    "园", "基地", "平台", "大会", "论坛", "协会", "联盟", "实验室", "学院", "大学", "产品", "服务器",
    "芯片", "模型", "系统", "设备", "方案", "领域", "赛道", "概念", "行情", "指标", "ETF", "基金", "理财",
    "贷款", "存款", "卡", "牌照", "资格", "机构", "创新", "发展", "手段", "能力", "水平", "实力", "企业",
    "公司的", "人才", "成果", "园区", "型", "含量", "赋能", "支撑", "巨头", "龙头", "大厂", "公司治理",
)

# Common Chinese surnames: a name of two or three characters that starts with one is read as a
# person's (赵振强), not a company's, when only its context speaks for it.
SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)

# White space as the regex module's ``\\s`` matches it: Unicode's White_Space property (a test checks
# this list against every code point, through registry._SPACES).
WHITE_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
