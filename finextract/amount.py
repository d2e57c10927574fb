"""The typed result of amount normalisation.

>>> from decimal import Decimal
>>> a = Amount("40,908万元", 12, 21, AmountKind.MONEY, Decimal("409080000"), None, None, "CNY")
>>> a.to_dict()["value"]
'409080000'
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any


class AmountKind(StrEnum):
    """What an amount measures."""

    MONEY = "money"
    PERCENT = "percent"
    QUANTITY = "quantity"


class Qualifier(StrEnum):
    """How the stated figure relates to the true one (约 → approx, 不超过 → upper…)."""

    EXACT = "exact"
    APPROX = "approx"
    UPPER = "upper"
    LOWER = "lower"
    RANGE = "range"


def decimal_to_str(value: Decimal | None) -> str | None:
    """Write a Decimal as a plain decimal string (no exponent, no trailing zeros).

    >>> decimal_to_str(Decimal("3.4900E+9"))
    '3490000000'
    >>> decimal_to_str(Decimal("0.5000"))
    '0.5'
    """
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount found in a text.

    ``start``/``end`` are end-exclusive character offsets: ``text == source[start:end]``.
    ``value`` is in base units (元, not 万元; 0.5763 for 57.63%); for a range it is ``None``
    and ``low``/``high`` hold the ends. ``unit`` is an ISO-4217 code for money, ``%`` for
    percentages and the measure word for quantities (``""`` when none is written).
    ``per`` is the denominator of a per-unit price (18.17元/股 → ``"股"``).
    """

    text: str
    start: int
    end: int
    kind: AmountKind
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    per: str | None = None

    def to_dict(self) -> dict[str, str | int | None]:
        """JSON-safe dict in the shape of the output contract (decimals as strings)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "value": decimal_to_str(self.value),
            "low": decimal_to_str(self.low),
            "high": decimal_to_str(self.high),
            "unit": self.unit,
            "qualifier": self.qualifier.value,
            "per": self.per,
        }


class _AmountFields:
    """A mutable twin of :class:`Amount` (the same slots, in the same order), for :func:`new_amount`."""

    __slots__ = Amount.__slots__


def new_amount(
    text: str,
    start: int,
    end: int,
    kind: AmountKind,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    unit: str,
    qualifier: Qualifier,
    per: str | None,
) -> Amount:
    """Same as ``Amount(...)`` with every field given, several times faster (the parser's hot path).

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``. Here the
    fields are stored into a twin object of the same slot layout, which is then given its class:
    Python allows ``__class__`` assignment between classes whose slots are the same, and the
    result is an ordinary, frozen ``Amount``.

    >>> new_amount("3亿元", 0, 4, AmountKind.MONEY, Decimal(300000000), None, None, "CNY", Qualifier.EXACT, None) == (
    ...     Amount("3亿元", 0, 4, AmountKind.MONEY, Decimal(300000000), None, None, "CNY"))
    True
    """
    amount: Any = _AmountFields()
    amount.text = text
    amount.start = start
    amount.end = end
    amount.kind = kind
    amount.value = value
    amount.low = low
    amount.high = high
    amount.unit = unit
    amount.qualifier = qualifier
    amount.per = per
    amount.__class__ = Amount
    result: Amount = amount
    return result
