"""The data model: each entry's own rules, and `cross_check`'s rules between entries."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from tzgoals.models import (
    Actual,
    Area,
    DatasetInfo,
    Indicator,
    Source,
    Target,
    UnreadableNumber,
    control_character,
    has_other_digits,
)
from tzgoals.vocabulary import Comparator, Polarity

from .builders import PLAN, actual_data, target_data

D = Decimal


# ---------------------------------------------------------------- builders


def rejected(model: type[BaseModel], data: dict[str, Any]) -> str:
    """Validate `data`, expect a ValidationError, and return its text for the test to read."""
    with pytest.raises(ValidationError) as raised:
        model.model_validate(data)
    return str(raised.value)


# ---------------------------------------------------------------- single entries


def test_the_valid_examples_are_valid() -> None:
    target = Target.model_validate(target_data())
    assert target.value == D("5.5")
    assert target.comparator is Comparator.AT_LEAST
    actual = Actual.model_validate(actual_data())
    assert actual.value == D("5.8")
    assert (actual.estimate, actual.lower_bound, actual.approximate) == (False, False, False)


@pytest.mark.parametrize(
    ("model", "data", "key"),
    [
        (Target, target_data(qoute="typo"), "qoute"),
        (Actual, actual_data(estimated=True), "estimated"),
        (Indicator, {"id": "gdp", "name": "GDP", "units": "%"}, "units"),
        (Area, {"id": "1", "year": 2023, "title": "t", "source": PLAN, "quote": "q", "x": 1}, "x"),
        (Source, {"file": PLAN, "title": "t", "link": "https://example.org"}, "link"),
        (DatasetInfo, {"name": "通州", "region": "江苏"}, "region"),
    ],
)
def test_unknown_keys_are_refused(model: type[BaseModel], data: dict[str, Any], key: str) -> None:
    with pytest.raises(ValidationError) as raised:
        model.model_validate(data)
    (error,) = raised.value.errors()
    assert error["type"] == "extra_forbidden"
    assert error["loc"] == (key,)


NOT_A_NUMBER = [
    ("6%", "found the text '6%'"),
    ("5.5", "found the text '5.5'"),
    (True, "expected a number, found true/false"),
    (False, "expected a number, found true/false"),
    (D("NaN"), "finite number"),
    (float("nan"), "finite number"),
    (D("Infinity"), "finite number"),
    (float("-inf"), "finite number"),
    (D("1E+18"), "implausibly large"),
    (D("-1E+18"), "implausibly large"),
    (D("1E+20"), "implausibly large"),
    (D("1E-999999"), "implausibly small"),
    (D("-1E-13"), "implausibly small"),
    (D("1E-999999999"), "implausibly small"),
    (D("0E-999999"), "written with an implausible exponent"),
    (D("1." + "0" * 28), "29 significant digits, more than the 28"),
    (10**40, "41 significant digits"),
    (UnreadableNumber("1e9999999999999999999999"), "has an exponent beyond any figure"),
    ("٦", "expected a number written with the digits 0-9, found the text '٦'"),
    ("６.５", "expected a number written with the digits 0-9"),
]


@pytest.mark.parametrize(("value", "message"), NOT_A_NUMBER)
@pytest.mark.parametrize("field", ["value", "value_max", "tolerance"])
def test_target_figures_must_be_plausible_numbers(field: str, value: object, message: str) -> None:
    # Make the comparator one that takes the field, so only the figure itself can be wrong.
    comparator = {"value": "about", "value_max": "between", "tolerance": "about"}[field]
    data = target_data(comparator=comparator, value=D(1), value_max=None, tolerance=D(1))
    if comparator == "between":
        data.pop("tolerance")
        data["value_max"] = D(2)
    data[field] = value
    assert message in rejected(Target, data)


@pytest.mark.parametrize(
    ("value", "message"),
    [(v, m) for v, m in NOT_A_NUMBER if not isinstance(v, bool)],
)
def test_actual_figures_must_be_plausible_numbers(value: object, message: str) -> None:
    assert message in rejected(Actual, actual_data(value=value))


@pytest.mark.parametrize("big", [D("1E+400"), D("-1E+400"), D("1E+309")])
def test_an_absurdly_large_figure_is_rejected(big: Decimal) -> None:
    rejected(Target, target_data(value=big))
    rejected(Actual, actual_data(value=big))


@pytest.mark.parametrize("model", [Target, Actual])
def test_1e400_is_rejected_as_implausibly_large(model: type[BaseModel]) -> None:
    data = target_data if model is Target else actual_data
    assert "implausibly large" in rejected(model, data(value=D("1E+400")))


@pytest.mark.parametrize(
    "value",
    [
        D("999999999999999999"),
        D("-999999999999999999"),
        D("1E-9"),
        D("1E-12"),
        D("-9.99E-12"),
        D("0.000000000000"),
        D("1.234567890123456789012345678"),
    ],
)
def test_the_largest_plausible_figures_are_accepted(value: Decimal) -> None:
    assert Target.model_validate(target_data(value=value)).value == value
    assert Actual.model_validate(actual_data(value=value)).value == value


@pytest.mark.parametrize(
    ("given", "expected"),
    [(6, D(6)), (0, D(0)), (1, D(1)), (6.5, D("6.5")), (0.1, D("0.1")), (D("1.380"), D("1.38"))],
)
def test_numbers_become_decimals_without_binary_drift(given: object, expected: Decimal) -> None:
    target = Target.model_validate(target_data(value=given))
    assert isinstance(target.value, Decimal)
    assert target.value == expected
    actual = Actual.model_validate(actual_data(value=given))
    # 0 and 1 are figures here, not false and true.
    assert isinstance(actual.value, Decimal)
    assert not isinstance(actual.value, bool)
    assert actual.value == expected


@pytest.mark.parametrize(
    ("year", "accepted"),
    [
        (1900, True),
        (2023, True),
        (2200, True),
        (1899, False),
        (2201, False),
        (0, False),
        (-2023, False),
        ("2023", False),
        ("２０２３", False),
        ("٢٠٢٣", False),
        (2023.0, False),
        (True, False),
    ],
)
@pytest.mark.parametrize("model", [Target, Actual])
def test_year_in_range_and_a_whole_number(
    model: type[BaseModel], year: object, accepted: bool
) -> None:
    data = target_data(year=year) if model is Target else actual_data(year=year)
    if accepted:
        assert model.model_validate(data).year == year  # type: ignore[attr-defined]
    else:
        assert "year" in rejected(model, data)


@pytest.mark.parametrize("key", ["id", "indicator", "area", "name", "source", "quote"])
def test_target_text_must_not_be_empty(key: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Target.model_validate(target_data(**{key: ""}))
    (error,) = raised.value.errors()
    assert error["loc"] == (key,)
    assert error["type"] == "string_too_short"


# ---------------------------------------------------------------- comparator rules

TARGET_RULES = [
    # about needs a tolerance of 0 or more
    ({"comparator": "about"}, "an `about` target needs `tolerance`"),
    ({"comparator": "about", "tolerance": D("-0.5")}, "an `about` target needs `tolerance`"),
    # between needs value_max >= value
    ({"comparator": "between"}, "a `between` target needs `value_max`, at least `value`"),
    (
        {"comparator": "between", "value": D(15), "value_max": D(12)},
        "a `between` target needs `value_max`, at least `value`",
    ),
    # each of those figures belongs to its own comparator only
    ({"tolerance": D("0.5")}, "`tolerance` belongs only to an `about` target"),
    ({"comparator": "between", "tolerance": D(1), "value_max": D(9)}, "`tolerance` belongs only"),
    ({"value_max": D(9)}, "`value_max` belongs only to a `between` target"),
    (
        {"comparator": "about", "tolerance": D(1), "value_max": D(9)},
        "`value_max` belongs only to a `between` target",
    ),
    # a figure target needs a value and a unit
    ({"value": None}, "at_least target needs both `value` and `unit`"),
    ({"unit": None}, "at_least target needs both `value` and `unit`"),
    ({"comparator": "between", "value": None, "value_max": D(3)}, "needs both `value` and `unit`"),
    # percentage points: pp_change only, and pp_change always
    ({"comparator": "pp_change", "unit": "%"}, "a pp_change target is in percentage points"),
    ({"comparator": "pp_change", "unit": "个"}, "a pp_change target is in percentage points"),
    ({"unit": "个百分点"}, "only a pp_change target is"),
    ({"comparator": "at_most", "unit": "pp"}, "only a pp_change target is"),
    ({"comparator": "about", "tolerance": D(1), "unit": "百分点"}, "only a pp_change target is"),
    # milestones and qualitative goals take no figure and no unit
    ({"comparator": "milestone", "unit": None}, "a milestone target takes no value"),
    ({"comparator": "milestone", "value": None}, "a milestone target takes no unit"),
    ({"comparator": "milestone"}, "a milestone target takes no value, unit"),
    ({"comparator": "qualitative", "value": None, "unit": None, "tolerance": D(1)}, "no tolerance"),
    (
        {"comparator": "qualitative", "value": None, "unit": None, "value_max": D(1)},
        "a qualitative target takes no value_max",
    ),
]


@pytest.mark.parametrize(("changes", "message"), TARGET_RULES)
def test_target_fits_its_comparator(changes: dict[str, Any], message: str) -> None:
    assert message in rejected(Target, target_data(**changes))


@pytest.mark.parametrize(
    "changes",
    [
        {"comparator": "about", "tolerance": D("0.5")},
        {"comparator": "about", "tolerance": D(0)},
        {"comparator": "between", "value": D(12), "value_max": D(15)},
        {"comparator": "between", "value": D(12), "value_max": D(12)},
        {"comparator": "pp_change", "unit": "个百分点"},
        {"comparator": "pp_change", "unit": "百分点"},
        {"comparator": "pp_change", "unit": "pp", "value": D(-1)},
        {"comparator": "more_than", "unit": "家"},
        {"comparator": "at_most", "unit": "%"},
        {"comparator": "less_than", "unit": "万人"},
        {"comparator": "milestone", "value": None, "unit": None},
        {"comparator": "qualitative", "value": None, "unit": None},
    ],
    ids=str,
)
def test_target_accepted_for_its_comparator(changes: dict[str, Any]) -> None:
    target = Target.model_validate(target_data(**changes))
    assert target.comparator == changes["comparator"]


@pytest.mark.parametrize("field", ["value", "value_max", "tolerance"])
@pytest.mark.parametrize("comparator", ["milestone", "qualitative"])
def test_an_outcome_target_takes_no_figure_even_zero(comparator: str, field: str) -> None:
    data = target_data(comparator=comparator, value=None, unit=None)
    data[field] = D(0)
    assert f"takes no {field}" in rejected(Target, data)


# ---------------------------------------------------------------- actuals


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"value": True}, "a yes/no result (value = true or false) takes no `unit`"),
        ({"value": False, "unit": "个"}, "a yes/no result (value = true or false) takes no `unit`"),
        ({"unit": None}, "a numeric result needs a `unit`"),
        ({"value": D(0), "unit": None}, "a numeric result needs a `unit`"),
        ({"value": "true", "unit": None}, "found the text 'true'"),
        ({"unit": ""}, "unit"),
        ({"estimate": "maybe"}, "estimate"),
    ],
)
def test_actual_unit_fits_its_value(changes: dict[str, Any], message: str) -> None:
    assert message in rejected(Actual, actual_data(**changes))


@pytest.mark.parametrize("done", [True, False])
def test_a_yes_no_actual_has_no_unit(done: bool) -> None:
    actual = Actual.model_validate(actual_data(value=done, unit=None))
    assert actual.value is done
    assert actual.unit is None


def test_actual_keeps_its_qualifiers() -> None:
    actual = Actual.model_validate(
        actual_data(estimate=True, lower_bound=True, approximate=True, note="预计")
    )
    assert (actual.estimate, actual.lower_bound, actual.approximate) == (True, True, True)


def test_indicator_polarity_is_higher_unless_said() -> None:
    undeclared = Indicator(id="gdp", name="GDP")
    assert (undeclared.polarity, undeclared.better) == (None, Polarity.HIGHER)
    assert Indicator(id="gdp", name="GDP").unit is None
    assert Indicator.model_validate({"id": "cpi", "name": "CPI", "polarity": "lower"}).polarity is (
        Polarity.LOWER
    )
    assert "polarity" in rejected(Indicator, {"id": "x", "name": "x", "polarity": "sideways"})


def test_models_are_frozen() -> None:
    target = Target.model_validate(target_data())
    with pytest.raises(ValidationError):
        target.value = D(6)  # type: ignore[misc]


def test_a_source_says_where_it_was_found() -> None:
    source = Source.model_validate(
        {
            "file": PLAN,
            "title": "t",
            "url": "https://example.org/plan",
            "publisher": "示例县人民政府",
            "retrieved": "2026-11-25",
            "sha256": "AB" * 32,
        }
    )
    assert (source.url, source.publisher, str(source.retrieved)) == (
        "https://example.org/plan",
        "示例县人民政府",
        "2026-11-25",
    )
    assert source.sha256 == "ab" * 32


@pytest.mark.parametrize("digest", ["abc", "g" * 64, "a" * 65])
def test_a_source_hash_is_sha256(digest: str) -> None:
    with pytest.raises(ValidationError, match="64 hexadecimal digits"):
        Source.model_validate({"file": PLAN, "title": "t", "sha256": digest})


@pytest.mark.parametrize(
    ("text", "other"),
    [("2023", False), ("100家", False), ("٢٠٢٣", True), ("２０２３", True), ("第五", False)],
)
def test_digits_other_than_ascii_are_noticed(text: str, other: bool) -> None:
    assert has_other_digits(text) is other


HOSTILE = [
    "\x1b]0;PWNED\x07\x1b[2J",  # window title, clear screen
    "\x1b]52;c;cm0gLXJmIH4=\x07",  # clipboard
    "\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\",  # a link
    "a\x00b",
    "a\x7fb",
    "a\x9b2Jb",  # C1 CSI
    "2024-\u202egdp",  # right-to-left override
    "a\u2066b",  # isolate
    "a\rb",
]
#: Every text field of every model, with the rest of a valid entry.
TEXT_FIELDS = [
    (Target, target_data, key)
    for key in ("id", "indicator", "area", "unit", "name", "name_en", "source", "quote", "note")
] + [
    (Actual, actual_data, key)
    for key in ("indicator", "unit", "name", "name_en", "source", "quote", "note")
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize(("model", "data", "key"), TEXT_FIELDS)
def test_no_text_field_takes_a_control_character(
    model: type[BaseModel], data: Any, key: str, text: str
) -> None:
    message = rejected(model, data(**{key: f"x{text}"}))
    assert key in message
    assert "string_pattern_mismatch" in message


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (Indicator, {"id": "x", "name": "x"}),
        (Area, {"id": "x", "year": 2023, "title": "x", "source": PLAN, "quote": "q"}),
        (Source, {"file": "x.txt", "title": "x"}),
        (DatasetInfo, {"name": "x"}),
    ],
)
def test_the_other_models_take_no_control_character_either(
    model: type[BaseModel], data: dict[str, Any]
) -> None:
    for key, annotation in model.model_fields.items():
        if annotation.annotation not in {str, str | None}:
            continue
        message = rejected(model, {**data, key: "x\x1b[2J"})
        assert ("hexadecimal" if key == "sha256" else "string_pattern_mismatch") in message, key


@pytest.mark.parametrize("text", ["a\tb", "line one\nline two", "全角　空格", "‎left-to-right mark"])
def test_tabs_newlines_and_ordinary_marks_are_text(text: str) -> None:
    assert Actual.model_validate(actual_data(quote=text, note=text)).quote == text


def test_bytes_that_were_not_utf8_are_refused() -> None:
    """How Python hands on an argument that was not UTF-8: as lone surrogates."""
    assert "string_unicode" in rejected(Actual, actual_data(note="\udcff\udcfe"))


@pytest.mark.parametrize(
    ("text", "found"),
    [("abc", None), ("a\x1bb", (1, "\x1b")), ("\u202e", (0, "\u202e")), ("a\tb\n", None)],
)
def test_control_character_names_the_first_and_where(
    text: str, found: tuple[int, str] | None
) -> None:
    assert control_character(text) == found
