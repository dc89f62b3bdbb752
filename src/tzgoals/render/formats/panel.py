"""The output formats of `panel`, registered as `formats` registers the other commands'.

Two closed sets: `PanelFormat` for the table of places or of one indicator across places, and
`PanelGoalsFormat` for the tidy export of every goal of every place (csv and json only, being
for programs). Each maps to its writers in one `match` ending in `assert_never`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple, assert_never

from tzgoals.render.formats.base import Format, generated_time, terminal

if TYPE_CHECKING:
    from datetime import datetime

    from tzgoals.amplification import IndicatorRow
    from tzgoals.files.problems import Problem
    from tzgoals.panel import Panel, Place
    from tzgoals.panel_headline import Headline
    from tzgoals.panel_scores import PlaceRow
    from tzgoals.render.catalogue import Lang
    from tzgoals.render.panel_text import PanelTable
    from tzgoals.tabular import Row


class PlaceTable(NamedTuple):
    """One row a place: its counts for the year."""

    rows: Sequence[PlaceRow]


class IndicatorTable(NamedTuple):
    """One row a place: its target on `indicator`, its verdict, and the step from its parent."""

    indicator: str
    rows: Sequence[IndicatorRow]


class PanelOutput(NamedTuple):
    """What `panel` writes: a view of the panel for one year, titled, in a language.

    `links`: for the index page of a published panel, each place's scorecard by place id;
    `headline`, the indicator it charts and why; `unusable`, the places without a scorecard
    and their problems.
    """

    title: str
    panel: Panel
    year: int | None
    view: PlaceTable | IndicatorTable
    lang: Lang
    bom: bool = False
    generated: Callable[[], datetime] | None = None
    links: Mapping[str, str] = MappingProxyType({})
    chart: IndicatorTable | None = None
    headline: Headline | None = None
    unusable: Sequence[tuple[Place, Sequence[Problem]]] = ()

    def table(self) -> PanelTable:
        from tzgoals.render.panel_text import indicator_table, place_table

        places = self.panel.by_id()
        match self.view:
            case PlaceTable(rows):
                return place_table(self.title, rows, places, self.year, self.lang)
            case IndicatorTable(_, rows):
                return indicator_table(self.title, rows, places, self.year, self.lang)
            case _:
                assert_never(self.view)


class PanelFormat(StrEnum):
    TABLE = "table"
    MARKDOWN = "markdown"
    CSV = "csv"
    JSON = "json"
    HTML = "html"


def _panel_table(out: PanelOutput) -> Iterator[str]:
    from tzgoals.render.panel_view import PanelView

    return terminal(PanelView(out.table(), out.lang))


def _panel_markdown(out: PanelOutput) -> Iterator[str]:
    from tzgoals.render.panel_view import panel_markdown

    return panel_markdown(out.table())


def _panel_rows(out: PanelOutput, as_json: bool) -> Iterator[str]:
    from tzgoals.render.panel_rows import (
        INDICATOR_FIELDS,
        PLACE_FIELDS,
        indicator_rows,
        place_rows,
    )
    from tzgoals.tabular import iter_csv, iter_json

    match out.view:
        case PlaceTable(rows):
            cells, fields = place_rows(rows, out.year), PLACE_FIELDS
        case IndicatorTable(indicator, rows):
            cells, fields = indicator_rows(rows, indicator, out.year), INDICATOR_FIELDS
        case _:
            assert_never(out.view)
    return iter_json(cells, fields) if as_json else iter_csv(cells, fields, out.bom)


def _panel_html(out: PanelOutput) -> Iterator[str]:
    from tzgoals.render.html.panel_page import panel_html

    when = generated_time(out.generated)
    page = panel_html(
        out.table(),
        out.view,
        out.lang,
        when,
        out.links,
        out.chart,
        out.headline,
        out.unusable,
    )
    return iter([page])


def panel_format(choice: PanelFormat) -> Format[PanelOutput]:
    match choice:
        case PanelFormat.TABLE:
            return Format(choice, "for a terminal", _panel_table, utf8=False)
        case PanelFormat.MARKDOWN:
            return Format(choice, "a report to paste", _panel_markdown)
        case PanelFormat.CSV:
            return Format(choice, "", lambda out: _panel_rows(out, False), for_programs=True)
        case PanelFormat.JSON:
            return Format(choice, "", lambda out: _panel_rows(out, True), for_programs=True)
        case PanelFormat.HTML:
            return Format(choice, "the panel's page", _panel_html)
        case _:
            assert_never(choice)


class PanelGoalsOutput(NamedTuple):
    """What `panel --goals` writes: every goal of every place, produced place by place."""

    rows: Iterable[Row]
    bom: bool = False


class PanelGoalsFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


def _goals_csv(out: PanelGoalsOutput) -> Iterator[str]:
    from tzgoals.render.panel_rows import GOAL_FIELDS
    from tzgoals.tabular import iter_csv

    return iter_csv(out.rows, GOAL_FIELDS, out.bom)


def _goals_json(out: PanelGoalsOutput) -> Iterator[str]:
    from tzgoals.render.panel_rows import GOAL_FIELDS
    from tzgoals.tabular import iter_json

    return iter_json(out.rows, GOAL_FIELDS)


def panel_goals_format(choice: PanelGoalsFormat) -> Format[PanelGoalsOutput]:
    match choice:
        case PanelGoalsFormat.CSV:
            return Format(choice, "", _goals_csv, for_programs=True)
        case PanelGoalsFormat.JSON:
            return Format(choice, "", _goals_json, for_programs=True)
        case _:
            assert_never(choice)
