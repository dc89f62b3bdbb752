"""CSV, JSON and Markdown: plain numbers, stable English keys, the source's Chinese text intact."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

from tzgoals.models import Dataset
from tzgoals.render import OutputFormat
from tzgoals.render.rows import STATUS_FIELDS, Cell, Row, status_rows
from tzgoals.score import Selection, fmt

#: A spreadsheet runs a cell starting with these as a formula; a leading ' makes it text.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def plain(cell: Cell) -> str:
    """A cell as text: numbers without separators or exponent, booleans as true/false."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, Decimal):
        return fmt(cell)
    return str(cell)


def spreadsheet_safe(cell: Cell) -> str:
    text = plain(cell)
    if isinstance(cell, str) and text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def iter_csv(rows: Iterable[Row], fields: Sequence[str], bom: bool = False) -> Iterator[str]:
    """CSV text chunk by chunk, so a large result streams instead of building up in memory."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(fields)
    yield ("\ufeff" if bom else "") + buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([spreadsheet_safe(row[name]) for name in fields])
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


def _markdown_cell(cell: Cell) -> str:
    return plain(cell).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def iter_markdown(rows: Iterable[Row], fields: Sequence[str]) -> Iterator[str]:
    yield "| " + " | ".join(fields) + " |\n"
    yield "|" + "---|" * len(fields) + "\n"
    for row in rows:
        yield "| " + " | ".join(_markdown_cell(row[k]) for k in fields) + " |\n"


#: Markdown is read by people, so it carries only the promised columns.
MARKDOWN_FIELDS = STATUS_FIELDS[: STATUS_FIELDS.index("reason") + 1]


def status_chunks(
    dataset: Dataset, selection: Selection, output_format: OutputFormat, bom: bool = False
) -> Iterator[str]:
    """The machine-readable formats of `status`; the table is drawn by `render.table`."""
    areas = {(a.year, a.id): a for a in dataset.areas}
    rows = status_rows(selection.results, areas)
    match output_format:
        case OutputFormat.CSV:
            return iter_csv(rows, STATUS_FIELDS, bom)
        case OutputFormat.JSON:
            return iter_json(rows, STATUS_FIELDS)
        case OutputFormat.MARKDOWN:
            return iter_markdown(rows, MARKDOWN_FIELDS)
        case OutputFormat.TABLE:
            raise ValueError("the table format is rendered by tzgoals.render.table")
