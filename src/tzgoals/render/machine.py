"""CSV and JSON: plain numbers, stable English keys, the source's Chinese text intact."""

from __future__ import annotations

import operator
from collections.abc import Iterator

from tzgoals.coverage import Selection, Summary
from tzgoals.models import Dataset
from tzgoals.render.catalogue import Lang
from tzgoals.render.rows import STATUS_FIELDS, status_rows, summary_rows
from tzgoals.tabular import Row, iter_csv_records, iter_json, json_text


def _status_rows(dataset: Dataset, selection: Selection) -> Iterator[Row]:
    """The goals as rows; `reason` is an English sentence, and `reason_code` the same fact
    for programs."""
    areas = {(a.year, a.id): a for a in dataset.areas}
    return status_rows(selection.results, areas, Lang.EN, dataset.sources)


def status_csv(dataset: Dataset, selection: Selection, bom: bool = False) -> Iterator[str]:
    """A status row's keys are `STATUS_FIELDS` in order (a test holds them so): its values are
    its record as they stand, without looking up 40 keys a row again."""
    records = map(operator.methodcaller("values"), _status_rows(dataset, selection))
    return iter_csv_records(records, STATUS_FIELDS, bom)


def status_json(dataset: Dataset, selection: Selection) -> Iterator[str]:
    return iter_json(_status_rows(dataset, selection), STATUS_FIELDS)


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
