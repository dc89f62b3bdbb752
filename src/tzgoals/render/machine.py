"""CSV, JSON and Markdown: plain numbers, stable English keys, the source's Chinese text intact."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from tzgoals.coverage import Selection, Summary
from tzgoals.models import Dataset
from tzgoals.render import OutputFormat
from tzgoals.render.catalogue import Lang, field_label, value_label
from tzgoals.render.rows import STATUS_FIELDS, status_rows, summary_rows
from tzgoals.render.safe import markdown_text
from tzgoals.tabular import Cell, Row, iter_csv, iter_json, json_value, plain


def _markdown_cell(cell: Cell, lang: Lang) -> str:
    return markdown_text(value_label(cell, lang) if isinstance(cell, str) else plain(cell))


def iter_markdown(rows: Iterable[Row], fields: Sequence[str], lang: Lang) -> Iterator[str]:
    yield "| " + " | ".join(markdown_text(field_label(f, lang)) for f in fields) + " |\n"
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
