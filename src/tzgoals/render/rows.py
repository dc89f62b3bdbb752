"""Flat rows of results, the one shape shared by csv and json output."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from tzgoals.coverage import Summary, Tally
from tzgoals.dates import figure_date
from tzgoals.models import Actual, Area, Source
from tzgoals.render.catalogue import Lang
from tzgoals.render.explain import reason_text
from tzgoals.score import GoalResult, flags_of
from tzgoals.tabular import Row

if TYPE_CHECKING:  # the rows of diff and history: `status` does not import their modules
    from tzgoals.change import IndicatorChange, TargetPair
    from tzgoals.history import IndicatorHistory
    from tzgoals.pace import PaceFact

#: The promised columns, in order; anything after them is extra detail for analysts.
STATUS_FIELDS: tuple[str, ...] = (
    "id",
    "indicator",
    "year",
    "area",
    "name",
    "name_en",
    "comparator",
    "target",
    "unit",
    "actual",
    "status",
    "attainment",
    "gap",
    "reason",
    "target_max",
    "tolerance",
    "direction",
    "reason_code",
    "gap_unit",
    "flags",
    "actual_indicator",
    "scope",
    "actual_as_reported",
    "actual_unit",
    "as_of",
    "vintage",
    "baseline",
    "through_month",
    "pace",
    "pace_gap",
    "area_title",
    "area_title_en",
    "source",
    "quote",
    "actual_source",
    "actual_quote",
    "note",
    "note_en",
    "source_url",
    "actual_source_url",
)


class _Documents(NamedTuple):
    """Each cited document's address and date of publication (None when not known), found
    once for a listing rather than once for each of its rows."""

    urls: dict[str, str | None]
    dates: dict[str, str | None]


def _documents(sources: Mapping[str, Source]) -> _Documents:
    urls = {file: source.url or None for file, source in sources.items()}
    dates = {file: figure_date(None, source.published) or None for file, source in sources.items()}
    return _Documents(urls, dates)


def status_row(
    result: GoalResult,
    area: Area | None,
    lang: Lang = Lang.EN,
    sources: Mapping[str, Source] | None = None,
) -> Row:
    """One goal as flat cells; `reason` is a sentence in `lang`, `reason_code` its fact.

    `sources`, the dataset's documents, give the quotes' `source_url` and `actual_source_url`.
    """
    return _row(result, area, lang, _documents(sources or {}))


def _row(result: GoalResult, area: Area | None, lang: Lang, documents: _Documents) -> Row:
    """`status_row`, with the listing's documents looked up once. An enum's text is taken as
    str(member), which for a StrEnum is its value: `.value` goes through the enum's descriptor,
    five times a row for 100,000 rows."""
    target, actual, baseline = result.target, result.actual, result.baseline
    pace = result.in_progress
    return {
        "id": target.id,
        "indicator": target.indicator,
        "year": target.year,
        "area": target.area,
        "name": target.name,
        "name_en": target.name_en,
        "comparator": str(target.comparator),
        "target": target.value,
        "unit": target.unit,
        "actual": result.compared,
        "status": str(result.status),
        "attainment": result.attainment,
        "gap": result.gap,
        "reason": reason_text(result, lang),
        "target_max": target.value_max,
        "tolerance": target.tolerance,
        "direction": str(result.direction) if result.direction else None,
        "reason_code": str(result.reason),
        "gap_unit": result.gap_unit if result.gap is not None else None,
        "flags": ";".join(result.flags),
        "actual_indicator": actual.indicator if actual else None,
        "scope": str(result.scope) if result.scope else None,
        "actual_as_reported": actual.value if actual else None,
        "actual_unit": actual.unit if actual else None,
        # A figure's own date, else its source's (`dates.figure_date`).
        "as_of": (actual.as_of or documents.dates.get(actual.source)) if actual else None,
        "vintage": str(actual.vintage) if actual and actual.vintage else None,
        "baseline": baseline.value if baseline else None,
        "through_month": pace.through_month if pace else None,
        "pace": str(pace.pace) if pace else None,
        "pace_gap": pace.gap if pace else None,
        "area_title": area.title if area else None,
        "area_title_en": (area.title_en or None) if area else None,
        "source": target.source,
        "quote": target.quote,
        "actual_source": actual.source if actual else None,
        "actual_quote": actual.quote if actual else None,
        "note": target.note,
        "note_en": target.note_en,
        "source_url": documents.urls.get(target.source),
        "actual_source_url": documents.urls.get(actual.source) if actual else None,
    }


def status_rows(
    results: Iterable[GoalResult],
    areas: dict[tuple[int, str], Area],
    lang: Lang = Lang.EN,
    sources: Mapping[str, Source] | None = None,
) -> Iterator[Row]:
    documents = _documents(sources or {})
    for result in results:
        area = areas.get((result.target.year, result.target.area))
        yield _row(result, area, lang, documents)


DIFF_FIELDS: tuple[str, ...] = (
    "indicator",
    "name",
    "name_en",
    "unit",
    "from_year",
    "to_year",
    "from_value",
    "to_value",
    "change",
    "change_pct",
    "direction",
    "from_flags",
    "to_flags",
)


def _flag_text(actual: Actual | None) -> str:
    return ";".join(flags_of(actual))


def diff_rows(changes: Iterable[IndicatorChange]) -> Iterator[Row]:
    for change in changes:
        indicator = change.indicator
        yield {
            "indicator": indicator.id,
            "name": indicator.name,
            "name_en": indicator.name_en,
            "unit": indicator.unit,
            "from_year": change.from_year,
            "to_year": change.to_year,
            "from_value": change.from_value,
            "to_value": change.to_value,
            "change": change.change,
            "change_pct": change.change_pct,
            "direction": change.trend.value if change.trend else None,
            "from_flags": _flag_text(change.before),
            "to_flags": _flag_text(change.after),
        }


TARGET_DIFF_FIELDS: tuple[str, ...] = (
    "indicator",
    "name",
    "name_en",
    "from_year",
    "to_year",
    "from_comparator",
    "from_target",
    "from_unit",
    "to_comparator",
    "to_target",
    "to_unit",
    "change",
)


def target_diff_rows(pairs: Iterable[TargetPair], from_year: int, to_year: int) -> Iterator[Row]:
    for pair in pairs:
        before, after = pair.before, pair.after
        yield {
            "indicator": pair.indicator.id,
            "name": pair.indicator.name,
            "name_en": pair.indicator.name_en,
            "from_year": from_year,
            "to_year": to_year,
            "from_comparator": before.comparator.value if before else None,
            "from_target": before.value if before else None,
            "from_unit": before.unit if before else None,
            "to_comparator": after.comparator.value if after else None,
            "to_target": after.value if after else None,
            "to_unit": after.unit if after else None,
            "change": pair.change.value,
        }


SUMMARY_FIELDS: tuple[str, ...] = (
    "area",
    "title",
    "title_en",
    "targets",
    "met",
    "missed",
    "unreported",
    "reported",
    "not_scorable",
    "reported_share",
)


def summary_rows(summary: Summary) -> Iterator[Row]:
    """One row per area, then a total row with area `total`."""
    for entry in summary.areas:
        area = entry.area
        yield _summary_row(
            entry.area_id, area.title if area else "", area.title_en if area else "", entry.tally
        )
    yield _summary_row("total", "", "", summary.total)


def _summary_row(area: str, title: str, title_en: str, counts: Tally) -> Row:
    return {
        "area": area,
        "title": title,
        "title_en": title_en,
        "targets": counts.targets,
        "met": counts.met,
        "missed": counts.missed,
        "unreported": counts.unreported,
        "reported": counts.reported,
        "not_scorable": counts.not_scorable,
        "reported_share": counts.reported_share,
    }


#: The columns of `history --format csv|json`, in order.
HISTORY_FIELDS: tuple[str, ...] = (
    "indicator",
    "year",
    "target_id",
    "comparator",
    "target",
    "target_max",
    "unit",
    "actual",
    "status",
    "gap",
    "after_miss",
    "through_month",
    "year_to_date",
    "pace",
    "pace_gap",
)


def history_rows(records: Iterable[IndicatorHistory]) -> Iterator[Row]:
    """One row an indicator and year: its target, the figure it was scored on (the latest, or
    the latest by `--as-of`), the verdict, the gap, and what the next plan did after a miss.
    A year whose verdict is not in gives the last pace of its year-to-date figures: the month
    they run to, the figure (in the target's unit where a rule compares it), the pace and its
    gap, as `status` gives them; empty once a whole year's figure decides."""
    for record in records:
        for row in record.rows:
            result = row.result
            target = result.target
            pace = result.in_progress
            yield {
                "indicator": record.indicator.id,
                "year": target.year,
                "target_id": target.id,
                "comparator": str(target.comparator),
                "target": target.value,
                "target_max": target.value_max,
                "unit": target.unit,
                "actual": result.compared,
                "status": str(result.status),
                "gap": result.gap,
                "after_miss": str(row.after_miss) if row.after_miss else "",
                "through_month": pace.through_month if pace else None,
                "year_to_date": _year_to_date(pace) if pace else None,
                "pace": str(pace.pace) if pace else None,
                "pace_gap": pace.gap if pace else None,
            }


def _year_to_date(fact: PaceFact) -> Decimal | bool | None:
    """The figure a pace rests on: in the target's unit where a rule compared it, else as
    the source gives it (a milestone's "done so far" has no rule)."""
    return fact.actual.value if fact.compared is None else fact.compared
