"""Rows as CSV or JSON text, streamed: the one writer behind `status`, `summary` and `export`.

Cells are plain values (Decimal, int, bool, str, None). Numbers are written without separators
or exponent, and CSV text a spreadsheet would run as a formula is guarded (`spreadsheet`).

CSV records are joined here rather than by the `csv` module, whose writer looks at each
character of each cell in turn: at 100,000 goals that was the largest cost of `status
--format csv` after parsing, where a text without a comma, quote or line break in it needs
nothing but a join. The output is the `csv` module's own, excel dialect, CRLF line ends (tests
hold the two to each other).
"""

from __future__ import annotations

import itertools
import json
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import cast

from tzgoals.spreadsheet import GUARDED, guard_formula
from tzgoals.vocabulary import UNWRITABLE_CHARACTERS

Cell = Decimal | bool | int | str | None
Row = Mapping[str, Cell]

CSV_ROWS_PER_CHUNK = 1000


#: Fewer characters than the default context has digits: `str` of such a figure has no digit
#: that `normalize` would round away.
_SHORT = 28


def normalised(value: Decimal) -> str:
    """A figure as plain text, without exponent or trailing zeros (13800, not 1.38E+4).

    Most figures `str` writes plainly and briefly (6.50, 13800): only their trailing zeros are
    taken away, at a third of the cost of `normalize` and `format`, which the rest go through.
    The same text either way in a context of 28 digits or more, as every one tzgoals sets is
    (a context of fewer would have `normalize` round a figure it writes whole).
    """
    text = str(value)
    if len(text) < _SHORT and "E" not in text and value.is_finite():
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
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
    cells = operator.itemgetter(*fields) if len(fields) > 1 else lambda row: (row[fields[0]],)
    return iter_csv_records(map(cells, rows), fields, bom, number)


def iter_csv_records(
    records: Iterable[Iterable[Cell]],
    fields: Sequence[str],
    bom: bool = False,
    number: Callable[[Decimal], str] = normalised,
) -> Iterator[str]:
    """As `iter_csv`, from records whose cells stand in the order of `fields` already.

    A chunk of records is written a column at a time (`_column_text`): a column of one kind of
    cell is written by one call over all of it, and a column of text that needs no quote and no
    guard (found by a few scans of its cells joined) is written as it is. At 100,000 goals,
    looking at each of 4 million cells in turn was most of the CSV's time.
    """
    yield ("\ufeff" if bom else "") + csv_record(list(fields))
    remaining = iter(records)
    while chunk := list(itertools.islice(remaining, CSV_ROWS_PER_CHUNK)):
        columns = [_column_text(column, number) for column in zip(*chunk, strict=True)]
        lines = list(map(",".join, zip(*columns, strict=True)))
        if len(fields) == 1:  # a record of one empty cell is written "", as csv.writer does
            lines = [line or '""' for line in lines]
        lines.append("")  # the last record's line end
        yield "\r\n".join(lines)


def _column_text(column: Sequence[Cell], number: Callable[[Decimal], str]) -> Sequence[str]:
    """One column of a chunk of records as CSV fields, each as `csv_record` writes it.

    Its empty cells are counted by identity: `count(None)` asks each Decimal whether it equals
    None, which Decimal answers only after asking whether None is a `numbers.Rational`."""
    empty = sum(map(operator.is_, column, itertools.repeat(None)))
    if empty == len(column):
        return [""] * empty
    first = next(cell for cell in column if cell is not None)
    if type(first) is int and not empty and set(map(type, column)) == {int}:
        return list(map(str, column))  # whole numbers (a year): never a bool, whose type is bool
    if isinstance(first, str):
        text = column if not empty else ["" if cell is None else cell for cell in column]
        try:
            joined = "\n".join(cast(Sequence[str], text))
        except TypeError:  # text and other cells in one column
            pass
        else:
            return _text_column(cast(Sequence[str], text), joined)
    return [
        "" if cell is None else number(cell) if type(cell) is Decimal else _field(cell, number)
        for cell in column
    ]


def _text_column(cells: Sequence[str], joined: str) -> Sequence[str]:
    """Text cells (`joined` by line breaks) as they are when none needs a guard or a quote; in
    double quotes where they hold a comma and nothing else to mind; else each as it must be."""
    if (
        not joined.startswith(GUARDED)
        and not _guarded_after_break().search(joined)
        and '"' not in joined
        and "\r" not in joined
        and joined.count("\n") < len(cells)  # no cell with a line break of its own
    ):
        if "," not in joined:
            return cells
        return ['"' + cell + '"' if "," in cell else cell for cell in cells]
    return [_csv_field(guard_formula(cell)) for cell in cells]


@cache
def _guarded_after_break() -> re.Pattern[str]:
    """A guarded text's start after a line break, as in a column's cells joined by line breaks.
    Led by a literal line break, which the engine looks for first. Compiled on first use, as
    `_json_unsafe`."""
    return re.compile("\n(?:" + "|".join(map(re.escape, GUARDED)) + ")")


def _field(cell: Cell, number: Callable[[Decimal], str]) -> str:
    """A cell as `csv_record` writes it, guarded, in double quotes when it must be."""
    return _csv_field(spreadsheet_safe(cell, number))


def _csv_field(text: str) -> str:
    """A text as a CSV field: in double quotes, its own doubled, when it holds a comma, a double
    quote or a line break."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_record(cells: Sequence[str]) -> str:
    """One CSV record as `csv.writer` writes it (excel dialect, minimal quoting, CRLF); a
    record of one empty cell is written "", so that it is not read as no record at all.
    Records of rows are written a column at a time (`iter_csv_records`): this writes a header
    and holds the tests' rule."""
    if len(cells) == 1 and not cells[0]:
        return '""\r\n'
    return ",".join(map(_csv_field, cells)) + "\r\n"


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
