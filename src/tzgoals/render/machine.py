"""CSV, JSON and Markdown: plain numbers, stable English keys, the source's Chinese text intact."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal

from tzgoals.models import Dataset
from tzgoals.render import OutputFormat
from tzgoals.render.catalogue import Lang, field_label, value_label
from tzgoals.render.figures import fmt
from tzgoals.render.rows import STATUS_FIELDS, Cell, Row, status_rows, summary_rows
from tzgoals.score import Selection, Summary
from tzgoals.vocabulary import FORMULA_TRIGGERS

CSV_ROWS_PER_CHUNK = 1000


def as_written(value: Decimal) -> str:
    """A figure exactly as the data gives it (6.50 stays 6.50), for export and re-import."""
    return format(value, "f")


def plain(cell: Cell, number: Callable[[Decimal], str] = fmt) -> str:
    """A cell as text: numbers without separators or exponent, booleans as true/false."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, Decimal):
        return number(cell)
    return str(cell)


def spreadsheet_safe(cell: Cell, number: Callable[[Decimal], str] = fmt) -> str:
    """Text that a spreadsheet would run as a formula gets a leading '; numbers stay numbers."""
    if isinstance(cell, str):
        return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell
    return plain(cell, number)


def iter_csv(
    rows: Iterable[Row],
    fields: Sequence[str],
    bom: bool = False,
    number: Callable[[Decimal], str] = fmt,
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
    for row in rows:
        writer.writerow([spreadsheet_safe(row[name], number) for name in fields])
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


def _markdown_cell(cell: Cell, lang: Lang) -> str:
    text = value_label(cell, lang) if isinstance(cell, str) else plain(cell)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def iter_markdown(rows: Iterable[Row], fields: Sequence[str], lang: Lang) -> Iterator[str]:
    yield "| " + " | ".join(field_label(f, lang) for f in fields) + " |\n"
    yield "|" + "---|" * len(fields) + "\n"
    for row in rows:
        yield "| " + " | ".join(_markdown_cell(row[k], lang) for k in fields) + " |\n"


def render_rows(
    rows: Iterable[Row],
    fields: Sequence[str],
    output_format: OutputFormat,
    lang: Lang = Lang.EN,
    bom: bool = False,
) -> Iterator[str]:
    """Rows in a machine format; Markdown shows only the fields up to `reason` when present."""
    match output_format:
        case OutputFormat.CSV:
            return iter_csv(rows, fields, bom)
        case OutputFormat.JSON:
            return iter_json(rows, fields)
        case OutputFormat.MARKDOWN:
            shown = fields[: fields.index("reason") + 1] if "reason" in fields else fields
            return iter_markdown(rows, shown, lang)
        case OutputFormat.TABLE:
            raise ValueError("the table format is drawn by tzgoals.render.table")
        case OutputFormat.HTML:
            raise ValueError("the html format is written by tzgoals.render.html")


def status_chunks(
    dataset: Dataset,
    selection: Selection,
    output_format: OutputFormat,
    lang: Lang = Lang.EN,
    bom: bool = False,
) -> Iterator[str]:
    areas = {(a.year, a.id): a for a in dataset.areas}
    # A reason is a sentence for people: in the chosen language for Markdown, in English for
    # csv and json, whose `reason_code` column is the same fact for programs.
    words = lang if output_format is OutputFormat.MARKDOWN else Lang.EN
    rows = status_rows(selection.results, areas, words)
    return render_rows(rows, STATUS_FIELDS, output_format, lang, bom)


def summary_json(summary: Summary) -> Iterator[str]:
    """Coverage as one JSON object: per-area rows, the total, and results without a target."""
    areas = [{k: json_value(v) for k, v in row.items()} for row in summary_rows(summary)]
    unpromised = [
        {
            "indicator": a.indicator,
            "year": a.year,
            "name": a.name,
            "name_en": a.name_en,
            "value": json_value(a.value),
            "unit": a.unit,
            "estimate": a.estimate,
            "lower_bound": a.lower_bound,
            "source": a.source,
            "quote": a.quote,
        }
        for a in summary.without_target
    ]
    document = {
        "year": summary.year,
        "areas": areas[:-1],
        "total": areas[-1],
        "reported_without_target": unpromised,
    }
    yield json.dumps(document, ensure_ascii=False, indent=2) + "\n"
