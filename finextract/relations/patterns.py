"""The compiled regular expressions of the relations package, built once per process on first use.

Nothing is compiled at import time: :func:`patterns` compiles every expression the rules of
:mod:`finextract.relations.extract`, :mod:`~finextract.relations.passages` and
:mod:`~finextract.relations.terms` use on its first call and returns the same object after.

>>> rx = patterns()
>>> rx is patterns(), bool(rx.any_trigger.search("拟收购上海巨融100%股权")), rx.any_trigger.search("营收增长")
(True, True, None)
"""

from __future__ import annotations

import re
from functools import cache

from .._pattern_trie import PatternTrie
from . import lexicon as lx

# A name captured in an argument slot (a party the company recogniser did not know).
NAME = r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z（）()·]{1,15}?"
_NUMERAL = r"\d+|[一二两三四五六七八九十]+"
# 通过全资子公司: acting through a subsidiary (``instrument`` when it ends the text before a party).
_THROUGH_SUBSIDIARY = r"通过(?:其)?(?:间接)?(?:全资|控股)?(?:附属公司|子公司|孙公司)"


class Patterns:
    """Every compiled expression of the rules, as attributes (see the source for each one)."""

    def __init__(self) -> None:
        c = re.compile
        # -- triggers and the lexicon ------------------------------------------------------------
        self.any_trigger = c(lx.ANY_TRIGGER)
        # The same words, found in one walk (passages.trigger_starts).
        self.trigger_words = PatternTrie(lx.ANY_TRIGGER_WORDS)
        # Words every match of a rule's triggers holds (a sentence without one skips the rule).
        self.transfer_trigger = c(r"收购|购买|受让|买入|转让|出售")
        self.invest_trigger = c(r"设立|成立|投资|出资|增资|认缴|注资|入股")
        self.transfer_buy = c(lx.TRANSFER_BUY)
        self.transfer_sell = c(lx.TRANSFER_SELL)
        self.equity = c(lx.EQUITY_WORDS)
        self.stake = c(lx.STAKE)
        self.invest = c(lx.INVEST)
        self.purchase = c(lx.PURCHASE)
        self.contract = c(lx.CONTRACT)
        self.sign = c(lx.SIGN)
        self.not_company = c(lx.NOT_A_COMPANY)
        self.anaphor = c(lx.OBJECT_ANAPHORS)
        self.descriptor = c(rf"(?:了)?(?:{lx.DESCRIPTORS})")
        self.leading_descriptor = c(rf"^(?:{lx.DESCRIPTORS})")
        # -- amounts and their cues ----------------------------------------------------------------
        self.cue = c(rf"(?:{lx.CUE_PATTERN}){lx.CUE_FILLER}$")
        self.cue_word = c(lx.CUE_PATTERN)
        self.aggregate = c(rf"(?:{lx.AGGREGATE})[^，。；,]{{0,8}}$")
        self.clause_split = c(r"[，,；;]")
        self.by_means = c(r"以(?:人民币|现金)?(?:不超过|不高于|约|近|最高|合计)?$")
        self.buys_equity = c(r"(?:收购|受让|购买).{0,16}(?:股权|股份)")
        self.buy_word = c(r"采购|购买|购置|竞得")
        self.invest_word = c(r"投资|设立|增资|出资")
        self.converted = c(r"(?:折合|约合|相当于)(?:人民币|美元)?(?:约)?$")
        # -- parties -------------------------------------------------------------------------------
        self.title = c(r"《[^》]*》")
        self.pronoun = c(r"本公司|该公司|公司")
        self.instrument = c(_THROUGH_SUBSIDIARY + "$")
        self.alias = c(r"简称[“\"]?$")
        self.alias_of_prep = c(r"向[^，。；向]{0,10}[（(]以下(?:合并)?简称[“\"]?$")
        self.partner = c(r"(?:与|和|同|跟)$")
        self.prep = c(r"(?:向|对|为)$")
        self.list = c(r"(?:、|及|以及|和)$")
        self.subsidiary_name = c(
            r"(?:子公司|孙公司)([\u4e00-\u9fffA-Za-z（）()]{2,10}?)(?=与|拟|于|以|向|将|近日|已|签)"
        )
        self.person = c(r"([\u4e00-\u9fff]{2,3})(?:先生|女士)")
        self.person_after = c(rf"(?:{NAME})(?=先生|女士|[，,。；;]|$)")
        self.owner = c(r"旗下[^，。；]{0,4}$")
        self.through = c(_THROUGH_SUBSIDIARY)
        self.listed = c(r"(?:\d+(?:\.\d+)?%)?(?:的)?(?:股权|股份)?(?:[、及和与]|以及)")
        self.partners = c(r"与([^，。；与]{2,40}?)(?:共同|合资|一起|于|经|签署|签订)")
        self.partner_split = c(r"[、及和]")
        self.actor_split = c(r"[、，,；;]")
        self.subsidiary_prefix = c(r"^(?:其)?(?:持有的)?(?:全资|控股)?子公司")
        self.captured_prep = c(r"(?:向|对)([^，。；向对]{2,14}?)(?=以|进行|实施|增资|投资|注资|出资|$)")
        self.implausible = c(
            r"\d|[，,。；;：:“”\"《》\s]|公司$|合同|协议|股权|股份|资金|方式|项目|业务|^[的其拟将向与]"
        )
        # -- rules ---------------------------------------------------------------------------------
        self.clause_break = c(r"[，,；;。]")
        self.clause_end = c(r"[，。；,;]")  # where a relation's evidence may stop
        self.ratio_change = c(r"[^，。；]{0,12}?比例由")
        self.subscribe = c(r"认缴")
        self.created_name = c(rf"了?({NAME})(?=[，。；,;（(]|打造|作为|用于|并|为)")
        self.unnamed = c(r"(?:了)?(?:全资|控股)?(?:子公司|孙公司|公司|合资公司)")
        self.holds = c(r"持有")
        self.jointly = c(r"共同|合资|双方")
        self.used_for = c(r"用于|可用于|支持")
        self.purchase_contract = c(r"采购(?:框架)?(?:合同|协议)")
        self.term_phrase = c(r"(?:期限|长达|为期)[^，。；]{0,8}?(?:个月|年)")
        # -- passages and sentences (passages.py) ----------------------------------------------------
        self.bullet = c(r"[-•●■·▪◆]\s*|\d+[.、)）]\s*|[（(]\d+[)）]\s*")
        # A whole sentence: everything up to and with the next sentence end (or to the passage's end).
        self.sentence = c(r"[^。！？!?；;\n]*(?:[。！？!?；;]+|\n)|[^。！？!?；;\n]+")
        # A sentence that opens with a value cue continues the one before it (…销售合同。总金额为…).
        self.continues = c(r"\s*(?:合同|协议|本次交易|交易)?(?:含税)?(?:总金额|总价|总对价|交易总价|交割金额)")
        self.value_word = c(r"总金额|总价|总对价|交割金额")  # what every ``continues`` match holds
        self.row_title = c(r"《([^《》：:]{2,30})[：:]")
        self.clause_mark = c(r"[，,、]")
        self.head = c(r"\**([^：:，。,\s*]{2,20}?)\**[：:]")
        # -- terms and status (terms.py) -------------------------------------------------------------
        self.term = c(rf"(?:期限|长达|为期|期限为|服务期)(?:为|是|约|共)?\s*({_NUMERAL})\s*(个月|年)")
        self.bare_term = c(rf"^\s*({_NUMERAL})\s*(个月|年)\s*$")
        self.terminated = c(lx.TERMINATED)
        self.planned = c(lx.PLANNED)
        self.completed = c(lx.COMPLETED)


@cache
def patterns() -> Patterns:
    """The rules' compiled expressions (compiled on the first call, then shared)."""
    return Patterns()
