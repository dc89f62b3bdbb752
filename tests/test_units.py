"""Units: magnitudes (万, 亿, 万亿) before a base unit, exact conversion, no mixing of bases."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tzgoals.units import (
    LARGEST_PLAUSIBLE,
    MOST_DIGITS,
    SMALLEST_PLAUSIBLE,
    Implausible,
    compatible,
    convert,
    implausible,
    is_percentage_point,
    parse_unit,
)

D = Decimal
WAN = D(10) ** 4
YI = D(10) ** 8
WANYI = D(10) ** 12


@pytest.mark.parametrize(
    ("text", "scale", "base"),
    [
        ("人", D(1), "人"),
        ("万人", WAN, "人"),
        ("亿元", YI, "元"),
        ("万亿元", WANYI, "元"),  # 万亿 is one magnitude, not 万 in front of 亿元
        ("万元", WAN, "元"),
        ("万亩", WAN, "亩"),
        ("万吨", WAN, "吨"),
        ("万美元", WAN, "美元"),
        ("亿美元", YI, "美元"),
        ("美元", D(1), "美元"),
        ("万人次", WAN, "人次"),
        ("%", D(1), "%"),
        ("个百分点", D(1), "pp"),  # every spelling of a percentage point is one unit
        ("家", D(1), "家"),
        # A bare magnitude is a base of its own, not a scale of nothing.
        ("万", D(1), "万"),
        ("亿", D(1), "亿"),
        # Traditional characters, as Hong Kong and Taiwan reprints write them.
        ("萬人", WAN, "人"),
        ("億元", YI, "元"),
        ("萬億元", WANYI, "元"),
        ("萬", D(1), "萬"),
    ],
)
def test_parse_unit_splits_magnitude_from_base(text: str, scale: Decimal, base: str) -> None:
    unit = parse_unit(text)
    assert unit.text == text
    assert unit.scale == scale
    assert unit.base == base


@pytest.mark.parametrize(
    ("value", "from_unit", "to_unit", "expected"),
    [
        (D("1.38"), "万人", "人", D(13800)),
        (D(13800), "人", "万人", D("1.38")),
        (D(150), "亿元", "万亿元", D("0.015")),
        (D("0.015"), "万亿元", "亿元", D(150)),
        (D(150), "亿元", "元", D(15_000_000_000)),
        (D(1), "万亿元", "元", D(10) ** 12),
        (D(1), "万亿元", "万元", D(10) ** 8),
        (D("2.5"), "亿元", "万元", D(25000)),
        (D("0.0001"), "万人", "人", D(1)),
        (D("-1.5"), "万人", "人", D(-15000)),
        (D(0), "亿元", "元", D(0)),
        (D("3.6"), "万亩", "亩", D(36000)),
        (D(5), "%", "%", D(5)),
        (D(3), "万", "万", D(3)),
        (D(126), "萬億元", "亿元", D(1260000)),
        (D(1244), "萬人", "万人", D(1244)),
        (D("1.39"), "億元", "万元", D(13900)),
        # Decimal carries every digit: nothing is lost on the way from 亿元 to 元.
        (D("123456789.123456789"), "亿元", "元", D("12345678912345678.9")),
    ],
)
def test_convert_is_exact(value: Decimal, from_unit: str, to_unit: str, expected: Decimal) -> None:
    converted = convert(value, from_unit, to_unit)
    assert isinstance(converted, Decimal)
    assert converted == expected


def test_one_point_three_eight_wan_people_is_exactly_13800_people() -> None:
    # The float spelling of the same sum is off: 1.38 * 10000 == 13799.999999999998.
    assert convert(D("1.38"), "万人", "人") == D(13800)
    assert convert(D("1.38"), "万人", "人") - D(13800) == 0


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("万人", "人", True),
        ("人", "万人", True),
        ("亿元", "万亿元", True),
        ("万元", "亿元", True),
        ("万美元", "美元", True),
        ("亩", "万亩", True),
        ("%", "%", True),
        ("万人", "亿元", False),
        ("元", "美元", False),
        ("家", "个", False),
        ("人", "名", False),
        ("%", "个百分点", False),
        ("%", "pp", False),
        # A bare 万 is a base: it is not 10^4 of anything else.
        ("万", "人", False),
        ("万", "万人", False),
        ("亿", "亿元", False),
        ("萬人", "万人", True),
        ("億元", "亿元", True),
        ("萬億元", "万亿元", True),
        ("萬人", "亿元", False),
    ],
)
def test_compatible(a: str, b: str, expected: bool) -> None:
    assert compatible(a, b) is expected


@pytest.mark.parametrize(
    ("from_unit", "to_unit"),
    [
        ("万人", "亿元"),
        ("元", "美元"),
        ("万美元", "亿元"),
        ("家", "个"),
        ("%", "个百分点"),
        ("万", "人"),
        ("亿", "元"),
    ],
)
def test_convert_refuses_incompatible_units(from_unit: str, to_unit: str) -> None:
    with pytest.raises(ValueError, match="cannot convert") as raised:
        convert(D(1), from_unit, to_unit)
    assert repr(from_unit) in str(raised.value)
    assert repr(to_unit) in str(raised.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("个百分点", True),
        ("百分点", True),
        ("pp", True),
        ("%", False),
        ("个", False),
        ("百分比", False),
        ("", False),
    ],
)
def test_percentage_point_spellings(text: str, expected: bool) -> None:
    assert is_percentage_point(text) is expected


YUAN_PER_UNIT = {"元": D(1), "万元": WAN, "亿元": YI, "万亿元": WANYI}
UNITS_OF_MONEY = list(YUAN_PER_UNIT)


@given(
    value=st.decimals(
        min_value=-(10**12), max_value=10**12, places=4, allow_nan=False, allow_infinity=False
    ),
    from_unit=st.sampled_from(UNITS_OF_MONEY),
    to_unit=st.sampled_from(UNITS_OF_MONEY),
)
def test_converting_there_and_back_gives_the_same_figure(
    value: Decimal, from_unit: str, to_unit: str
) -> None:
    assert convert(convert(value, from_unit, to_unit), to_unit, from_unit) == value


@given(
    value=st.decimals(
        min_value=-(10**12), max_value=10**12, places=4, allow_nan=False, allow_infinity=False
    ),
    from_unit=st.sampled_from(UNITS_OF_MONEY),
)
def test_converting_to_yuan_multiplies_by_the_magnitude(value: Decimal, from_unit: str) -> None:
    assert convert(value, from_unit, "元") == value * YUAN_PER_UNIT[from_unit]


def _implausible_by_its_digits(value: Decimal) -> Implausible | None:
    """What `implausible` decides, from the digits and exponent alone, as it first did."""
    _, figures, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if len(figures) > MOST_DIGITS:
        return "too_many_digits"
    magnitude = exponent + len(figures) - 1
    if magnitude >= LARGEST_PLAUSIBLE.adjusted():
        return "too_large"
    if magnitude < SMALLEST_PLAUSIBLE.adjusted():
        return "too_small"
    return None


@given(
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False),
        st.builds(
            lambda digits, exponent: Decimal(f"{digits}E{exponent}"),
            st.integers(min_value=-(10**40), max_value=10**40),
            st.integers(min_value=-40, max_value=40),
        ),
    )
)
def test_implausible_decides_as_the_digits_and_exponent_do(value: Decimal) -> None:
    assert implausible(value) == _implausible_by_its_digits(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1" * 28, "too_large"),
        ("1" * 29, "too_many_digits"),
        ("0." + "0" * 11 + "1" * 17, None),
        ("0." + "0" * 11 + "1" * 29, "too_many_digits"),
        ("1E-13", "too_small"),
        ("0E-999999", "too_small"),
        ("-999999999999999999", None),
        ("1E+18", "too_large"),
        ("6.50", None),
    ],
)
def test_implausible_at_the_edges(text: str, expected: Implausible | None) -> None:
    assert implausible(Decimal(text)) == expected
