"""`status` and `summary` in a terminal, laid out for the width they are given.

The full table from `table.FULL_WIDTH` columns on, a compact one (shorter headers, short area
labels) down to `table.COMPACT_WIDTH`, and blocks below it (`stacked`). The layout is chosen
when Rich renders the view, from the width it renders at, so a test renders any width by giving
the console that width.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.text import Text

from tzgoals.coverage import Selection, Summary
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.goals import GoalsView, goals_view, pace_count_text
from tzgoals.render.stacked import coverage_blocks, goal_blocks, without_target_blocks
from tzgoals.render.table import (
    Layout,
    coverage_table,
    footer_text,
    footnotes,
    goal_table,
    layout_for,
    legend,
    without_target_table,
)
from tzgoals.render.wrap import Span, Wrapped
from tzgoals.score import flags_of


def _title(text: str) -> Wrapped:
    return Wrapped([[Span(text, "bold")]])


def coverage(summary: Summary, lang: Lang, width: int) -> RenderableType:
    if layout_for(width) is Layout.STACKED:
        return coverage_blocks(summary, lang, width)
    return coverage_table(summary, lang, width)


class StatusView:
    """All goals chosen, one table (or set of blocks) per area in the data's order, or one in
    the order chosen; then the legend of the marks shown, coverage by area, and the counts."""

    def __init__(
        self, view: GoalsView, selection: Selection, summary: Summary, lang: Lang, ids: bool
    ) -> None:
        self.view = view
        self.selection = selection
        self.summary = summary
        self.lang = lang
        self.ids = ids

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        layout = layout_for(width)
        lang = self.lang
        yield _title(self.view.title)
        first = True
        for group in self.view.groups:
            if not group.lines:
                yield Text()
                yield Wrapped(
                    [
                        [
                            Span(group.heading, "bold"),
                            Span("  "),
                            Span(label("no targets", lang), "dim italic"),
                        ]
                    ],
                    indent=2,
                )
                continue
            if not first:
                yield Text()
            first = False
            if layout is Layout.STACKED:
                yield goal_blocks(group, lang, width)
                if group.notes:
                    yield Text()
            else:
                yield goal_table(group, lang, width, layout is Layout.COMPACT, self.ids)
            if group.notes:
                yield footnotes(group)
        if self.view.marks:
            yield Text()
            yield legend(self.view.marks, lang)
        if self.view.paced:
            if not self.view.marks:
                yield Text()
            yield Wrapped([[Span(label("mark.pace", lang), "dim")]])
        if pace_count_text(self.view, lang):
            yield Wrapped([[Span(pace_count_text(self.view, lang), "cyan")]])
        yield Text()
        yield coverage(self.summary, lang, width)
        yield footer_text(self.summary.total, lang, shown=len(self.selection.results))


def status_view(
    dataset_name: str, selection: Selection, summary: Summary, lang: Lang, ids: bool = False
) -> RenderableType:
    """The goals chosen, laid out for the width the view is printed at; `ids` shows each
    goal's id under its name (the narrow blocks always show it)."""
    view = goals_view(dataset_name, selection, summary, lang)
    return StatusView(view, selection, summary, lang, ids)


class SummaryView:
    """Coverage by area and its counts, then the results reported without a target."""

    def __init__(self, title: str, summary: Summary, lang: Lang) -> None:
        self.title = title
        self.summary = summary
        self.lang = lang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        summary, lang = self.summary, self.lang
        yield _title(self.title)
        yield coverage(summary, lang, width)
        yield footer_text(summary.total, lang)
        if summary.without_target:
            yield Text()
            if layout_for(width) is Layout.STACKED:
                yield without_target_blocks(summary, lang, width)
            else:
                yield without_target_table(summary, lang, width)
            flags = {flag for a in summary.without_target for flag in flags_of(a)}
            if flags:
                yield Text()
                yield legend(flags, lang)


def summary_view(title: str, summary: Summary, lang: Lang) -> RenderableType:
    return SummaryView(title, summary, lang)
