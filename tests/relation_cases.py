# ruff: noqa: E501 - a data table: one case per line reads best
"""Table of relation cases: a sentence, the companies it names, and every relation expected (full records).

Each expected relation lists type, subject, object, seller, target, amount (decimal string), qualifier,
share, term_months and status; fields left out are expected to be null.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def R(type_: str, subject: str | None, **fields: Any) -> dict[str, Any]:
    record = {
        "type": type_, "subject": subject, "object": None, "seller": None, "target": None, "amount": None,
        "qualifier": None, "share": None, "term_months": None, "status": "unknown",
    }
    if "amount" in fields and "qualifier" not in fields:
        fields["qualifier"] = "exact"
    record.update(fields)
    return record


@dataclass(frozen=True)
class Case:
    text: str
    companies: tuple[str, ...] = ()
    expected: list[dict[str, Any]] = field(default_factory=list)


CASES = [
    # -- contract --------------------------------------------------------------------------------
    Case("星河科技与X公司于近日签署了《算力服务合同》，合同总金额为40,908万元，合同期限为三年。", ("星河科技", "X公司"),
         [R("contract", "星河科技", object="X公司", amount="409080000", term_months=36, status="completed")]),
    Case("- 星河科技：公司与中国移动宁夏公司签署《框架协议》，本框架协议含税总金额上限为人民币311,520,391.21元。",
         ("星河科技", "中国移动宁夏公司"),
         [R("contract", "星河科技", object="中国移动宁夏公司", amount="311520391.21", qualifier="upper")]),
    Case("云帆数据与Y公司经友好协商签署了《智算项目服务合同》，合同总金额为72,089.60万元（含税价），合同期限为五年。",
         ("云帆数据", "Y公司"),
         [R("contract", "云帆数据", object="Y公司", amount="720896000", term_months=60, status="completed")]),
    Case("海川智能与Z公司签订《算力服务合同》，合同总金额为3.32亿元，合同约定的服务期限为60个月。", ("海川智能", "Z公司"),
         [R("contract", "海川智能", object="Z公司", amount="332000000", term_months=60)]),
    Case("北辰信息与客户签订了产品销售合同。总金额为人民币0.48亿，公司为客户提供AI应用服务。", ("北辰信息",),
         [R("contract", "北辰信息", amount="48000000", status="completed")]),
    Case("蓝海网络中标某运营商项目，中标金额为1.2亿元，服务期限3年。", ("蓝海网络",),
         [R("contract", "蓝海网络", amount="120000000", term_months=36)]),
    Case("明石科技与某公司正式签署业务体量约60亿元的《算力产业合作协议》。", ("明石科技", "某公司"),
         [R("contract", "明石科技", object="某公司", amount="6000000000", qualifier="approx", status="completed")]),
    Case("东岳云与云粒网络签署了《算力云服务协议》，协议总金额（含税）为3.03亿元人民币。", ("东岳云", "云粒网络"),
         [R("contract", "东岳云", object="云粒网络", amount="303000000", status="completed")]),
    Case("长风科技与华泰客户签订长期服务协议，服务期限为五年。", ("长风科技", "华泰客户"),
         [R("contract", "长风科技", object="华泰客户", term_months=60)]),
    Case("- 长风科技：该项目成功锚定了终端客户长达60个月的算力服务长单。", ("长风科技",),
         [R("contract", "长风科技", term_months=60, status="completed")]),
    Case("金岭电子获得一笔订单，订单金额为5,000万元。", ("金岭电子",),
         [R("contract", "金岭电子", amount="50000000")]),
    Case("远航科技与甲公司签订价值约2亿元的销售合同。", ("远航科技", "甲公司"),
         [R("contract", "远航科技", object="甲公司", amount="200000000", qualifier="approx")]),
    # -- contract: negatives ----------------------------------------------------------------------
    Case("- 星河科技：公司算力租赁订单持续落地，主要客户包括X客户、Y客户，合计披露订单总额为34.87亿元。",
         ("星河科技", "X客户", "Y客户"), []),
    Case("星河科技与某高校签订战略合作协议，双方将在人才培养方面开展合作。", ("星河科技",), []),
    Case("星河科技与海川智能签署《合资协议》，合资公司注册资本为1亿元。", ("星河科技", "海川智能"), []),
    Case("公司在执行的算力服务合同，期限均在36个月以上。", (), []),
    Case("星河科技于2024年与X公司签署的《算力服务合同》已终止，合同总金额为3亿元。", ("星河科技", "X公司"),
         [R("contract", "星河科技", object="X公司", amount="300000000", status="terminated")]),
    # -- government counterparties -----------------------------------------------------------------
    Case("星河科技与贵阳市人民政府签署合作协议，合同金额10亿元。", ("星河科技", "贵阳市人民政府"),
         [R("contract", "星河科技", amount="1000000000")]),
    Case("最终该地块由金帝置业有限公司以总价11.03亿元竞得。", ("金帝置业有限公司",),
         [R("purchase", "金帝置业有限公司", amount="1103000000", status="completed")]),
    Case("华远地产以总价6.82亿元竞得该地块，成交楼面价27140元/平方米。", ("华远地产",),
         [R("purchase", "华远地产", amount="682000000", status="completed")]),
    Case("原运河新城单元地块以总价11.57亿元竞得，溢价率55.91%。", (), []),
    # -- purchase ---------------------------------------------------------------------------------
    Case("协力数据拟向多家供应商（以下合并简称“X”）采购服务器，采购合同总金额预计不超过人民币110.00亿元。",
         ("协力数据", "X"),
         [R("purchase", "协力数据", object="X", amount="11000000000", qualifier="upper", status="planned")]),
    Case("盛达科技公告拟分批采购总额不超过11亿元的IT设备及零部件。", ("盛达科技",),
         [R("purchase", "盛达科技", amount="1100000000", qualifier="upper", status="planned")]),
    Case("盛达科技拟购买不超过60亿元IT设备及零部件，合计71亿元。", ("盛达科技",),
         [R("purchase", "盛达科技", amount="6000000000", qualifier="upper", status="planned")]),
    Case("杰远智能拟以不超过40亿元购买IT设备及零配件。", ("杰远智能",),
         [R("purchase", "杰远智能", amount="4000000000", qualifier="upper", status="planned")]),
    Case("广州奥德与上海域新签署《采购框架合同》，向上海域新采购GPU服务器，预计采购金额不超过90,000万元。",
         ("广州奥德", "上海域新"),
         [R("purchase", "广州奥德", object="上海域新", amount="900000000", qualifier="upper"),
          R("contract", "上海域新", object="广州奥德", amount="900000000", qualifier="upper")]),
    Case("恒远智算已与坤元计算机科技有限公司签订价值近4亿元的服务器采购合同。", ("恒远智算", "坤元计算机科技有限公司"),
         [R("purchase", "恒远智算", object="坤元计算机科技有限公司", amount="400000000", qualifier="approx",
            status="completed"),
          R("contract", "坤元计算机科技有限公司", object="恒远智算", amount="400000000", qualifier="approx",
            status="completed")]),
    Case("- 星河科技：本项目拟建设智算中心，计划项目投资总额28,020.00万元，其中算力服务器采购投资2.1亿元。",
         ("星河科技",),
         [R("purchase", "星河科技", amount="210000000", status="planned")]),
    Case("公司最近十二个月购买资产累计金额为人民币22.17亿元。", (), []),
    Case("现金券可用于购买符合条件的算力服务，总额1亿元。", (), []),
    Case("星河科技拟开展融资租赁业务，交易总额预计不超过200亿元。", ("星河科技",), []),
    # -- equity_stake -----------------------------------------------------------------------------
    Case("智联科技以货币资金出资1,020万元，持有腾云科技51%的股权。", ("智联科技", "腾云科技"),
         [R("investment", "智联科技", object="腾云科技", amount="10200000"),
          R("equity_stake", "智联科技", object="腾云科技", share="0.51")]),
    Case("华润置业通过全资附属公司华润投资拥有基金57.63%的合伙权益。", ("华润置业", "华润投资"),
         [R("equity_stake", "华润置业", share="0.5763")]),
    Case("天启科技持有目标公司20%的股权。", ("天启科技",),
         [R("equity_stake", "天启科技", share="0.2")]),
    Case("公司持有视远云的股份比例由17.6471%增加至51%，视远云将成为公司的控股子公司。", ("视远云",), []),
    Case("- 东方信科：公司持有视远云的股份比例由17.6471%增加至51%。", ("东方信科", "视远云"),
         [R("equity_stake", "东方信科", object="视远云", share="0.176471"),
          R("equity_stake", "东方信科", object="视远云", share="0.51")]),
    Case("- 东方信科：腾云科技成立于2024年1月，系公司持股51%的控股子公司。", ("东方信科", "腾云科技"),
         [R("equity_stake", "东方信科", object="腾云科技", share="0.51")]),
    Case("高盛持有大量科技股。", (), []),
    Case("中电电气拟将其持有的全资子公司上海熠明100%股权转让给天津紫星，交易总价约为14106.6万元。",
         ("中电电气", "上海熠明", "天津紫星"),
         [R("equity_stake", "中电电气", object="上海熠明", share="1", status="planned"),
          R("equity_transfer", "天津紫星", seller="中电电气", target="上海熠明", amount="141066000",
            qualifier="approx", share="1", status="planned")]),
    # -- equity_transfer --------------------------------------------------------------------------
    Case("富达新材拟以65.84万元的价格将富达精密70%股权全部转让给赵一强。", ("富达新材", "富达精密"),
         [R("equity_transfer", "赵一强", seller="富达新材", target="富达精密", amount="658400", share="0.7",
            status="planned")]),
    Case("东方信科拟以1.34亿元购买参股公司视远科技33.35%股权。", ("东方信科", "视远科技"),
         [R("equity_transfer", "东方信科", target="视远科技", amount="134000000", share="0.3335",
            status="planned")]),
    Case("弘达电子公告称，拟以现金方式收购安联达100%股份。", ("弘达电子", "安联达"),
         [R("equity_transfer", "弘达电子", target="安联达", share="1", status="planned")]),
    Case("天诺科技披露，拟以不超过1亿元现金收购上海巨丰100%股权。", ("天诺科技",),
         [R("equity_transfer", "天诺科技", target="上海巨丰", amount="100000000", qualifier="upper", share="1",
            status="planned")]),
    Case("恒信股份公告称，拟投资收购新疆恒达智算科技有限公司。", ("恒信股份", "新疆恒达智算科技有限公司"),
         [R("equity_transfer", "恒信股份", target="新疆恒达智算科技有限公司", status="planned")]),
    Case("天元科技受让启明星耀75%股权。", ("天元科技", "启明星耀"),
         [R("equity_transfer", "天元科技", target="启明星耀", share="0.75")]),
    Case("金山能源向华电能源有限公司出售铁岭发电有限公司100%股权及阜新热电有限公司51%股权。",
         ("金山能源", "华电能源有限公司", "铁岭发电有限公司", "阜新热电有限公司"),
         [R("equity_transfer", "华电能源有限公司", seller="金山能源", target="铁岭发电有限公司", share="1"),
          R("equity_transfer", "华电能源有限公司", seller="金山能源", target="阜新热电有限公司", share="0.51")]),
    Case("顾远科技转让全资子公司梦想旅游开发有限公司100%股权。", ("顾远科技", "梦想旅游开发有限公司"),
         [R("equity_transfer", None, seller="顾远科技", target="梦想旅游开发有限公司", share="1")]),
    Case("- 京华智农：公司拟通过协议转让方式向麻长风先生转让5%股份。", ("京华智农",),
         [R("equity_transfer", "麻长风", target="京华智农", share="0.05", status="planned")]),
    Case("星河科技终止收购蓝天科技100%股权。", ("星河科技", "蓝天科技"),
         [R("equity_transfer", "星河科技", target="蓝天科技", share="1", status="terminated")]),
    Case("瑞丰地产转让佛山瑞丰及佛山安丰各自的100%股权，总对价约34.9亿元。", ("瑞丰地产", "佛山瑞丰", "佛山安丰"),
         [R("equity_transfer", None, seller="瑞丰地产", target="佛山瑞丰", amount="3490000000",
            qualifier="approx", share="1"),
          R("equity_transfer", None, seller="瑞丰地产", target="佛山安丰", amount="3490000000",
            qualifier="approx", share="1")]),
    # -- investment -------------------------------------------------------------------------------
    Case("证达电子公告称，公司拟以自有资金投资1亿元在武汉设立全资子公司。", ("证达电子",),
         [R("investment", "证达电子", amount="100000000", status="planned")]),
    Case("金玻科技拟使用自筹资金1000万元对外投资设立北京金算科技服务有限公司。", ("金玻科技", "北京金算科技服务有限公司"),
         [R("investment", "金玻科技", object="北京金算科技服务有限公司", amount="10000000", status="planned")]),
    Case("- 宏达科技：公司拟与深海之光（北京）、上海莘远共同向深海之光（青海）进行增资，其中公司拟使用自有资金增资1,000万元。",
         ("宏达科技",),
         [R("investment", "宏达科技", object="深海之光（青海）", amount="10000000", status="planned"),
          R("investment", "深海之光（北京）", object="深海之光（青海）", status="planned"),
          R("investment", "上海莘远", object="深海之光（青海）", status="planned")]),
    Case("- 东方信科：公司拟与顺义金融合资设立临空智慧港科技有限公司。临空智慧港科技有限公司的注册资本为3亿元人民币，"
         "公司认缴出资9,000万元人民币，持股比例30%。",
         ("东方信科", "临空智慧港科技有限公司"),
         [R("investment", "东方信科", object="临空智慧港科技有限公司", amount="90000000", status="planned"),
          R("investment", "顺义金融", object="临空智慧港科技有限公司", status="planned"),
          R("equity_stake", "东方信科", object="临空智慧港科技有限公司", share="0.3")]),
    Case("- 利达电子：公司对世纪利达以增资方式对项目公司投资人民币45,000万元，增资完成后公司持有项目公司90%股权。",
         ("利达电子",),
         [R("investment", "利达电子", object="世纪利达", amount="450000000"),
          R("equity_stake", "利达电子", object="世纪利达", share="0.9", status="completed")]),
    Case("- 利达电子：拟通过全资子公司利达控股（新加坡）对外投资5,000万美元，折合人民币约36,000万元。", ("利达电子",),
         [R("investment", "利达电子", amount="50000000", status="planned")]),
    Case("- 奥维电子：公司同时还成立了京海智联打造推理算力网络平台。", ("奥维电子",),
         [R("investment", "奥维电子", object="京海智联", status="completed")]),
    Case("Alpha Capital, LLC旗下基金出资成立的子公司Beta World, LLC签订协议。", ("Alpha Capital, LLC", "Beta World, LLC"),
         [R("investment", "Alpha Capital, LLC", object="Beta World, LLC", status="completed")]),
    Case("金刚新能全资子公司上海金玻拟使用自筹资金500万元对外投资设立北京金数科技有限公司。",
         ("金刚新能", "上海金玻", "北京金数科技有限公司"),
         [R("investment", "上海金玻", object="北京金数科技有限公司", amount="5000000", status="planned")]),
    Case("- 星河科技：本项目拟使用募集资金20,941.41万元用于投资新项目。", ("星河科技",), []),
    Case("世纪光电拟投资50,000万元投资并运营AI算力相关项目。", ("世纪光电",), []),
    Case("公司计划未来三年投资50亿元用于算力建设。", (), []),
    Case("龙腾科技成立二十余年，深耕智能产品领域。", ("龙腾科技",), []),
    Case("贵州拟发放总额1亿元的算力券，支持企业购买算力服务。", (), []),
    # -- passages: table rows and bullets, repeated facts --------------------------------------------
    Case("日期\t公告\t主要内容\t合同期限\t实施主体\n"
         "2025年4月1日\t《星河科技：关于签署合同的公告》\t公司与X公司签署《算力服务合同》，合同总金额为1.2亿元\t25个月\t星河科技\n",
         ("星河科技", "X公司"),
         [R("contract", "星河科技", object="X公司", amount="120000000", term_months=25)]),
    Case("日期\t公告\t主要内容\t合同期限\t实施主体\n"
         "2025年5月27日\t《明石科技:关于全资子公司签署协议的公告》\t明石技术近日与某公司签署《算力产业合作协议》，双方开展合作。\t五年\t明石技术\n",
         ("明石科技", "某公司"),
         [R("contract", "明石技术", object="某公司", term_months=60)]),
    Case("星河科技与X公司签署合同，合同总金额为1亿元。\n\n星河科技与X公司签署合同，合同总金额为1亿元。\n",
         ("星河科技", "X公司"),
         [R("contract", "星河科技", object="X公司", amount="100000000")]),
    Case("- 星河科技：2025年，公司向特定对象募集13亿元。\n"
         "日期\t公告\t主要内容\t实施主体\n"
         "2025年3月8日\t《星河科技：关于购买资产的公告》\t公司拟向供应商采购服务器，采购合同总金额预计1.5亿元\t星河科技\n"
         "2025年9月8日\t《星河科技：关于购买资产的公告》\t公司拟向供应商采购服务器，采购合同总金额预计1.5亿元\t星河科技\n",
         ("星河科技",),
         [R("purchase", "星河科技", amount="150000000", status="planned"),
          R("purchase", "星河科技", amount="150000000", status="planned")]),
    Case("- 宏达科技：公司2024年7月向深海之光（青海）增资（增资后持股20%）。\n"
         "日期\t公告\t主要内容\t实施主体\n"
         "2024年7月8日\t《宏达科技：关于对外投资的公告》\t公司拟使用自有资金向深海之光（青海）增资1,000万元，本次增资完成后，公司将持有目标公司20%的股权。\t宏达科技\n",
         ("宏达科技",),
         [R("investment", "宏达科技", object="深海之光（青海）", amount="10000000", status="planned"),
          R("equity_stake", "宏达科技", object="深海之光（青海）", share="0.2", status="completed")]),
]
