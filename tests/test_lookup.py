"""`goal_detail`: one goal by its id, scored as `status` scores it."""

from __future__ import annotations

import pytest

from tzgoals.lookup import UnknownGoal, goal_detail
from tzgoals.models import Dataset
from tzgoals.score import score_year


def test_a_goal_comes_with_its_area_and_last_years_figure(dataset: Dataset) -> None:
    detail = goal_detail(dataset, "2023-major-projects-started")
    assert detail.result in score_year(dataset, 2023)
    assert detail.area is not None and detail.area.id == "2"
    assert detail.previous is not None and detail.previous.year == 2022


def test_an_unknown_id_names_the_closest(dataset: Dataset) -> None:
    with pytest.raises(UnknownGoal) as raised:
        goal_detail(dataset, "2023-major-project-started")
    assert raised.value.closest[0] == "2023-major-projects-started"
    assert len(raised.value.closest) <= 5


def test_part_of_an_id_finds_the_ids_that_hold_it(dataset: Dataset) -> None:
    with pytest.raises(UnknownGoal) as raised:
        goal_detail(dataset, "BRIDGE")
    assert raised.value.closest == ["2023-tongzhou-bridge-built", "2023-zhengchang-bridge-built"]
