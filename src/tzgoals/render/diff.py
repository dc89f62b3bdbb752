"""`diff`: the change of each indicator between two years, and of the targets, as Rich tables."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tzgoals.change import IndicatorChange, TargetPair, Trend
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.figures import change_text, level_text, target_text
from tzgoals.render.goals import names
from tzgoals.render.table import legend, name_cell
from tzgoals.score import flags_of

TREND_STYLES = {
    Trend.BETTER: "green",
    Trend.WORSE: "red",
    Trend.SAME: "",
    Trend.UNCLEAR: "yellow",
}


def _change_cells(change: IndicatorChange, lang: Lang) -> list[RenderableType]:
    unit = change.indicator.unit or ""
    direction = Text()
    if change.trend is not None:
        direction = Text(label(change.trend.value, lang), style=TREND_STYLES[change.trend])
    return [
        name_cell(*names(change.indicator.name, change.indicator.name_en, lang)),
        level_text(change.from_value, change.before, unit, lang),
        level_text(change.to_value, change.after, unit, lang),
        change_text(change, lang),
        direction,
    ]


def _change_table(title: str, changes: Sequence[IndicatorChange], lang: Lang) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=True)
    table.add_column(label("Indicator", lang), ratio=3, overflow="fold")
    if changes:
        table.add_column(str(changes[0].from_year), no_wrap=True, justify="right")
        table.add_column(str(changes[0].to_year), no_wrap=True, justify="right")
    table.add_column(label("Change", lang), no_wrap=True, justify="right")
    table.add_column(label("Direction", lang), no_wrap=True)
    for change in changes:
        table.add_row(*_change_cells(change, lang))
    return table


def diff_view(
    title: str, changes: Sequence[IndicatorChange], from_year: int, to_year: int, lang: Lang
) -> RenderableType:
    """Indicators in both years first, then those reported in one year only, each its own table."""
    both = [c for c in changes if c.in_both_years]
    only_from = [c for c in changes if c.after is None]
    only_to = [c for c in changes if c.before is None]
    parts: list[RenderableType] = [Text(title, style="bold")]
    parts.append(_change_table(label("in both years", lang), both, lang))
    for year, group in ((from_year, only_from), (to_year, only_to)):
        if group:
            parts.append(_change_table(label("only in", lang, year=year), group, lang))
    shown = {flag for change in changes for flag in flags_of(change.before, change.after)}
    if shown:
        parts.append(legend(shown, lang))
    return Group(*parts)


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
