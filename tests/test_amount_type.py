"""``Amount`` is frozen, typed and JSON-safe, however it was made (``Amount(...)`` or the parser's ``new_amount``)."""

from __future__ import annotations

import dataclasses
import pickle
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from finextract.amount import Amount, AmountKind, Qualifier, new_amount

FIELDS = [field.name for field in dataclasses.fields(Amount)]
optional_decimals = st.none() | st.decimals(allow_nan=False, allow_infinity=False)


@given(
    st.tuples(
        st.text(max_size=8),
        st.integers(0, 10**6),
        st.integers(0, 10**6),
        st.sampled_from(AmountKind),
        optional_decimals,
        optional_decimals,
        optional_decimals,
        st.text(max_size=4),
        st.sampled_from(Qualifier),
        st.none() | st.text(max_size=2),
    )
)
def test_new_amount_equals_the_dataclass_constructor(fields: tuple[object, ...]) -> None:
    made = new_amount(*fields)  # type: ignore[arg-type]
    expected = Amount(*fields)  # type: ignore[arg-type]
    assert type(made) is Amount
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert [getattr(made, name) for name in FIELDS] == list(fields)
    assert made.to_dict() == expected.to_dict()


def test_new_amount_gives_a_frozen_picklable_amount() -> None:
    made = new_amount("3亿元", 0, 4, AmountKind.MONEY, Decimal(300000000), None, None, "CNY", Qualifier.EXACT, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(made)) == made
    assert dataclasses.replace(made, start=1).start == 1
    assert not hasattr(made, "__dict__")


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**21), max_value=10**21))
def test_values_are_tidied_without_changing_them(value: Decimal) -> None:
    """Integers carry no exponent or trailing zeros after a point (3.03亿 → 303000000); fractions are normalised."""
    from finextract.amount_parser import _tidy

    assume(len(value.as_tuple().digits) <= 28)  # the parser's arithmetic keeps 28 digits (decimal's default)
    tidy = _tidy(value)
    assert tidy is not None and tidy == value
    if value == value.to_integral_value():
        assert tidy.as_tuple().exponent == 0 and tidy.as_tuple().sign == value.as_tuple().sign
        assert str(tidy) == str(int(value)) or str(tidy) == "-0"
    else:
        assert tidy.as_tuple() == value.normalize().as_tuple()


def test_a_narrow_decimal_context_does_not_change_amounts() -> None:
    """A caller's decimal context with few digits or a small exponent range must not round amounts."""
    from decimal import ROUND_DOWN, Context, localcontext

    from finextract import find_amounts
    from tests.amount_spec_cases import CASES

    texts = [case.text for case in CASES]
    expected = [[a.to_dict() for a in find_amounts(text)] for text in texts]
    narrow_contexts = (
        Context(prec=5),
        Context(prec=12, rounding=ROUND_DOWN),
        Context(prec=20, Emax=30, Emin=-30),
        Context(Emax=5),  # 3亿元 would overflow
        Context(Emin=-2, Emax=3),
    )
    for narrow in narrow_contexts:
        with localcontext(narrow):
            assert [[a.to_dict() for a in find_amounts(text)] for text in texts] == expected
    with localcontext(Context(prec=5)):
        assert str(find_amounts("人民币311,520,391.21元")[0].value) == "311520391.21"
    with localcontext(Context(Emax=5)):
        assert str(find_amounts("营收3亿元")[0].value) == "300000000"
