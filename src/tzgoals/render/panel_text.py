"""A panel for people: what each cell says, in the reader's language, whatever the layout.

`panel_table` turns the rows of either view (places, or one indicator across places) into
texts: a title, headers, cells and notes. The terminal, Markdown and the index page lay out
the same texts, so that they all say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tzgoals.amplification import IndicatorRow
from tzgoals.panel import Panel, Place
from tzgoals.panel_scores import PlaceRow, PlaceState
from tzgoals.render.catalogue import Lang, in_lang, label
from tzgoals.render.figures import (
    actual_text,
    amount_text,
    figure_text,
    marks,
    signed,
    target_text,
)
from tzgoals.reported import flags_of
from tzgoals.units import PERCENTAGE_POINT

EMPTY = "—"
PLACE_HEADERS = (
    "panel.Place",
    "panel.Level",
    "panel.Parent",
    "panel.Targets",
    "panel.Met",
    "panel.Missed",
    "panel.Unreported",
    "panel.Met share",
    "panel.Reported share",
)
INDICATOR_HEADERS = (
    "panel.Place",
    "panel.Level",
    "panel.Parent",
    "panel.Target",
    "panel.Result",
    "panel.Status",
    "panel.Vs parent",
)


@dataclass(frozen=True)
class PanelTable:
    """Texts ready to lay out; `numeric` are the columns aligned right, `links` the place id
    of each row (for a page that links each place to its scorecard)."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int]
    notes: tuple[str, ...]
    places: tuple[str, ...]


def place_name(place: Place, lang: Lang) -> str:
    return in_lang(place.name, place.name_en, lang)


def _parent_name(place: Place, places: dict[str, Place], lang: Lang) -> str:
    parent = places.get(place.parent) if place.parent else None
    return place_name(parent, lang) if parent else ""


def percent(share: Decimal | None, lang: Lang) -> str:
    return EMPTY if share is None else label("panel.percent", lang, percent=f"{share * 100:.0f}")


def _state_note(
    place: Place, state: PlaceState, problems: int, year: int | None, lang: Lang
) -> str:
    name = place_name(place, lang)
    match state:
        case PlaceState.UNUSABLE:
            return f"{name}: {label('panel.unusable', lang, count=problems)}"
        case PlaceState.NO_TARGETS:
            return f"{name}: {label('panel.no targets', lang, year=year or EMPTY)}"
        case PlaceState.SCORED:
            return ""


def place_cells(row: PlaceRow, places: dict[str, Place], lang: Lang) -> tuple[str, ...]:
    named = (
        place_name(row.place, lang),
        label(f"level.{row.place.level}", lang),
        _parent_name(row.place, places, lang),
    )
    counts = row.tally
    if counts is None:
        return (*named, *([EMPTY] * 6))
    figures = (counts.targets, counts.met, counts.missed, counts.unreported)
    shares = (percent(row.met_share, lang), percent(row.reported_share, lang))
    return (*named, *map(str, figures), *shares)


def vs_parent_text(row: IndicatorRow, lang: Lang) -> str:
    """The difference with its sign, in percentage points for a % target."""
    if row.vs_parent is None or row.result is None:
        return EMPTY
    unit = row.result.target.unit
    if unit == "%":
        return amount_text(signed(row.vs_parent), PERCENTAGE_POINT, lang)
    return f"{signed(row.vs_parent)}{unit or ''}"


def indicator_cells(row: IndicatorRow, places: dict[str, Place], lang: Lang) -> tuple[str, ...]:
    named = (
        place_name(row.place, lang),
        label(f"level.{row.place.level}", lang),
        _parent_name(row.place, places, lang),
    )
    result = row.result
    if result is None:
        reported = row.reported
        figure = marks(flags_of(reported)) + figure_text(reported, lang) if reported else EMPTY
        return (*named, EMPTY, figure, EMPTY, EMPTY)
    verdict = label(str(result.status), lang)
    figures = (target_text(result.target, lang), actual_text(result, lang), verdict)
    return (*named, *figures, vs_parent_text(row, lang))


def _vs_note(row: IndicatorRow, lang: Lang) -> str:
    if row.state is not PlaceState.SCORED or row.vs_parent_reason is None:
        return ""
    why = label(f"panel.vs.{row.vs_parent_reason}", lang)
    return f"{place_name(row.place, lang)}: {why}"


def place_table(
    title: str, rows: Sequence[PlaceRow], places: dict[str, Place], year: int | None, lang: Lang
) -> PanelTable:
    notes = (_state_note(r.place, r.state, len(r.problems), year, lang) for r in rows)
    return PanelTable(
        title,
        tuple(label(h, lang) for h in PLACE_HEADERS),
        tuple(place_cells(row, places, lang) for row in rows),
        frozenset(range(3, 9)),
        tuple(note for note in notes if note),
        tuple(row.place.id for row in rows),
    )


def indicator_table(
    title: str, rows: Sequence[IndicatorRow], places: dict[str, Place], year: int | None, lang: Lang
) -> PanelTable:
    states = (_state_note(r.place, r.state, len(r.problems), year, lang) for r in rows)
    reasons = (_vs_note(row, lang) for row in rows)
    notes = [note for note in (*states, *reasons) if note]
    return PanelTable(
        title,
        tuple(label(h, lang) for h in INDICATOR_HEADERS),
        tuple(indicator_cells(row, places, lang) for row in rows),
        frozenset({6}),
        (label("panel.vs note", lang), *notes),
        tuple(row.place.id for row in rows),
    )


def panel_title(panel: Panel, year: int | None, indicator: str | None, lang: Lang) -> str:
    """The title of a view of the panel: its name, the year, and the indicator asked for."""
    name = in_lang(panel.info.name, panel.info.name_en, lang)
    if year is None:
        return label("panel.no year", lang, name=name)
    if indicator:
        return label("panel.indicator title", lang, name=name, indicator=indicator, year=year)
    return label("panel.title", lang, name=name, year=year)
