"""The CSV and JSON writer: records exactly as the csv module writes them, numbers plain and
exact, text guarded."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tzgoals.tabular import (
    Cell,
    csv_record,
    iter_csv,
    iter_csv_records,
    iter_json,
    json_number,
    json_safe,
    json_text,
    normalised,
    spreadsheet_safe,
)
from tzgoals.vocabulary import control_character_pattern


def written_by_csv(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()


#: Cells heavy in what CSV must quote, and any text at all.
CELLS = st.lists(st.text(alphabet=",\"\r\n\t ab地'=") | st.text(), max_size=8)


@given(CELLS)
@example([""])
@example(["", ""])
@example(['"'])
@example(["a,b", "c"])
@example(["line\r\nbreak"])
def test_a_record_is_what_the_csv_module_writes(cells: list[str]) -> None:
    assert csv_record(cells) == written_by_csv(cells)


@given(CELLS.filter(bool))
def test_a_record_reads_back_as_its_cells(cells: list[str]) -> None:
    (read,) = csv.reader(io.StringIO(csv_record(cells), newline=""))
    assert read == cells


#: Any cell a row may hold, text heavy in what CSV must quote or guard.
ROW_CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.text(alphabet=",\"\r\n\t ab地'=-+@"),
    st.text(),
)


@given(st.lists(st.lists(ROW_CELLS, min_size=3, max_size=3), max_size=5), st.booleans())
@example([[None, None, None]], False)
@example([["a,b", 'say "hi"', "line\nbreak"]], False)
@example([["=a", 1, Decimal("1.50")], ["b", -2, Decimal("-3")]], True)  # one kind a column
@example([["a\nb", None, True], ["c", None, False]], False)
@example([["a", "x,y", ""], [None, 'q"', None]], False)
@example([["'", "-1", "\r"], ["@", "+", "\t"]], False)
@example([["地区", "a", "b"], ["", "c", "地,区"]], False)
def test_records_are_what_the_csv_module_writes_of_their_cells(
    records: list[list[Cell]], bom: bool
) -> None:
    expected = ("\ufeff" if bom else "") + written_by_csv(["a", "b", "c"])
    expected += "".join(written_by_csv(list(map(spreadsheet_safe, record))) for record in records)
    assert "".join(iter_csv_records(records, ["a", "b", "c"], bom)) == expected


@given(st.lists(ROW_CELLS, max_size=4))
@example([None])
@example([""])
def test_a_record_of_one_cell_is_what_the_csv_module_writes(cells: list[Cell]) -> None:
    expected = written_by_csv(["a"]) + "".join(written_by_csv([spreadsheet_safe(c)]) for c in cells)
    assert "".join(iter_csv([{"a": c} for c in cells], ["a"])) == expected


def test_rows_become_csv_with_plain_numbers_guarded_text_and_empty_nothing() -> None:
    rows = [
        {"a": "=SUM(A1)", "b": Decimal("1.38E+4"), "c": None, "d": True, "e": 2023, "f": "x,y"},
        {"a": "'quoted", "b": Decimal("-0.50"), "c": "", "d": False, "e": 0, "f": 'say "hi"'},
    ]
    text = "".join(iter_csv(rows, list("abcdef")))
    assert text == (
        "a,b,c,d,e,f\r\n"
        '\'=SUM(A1),13800,,true,2023,"x,y"\r\n'
        '\'\'quoted,-0.5,,false,0,"say ""hi"""\r\n'
    )


@given(
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False),
        st.decimals(allow_nan=False, allow_infinity=False, places=2),
        st.builds(
            lambda digits, exponent: Decimal(f"{digits}E{exponent}"),
            st.integers(min_value=-(10**30), max_value=10**30),
            st.integers(min_value=-35, max_value=35),
        ),
    )
)
@example(Decimal("-0.00"))
@example(Decimal("100.0"))
@example(Decimal("0." + "0" * 20 + "1"))
@example(Decimal("1" * 27 + ".50"))
@example(Decimal("1" * 30 + ".5"))
def test_a_figure_is_written_as_normalize_and_format_write_it(value: Decimal) -> None:
    text = format(value.normalize(), "f")
    assert normalised(value) == ("0" if text == "-0" else text)


@given(st.decimals(allow_nan=False, allow_infinity=False))
@example(Decimal("1.23456789012345678901"))
@example(Decimal("9" * 400 + ".5"))
@example(Decimal("1E+5000"))
@example(Decimal("-0.000"))
def test_a_json_number_is_the_figure_exactly(value: Decimal) -> None:
    written = json_number(value)
    assert json.loads(written, parse_float=Decimal, parse_int=Decimal) == value
    assert "e" not in written or len(value.as_tuple().digits) <= 15  # digits, beyond a float


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("6", "6"),
        ("6.50", "6.5"),
        ("1.2E+4", "12000"),
        ("0.00001", "1e-05"),  # as json.dumps writes the float: the same number
        ("-2.5", "-2.5"),
        ("999999999999999999", "999999999999999999"),
        ("1.23456789012345678901", "1.23456789012345678901"),
        ("100.2500000000000000000", "100.25"),
    ],
)
def test_a_json_number_is_written_plainly(value: str, written: str) -> None:
    assert json_number(Decimal(value)) == written


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=12,
)


@given(JSON_VALUES, st.sampled_from([None, 2]))
def test_json_text_is_what_json_dumps_writes_without_figures(
    value: object, indent: int | None
) -> None:
    """The same text as json.dumps, but for the characters a terminal would act on (DEL, C1,
    bidirectional controls), which are written as \\uXXXX escapes: the same value read back."""
    written = json_text(value, indent)
    assert written == json_safe(json.dumps(value, ensure_ascii=False, indent=indent))
    assert json.loads(written) == value
    assert not control_character_pattern().search(written.replace("\n", ""))


def test_json_rows_keep_every_digit() -> None:
    rows = [
        {"id": "a", "value": Decimal("6.5")},
        {"id": "b", "value": Decimal("1.23456789012345678901")},
    ]
    text = "".join(iter_json(rows, ["id", "value"]))
    assert (
        text
        == '[\n  {"id": "a", "value": 6.5},\n  {"id": "b", "value": 1.23456789012345678901}\n]\n'
    )


@example("\x1b]52;c;aGk=\x07 \x9b31m \u202eevil\u2066 \x7f \udcff")
@given(st.text())
def test_json_never_holds_a_character_a_terminal_acts_on(text: str) -> None:
    """C1, DEL, bidirectional controls and lone surrogates (a path's undecodable bytes) are
    escaped as \\uXXXX, so that `check --format json` to a terminal sends none of them."""
    for written in (json_text({"path": text}), "".join(iter_json([{"path": text}], ["path"]))):
        assert not control_character_pattern().search(written.replace("\n", ""))
        assert written.encode("utf-8")  # no lone surrogate left to fail the write
        assert json.loads(written) in ({"path": text}, [{"path": text}])
