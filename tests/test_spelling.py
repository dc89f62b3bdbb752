"""`closest` and `did_you_mean`: suggestions for a misspelt key, column or id."""

from __future__ import annotations

from tzgoals.spelling import closest, did_you_mean


def test_the_closest_choice_is_suggested() -> None:
    assert did_you_mean("qoute", ["quote", "source", "note"]) == " (did you mean 'quote'?)"


def test_nothing_close_suggests_nothing() -> None:
    assert did_you_mean("zzz", ["quote", "source"]) == ""
    assert closest(42, ["quote"]) == []


def test_several_choices_add_those_holding_the_word_and_stop_at_the_count() -> None:
    ids = ["gdp-growth", "gdp", "gdp-level", "revenue"]
    assert closest("gdp", ids, count=2) == ["gdp", "gdp-growth"]
    assert closest("GDP", ids, count=5) == ["gdp-growth", "gdp", "gdp-level"]
