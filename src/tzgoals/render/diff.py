"""`diff`: the change of each indicator between two years, as Rich tables."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tzgoals.change import IndicatorChange, Trend
from tzgoals.models import Actual
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.figures import marks, outcome_text, signed
from tzgoals.render.table import legend, names
from tzgoals.score import flags_of
from tzgoals.tabular import normalised as fmt

TREND_STYLES = {
    Trend.BETTER: "green",
    Trend.WORSE: "red",
    Trend.SAME: "",
    Trend.UNCLEAR: "yellow",
}


def _change_cells(change: IndicatorChange, lang: Lang) -> list[RenderableType]:
    unit = change.indicator.unit or ""

    def value(figure: Decimal | bool | None, actual: Actual | None) -> str:
        if figure is None or actual is None:
            return "—"
        text = outcome_text(figure, lang) if isinstance(figure, bool) else fmt(figure)
        marked = marks(flags_of(actual)) + text
        return marked if isinstance(figure, bool) else f"{marked}{unit}"

    delta = ""
    if change.change is not None:
        delta = signed(change.change) + (label("pp", lang) if unit == "%" else unit)
        if change.change_pct is not None:
            delta += f" ({signed(change.change_pct)}%)"
    direction = Text()
    if change.trend is not None:
        direction = Text(label(change.trend.value, lang), style=TREND_STYLES[change.trend])
    return [
        names(change.indicator.name, change.indicator.name_en, lang),
        value(change.from_value, change.before),
        value(change.to_value, change.after),
        delta,
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
