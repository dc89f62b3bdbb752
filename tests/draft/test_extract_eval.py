"""benchmarks/extract_eval.py --strict, run by the suite: a change to the drafting rules that
loses a target, drafts a wrong one or misses a past figure fails here, not only in a report."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from ..conftest import REPO


@pytest.fixture(scope="module")
def extract_eval() -> ModuleType:
    path = REPO / "benchmarks" / "extract_eval.py"
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))  # its siblings measure.py and whole_eval.py
    spec = importlib.util.spec_from_file_location("extract_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_eval"] = module  # NamedTuples look their module up by name
    spec.loader.exec_module(module)
    return module


def test_recall_and_precision_hold_their_floors(
    extract_eval: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert extract_eval.main(["--strict", "--no-timing"]) == 0, capsys.readouterr().out


def test_a_drop_below_a_floor_fails_strict(
    extract_eval: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raised = {**extract_eval.FLOORS, "data": {"precision": (35, 35)}}
    monkeypatch.setattr(extract_eval, "FLOORS", raised)
    assert extract_eval.main(["--strict", "--no-timing"]) == 1
    assert "data 2023: precision 34/35 (97%) dropped below 35/35 (100%)" in capsys.readouterr().out


def test_a_whole_report_below_its_floor_fails_strict(
    extract_eval: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raised = {**extract_eval.WHOLE_FLOORS, "gwr-2022": {"precision": (18, 18)}}
    monkeypatch.setattr(extract_eval, "WHOLE_FLOORS", raised)
    assert extract_eval.main(["--strict", "--no-timing"]) == 1
    out = capsys.readouterr().out
    assert "gwr-2022: precision 17/18 (94%) dropped below 18/18 (100%)" in out


def test_whole_reports_are_measured_for_recall_precision_area_and_time(
    extract_eval: ModuleType,
) -> None:
    path = extract_eval.WHOLE_REPORTS / "gwr-2021.toml"
    row = extract_eval.evaluate_whole(path)
    assert row.characters > 50_000
    assert row.recall[1] == 22 and row.area[0] == row.area[1] == row.recall[0]
    assert 0 < row.cpu < sys.modules["whole_eval"].WHOLE_TIME_LIMIT


def test_suggest_on_a_whole_review_below_its_floor_fails_strict(
    extract_eval: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raised = {("examples/china-national", 2021): (5, 4)}
    monkeypatch.setattr(extract_eval, "WHOLE_REVIEWS", raised)
    assert extract_eval.main(["--strict", "--no-timing"]) == 1
    assert (
        "examples/china-national 2021: suggest 4/4 (100%) dropped below" in capsys.readouterr().out
    )
