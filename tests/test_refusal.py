"""A request the core refuses is a key and its values: English from `str()`, the reader's
language from the command line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tzgoals.change import YearsError, diff_years_for
from tzgoals.cli import app
from tzgoals.coverage import SelectionError
from tzgoals.files.paths import PathChoiceError, find_dataset
from tzgoals.refusal import Refusal

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8"})


def test_a_refusal_is_a_key_and_values_worded_in_english_by_str() -> None:
    with pytest.raises(YearsError) as raised:
        diff_years_for([2022, 2023], 2021, None, "results")
    assert (raised.value.key, raised.value.values) == (
        "years.none_of.results",
        {"year": 2021, "years": "2022, 2023"},
    )
    assert str(raised.value) == "no results for 2021; years with results: 2022, 2023"
    assert isinstance(raised.value, Refusal) and isinstance(raised.value, ValueError)
    with pytest.raises(PathChoiceError) as half:
        find_dataset(None, DATA / "targets.toml", None)
    assert half.value.key == "paths.half_pair"
    assert issubclass(SelectionError, Refusal)


@pytest.mark.parametrize(
    ("args", "english", "chinese"),
    [
        (
            ["status", "--year", "2030"],
            "no targets for 2030",
            "2030 年没有目标；有目标的年份：2023",
        ),
        (["status", "--area", "nine"], "no area nine in 2023", "2023 年没有领域 nine"),
        (["diff", "2023", "2023"], "FROM and TO are both 2023", "FROM 与 TO 都是 2023"),
        (
            ["status", "--targets", str(DATA / "targets.toml")],
            "give --targets and --actuals together",
            "请同时给出 --targets 和 --actuals",
        ),
    ],
    ids=["year", "area", "same-years", "half-pair"],
)
def test_a_refused_request_is_worded_in_the_language_asked_for(
    args: list[str], english: str, chinese: str
) -> None:
    if "--targets" not in args:
        args = [*args, "--data", str(DATA)]
    result = runner.invoke(app, ["--no-cache", *args])
    assert result.exit_code == 2
    assert english in result.stderr
    result = runner.invoke(app, ["--no-cache", *args, "--lang", "zh"])
    assert result.exit_code == 2
    assert chinese in result.stderr
    assert english not in result.stderr
