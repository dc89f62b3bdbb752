"""Drafts and suggestions as TOML, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tzgoals.draft.extract import Draft, extract
from tzgoals.draft.suggest import Candidate, Suggestion
from tzgoals.files.load import check_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.render.drafts import (
    ACTUALS_MARK,
    DRAFT_FIELDS,
    drafts_csv,
    drafts_json,
    drafts_toml,
    suggestions_json,
)
from tzgoals.vocabulary import Comparator, Flag

from ..conftest import DATA

PLAN = "000_ba23479a29e53de9.txt"


@pytest.fixture(scope="module")
def drafts() -> list[Draft]:
    text = (DATA / "sources" / PLAN).read_text(encoding="utf-8")
    extra = "国内生产总值增长5%左右,城镇调查失业率5.5%左右,增长5%至6%。"
    return extract(text, 2023, PLAN) + extract(extra, 2023, PLAN)


def test_json_has_exactly_the_issue_s_keys(drafts: list[Draft]) -> None:
    items = json.loads(drafts_json(drafts))
    assert len(items) == len(drafts)
    assert all(list(item) == list(DRAFT_FIELDS) for item in items)
    gdp = next(i for i in items if i["quote"] == "地区生产总值增长6%")
    assert gdp | {"confidence": 0} == {
        "kind": "target",
        "name": "地区生产总值增长",
        "comparator": "at_least",
        "value": 6,
        "value_max": None,
        "unit": "%",
        "direction": None,
        "year": 2023,
        "quote": "地区生产总值增长6%",
        "source": PLAN,
        "rule": "growth",
        "confidence": 0,
        "area": "",
        "through_month": None,
    }
    assert next(i for i in items if i["comparator"] == "between")["value_max"] == 6
    assert next(i for i in items if i["name"] == "城镇调查失业率")["direction"] == "ceiling"


def test_csv_has_a_header_and_a_row_a_draft(drafts: list[Draft]) -> None:
    rows = list(csv.reader(io.StringIO(drafts_csv(drafts))))
    assert tuple(rows[0]) == DRAFT_FIELDS
    assert len(rows) == len(drafts) + 1
    assert rows[4][:6] == ["target", "全社会研发投入占比", "at_least", "2.97", "", "%"]


def test_csv_guards_text_a_spreadsheet_would_run() -> None:
    draft = Draft("target", "=SUM(A1)", None, Decimal(-1), None, "%", None, 2023, "q", "s", "r", 1)
    row = list(csv.reader(io.StringIO(drafts_csv([draft]))))[1]
    assert row[1:4] == ["'=SUM(A1)", "", "-1"]


def _filled(toml: str, folder: Path) -> DataPaths:
    """The drafts pasted into a dataset, TODOs filled as a person would."""
    filled = toml.replace('area = "TODO"', 'area = "1"').replace(
        'tolerance = "TODO"', "tolerance = 0.5"
    )
    targets, _, actuals = filled.partition(ACTUALS_MARK)
    head = (
        '[dataset]\nname = "通州"\n\n'
        f'[[sources]]\nfile = "{PLAN}"\ntitle = "plan"\n\n'
        f'[[areas]]\nid = "1"\nyear = 2023\ntitle = "all"\nsource = "{PLAN}"\nquote = "q"\n\n'
    )
    paths = DataPaths(folder / "targets.toml", folder / "actuals.toml")
    paths.targets.write_text(head + targets, encoding="utf-8")
    paths.actuals.write_text(actuals, encoding="utf-8")
    return paths


def test_toml_passes_check_once_the_todos_are_filled(drafts: list[Draft], tmp_path: Path) -> None:
    toml = drafts_toml(drafts)
    parsed = tomllib.loads(toml)
    assert len(parsed["targets"]) == sum(d.kind == "target" for d in drafts)
    assert len(parsed["actuals"]) == sum(d.kind == "actual" for d in drafts)
    problems = check_dataset(_filled(toml, tmp_path))
    assert [p for p in problems if p.severity == "error"] == []
    # The one warning: a percentage-point target whose baseline year has no result yet.
    assert [p.message.split(":")[0] for p in problems] == [
        "pp_change target '2023-产值占比' has no baseline"
    ]


def test_toml_marks_only_what_a_person_decides(drafts: list[Draft]) -> None:
    parsed = tomllib.loads(drafts_toml(drafts))
    todo = {
        (section, key)
        for section in ("indicators", "targets", "actuals")
        for entry in parsed[section]
        for key, value in entry.items()
        if value == "TODO"
    }
    assert todo == {
        ("indicators", "name_en"),
        ("targets", "area"),
        ("targets", "name_en"),
        ("targets", "tolerance"),
        ("actuals", "name_en"),
    }


def test_toml_ids_come_from_year_and_indicator(drafts: list[Draft]) -> None:
    parsed = tomllib.loads(drafts_toml(drafts))
    targets = {t["id"]: t for t in parsed["targets"]}
    assert targets["2023-gdp-growth"]["indicator"] == "gdp-growth"  # the shared id
    assert len(targets) == len(parsed["targets"])
    indicators = {i["id"]: i for i in parsed["indicators"]}
    assert indicators["surveyed-urban-unemployment-rate"]["polarity"] == "lower"
    assert indicators["产值占比"]["unit"] == "%"  # a percentage-point target measures a share
    assert targets["2023-产值占比"]["unit"] == "个百分点"
    actual = next(a for a in parsed["actuals"] if a["quote"] == "总投资超450亿元")
    assert (actual["year"], actual["value"], actual["lower_bound"]) == (2022, 450, True)


def _strict_json(text: str) -> Any:
    """JSON as a strict reader takes it: Infinity and NaN are no JSON, figures exact."""

    def refuse(constant: str) -> object:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_float=Decimal, parse_constant=refuse)


@pytest.mark.parametrize(
    "value", [Decimal("1.23456789012345678901"), Decimal("9" * 400 + ".5"), Decimal("6.50")]
)
def test_json_figures_are_written_exactly(value: Decimal) -> None:
    draft = Draft(
        "target", "n", Comparator.AT_LEAST, value, None, "亿元", None, 2023, "q", "s", "r", 1
    )
    [item] = _strict_json(drafts_json([draft]))
    assert item["value"] == value
    candidate = Candidate("q", value, "亿元", (), (), 0.8, "tzgoals record …")
    [suggestion] = _strict_json(suggestions_json([Suggestion("t", (candidate,))]))
    assert suggestion["candidates"][0]["value"] == value


def test_suggestions_json() -> None:
    candidate = Candidate(
        "同比增长6.5%以上",
        Decimal("6.5"),
        "%",
        (Flag.ESTIMATE, Flag.LOWER_BOUND),
        ("国家级: passage only",),
        0.8,
        "tzgoals record …",
    )
    done = Candidate("全线贯通", True, None, (), (), 0.5, "tzgoals record x true")
    items = json.loads(suggestions_json([Suggestion("t", (candidate, done)), Suggestion("u", ())]))
    assert items == [
        {
            "target": "t",
            "candidates": [
                {
                    "quote": "同比增长6.5%以上",
                    "value": 6.5,
                    "unit": "%",
                    "flags": ["estimate", "lower_bound", "scope: 国家级: passage only"],
                    "score": 0.8,
                    "record": "tzgoals record …",
                    "through_month": None,
                },
                {
                    "quote": "全线贯通",
                    "value": True,
                    "unit": None,
                    "flags": [],
                    "score": 0.5,
                    "record": "tzgoals record x true",
                    "through_month": None,
                },
            ],
        },
        {"target": "u", "candidates": []},
    ]
