"""`history` in a terminal: each indicator's years as a table (blocks on a narrow terminal, as
`status` lays them out), its record, and its chart drawn with characters."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from tzgoals.render.catalogue import Lang, label
from tzgoals.render.history import Chart, RecordView, YearLine, chart_key, legend_lines
from tzgoals.render.table import COMPACT_WIDTH, status_text


def _table(lines: Sequence[YearLine], lang: Lang) -> Table:
    after = any(line.after_miss for line in lines)
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for key in ("history.Year", "Target", "history.Result", "Status", "Gap"):
        table.add_column(label(key, lang), justify="right" if key == "Gap" else "left")
    if after:
        table.add_column(label("history.After a miss", lang))
    for line in lines:
        cells: list[Text] = [
            Text(line.year),
            Text(line.target),
            Text(line.actual),
            status_text(line.status, lang),
            Text(line.gap),
        ]
        if after:
            cells.append(Text(line.after_miss, style="bold"))
        table.add_row(*cells)
    return table


def _blocks(lines: Sequence[YearLine], lang: Lang) -> Group:
    """One block a year, for a terminal too narrow for the table."""
    blocks: list[RenderableType] = []
    for line in lines:
        head = Text(f"{line.year}  ")
        head.append(status_text(line.status, lang))
        if line.after_miss:
            head.append(f"  {line.after_miss}", style="bold")
        detail = [
            f"{label('Target', lang)} {line.target}",
            f"{label('history.Result', lang)} {line.actual}",
        ]
        if line.gap:
            detail.append(f"{label('Gap', lang)} {line.gap}")
        blocks.append(head)
        blocks.append(Text("  " + label("list", lang).join(detail), overflow="fold"))
    return Group(*blocks)


def chart_lines(chart: Chart, lang: Lang) -> list[str]:
    """The chart as lines of text, its scale and key under it."""
    width = max(len(line.year) for line in chart.lines)
    lines = [f"{line.year:>{width}} {line.strip}" for line in chart.lines]
    strip = len(chart.lines[0].strip)
    scale = f"{chart.low}{chart.unit}"
    high = f"{chart.high}{chart.unit}"
    lines.append(" " * (width + 1) + scale + high.rjust(max(strip - len(scale), len(high) + 1)))
    lines.append(" " * (width + 1) + chart_key(lang))
    return lines


class HistoryView:
    """Every indicator's record, laid out for the width Rich renders at."""

    def __init__(self, title: str, views: Sequence[RecordView], lang: Lang) -> None:
        self.title = title
        self.views = views
        self.lang = lang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lang = self.lang
        yield Text(self.title, style="bold")
        if not self.views:
            yield Text(label("history.none", lang))
        for view in self.views:
            yield Text()
            heading = Text(view.name, style="bold")
            if view.other:
                heading.append(f"  {view.other}", style="dim")
            heading.append(f"  ({view.indicator_id})", style="dim")
            yield heading
            narrow = options.max_width < COMPACT_WIDTH
            yield _blocks(view.lines, lang) if narrow else _table(view.lines, lang)
            yield Text(view.record)
            if view.chart is not None:
                for line in chart_lines(view.chart, lang):
                    yield Text(line, no_wrap=True, overflow="crop")
        legend = legend_lines(self.views, lang)
        if legend:
            yield Text()
        for line in legend:
            yield Text(line, style="dim")
