"""What `history` says of each indicator, before any layout: a row a year, the closing count,
and a small chart of target against result drawn with characters.

Plain strings, as `render/goals.py` gives `status`: the terminal, Markdown and the page are
drawn from the same `RecordView`, so they cannot say different things. The chart reads
without colour: `│` marks the target (both ends of a range), `●` the result, `◉` both at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from tzgoals.history import IndicatorHistory, YearRow
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.figures import actual_text, gap_text, marks_legend, target_text
from tzgoals.render.goals import names
from tzgoals.render.pacing import pace_cell, year_to_date_text
from tzgoals.units import convert
from tzgoals.vocabulary import Comparator, Flag, Status

#: Cells of the chart's strip between its lowest and highest figure.
CHART_WIDTH = 24
TARGET_MARK, RESULT_MARK, BOTH_MARK, EMPTY_MARK = "│", "●", "◉", "·"
#: Targets that have a level on the indicator's own scale, which a chart can place.
_CHARTED = frozenset(Comparator) - {
    Comparator.MILESTONE,
    Comparator.QUALITATIVE,
    Comparator.PP_CHANGE,
}


class YearLine(NamedTuple):
    """One year as a reader is shown it."""

    row: YearRow
    year: str
    target: str
    actual: str
    status: Status
    gap: str
    after_miss: str


class ChartLine(NamedTuple):
    year: str
    strip: str


class Chart(NamedTuple):
    """Target against result across years, on one scale from `low` to `high` (texts)."""

    lines: list[ChartLine]
    low: str
    high: str
    unit: str


class RecordView(NamedTuple):
    """One indicator's track record: its names, its years, what they add up to, its chart."""

    indicator_id: str
    name: str
    other: str
    lines: list[YearLine]
    record: str
    chart: Chart | None
    marks: frozenset[Flag]
    #: Whether a year shows a pace (序时进度) instead of a verdict, for the legend.
    paced: bool = False


def year_line(row: YearRow, lang: Lang) -> YearLine:
    """A year as a reader is shown it; a year whose verdict is not in shows its last pace,
    as the scorecard does: the year-to-date figure, marked, where the result stands, and
    the pace where the gap stands."""
    result = row.result
    after = label(f"after_miss.{row.after_miss}", lang) if row.after_miss else ""
    pace = result.in_progress
    return YearLine(
        row=row,
        year=str(result.target.year),
        target=target_text(result.target, lang),
        actual=year_to_date_text(pace, lang) if pace else actual_text(result, lang),
        status=result.status,
        gap=pace_cell(pace, result, lang) if pace else gap_text(result, lang),
        after_miss=after,
    )


def record_text(history: IndicatorHistory, lang: Lang) -> str:
    """ "met 4 of 5 years scored (1 unreported)"."""
    text = label("history.record", lang, met=history.met, scored=history.scored)
    if history.unreported:
        text += label("history.unreported", lang, count=history.unreported)
    return text


def levels_of(row: YearRow, unit: str) -> tuple[list[Decimal], Decimal | None]:
    """A year's target level(s) and result, in `unit`; nothing for a target a chart cannot
    place."""
    target, compared = row.result.target, row.result.compared
    if target.comparator not in _CHARTED or target.unit is None or target.value is None:
        return [], None
    levels = [convert(v, target.unit, unit) for v in (target.value, target.value_max) if v]
    result = convert(compared, target.unit, unit) if isinstance(compared, Decimal) else None
    return levels, result


def chart(history: IndicatorHistory) -> Chart | None:
    """The strip of each year, or None when fewer than two years have a level to place."""
    unit = history.indicator.unit
    if unit is None:
        return None
    placed = [(row, *levels_of(row, unit)) for row in history.rows]
    figures = [f for _, levels, result in placed for f in (*levels, result) if f is not None]
    if sum(bool(levels) for _, levels, _ in placed) < 2 or not figures:
        return None
    low, high = min(figures), max(figures)
    span = (high - low) or Decimal(1)

    def cell(figure: Decimal) -> int:
        return int(((figure - low) / span * (CHART_WIDTH - 1)).to_integral_value())

    lines = []
    for row, levels, result in placed:
        strip = [EMPTY_MARK] * CHART_WIDTH
        for level in levels:
            strip[cell(level)] = TARGET_MARK
        if result is not None:
            at = cell(result)
            strip[at] = BOTH_MARK if strip[at] == TARGET_MARK else RESULT_MARK
        lines.append(ChartLine(str(row.year), "".join(strip)))
    return Chart(lines, f"{low.normalize():f}", f"{high.normalize():f}", unit)


def chart_key(lang: Lang) -> str:
    return label("history.chart key", lang, target=TARGET_MARK, result=RESULT_MARK, both=BOTH_MARK)


def record_view(history: IndicatorHistory, lang: Lang) -> RecordView:
    indicator = history.indicator
    name, other = names(indicator.name, indicator.name_en, lang)
    lines = [year_line(row, lang) for row in history.rows]
    marks = frozenset(flag for row in history.rows for flag in row.result.qualifiers)
    paced = any(row.result.in_progress for row in history.rows)
    record = record_text(history, lang)
    return RecordView(indicator.id, name, other, lines, record, chart(history), marks, paced)


def legend_lines(views: Iterable[RecordView], lang: Lang) -> list[str]:
    """What the marks shown mean: the qualifiers', then the pace's when a year shows one."""
    shown = list(views)
    marks = frozenset(flag for view in shown for flag in view.marks)
    lines = [marks_legend(marks, lang)] if marks else []
    return lines + ([label("mark.pace", lang)] if any(view.paced for view in shown) else [])
