"""The hand-labelled targets of whole reports (tests/draft/whole_reports): every quote stands
in its report, whitespace aside, and every figure in its quote; no held-back report is used."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from ..conftest import REPO

LABELS = sorted((REPO / "tests" / "draft" / "whole_reports").glob("*.toml"))
#: The reports held back to judge the drafting, never to tune it.
HELD_BACK = ("gwr-2023.txt", "gwr-2024.txt", "gwr-2025.txt")


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("path", LABELS, ids=[p.stem for p in LABELS])
def test_each_quote_stands_in_its_report_and_each_figure_in_its_quote(path: Path) -> None:
    labels = tomllib.loads(path.read_text(encoding="utf-8"))
    report = REPO / labels["report"]
    assert report.name not in HELD_BACK
    text = squeezed(report.read_text(encoding="utf-8"))
    for target in labels["targets"]:
        assert squeezed(target["quote"]) in text, target["quote"]
        for figure in (target["value"], target.get("value_max")):
            assert figure is None or figure in target["quote"], target["quote"]


def test_at_least_two_whole_reports_are_labelled() -> None:
    assert len(LABELS) >= 2
