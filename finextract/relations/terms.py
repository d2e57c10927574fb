"""Contract terms in months and deal status from the words around a trigger.

>>> find_term("合同总金额为40,908万元，合同期限为三年")
36
>>> find_term("服务期限5年"), find_term("长达60个月（5年）"), find_term("25个月"), find_term("期限均在36个月以上")
(60, 60, 25, None)
>>> status_of("公司拟以现金方式收购", 7).value, status_of("于近日签署了《合同》", 6).value
('planned', 'completed')
"""

from __future__ import annotations

from .model import RelationStatus
from .patterns import patterns

_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    if numeral == "十":
        return 10
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    return _DIGITS.get(numeral, 0)


def _months(numeral: str, unit: str) -> int:
    return _number(numeral) * (12 if unit == "年" else 1)


def find_term(text: str) -> int | None:
    """The first stated term (期限为三年 → 36), or a bare cell value ("25个月"), in months."""
    rx = patterns()
    match = rx.term.search(text) or rx.bare_term.match(text)
    return _months(match.group(1), match.group(2)) if match else None


_TERMINATED = RelationStatus.TERMINATED
_PLANNED = RelationStatus.PLANNED
_COMPLETED = RelationStatus.COMPLETED
_UNKNOWN = RelationStatus.UNKNOWN


def status_of(sentence: str, trigger: int) -> RelationStatus:
    """Status from the sentence (终止 anywhere) and the words before the trigger at ``trigger``."""
    rx = patterns()
    if rx.terminated.search(sentence):
        return _TERMINATED
    low = trigger - 30 if trigger > 30 else 0
    if rx.planned.search(sentence, low, trigger):
        return _PLANNED
    if rx.completed.search(sentence, low, trigger + 6):
        return _COMPLETED
    return _UNKNOWN
