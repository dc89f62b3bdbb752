"""A panel's page: the table of places, each linked to its scorecard, and a chart of one
indicator's target and result across places, drawn as inline SVG.

Like the scorecard, the page loads nothing: its style is inline, it has no script, and its
Content-Security-Policy forbids every request. Every text from the data is escaped.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

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


def _cell(text: str, numeric: bool, tag: str = "td") -> Markup:
    kind = Markup(' class="n"') if numeric else Markup("")
    return Markup("<{tag}{kind}>{text}</{tag}>").format(tag=Markup(tag), kind=kind, text=text)


def _place_link(name: str, place: str, links: Mapping[str, str]) -> Markup:
    href = links.get(place)
    if href is None:
        return escape(name)
    return Markup('<a href="{href}">{name}</a>').format(href=href, name=name)


def _table(table: PanelTable, links: Mapping[str, str]) -> Iterator[Markup]:
    yield Markup("<table><thead><tr>")
    for index, header in enumerate(table.headers):
        yield _cell(header, index in table.numeric, "th")
    yield Markup("</tr></thead><tbody>")
    for place, cells in zip(table.places, table.rows, strict=True):
        yield Markup('<tr id="place-{place}">').format(place=place)
        yield Markup("<td>{name}</td>").format(name=_place_link(cells[0], place, links))
        for index, cell in enumerate(cells[1:], start=1):
            yield _cell(cell, index in table.numeric)
        yield Markup("</tr>")
    yield Markup("</tbody></table>")


def _bars(rows: Sequence[IndicatorRow]) -> list[tuple[str, Decimal | None, Decimal | None]]:
    """Each place's target figure and numeric result, where it has either."""
    found = []
    for row in rows:
        result = row.result
        if result is None:
            continue
        compared = result.compared if isinstance(result.compared, Decimal) else None
        found.append((row.place.id, result.target.value, compared))
    return [bar for bar in found if bar[1] is not None or bar[2] is not None]


def _chart(chart: IndicatorTable, lang: Lang) -> Markup:
    """Two bars a place, its target and its result, on one scale from zero."""
    names = {row.place.id: place_name(row.place, lang) for row in chart.rows}
    bars = _bars(chart.rows)
    if not bars:
        return Markup("")
    figures = [v for _, target, result in bars for v in (target, result) if v is not None]
    low, high = min(Decimal(0), *figures), max(Decimal(0), *figures)
    span = (high - low) or Decimal(1)
    scale = Decimal(CHART_WIDTH - LABEL_WIDTH - 60) / span
    zero = LABEL_WIDTH + float((0 - low) * scale)
    step = 2 * BAR_HEIGHT + BAR_GAP
    height = step * len(bars) + BAR_GAP
    title = label("panel.chart", lang, indicator=chart.indicator)
    parts = [
        Markup(
            '<figure><figcaption>{title}</figcaption><svg role="img" viewBox="0 0 {w} {h}" '
        ).format(title=title, w=CHART_WIDTH, h=height)
        + Markup('aria-label="{title}">').format(title=title)
    ]
    for index, (place, target, result) in enumerate(bars):
        top = BAR_GAP + index * step
        parts.append(
            Markup('<text x="0" y="{y}" font-size="12">{name}</text>').format(
                y=top + BAR_HEIGHT + 4, name=names[place]
            )
        )
        for offset, kind, value in ((0, "target", target), (BAR_HEIGHT, "result", result)):
            if value is None:
                continue
            end = LABEL_WIDTH + float((value - low) * scale)
            x, width = min(zero, end), abs(end - zero)
            word = label(f"panel.chart {kind}", lang)
            parts.append(
                Markup(
                    '<rect class="{kind}" x="{x:.1f}" y="{y}" width="{w:.1f}" height="{h}">'
                    "<title>{word} {value}</title></rect>"
                    '<text x="{tx:.1f}" y="{ty}" font-size="11">{value}</text>'
                ).format(
                    kind=kind,
                    x=x,
                    y=top + offset,
                    w=max(width, 1.0),
                    h=BAR_HEIGHT - 2,
                    word=word,
                    value=fmt(value),
                    tx=max(zero, end) + 4,
                    ty=top + offset + BAR_HEIGHT - 3,
                )
            )
    parts.append(Markup("</svg></figure>"))
    return Markup("").join(parts)


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


def _unusable(unusable: Sequence[tuple[Place, Sequence[Problem]]], lang: Lang) -> Markup:
    """Each place whose dataset cannot be used, and its problems: it has no scorecard."""
    from tzgoals.render.problems import problem_text

    if not unusable:
        return Markup("")
    parts = [Markup("<h2>{title}</h2>").format(title=label("panel.unusable heading", lang))]
    for place, problems in unusable:
        lines = Markup("").join(
            Markup("<li>{text} [{code}]</li>").format(
                text=problem_text(problem, lang), code=problem.code.value
            )
            for problem in problems
        )
        parts.append(
            Markup('<h3 id="problems-{place}">{name}</h3><ul class="problems">{lines}</ul>').format(
                place=place.id, name=place_name(place, lang), lines=lines
            )
        )
    return Markup("").join(parts)


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

    drawn = chart if chart is not None else view if isinstance(view, IndicatorTable) else None
    said = headline_text(headline, lang) if headline is not None else ""
    notes = Markup("").join(Markup("<li>{note}</li>").format(note=n) for n in table.notes)
    generated = label("panel.generated", lang, time=when.isoformat())
    page = Markup(
        '<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,"><title>{title}</title><style>{style}</style></head>'
        '<body><h1>{title}</h1>{table}<ul class="notes">{notes}</ul>{headline}{chart}'
        '{unusable}<p class="notes">{generated}</p></body></html>\n'
    ).format(
        lang="zh-CN" if lang is Lang.ZH else "en",
        csp=CSP,
        title=table.title,
        style=Markup(STYLE),
        table=Markup("").join(_table(table, links)),
        notes=notes,
        headline=Markup('<p id="headline">{said}</p>').format(said=said) if said else Markup(""),
        unusable=_unusable(unusable, lang),
        chart=_chart(drawn, lang) if drawn is not None else Markup(""),
        generated=generated,
    )
    return str(page)
