"""Validating a long file entry by entry gives what one validation of the whole gives: the
same models, or the same errors at the same places; and it lets the parsed entries go."""

from __future__ import annotations

import copy
import gc
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from tzgoals.files.validation import ONE_BY_ONE_FROM, collector_paused, validated
from tzgoals.models import ActualsFile, Target, TargetsFile

from ..builders import actual_data, target_data

LONG = ONE_BY_ONE_FROM + 7


def targets_data(count: int = LONG, **changes: Any) -> dict[str, Any]:
    """A targets file of `count` targets; `changes` maps an index to the keys changed there."""
    targets = []
    for index in range(count):
        entry = target_data(id=f"t{index}", indicator=f"i{index}", value=Decimal(index) / 10)
        if index % 3:
            entry["note"] = "given by a third of the entries only"
        entry.update(changes.get(f"at{index}", {}))
        targets.append(entry)
    return {
        "dataset": {"name": "测试", "name_en": "Test"},
        "sources": [{"file": "plan.txt", "title": "计划"}, {"file": "review.txt", "title": "回顾"}],
        "areas": [
            {"id": "headline", "year": 2023, "title": "目标", "source": "plan.txt", "quote": "目标"}
        ],
        "targets": targets,
    }


def errors_of(error: ValidationError) -> list[tuple[Any, ...]]:
    return [(e["loc"], e["type"], e["msg"]) for e in error.errors()]


def assert_same_errors(data: dict[str, Any]) -> None:
    """Validated entry by entry, the file fails with the errors one validation gives."""
    with pytest.raises(ValidationError) as whole:
        TargetsFile.model_validate(copy.deepcopy(data))
    with pytest.raises(ValidationError) as one_by_one:
        validated(TargetsFile, data)
    assert errors_of(one_by_one.value) == errors_of(whole.value)


def test_a_valid_long_file_gives_the_models_one_validation_gives() -> None:
    data = targets_data()
    expected = TargetsFile.model_validate(copy.deepcopy(data))
    model = validated(TargetsFile, data)
    assert model == expected
    assert [t.model_fields_set for t in model.targets] == [
        t.model_fields_set for t in expected.targets
    ]


def test_the_entries_are_replaced_in_place_by_their_models() -> None:
    data = targets_data()
    entries = data["targets"]
    model = validated(TargetsFile, data)
    assert all(type(entry) is Target for entry in entries)
    assert model.targets is entries  # the list itself: no second list of a million goals


def test_entries_given_the_same_fields_share_one_set_of_names() -> None:
    model = validated(TargetsFile, targets_data())
    with_note, without_note = model.targets[1], model.targets[3]
    assert "note" in with_note.model_fields_set and "note" not in without_note.model_fields_set
    assert with_note.model_fields_set is model.targets[2].model_fields_set
    assert without_note.model_fields_set is model.targets[6].model_fields_set


def test_a_shared_set_is_not_changed_by_a_copy_with_an_update() -> None:
    model = validated(TargetsFile, targets_data())
    changed = model.targets[1].model_copy(update={"derivation": "worked out"})
    assert "derivation" in changed.model_fields_set
    assert "derivation" not in model.targets[2].model_fields_set


@pytest.mark.parametrize(
    "changes",
    [
        {"at5": {"value": "5.5"}},  # a figure written as text
        {"at5": {"comparator": "nearly"}, "at900": {"year": "2023"}},
        {"at0": {"unexpected": 1}, f"at{LONG - 1}": {"value": None}},
        {"at17": {"comparator": "between"}},  # a range without its upper end: the model's rule
    ],
)
def test_a_long_file_with_bad_entries_gives_the_same_errors(changes: dict[str, Any]) -> None:
    data = targets_data(**changes)
    assert_same_errors(data)


def test_a_bad_table_beside_a_long_valid_list_gives_the_same_errors() -> None:
    data = targets_data()
    data["dataset"] = {"name": 7}
    assert_same_errors(data)


def test_each_target_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model's own check made after its fields (the comparator's figures) runs once a
    target, not again when the file is validated."""
    import tzgoals.models

    calls = []
    checked = tzgoals.models.requirement_problem

    def counted(*args: Any) -> Any:
        calls.append(1)
        return checked(*args)

    monkeypatch.setattr(tzgoals.models, "requirement_problem", counted)
    validated(TargetsFile, targets_data())
    assert len(calls) == LONG


def test_an_entry_that_is_not_a_table_is_reported_as_before() -> None:
    data = targets_data()
    data["targets"][3] = "not a table"
    assert_same_errors(data)


def test_a_short_file_is_validated_in_one_call_and_left_as_parsed() -> None:
    data = {"actuals": [actual_data(year=2000 + i) for i in range(5)]}
    model = validated(ActualsFile, data)
    assert model == ActualsFile.model_validate(data)
    assert all(type(entry) is dict for entry in data["actuals"])


def test_a_section_of_the_other_file_is_refused_as_before() -> None:
    data = targets_data()
    data["actuals"] = [actual_data(year=2000 + i) for i in range(LONG)]
    with pytest.raises(ValidationError) as one_by_one:
        validated(TargetsFile, copy.deepcopy(data))
    refused = (("actuals",), "extra_forbidden", "Extra inputs are not permitted")
    assert errors_of(one_by_one.value) == [refused]


def test_the_collector_is_put_back_as_it_was() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_put_back_after_an_error() -> None:
    with pytest.raises(ValidationError):
        validated(TargetsFile, targets_data(at2={"value": "x"}))
    assert gc.isenabled()
