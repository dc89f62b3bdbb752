"""Rows as CSV or JSON text, streamed: the one writer behind `status`, `summary` and `export`.

Cells are plain values (Decimal, int, bool, str, None). Numbers are written without separators
or exponent, and CSV text a spreadsheet would run as a formula is guarded (`spreadsheet`).
"""

from __future__ import annotations

import csv
import io
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal

from tzgoals.spreadsheet import GUARDED, guard_formula

Cell = Decimal | bool | int | str | None
Row = Mapping[str, Cell]

CSV_ROWS_PER_CHUNK = 1000


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
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(fields)
    yield ("\ufeff" if bom else "") + buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    batch = 0
    cells = operator.itemgetter(*fields) if len(fields) > 1 else lambda row: (row[fields[0]],)
    for row in rows:
        # spreadsheet_safe, inlined for the cells most rows are made of (at 100,000 goals, 3
        # million calls): plain text as it is, and None (csv writes it empty) left to csv.
        writer.writerow(
            [
                cell
                if (type(cell) is str and not cell.startswith(GUARDED)) or cell is None
                else spreadsheet_safe(cell, number)
                for cell in cells(row)
            ]
        )
        batch += 1
        if batch == CSV_ROWS_PER_CHUNK:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            batch = 0
    if batch:
        yield buffer.getvalue()


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
