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
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cache

from tzgoals.spreadsheet import GUARDED, guard_formula
from tzgoals.vocabulary import UNWRITABLE_CHARACTERS

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
        # spreadsheet_safe, inlined for the cells most rows are made of (at 100,000 goals, 4
        # million calls): plain text as it is, nothing as nothing, a figure as `number` writes it.
        lines.append(
            csv_record(
                [
                    cell
                    if type(cell) is str and cell[:1] not in _GUARDED_FIRST
                    else ""
                    if cell is None
                    else number(cell)
                    if type(cell) is Decimal
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
    if '"' not in line and "\n" not in line and "\r" not in line:
        if line.count(",") == len(cells) - 1:
            return '""\r\n' if line == "" and len(cells) == 1 else line + "\r\n"
        # Only commas to quote, and no quote to double: one look at each cell, not four (a
        # third of the time of a row whose quote has a comma in it, as every synthetic one has).
        return ",".join(['"' + cell + '"' if "," in cell else cell for cell in cells]) + "\r\n"
    quoted = [
        _quoted(cell) if "," in cell or '"' in cell or "\n" in cell or "\r" in cell else cell
        for cell in cells
    ]
    return ",".join(quoted) + "\r\n"


#: A decimal of at most this many significant digits (and a magnitude a float has) comes back
#: from a float exactly, so that json.dumps writes it as written: 15 is a double's DBL_DIG.
_FLOAT_DIGITS = 15
_FLOAT_MAGNITUDE = 300


@cache
def _json_unsafe() -> re.Pattern[str]:
    """What `json.dumps(..., ensure_ascii=False)` writes raw though a terminal acts on it (DEL,
    the C1 controls, the bidirectional controls; it escapes C0 itself), and lone surrogates
    (bytes of a path that were not UTF-8), which no UTF-8 stream can write. Each stands only
    inside a JSON string, where `\\uXXXX` means the same character: the document stays valid
    and exact. Compiled on first use: the csv writers import this module too, and never need
    it (see `vocabulary.control_character_pattern`)."""
    return re.compile(f"[{UNWRITABLE_CHARACTERS}]")


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_safe(document: str) -> str:
    """JSON text with every character a terminal would act on written as `\\uXXXX`."""
    unsafe = _json_unsafe()
    return unsafe.sub(_json_escape, document) if unsafe.search(document) else document


def _json_ready(value: Decimal) -> int | float | None:
    """The int or float that json.dumps writes as exactly `value`, or None when none is."""
    if len(value.as_tuple().digits) > _FLOAT_DIGITS or abs(value.adjusted()) > _FLOAT_MAGNITUDE:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def json_number(value: Decimal) -> str:
    """A figure as a JSON number, exactly: whole numbers without a fraction (6, not 6.0),
    and as json.dumps writes the float of it when a float holds it (0.5, 1e-05). Beyond a
    float, the digits themselves: json.dumps takes a figure only as a float, and
    1.23456789012345678901 lost its last digits, a figure of 400 digits became Infinity,
    which is no JSON at all."""
    number = _json_ready(value)
    if number is not None:
        return json.dumps(number)
    text = format(value, "f")  # not normalize(): it rounds to the context's 28 digits
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def json_text(value: object, indent: int | None = None, level: int = 0) -> str:
    """`value` as `json.dumps(value, ensure_ascii=False, indent=indent)` writes it, but each
    Decimal as `json_number` does."""
    if isinstance(value, Decimal):
        return json_number(value)
    if isinstance(value, dict):
        members = [
            f"{json_safe(json.dumps(str(key), ensure_ascii=False))}: "
            f"{json_text(item, indent, level + 1)}"
            for key, item in value.items()
        ]
        return _json_container("{", members, "}", indent, level)
    if isinstance(value, list | tuple):
        items = [json_text(item, indent, level + 1) for item in value]
        return _json_container("[", items, "]", indent, level)
    return json_safe(json.dumps(value, ensure_ascii=False))


def _json_container(
    opening: str, members: list[str], closing: str, indent: int | None, level: int
) -> str:
    if not members:
        return opening + closing
    if indent is None:
        return opening + ", ".join(members) + closing
    inside = "\n" + " " * (indent * (level + 1))
    return opening + inside + f",{inside}".join(members) + "\n" + " " * (indent * level) + closing


def _json_row(row: Row, fields: Sequence[str]) -> str:
    """One row as a JSON object: in one json.dumps when a float holds each of its figures
    (at 100,000 goals, every row), else member by member."""
    cells: dict[str, object] = {}
    for key in fields:
        cell = row[key]
        if isinstance(cell, Decimal):
            number = _json_ready(cell)
            if number is None:
                return json_text({k: row[k] for k in fields})
            cells[key] = number
        else:
            cells[key] = cell
    return json_safe(json.dumps(cells, ensure_ascii=False))


def iter_json(rows: Iterable[Row], fields: Sequence[str]) -> Iterator[str]:
    """A JSON list of objects, written one object at a time."""
    first = True
    for row in rows:
        item = _json_row(row, fields)
        yield ("[\n  " if first else ",\n  ") + item
        first = False
    yield "[]\n" if first else "\n]\n"
