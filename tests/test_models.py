"""The data model: each entry's own rules, and `cross_check`'s rules between entries."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from tzgoals.models import (
    Actual,
    ActualsFile,
    Area,
    DatasetInfo,
    Indicator,
    Source,
    Target,
    TargetsFile,
)
from tzgoals.rules import Finding, cross_check
from tzgoals.vocabulary import Comparator, Polarity

D = Decimal
PLAN = "plan.txt"
REVIEW = "review.txt"


# ---------------------------------------------------------------- builders


def target_data(**changes: Any) -> dict[str, Any]:
    """A valid `at_least` target as the loader would pass it, with some keys changed."""
    data: dict[str, Any] = {
        "id": "gdp-2023",
        "indicator": "gdp",
        "year": 2023,
        "area": "headline",
        "comparator": "at_least",
        "value": D("5.5"),
        "unit": "%",
        "name": "地区生产总值增长5.5%以上",
        "source": PLAN,
        "quote": "地区生产总值增长5.5%以上",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def actual_data(**changes: Any) -> dict[str, Any]:
    """A valid numeric actual, with some keys changed (None removes a key)."""
    data: dict[str, Any] = {
        "indicator": "gdp",
        "year": 2023,
        "value": D("5.8"),
        "unit": "%",
        "name": "地区生产总值增长5.8%",
        "source": REVIEW,
        "quote": "地区生产总值增长5.8%",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


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


@pytest.mark.parametrize("value", [D("999999999999999999"), D("-999999999999999999"), D("1E-9")])
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


# ---------------------------------------------------------------- cross_check


def source(file: str) -> Source:
    return Source(file=file, title=f"title of {file}")


def area(id: str, year: int = 2023, src: str = PLAN) -> Area:
    return Area(id=id, year=year, title=f"area {id}", source=src, quote="…")


def indicator(id: str, unit: str | None) -> Indicator:
    return Indicator(id=id, name=f"indicator {id}", unit=unit)


def target(id: str, indicator: str, **changes: Any) -> Target:
    return Target.model_validate(target_data(id=id, indicator=indicator, **changes))


def actual(indicator: str, value: Any, unit: str | None, **changes: Any) -> Actual:
    return Actual.model_validate(
        actual_data(indicator=indicator, value=value, unit=unit, **changes)
    )


SOURCES = [source(PLAN), source(REVIEW)]
AREAS = [area("headline"), area("1")]
INDICATORS = [
    indicator("gdp", "%"),
    indicator("share", "%"),
    indicator("firms", "家"),
    indicator("investment", "亿元"),
    indicator("park", None),
]
TARGETS = [
    target("gdp-2023", "gdp"),
    target("share-2023", "share", comparator="pp_change", value=D(2), unit="个百分点"),
    target("firms-2023", "firms", value=D(100), unit="家", area="1"),
    # A compatible magnitude is fine: 万元 against an indicator in 亿元.
    target("investment-2023", "investment", value=D(500000), unit="万元", area="1"),
    target("park-2023", "park", comparator="milestone", value=None, unit=None, area="1"),
]
ACTUALS = [
    actual("gdp", D("5.8"), "%"),
    actual("share", D("40"), "%", year=2022),
    actual("share", D("43"), "%"),
    actual("firms", D(102), "家"),
    actual("investment", D("0.0052"), "万亿元"),
    actual("park", True, None),
]


def check(
    *,
    sources: list[Source] = SOURCES,
    areas: list[Area] = AREAS,
    indicators: list[Indicator] = INDICATORS,
    targets: list[Target] = TARGETS,
    actuals: list[Actual] = ACTUALS,
) -> list[Finding]:
    return cross_check(
        TargetsFile(
            dataset=DatasetInfo(name="通州"),
            sources=sources,
            areas=areas,
            indicators=indicators,
            targets=targets,
        ),
        ActualsFile(actuals=actuals),
    )


def test_a_consistent_dataset_has_no_findings() -> None:
    assert check() == []


def test_without_any_sources_listed_no_source_is_checked() -> None:
    elsewhere = [target("x", "gdp", source="anything.txt")]
    assert check(sources=[], targets=elsewhere) == []


FINDINGS = [
    # (changes to the consistent dataset, section, index, key, fragment of the message)
    (
        {"targets": [*TARGETS, target("gdp-2023", "gdp")]},
        "targets",
        5,
        None,
        "duplicate target id 'gdp-2023'",
    ),
    (
        {"targets": [TARGETS[0], TARGETS[1], TARGETS[2], TARGETS[1]]},
        "targets",
        3,
        None,
        "duplicate target id 'share-2023'",
    ),
    (
        {"actuals": [*ACTUALS, actual("firms", D(99), "家", source=PLAN)]},
        "actuals",
        6,
        None,
        "duplicate actual for (indicator, year) ('firms', 2023)",
    ),
    (
        {"sources": [*SOURCES, source(PLAN)]},
        "sources",
        2,
        None,
        "duplicate source 'plan.txt'",
    ),
    (
        {"areas": [*AREAS, area("1")]},
        "areas",
        2,
        None,
        "duplicate area (year, id) (2023, '1')",
    ),
    (
        {"indicators": [*INDICATORS, indicator("gdp", "%")]},
        "indicators",
        5,
        None,
        "duplicate indicator id 'gdp'",
    ),
    (
        {"targets": [*TARGETS, target("x", "gpd")]},
        "targets",
        5,
        "indicator",
        "unknown indicator 'gpd'",
    ),
    (
        {"actuals": [actual("gpd", D(5), "%"), *ACTUALS]},
        "actuals",
        0,
        "indicator",
        "unknown indicator 'gpd'",
    ),
    (
        {"targets": [*TARGETS, target("x", "firms", unit="家", area="9")]},
        "targets",
        5,
        "area",
        "unknown area '9' for 2023",
    ),
    # An area id is known only in its own year.
    (
        {"targets": [*TARGETS, target("x", "gdp", year=2024)]},
        "targets",
        5,
        "area",
        "unknown area 'headline' for 2024",
    ),
    (
        {"targets": [*TARGETS, target("x", "gdp", source="other.txt")]},
        "targets",
        5,
        "source",
        "source 'other.txt' is not listed under [[sources]]",
    ),
    (
        {"areas": [area("headline"), area("1", src="other.txt")]},
        "areas",
        1,
        "source",
        "source 'other.txt' is not listed under [[sources]]",
    ),
    (
        {"actuals": [*ACTUALS, actual("firms", D(1), "家", year=2022, source="other.txt")]},
        "actuals",
        6,
        "source",
        "source 'other.txt' is not listed under [[sources]]",
    ),
    (
        {"targets": [*TARGETS, target("x", "investment", value=D(1), unit="万人")]},
        "targets",
        5,
        "unit",
        "unit '万人' does not fit indicator 'investment', measured in '亿元'",
    ),
    (
        {"targets": [*TARGETS, target("x", "firms", value=D(1), unit="个")]},
        "targets",
        5,
        "unit",
        "unit '个' does not fit indicator 'firms', measured in '家'",
    ),
    (
        {"actuals": [*ACTUALS, actual("investment", D(5), "万美元", year=2022)]},
        "actuals",
        6,
        "unit",
        "unit '万美元' does not fit indicator 'investment', measured in '亿元'",
    ),
    (
        {
            "targets": [
                *TARGETS,
                target("x", "firms", comparator="pp_change", value=D(1), unit="个百分点"),
            ]
        },
        "targets",
        5,
        "unit",
        "a percentage-point change needs an indicator in %, but 'firms' is in 家",
    ),
    (
        {
            "targets": [
                *TARGETS,
                target("x", "firms", comparator="milestone", value=None, unit=None),
            ]
        },
        "targets",
        5,
        "comparator",
        "a milestone target needs an indicator without a unit, but 'firms' is measured in 家",
    ),
    (
        {
            "targets": [
                *TARGETS,
                target("x", "gdp", comparator="qualitative", value=None, unit=None),
            ]
        },
        "targets",
        5,
        "comparator",
        "a qualitative target needs an indicator without a unit, but 'gdp' is measured in %",
    ),
    (
        {"targets": [*TARGETS, target("x", "park", value=D(1), unit="个")]},
        "targets",
        5,
        "unit",
        "indicator 'park' has no unit, so it takes a milestone or qualitative target",
    ),
    (
        {"actuals": [*ACTUALS, actual("park", D(1), "个", year=2022)]},
        "actuals",
        6,
        "value",
        "indicator 'park' is a yes/no outcome: write value = true or false",
    ),
    (
        {"actuals": [*ACTUALS, actual("firms", True, None, year=2022)]},
        "actuals",
        6,
        "value",
        "indicator 'firms' is measured in 家: give a number and its unit",
    ),
]


@pytest.mark.parametrize(("changes", "section", "entry", "key", "message"), FINDINGS)
def test_cross_check_finds(
    changes: dict[str, Any], section: str, entry: int, key: str | None, message: str
) -> None:
    (finding,) = check(**changes)
    assert finding.section == section
    assert finding.entry == entry
    assert message in finding.message
    assert finding.key == key
    assert finding.severity == "error"


@pytest.mark.parametrize(
    ("changes", "first"),
    [
        ({"targets": [*TARGETS, target("gdp-2023", "gdp")]}, 0),
        ({"actuals": [*ACTUALS, actual("firms", D(99), "家")]}, 3),
    ],
)
def test_a_duplicate_names_the_entry_it_repeats(changes: dict[str, Any], first: int) -> None:
    """As a position, which the loader turns into "(first at line N)"."""
    (finding,) = check(**changes)
    assert finding.first == first


def test_cross_check_reports_every_problem_at_once() -> None:
    findings = check(
        targets=[*TARGETS, target("x", "nope", area="9"), target("gdp-2023", "gdp")],
        actuals=[*ACTUALS, actual("firms", D(5), "个", year=2022)],
    )
    assert [(f.section, f.entry, f.key) for f in findings] == [
        ("targets", 6, None),  # duplicate id, listed first
        ("targets", 5, "area"),
        ("targets", 5, "indicator"),
        ("actuals", 6, "unit"),
    ]


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
