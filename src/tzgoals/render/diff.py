"""`diff`: the change of each indicator between two years, and of the targets, for a terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from tzgoals.change import IndicatorChange, TargetPair, Trend
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.figures import change_text, level_text, target_text
from tzgoals.render.goals import names
from tzgoals.render.stacked import INDENT, hanging, indented, packed
from tzgoals.render.table import (
    ROOMY_NAMES,
    Column,
    Layout,
    chrome,
    grid,
    layout_for,
    legend,
    name_cell,
    plain,
    widths,
)
from tzgoals.render.wrap import Lines, Span, Wrapped, wrap_text
from tzgoals.score import flags_of

TREND_STYLES = {
    Trend.BETTER: "green",
    Trend.WORSE: "red",
    Trend.SAME: "",
    Trend.UNCLEAR: "yellow",
}


class ChangeLine(NamedTuple):
    """One indicator's change as a reader is shown it."""

    name: str
    other: str
    before: str
    after: str
    change: str
    trend: Trend | None


def change_line(change: IndicatorChange, lang: Lang) -> ChangeLine:
    unit = change.indicator.unit or ""
    name, other = names(change.indicator.name, change.indicator.name_en, lang)
    return ChangeLine(
        name,
        other,
        level_text(change.before, unit, lang),
        level_text(change.after, unit, lang),
        change_text(change, lang),
        change.trend,
    )


def _trend(line: ChangeLine, lang: Lang) -> Wrapped:
    if line.trend is None:
        return plain("")
    return plain(label(line.trend.value, lang), TREND_STYLES[line.trend])


def _change_table(
    title: str, lines: Sequence[ChangeLine], years: tuple[int, int], lang: Lang, width: int
) -> Table:
    """Names take what the figures leave; the change breaks before its relative part."""
    compact = layout_for(width) is not Layout.FULL
    columns = [
        Column(
            Wrapped([[Span(label("Indicator", lang))]]),
            [name_cell(line.name, line.other) for line in lines],
            wraps=True,
        ),
        Column(plain(str(years[0])), [plain(line.before) for line in lines], "right"),
        Column(plain(str(years[1])), [plain(line.after) for line in lines], "right"),
        Column(
            plain(label("Change", lang)),
            [plain(line.change) for line in lines],
            "right",
            wraps=True,
        ),
        Column(plain(label("Direction", lang)), [_trend(line, lang) for line in lines]),
    ]
    room = width - chrome(len(columns), compact)
    sizes = widths(columns, 0, room, max(columns[0].narrowest, ROOMY_NAMES))
    return grid(title, columns, sizes, compact)


def _change_blocks(
    title: str, lines: Sequence[ChangeLine], years: tuple[int, int], lang: Lang, width: int
) -> Lines:
    """For a narrow terminal: the name, the other name, then the two years and the change."""
    out = [[Span(text, "bold")] for text in wrap_text(title, width)]
    for line in lines:
        out.append([])
        out += hanging([Span(line.name)], width)
        out += indented([line.other] if line.other else [], "dim", width)
        figures = [f"{years[0]} {line.before}", f"{years[1]} {line.after}", line.change]
        figures.append(label(line.trend.value, lang) if line.trend else "")
        out += indented(packed(figures, width - len(INDENT)), "", width)
    return Lines(out)


class DiffView:
    """Indicators in both years first, then those reported in one year only, each its own
    table (or blocks, below `table.COMPACT_WIDTH`), laid out for the width printed at."""

    def __init__(
        self, title: str, changes: Sequence[IndicatorChange], years: tuple[int, int], lang: Lang
    ) -> None:
        self.title = title
        self.years = years
        self.lang = lang
        from_year, to_year = years
        self.groups = [(label("in both years", lang), [c for c in changes if c.in_both_years])]
        self.groups += [
            (label("only in", lang, year=year), group)
            for year, group in (
                (from_year, [c for c in changes if c.after is None]),
                (to_year, [c for c in changes if c.before is None]),
            )
            if group
        ]
        self.marks = {flag for c in changes for flag in flags_of(c.before, c.after)}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width, lang = options.max_width, self.lang
        yield Wrapped([[Span(self.title, "bold")]])
        for index, (heading, group) in enumerate(self.groups):
            lines = [change_line(change, lang) for change in group]
            if layout_for(width) is Layout.STACKED:
                if index:
                    yield Text()
                yield _change_blocks(heading, lines, self.years, lang, width)
            else:
                yield _change_table(heading, lines, self.years, lang, width)
        if self.marks:
            yield legend(self.marks, lang)


def diff_view(
    title: str, changes: Sequence[IndicatorChange], from_year: int, to_year: int, lang: Lang
) -> RenderableType:
    return DiffView(title, changes, (from_year, to_year), lang)


def target_changes_view(
    title: str, pairs: Sequence[TargetPair], from_year: int, to_year: int, lang: Lang
) -> RenderableType:
    """The target each year set on an indicator, and whether it was tightened or loosened."""
    table = Table(
        title=label("target changes", lang, from_year=from_year, to_year=to_year),
        title_justify="left",
        title_style="bold",
        expand=True,
    )
    table.add_column(label("Indicator", lang), ratio=3, overflow="fold")
    table.add_column(str(from_year), no_wrap=True)
    table.add_column(str(to_year), no_wrap=True)
    table.add_column(label("Change", lang), no_wrap=True)
    for pair in pairs:
        table.add_row(
            name_cell(*names(pair.indicator.name, pair.indicator.name_en, lang)),
            target_text(pair.before, lang) if pair.before else "—",
            target_text(pair.after, lang) if pair.after else "—",
            label(f"target change.{pair.change}", lang),
        )
    return Group(Text(title, style="bold"), table)
