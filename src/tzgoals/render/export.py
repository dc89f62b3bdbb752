"""Every field of every entry of one section, as `export` writes it in CSV or JSON.

What `import` (`files/transfer.py`) reads back to the same entries: figures as the data gives
them (6.50 stays 6.50), enums as their text, dates as ISO text, and the spreadsheet guard on
text a spreadsheet would run as a formula (`tabular.as_written`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import assert_never

from tzgoals.models import Dataset, Entry, field_order
from tzgoals.tabular import Cell, as_written, iter_csv, iter_json
from tzgoals.vocabulary import Section


def _entries(dataset: Dataset, section: Section) -> list[Entry]:
    match section:
        case Section.SOURCES:
            return list(dataset.sources.values())
        case Section.AREAS:
            return list(dataset.areas)
        case Section.INDICATORS:
            return list(dataset.indicators.values())
        case Section.TARGETS:
            return list(dataset.targets)
        case Section.ACTUALS:
            return list(dataset.all_actuals())
        case _:
            assert_never(section)


def _plain(value: object) -> Cell:
    """A field as a cell: enums as their text, a date as ISO text (2026-11-25)."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    assert value is None or isinstance(value, Decimal | bool | int | str), value
    return value


def export_rows(dataset: Dataset, section: Section) -> list[dict[str, Cell]]:
    """Every field of every entry of a section, in the files' key order.

    Values keep their types (Decimal, int, bool, str; None for a figure or unit not given);
    enums become their text, dates ISO text.
    """
    order = field_order(section)
    return [
        {key: _plain(getattr(entry, key)) for key in order} for entry in _entries(dataset, section)
    ]


def export_columns(dataset: Dataset, section: Section) -> list[str]:
    """The section's keys, less `through_month` when no figure covers part of a year: an
    export of whole years alone reads as it did before year-to-date figures existed."""
    order = field_order(section)
    if section is Section.ACTUALS and not dataset.year_to_date:
        order.remove("through_month")
    return order


def export_csv(dataset: Dataset, section: Section, bom: bool = False) -> Iterator[str]:
    """The section as CSV that `import` reads back to the same entries."""
    return iter_csv(
        export_rows(dataset, section), export_columns(dataset, section), bom, as_written
    )


def export_json(dataset: Dataset, section: Section) -> Iterator[str]:
    return iter_json(export_rows(dataset, section), export_columns(dataset, section))
