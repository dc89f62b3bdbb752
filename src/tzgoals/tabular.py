"""Rows as CSV or JSON text, streamed: the one writer behind `status`, `summary` and `export`.

Cells are plain values (Decimal, int, bool, str, None). Numbers are written without separators
or exponent, and CSV text a spreadsheet would run as a formula is guarded (`spreadsheet`).

CSV records are joined here rather than by the `csv` module, whose writer looks at each
character of each cell in turn: at 100,000 goals that was the largest cost of `status
--format csv` after parsing, where a record without a comma, quote or line break in it
(found by a few scans of the whole line) needs nothing but a join. The output is the `csv`
module's own, excel dialect, CRLF line ends (a test holds the two to each other).
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal

from tzgoals.spreadsheet import GUARDED, guard_formula

Cell = Decimal | bool | int | str | None
Row = Mapping[str, Cell]

CSV_ROWS_PER_CHUNK = 1000
#: The first characters of a text written with a guard, as a set: one look-up a cell.
_GUARDED_FIRST = frozenset(GUARDED)


def normalised(value: Decimal) -> str:
    """A figure as plain text, without exponent or trailing zeros (13800, not 1.38E+4)."""
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", ""} else text


def as_written(value: Decimal) -> str:
    """A figure exactly as the data gives it (6.50 stays 6.50), for export and re-import."""
    return format(value, "f")


def plain(cell: Cell, number: Callable[[Decimal], str] = normalised) -> str:
    """A cell as text: numbers without separators or exponent, booleans as true/false."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, Decimal):
        return number(cell)
    return str(cell)


def spreadsheet_safe(cell: Cell, number: Callable[[Decimal], str] = normalised) -> str:
    """Text that a spreadsheet would run as a formula is guarded; numbers stay numbers."""
    return guard_formula(cell) if isinstance(cell, str) else plain(cell, number)


def iter_csv(
    rows: Iterable[Row],
    fields: Sequence[str],
    bom: bool = False,
    number: Callable[[Decimal], str] = normalised,
) -> Iterator[str]:
    """CSV text in chunks of rows, so a large result streams instead of building up in memory.

    `number` writes figures: normalised results by default, `as_written` for an export.
    """
    yield ("\ufeff" if bom else "") + csv_record(list(fields))
    lines: list[str] = []
    cells = operator.itemgetter(*fields) if len(fields) > 1 else lambda row: (row[fields[0]],)
    for row in rows:
        # spreadsheet_safe, inlined for the cells most rows are made of (at 100,000 goals, 3
        # million calls): plain text as it is, and nothing as nothing.
        lines.append(
            csv_record(
                [
                    cell
                    if type(cell) is str and cell[:1] not in _GUARDED_FIRST
                    else ""
                    if cell is None
                    else spreadsheet_safe(cell, number)
                    for cell in cells(row)
                ]
            )
        )
        if len(lines) == CSV_ROWS_PER_CHUNK:
            yield "".join(lines)
            lines.clear()
    if lines:
        yield "".join(lines)


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


def csv_record(cells: Sequence[str]) -> str:
    """One CSV record as `csv.writer` writes it (excel dialect, minimal quoting, CRLF): a cell
    with a comma, a double quote or a line break in double quotes, its quotes doubled."""
    line = ",".join(cells)
    if (
        line.count(",") == len(cells) - 1
        and '"' not in line
        and "\n" not in line
        and "\r" not in line
    ):
        return '""\r\n' if line == "" and len(cells) == 1 else line + "\r\n"
    quoted = [
        _quoted(cell) if "," in cell or '"' in cell or "\n" in cell or "\r" in cell else cell
        for cell in cells
    ]
    return ",".join(quoted) + "\r\n"


def json_value(cell: Cell) -> object:
    if isinstance(cell, Decimal):
        return int(cell) if cell == cell.to_integral_value() else float(cell)
    return cell


def iter_json(rows: Iterable[Row], fields: Sequence[str]) -> Iterator[str]:
    """A JSON list of objects, written one object at a time."""
    first = True
    for row in rows:
        item = json.dumps({k: json_value(row[k]) for k in fields}, ensure_ascii=False)
        yield ("[\n  " if first else ",\n  ") + item
        first = False
    yield "[]\n" if first else "\n]\n"
