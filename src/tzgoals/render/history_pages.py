"""`history` for people outside a terminal: a Markdown report (the chart as a text block) and a
page with each chart as inline SVG. The page fetches nothing and runs no script."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from markupsafe import Markup, escape

from tzgoals.render.catalogue import Lang, label
from tzgoals.render.history import Chart, RecordView, chart_key, legend_lines, levels_of
from tzgoals.render.history_terminal import chart_lines
from tzgoals.render.markdown import named, table
from tzgoals.render.safe import markdown_text as md

_HEADERS = ("history.Year", "Target", "history.Result", "Status", "Gap", "history.After a miss")


def _cells(view: RecordView, lang: Lang) -> list[list[str]]:
    return [
        [
            line.year,
            line.target,
            line.actual,
            label(str(line.status), lang),
            line.gap,
            line.after_miss,
        ]
        for line in view.lines
    ]


def history_markdown(title: str, views: Sequence[RecordView], lang: Lang) -> Iterator[str]:
    """Each indicator: a heading, its years as a table, its record, and its chart."""
    yield f"# {md(title)}\n"
    if not views:
        yield f"\n{md(label('history.none', lang))}\n"
    for view in views:
        yield f"\n## {named(view.name, view.other, lang)}\n\n"
        headers = [md(label(key, lang)) for key in _HEADERS]
        rows = [[md(cell) for cell in cells] for cells in _cells(view, lang)]
        yield from table(headers, rows)
        yield f"\n{md(view.record)}\n"
        if view.chart is not None:
            yield "\n```text\n" + "\n".join(chart_lines(view.chart, lang)) + "\n```\n"
    for line in legend_lines(views, lang):
        yield f"\n{md(line)}\n"


# ---------------------------------------------------------------------------- page

_SVG_WIDTH, _SVG_HEIGHT, _PAD = 480, 160, 36
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0}
td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}
.met{color:#1a7f37}.missed{color:#b42318}.unreported{color:#8a6d00}
svg{max-width:100%;height:auto}.target{stroke:#555;stroke-dasharray:4 3;fill:none}
.result{stroke:#1f6feb;fill:none}.dot{fill:#1f6feb}.bar{fill:#555}
"""


def _svg(chart: Chart, view: RecordView, lang: Lang) -> Markup:
    """Target (dashes) and result (a line with dots) across years, with the scale's ends."""
    low, high = Decimal(chart.low), Decimal(chart.high)
    span = (high - low) or Decimal(1)
    years = [line.row for line in view.lines]
    step = (_SVG_WIDTH - 2 * _PAD) / max(len(years) - 1, 1)

    def y(value: Decimal) -> float:
        return float(_SVG_HEIGHT - _PAD - (value - low) / span * (_SVG_HEIGHT - 2 * _PAD))

    unit = chart.unit
    target_points, result_points, parts = [], [], []
    for index, row in enumerate(years):
        x = _PAD + index * step
        levels, result = levels_of(row, unit)
        if levels:
            target_points.append(f"{x:.1f},{y(levels[0]):.1f}")
            for level in levels:
                at = f'x="{x - 6:.1f}" y="{y(level) - 1:.1f}"'
                parts.append(f'<rect class="bar" {at} width="12" height="2"/>')
        if result is not None:
            result_points.append(f"{x:.1f},{y(result):.1f}")
            parts.append(f'<circle class="dot" cx="{x:.1f}" cy="{y(result):.1f}" r="3.5"/>')
        at = f'x="{x:.1f}" y="{_SVG_HEIGHT - 8}"'
        parts.append(f'<text {at} text-anchor="middle" font-size="11">{row.year}</text>')
    label_text = escape(chart_key(lang))
    return Markup(
        f'<svg viewBox="0 0 {_SVG_WIDTH} {_SVG_HEIGHT}" role="img" aria-label="{label_text}">'
        f"<title>{label_text}</title>"
        f'<polyline class="target" points="{" ".join(target_points)}"/>'
        f'<polyline class="result" points="{" ".join(result_points)}"/>'
        + "".join(parts)
        + f'<text x="2" y="{y(high) + 4:.1f}" font-size="11">{escape(chart.high + unit)}</text>'
        + f'<text x="2" y="{y(low) + 4:.1f}" font-size="11">{escape(chart.low + unit)}</text>'
        + "</svg>"
    )


def _section(view: RecordView, lang: Lang) -> Markup:
    head = "".join(f"<th>{escape(label(key, lang))}</th>" for key in _HEADERS)
    body = []
    for line, cells in zip(view.lines, _cells(view, lang), strict=True):
        tds = [f"<td>{escape(cell)}</td>" for cell in cells]
        tds[3] = f'<td class="{line.status}">{escape(cells[3])}</td>'
        body.append("<tr>" + "".join(tds) + "</tr>")
    other = f" <small>{escape(view.other)}</small>" if view.other else ""
    chart = _svg(view.chart, view, lang) if view.chart is not None else ""
    return Markup(
        f'<section id="{escape(view.indicator_id)}"><h2>{escape(view.name)}{other}</h2>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<p>{escape(view.record)}</p>{chart}</section>"
    )


def history_html(title: str, views: Sequence[RecordView], lang: Lang) -> str:
    """One page, every indicator's record and chart; text from the data escaped."""
    sections = "".join(_section(view, lang) for view in views) or escape(
        label("history.none", lang)
    )
    legend = "".join(f"<p><small>{escape(line)}</small></p>" for line in legend_lines(views, lang))
    return (
        f'<!doctype html>\n<html lang="{lang.value}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{sections}{legend}</body></html>\n"
    )
