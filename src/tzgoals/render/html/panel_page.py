"""A panel's page: the table of places, each linked to its scorecard, and a chart of one
indicator's target and result across places, drawn as inline SVG.

Like the scorecard, the page loads nothing: its style is inline, it has no script, and its
Content-Security-Policy forbids every request. It is a Jinja2 template
(`templates/panel.html.j2`) with autoescape on, so every text from the data is escaped; this
module works out what it shows (the chart's geometry included) as plain values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from markupsafe import Markup

from tzgoals.render.catalogue import Lang, label
from tzgoals.render.panel_text import PanelTable, place_name
from tzgoals.tabular import normalised as fmt

if TYPE_CHECKING:
    from tzgoals.amplification import IndicatorRow
    from tzgoals.files.problems import Problem
    from tzgoals.panel import Place
    from tzgoals.panel_headline import Headline
    from tzgoals.render.formats.panel import IndicatorTable, PlaceTable

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)
STYLE = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem auto;
max-width:70rem;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{padding:.3rem .5rem;border-bottom:1px solid #ddd;
text-align:left}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.notes{color:#555}.problems li{font-family:ui-monospace,monospace;font-size:.9em}
svg{max-width:100%;height:auto}.target{fill:#8da0cb}.result{fill:#66c2a5}
"""
BAR_HEIGHT, BAR_GAP, LABEL_WIDTH, CHART_WIDTH = 14, 10, 180, 640


class Figure(NamedTuple):
    """One bar of the chart, its place on the drawing and its words."""

    kind: str
    word: str
    value: str
    x: float
    y: int
    width: float
    text_x: float
    text_y: int


class Bars(NamedTuple):
    """A place's line of the chart: its name, and its target's and result's bars."""

    name: str
    y: int
    figures: tuple[Figure, ...]


class Chart(NamedTuple):
    title: str
    width: int
    height: int
    bar: int
    places: tuple[Bars, ...]


def _bars(rows: Sequence[IndicatorRow]) -> list[tuple[str, Decimal | None, Decimal | None]]:
    """Each place's target figure and numeric result, where it has either."""
    found: list[tuple[str, Decimal | None, Decimal | None]] = []
    units = {row.result.target.unit for row in rows if row.result is not None}
    for row in rows:
        result, reported = row.result, row.reported
        if result is None:
            # A result with no target to set it against, on the targets' scale when in their unit.
            figure = reported.value if reported and reported.unit in units else None
            if isinstance(figure, Decimal):
                found.append((row.place.id, None, figure))
            continue
        compared = result.compared if isinstance(result.compared, Decimal) else None
        found.append((row.place.id, result.target.value, compared))
    return [bar for bar in found if bar[1] is not None or bar[2] is not None]


def _chart(chart: IndicatorTable, lang: Lang) -> Chart | None:
    """Two bars a place, its target and its result, on one scale from zero."""
    names = {row.place.id: place_name(row.place, lang) for row in chart.rows}
    bars = _bars(chart.rows)
    if not bars:
        return None
    figures = [v for _, target, result in bars for v in (target, result) if v is not None]
    low, high = min(Decimal(0), *figures), max(Decimal(0), *figures)
    span = (high - low) or Decimal(1)
    scale = Decimal(CHART_WIDTH - LABEL_WIDTH - 60) / span
    zero = LABEL_WIDTH + float((0 - low) * scale)
    step = 2 * BAR_HEIGHT + BAR_GAP
    drawn = []
    for index, (place, target, result) in enumerate(bars):
        top = BAR_GAP + index * step
        shown = []
        for offset, kind, value in ((0, "target", target), (BAR_HEIGHT, "result", result)):
            if value is None:
                continue
            end = LABEL_WIDTH + float((value - low) * scale)
            word = label(f"panel.chart {kind}", lang)
            y = top + offset
            shown.append(
                Figure(
                    kind,
                    word,
                    fmt(value),
                    min(zero, end),
                    y,
                    max(abs(end - zero), 1.0),
                    max(zero, end) + 4,
                    y + BAR_HEIGHT - 3,
                )
            )
        drawn.append(Bars(names[place], top + BAR_HEIGHT + 4, tuple(shown)))
    title = label("panel.chart", lang, indicator=chart.indicator)
    height = step * len(bars) + BAR_GAP
    return Chart(title, CHART_WIDTH, height, BAR_HEIGHT - 2, tuple(drawn))


def headline_text(headline: Headline, lang: Lang) -> str:
    """Which indicator the page charts, and why: named in panel.toml, or set by most places."""
    from tzgoals.panel_headline import HeadlineChoice
    from tzgoals.render.catalogue import in_lang
    from tzgoals.shared_ids import shared_indicators

    if headline.indicator is None:
        return label("panel.headline none", lang)
    shared = {s.id: s for s in shared_indicators()}.get(headline.indicator)
    name = in_lang(shared.name, shared.name_en, lang) if shared else headline.indicator
    counted = {"indicator": headline.indicator, "name": name}
    match headline.choice:
        case HeadlineChoice.NAMED:
            return label("panel.headline named", lang, **counted)
        case HeadlineChoice.MOST_PLACES | HeadlineChoice.NONE:
            return label(
                "panel.headline most", lang, count=headline.places, total=headline.of, **counted
            )


def _unusable(
    unusable: Sequence[tuple[Place, Sequence[Problem]]], lang: Lang
) -> list[tuple[str, str, list[str]]]:
    """Each place whose dataset cannot be used (it has no scorecard): its id, its name, and
    its problems as FILE:LINE: message [CODE]."""
    from tzgoals.render.problems import problem_text

    return [
        (
            place.id,
            place_name(place, lang),
            [f"{problem_text(problem, lang)} [{problem.code.value}]" for problem in problems],
        )
        for place, problems in unusable
    ]


def panel_html(
    table: PanelTable,
    view: PlaceTable | IndicatorTable,
    lang: Lang,
    when: datetime,
    links: Mapping[str, str],
    chart: IndicatorTable | None = None,
    headline: Headline | None = None,
    unusable: Sequence[tuple[Place, Sequence[Problem]]] = (),
) -> str:
    """The whole page: title, table, notes, chart (of `chart`, else of an indicator view); for
    a published panel's index, which indicator is charted and why (`headline`), and the
    problems of each place that has no scorecard (`unusable`)."""
    from tzgoals.render.formats.panel import IndicatorTable
    from tzgoals.render.html.page import environment

    drawn = chart if chart is not None else view if isinstance(view, IndicatorTable) else None
    page = environment().get_template("panel.html.j2")
    return page.render(
        lang="zh-CN" if lang is Lang.ZH else "en",
        csp=CSP,
        style=Markup(STYLE),
        table=table,
        rows=list(zip(table.places, table.rows, strict=True)),
        links=links,
        headline=headline_text(headline, lang) if headline is not None else "",
        chart=_chart(drawn, lang) if drawn is not None else None,
        unusable=_unusable(unusable, lang),
        unusable_heading=label("panel.unusable heading", lang),
        generated=label("panel.generated", lang, time=when.isoformat()),
    )
