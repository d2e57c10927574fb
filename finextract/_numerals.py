"""Turn the number part of an amount into a Decimal.

Arabic figures are read with :class:`decimal.Decimal`; Chinese numerals (一亿, 三千五百万,
壹仟叁佰玖拾万陆仟零伍) go through ``cn2an``, imported on first use so that importing finextract
stays cheap.

>>> arabic_value("311,520,391.21")
Decimal('311520391.21')
>>> chinese_value("三千五百万")
Decimal('35000000')
>>> scale_by_magnitude(Decimal("1.2"), "万亿")
Decimal('1200000000000.0')
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

# Full-width forms mapped to ASCII one character for one, so offsets do not move.
FULLWIDTH_CHARS = "０１２３４５６７８９．％～－＋／ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
FULLWIDTH_TO_ASCII = str.maketrans(FULLWIDTH_CHARS, "0123456789.%~-+/ABCDEFGHIJKLMNOPQRSTUVWXYZ")

MAGNITUDES: dict[str, int] = {
    "w": 10_000,  # 2w张: informal 万
    "十": 10,
    "拾": 10,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
    "万": 10_000,
    "萬": 10_000,
    "亿": 100_000_000,
    "億": 100_000_000,
}

CHINESE_DIGITS = "零〇一二两三四五六七八九壹贰贰叁肆伍陆柒捌玖"
_DIGIT_VALUE: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}

# Arabic figures longer than this are not amounts (and would make Decimal work hard).
MAX_DIGITS = 24


def arabic_value(figure: str) -> Decimal | None:
    """Read an ASCII figure with optional thousands separators (``,`` or ``，``)."""
    cleaned = figure.replace(",", "").replace("，", "")
    if len(cleaned) > MAX_DIGITS:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def scale_by_magnitude(value: Decimal, magnitude: str) -> Decimal:
    """Multiply by every magnitude character in turn (5千万 → 5 × 千 × 万)."""
    for char in magnitude:
        value *= MAGNITUDES[char]
    return value


def magnitude_factor(magnitude: str) -> int:
    """The product of a run of magnitude characters (千万 → 10**7)."""
    factor = 1
    for char in magnitude:
        factor *= MAGNITUDES[char]
    return factor


@lru_cache(maxsize=4096)
def chinese_value(numeral: str) -> Decimal | None:
    """Convert a Chinese numeral (optionally with 点 decimals) using cn2an.

    Returns ``None`` for strings that are not a well-formed numeral.
    """
    import cn2an  # imported here: cn2an takes ~0.3 s to import

    integer_part, _, fraction = numeral.partition("点")
    if not integer_part or len(numeral) > MAX_DIGITS:
        return None
    try:
        whole = cn2an.cn2an(integer_part, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if not isinstance(whole, int):
        return None
    value = Decimal(whole)
    if fraction:
        if any(char not in _DIGIT_VALUE for char in fraction):
            return None
        digits = "".join(str(_DIGIT_VALUE[char]) for char in fraction)
        value += Decimal(digits).scaleb(-len(digits))
    return value


def neighbour_numerals(numeral: str) -> tuple[str, str] | None:
    """The two numerals that two neighbouring digits stand for (七八亿 = 七亿 to 八亿), or ``None``.

    Chinese writes an estimate as two neighbouring digits: 五六十万 is 五十万 to 六十万, 十五六万 is
    十五万 to 十六万. Only the first such pair counts; the digits must be consecutive and rising.

    >>> neighbour_numerals("五六十万"), neighbour_numerals("十五六万"), neighbour_numerals("两三亿")
    (('五十万', '六十万'), ('十五万', '十六万'), ('两亿', '三亿'))
    >>> neighbour_numerals("五十万") is None, neighbour_numerals("七五亿") is None
    (True, True)
    """
    for index in range(len(numeral) - 1):
        first = _DIGIT_VALUE.get(numeral[index])
        second = _DIGIT_VALUE.get(numeral[index + 1])
        if first is None or second is None:
            continue
        if first >= 1 and second == first + 1:
            return numeral[: index + 1] + numeral[index + 2 :], numeral[:index] + numeral[index + 1 :]
        return None
    return None


def compound_value(figure: str) -> Decimal | None:
    """Arabic figures mixed with magnitudes (3万4000, 25万6千, 2千零30万) via cn2an's smart mode."""
    import cn2an

    try:
        value = cn2an.cn2an(figure, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return Decimal(value) if isinstance(value, int) else None


_SUB_UNITS = {"角": Decimal("0.1"), "毛": Decimal("0.1"), "分": Decimal("0.01")}


def subunit_value(text: str) -> Decimal:
    """The 角/毛/分 tail of a 元 amount (五角八分 → 0.58, 1角1分 → 0.11)."""
    total = Decimal(0)
    digit = None
    for char in text:
        if char.isdigit():
            digit = int(char)
        elif char in _DIGIT_VALUE:
            digit = _DIGIT_VALUE[char]
        elif char in _SUB_UNITS and digit is not None:
            total += digit * _SUB_UNITS[char]
            digit = None
    return total


def last_place(numeral: str) -> int:
    """The place value of a Chinese numeral's last unit (三十 → 10, 两百 → 100, 五 → 1).

    Used for 三十几 (30–40) style ranges.
    """
    for char in reversed(numeral):
        if char in MAGNITUDES:
            return MAGNITUDES[char]
        if char in _DIGIT_VALUE:
            return 1
    return 1
