"""`show`: everything behind one goal, so a reader can check the verdict against the sources."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tzgoals.models import Actual, Area
from tzgoals.render.labels import Lang, label
from tzgoals.render.table import (
    STATUS_STYLES,
    area_title,
    figure_text,
    names,
    status_text,
    target_text,
)
from tzgoals.score import GoalResult, flags_of, fmt
from tzgoals.vocabulary import Comparator, Polarity, Status

_FALLS_SHORT_BY_BEING_LOW = {Comparator.AT_LEAST, Comparator.MORE_THAN, Comparator.ABOUT}


def arithmetic(result: GoalResult) -> str:
    """The verdict with its working: '27个 < 30个 → missed, 90.0% attained, 3个 short'."""
    text = f"{result.reason} → {result.status.value}"
    if result.attainment is not None:
        text += f", {result.attainment * 100:.1f}% attained"
    gap = result.gap
    if gap:
        pp = result.target.comparator is Comparator.PP_CHANGE
        unit = "pp" if pp else result.target.unit or ""
        if result.status is Status.MET:
            word = "to spare"
        elif result.target.comparator in _FALLS_SHORT_BY_BEING_LOW or (
            pp and result.indicator.polarity is Polarity.HIGHER
        ):
            word = "short"
        else:
            word = "over"
        text += f", {fmt(abs(gap))}{unit} {word}"
    return text


def _quoted(actual_or_source: str, quote: str) -> Text:
    text = Text(f"“{quote}”")
    text.append(f"  — {actual_or_source}", style="dim")
    return text


def _figure(actual: Actual) -> Text:
    text = Text(figure_text(actual), style="bold")
    flags = [flag.replace("_", " ") for flag in flags_of(actual)]
    if flags:
        text.append(f"  ({', '.join(flags)})", style="yellow")
    text.append("\n")
    text.append(_quoted(actual.source, actual.quote))
    if actual.note:
        text.append(f"\n{actual.note}", style="dim")
    return text


def detail_view(
    result: GoalResult, area: Area | None, previous: Actual | None, lang: Lang
) -> RenderableType:
    target = result.target
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(label("Goal", lang), names(target.name, target.name_en, lang))
    grid.add_row(label("Area", lang), area_title(area, target.area, lang))
    target_cell = Text(f"{target_text(target)}  ({target.comparator.value}, ", style="bold")
    target_cell.append(f"{result.indicator.polarity.value} is better)")
    target_cell.append("\n")
    target_cell.append(_quoted(target.source, target.quote))
    grid.add_row(f"{label('Target', lang)} {target.year}", target_cell)
    if result.actual is not None:
        grid.add_row(f"{label('Actual', lang)} {result.actual.year}", _figure(result.actual))
    else:
        grid.add_row(label("Actual", lang), Text("— not reported in the sources", style="yellow"))
    if previous is not None:
        grid.add_row(f"{previous.year}", _figure(previous))
    verdict = status_text(result.status, lang)
    verdict.append("  ")
    verdict.append(arithmetic(result), style=STATUS_STYLES[result.status].replace("bold ", ""))
    grid.add_row(label("Status", lang), verdict)
    if target.note:
        grid.add_row("Note", Text(target.note, style="dim"))
    heading = Text(target.id, style="bold underline")
    heading.append(f"  ({target.indicator})", style="dim")
    return Group(heading, grid)
