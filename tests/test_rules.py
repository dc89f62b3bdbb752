"""The rules between entries: references, duplicates, units, scope, each a Finding."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

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

from .builders import PLAN, REVIEW, actual_data, target_data

D = Decimal


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
