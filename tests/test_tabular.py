"""The CSV writer: records exactly as the csv module writes them, numbers plain, text guarded."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from tzgoals.tabular import csv_record, iter_csv


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
