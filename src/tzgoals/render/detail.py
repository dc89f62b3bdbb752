"""`show`: everything behind one goal, so a reader can check the verdict against the sources."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tzgoals.lookup import GoalDetail
from tzgoals.models import Actual
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.explain import arithmetic, evidence_text
from tzgoals.render.figures import figure_text, target_text
from tzgoals.render.table import STATUS_STYLES, area_title, names, status_text
from tzgoals.score import GoalResult, flags_of


def _quoted(source: str, quote: str) -> Text:
    text = Text(f"“{quote}”")
    text.append(f"  — {source}", style="dim")
    return text


def _figure(actual: Actual, lang: Lang) -> Text:
    text = Text(figure_text(actual, lang), style="bold")
    flags = [label(f"qualifier.{flag}", lang) for flag in flags_of(actual)]
    if flags:
        text.append(label("aside", lang, text=label("list", lang).join(flags)), style="yellow")
    text.append("\n")
    text.append(_quoted(actual.source, actual.quote))
    if actual.note:
        text.append(f"\n{actual.note}", style="dim")
    return text


def _target_cell(result: GoalResult, lang: Lang) -> Text:
    target = result.target
    shown = target_text(target, lang)
    kinds = [label(f"comparator.{target.comparator.value}", lang)]
    if result.direction is not None:
        kinds.append(label(result.direction.value, lang))
    cell = Text(shown, style="bold")
    if kinds[0] != shown:
        cell.append(label("aside", lang, text=label("notes separator", lang).join(kinds)))
    cell.append("\n")
    cell.append(_quoted(target.source, target.quote))
    return cell


def _evidence_rows(grid: Table, result: GoalResult, lang: Lang) -> None:
    """The year's figure of this goal, else what related measures said of it."""
    own = [e for e in result.evidence if e.scope is None]
    related = [e for e in result.evidence if e.scope is not None]
    for evidence in own:
        grid.add_row(
            f"{label('Actual', lang)} {evidence.actual.year}", _figure(evidence.actual, lang)
        )
    for evidence in related:
        cell = Text(evidence_text(evidence, result.target.unit, lang), style="dim")
        cell.append("\n")
        cell.append(_figure(evidence.actual, lang))
        grid.add_row(f"{label('Actual', lang)} {evidence.actual.year}", cell)
    if not result.evidence:
        grid.add_row(label("Actual", lang), Text(label("not reported", lang), style="yellow"))


def detail_view(detail: GoalDetail, lang: Lang) -> RenderableType:
    """The goal, its area, its target and figures with their quotes, last year, and the verdict."""
    result, area, previous = detail
    target = result.target
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(label("Goal", lang), names(target.name, target.name_en, lang))
    grid.add_row(label("Area", lang), area_title(area, target.area, lang))
    grid.add_row(f"{label('Target', lang)} {target.year}", _target_cell(result, lang))
    _evidence_rows(grid, result, lang)
    if previous is not None:
        grid.add_row(f"{previous.year}", _figure(previous, lang))
    verdict = status_text(result.status, lang)
    verdict.append("  ")
    verdict.append(
        arithmetic(result, lang), style=STATUS_STYLES[result.status].replace("bold ", "")
    )
    grid.add_row(label("Status", lang), verdict)
    if target.note:
        grid.add_row(label("Note", lang), Text(target.note, style="dim"))
    heading = Text(target.id, style="bold underline")
    heading.append(f"  ({target.indicator})", style="dim")
    return Group(heading, grid)
