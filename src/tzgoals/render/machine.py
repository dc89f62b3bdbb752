"""CSV and JSON: plain numbers, stable English keys, the source's Chinese text intact."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from tzgoals.coverage import Selection, Summary
from tzgoals.models import Dataset
from tzgoals.render import OutputFormat
from tzgoals.render.catalogue import Lang
from tzgoals.render.rows import STATUS_FIELDS, status_rows, summary_rows
from tzgoals.tabular import Row, iter_csv, iter_json, json_text


def render_rows(
    rows: Iterable[Row], fields: Sequence[str], output_format: OutputFormat, bom: bool = False
) -> Iterator[str]:
    """Rows for programs, as csv or json; people's formats are written elsewhere."""
    match output_format:
        case OutputFormat.CSV:
            return iter_csv(rows, fields, bom)
        case OutputFormat.JSON:
            return iter_json(rows, fields)
        case OutputFormat.MARKDOWN:
            raise ValueError("markdown is written by tzgoals.render.markdown")
        case OutputFormat.TABLE:
            raise ValueError("the table format is drawn by tzgoals.render.views")
        case OutputFormat.HTML:
            raise ValueError("the html format is written by tzgoals.render.html")


def status_chunks(
    dataset: Dataset, selection: Selection, output_format: OutputFormat, bom: bool = False
) -> Iterator[str]:
    """The goals as csv or json rows; `reason` is an English sentence, and `reason_code`
    the same fact for programs."""
    areas = {(a.year, a.id): a for a in dataset.areas}
    rows = status_rows(selection.results, areas, Lang.EN, dataset.sources)
    return render_rows(rows, STATUS_FIELDS, output_format, bom)


def summary_json(summary: Summary, dataset: dict[str, str] | None = None) -> Iterator[str]:
    """Coverage as one JSON object: per-area rows, the total, and results without a target.

    `dataset` says which dataset was read (its files, and how discovery found them).
    """
    areas = list(summary_rows(summary))
    unpromised = [
        {
            "indicator": a.indicator,
            "year": a.year,
            "name": a.name,
            "name_en": a.name_en,
            "value": a.value,
            "unit": a.unit,
            "estimate": a.estimate,
            "lower_bound": a.lower_bound,
            "source": a.source,
            "quote": a.quote,
        }
        for a in summary.without_target
    ]
    document = {
        **({"dataset": dataset} if dataset is not None else {}),
        "year": summary.year,
        "areas": areas[:-1],
        "total": areas[-1],
        "reported_without_target": unpromised,
    }
    yield json_text(document, indent=2) + "\n"
