"""Hand-written amount spec: each case is a text and every amount a reader finds in it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Exp:
    """One expected amount. Decimal values are strings in base units."""

    text: str  # exact substring of Case.text: number + unit (+ a currency word directly before it)
    kind: str  # "money" | "percent" | "quantity"
    unit: str  # ISO-4217 for money; "%" for percent; the measure word for quantities
    value: str | None = None  # None for ranges
    low: str | None = None
    high: str | None = None
    qualifier: str = "exact"  # exact | approx | upper | lower | range
    per: str | None = None  # denominator of a per-unit price: 18.17元/股 -> "股"


@dataclass(frozen=True)
class Case:
    id: str  # readable, unique, snake_case: "wan_with_thousands_sep", "jionlp_trailing_digit"
    text: str
    expected: tuple[Exp, ...] | None  # () = no amount at all; None = only "must not raise"


# Conventions used throughout this table (beyond /work/shared/annotation-guide.md):
# - `expected` lists EVERY occurrence of an amount, in the order it appears in the text (a text that
#   says 1000万元 twice has two Exp).  Values were computed by hand (checked with decimal.Decimal).
# - Durations are NOT amounts: 三年, 3年, 36个月, 60个月（5年）, 6到12个月, 十天, 前10个月 (they are
#   contract terms, handled by relations, not by find_amounts).
# - 倍 multipliers (增长了33倍), fractions (三分之二, 1/4) and per-mille (5‰) are not listed; the few
#   texts that hold them are expected=None (must not raise) rather than guessed.
# - Ordinals and ranks are not amounts: 第7位, 第三家, 前50名, 前三位, Top20, 一期, 一季度, 第十八次.
# - 一 + classifier used as an article (一批, 一国, 一家), 大 groupings (三大, 两大, 四大) and small Chinese-numeral
#   nouns (三方协议, 二者) are not amounts; 一带一路 / 一方面 / 千方百计 style idioms neither.
# - A number + classifier (家, 个, 名, 位, 项, 轮, 宗, 所, 款, 卡, 张, 次, 人次 ...) is a quantity
#   whose unit is the classifier as written; physical units are also kept as written (8192p -> "p",
#   1271.4EFLOPS -> "EFLOPS", 100千瓦 -> "千瓦" with value 100, NOT 100000 瓦).
# - Bare magnitude + 级 (千亿级, 万卡级): text is the magnitude (+ unit) without 级, qualifier approx.
# - Per-unit: `per` is set only for the slash form (45000元/平方米; also the rate 4万吨/年).  每股收益0.5555元 /
#   每百万tokens0.5元 are plain money with per=None.
# - A sign written before the number belongs to text and value: 人民币-2,320万元, +192.31%.
# - Tables (tab-separated, with a header row) are single cases: a bare 亿/万 figure in an 订单额 /
#   投资额 column is money (CNY), as the annotation guide says.

CASES: tuple[Case, ...] = (
    # =====================================================================================
    # SEED 000 (seeds/000_cf6f4f24b21c170c.txt): 算力跨界, 杭州土拍, 瑞安/中海 REITs
    # =====================================================================================
    Case(
        id="s000_jingang_1000wan",
        text="近日,光伏企业甘肃阳光光伏股份有限公司(以下简称“ST金刚”)发布公告,公司全资子公司上海金刚玻璃防火科技有限公司拟使用自筹资金1000万元对外投资设立北京金刚算力科技服务有限公司(以下简称“金刚算力”),从而正式进军算力领域。",
        expected=(Exp("1000万元", "money", "CNY", "10000000"),),
    ),
    Case(
        # bare magnitude + 级; 毫秒级 has no number
        id="s000_qianyi_ji_flops",
        text="从千亿级浮点运算支撑的AI模型训练,到毫秒级决胜的金融交易,各行各业数字化转型的提速正引爆算力需求的爆发式增长。",
        expected=(Exp("千亿", "quantity", "", "100000000000", qualifier="approx"),),
    ),
    Case(
        id="s000_projects_over_500",
        text="“受益于新质生产力基础设施发展机遇,各地建设算力中心的热情持续高涨,截至2024年底,中国算力中心在运营、在建及规划项目超过500个,其中已投产项目超过100个,建设规模不断扩大。",
        expected=(
            Exp("500个", "quantity", "个", "500", qualifier="lower"),
            Exp("100个", "quantity", "个", "100", qualifier="lower"),
        ),
    ),
    Case(
        id="s000_supply_2485mw",
        text="2020年至2024年,中国算力中心资源供给规模持续攀升,截至2024年底,中国算力中心供给规模达2485MW。",
        expected=(Exp("2485MW", "quantity", "MW", "2485"),),
    ),
    Case(
        id="s000_coastal_200km",
        text="据张向宏介绍,“陆数海算”不是简单地复制“东数西算”模式,而是通过沿海200公里近海算力圈,解决数据富集区的低延迟需求。",
        expected=(Exp("200公里", "quantity", "公里", "200"),),
    ),
    Case(
        id="s000_negative_policy_year",
        text="2025年《政府工作报告》首次将“深海科技”列为战略性新兴产业重点领域,各地也纷纷出台相关规划推动深海科技、海洋经济发展。",
        expected=(),
    ),
    Case(
        id="s000_negative_version_numbers",
        text="海底数据中心从陵水1.0版本到临港2.0版本的升级,标志着中国在“海洋能源化”与“算力绿色化”交叉领域实现全球首创性突破。",
        expected=(),
    ),
    Case(
        id="s000_hangzhou_title_over_1100yi",
        text="杭州上半年土拍高热收官 成交总金额突破1100亿元",
        expected=(Exp("1100亿元", "money", "CNY", "110000000000", qualifier="lower"),),
    ),
    Case(
        # 最高溢价率 = "the highest premium rate": 最高 modifies the noun, it is not a cap -> exact
        id="s000_land_151yi_premium_rates",
        text="本场土拍共有6宗优质住宅地块集中入市,分布于钱江世纪城、未来科技城等板块,总规划建筑面积38.8万平方米,最终上述6宗地悉数成交,合计成交金额151.15亿元,平均溢价率达30.5%,最高溢价率更是达到67.6%。",
        expected=(
            Exp("6宗", "quantity", "宗", "6"),
            Exp("38.8万平方米", "quantity", "平方米", "388000"),
            Exp("6宗", "quantity", "宗", "6"),
            Exp("151.15亿元", "money", "CNY", "15115000000"),
            Exp("30.5%", "percent", "%", "0.305"),
            Exp("67.6%", "percent", "%", "0.676"),
        ),
    ),
    Case(
        id="s000_land_1160yi_vs_1169yi",
        text="据中指研究院统计,至此,上半年杭州住宅用地累计出让金额增至1160亿元,已逼近2024年全年的1169亿元,土地市场回暖趋势较为明显。",
        expected=(
            Exp("1160亿元", "money", "CNY", "116000000000"),
            Exp("1169亿元", "money", "CNY", "116900000000"),
        ),
    ),
    Case(
        id="s000_land_start_price_per_sqm",
        text="具体来看,此次土拍,总价最高的地块为钱江世纪城核心单元地块,该地块起始价46.08亿元,起始楼面价45000元/平方米。",
        expected=(
            Exp("46.08亿元", "money", "CNY", "4608000000"),
            Exp("45000元/平方米", "money", "CNY", "45000", per="平方米"),
        ),
    ),
    Case(
        id="s000_binjiang_11_03yi",
        text="经过98轮竞价,最终该地块由浙江金帝房地产集团有限公司(以下简称“滨江集团”)以总价11.03亿元竞得,成交楼面价29330元/平方米,溢价率67.6%。",
        expected=(
            Exp("98轮", "quantity", "轮", "98"),
            Exp("11.03亿元", "money", "CNY", "1103000000"),
            Exp("29330元/平方米", "money", "CNY", "29330", per="平方米"),
            Exp("67.6%", "percent", "%", "0.676"),
        ),
    ),
    Case(
        # 四堡七堡 is a place name, not numbers
        id="s000_binjiang_32_65yi",
        text="滨江集团在此次土拍中频频出手,还以总价32.65亿元竞得四堡七堡单元地块,成交楼面价38642元/平方米,溢价率25.34%。",
        expected=(
            Exp("32.65亿元", "money", "CNY", "3265000000"),
            Exp("38642元/平方米", "money", "CNY", "38642", per="平方米"),
            Exp("25.34%", "percent", "%", "0.2534"),
        ),
    ),
    Case(
        id="s000_three_plots_long_sentence",
        text="其中,未来科技城单元地块经过82轮竞价,由建设房地产集团有限公司以总价33.30亿元竞得,成交楼面价30129元/平方米,溢价率32.14%;原运河新城单元地块以总价11.57亿元竞得,成交楼面价41240元/平方米,溢价率55.91%,该成交楼面价也刷新了该板块宅地成交楼面价纪录;丁桥单元地块仅经过21轮竞价,溢价率便超过了50%,最终以天阳地产有限公司以总价6.82亿元竞得该地块,成交楼面价27140元/平方米,溢价率50.89%。",
        expected=(
            Exp("82轮", "quantity", "轮", "82"),
            Exp("33.30亿元", "money", "CNY", "3330000000"),
            Exp("30129元/平方米", "money", "CNY", "30129", per="平方米"),
            Exp("32.14%", "percent", "%", "0.3214"),
            Exp("11.57亿元", "money", "CNY", "1157000000"),
            Exp("41240元/平方米", "money", "CNY", "41240", per="平方米"),
            Exp("55.91%", "percent", "%", "0.5591"),
            Exp("21轮", "quantity", "轮", "21"),
            Exp("50%", "percent", "%", "0.5", qualifier="lower"),
            Exp("6.82亿元", "money", "CNY", "682000000"),
            Exp("27140元/平方米", "money", "CNY", "27140", per="平方米"),
            Exp("50.89%", "percent", "%", "0.5089"),
        ),
    ),
    Case(
        # "基金普通合伙人1和2" are list numbers; the text holds a PDF line break
        id="s000_ruian_34_9yi_approx",
        text="6月25日晚间,瑞安房地产发布公告,通过全资附属公司SODH及现有股东、基金、基金普通合伙人1和2、岭南新天地项目公司佛山瑞安天地房地产开发有限公司(以下\n\n简称“佛山瑞安”)以及岭南站购物中心项目公司佛山安盈房地产开发有限公司(以下简称“佛山安盈”)达成合作,转让佛山瑞安及佛山安盈各自的100%股权,总对价约34.9亿元。",
        expected=(
            Exp("100%", "percent", "%", "1"),
            Exp("34.9亿元", "money", "CNY", "3490000000", qualifier="approx"),
        ),
    ),
    Case(
        id="s000_ruian_57_63pct",
        text="交易完成过后,基金将持有的佛山瑞安及佛山安盈100%股权,而瑞安房地产将通过间接全资附属公司上海瑞安投资集团有限公司拥有基金57.63%的合伙权益。",
        expected=(
            Exp("100%", "percent", "%", "1"),
            Exp("57.63%", "percent", "%", "0.5763"),
        ),
    ),
    Case(
        id="s000_ruian_net_proceeds_6_83yi",
        text="根据瑞安房地产的公告,该交易于扣除税费及交易成本后,所得款项净额合计约6.83亿元,所得款项将用于公司的一般营运资金。",
        expected=(Exp("6.83亿元", "money", "CNY", "683000000", qualifier="approx"),),
    ),
    Case(
        id="s000_ruian_cash_6_83yi",
        text="“该操作使得瑞安房地产在不丧失项目控制权的情况下获得约6.83亿元现金回笼,缓解了运营资金压力。",
        expected=(Exp("6.83亿元", "money", "CNY", "683000000", qualifier="approx"),),
    ),
    Case(
        # the number and its unit are split by a PDF line break: text keeps the break
        id="s000_coli_reit_13_55yi_line_break",
        text="公司计划将位于佛山市南海区的购物中心项目——中海佛山南海映月湖环宇城项目,通过公募基础设施证券投资基金(REIT)的形式在深圳证券交易所独立上市,计划募资13.55\n\n亿元。",
        expected=(Exp("13.55\n\n亿元", "money", "CNY", "1355000000"),),
    ),
    # =====================================================================================
    # SEED 001 (seeds/001_826461144a3deeef.txt): 算力券, 龙旗科技, 剥离资产
    # =====================================================================================
    Case(
        id="s001_guizhou_72_firms",
        text="为促进算力产业发展,2月29日,贵州向72家省内外企业发放首批“算力券”,以用于其购买当地算力服务或数据交易产品时抵扣一定比例费用。",
        expected=(Exp("72家", "quantity", "家", "72"),),
    ),
    Case(
        id="s001_guizhou_1yi_vouchers",
        text="据悉,2024年,贵州拟发放总额1亿元的“算力券”,包含现金券和若干实物券。",
        expected=(Exp("1亿元", "money", "CNY", "100000000"),),
    ),
    Case(
        # 一批 is an article ("a batch of"), not an amount
        id="s001_guizhou_over_100yi",
        text="下一步,贵州将大力建设面向全国的算\n\n力保障基地,用好用足“算力券”政策,支持激励省内外企业、高校、科研机构等购买算力服务,培育一批专业化算力运营商,力争2024年带动算力产业规模突破100亿元。",
        expected=(Exp("100亿元", "money", "CNY", "10000000000", qualifier="lower"),),
    ),
    Case(
        id="s001_chengdu_cap_1000wan",
        text="据悉,成都2024年度拟发放“算力券”总额不超过1000万元。",
        expected=(Exp("1000万元", "money", "CNY", "10000000", qualifier="upper"),),
    ),
    Case(
        # the same figure twice: first "以上" (lower), then the inclusive restatement (exact)
        id="s001_chengdu_above_1000wan_inclusive",
        text="根据申领要求,“算力券”申领对象是使用成都智算中心、国家超算成都中心算力服务,上年度主营业务收入在1000万元以上(含1000万元)的算力需求企业、科研机构 and 高校。",
        expected=(
            Exp("1000万元", "money", "CNY", "10000000", qualifier="lower"),
            Exp("1000万元", "money", "CNY", "10000000"),
        ),
    ),
    Case(
        # 最低不少于 is a floor -> lower
        id="s001_chengdu_50pct_min_1wan",
        text="“算力券”申领额度为算力服务合同费用的50%,最低不少于1万元(含1万元)。",
        expected=(
            Exp("50%", "percent", "%", "0.5"),
            Exp("1万元", "money", "CNY", "10000", qualifier="lower"),
            Exp("1万元", "money", "CNY", "10000"),
        ),
    ),
    Case(
        id="s001_chengdu_cap_100wan",
        text="每家单位每年申领额度累计不超过100万元。",
        expected=(Exp("100万元", "money", "CNY", "1000000", qualifier="upper"),),
    ),
    Case(
        # 第三方 is not an amount
        id="s001_hangzhou_cap_5000wan",
        text="根据杭州市出台的《关于加快推进人工智能产业创新发展的实施意见》,杭州鼓励企业、高校院所和第三方机构建设符合需求导向的算力中心,积极创建国家公共算力开放平台,降低中小企业算力使用门槛;推进算力供给市政化,全市每年设立总额不超过5000万元的“算力券”,重点支持中小企业购买算\n\n力服务。",
        expected=(Exp("5000万元", "money", "CNY", "50000000", qualifier="upper"),),
    ),
    Case(
        id="s001_negative_plan_year_range",
        text="2023年10月,北京市经信局发布《人工\n\n智能算力券实施方案(2023-2025年)》。",
        expected=(),
    ),
    Case(
        # 2022年-2026年 is a year range, not an amount
        id="s001_idc_eflops_cagr",
        text="根据IDC发布的《中国加速计算服务器市场半年度跟踪报告》,预计到2026年,中国智能算力规模将达到1271.4EFLOPS,规模和增速均远高于通用算力,2022年-2026年复合增长率达47.58%。",
        expected=(
            Exp("1271.4EFLOPS", "quantity", "EFLOPS", "1271.4"),
            Exp("47.58%", "percent", "%", "0.4758"),
        ),
    ),
    Case(
        id="s001_zhengtong_1yi_wuhan",
        text="证通电子2月21日晚间公告称,公司拟以自有资金投资1亿元在武汉设立全资子公司,推动建设及运营武汉数据中心项目,开\n\n展互联网数据中心与算力网络运营,重点部署渲染算力池及人工智能高性能算力资源池。",
        expected=(Exp("1亿元", "money", "CNY", "100000000"),),
    ),
    Case(
        id="s001_hongxin_100pct",
        text="弘信电子2月18日晚间公告称,拟以现金方式收购安联通100%股份。",
        expected=(Exp("100%", "percent", "%", "1"),),
    ),
    Case(
        id="s001_tiannuoqi_cap_1yi",
        text="2月7日,主营染料及助剂的天诺其披露,拟以不超过1亿元现金收购上海巨融100%股权。",
        expected=(
            Exp("1亿元", "money", "CNY", "100000000", qualifier="upper"),
            Exp("100%", "percent", "%", "1"),
        ),
    ),
    Case(
        id="s001_henglin_near_4yi",
        text="2月27日晚间,恒林股份公告称,拟投资收购新疆恒升智算通信智算科技有限公司,恒升智算已与南京坤前计算机科技有限公司签订价值近4亿元的高端算力服务器及其组网配件采购合同。",
        expected=(Exp("4亿元", "money", "CNY", "400000000", qualifier="approx"),),
    ),
    Case(
        id="s001_negative_hot_2024",
        text="国盛证券研报显示,AI算力有望成为2024年的热门投资方向。",
        expected=(),
    ),
    Case(
        id="s001_negative_three_big_odm",
        text="至此,国内三大智能产品ODM厂商华勤技术、龙旗科技、闻泰科技悉数登陆A股。",
        expected=(),
    ),
    Case(
        id="s001_negative_year_range",
        text="2020年至2022年,公司在智能手机领域取得较大突破,收入金额及占比逐年上升,是公司收入的主要来源。",
        expected=(),
    ),
    Case(
        # 两大客户 / 前五名 (a rank) / 二者 are not amounts
        id="s001_negative_top5_clients",
        text="其中,2021年的增长主要来源于公司与小米、联想等存量大客户合作项目,同时,公司成功开拓了三星电子、中国联通两大客户,并实现规模化收入,二者均新进入公司2021年前五名客户之列。",
        expected=(),
    ),
    Case(
        id="s001_longqi_cagr_43pct",
        text="期间,公司智能手机产品收入复合增速达43.16%。",
        expected=(Exp("43.16%", "percent", "%", "0.4316"),),
    ),
    Case(
        id="s001_counterpoint_6yi_tai_372yi_usd",
        text="根据Counterpoint数据,预计至2025年,\n\n全球智能手机ODM/IDH市场将持续增长,出货量有望超过6亿台,占整体智能手机市场超过40%,销售额增至372亿美元。",
        expected=(
            Exp("6亿台", "quantity", "台", "600000000", qualifier="lower"),
            Exp("40%", "percent", "%", "0.4", qualifier="lower"),
            Exp("372亿美元", "money", "USD", "37200000000"),
        ),
    ),
    Case(
        # 前三位 / 第二位 / 第一位 are ranks
        id="s001_longqi_shipments_1_08yi_tai",
        text="根据Counterpoint数据,按出货量口径,公司2017年至2022年均位居全球智能手机ODM/IDH行业前三位;公司2021年智能手机出货量为1.08亿台,占全球智能手机ODM/IDH整体出货量的21%,位居市场第二位;2022年智能手机出货量为1.38亿台,占全球智能手机ODM/IDH整体出货量的28%,位居市场第一位,成为智能产品研发与制造领域的领先科技企业。",
        expected=(
            Exp("1.08亿台", "quantity", "台", "108000000"),
            Exp("21%", "percent", "%", "0.21"),
            Exp("1.38亿台", "quantity", "台", "138000000"),
            Exp("28%", "percent", "%", "0.28"),
        ),
    ),
    Case(
        id="s001_fuheng_65_84wan_70pct",
        text="公告显示,因控股子公司富恒精密近年来经营未达预期,经交易双方友好协商确定,拟以65.84万元的价格将富恒精密70%股权全部转让给赵振强。",
        expected=(
            Exp("65.84万元", "money", "CNY", "658400"),
            Exp("70%", "percent", "%", "0.7"),
        ),
    ),
    Case(
        id="s001_zhongneng_14106_6wan",
        text="以中能电气为例,公司近日披露的关于转让全资子公司100%股权暨出售资产公告显示,为进一步优化公司资产结构,盘活存量资产,提高资源利用效率,结合公司新能源产业发展规划,中能电气拟将其持有的全资子公司上海熠冠100%股权转让给天津紫霄,交易总价约为14106.6万元。",
        expected=(
            Exp("100%", "percent", "%", "1"),
            Exp("100%", "percent", "%", "1"),
            Exp("14106.6万元", "money", "CNY", "141066000", qualifier="approx"),
        ),
    ),
    Case(
        id="s001_perfect_world_1_64yi_usd",
        text="另以完美世界为例,公司近日披露的关于出售资产公告显示,下属子公司Perfect Universe Investment Inc.(简称“PUI”)与Do-main Capital Group, LLC旗下基金出资成立的子公司ACA World, LLC签订协议,ACA World, LLC拟购买PUI持有的美国环球影片单资产,交割金额为1.64亿美元。",
        expected=(Exp("1.64亿美元", "money", "USD", "164000000"),),
    ),
    Case(
        # conversion: qualifier 约 stands between the currency word and the number
        id="s001_perfect_world_usd_to_cny",
        text="本次交易在2024年2月完成交割,处置收益扣除相关税务影响和少数股东损益等后,预计将确认归属于上市公司股东的净利润1300万美元(折合人民币约9300万元)。",
        expected=(
            Exp("1300万美元", "money", "USD", "13000000"),
            Exp("9300万元", "money", "CNY", "93000000", qualifier="approx"),
        ),
    ),
    Case(
        id="s001_gudi_wan_range",
        text="以顾地科技为例,公司预计2023年实现归属于上市公司股东的净利润9722.73万元至14404.05万元。",
        expected=(
            Exp("9722.73万元至14404.05万元", "money", "CNY", low="97227300", high="144040500", qualifier="range"),
        ),
    ),
    Case(
        id="s001_gudi_1_4yi_approx",
        text="报告期内,公司扭亏为盈,主要在于转让全资子公司阿拉善盟梦想汽车文化旅游开发有限公司100%股权,确认的投资收益增加,预计对公司2023年净利润的影响约为1.4亿元。",
        expected=(
            Exp("100%", "percent", "%", "1"),
            Exp("1.4亿元", "money", "CNY", "140000000", qualifier="approx"),
        ),
    ),
    Case(
        id="s001_tianhong_three_ranges",
        text="天虹股份预计,2023年归属于上市公司股东的净利润为2亿元至2.5亿元,同比增长66.54%至108.17%;扣除非经常性损益后的净利润为1.1亿元至1.4亿元。",
        expected=(
            Exp("2亿元至2.5亿元", "money", "CNY", low="200000000", high="250000000", qualifier="range"),
            Exp("66.54%至108.17%", "percent", "%", low="0.6654", high="1.0817", qualifier="range"),
            Exp("1.1亿元至1.4亿元", "money", "CNY", low="110000000", high="140000000", qualifier="range"),
        ),
    ),
    Case(
        id="s001_tianhong_about_1yi",
        text="公司关闭长期亏损门店确认使用权资产处置收益等合计增加本期归母净利润约1亿元。",
        expected=(Exp("1亿元", "money", "CNY", "100000000", qualifier="approx"),),
    ),
    Case(
        # the seed escapes the asterisk: "\*ST金山"
        id="s001_jinshan_two_ranges",
        text="以\\*ST金山为例,公司预计2023年归属于上市公司股东的净利润为21.1亿元至22.1亿元,营业收入为59亿元至65亿元。",
        expected=(
            Exp("21.1亿元至22.1亿元", "money", "CNY", low="2110000000", high="2210000000", qualifier="range"),
            Exp("59亿元至65亿元", "money", "CNY", low="5900000000", high="6500000000", qualifier="range"),
        ),
    ),
    Case(
        id="s001_jinshan_100pct_51pct",
        text="公司本期开展重大资产出售,向华电辽宁能源有限公司出售辽宁华电铁岭发电有限公司100%股权及阜新金山煤研石热电厂有限公司51%股权。",
        expected=(
            Exp("100%", "percent", "%", "1"),
            Exp("51%", "percent", "%", "0.51"),
        ),
    ),
    # =====================================================================================
    # SEED 002 (seeds/002_4745915eb8e7300d.txt): AI 算力底座, 盐湖股份, 锂电, 证爱贵州
    # =====================================================================================
    Case(
        # "2026" without 年 is still a year
        id="s002_negative_summit_year",
        text="近日,由全球计算联盟(GCC)指导的2026 Open AI Infra Summit (AI基础设施峰会)在北京举行。",
        expected=(),
    ),
    Case(
        id="s002_over_2000_attendees",
        text="据了解,大会展区覆盖了互联网、运营商、芯片、整机、液冷、数据中心等AI算力底座的全链条,迎来了超2000位参会者。",
        expected=(Exp("2000位", "quantity", "位", "2000", qualifier="lower"),),
    ),
    Case(
        # 千瓦 is the unit (kW): value 100, not 100000
        id="s002_liquid_cooling_kilowatt",
        text="目前,液冷单机柜功率已能轻松突破100千瓦甚至向200千瓦迈进。",
        expected=(
            Exp("100千瓦", "quantity", "千瓦", "100", qualifier="lower"),
            Exp("200千瓦", "quantity", "千瓦", "200"),
        ),
    ),
    Case(
        id="s002_over_150_members",
        text="据了解,Open AI Infra社区在短短半年时间内,迅速凝聚了150余家产业链核心单位,覆盖了互联网、整机、液冷、数据中心等全链条,形成了需求牵引、技术支持、开放协同、落地见效的良好生态。",
        expected=(Exp("150余家", "quantity", "家", "150", qualifier="lower"),),
    ),
    Case(
        id="s002_yanhu_title_over_147pct",
        text="盐湖股份一季度净利润同比增长超147%",
        expected=(Exp("147%", "percent", "%", "1.47", qualifier="lower"),),
    ),
    Case(
        id="s002_negative_quarterly_report_date",
        text="4月13日晚间,青海盐湖工业股份有限公司(以下简称“盐湖股份”)发布2026年第一季度业绩快报。",
        expected=(),
    ),
    Case(
        # 每股收益0.5555元: money, per=None (only the slash form sets per)
        id="s002_yanhu_revenue_profit_eps",
        text="报告期内,该公司实现营业收入约64.32亿元,同比增长94.89%;实现归属于上市公司股东的净利润约29.39亿元,同比增长147.44%;基本每股收益0.5555元,同比增长147.44%。",
        expected=(
            Exp("64.32亿元", "money", "CNY", "6432000000", qualifier="approx"),
            Exp("94.89%", "percent", "%", "0.9489"),
            Exp("29.39亿元", "money", "CNY", "2939000000", qualifier="approx"),
            Exp("147.44%", "percent", "%", "1.4744"),
            Exp("0.5555元", "money", "CNY", "0.5555"),
            Exp("147.44%", "percent", "%", "1.4744"),
        ),
    ),
    Case(
        id="s002_yanhu_potash_lithium_tons",
        text="具体来看,报告期内,盐湖股份氯化钾产量约87.73万吨,销量约132.97万吨;碳酸锂产量约1.95万吨,销量约1.68万吨。",
        expected=(
            Exp("87.73万吨", "quantity", "吨", "877300", qualifier="approx"),
            Exp("132.97万吨", "quantity", "吨", "1329700", qualifier="approx"),
            Exp("1.95万吨", "quantity", "吨", "19500", qualifier="approx"),
            Exp("1.68万吨", "quantity", "吨", "16800", qualifier="approx"),
        ),
    ),
    Case(
        # a capacity rate: per is the time denominator
        id="s002_yanhu_4wan_tons_per_year",
        text="同时,4万吨/年基础锂盐项目量产,带动碳酸锂产销量同比提升,且市场价格呈上涨趋势,助力公司整体业绩实现大幅增长。",
        expected=(Exp("4万吨/年", "quantity", "吨", "40000", per="年"),),
    ),
    Case(
        id="s002_wukuang_1_59yi_5_42pct",
        text="报告期内,五矿盐湖实现归属于母公司所有者的净利润1.59亿元,占公司合并报表归属于母公司所有者净利润的5.42%。",
        expected=(
            Exp("1.59亿元", "money", "CNY", "159000000"),
            Exp("5.42%", "percent", "%", "0.0542"),
        ),
    ),
    Case(
        # Top20 is a rank-like label, not an amount
        id="s002_lithium_235gwh",
        text="大东时代智库最新调研数据显示,通过对行业Top20电池厂商的产能追踪,2026年4月份,预计中国锂电市场排产总量约235GWh,环比增长7.3%,其中,储能电芯排产占比41.3%。",
        expected=(
            Exp("235GWh", "quantity", "GWh", "235", qualifier="approx"),
            Exp("7.3%", "percent", "%", "0.073"),
            Exp("41.3%", "percent", "%", "0.413"),
        ),
    ),
    Case(
        id="s002_lithium_near_1twh",
        text="此外,据招商证券证券股份有限公司不完全统计,2026年锂电预计新增扩产接近1TWh,创历史新高。",
        expected=(Exp("1TWh", "quantity", "TWh", "1", qualifier="approx"),),
    ),
    Case(
        id="s002_ganfeng_tons_range",
        text="赣锋锂业相关负责人表示,公司锂矿板块Cauchari-Olaroz项目一期运营生产表现良好,产能利用率不断提高,2025年共计生产3.41万吨碳酸锂,预计2026年将生产3.5万吨至4万吨碳酸锂。",
        expected=(
            Exp("3.41万吨", "quantity", "吨", "34100"),
            Exp("3.5万吨至4万吨", "quantity", "吨", low="35000", high="40000", qualifier="range"),
        ),
    ),
    Case(
        id="s002_gotion_over_35gwh",
        text="记者从国轩高科方面了解到,该公司面向全球客户重磅发布“乾元载道”工商业储能新品解决方案,目前与国内外多家行业头部企业达成深度合作,累计意向合作规模超35GWh,进一步夯实其在储能产业链的核心地位。",
        expected=(Exp("35GWh", "quantity", "GWh", "35", qualifier="lower"),),
    ),
    Case(
        id="s002_zhengai_763_7wan",
        text="据悉,自成立以来,“证爱贵州”已累计投入资金763.7万元,覆盖全省9个市(州),累计为超5200名师生送去实实在在的教育帮扶支持。",
        expected=(
            Exp("763.7万元", "money", "CNY", "7637000"),
            Exp("9个", "quantity", "个", "9"),
            Exp("5200名", "quantity", "名", "5200", qualifier="lower"),
        ),
    ),
    Case(
        # number and measure word split by a PDF line break
        id="s002_students_551_line_break",
        text="据贵州证券业协会秘书长安琦介绍,专项行动共为贵州省551\n\n名脱贫家庭优秀高中生、1760名脱贫家庭优秀中考考生提供助学金资助。",
        expected=(
            Exp("551\n\n名", "quantity", "名", "551"),
            Exp("1760名", "quantity", "名", "1760"),
        ),
    ),
    Case(
        # 985 / 211 are names of university programmes, not numbers
        id="s002_near_70pct_985_211",
        text="其中,近70%受助考生中被985、211及双一流大学录取,绝大多数受助中考考生也顺利考入重点高中。",
        expected=(Exp("70%", "percent", "%", "0.7", qualifier="approx"),),
    ),
    Case(
        id="s002_sse_fund_2600yu_wan",
        text="自2015年起,贵州证监局联合上交所公益基金会,持续在贵州实施教育公益项目,累\n\n计投入公益资金2600余万元,帮扶范围覆盖贵州6个市(州)。",
        expected=(
            Exp("2600余万元", "money", "CNY", "26000000", qualifier="lower"),
            Exp("6个", "quantity", "个", "6"),
        ),
    ),
    Case(
        id="s002_training_600yu_renci_97_schools",
        text="2025年,为推动义务教育均衡发展,助力贵州省人工智能赋能特色教育强省建设,贵州证监局与上交所公益基金会启动了“科创黔行”活动,先后在黔东南、黔南、黔西南、遵义、毕节等地,通过小班化、项目化、研讨式教学等方式,培训中小学管理人员及骨干教师600余人次,落地乡村教育公益项目学校97所,首次在遵义市、黔南州实施科学教育区域性覆盖,普及与上海中小学同步的人工智能通识课程,点燃西部师生心中的科创之火。",
        expected=(
            Exp("600余人次", "quantity", "人次", "600", qualifier="lower"),
            Exp("97所", "quantity", "所", "97"),
        ),
    ),
    Case(
        id="s002_huachuang_274_42wan",
        text="例如,公司在结对帮扶的贵阳、思南、西秀、晴隆、独山等地投入教育帮扶资金合计274.42万元,帮助改善乡村学校教学环境,向困难学生捐赠衣物等。",
        expected=(Exp("274.42万元", "money", "CNY", "2744200"),),
    ),
    Case(
        id="s002_negative_15th_five_year_plan",
        text="站在“十五五”规划的开局之年,接受记者采访的上述人士均表示,未来将持续巩固教育帮扶成效,关注更多困难学子和乡村教师的现实需求,持续参与“证爱贵州”计划及相关慈善公益项目,继续加大公益投入力度,为贵州经济社会发展贡献力量,用实际行动践行金融为民初心。",
        expected=(),
    ),
    # =====================================================================================
    # SEED 003 (seeds/003_01552a8635817bfc.txt): 国信证券 AI 周报 (full-width punctuation, tables)
    # =====================================================================================
    Case(
        id="s003_negative_analyst_phone",
        text="021-61761067",
        expected=(),
    ),
    Case(
        id="s003_negative_analyst_registration_code",
        text="S0980519030002",
        expected=(),
    ),
    Case(
        id="s003_negative_analyst_email",
        text="xiongli1@guosen.com.cn",
        expected=(),
    ),
    Case(
        id="s003_negative_section_list_number",
        text="- 【 01 】 算力租赁价格上涨，高端算力供不应求",
        expected=(),
    ),
    Case(
        id="s003_negative_q1_storage_doubled",
        text="高带宽内存（HBM）存储与高端芯片处于绝对卖方市场，2026年第一季度存储价格翻倍，硬件采购及运维成本高企。",
        expected=(),
    ),
    Case(
        # B300 / H100 are model names
        id="s003_h100_price_usd",
        text="以Cloud Price上弗吉尼亚地区（美国主要数据中心所在地）B300和H100的价格为例，H100的价格从月初的18.17美元上涨到最新的24.53美元，涨幅达35%。",
        expected=(
            Exp("18.17美元", "money", "USD", "18.17"),
            Exp("24.53美元", "money", "USD", "24.53"),
            Exp("35%", "percent", "%", "0.35"),
        ),
    ),
    Case(
        id="s003_b300_price_usd",
        text="B300的价格从月初的25美元上涨到最新的30.28美元，涨幅达21.12%。",
        expected=(
            Exp("25美元", "money", "USD", "25"),
            Exp("30.28美元", "money", "USD", "30.28"),
            Exp("21.12%", "percent", "%", "0.2112"),
        ),
    ),
    Case(
        # a chart unit label; AWSB300 glues a model name to a brand
        id="s003_negative_chart_unit_usd_per_hour",
        text="图：AWSB300租赁价格（单位：美元/小时）",
        expected=(),
    ),
    Case(
        id="s003_h100_index_3_09usd",
        text="根据Semi Analysis编制的价格指数，H100价格指数已回暖至3.09美元，为2025年2月以来的最高值。",
        expected=(Exp("3.09美元", "money", "USD", "3.09"),),
    ),
    Case(
        # 2025年Q3 / 二十年代 / 2020年至今 are dates
        id="s003_dc_construction_3_8gw",
        text="数据中心建设处于2020年以来最高水平，根据彭博社报道，2025年Q3超过3.8吉瓦(GW)的新增数据中心IT容量进入施工阶段，较本世纪二十年代（2020年至今）的季度平均水平增长了58%。",
        expected=(
            Exp("3.8吉瓦", "quantity", "吉瓦", "3.8", qualifier="lower"),
            Exp("58%", "percent", "%", "0.58"),
        ),
    ),
    Case(
        # 多达 = "as much as": emphasis, not a qualifier -> exact
        id="s003_dc_23_1gw_831_sites",
        text="全球目前有多达23.1吉瓦(GW)的容量正在建设中，分布在831个地点。",
        expected=(
            Exp("23.1吉瓦", "quantity", "吉瓦", "23.1"),
            Exp("831个", "quantity", "个", "831"),
        ),
    ),
    Case(
        id="s003_americas_17gw_311_sites",
        text="美洲地区占据了其中17GW的容量，横跨311个地点。",
        expected=(
            Exp("17GW", "quantity", "GW", "17"),
            Exp("311个", "quantity", "个", "311"),
        ),
    ),
    Case(
        id="s003_apac_emea_gw",
        text="亚太地区的在建规模略微领先，在283个地点拥有3.2GW的容量，相比之下，EMEA地区在258个地点拥有2.9GW的容量。",
        expected=(
            Exp("283个", "quantity", "个", "283"),
            Exp("3.2GW", "quantity", "GW", "3.2"),
            Exp("258个", "quantity", "个", "258"),
            Exp("2.9GW", "quantity", "GW", "2.9"),
        ),
    ),
    Case(
        # 美国一国 = "the US alone": not an amount
        id="s003_us_alone_15_9gw",
        text="仅美国一国就占据了15.9GW的在建容量。",
        expected=(Exp("15.9GW", "quantity", "GW", "15.9"),),
    ),
    Case(
        id="s003_capex_14_firms_56pct",
        text="在2025年8月至2026年2月期间，分析师对全球最大的14家上市数据中心开发商在2027财年的支出预期攀升了56%。",
        expected=(
            Exp("14家", "quantity", "家", "14"),
            Exp("56%", "percent", "%", "0.56"),
        ),
    ),
    Case(
        # 可达 (a forecast reaching) is not 最高可达 -> exact
        id="s003_gpu_market_title_450yi_usd",
        text="GPU租赁市场空间广阔，乐观预计下可达450亿美元",
        expected=(Exp("450亿美元", "money", "USD", "45000000000"),),
    ),
    Case(
        id="s003_spheron_over_50pct",
        text="根据Spheron的测算，租赁模式比本地部署节省超50%成本，并且能完全规避Blackwell等架构迭代的折旧风险，让中小企业与研究者免去高昂前期投资。",
        expected=(Exp("50%", "percent", "%", "0.5", qualifier="lower"),),
    ),
    Case(
        # 从A增长至B is growth, NOT a range
        id="s003_spheron_98_to_472yi_usd_not_range",
        text="根据Spheron的测算，GPU租赁市场空间有望从2025年的98亿美元增长至2033年的472亿美元，其中亚太地区CAGR可达46.4%。",
        expected=(
            Exp("98亿美元", "money", "USD", "9800000000"),
            Exp("472亿美元", "money", "USD", "47200000000"),
            Exp("46.4%", "percent", "%", "0.464"),
        ),
    ),
    Case(
        # holds the fraction 1/4 (not a money/percent/quantity by our rules; unsure) -> must not raise
        id="s003_one_quarter_fraction_no_crash",
        text="同时Vast.ai, RunPod, Lambda Labs等平台通过P2P, 按秒计费等方式降低门槛，某些情况下价格仅有公共云巨头的1/4，具有较高的成本优势。",
        expected=None,
    ),
    Case(
        # 十亿美元 here is a unit label of a chart, not an amount
        id="s003_negative_chart_unit_billion_usd",
        text="图：2023-2033年GPU Rental市场空间测算（单位：十亿美元）",
        expected=(),
    ),
    Case(
        id="s003_hongjing_summary_34_87yi",
        text="公司2024年7月向深海之光（青海）增资（增资后持股20%），拟在海南州大数据产业园建设8192p算力中心；2024年10月开始，公司算力租赁订单持续落地，主要客户包括X客户、Y客户以及中国移动宁夏公司，合计披露订单总额为34.87亿元。",
        expected=(
            Exp("20%", "percent", "%", "0.2"),
            Exp("8192p", "quantity", "p", "8192"),
            Exp("34.87亿元", "money", "CNY", "3487000000"),
        ),
    ),
    Case(
        id="s003_hongjing_raise_13yi",
        text="2025年8月，公司向特定对象募集13亿元，其中9.9亿元用于智能算力建设项目，公司算力业务有望进一步拓展。",
        expected=(
            Exp("13亿元", "money", "CNY", "1300000000"),
            Exp("9.9亿元", "money", "CNY", "990000000"),
        ),
    ),
    Case(
        id="s003_xiechuang_cap_rmb_110yi",
        text="2026年2月，公司拟向多家供应商采购服务器，采购合同总金额预计不超过人民币110亿元，主要用于为客户提供云算力服务。",
        expected=(Exp("人民币110亿元", "money", "CNY", "11000000000", qualifier="upper"),),
    ),
    Case(
        # 24年1月 is a date written with a two-digit year
        id="s003_zhiwei_tengyun_capital",
        text="根据公司公告披露数据，24年1月公司出资设立子公司南宁市腾云智算，注册资本2000万元，公司以货币资金出资1020万元，持有腾云智算51%的股权。",
        expected=(
            Exp("2000万元", "money", "CNY", "20000000"),
            Exp("1020万元", "money", "CNY", "10200000"),
            Exp("51%", "percent", "%", "0.51"),
        ),
    ),
    Case(
        id="s003_tengyun_2025_results",
        text="根据2025年报披露数据，腾云智算2025年实现营业收入4.62亿元，实现净利润2.07亿元，2025年该公司收入与利润增长主要系算力市场需求增加，在手订单显著增加。",
        expected=(
            Exp("4.62亿元", "money", "CNY", "462000000"),
            Exp("2.07亿元", "money", "CNY", "207000000"),
        ),
    ),
    Case(
        id="s003_litong_investments",
        text="公司2023年6月通过增资方式持有世纪利通90%股权，世纪利通拟投资50,000万元投资并运营AI算力相关项目；2023年11月通过全资子公司利通控股（新加坡）对外投资5,000万美元，增强公司算力租赁海外业务。",
        expected=(
            Exp("90%", "percent", "%", "0.9"),
            Exp("50,000万元", "money", "CNY", "500000000"),
            Exp("5,000万美元", "money", "USD", "50000000"),
        ),
    ),
    Case(
        # "+192.31%": the plus sign belongs to the text
        id="s003_litong_38000p_plus_pct",
        text="根据公司2025年财报披露数据，报告期内，公司提供AI算力云服务的规模超38000P，同比+192.31%，其中直租算力16,000P，转租算力22,000P。",
        expected=(
            Exp("38000P", "quantity", "P", "38000", qualifier="lower"),
            Exp("+192.31%", "percent", "%", "1.9231"),
            Exp("16,000P", "quantity", "P", "16000"),
            Exp("22,000P", "quantity", "P", "22000"),
        ),
    ),
    Case(
        id="s003_shengshi_11_60_71yi",
        text="2026年4月15日，公司公告拟分批采购总额不超过11亿元的IT设备及零部件，2026年4月29日发布公告，拟购买不超过60亿元IT设备及零部件，合计71亿元。",
        expected=(
            Exp("11亿元", "money", "CNY", "1100000000", qualifier="upper"),
            Exp("60亿元", "money", "CNY", "6000000000", qualifier="upper"),
            Exp("71亿元", "money", "CNY", "7100000000"),
        ),
    ),
    Case(
        # 四大 is not an amount
        id="s003_shengshi_about_60yi",
        text="2026年5月26日，盛视科技全资子公司盛视技术与某公司正式签署业务体量约60亿元的《算力产业合作协议》，双方围绕算力服务采购交付、AIDC智能算力中心运营、算电协同以及算力产业资源整合四大核心维度开展深度战略合作，迎来了布局算力服务业务的重要里程碑。",
        expected=(Exp("60亿元", "money", "CNY", "6000000000", qualifier="approx"),),
    ),
    Case(
        id="s003_saiyi_cap_200yi",
        text="2026年5月14日，赛意信息发布公告，拟开展以高性能算力服务器为标的的融资租赁业务，交易总额预计不超过200亿元。",
        expected=(Exp("200亿元", "money", "CNY", "20000000000", qualifier="upper"),),
    ),
    Case(
        id="s003_saiyi_cap_8_33yi",
        text="随后于2026年5月20日，赛意信息再次披露公告，拟向供应商采购高性能算力服务器，合同总金额预计不超过8.33亿元。",
        expected=(Exp("8.33亿元", "money", "CNY", "833000000", qualifier="upper"),),
    ),
    Case(
        id="s003_jingang_about_3_99yi",
        text="2025年6月27日签订含税总金额约3.99亿元的重大算力销售合同，公司开始落地算力租赁业务。",
        expected=(Exp("3.99亿元", "money", "CNY", "399000000", qualifier="approx"),),
    ),
    Case(
        # （一期） is a phase label
        id="s003_jingang_raise_24_31yi",
        text="2026年4月2日，公司募集资金24.31亿元拟投向“北京通州区人工智能智算中心项目（一期）建设”，全方位深化布局绿色算力赛道。",
        expected=(Exp("24.31亿元", "money", "CNY", "2431000000"),),
    ),
    Case(
        id="s003_jingji_transfer_5pct",
        text="2026年6月10日，公司拟通过协议转让方式向麻长炜先生转让5%股份。",
        expected=(Exp("5%", "percent", "%", "0.05"),),
    ),
    Case(
        id="s003_negative_career_dates",
        text="作为Alibaba.com联合创始人及淘宝网创始团队核心成员，麻长炜自1999年9月至2014年6月期间先后担任阿里巴巴集团用户体验设计资深总监。",
        expected=(),
    ),
    Case(
        id="s003_jiechuang_cap_40yi",
        text="2026年1月份，公司公告拟以不超过40亿元购买IT设备及零配件，以加大智算集群的建设投入。",
        expected=(Exp("40亿元", "money", "CNY", "4000000000", qualifier="upper"),),
    ),
    Case(
        id="s003_jiechuang_credit_lines",
        text="公司已提请股东会授权申请授信200亿元、向多家银行和非银金融机构取得授信近100亿元。",
        expected=(
            Exp("200亿元", "money", "CNY", "20000000000"),
            Exp("100亿元", "money", "CNY", "10000000000", qualifier="approx"),
        ),
    ),
    Case(
        # 以1.34亿参股: bare 亿 that the context (以…参股, a purchase price) makes money;
        # 70万C端用户: bare magnitude without a measure word -> quantity with unit ""
        id="s003_dongfang_bare_1_34yi_and_users",
        text="东方国信：2025年8月以1.34亿参股中科视拓，合并形成近4万张GPU卡的算力资源池，服务超70万C端用户和6000多家企业，建设内蒙古液冷智算中心，向互联网大厂出租机柜、电力与冷却环境。",
        expected=(
            Exp("1.34亿", "money", "CNY", "134000000"),
            Exp("4万张", "quantity", "张", "40000", qualifier="approx"),
            Exp("70万", "quantity", "", "700000", qualifier="lower"),
            Exp("6000多家", "quantity", "家", "6000", qualifier="lower"),
        ),
    ),
    Case(
        id="s003_tianyang_35_to_40yi_range",
        text="根据公司公告，2026年5月8日公司宣布投资35亿至40亿元切入算力租赁赛道，通过提供设备采购资金并受让启明星汉75%股权实现控股并表。",
        expected=(
            Exp("35亿至40亿元", "money", "CNY", low="3500000000", high="4000000000", qualifier="range"),
            Exp("75%", "percent", "%", "0.75"),
        ),
    ),
    Case(
        id="s003_negative_office_address",
        text="深圳市福田区福华一路125号国信金融大厦36层",
        expected=(),
    ),
    Case(
        id="s003_negative_zip_and_switchboard",
        text="邮编：518046总机：0755-82130833",
        expected=(),
    ),
    # =====================================================================================
    # SEED 003 tables: each tab-separated table (header + rows) is one case
    # =====================================================================================
    Case(
        # 宏景科技 table: bare 亿 figures in the 订单额/投资额 columns are money; 合同期限 (3年, 25个月) and 三年/36个月/五年 are durations, not amounts; 8,192P vs 8192p units kept as written
        id="s003_table_hongjing",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2024年7月8日\t《宏景科技：关于对外投资的公告》\t公司拟与深海之光（北京）、上海莘滔共同向深海之光（青海）进行增资，其中公司拟使用自有资金增资1,000万元，认缴目标公司新增注册资本，本次增资完成后，公司将持有目标公司20%的股权。深海之光（青海）拟在海南州大数据产业园区内建设“深海之光（青海）先进计算中心建设项目”。项目计划总投资约8,192P算力，且已于2024年6月份获得项目建设用地使用权\t\t0.1亿元\t8192p\t\t深海之光（青海），公司持股20%\n'
            '2024年9月30日\t《宏景科技：关于变更募投项目投入新项目的公告》\t本项目拟建设智算中心，计划项目投资总额28,020.00万元，拟使用募集资金20,941.41万元，其中算力服务器采购投资2.1亿元\t\t\t\t\t宏景科技\n'
            '2024年10月22日\t《宏景科技：关于签署算力业务日常经营重大合同的公告》\t由公司按照甲方要求向甲方提供硬件资源设备、组网配套服务及对服务器进行必要的改配服务，并提供算力服务。合同总金额为40,908万元，合同期限为三年\t4.09亿\t\t\t3年\t宏景科技\n'
            '2024年10月30日\t《宏景科技：关于签署算力业务日常经营重大合同的公告》\t合作内容为算力服务，合同总金额为48,569.32万元（为算力服务器数量×服务单价×服务期限+组网配套数量×服务单价×服务期限+组网配套残值），最终根据交付情况据实结算，合同期限为36个月\t4.86亿\t\t\t3年\t宏景科技\n'
            '2024年11月19日\t《宏景科技：关于签署算力业务日常经营重大合同的公告》\t公司与X公司于近日签署了《智算项目服务合同》，由公司按照甲方要求向甲方提供硬件资源设备、组网配套服务及对服务器进行必要的改配服务，并提供算力服务，合同总金额为40,908万元，合同期限为三年\t4.09亿\t\t\t3年\t宏景科技\n'
            '2025年2月25日\t《宏景科技：关于签署算力业务合同的公告》\t公司与X公司遵循平等、自愿、公平和诚实信用的原则，经友好协商，于近日签署了《项目集成服务合同》，由公司按照甲方要求向甲方提供算力服务器集成服务，本次签订的合同含税总金额为人民币16,128.00万元\t1.61亿\t\t\t\t宏景科技\n'
            '2025年3月12日\t《宏景科技：关于签署算力业务日常经营重大合同的公告》\t公司与Y公司于近日签署了《智算项目服务合同》，由公司按照甲方要求向甲方提供服务器、组网配套服务以及对服务器进行必要的改配服务，并提供算力服务。合同总金额为72,089.60万元（含税价），合同期限为五年\t7.21亿\t\t\t5年\t宏景科技\n'
            '2025年3月19日\t《宏景科技：关于签署算力业务合同的公告》\t公司与X公司于近日签署了《项目集成服务合同》，由公司按照甲方要求向甲方提供算力服务器集成服务。本次签订的合同含税总金额为人民币16,128.00万元\t1.61亿\t\t\t\t宏景科技\n'
            '2025年4月1日\t《宏景科技：关于签署算力业务合同的公告》\t公司与中国移动宁夏公司于近日签署了《中国移动宁夏公司2025年算力服务引入采购框架协议》，本框架协议含税总金额上限为人民币311,520,391.21元\t3.12亿\t\t\t25个月\t宏景科技\n'
            '2025年4月16日\t《宏景科技：关于签署算力组网集成服务合同的公告》\t公司与Y公司经友好协商，于近日签署了《项目集成服务合同》，由公司按照甲方要求向甲方提供算力组网集成服务，合同总金额为23,458.00万元（含税）\t2.35亿\t\t\t\t宏景科技\n'
            '2025年5月20日\t《宏景科技：关于签署算力业务日常经营重大合同的公告》\t公司与Y公司经友好协商，于近日签署了《智算项目服务合同》，由公司按照甲方要求向甲方提供服务器、组网配套服务以及对服务器进行必要的改配服务，并提供算力服务。合同总金额为59,699.20万元（含税），合同期限为五年。\t5.97亿\t\t\t5年\t宏景科技\n'
            '2025年8月28日\t《宏景科技：2025年度向特定对象发行A股股票预案》\t募集资金不超过13.54亿元，其中10.54亿元用于智能算力集群建设及运营项目。资金募集额后改为13亿元，其中9.9亿元用于智能算力集群建设及运营项目\t\t9.9亿\t\t\t宏景科技'
        ),
        expected=(
            Exp("1,000万元", "money", "CNY", "10000000"),
            Exp("20%", "percent", "%", "0.2"),
            Exp("8,192P", "quantity", "P", "8192", qualifier="approx"),
            Exp("0.1亿元", "money", "CNY", "10000000"),
            Exp("8192p", "quantity", "p", "8192"),
            Exp("20%", "percent", "%", "0.2"),
            Exp("28,020.00万元", "money", "CNY", "280200000"),
            Exp("20,941.41万元", "money", "CNY", "209414100"),
            Exp("2.1亿元", "money", "CNY", "210000000"),
            Exp("40,908万元", "money", "CNY", "409080000"),
            Exp("4.09亿", "money", "CNY", "409000000"),
            Exp("48,569.32万元", "money", "CNY", "485693200"),
            Exp("4.86亿", "money", "CNY", "486000000"),
            Exp("40,908万元", "money", "CNY", "409080000"),
            Exp("4.09亿", "money", "CNY", "409000000"),
            Exp("人民币16,128.00万元", "money", "CNY", "161280000"),
            Exp("1.61亿", "money", "CNY", "161000000"),
            Exp("72,089.60万元", "money", "CNY", "720896000"),
            Exp("7.21亿", "money", "CNY", "721000000"),
            Exp("人民币16,128.00万元", "money", "CNY", "161280000"),
            Exp("1.61亿", "money", "CNY", "161000000"),
            Exp("人民币311,520,391.21元", "money", "CNY", "311520391.21", qualifier="upper"),
            Exp("3.12亿", "money", "CNY", "312000000"),
            Exp("23,458.00万元", "money", "CNY", "234580000"),
            Exp("2.35亿", "money", "CNY", "235000000"),
            Exp("59,699.20万元", "money", "CNY", "596992000"),
            Exp("5.97亿", "money", "CNY", "597000000"),
            Exp("13.54亿元", "money", "CNY", "1354000000", qualifier="upper"),
            Exp("10.54亿元", "money", "CNY", "1054000000"),
            Exp("13亿元", "money", "CNY", "1300000000"),
            Exp("9.9亿元", "money", "CNY", "990000000"),
            Exp("9.9亿", "money", "CNY", "990000000"),
        ),
    ),
    Case(
        # 协创数据 table: （万卡级） is a bare magnitude + 卡 + 级 -> approx; 十二个月 is a duration; H20NVL is a model name
        id="s003_table_xiechuang",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2024年3月29日\t《协创数据：2024年3月29日投资者关系活动记录表（2023年度网上业绩说明会）》\t公司已布局服务器租赁业务\t\t\t\t\t\n'
            '2024年8月23日\t《协创数据：关于控股子公司签署云算力服务框架协议的自愿性披露公告》\t协创数据控股子公司麦塔倍斯于近日与头部互联网公司签订了《云算力服务框架协议》，麦塔倍斯按双方约定为客户A的应用程序提供云算力服务\t\t\t\t\t麦塔倍斯\n'
            '2024年10月11日\t《协创数据：关于公司算力业务进展情况的自愿性披露公告》\t2024年6月，公司与优必达、优威签订《云业务合作协议》的三方协议，合作领域包含以高端算力为基础的云计算、云安防和大模型的合作、面向跨境电商的AIGC等业务领域。2024年6月，公司与中移国际签订《云业务合作协议》，双方将整合公司在海外区域的算力资源、云业务平台、高可用IT服务等业务能力，以及中移国际在全球DICT方面的技术、资源和运营的综合服务优势，共同打造高效云服务体系\t\t\t\t\t协创数据\n'
            '2024年10月24日\t《协创数据：关于公司算力业务进展情况的自愿性披露公告》\t2024年10月，因规划建设具备大模型训练和推理能力的大型算力服务集群（万卡级），公司间接控股的子公司广州奥佳与上海域允签署《采购框架合同》，向上海域允采购GPU服务器，包括H20NVL INK型AI GPU服务器，预计采购金额不超过90,000万元\t\t9亿\t\t\t广州奥佳\n'
            '2024年10月24日\t《协创数据：关于与合肥综合性国家科学中心人工智能研究院签署战略合作框架协议的自愿性披露公告》\t协创数据于近日与合肥综合性国家科学中心人工智能研究院签订了《战略合作框架协议》，由协创数据提供经费和服务器等算力基础设施并搭建算力平台，乙方提供包括AI技术、AGI技术在内的智能算力技术资源\t\t\t\t\t协创数据\n'
            '2024年12月27日\t《协创数据：关于签署战略合作框架协议暨关联交易的自愿性披露公告》\t协创数据及控股子公司奥佳软件，近日与张江集团、关联方奥飞数据签订了《战略合作框架协议书》，协创数据、奥飞数据、奥佳软件，三方发挥在AI智能体、训推一体、专有云建设及运营方面的丰富经验，为张江集团园区企业提供计算（CPU、GPU等）、存储、网络、数据库、安全等各类聚焦自主可控、丰富多元的云产品及AI智能体训推一体资源池，提供数据中心机柜租用、场地定制化服务、高电高密解决方案、基础和增值运维服务、各类合规审计服务等，打造安全合规、低碳绿色、智能高效的算力底座\t\t\t\t\t协创数据、奥佳软件\n'
            '2025年3月8日\t《协创数据：关于公司购买资产的公告》\t协创数据根据经营发展需要，拟向多家供应商（以下合并简称“X”）采购服务器，并签署相关采购合同，采购合同总金额预计不超过人民币30亿元，公司购买服务器主要用于为客户提供算力租赁服务\t\t30亿\t\t\t协创数据\n'
            '2025年8月16日\t《协创数据：关于公司购买资产的公告》\t协创数据根据经营发展需要，拟向多家供应商（以下合并简称“X”）采购服务器，并签署相关采购合同，采购合同总金额预计不超过人民币12亿元（其中2.98亿元已经公司总经理办公室会议审议，预计后续新增不超过9.02亿元的采购金额），公司购买服务器主要用于为客户提供算力租赁服务\t\t12亿\t\t\t协创数据\n'
            '2025年9月26日\t《协创数据：关于公司购买资产的公告》\t协创数据根据经营发展需要，拟向供应商（以下简称“X”）采购固态硬盘材料，并签署相关采购合同，采购合同总金额预计1.5亿元。主要用于生产制造自用的数据存储服务器。公司最近十二个月购买资产累计金额为人民币22.17亿元（含本次）\t\t1.5亿\t\t\t协创数据\n'
            '2025年10月22日\t《协创数据：关于公司购买资产的公告》\t协创数据根据经营发展需要，拟向多家供应商（以下合并简称“X”）采购服务器，并签署相关采购合同，采购合同总金额预计不超过人民币40.00亿元。主要用于提供云算力服务\t\t40亿\t\t\t协创数据\n'
            '2025年12月27日\t《协创数据：关于公司购买资产的公告》\t协创数据根据经营发展需要，拟向多家供应商（以下合并简称“X”）采购服务器，并签署相关采购合同，采购合同总金额预计不超过人民币90.00亿元。主要用于为客户提供云算力服务\t\t90亿\t\t\t协创数据\n'
            '2026年2月13日\t《协创数据：关于公司购买资产的公告》\t协创数据拟向多家供应商（以下合并简称“X”）采购服务器，并签署相关采购合同，采购合同总金额预计不超过人民币110.00亿元。主要用于为客户提供云算力服务\t\t110亿\t\t\t协创数据'
        ),
        expected=(
            Exp("万卡", "quantity", "卡", "10000", qualifier="approx"),
            Exp("90,000万元", "money", "CNY", "900000000", qualifier="upper"),
            Exp("9亿", "money", "CNY", "900000000"),
            Exp("人民币30亿元", "money", "CNY", "3000000000", qualifier="upper"),
            Exp("30亿", "money", "CNY", "3000000000"),
            Exp("人民币12亿元", "money", "CNY", "1200000000", qualifier="upper"),
            Exp("2.98亿元", "money", "CNY", "298000000"),
            Exp("9.02亿元", "money", "CNY", "902000000", qualifier="upper"),
            Exp("12亿", "money", "CNY", "1200000000"),
            Exp("1.5亿元", "money", "CNY", "150000000"),
            Exp("人民币22.17亿元", "money", "CNY", "2217000000"),
            Exp("1.5亿", "money", "CNY", "150000000"),
            Exp("人民币40.00亿元", "money", "CNY", "4000000000", qualifier="upper"),
            Exp("40亿", "money", "CNY", "4000000000"),
            Exp("人民币90.00亿元", "money", "CNY", "9000000000", qualifier="upper"),
            Exp("90亿", "money", "CNY", "9000000000"),
            Exp("人民币110.00亿元", "money", "CNY", "11000000000", qualifier="upper"),
            Exp("110亿", "money", "CNY", "11000000000"),
        ),
    ),
    Case(
        # 智微智能 table: 24年子公司 is a two-digit year, not an amount
        id="s003_table_zhiwei",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2025年4月26日\t《智微智能:2024年年度报告》\t公司于2024年1月22日与丁小洲等5名自然人股东出资设立控股子公司南宁市腾云智算科技有限公司，腾云智算注册资本2,000.00万元，其中公司以货币资金出资1,020万元，持有腾云智算51%的股权；2024年8月22日，腾云智算注册资本变更为10,000万元；24年子公司腾云智算实现营业收入3.0亿元，净利润1.74亿元，净利率为58%，盈利能力优秀。\t\t\t\t\t智微智能\n'
            '2026年4月24日\t《智微智能:2025年年度报告》\t腾云智算成立于2024年1月，系公司持股51%的控股子公司，2025年实现营业收入4.62亿元，实现净利润2.07亿元，2025年该公司收入与利润增长主要系算力市场需求增加，在手订单显著增加。\t\t\t\t\t智微智能\n'
            '2026年5月12日\t《智微智能:2026年5月12日投资者关系活动记录表》\t公司控股子公司腾云智算已发布HAT算力服务云平台，可依托该平台面向长尾客户开展灵活的算力租赁服务，支持潮汐定价、资源预约与竞价、预付费套餐、即用即付等多种灵活计费模式，满足不同客户的差异化AI算力需求；同时公司还计划搭建自研云平台，为中小企业及个人提供碎片化算力租赁服务\t\t\t\t\t智微智能\n'
            '2026年6月2日\t《智微智能:2026年度向特定对象发行A股股票预案》\t公司拟募集资金不超过28.7亿元，其中33.21亿元用于智算中心建设及运营项目\t\t33.21亿\t\t\t智微智能\n'
            '2026年6月22日\t《智微智能:关于公司拟购买资产的公告》\t公司拟向多家供应商（以下合并简称“X”）分批采购服务器及配套设备，总金额不超过人民币40亿元。本次采购标的为服务器及配套设备，相关设备主要应用于算力相关业务。\t\t40亿\t\t\t智微智能'
        ),
        expected=(
            Exp("5名", "quantity", "名", "5"),
            Exp("2,000.00万元", "money", "CNY", "20000000"),
            Exp("1,020万元", "money", "CNY", "10200000"),
            Exp("51%", "percent", "%", "0.51"),
            Exp("10,000万元", "money", "CNY", "100000000"),
            Exp("3.0亿元", "money", "CNY", "300000000"),
            Exp("1.74亿元", "money", "CNY", "174000000"),
            Exp("58%", "percent", "%", "0.58"),
            Exp("51%", "percent", "%", "0.51"),
            Exp("4.62亿元", "money", "CNY", "462000000"),
            Exp("2.07亿元", "money", "CNY", "207000000"),
            Exp("28.7亿元", "money", "CNY", "2870000000", qualifier="upper"),
            Exp("33.21亿元", "money", "CNY", "3321000000"),
            Exp("33.21亿", "money", "CNY", "3321000000"),
            Exp("人民币40亿元", "money", "CNY", "4000000000", qualifier="upper"),
            Exp("40亿", "money", "CNY", "4000000000"),
        ),
    ),
    Case(
        # 利通电子 table: USD with a CNY conversion; 超/逾/以上 on P figures; 5G is not an amount; 36个月以上 is a duration
        id="s003_table_litong",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2023年6月2日\t《利通电子：关于拟对外投资暨签署合作框架协议的公告》\t公司对世纪利通以增资方式对项目公司投资人民币45,000万元，增资完成后公司持有项目公司90%股权，项目公司增资完成后以人民币50,000万元投资并运营AI算力相关项目；世纪利通的AI算力租赁业务全部部署在上海市松江区的腾讯长三角人工智能超算中心及深圳市光明区的深圳弈峰科技光明5G大数据中心\t\t4.5亿\t\t\t世纪利通\n'
            '2023年11月28日\t《利通电子：拟通过海外全资子公司对外投资的公告》\t拟通过全资子公司利通控股（新加坡）对外投资5,000万美元，折合人民币约36,000万元，用于租赁算力服务器及配套设备并调试、并机后形成AI算力输出用于出租服务，增强公司算力租赁海外业务\t\t3.6亿\t\t\t利通控股（新加坡）\n'
            '2025年4月29日\t《利通电子：2024年年度报告》\t报告期内，公司提供AI算力云服务的规模超13,000P，其中直租算力逾10,000P，转租算力3,000P。截至本年报出具日，公司算力云规模已达15,000P以上，新增算力均为转租算力\t\t\t\t\t利通电子\n'
            '2026年4月28日\t《利通电子：2025年年度报告》\t公司AI算力云服务的规模已达38,000P，较2024年末算力规模增长25,000P，增长率192.31%，其中直租算力16,000P，转租算力22,000P。在执行的AI算力云服务合同，期限均在36个月以上，金额完全可以覆盖设备投资以及对应的回报。\t\t\t\t\t利通电子'
        ),
        expected=(
            Exp("人民币45,000万元", "money", "CNY", "450000000"),
            Exp("90%", "percent", "%", "0.9"),
            Exp("人民币50,000万元", "money", "CNY", "500000000"),
            Exp("4.5亿", "money", "CNY", "450000000"),
            Exp("5,000万美元", "money", "USD", "50000000"),
            Exp("36,000万元", "money", "CNY", "360000000", qualifier="approx"),
            Exp("3.6亿", "money", "CNY", "360000000"),
            Exp("13,000P", "quantity", "P", "13000", qualifier="lower"),
            Exp("10,000P", "quantity", "P", "10000", qualifier="lower"),
            Exp("3,000P", "quantity", "P", "3000"),
            Exp("15,000P", "quantity", "P", "15000", qualifier="lower"),
            Exp("38,000P", "quantity", "P", "38000"),
            Exp("25,000P", "quantity", "P", "25000"),
            Exp("192.31%", "percent", "%", "1.9231"),
            Exp("16,000P", "quantity", "P", "16000"),
            Exp("22,000P", "quantity", "P", "22000"),
        ),
    ),
    Case(
        # 奥尼电子 table: 50TOPS至2070TFLOPS has two different units, so it is two quantities, not one range; 新一代/第一代/第三季度/两大 are not amounts; 5年 is a duration
        id="s003_table_aoni",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2026年3月26日\t举办“AI推理算力全栈产品发布会”\t发布奥尼6款新一代AI推理工作站，全面覆盖个人与企业级用户。产品算力横跨个人工作站的50TOPS至2070TFLOPS，企业级工作站包含2卡、4卡、8卡及算力集群等系列产品。\t\t\t\t\t奥尼电子\n'
            '2026年3月30日\t《奥尼电子:关于与沐曦股份签署战略合作协议的公告》\t奥尼电子于2026年3月30日与沐曦股份签署《战略合作协议》（，双方秉承“自愿平等、优势互补、互利共赢”的原则，就沐曦桌面AI工作站等硬件产品进行全方位、多层次、长期稳固的合作，建立战略合作伙伴关系。\t\t\t\t5年\t奥尼电子\n'
            '2026年4月25日\t《奥尼电子：2024年年度报告》\t2025年公司发布了第一代桌面级AI推理工作站SMARTAIHUB，并于第三季度开始实现AI算力服务器的研产销闭环，同时还成立了京海智算打造推理算力网络一体化服务平台，形成“云边端一体化”的产品及应用生态，产品覆盖企业级算力服务器、液冷算力集群、个人AI推理工作站、AIPC等，应用场景从原有智能家居、智慧办公、智慧出行逐步延伸至金融、政务、医疗、科研、AI智能体应用等多领域，实现了两大行业的业务协同与场景融合。\t\t\t\t\t奥尼电子'
        ),
        expected=(
            Exp("6款", "quantity", "款", "6"),
            Exp("50TOPS", "quantity", "TOPS", "50"),
            Exp("2070TFLOPS", "quantity", "TFLOPS", "2070"),
            Exp("2卡", "quantity", "卡", "2"),
            Exp("4卡", "quantity", "卡", "4"),
            Exp("8卡", "quantity", "卡", "8"),
        ),
    ),
    Case(
        # 盛视科技 table: 约 before the currency word -> text starts at 人民币; 四大 and 五年 are not amounts
        id="s003_table_shengshi",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2026年4月15日\t《盛视科技:关于购买资产的公告》\t公司拟向多家供应商分批采购IT设备及零部件，总金额不超过人民币11亿元。\t\t11亿\t\t\t盛视科技\n'
            '2026年4月29日\t《盛视科技:关于购买资产的公告》\t为满足业务布局需要，公司拟分批采购IT设备及零配件，总金额不超过人民币60亿元。\t\t60亿\t\t\t盛视科技\n'
            '2026年5月27日\t《盛视科技:关于全资子公司签署算力产业合作协议的公告》\t盛视技术近日与某公司签署《算力产业合作协议》，双方围绕算电协同、AIDC智能算力中心运营、算力产业资源整合、算力服务采购交付四大核心维度开展深度战略合作。本次合作对应的业务体量折算合计约人民币60亿元。\t\t60亿\t\t五年\t盛视技术'
        ),
        expected=(
            Exp("人民币11亿元", "money", "CNY", "1100000000", qualifier="upper"),
            Exp("11亿", "money", "CNY", "1100000000"),
            Exp("人民币60亿元", "money", "CNY", "6000000000", qualifier="upper"),
            Exp("60亿", "money", "CNY", "6000000000"),
            Exp("人民币60亿元", "money", "CNY", "6000000000", qualifier="approx"),
            Exp("60亿", "money", "CNY", "6000000000"),
        ),
    ),
    Case(
        # 赛意信息 table: 人民币0.48亿 is money although it has no 元
        id="s003_table_saiyi",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2025年2月28日\t《赛意信息:关于自愿披露公司签订日常经营合同的公告》\t公司与客户签订了关于AI中台及应用试点项目的产品项目销售合同。总金额为人民币0.48亿，公司为客户提供的服务及产品聚焦智能网联开发、产品设计等AI应用场景，内容包括基于AI工具链实现数据处理、大模型训练与微调、AI应用开发等端到端能力，并具备接入DeepSeek大模型的能力。\t0.48亿\t\t\t\t赛意信息\n'
            '2026年5月15日\t《赛意信息:关于拟开展融资租赁业务的公告》\t为拓宽融资渠道，优化财务结构，满足公司经营发展的资金需求，公司及子公司拟开展以高性能算力服务器为标的的融资租赁业务，融资租赁业务交易总额预计不超过人民币200亿元\t\t\t\t\t赛意信息\n'
            '2026年5月21日\t《赛意信息:关于购买资产的公告》\t根据公司经营发展需要，公司拟向供应商采购高性能算力服务器，并签署相关采购合同，合同总金额预计不超过人民币8.33亿元，采购用于提供云算力服务。\t\t8.33亿\t\t\t赛意信息\n'
            '2026年6月10日\t《赛意信息:2026年6月10日投资者关系活动记录表》\t公司算力业务现阶段以裸金属服务为切入点，部分相关订单已落地，供应链是当前业务开展的重要支撑。公司重点布局全链条算力服务能力建设。目前团队已着手推进硬件、基础虚拟化等相关工作，同时开展算力调优、算力迁移等配套服务。\t\t\t\t\t赛意信息'
        ),
        expected=(
            Exp("人民币0.48亿", "money", "CNY", "48000000"),
            Exp("0.48亿", "money", "CNY", "48000000"),
            Exp("人民币200亿元", "money", "CNY", "20000000000", qualifier="upper"),
            Exp("人民币8.33亿元", "money", "CNY", "833000000", qualifier="upper"),
            Exp("8.33亿", "money", "CNY", "833000000"),
        ),
    ),
    Case(
        # 金刚光伏 table: currency word after 元 (1,000万元人民币); PUE值不高于1.146 has no unit -> not an amount; 5年 is a duration
        id="s003_table_jingang",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2025年6月24日\t《*ST金刚:关于全资子公司对外投资的公告》\t设立北京金刚数海智算科技有限公司（以下简称“金刚数智”），注册资本1,000万元人民币，上海金刚认缴100%出资额。同时公司重整投资人上海弘琪云创科技集团有限公司将借助其自身产业优势和资源优势，依托其在算力业务方面的积累，协助公司拓展新的业务。\t\t\t\t\t上海金刚\n'
            '2025年6月30日\t《*ST金刚:关于孙公司签订重大算力销售合同的公告》\t金刚数智于2025年6月27日与算力客户签订了《智算中心多元算力服务项目之服务协议》，由金刚数智向算力客户提供算力服务，合同含税总金额3.99亿元，服务期限5年，按月度支付算力服务费用。\t3.99亿\t\t\t\t金刚数智\n'
            '2026年1月27日\t金刚光伏500P智算实验项目正式通电运行\t定制的500P智算中心实验项目正式通电运行；同时已落地2000P商业算力集群，目前已向客户全部完成交付并稳定运行\t\t\t\t\t金刚光伏\n'
            '2026年4月3日\t《*ST金刚:2026年度向特定对象发行A股股票预案》\t募集资金24.31亿元，其中17.14亿元用于建设北京通州区人工智能智算中心项目（一期），本项目规划布局超1,000个30kW高密度机架，机房将引入全液冷、一体化冷站等先进技术，确保PUE值不高于1.146。\t\t17.14亿\t\t\t超维智算\n'
            '2026年4月3日\t《*ST金刚:2025年年度报告》\t2025年度，算力业务实际确认收入662.09万元，占总营收比重2.20%。\t\t\t\t\t金刚光伏'
        ),
        expected=(
            Exp("1,000万元人民币", "money", "CNY", "10000000"),
            Exp("100%", "percent", "%", "1"),
            Exp("3.99亿元", "money", "CNY", "399000000"),
            Exp("3.99亿", "money", "CNY", "399000000"),
            Exp("500P", "quantity", "P", "500"),
            Exp("500P", "quantity", "P", "500"),
            Exp("2000P", "quantity", "P", "2000"),
            Exp("24.31亿元", "money", "CNY", "2431000000"),
            Exp("17.14亿元", "money", "CNY", "1714000000"),
            Exp("1,000个", "quantity", "个", "1000", qualifier="lower"),
            Exp("30kW", "quantity", "kW", "30"),
            Exp("17.14亿", "money", "CNY", "1714000000"),
            Exp("662.09万元", "money", "CNY", "6620900"),
            Exp("2.20%", "percent", "%", "0.022"),
        ),
    ),
    Case(
        # 京基智农 table: 半数以上 has no number
        id="s003_table_jingji",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2025年12月30日\t《京基智农:关于签署股权投资意向协议的公告》\t公司拟通过增资扩股、受让老股、签署一致行动协议及委派半数以上董事的综合方式，实现对汇博机器人的控制权收购。截至2025年9月，汇博机器人总资产达10.04亿元，净资产3.17亿元；2024年全年营收3.81亿元。其核心团队在机器人与智能制造领域深耕多年，拥有深厚技术积淀\t\t\t\t\t京基智农\n'
            '2026年6月10日\t《京基智农:关于控股股东协议转让公司部分股份暨权益变动的提示性公告》\t公司拟通过协议转让方式向公司董事、总裁麻长炜先生转让其持有的公司股份26,510,138股（无限售条件流通股），占公司总股本的5.00%。\t\t\t\t\t京基智农'
        ),
        expected=(
            Exp("10.04亿元", "money", "CNY", "1004000000"),
            Exp("3.17亿元", "money", "CNY", "317000000"),
            Exp("3.81亿元", "money", "CNY", "381000000"),
            Exp("26,510,138股", "quantity", "股", "26510138"),
            Exp("5.00%", "percent", "%", "0.05"),
        ),
    ),
    Case(
        # 杰创智能 table: 第四届董事会第十八次会议 are ordinals; 60个月/5年 are durations
        id="s003_table_jiechuang",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2025年6月7日\t《杰创智能：关于部分募投项目结项、变更并将节余募集资金及剩余超募资金投入新项目的公告》\t公司拟将“智慧城市平台升级及产业化项目”“智慧安全产品升级及产业化项目”“杰创研究院建设项目”节余募集资金、剩余超募资金用于投资新项目“智算云服务建设及运营项目”。预计项目总投资规模为7.89亿元，其中拟使用募集资金1.61亿元，剩余部分公司主要以自有资金、自筹资金投入。\t\t7.89亿\t\t\t杰创智能\n'
            '2025年6月6日\t《杰创智能:关于购买资产的公告》\t杰创智能根据未来发展规划，拟采购服务器并用于为客户提供智算云服务，采购总金额预计不超过人民币6亿元。\t\t6亿\t\t\t杰创智能\n'
            '2025年9月8日\t《杰创智能:关于公司和子公司签署算力业务日常经营重大合同的公告》\t杰创智能与X公司经友好协商，签署了《算力服务合同》，杰创智能按照合同约定，以自有品牌算力设备为基础向X公司提供算力服务，合同总金额为3.32亿元（含税），合同约定的服务期限为60个月。\t3.32亿\t\t\t5年\t杰创智能\n'
            '2026年1月9日\t《杰创智能:关于购买设备的公告》\t杰创智能2026年1月8日召开第四届董事会第十八次会议，审议并通过了《关于购买设备的议案》。为推进公司人工智能战略发展和业务转型，拟向多家供应商采购IT设备及零配件总金额不超过人民币40亿元。用于开展云计算业务及相关技术产品研发\t\t40亿\t\t\t杰创智能\n'
            '2026年5月11日\t《杰创智能:杰创智能2025年度业绩说明会投资者关系活动记录表》\t“AI+云计算”业务营收1.27亿元，通信安全管理产品销售回暖，“AI+安全”业务营收2.91亿元，毛利率达42.94%，迎来量质齐升。公司已提请股东会授权申请授信200亿元、向多家银行和非银金融机构取得授信近100亿元。\t\t\t\t\t杰创智能'
        ),
        expected=(
            Exp("7.89亿元", "money", "CNY", "789000000"),
            Exp("1.61亿元", "money", "CNY", "161000000"),
            Exp("7.89亿", "money", "CNY", "789000000"),
            Exp("人民币6亿元", "money", "CNY", "600000000", qualifier="upper"),
            Exp("6亿", "money", "CNY", "600000000"),
            Exp("3.32亿元", "money", "CNY", "332000000"),
            Exp("3.32亿", "money", "CNY", "332000000"),
            Exp("人民币40亿元", "money", "CNY", "4000000000", qualifier="upper"),
            Exp("40亿", "money", "CNY", "4000000000"),
            Exp("1.27亿元", "money", "CNY", "127000000"),
            Exp("2.91亿元", "money", "CNY", "291000000"),
            Exp("42.94%", "percent", "%", "0.4294"),
            Exp("200亿元", "money", "CNY", "20000000000"),
            Exp("100亿元", "money", "CNY", "10000000000", qualifier="approx"),
        ),
    ),
    Case(
        # 东方国信 table: 由17.6471%增加至51% is not a range; 2w张 uses w for 万; 300166 is a stock code; 1号楼/2号/25年底 are not amounts
        id="s003_table_dongfang",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2025年8月11日\t《东方国信:关于收购参股公司部分股权暨取得其控制权的公告》\t公司拟以1.34亿元购买参股公司中科视拓33.35%股权，本次收购完成后，公司持有视拓云的股份比例由17.6471%增加至51%，视拓云将成为公司的控股子公司，纳入公司合并报表范围。视拓云是全国最大的C端AI算力云平台（AutoDL）运营商，平台运营超2w张GPU卡。\t\t1.34亿\t\t\t东方国信\n'
            '2025年9月11日\t《东方国信:关于对外投资的公告》\t公司拟与顺义金控合资设立北京临空智慧港科技有限公司。北京临空智慧港的注册资本为3亿元人民币，公司认缴出资9,000万元人民币，持股比例30%。资金来源为公司自有资金或自筹资金。子公司为“北京顺义区算力中心项目”的唯一运营主体。\t\t9000万\t\t\t东方国信\n'
            '2025年9月24日\t《东方国信:300166东方国信投资者关系活动记录表》\t公司控股视拓云后，已合并形成近4万张GPU卡的算力资源池，服务超70万C端用户和6,000多家企业。智算中心业务进展顺利：内蒙古和林格尔智算中心已与头部互联网客户签订长期服务协议，1号楼（共22MW）已于6月份交付，目前已开始贡献收入；2号、3号和5号楼（共68MW）即将装机完毕，预计25年底投产；4号和6号楼（共110MW）已于8月完成主体结构封顶，预计26年底投产。\t\t\t\t\t东方国信'
        ),
        expected=(
            Exp("1.34亿元", "money", "CNY", "134000000"),
            Exp("33.35%", "percent", "%", "0.3335"),
            Exp("17.6471%", "percent", "%", "0.176471"),
            Exp("51%", "percent", "%", "0.51"),
            Exp("2w张", "quantity", "张", "20000", qualifier="lower"),
            Exp("1.34亿", "money", "CNY", "134000000"),
            Exp("3亿元人民币", "money", "CNY", "300000000"),
            Exp("9,000万元人民币", "money", "CNY", "90000000"),
            Exp("30%", "percent", "%", "0.3"),
            Exp("9000万", "money", "CNY", "90000000"),
            Exp("4万张", "quantity", "张", "40000", qualifier="approx"),
            Exp("70万", "quantity", "", "700000", qualifier="lower"),
            Exp("6,000多家", "quantity", "家", "6000", qualifier="lower"),
            Exp("22MW", "quantity", "MW", "22"),
            Exp("68MW", "quantity", "MW", "68"),
            Exp("110MW", "quantity", "MW", "110"),
        ),
    ),
    Case(
        # 天阳科技 table: 35-40亿 in the 投资额 column is a money range; 60个月（5年）/4年 are durations; 2026年Q3 is a date
        id="s003_table_tianyang",
        text=(
            '日期\t公告\t主要内容\t订单额\t投资额\t算力规模\t合同期限\t实施主体\n'
            '2026年5月8日\t《天阳科技:关于签订项目合作协议的公告》\t公司宣布投资35亿至40亿元切入算力租赁赛道，通过提供设备采购资金并受让启明星汉75%股权实现控股并表。该项目成功锚定了终端客户长达60个月（5年）的算力服务长单。预计2026年Q3前调试完毕\t\t35-40亿\t\t5年\t天阳科技\n'
            '2026年6月4日\t《天阳科技:关于对外投资设立合资公司的公告》\t公司与首都在线于2026年6月4日在北京签署《合资协议》，双方共同投资设立甘肃天阳数金智云科技有限公司合资公司注册资本为人民币10,000万元，其中公司出资人民币7,000万元，持有合资公司70%的股权，合资公司成为公司控股子公司，纳入公司合并报表范围；子公司主要开展算力租赁相关业务\t\t7000万\t\t\t天阳科技\n'
            '2026年6月18日\t《天阳科技:关于签订算力云服务协议的公告》\t天阳科技与云粒智慧于2026年6月16日签署了《算力云服务协议》，协议总金额（含税）为3.03亿元人民币\t3.03亿\t\t\t4年\t天阳科技'
        ),
        expected=(
            Exp("35亿至40亿元", "money", "CNY", low="3500000000", high="4000000000", qualifier="range"),
            Exp("75%", "percent", "%", "0.75"),
            Exp("35-40亿", "money", "CNY", low="3500000000", high="4000000000", qualifier="range"),
            Exp("人民币10,000万元", "money", "CNY", "100000000"),
            Exp("人民币7,000万元", "money", "CNY", "70000000"),
            Exp("70%", "percent", "%", "0.7"),
            Exp("7000万", "money", "CNY", "70000000"),
            Exp("3.03亿元人民币", "money", "CNY", "303000000"),
            Exp("3.03亿", "money", "CNY", "303000000"),
        ),
    ),
    Case(
        # rating table: ±10% is a range; 6到12个月 is a duration; 沪深300 / 标普500 / 000300.SH / 899001.GSI are index names and codes
        id="s003_table_rating",
        text=(
            '投资评级标准\t类别\t级别\t说明\n'
            '报告中投资建议所涉及的评级（如有）分为股票评级和行业评级（另有说明的除外）。评级标准为报告发布日后6到12个月内的相对市场表现，也即报告发布日后的6到12个月内公司股价（或行业指数）相对同期相关证券市场代表性指数的涨跌幅作为基准。A股市场以沪深300指数（000300.SH）作为基准；新三板市场以三板成指（899001.GSI）为基准；香港市场以恒生指数（HSI.HI）作为基准；美国市场以标普500指数（SPX.GI）或纳斯达克指数（IXIC.GI）为基准。\t股票投资评级\t优于大市\t股价表现优于市场代表性指数10%以上\n'
            '\t\t中性\t股价表现介于市场代表性指数±10%之间\n'
            '\t\t弱于大市\t股价表现弱于市场代表性指数10%以上\n'
            '\t\t无评级\t股价与市场代表性指数相比无明确观点\n'
            '\t行业投资评级\t优于大市\t行业指数表现优于市场代表性指数10%以上\n'
            '\t\t中性\t行业指数表现介于市场代表性指数±10%之间\n'
            '\t\t弱于大市\t行业指数表现弱于市场代表性指数10%以上'
        ),
        expected=(
            Exp("10%", "percent", "%", "0.1", qualifier="lower"),
            Exp("±10%", "percent", "%", low="-0.1", high="0.1", qualifier="range"),
            Exp("10%", "percent", "%", "0.1", qualifier="lower"),
            Exp("10%", "percent", "%", "0.1", qualifier="lower"),
            Exp("±10%", "percent", "%", low="-0.1", high="0.1", qualifier="range"),
            Exp("10%", "percent", "%", "0.1", qualifier="lower"),
        ),
    ),
    # =====================================================================================
    # SEED 004 (seeds/004_fb37603849dd3ae1.txt): 重庆硬科技, 港股回购, 算力产业链
    # =====================================================================================
    Case(
        id="s004_negative_ranks",
        text="其一,2024年重庆综合科技创新水平居全国第7位、西部第1位。",
        expected=(),
    ),
    Case(
        # 前50名 = "top 50": a rank, not a count of 名
        id="s004_negative_nature_index_rank",
        text="在国际《2023自然指数——科研城市》排名中位列第36位,首次进入全球前50名。",
        expected=(),
    ),
    Case(
        id="s004_chongqing_39_8yi_311_items",
        text="其二,2023年,重庆投入39.8亿元用于“硬科技”的技术攻关,布局了311项“关键技术”、60项“卡脖子”技术。",
        expected=(
            Exp("39.8亿元", "money", "CNY", "3980000000"),
            Exp("311项", "quantity", "项", "311"),
            Exp("60项", "quantity", "项", "60"),
        ),
    ),
    Case(
        id="s004_unicorns_7_and_23",
        text="2023年,重庆独角兽企业、(潜在)独角兽企业总数分别达7家、23家。",
        expected=(
            Exp("7家", "quantity", "家", "7"),
            Exp("23家", "quantity", "家", "23"),
        ),
    ),
    Case(
        id="s004_rd_intensity_two_pct",
        text="从研发看,独角兽企业、潜在独角兽企业研发投入强度分别为7.29%、6.58%,均高于全市平均水平。",
        expected=(
            Exp("7.29%", "percent", "%", "0.0729"),
            Exp("6.58%", "percent", "%", "0.0658"),
        ),
    ),
    Case(
        id="s004_78_listed_companies",
        text="目前,重庆A股上市公司有78家。",
        expected=(Exp("78家", "quantity", "家", "78"),),
    ),
    Case(
        # 第三家 is an ordinal
        id="s004_zhixiang_ipo_34_7yi",
        text="2023年6月份,智翔金泰成功登陆科创板,募资34.7亿元,成为重庆辖区第三家科创板上市企业。",
        expected=(Exp("34.7亿元", "money", "CNY", "3470000000"),),
    ),
    Case(
        # 2023—2027年 is a year range; 三年 a duration
        id="s004_at_least_50_firms",
        text="2023年,重庆市经济和信息化委员会发布的《中小硬科技企业更快高质量发展工作方案(2023—2027年)》提出,组建中小型“硬科技”企业帮扶库,每年重点帮扶企业不少于50家,推动入库企业营业收入实现三年“倍增”,优秀入库企业实现“做大、做强、做上市”。",
        expected=(Exp("50家", "quantity", "家", "50", qualifier="lower"),),
    ),
    Case(
        id="s004_31_and_1118_firms",
        text="最新发布的《重庆市上市公司发展报告(2024)》显示,截至2024年11月份,重庆全市共有辅导备案企业31家、市级拟上市企业后备库入库企业1118家。",
        expected=(
            Exp("31家", "quantity", "家", "31"),
            Exp("1118家", "quantity", "家", "1118"),
        ),
    ),
    Case(
        # “33618” is a code name; 三大/六大 are groupings; X级 bare magnitudes are approx quantities
        id="s004_33618_cluster_levels",
        text="2023年,重庆市明确提出,要立足现有基础,培育高能级的“33618”现代\n\n制造业集群体系,即聚力打造智能网联新能源汽车、新一代电子信息制造业、新材料三大“万亿级”主导产业集群,升级打造三大“五千亿级”支柱产业,创新打造六大“千亿级”特色优势产业集群,培育壮大18个“新星”产业集群。",
        expected=(
            Exp("万亿", "quantity", "", "1000000000000", qualifier="approx"),
            Exp("五千亿", "quantity", "", "500000000000", qualifier="approx"),
            Exp("千亿", "quantity", "", "100000000000", qualifier="approx"),
            Exp("18个", "quantity", "个", "18"),
        ),
    ),
    Case(
        id="s004_hk_buyback_title",
        text="年内港股公司回购金额超2634亿港元 同比大幅增长108%",
        expected=(
            Exp("2634亿港元", "money", "HKD", "263400000000", qualifier="lower"),
            Exp("108%", "percent", "%", "1.08"),
        ),
    ),
    Case(
        id="s004_hk_buyback_280_firms",
        text="Wind数据显示,截至12月30日记者发稿,年内共有280家港股上市公司实施回购,同比增长35%;回购金额合计达2634.41亿港元,同比大幅增长108%。",
        expected=(
            Exp("280家", "quantity", "家", "280"),
            Exp("35%", "percent", "%", "0.35"),
            Exp("2634.41亿港元", "money", "HKD", "263441000000"),
            Exp("108%", "percent", "%", "1.08"),
        ),
    ),
    Case(
        id="s004_hk_buyback_december",
        text="其中,仅12月份以来,就有111家公司,回购金额达6.74亿港元,回购金额达204.46亿港元。",
        expected=(
            Exp("111家", "quantity", "家", "111"),
            Exp("6.74亿港元", "money", "HKD", "674000000"),
            Exp("204.46亿港元", "money", "HKD", "20446000000"),
        ),
    ),
    Case(
        # 连续三年 is a duration
        id="s004_tencent_1107yi_hkd",
        text="从个股回购规模来看,互联网巨头腾讯控股以1107亿港元的回购金额独占鳌头,占据港股市场回购总额的42%,已连续三年成为港股市场当之无愧的“回购王”。",
        expected=(
            Exp("1107亿港元", "money", "HKD", "110700000000"),
            Exp("42%", "percent", "%", "0.42"),
        ),
    ),
    Case(
        # 均超百亿港元: bare magnitude money; 美团-W is a stock name
        id="s004_bare_bai_yi_hkd_then_list",
        text="汇丰控股、友邦保险、美团-W等公司紧随其后,回购金额均超百亿港元,分别为417亿港元、322亿港元、282亿港元。",
        expected=(
            Exp("百亿港元", "money", "HKD", "10000000000", qualifier="lower"),
            Exp("417亿港元", "money", "HKD", "41700000000"),
            Exp("322亿港元", "money", "HKD", "32200000000"),
            Exp("282亿港元", "money", "HKD", "28200000000"),
        ),
    ),
    Case(
        id="s004_hkd_range_10_to_100yi",
        text="此外,有12家公司回购金额在10亿港元至100亿港元区间,另有48家公司年内回购金额超过1亿港元。",
        expected=(
            Exp("12家", "quantity", "家", "12"),
            Exp("10亿港元至100亿港元", "money", "HKD", low="1000000000", high="10000000000", qualifier="range"),
            Exp("48家", "quantity", "家", "48"),
            Exp("1亿港元", "money", "HKD", "100000000", qualifier="lower"),
        ),
    ),
    Case(
        id="s004_tencent_3_04yi_shares",
        text="比如,腾讯控股今年合计回购股份3.04亿股,共计回购金额1107亿港元,而去年同期回购金额为494亿港元。",
        expected=(
            Exp("3.04亿股", "quantity", "股", "304000000"),
            Exp("1107亿港元", "money", "HKD", "110700000000"),
            Exp("494亿港元", "money", "HKD", "49400000000"),
        ),
    ),
    Case(
        # 出头 after the unit -> approx; 接近 -> approx
        id="s004_cspc_chutou_and_jiejin",
        text="医药龙头石药集团去年回购金额仅2亿港元出头,而今年以来公司回购金额已接近17亿港元。",
        expected=(
            # Project convention (lead, with the seed-004 gold): 出头 "a little over" is lower.
            Exp("2亿港元", "money", "HKD", "200000000", qualifier="lower"),
            Exp("17亿港元", "money", "HKD", "1700000000", qualifier="approx"),
        ),
    ),
    Case(
        id="s004_hsbc_two_approx",
        text="汇丰控股年内回购金额约417亿港元,去年同期约216亿港元。",
        expected=(
            Exp("417亿港元", "money", "HKD", "41700000000", qualifier="approx"),
            Exp("216亿港元", "money", "HKD", "21600000000", qualifier="approx"),
        ),
    ),
    Case(
        id="s004_negative_treasury_share_date",
        text="从政策面来看,今年港交所推进库存股机制改革,新的库存股机制6月11日正式生效,也推动了更多港股公司加入回购队伍。",
        expected=(),
    ),
    Case(
        # 次 is a verbal classifier: a count of times
        id="s004_meituan_67_times",
        text="比如,美团-W年内已累计回购67次,累计回购金额282亿港元,跻身年内港股公司回购规模前列。",
        expected=(
            Exp("67次", "quantity", "次", "67"),
            Exp("282亿港元", "money", "HKD", "28200000000"),
        ),
    ),
    Case(
        # 逼近 describes the companies, the threshold itself is exact
        id="s004_40yi_hkd_threshold",
        text="例如,为维持港股通地位,联易融数字科技集团有限公司、瑞尔集团有限公司等多只逼近“40亿港元”门槛的港股通标的加大回购力度。",
        expected=(Exp("40亿港元", "money", "HKD", "4000000000"),),
    ),
    Case(
        # 前10个月 is a duration
        id="s004_southbound_near_6300yi",
        text="其次,2024年前10个月南向资金已累计流入近6300亿港元。",
        expected=(Exp("6300亿港元", "money", "HKD", "630000000000", qualifier="approx"),),
    ),
    Case(
        id="s004_negative_hk_market_2025",
        text="中信证券研报表示,2025年港股市场或迎来反转行情。",
        expected=(),
    ),
    Case(
        # DeepSeek-V3 / GPT-4o are model names
        id="s004_deepseek_training_cost_usd",
        text="据官方技术论文,DeepSeek-V3模型的总训练成本仅为557.6万美元,远低于GPT-4o等模型约1亿美元的训练成本。",
        expected=(
            Exp("557.6万美元", "money", "USD", "5576000"),
            Exp("1亿美元", "money", "USD", "100000000", qualifier="approx"),
        ),
    ),
    Case(
        # 每百万 is the denominator of a price, not an amount; tokens0.5元 glues letters to the number;
        # 0.5元(缓存命中)/2元 is NOT a per-unit slash (the slash separates two prices)
        id="s004_deepseek_token_pricing",
        text="DeepSeek-V3的定价为每百万输入tokens0.5元(缓存命中)/2元(缓存未命中),每百万输出tokens8元。",
        expected=(
            Exp("0.5元", "money", "CNY", "0.5"),
            Exp("2元", "money", "CNY", "2"),
            Exp("8元", "money", "CNY", "8"),
        ),
    ),
    Case(
        id="s004_negative_model_name_v3",
        text="有科技行业分析师对《证券日报》记者表示,DeepSeek-V3数学能力出众,开源且价格亲民,性价比极高。",
        expected=(),
    ),
    Case(
        id="s004_negative_model_name_gpt4",
        text="中信证券研报称,DeepSeek模型相比GPT4模型具有更小的参数量,这意味着更低的推理成本。",
        expected=(),
    ),
    Case(
        # 4万亿 tokens: bare magnitude, no measure word -> unit ""; 7个月 is a duration; 33倍 a multiplier
        id="s004_doubao_over_4wanyi_tokens",
        text="截至12月中旬,豆包通用模型的日均Tokens使用量已超过4万亿,较7个月前发布时增长了33倍。",
        # Project convention (lead, with the seed-004 gold): 倍 is a measure word, so 33倍 is a quantity.
        expected=(
            Exp("4万亿", "quantity", "", "4000000000000", qualifier="lower"),
            Exp("33倍", "quantity", "倍", "33"),
        ),
    ),
    # =====================================================================================
    # HARD CASES
    # =====================================================================================
    # ---- magnitudes (十/百/千/万/亿/万亿) and their combinations ---------------------------------
    Case(
        id="wanyi_decimal",
        text="公司资产规模达1.5万亿元。",
        expected=(Exp("1.5万亿元", "money", "CNY", "1500000000000"),),
    ),
    Case(
        id="qian_wan_3qianwan",
        text="项目首期投资3千万元。",
        expected=(Exp("3千万元", "money", "CNY", "30000000"),),
    ),
    Case(
        id="qian_wan_5qianwan",
        text="公司拟以自有资金5千万元设立子公司。",
        expected=(Exp("5千万元", "money", "CNY", "50000000"),),
    ),
    Case(
        id="bai_wan_2baiwan",
        text="奖励金额为2百万元。",
        expected=(Exp("2百万元", "money", "CNY", "2000000"),),
    ),
    Case(
        id="qian_yuan_8qian",
        text="每台设备售价8千元。",
        expected=(Exp("8千元", "money", "CNY", "8000"),),
    ),
    Case(
        id="wan_and_yi_in_one_sentence",
        text="项目投资额为2.5亿元，其中设备采购3500万元。",
        expected=(
            Exp("2.5亿元", "money", "CNY", "250000000"),
            Exp("3500万元", "money", "CNY", "35000000"),
        ),
    ),
    Case(
        id="yi_below_one",
        text="本年实现营收0.85亿元。",
        expected=(Exp("0.85亿元", "money", "CNY", "85000000"),),
    ),
    Case(
        id="wan_four_decimals",
        text="净利润为3,456.7891万元。",
        expected=(Exp("3,456.7891万元", "money", "CNY", "34567891"),),
    ),
    Case(
        # JioNLP issue #147 (dongrixinyu/JioNLP#147): more than 4 decimals failed to extract
        id="jionlp_yi_six_decimals",
        text="花费了47.264287亿元简直是太破费了。",
        expected=(Exp("47.264287亿元", "money", "CNY", "4726428700"),),
    ),
    Case(
        # JioNLP issue #151 (dongrixinyu/JioNLP#151): "100000万美元" came back as "0000万美元"
        id="jionlp_100000wan_usd",
        text="项目总投资100000万美元。",
        expected=(Exp("100000万美元", "money", "USD", "1000000000"),),
    ),
    Case(
        # JioNLP issue #80 (dongrixinyu/JioNLP#80): wrong extraction of this sentence
        id="jionlp_year_end_balance_10_56yi",
        text="年末结转和结余10.56亿元。",
        expected=(Exp("10.56亿元", "money", "CNY", "1056000000"),),
    ),
    Case(
        # Recognizers-Text issue #759 (microsoft/Recognizers-Text#759): 一万五千亿 parsed as 500000010000
        id="recognizers_yiwan_wuqian_yi",
        text="地方政府专项债额度为一万五千亿元。",
        expected=(Exp("一万五千亿元", "money", "CNY", "1500000000000"),),
    ),
    Case(
        # Recognizers-Text issue #2325 (microsoft/Recognizers-Text#2325): 二十万亿 / 三百五十万亿 not recognised
        id="recognizers_ershi_wanyi",
        text="社会融资规模存量超过二十万亿元。",
        expected=(Exp("二十万亿元", "money", "CNY", "20000000000000", qualifier="lower"),),
    ),
    Case(
        # Recognizers-Text issue #2325
        id="recognizers_sanbai_wushi_wanyi",
        text="金融业机构总资产达三百五十万亿元。",
        expected=(Exp("三百五十万亿元", "money", "CNY", "350000000000000"),),
    ),
    Case(
        # cn2an issue #19 (Ailln/cn2an#19): 三万亿 / 三千万亿 converted wrongly
        id="cn2an_san_wanyi",
        text="专项资金规模三万亿元。",
        expected=(Exp("三万亿元", "money", "CNY", "3000000000000"),),
    ),
    Case(
        # cn2an issue #19
        id="cn2an_sanqian_wanyi",
        text="全球衍生品名义本金约三千万亿元。",
        expected=(Exp("三千万亿元", "money", "CNY", "3000000000000000", qualifier="approx"),),
    ),
    Case(
        # Recognizers-Text issue #2302 (microsoft/Recognizers-Text#2302): 3万4000 / 25万6千 / 2千零30万
        id="recognizers_3wan4000",
        text="月租金3万4000元。",
        expected=(Exp("3万4000元", "money", "CNY", "34000"),),
    ),
    Case(
        # Recognizers-Text issue #2302
        id="recognizers_25wan6qian",
        text="首付款25万6千元。",
        expected=(Exp("25万6千元", "money", "CNY", "256000"),),
    ),
    Case(
        # Recognizers-Text issue #2302
        id="recognizers_2qian_ling_30wan",
        text="补贴总额2千零30万元。",
        expected=(Exp("2千零30万元", "money", "CNY", "20300000"),),
    ),
    Case(
        # HanLP issue #1721 (hankcs/HanLP#1721): "15万" not parsed
        id="hanlp_15wan",
        text="我给了他15万元。",
        expected=(Exp("15万元", "money", "CNY", "150000"),),
    ),
    Case(
        # HanLP issue #1721: "十五点八万" not parsed
        id="hanlp_shiwu_dian_ba_wan",
        text="我给了他十五点八万元。",
        expected=(Exp("十五点八万元", "money", "CNY", "158000"),),
    ),
    Case(
        # cn2an issue #57 (Ailln/cn2an#57): colloquial "13万2" (=132000?) crashed; we only ask: no crash
        id="cn2an_colloquial_13wan2_no_crash",
        text="这套房子卖了13万2。",
        expected=None,
    ),
    Case(
        id="cn_ling_dian_wu_yi",
        text="公司获得专项补贴零点五亿元。",
        expected=(Exp("零点五亿元", "money", "CNY", "50000000"),),
    ),
    Case(
        id="huge_value_no_float_rounding",
        text="账户余额为99999999999999999999.99元。",
        expected=(Exp("99999999999999999999.99元", "money", "CNY", "99999999999999999999.99"),),
    ),
    # ---- thousands separators ------------------------------------------------------------
    Case(
        id="wan_with_thousands_sep",
        text="公司与X公司签署《智算项目服务合同》，合同总金额为40,908万元，合同期限为三年。",
        expected=(Exp("40,908万元", "money", "CNY", "409080000"),),
    ),
    Case(
        # Recognizers-Text issue #2297 (microsoft/Recognizers-Text#2297): "1,100.9亿" not recognised
        id="recognizers_yi_with_thousands_sep",
        text="公司总资产为1,100.9亿元。",
        expected=(Exp("1,100.9亿元", "money", "CNY", "110090000000"),),
    ),
    Case(
        id="yuan_thousands_sep_and_cents",
        text="本次交易对价为人民币1,234,567.89元。",
        expected=(Exp("人民币1,234,567.89元", "money", "CNY", "1234567.89"),),
    ),
    Case(
        id="shares_thousands_sep",
        text="拟转让其持有的公司股份26,510,138股（无限售条件流通股），占公司总股本的5.00%。",
        expected=(
            Exp("26,510,138股", "quantity", "股", "26510138"),
            Exp("5.00%", "percent", "%", "0.05"),
        ),
    ),
    Case(
        # Recognizers-Text issue #2297 reported "1,100万"; JioNLP-style money context without 元
        id="jionlp_thousand_sep_no_yuan",
        text="公司去年营收1,100万，同比增长20%。",
        expected=(
            Exp("1,100万", "money", "CNY", "11000000"),
            Exp("20%", "percent", "%", "0.2"),
        ),
    ),
    # ---- full-width digits and signs -----------------------------------------------------
    Case(
        id="fullwidth_digits_wan",
        text="公司拟投资１０００万元设立子公司。",
        expected=(Exp("１０００万元", "money", "CNY", "10000000"),),
    ),
    Case(
        id="fullwidth_decimal_point_yi",
        text="本次募集资金总额为３．５亿元。",
        expected=(Exp("３．５亿元", "money", "CNY", "350000000"),),
    ),
    Case(
        id="fullwidth_percent_sign",
        text="营业收入同比增长１２．５％。",
        expected=(Exp("１２．５％", "percent", "%", "0.125"),),
    ),
    Case(
        # a full-width sign after an amount already read: the whole text is read again in ASCII
        id="fullwidth_percent_after_ascii_amount",
        text="公司营收3亿元，毛利率为50％。",
        expected=(Exp("3亿元", "money", "CNY", "300000000"), Exp("50％", "percent", "%", "0.5")),
    ),
    Case(
        id="fullwidth_slash_per_share",
        text="发行价格为18.17元／股。",
        expected=(Exp("18.17元／股", "money", "CNY", "18.17", per="股"),),
    ),
    Case(
        id="fullwidth_tilde_range",
        text="预计投资100～200亿元。",
        expected=(Exp("100～200亿元", "money", "CNY", low="10000000000", high="20000000000", qualifier="range"),),
    ),
    Case(
        # the full-width year is not an amount
        id="fullwidth_year_and_amount",
        text="２０２４年公司实现净利润１．２亿元。",
        expected=(Exp("１．２亿元", "money", "CNY", "120000000"),),
    ),
    Case(
        id="fullwidth_yuan_sign",
        text="保证金为￥500万元。",
        expected=(Exp("￥500万元", "money", "CNY", "5000000"),),
    ),
    # ---- Chinese numerals, 大写 and mixed ------------------------------------------------
    Case(
        id="cn_yi_yi_yuan",
        text="公司获得政府补助一亿元。",
        expected=(Exp("一亿元", "money", "CNY", "100000000"),),
    ),
    Case(
        id="cn_sanqian_wubai_wan",
        text="拟出资三千五百万元。",
        expected=(Exp("三千五百万元", "money", "CNY", "35000000"),),
    ),
    Case(
        id="cn_liang_qian_wan",
        text="注册资本两千万元。",
        expected=(Exp("两千万元", "money", "CNY", "20000000"),),
    ),
    Case(
        id="cn_daxie_with_ling",
        text="合同价款为人民币壹仟叁佰玖拾万陆仟零伍元。",
        expected=(Exp("人民币壹仟叁佰玖拾万陆仟零伍元", "money", "CNY", "13906005"),),
    ),
    Case(
        id="cn_shier_yi",
        text="公司计划投资十二亿元建设新基地。",
        expected=(Exp("十二亿元", "money", "CNY", "1200000000"),),
    ),
    Case(
        id="cn_yibai_ling_wu_wan",
        text="获得奖金一百零五万元。",
        expected=(Exp("一百零五万元", "money", "CNY", "1050000"),),
    ),
    Case(
        id="mixed_wanyi_usd",
        text="全球人工智能市场规模有望达到1.2万亿美元。",
        expected=(Exp("1.2万亿美元", "money", "USD", "1200000000000"),),
    ),
    Case(
        # Recognizers-Text issue #2255 (microsoft/Recognizers-Text#2255): value came back as 1.10261e+06.
        # 陆角 is 0.6 yuan, so the value is 1102614.6 (the issue text says 1102614.06, which is a typo)
        id="recognizers_daxie_yuan_jiao",
        text="大写金额：壹佰壹拾万贰仟陆佰壹拾肆元陆角",
        expected=(Exp("壹佰壹拾万贰仟陆佰壹拾肆元陆角", "money", "CNY", "1102614.6"),),
    ),
    Case(
        # cn2an issue #80 (Ailln/cn2an#80): 壹拾万零叁仟肆佰伍拾叁 rejected
        id="cn2an_daxie_wan_ling_qian",
        text="支票金额为壹拾万零叁仟肆佰伍拾叁元。",
        expected=(Exp("壹拾万零叁仟肆佰伍拾叁元", "money", "CNY", "103453"),),
    ),
    Case(
        # cn2an issue #87 (Ailln/cn2an#87): 大写 in running text not converted; 整 is not part of the amount
        id="cn2an_daxie_yuan_zheng",
        text="支票上金额应写为：伍仟元整",
        expected=(Exp("伍仟元", "money", "CNY", "5000"),),
    ),
    Case(
        # cn2an issues #85 / PR #89 (Ailln/cn2an#85): 一百九十万零三千九百七十一 rejected
        id="cn2an_wan_ling_sanqian",
        text="累计支付一百九十万零三千九百七十一元。",
        expected=(Exp("一百九十万零三千九百七十一元", "money", "CNY", "1903971"),),
    ),
    Case(
        # Recognizers-Text issue #1556 (microsoft/Recognizers-Text#1556): 一万零一十二 and 一万零十二 differ
        id="recognizers_yiwan_ling_shier_both_forms",
        text="借款本金一万零十二元，利息一万零一十二元。",
        expected=(
            Exp("一万零十二元", "money", "CNY", "10012"),
            Exp("一万零一十二元", "money", "CNY", "10012"),
        ),
    ),
    Case(
        # Recognizers-Text issue #758 (microsoft/Recognizers-Text#758): wrong end offsets for 五千元/六千元
        id="recognizers_wuqian_liuqian_offsets",
        text="我有五千元，你有六千元",
        expected=(
            Exp("五千元", "money", "CNY", "5000"),
            Exp("六千元", "money", "CNY", "6000"),
        ),
    ),
    Case(
        # JioNLP issue #135 (dongrixinyu/JioNLP#135): "李四人民币" gave a false "四人民币"; 人民币 is not directly
        # before 601,293.11 so it is not part of that text; 十块钱 is colloquial yuan (text keeps 块钱)
        id="jionlp_false_si_renminbi",
        text="张三赔偿李四人民币车费601,293.11元，工厂费一万二千三百四十五元,利息9佰日元，打印费十块钱。",
        expected=(
            Exp("601,293.11元", "money", "CNY", "601293.11"),
            Exp("一万二千三百四十五元", "money", "CNY", "12345"),
            Exp("9佰日元", "money", "JPY", "900"),
            Exp("十块钱", "money", "CNY", "10"),
        ),
    ),
    Case(
        # JioNLP issue #135: bare currency words are not amounts
        id="jionlp_bare_currency_words",
        text="张三人民币、王五人民币、人民币、元。",
        expected=(),
    ),
    Case(
        # WeTextProcessing PR #281 test data (wenet-e2e/WeTextProcessing#281): 元角分
        id="wetext_yuan_jiao_fen",
        text="本月水电费共计三千三百八十元五角八分。",
        expected=(Exp("三千三百八十元五角八分", "money", "CNY", "3380.58"),),
    ),
    Case(
        # WeTextProcessing PR #281 test data: 毛 = 角
        id="wetext_yuan_mao",
        text="一杯咖啡二十五元三毛。",
        expected=(Exp("二十五元三毛", "money", "CNY", "25.3"),),
    ),
    Case(
        # HanLP issue #1721: "十元三角八分" not parsed (text keeps the trailing 钱, like 十块钱)
        id="hanlp_yuan_jiao_fen_qian",
        text="我给了他十元三角八分钱。",
        expected=(Exp("十元三角八分钱", "money", "CNY", "10.38"),),
    ),
    Case(
        # JioNLP issue #257 (dongrixinyu/JioNLP#257): "123元1角1分" summed the digits (6.11)
        id="jionlp_arabic_yuan_jiao_fen",
        text="退款123元1角1分。",
        expected=(Exp("123元1角1分", "money", "CNY", "123.11"),),
    ),
    Case(
        # JioNLP issue #257: the Chinese-numeral form worked
        id="jionlp_cn_yuan_arabic_jiao_fen",
        text="退款一百二十三元1角1分。",
        expected=(Exp("一百二十三元1角1分", "money", "CNY", "123.11"),),
    ),
    Case(
        # cn2an issue #62 (Ailln/cn2an#62): 两 in 两千两百二十五
        id="cn2an_liang_qian_liang_bai",
        text="成交价两千两百二十五元。",
        expected=(Exp("两千两百二十五元", "money", "CNY", "2225"),),
    ),
    Case(
        # cn2an issue #84 / #87 (Ailln/cn2an#84): 两百 became "2百"
        id="cn2an_liang_bai_wan",
        text="公司获得两百万元补贴。",
        expected=(Exp("两百万元", "money", "CNY", "2000000"),),
    ),
    # ---- currencies before and after the number ------------------------------------------
    Case(
        id="ccy_renminbi_after_yi_yuan",
        text="协议总金额（含税）为3.03亿元人民币。",
        expected=(Exp("3.03亿元人民币", "money", "CNY", "303000000"),),
    ),
    Case(
        id="ccy_renminbi_before",
        text="协议总金额为人民币3.03亿元。",
        expected=(Exp("人民币3.03亿元", "money", "CNY", "303000000"),),
    ),
    Case(
        id="jionlp_yi_yuan_renminbi",
        text="本次募资总额为8亿元人民币。",
        expected=(Exp("8亿元人民币", "money", "CNY", "800000000"),),
    ),
    Case(
        id="jionlp_yen_sign_wan_yuan",
        text="保证金为¥1,000万元。",
        expected=(Exp("¥1,000万元", "money", "CNY", "10000000"),),
    ),
    Case(
        # JioNLP issue #109 (dongrixinyu/JioNLP#109): "3万元欧元" raised "money_string is illegal".
        # Our call: the stray 元 is a typo inside the unit; the currency word that closes the amount
        # (欧元) decides, so this is EUR 30000 and the text spans the whole "3万元欧元".
        id="jionlp_wan_yuan_euro",
        text="合同金额为3万元欧元。",
        expected=(Exp("3万元欧元", "money", "EUR", "30000"),),
    ),
    Case(
        # price-parser issue #37 (scrapinghub/price-parser#37): "36元人民币" lost its currency
        id="priceparser_yuan_renminbi",
        text="售价36元人民币。",
        expected=(Exp("36元人民币", "money", "CNY", "36"),),
    ),
    Case(
        # price-parser issue #37: "¥36,000"
        id="priceparser_yen_sign_thousands",
        text="标价¥36,000。",
        expected=(Exp("¥36,000", "money", "CNY", "36000"),),
    ),
    Case(
        id="ccy_gangbi_before_yi_yuan",
        text="公司拟发行港币5亿元债券。",
        expected=(Exp("港币5亿元", "money", "HKD", "500000000"),),
    ),
    Case(
        id="ccy_gangyuan_after",
        text="公司拟配售股份募资5亿港元。",
        expected=(Exp("5亿港元", "money", "HKD", "500000000"),),
    ),
    Case(
        id="ccy_gangbi_after",
        text="回购金额达5亿港币。",
        expected=(Exp("5亿港币", "money", "HKD", "500000000"),),
    ),
    Case(
        id="ccy_gangyuan_before_no_yuan",
        text="回购耗资港元1.5亿。",
        expected=(Exp("港元1.5亿", "money", "HKD", "150000000"),),
    ),
    Case(
        id="ccy_hk_dollar_sign",
        text="募资HK$2.5亿。",
        expected=(Exp("HK$2.5亿", "money", "HKD", "250000000"),),
    ),
    Case(
        id="ccy_rmb_latin_with_space",
        text="融资金额RMB 100万。",
        expected=(Exp("RMB 100万", "money", "CNY", "1000000"),),
    ),
    Case(
        # C轮 is a round name
        id="ccy_us_dollar_sign_yi",
        text="公司完成US$3亿的C轮融资。",
        expected=(Exp("US$3亿", "money", "USD", "300000000"),),
    ),
    Case(
        id="ccy_meiyuan_before",
        text="交易对价为美元5000万。",
        expected=(Exp("美元5000万", "money", "USD", "50000000"),),
    ),
    Case(
        id="ccy_euro_before",
        text="订单金额为欧元2000万。",
        expected=(Exp("欧元2000万", "money", "EUR", "20000000"),),
    ),
    Case(
        id="ccy_euro_after",
        text="公司获得500万欧元投资。",
        expected=(Exp("500万欧元", "money", "EUR", "5000000"),),
    ),
    Case(
        id="ccy_yen",
        text="日本子公司增资30亿日元。",
        expected=(Exp("30亿日元", "money", "JPY", "3000000000"),),
    ),
    Case(
        id="ccy_pound",
        text="收购对价为1000万英镑。",
        expected=(Exp("1000万英镑", "money", "GBP", "10000000"),),
    ),
    Case(
        # 新加坡元 must not be read as CNY 元
        id="ccy_singapore_dollar",
        text="新加坡子公司注册资本为2亿新加坡元。",
        expected=(Exp("2亿新加坡元", "money", "SGD", "200000000"),),
    ),
    Case(
        id="ccy_australian_dollar",
        text="矿山项目投资5000万澳元。",
        expected=(Exp("5000万澳元", "money", "AUD", "50000000"),),
    ),
    Case(
        id="ccy_canadian_dollar",
        text="加拿大项目总投资3亿加元。",
        expected=(Exp("3亿加元", "money", "CAD", "300000000"),),
    ),
    Case(
        id="ccy_korean_won",
        text="韩国工厂投资100亿韩元。",
        expected=(Exp("100亿韩元", "money", "KRW", "10000000000"),),
    ),
    Case(
        id="ccy_swiss_franc",
        text="支付800万瑞士法郎许可费。",
        expected=(Exp("800万瑞士法郎", "money", "CHF", "8000000"),),
    ),
    Case(
        id="ccy_new_taiwan_dollar_after",
        text="台湾子公司营收12亿新台币。",
        expected=(Exp("12亿新台币", "money", "TWD", "1200000000"),),
    ),
    Case(
        id="ccy_new_taiwan_dollar_before",
        text="合同金额为新台币12亿元。",
        expected=(Exp("新台币12亿元", "money", "TWD", "1200000000"),),
    ),
    Case(
        id="ccy_yen_before",
        text="日本子公司获得日元30亿增资。",
        expected=(Exp("日元30亿", "money", "JPY", "3000000000"),),
    ),
    Case(
        id="ccy_pound_before",
        text="收购对价为英镑1000万。",
        expected=(Exp("英镑1000万", "money", "GBP", "10000000"),),
    ),
    Case(
        id="ccy_singapore_dollar_before",
        text="子公司注册资本为新加坡元2亿。",
        expected=(Exp("新加坡元2亿", "money", "SGD", "200000000"),),
    ),
    Case(
        id="ccy_australian_dollar_before",
        text="矿山项目投资澳元5000万。",
        expected=(Exp("澳元5000万", "money", "AUD", "50000000"),),
    ),
    Case(
        id="ccy_canadian_dollar_before",
        text="加拿大项目总投资加元3亿。",
        expected=(Exp("加元3亿", "money", "CAD", "300000000"),),
    ),
    Case(
        id="ccy_korean_won_before",
        text="韩国工厂投资韩元100亿。",
        expected=(Exp("韩元100亿", "money", "KRW", "10000000000"),),
    ),
    Case(
        id="ccy_swiss_franc_before",
        text="支付瑞士法郎800万许可费。",
        expected=(Exp("瑞士法郎800万", "money", "CHF", "8000000"),),
    ),
    Case(
        id="ccy_rmb_latin_after",
        text="融资金额为100万RMB。",
        expected=(Exp("100万RMB", "money", "CNY", "1000000"),),
    ),
    Case(
        # 美元 before and 美元 after in one sentence, plus 港元 after
        id="ccy_mixed_usd_hkd_one_sentence",
        text="公司分别募资美元3亿与12亿港元。",
        expected=(
            Exp("美元3亿", "money", "USD", "300000000"),
            Exp("12亿港元", "money", "HKD", "1200000000"),
        ),
    ),
    Case(
        id="english_million_no_crash",
        text="公司完成US$5 million的A轮融资。",
        expected=None,
    ),
    # ---- qualifiers before and after -----------------------------------------------------
    Case(
        id="q_yue_approx",
        text="转让佛山瑞安及佛山安盈各自的100%股权，总对价约34.9亿元。",
        expected=(
            Exp("100%", "percent", "%", "1"),
            Exp("34.9亿元", "money", "CNY", "3490000000", qualifier="approx"),
        ),
    ),
    Case(
        id="q_jin_approx",
        text="恒升智算已签订价值近4亿元的采购合同。",
        expected=(Exp("4亿元", "money", "CNY", "400000000", qualifier="approx"),),
    ),
    Case(
        id="q_jiejin_approx",
        text="今年以来公司回购金额已接近17亿港元。",
        expected=(Exp("17亿港元", "money", "HKD", "1700000000", qualifier="approx"),),
    ),
    Case(
        id="q_zuoyou_after_unit",
        text="预计投资5000万元左右。",
        expected=(Exp("5000万元", "money", "CNY", "50000000", qualifier="approx"),),
    ),
    Case(
        id="q_dayue_approx",
        text="项目大约需要3000万元。",
        expected=(Exp("3000万元", "money", "CNY", "30000000", qualifier="approx"),),
    ),
    Case(
        id="q_zhehe_yue_conversion",
        text="公司对外投资5000万美元，折合约3.6亿元。",
        expected=(
            Exp("5000万美元", "money", "USD", "50000000"),
            Exp("3.6亿元", "money", "CNY", "360000000", qualifier="approx"),
        ),
    ),
    Case(
        id="q_chutou_after_unit",
        text="去年回购金额仅2亿港元出头。",
        # Project convention (lead, with the seed-004 gold): 出头 "a little over" is lower.
        expected=(Exp("2亿港元", "money", "HKD", "200000000", qualifier="lower"),),
    ),
    Case(
        id="q_bu_chaoguo_upper",
        text="拟以不超过1亿元现金收购上海巨融100%股权。",
        expected=(
            Exp("1亿元", "money", "CNY", "100000000", qualifier="upper"),
            Exp("100%", "percent", "%", "1"),
        ),
    ),
    Case(
        id="q_bu_chao_upper",
        text="单笔担保金额不超5000万元。",
        expected=(Exp("5000万元", "money", "CNY", "50000000", qualifier="upper"),),
    ),
    Case(
        # 上限 + currency word: the currency word stays in text
        id="q_shangxian_upper_with_renminbi",
        text="本框架协议含税总金额上限为人民币311,520,391.21元。",
        expected=(Exp("人民币311,520,391.21元", "money", "CNY", "311520391.21", qualifier="upper"),),
    ),
    Case(
        id="q_zuigao_upper",
        text="单个项目最高可获得200万元奖励。",
        expected=(Exp("200万元", "money", "CNY", "2000000", qualifier="upper"),),
    ),
    Case(
        id="q_yinei_upper",
        text="投资总额控制在500万元以内。",
        expected=(Exp("500万元", "money", "CNY", "5000000", qualifier="upper"),),
    ),
    Case(
        # JioNLP issue #240 (dongrixinyu/JioNLP#240): parse_money("小于40万") raised ValueError.
        # 金额 makes it money.
        id="jionlp_less_than_40wan",
        text="本次交易金额小于40万元，无需提交董事会审议。",
        expected=(Exp("40万元", "money", "CNY", "400000", qualifier="upper"),),
    ),
    Case(
        # JioNLP issue #240 as reported: the bare "小于40万" alone, no money word -> quantity with unit ""
        id="jionlp_less_than_40wan_bare",
        text="小于40万",
        expected=(Exp("40万", "quantity", "", "400000", qualifier="upper"),),
    ),
    Case(
        id="q_diyu_upper",
        text="成交金额低于1亿元的交易无需披露。",
        expected=(Exp("1亿元", "money", "CNY", "100000000", qualifier="upper"),),
    ),
    Case(
        id="q_bu_gaoyu_percent_upper",
        text="资产负债率不高于70%。",
        expected=(Exp("70%", "percent", "%", "0.7", qualifier="upper"),),
    ),
    Case(
        id="q_zhiduo_shares_upper",
        text="控股股东拟至多减持2000万股。",
        expected=(Exp("2000万股", "quantity", "股", "20000000", qualifier="upper"),),
    ),
    Case(
        id="q_chao_lower",
        text="年内港股公司回购金额超2634亿港元。",
        expected=(Exp("2634亿港元", "money", "HKD", "263400000000", qualifier="lower"),),
    ),
    Case(
        id="q_chaoguo_lower",
        text="另有48家公司年内回购金额超过1亿港元。",
        expected=(
            Exp("48家", "quantity", "家", "48"),
            Exp("1亿港元", "money", "HKD", "100000000", qualifier="lower"),
        ),
    ),
    Case(
        id="q_yu_lower",
        text="公司累计融资逾10亿元。",
        expected=(Exp("10亿元", "money", "CNY", "1000000000", qualifier="lower"),),
    ),
    Case(
        id="q_yishang_lower",
        text="上年度主营业务收入在1000万元以上的企业可以申领。",
        expected=(Exp("1000万元", "money", "CNY", "10000000", qualifier="lower"),),
    ),
    Case(
        id="q_yu_inside_number",
        text="累计投入公益资金2600余万元。",
        expected=(Exp("2600余万元", "money", "CNY", "26000000", qualifier="lower"),),
    ),
    Case(
        id="q_duo_inside_number",
        text="公司账上现金20多亿元。",
        expected=(Exp("20多亿元", "money", "CNY", "2000000000", qualifier="lower"),),
    ),
    Case(
        # Recognizers-Text issue #2664 (microsoft/Recognizers-Text#2664): 一千多万元 read as 10000000 exact
        id="recognizers_yiqian_duo_wan",
        text="这套设备花了一千多万元。",
        expected=(Exp("一千多万元", "money", "CNY", "10000000", qualifier="lower"),),
    ),
    Case(
        # Recognizers-Text issue #2664: 二百余万元 read as 2000000 exact
        id="recognizers_erbai_yu_wan",
        text="公司获赔二百余万元。",
        expected=(Exp("二百余万元", "money", "CNY", "2000000", qualifier="lower"),),
    ),
    Case(
        # JioNLP issue #74 (dongrixinyu/JioNLP#74): a legal-text line; 凌晨2许时 is a time, 2000余元 money
        id="jionlp_2000_yu_yuan",
        text="到了次日的凌晨2许时就发现车被盗了，该车价值2000余元",
        expected=(Exp("2000余元", "money", "CNY", "2000", qualifier="lower"),),
    ),
    Case(
        # JioNLP issue #74: sentencing terms are durations, not amounts
        id="jionlp_sentence_terms_not_amounts",
        text="数额巨大或者有其他严重情节的，处三年以上十年以下有期徒刑，并处罚金；",
        expected=(),
    ),
    Case(
        id="q_tupo_lower",
        text="杭州上半年土拍成交总金额突破1100亿元。",
        expected=(Exp("1100亿元", "money", "CNY", "110000000000", qualifier="lower"),),
    ),
    Case(
        id="q_bu_diyu_lower",
        text="本次募集资金不低于3亿元。",
        expected=(Exp("3亿元", "money", "CNY", "300000000", qualifier="lower"),),
    ),
    Case(
        id="q_bu_shaoyu_lower",
        text="申领额度最低不少于1万元。",
        expected=(Exp("1万元", "money", "CNY", "10000", qualifier="lower"),),
    ),
    Case(
        # JioNLP issue #75 (dongrixinyu/JioNLP#75): "有至少100个人" crashed (classifier handling)
        id="jionlp_at_least_100_people",
        text="有至少100个人",
        expected=(Exp("100个", "quantity", "个", "100", qualifier="lower"),),
    ),
    Case(
        id="q_dayu_lower",
        text="单笔金额大于5000万元的交易需单独披露。",
        expected=(Exp("5000万元", "money", "CNY", "50000000", qualifier="lower"),),
    ),
    Case(
        # Recognizers-Text issue #2664: 三十几万元 read as 300000 exact; 几 inside the number -> range
        id="jionlp_sanshiji_wan",
        text="这辆车花了三十几万元。",
        expected=(Exp("三十几万元", "money", "CNY", low="300000", high="400000", qualifier="range"),),
    ),
    Case(
        # Recognizers-Text issue #2664: 三十几元 / 二百余元 / 一千多元 were not recognised at all
        id="recognizers_ji_yu_duo_small_yuan",
        text="午饭三十几元，打车二百余元，住宿一千多元。",
        expected=(
            Exp("三十几元", "money", "CNY", low="30", high="40", qualifier="range"),
            Exp("二百余元", "money", "CNY", "200", qualifier="lower"),
            Exp("一千多元", "money", "CNY", "1000", qualifier="lower"),
        ),
    ),
    Case(
        # 约 before the currency word: text starts at the currency word
        id="q_yue_before_currency_word",
        text="本次合作对应的业务体量折算合计约人民币60亿元。",
        expected=(Exp("人民币60亿元", "money", "CNY", "6000000000", qualifier="approx"),),
    ),
    Case(
        # 约 between the currency word and the number: text starts at the number
        id="q_yue_between_currency_word_and_number",
        text="项目总投资人民币约36,000万元。",
        expected=(Exp("36,000万元", "money", "CNY", "360000000", qualifier="approx"),),
    ),
    Case(
        id="q_yishang_percent",
        text="股价表现优于市场代表性指数10%以上。",
        expected=(Exp("10%", "percent", "%", "0.1", qualifier="lower"),),
    ),
    Case(
        id="q_zuoyou_percent",
        text="公司市场份额为30%左右。",
        expected=(Exp("30%", "percent", "%", "0.3", qualifier="approx"),),
    ),
    # ---- ranges --------------------------------------------------------------------------
    Case(
        id="range_dash_shared_unit",
        text="公司拟投资金额为35-40亿元。",
        expected=(Exp("35-40亿元", "money", "CNY", low="3500000000", high="4000000000", qualifier="range"),),
    ),
    Case(
        id="range_zhi_magnitude_on_both",
        text="公司拟投资35亿至40亿元。",
        expected=(Exp("35亿至40亿元", "money", "CNY", low="3500000000", high="4000000000", qualifier="range"),),
    ),
    Case(
        id="range_dash_full_units_both_ends",
        text="预计市场规模为500亿元-1000亿元。",
        expected=(Exp("500亿元-1000亿元", "money", "CNY", low="50000000000", high="100000000000", qualifier="range"),),
    ),
    Case(
        id="range_tilde",
        text="预计投资35亿~40亿元。",
        expected=(Exp("35亿~40亿元", "money", "CNY", low="3500000000", high="4000000000", qualifier="range"),),
    ),
    Case(
        id="range_dao",
        text="募资规模为35到40亿元。",
        expected=(Exp("35到40亿元", "money", "CNY", low="3500000000", high="4000000000", qualifier="range"),),
    ),
    Case(
        id="range_em_dash",
        text="预计投资35亿—40亿元。",
        expected=(Exp("35亿—40亿元", "money", "CNY", low="3500000000", high="4000000000", qualifier="range"),),
    ),
    Case(
        id="range_percent_zhi",
        text="预计净利润同比增长10%至20%。",
        expected=(Exp("10%至20%", "percent", "%", low="0.1", high="0.2", qualifier="range"),),
    ),
    Case(
        id="range_percent_dash",
        text="毛利率预计为25%-30%。",
        expected=(Exp("25%-30%", "percent", "%", low="0.25", high="0.3", qualifier="range"),),
    ),
    Case(
        id="range_chinese_san_zhi_wu_yi",
        text="预计总投资三至五亿元。",
        expected=(Exp("三至五亿元", "money", "CNY", low="300000000", high="500000000", qualifier="range"),),
    ),
    Case(
        id="range_wan_both_ends_decimals",
        text="预计2023年实现归属于上市公司股东的净利润9722.73万元至14404.05万元。",
        expected=(Exp("9722.73万元至14404.05万元", "money", "CNY", low="97227300", high="144040500", qualifier="range"),),
    ),
    Case(
        id="range_negative_low_end",
        text="预计净利润为-500万元至500万元。",
        expected=(Exp("-500万元至500万元", "money", "CNY", low="-5000000", high="5000000", qualifier="range"),),
    ),
    Case(
        # Recognizers-Text issue #3071 (microsoft/Recognizers-Text#3071): "15-20 usd" lost its low end
        id="recognizers_dash_range_usd",
        text="该芯片单价区间为15-20美元。",
        expected=(Exp("15-20美元", "money", "USD", low="15", high="20", qualifier="range"),),
    ),
    Case(
        id="range_hkd_both_units",
        text="有12家公司回购金额在10亿港元至100亿港元区间。",
        expected=(
            Exp("12家", "quantity", "家", "12"),
            Exp("10亿港元至100亿港元", "money", "HKD", low="1000000000", high="10000000000", qualifier="range"),
        ),
    ),
    Case(
        id="range_quantity_tons",
        text="预计2026年将生产3.5万吨至4万吨碳酸锂。",
        expected=(Exp("3.5万吨至4万吨", "quantity", "吨", low="35000", high="40000", qualifier="range"),),
    ),
    Case(
        id="range_plus_minus_percent",
        text="股价表现介于市场代表性指数±10%之间。",
        expected=(Exp("±10%", "percent", "%", low="-0.1", high="0.1", qualifier="range"),),
    ),
    Case(
        # WeTextProcessing PR #281 test data: 四十五六 = 45 or 46 (two adjacent digits)
        id="wetext_adjacent_digits_range_twd",
        text="这本书卖四十五六新台币。",
        expected=(Exp("四十五六新台币", "money", "TWD", low="45", high="46", qualifier="range"),),
    ),
    Case(
        # WeTextProcessing PR #281 test data: 七百三四十 = 730 to 740
        id="wetext_adjacent_digits_range_eur",
        text="机票七百三四十欧元。",
        expected=(Exp("七百三四十欧元", "money", "EUR", low="730", high="740", qualifier="range"),),
    ),
    Case(
        # 从A增长至B is a change, not a range
        id="not_range_from_to_growth",
        text="市场规模将从98亿美元增长至472亿美元。",
        expected=(
            Exp("98亿美元", "money", "USD", "9800000000"),
            Exp("472亿美元", "money", "USD", "47200000000"),
        ),
    ),
    Case(
        id="not_range_percent_increase_to",
        text="公司持有视拓云的股份比例由17.6471%增加至51%。",
        expected=(
            Exp("17.6471%", "percent", "%", "0.176471"),
            Exp("51%", "percent", "%", "0.51"),
        ),
    ),
    # ---- per-unit prices -----------------------------------------------------------------
    Case(
        id="per_sqm",
        text="该地块起始楼面价45000元/平方米。",
        expected=(Exp("45000元/平方米", "money", "CNY", "45000", per="平方米"),),
    ),
    Case(
        id="per_share",
        text="本次发行价格为18.17元/股。",
        expected=(Exp("18.17元/股", "money", "CNY", "18.17", per="股"),),
    ),
    Case(
        id="per_hour_usd",
        text="H100租赁价格为2.5美元/小时。",
        expected=(Exp("2.5美元/小时", "money", "USD", "2.5", per="小时"),),
    ),
    Case(
        id="per_ton_wan_approx",
        text="碳酸锂价格约为7.5万元/吨。",
        expected=(Exp("7.5万元/吨", "money", "CNY", "75000", qualifier="approx", per="吨"),),
    ),
    Case(
        id="per_kwh",
        text="上网电价为0.35元/千瓦时。",
        expected=(Exp("0.35元/千瓦时", "money", "CNY", "0.35", per="千瓦时"),),
    ),
    Case(
        id="per_wan_sqm",
        text="成交楼面价2.93万元/平方米。",
        expected=(Exp("2.93万元/平方米", "money", "CNY", "29300", per="平方米"),),
    ),
    Case(
        id="per_unit_machine",
        text="服务器单价为120万元/台。",
        expected=(Exp("120万元/台", "money", "CNY", "1200000", per="台"),),
    ),
    Case(
        # 每股…元 is not the slash form: per stays None
        id="per_mei_gu_not_slash",
        text="公司拟每股派发现金红利0.3元（含税）。",
        expected=(Exp("0.3元", "money", "CNY", "0.3"),),
    ),
    # ---- conversions ---------------------------------------------------------------------
    Case(
        id="conversion_usd_to_cny",
        text="拟通过全资子公司利通控股（新加坡）对外投资5,000万美元，折合人民币约36,000万元。",
        expected=(
            Exp("5,000万美元", "money", "USD", "50000000"),
            Exp("36,000万元", "money", "CNY", "360000000", qualifier="approx"),
        ),
    ),
    Case(
        # 约合 before the currency word: text starts at 人民币
        id="conversion_usd_paren_yuehe",
        text="交易金额为1亿美元（约合人民币7.2亿元）。",
        expected=(
            Exp("1亿美元", "money", "USD", "100000000"),
            Exp("人民币7.2亿元", "money", "CNY", "720000000", qualifier="approx"),
        ),
    ),
    Case(
        id="conversion_eur_to_cny",
        text="公司获得500万欧元投资，约合人民币3900万元。",
        expected=(
            Exp("500万欧元", "money", "EUR", "5000000"),
            Exp("人民币3900万元", "money", "CNY", "39000000", qualifier="approx"),
        ),
    ),
    Case(
        id="conversion_hkd_to_cny_currency_after",
        text="回购耗资10亿港元（约9.2亿元人民币）。",
        expected=(
            Exp("10亿港元", "money", "HKD", "1000000000"),
            Exp("9.2亿元人民币", "money", "CNY", "920000000", qualifier="approx"),
        ),
    ),
    # ---- negatives and signs -------------------------------------------------------------
    Case(
        id="negative_renminbi_thousands_sep",
        text="归属于上市公司股东的净利润为人民币-2,320万元。",
        expected=(Exp("人民币-2,320万元", "money", "CNY", "-23200000"),),
    ),
    Case(
        id="negative_yi",
        text="公司净利润为-1.5亿元。",
        expected=(Exp("-1.5亿元", "money", "CNY", "-150000000"),),
    ),
    Case(
        # the sign is not written: the amount is positive (亏损 carries the meaning)
        id="loss_word_keeps_positive_value",
        text="公司去年亏损2亿元。",
        expected=(Exp("2亿元", "money", "CNY", "200000000"),),
    ),
    Case(
        id="negative_wan_decimals",
        text="扣非净利润-3,456.78万元。",
        expected=(Exp("-3,456.78万元", "money", "CNY", "-34567800"),),
    ),
    Case(
        id="negative_percent",
        text="营收增长率为-12.5%。",
        expected=(Exp("-12.5%", "percent", "%", "-0.125"),),
    ),
    Case(
        # U+2212 MINUS SIGN, as produced by PDF extraction
        id="negative_unicode_minus_sign",
        text="公司一季度净利润−2.1亿元。",
        expected=(Exp("−2.1亿元", "money", "CNY", "-210000000"),),
    ),
    Case(
        id="plus_sign_percent",
        text="报告期内AI算力云服务规模同比+192.31%。",
        expected=(Exp("+192.31%", "percent", "%", "1.9231"),),
    ),
    # ---- bare magnitudes (no digit, or no unit) ------------------------------------------
    Case(
        id="bare_bai_yi_hkd",
        text="多家公司回购金额均超百亿港元。",
        expected=(Exp("百亿港元", "money", "HKD", "10000000000", qualifier="lower"),),
    ),
    Case(
        id="bare_bai_yi_yuan_chao",
        text="公司营收超百亿元。",
        expected=(Exp("百亿元", "money", "CNY", "10000000000", qualifier="lower"),),
    ),
    Case(
        id="bare_qianyi_ji",
        text="重庆将打造六大千亿级特色优势产业集群。",
        expected=(Exp("千亿", "quantity", "", "100000000000", qualifier="approx"),),
    ),
    Case(
        id="bare_magnitude_users_no_unit",
        text="平台月活用户数达3亿。",
        expected=(Exp("3亿", "quantity", "", "300000000"),),
    ),
    Case(
        # JioNLP issue #252 (dongrixinyu/JioNLP#252): "本年度付息金额4120亿" (fixed there): 金额 makes it money
        id="jionlp_bare_yi_with_money_word",
        text="本年度付息金额4120亿",
        expected=(Exp("4120亿", "money", "CNY", "412000000000"),),
    ),
    Case(
        # JioNLP issue #252: a headline where 收购 makes the bare 四千万 a price
        id="jionlp_bare_siqianwan_headline",
        text="对赌收购引发的纷争落幕：基蛋生物四千万收购股份景川诊断摘牌",
        expected=(Exp("四千万", "money", "CNY", "40000000"),),
    ),
    Case(
        # JioNLP issue #252: a table header carries the unit ("发行总额（亿）10.00"); maintainers said a rule
        # cannot decide it -> must not raise
        id="jionlp_unit_in_header_no_crash",
        text="发行总额（亿）10.00",
        expected=None,
    ),
    Case(
        # w = 万 in informal writing
        id="w_for_wan",
        text="平台运营超2w张GPU卡。",
        expected=(Exp("2w张", "quantity", "张", "20000", qualifier="lower"),),
    ),
    # ---- percentages and percentage points -----------------------------------------------
    Case(
        id="percent_basic",
        text="瑞安房地产将拥有基金57.63%的合伙权益。",
        expected=(Exp("57.63%", "percent", "%", "0.5763"),),
    ),
    Case(
        id="percent_chinese_baifenzhi",
        text="持股比例为百分之五十。",
        expected=(Exp("百分之五十", "percent", "%", "0.5"),),
    ),
    Case(
        id="percent_chinese_with_decimal",
        text="毛利率为百分之三十五点五。",
        expected=(Exp("百分之三十五点五", "percent", "%", "0.355"),),
    ),
    Case(
        # cn2an issue #26 (Ailln/cn2an#26): gave 1.5699999999999998%; 九月九日 is a date
        id="cn2an_baifenzhi_float_error",
        text="创业板指九月九日早盘低开百分之一点五七",
        expected=(Exp("百分之一点五七", "percent", "%", "0.0157"),),
    ),
    Case(
        # Recognizers-Text issue #544 (microsoft/Recognizers-Text#544): "百分之七十百" became 7000%; 十天 is a
        # duration and 大于1 has no unit
        id="recognizers_baifenzhi_qishi_percentile",
        text="股票十天收盘价的百分之七十百分位大于1",
        expected=(Exp("百分之七十", "percent", "%", "0.7"),),
    ),
    Case(
        id="percentage_points",
        text="毛利率同比提升1.5个百分点。",
        expected=(Exp("1.5个百分点", "quantity", "个百分点", "1.5"),),
    ),
    Case(
        id="percentage_points_chinese",
        text="净利率同比下降两个百分点。",
        expected=(Exp("两个百分点", "quantity", "个百分点", "2"),),
    ),
    Case(
        id="percent_and_points_together",
        text="营收增长20%，净利率提升0.8个百分点。",
        expected=(
            Exp("20%", "percent", "%", "0.2"),
            Exp("0.8个百分点", "quantity", "个百分点", "0.8"),
        ),
    ),
    Case(
        id="percent_zero",
        text="公司营收同比增长0%。",
        expected=(Exp("0%", "percent", "%", "0"),),
    ),
    Case(
        id="percent_trailing_zero",
        text="算力业务收入占总营收比重2.20%。",
        expected=(Exp("2.20%", "percent", "%", "0.022"),),
    ),
    Case(
        id="percent_over_100",
        text="回购金额合计达2634.41亿港元，同比大幅增长108%。",
        expected=(
            Exp("2634.41亿港元", "money", "HKD", "263441000000"),
            Exp("108%", "percent", "%", "1.08"),
        ),
    ),
    Case(
        # Recognizers-Text issue #2257 (microsoft/Recognizers-Text#2257) as reported: 十分之一二手房 is ambiguous
        # (十分之一 / 十分之一二) -> must not raise
        id="recognizers_fenzhi_ambiguous_no_crash",
        text="北京地区十分之一二手房总价不超过350万，其中中心城区房源占比仅为0.49%",
        expected=None,
    ),
    Case(
        # Recognizers-Text issue #2257, adapted without the fraction: 总价 makes the bare 350万 money
        id="recognizers_zongjia_350wan_and_small_percent",
        text="北京地区二手房总价不超过350万，其中中心城区房源占比仅为0.49%",
        expected=(
            Exp("350万", "money", "CNY", "3500000", qualifier="upper"),
            Exp("0.49%", "percent", "%", "0.0049"),
        ),
    ),
    Case(
        # Recognizers-Text issue #2267 (microsoft/Recognizers-Text#2267): 千分之 / ‰ (per mille): not decided here
        id="recognizers_permille_no_crash",
        text="手续费率为5‰，即千分之五，另收万分之三的印花税。",
        expected=None,
    ),
    Case(
        id="fraction_two_thirds_no_crash",
        text="从2024财年到2025财年，资本支出（Capex）跃升了三分之二。",
        expected=None,
    ),
    # ---- quantities ----------------------------------------------------------------------
    Case(
        id="qty_wan_tons_approx",
        text="氯化钾产量约87.73万吨。",
        expected=(Exp("87.73万吨", "quantity", "吨", "877300", qualifier="approx"),),
    ),
    Case(
        id="qty_megawatt",
        text="截至2024年底，中国算力中心供给规模达2485MW。",
        expected=(Exp("2485MW", "quantity", "MW", "2485"),),
    ),
    Case(
        id="qty_gwh_lower",
        text="累计意向合作规模超35GWh。",
        expected=(Exp("35GWh", "quantity", "GWh", "35", qualifier="lower"),),
    ),
    Case(
        id="money_several_tens_of_scale_is_a_range",
        text="项目需投入数十亿元，另有几十万元的配套资金，海外融资数百万美元，年采购额达数千万元。",
        expected=(
            Exp("数十亿元", "money", "CNY", None, low="1000000000", high="10000000000", qualifier="range"),
            Exp("几十万元", "money", "CNY", None, low="100000", high="1000000", qualifier="range"),
            Exp("数百万美元", "money", "USD", None, low="1000000", high="10000000", qualifier="range"),
            Exp("数千万元", "money", "CNY", None, low="10000000", high="100000000", qualifier="range"),
        ),
    ),
    Case(
        id="money_neighbouring_numerals_are_a_range",
        text="估值约七八亿元，员工薪酬五六十万元，单笔投资十五六万元，另募集两三亿美元。",
        expected=(
            Exp("七八亿元", "money", "CNY", None, low="700000000", high="800000000", qualifier="range"),
            Exp("五六十万元", "money", "CNY", None, low="500000", high="600000", qualifier="range"),
            Exp("十五六万元", "money", "CNY", None, low="150000", high="160000", qualifier="range"),
            Exp("两三亿美元", "money", "USD", None, low="200000000", high="300000000", qualifier="range"),
        ),
    ),
    Case(
        id="neighbouring_numerals_without_an_amount",
        text="这一二十年里，三四家公司先后用了七八个月。",
        expected=(),
    ),
    Case(
        id="money_less_than_is_upper",
        text="净利润不到1亿元，现金不足5000万元，交易额未超过₩1000。",
        expected=(
            Exp("1亿元", "money", "CNY", "100000000", qualifier="upper"),
            Exp("5000万元", "money", "CNY", "50000000", qualifier="upper"),
            Exp("₩1000", "money", "KRW", "1000", qualifier="upper"),
        ),
    ),
    Case(
        id="negated_exceeding_is_upper_least_is_lower",
        text="减持数量没有超过1%，营收未达到3亿元，认购金额最低为100万元，最少募集5000万元。",
        expected=(
            Exp("1%", "percent", "%", "0.01", qualifier="upper"),
            Exp("3亿元", "money", "CNY", "300000000", qualifier="upper"),
            Exp("100万元", "money", "CNY", "1000000", qualifier="lower"),
            Exp("5000万元", "money", "CNY", "50000000", qualifier="lower"),
        ),
    ),
    Case(
        id="spaces_around_the_magnitude_as_in_pdf_text",
        text="募集资金人民币 5,000 万元，约 3.5 亿元用于扩产，新增产能 30 万吨，预计 35 亿至 40 亿元，另有 3 万余元。",
        expected=(
            Exp("人民币 5,000 万元", "money", "CNY", "50000000"),
            Exp("3.5 亿元", "money", "CNY", "350000000", qualifier="approx"),
            Exp("30 万吨", "quantity", "吨", "300000"),
            Exp("35 亿至 40 亿元", "money", "CNY", None, low="3500000000", high="4000000000", qualifier="range"),
            Exp("3 万余元", "money", "CNY", "30000", qualifier="lower"),
        ),
    ),
    Case(
        id="spaces_do_not_make_ranks_or_names_amounts",
        text="排名第 3 名，2024 万科年报发布。",
        expected=(),
    ),
    Case(
        id="percent_tenths_cheng",
        text="营收同比增长超三成，海外占比约两成，良率提升至5成，七八成的订单来自海外，九成以上为长单。",
        expected=(
            Exp("三成", "percent", "%", "0.3", qualifier="lower"),
            Exp("两成", "percent", "%", "0.2", qualifier="approx"),
            Exp("5成", "percent", "%", "0.5"),
            Exp("七八成", "percent", "%", None, low="0.7", high="0.8", qualifier="range"),
            Exp("九成", "percent", "%", "0.9", qualifier="lower"),
        ),
    ),
    Case(
        id="cheng_in_words_is_no_percent",
        text="政策一成不变，三成员国反对，公司完成3成交易。",
        expected=(),
    ),
    Case(
        id="qualifier_after_a_space",
        text="预计投资3亿元 左右。",
        expected=(Exp("3亿元", "money", "CNY", "300000000", qualifier="approx"),),
    ),
    Case(
        id="money_reaching_a_bare_scale_is_lower",
        text="订单金额上百亿元，单笔上千万元。",
        expected=(
            Exp("百亿元", "money", "CNY", "10000000000", qualifier="lower"),
            Exp("千万元", "money", "CNY", "10000000", qualifier="lower"),
        ),
    ),
    Case(
        id="several_without_an_amount",
        text="这几十年来，数十家企业参与其中。",
        expected=(),
    ),
    Case(
        id="qty_energy_density_as_written",
        text="于2028年推出400Wh/Kg的高比能全固态电池，量产电芯能量密度达300Wh/kg以上。",
        expected=(
            Exp("400Wh/Kg", "quantity", "Wh/Kg", "400"),
            Exp("300Wh/kg", "quantity", "Wh/kg", "300", qualifier="lower"),
        ),
    ),
    Case(
        id="qty_cell_capacity",
        text="公司314Ah储能电芯已量产，手机电池容量为5000mAh，单体能量1.1kWh。",
        expected=(
            Exp("314Ah", "quantity", "Ah", "314"),
            Exp("5000mAh", "quantity", "mAh", "5000"),
            Exp("1.1kWh", "quantity", "kWh", "1.1"),
        ),
    ),
    Case(
        id="qty_wan_cards",
        text="公司运营4万张GPU卡。",
        expected=(Exp("4万张", "quantity", "张", "40000"),),
    ),
    Case(
        id="qty_yi_units",
        text="2021年智能手机出货量为1.08亿台。",
        expected=(Exp("1.08亿台", "quantity", "台", "108000000"),),
    ),
    Case(
        id="qty_petaflops_p",
        text="拟在海南建设8192P算力中心。",
        expected=(Exp("8192P", "quantity", "P", "8192"),),
    ),
    Case(
        id="qty_pflops",
        text="智算中心总算力达到500PFlops。",
        expected=(Exp("500PFlops", "quantity", "PFlops", "500"),),
    ),
    Case(
        id="qty_eflops",
        text="全市智能算力规模达到100EFlops。",
        expected=(Exp("100EFlops", "quantity", "EFlops", "100"),),
    ),
    Case(
        # 千瓦 is the unit: value 100 (NOT 100 thousand 瓦)
        id="qty_qianwa_is_unit_not_magnitude",
        text="单机柜功率已突破100千瓦。",
        expected=(Exp("100千瓦", "quantity", "千瓦", "100", qualifier="lower"),),
    ),
    Case(
        # 千克 is the unit: value 5; contrast with 5千万元 where 千 is a magnitude
        id="qty_qianke_is_unit_not_magnitude",
        text="样品重5千克，研发投入5千万元。",
        expected=(
            Exp("5千克", "quantity", "千克", "5"),
            Exp("5千万元", "money", "CNY", "50000000"),
        ),
    ),
    Case(
        id="qty_vehicles",
        text="新能源汽车销量达1.2万辆。",
        expected=(Exp("1.2万辆", "quantity", "辆", "12000"),),
    ),
    Case(
        id="qty_sets",
        text="公司全年交付储能系统1200套。",
        expected=(Exp("1200套", "quantity", "套", "1200"),),
    ),
    Case(
        id="qty_households",
        text="项目服务用户3万户。",
        expected=(Exp("3万户", "quantity", "户", "30000"),),
    ),
    Case(
        id="qty_people_ren",
        text="公司员工总数达2000人。",
        expected=(Exp("2000人", "quantity", "人", "2000"),),
    ),
    Case(
        id="qty_people_ming",
        text="累计培训乡村教师5200名。",
        expected=(Exp("5200名", "quantity", "名", "5200"),),
    ),
    Case(
        id="qty_ge_lower",
        text="在建及规划项目超过500个。",
        expected=(Exp("500个", "quantity", "个", "500", qualifier="lower"),),
    ),
    Case(
        id="qty_wan_square_meters",
        text="总规划建筑面积38.8万平方米。",
        expected=(Exp("38.8万平方米", "quantity", "平方米", "388000"),),
    ),
    Case(
        id="qty_terawatt_hour",
        text="2026年锂电预计新增扩产接近1TWh。",
        expected=(Exp("1TWh", "quantity", "TWh", "1", qualifier="approx"),),
    ),
    Case(
        id="qty_yi_kwh",
        text="电站年发电量达12亿kWh。",
        expected=(Exp("12亿kWh", "quantity", "kWh", "1200000000"),),
    ),
    Case(
        id="qty_gigawatt",
        text="公司光伏装机容量达到5GW。",
        expected=(Exp("5GW", "quantity", "GW", "5"),),
    ),
    Case(
        id="qty_yi_shares",
        text="腾讯控股今年合计回购股份3.04亿股。",
        expected=(Exp("3.04亿股", "quantity", "股", "304000000"),),
    ),
    Case(
        id="qty_yu_jia_lower",
        text="社区迅速凝聚了150余家产业链核心单位。",
        expected=(Exp("150余家", "quantity", "家", "150", qualifier="lower"),),
    ),
    Case(
        id="qty_mw_list",
        text="1号楼（共22MW）已交付；2号、3号和5号楼（共68MW）即将装机完毕。",
        expected=(
            Exp("22MW", "quantity", "MW", "22"),
            Exp("68MW", "quantity", "MW", "68"),
        ),
    ),
    # ---- reported trailing-digit / glued-number bugs -------------------------------------
    Case(
        # JioNLP issue #49 (dongrixinyu/JioNLP#49): "3541.07万元2" was extracted and parsed as 200000.20;
        # 2.2 / 2.3 are section numbers
        id="jionlp_trailing_digit",
        text="2.2本计划投资3541.07万元2.3本项目……",
        expected=(Exp("3541.07万元", "money", "CNY", "35410700"),),
    ),
    Case(
        id="glued_letters_before_number",
        text="每百万输出tokens8元。",
        expected=(Exp("8元", "money", "CNY", "8"),),
    ),
    # ---- NOT amounts ---------------------------------------------------------------------
    Case(
        id="not_amount_year",
        text="公司成立于2025年。",
        expected=(),
    ),
    Case(
        id="not_amount_chinese_year",
        text="二〇二四年公司完成重组。",
        expected=(),
    ),
    Case(
        id="not_amount_month_day",
        text="公司于3月5日晚间发布公告。",
        expected=(),
    ),
    Case(
        id="not_amount_iso_date",
        text="股东大会定于2026-03-04召开。",
        expected=(),
    ),
    Case(
        # 逾期 contains the qualifier character 逾
        id="not_amount_slash_date_and_yuqi",
        text="截至2024/12/31，公司账面无逾期。",
        expected=(),
    ),
    Case(
        id="not_amount_time",
        text="会议于14:30在公司会议室召开。",
        expected=(),
    ),
    Case(
        id="not_amount_landline_phone",
        text="投资者热线：0755-82130833。",
        expected=(),
    ),
    Case(
        id="not_amount_mobile_phone",
        text="联系人手机：13812345678。",
        expected=(),
    ),
    Case(
        id="not_amount_stock_code_paren",
        text="宏景科技（301396）今日发布公告。",
        expected=(),
    ),
    Case(
        id="not_amount_stock_code_exchange_suffix",
        text="盐湖股份（000792.SZ）发布一季报。",
        expected=(),
    ),
    Case(
        id="not_amount_stock_code_bare",
        text="证券代码：300093  证券简称：金刚光伏",
        expected=(),
    ),
    Case(
        id="not_amount_rank",
        text="公司位列行业第7位。",
        expected=(),
    ),
    Case(
        id="not_amount_top_n",
        text="公司出货量位居行业前三。",
        expected=(),
    ),
    Case(
        id="not_amount_list_numbers",
        text="主要风险包括：1) 行业竞争加剧；2) 宏观经济波动。",
        expected=(),
    ),
    Case(
        id="not_amount_model_names",
        text="公司采购了H100、B300等GPU，并部署DeepSeek-V3与GPT-4模型。",
        expected=(),
    ),
    Case(
        id="not_amount_version_numbers",
        text="系统升级至v2.1.0版本，兼容Python 3.11。",
        expected=(),
    ),
    Case(
        id="not_amount_report_code",
        text="证券分析师：熊莉 S0980519030002",
        expected=(),
    ),
    Case(
        id="not_amount_idioms_yidaiyilu",
        text="公司积极参与一带一路建设，一方面拓展海外市场，另一方面加强研发，一些项目已落地。",
        expected=(),
    ),
    Case(
        # 千/百/万 inside idioms
        id="not_amount_idioms_qian_bai_wan",
        text="公司上下一心，千方百计确保万无一失。",
        expected=(),
    ),
    Case(
        # 亿/万/百/千 inside company names
        id="not_amount_magnitudes_in_company_names",
        text="亿纬锂能、万华化学、百度和千禾味业今日均发布公告。",
        expected=(),
    ),
    Case(
        id="not_amount_wanke_a",
        text="万科A今日发布公告。",
        expected=(),
    ),
    Case(
        id="not_amount_code_name_33618",
        text="重庆培育“33618”现代制造业集群体系。",
        expected=(),
    ),
    Case(
        id="not_amount_five_year_plan",
        text="今年是“十五五”规划开局之年。",
        expected=(),
    ),
    Case(
        id="not_amount_985_211",
        text="受助考生被985、211高校录取。",
        expected=(),
    ),
    Case(
        id="not_amount_5g_3d_a_shares",
        text="公司是A股首家5G模组厂商，并布局3D打印。",
        expected=(),
    ),
    Case(
        id="not_amount_section_numbers",
        text="详见本报告第3.2节及附注5。",
        expected=(),
    ),
    Case(
        id="not_amount_address",
        text="公司地址：深圳市福田区福华一路125号36层。",
        expected=(),
    ),
    Case(
        id="not_amount_index_names",
        text="以沪深300指数（000300.SH）和标普500指数为基准。",
        expected=(),
    ),
    Case(
        id="not_amount_quarter",
        text="2025年Q3数据中心建设提速。",
        expected=(),
    ),
    Case(
        id="not_amount_board_meeting_ordinals",
        text="公司召开第四届董事会第十八次会议。",
        expected=(),
    ),
    Case(
        id="not_amount_top20",
        text="行业Top20电池厂商排产数据。",
        expected=(),
    ),
    Case(
        id="not_amount_ratio_without_unit",
        text="确保PUE值不高于1.146。",
        expected=(),
    ),
    Case(
        id="not_amount_fund_partner_numbers",
        text="通过全资附属公司SODH及现有股东、基金、基金普通合伙人1和2达成合作。",
        expected=(),
    ),
    Case(
        # JioNLP issue #79 (dongrixinyu/JioNLP#79): "-w" raised ValueError inside extract_money
        id="jionlp_dash_w_no_amount",
        text="-w",
        expected=(),
    ),
    Case(
        id="not_amount_empty_text",
        text="",
        expected=(),
    ),
    # ---- robustness: only "must not raise" -----------------------------------------------
    Case(
        id="garbage_magnitudes_no_crash",
        text="亿亿亿万万万元元元",
        expected=None,
    ),
    Case(
        id="digit_list_with_magnitude_no_crash",
        text="1,2,3,4,5万元",
        expected=None,
    ),
    Case(
        id="lone_signs_and_units_no_crash",
        text="约%元/至-~万亿¥US$",
        expected=None,
    ),
)
