"""The formula guard both ways: whatever a text is, unguarding its guarded form gives it back."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tzgoals.spreadsheet import guard_formula, unguard_formula


@given(st.text())
@example("'=x")
@example("''")
@example("'")
@example("'-3")
def test_unguarding_a_guarded_text_gives_it_back(text: str) -> None:
    assert unguard_formula(guard_formula(text)) == text


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("-3个百分点", "'-3个百分点"),
        ("'=x", "''=x"),  # came back as =x: the guard was taken off a text that had none
        ("'quoted'", "''quoted'"),
        ("plain", "plain"),
    ],
)
def test_a_text_beginning_with_a_trigger_or_a_quote_is_guarded(text: str, cell: str) -> None:
    assert guard_formula(text) == cell


@pytest.mark.parametrize("cell", ["'quoted by hand", "it's", "plain"])
def test_a_cell_written_by_hand_keeps_its_quote(cell: str) -> None:
    assert unguard_formula(cell) == cell
