"""`show`: everything behind one goal, so a reader can check the verdict against the sources."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tzgoals.lookup import GoalDetail, VintageVerdict
from tzgoals.models import Actual, Source
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.explain import arithmetic, evidence_text
from tzgoals.render.figures import figure_text, target_text
from tzgoals.render.table import STATUS_STYLES, area_title, names, status_text
from tzgoals.score import GoalResult, flags_of

Sources = Mapping[str, Source]


def citation(source: Source | None, file: str, lang: Lang) -> str:
    """Where a quote comes from: the document's title, publisher, date and address, then the
    file its archived text is in; a file not listed is cited by its name alone."""
    if source is None:
        return file
    title = source.title
    if lang is Lang.EN and source.title_en:
        title += f" ({source.title_en})"
    parts = [title, source.publisher, source.published, source.url]
    if source.retrieved:
        parts.append(label("cite.retrieved", lang, date=source.retrieved.isoformat()))
    return " · ".join([*(p for p in parts if p), file])


def _quoted(file: str, quote: str, sources: Sources, lang: Lang) -> Text:
    text = Text(f"“{quote}”")
    text.append(f"\n— {citation(sources.get(file), file, lang)}", style="dim")
    return text


def _figure(actual: Actual, lang: Lang, sources: Sources) -> Text:
    text = Text(figure_text(actual, lang), style="bold")
    flags = [label(f"qualifier.{flag}", lang) for flag in flags_of(actual)]
    if flags:
        text.append(label("aside", lang, text=label("list", lang).join(flags)), style="yellow")
    text.append("\n")
    text.append(_quoted(actual.source, actual.quote, sources, lang))
    if actual.note:
        text.append(f"\n{actual.note}", style="dim")
    return text


def _target_cell(result: GoalResult, lang: Lang, sources: Sources) -> Text:
    target = result.target
    shown = target_text(target, lang)
    kinds = [label(f"comparator.{target.comparator.value}", lang)]
    if result.direction is not None:
        kinds.append(label(result.direction.value, lang))
    cell = Text(shown, style="bold")
    if kinds[0] != shown:
        cell.append(label("aside", lang, text=label("notes separator", lang).join(kinds)))
    cell.append("\n")
    cell.append(_quoted(target.source, target.quote, sources, lang))
    return cell


def _evidence_rows(grid: Table, result: GoalResult, lang: Lang, sources: Sources) -> None:
    """The year's figure of this goal, else what related measures said of it."""
    own = [e for e in result.evidence if e.scope is None]
    related = [e for e in result.evidence if e.scope is not None]
    for evidence in own:
        grid.add_row(
            f"{label('Actual', lang)} {evidence.actual.year}",
            _figure(evidence.actual, lang, sources),
        )
    for evidence in related:
        cell = Text(evidence_text(evidence, result.target.unit, lang), style="dim")
        cell.append("\n")
        cell.append(_figure(evidence.actual, lang, sources))
        grid.add_row(f"{label('Actual', lang)} {evidence.actual.year}", cell)
    if not result.evidence:
        grid.add_row(label("Actual", lang), Text(label("not reported", lang), style="yellow"))


def _vintage_row(vintage: VintageVerdict, lang: Lang, sources: Sources) -> tuple[str, Text]:
    """One figure published for the goal's year: when, which release, and its verdict."""
    kind = vintage.actual.vintage
    heading = label("vintage.published", lang, date=vintage.as_of or "?")
    cell = status_text(vintage.status, lang)
    if kind is not None:
        cell.append(label("aside", lang, text=label(f"vintage.{kind}", lang)))
    cell.append("  ")
    cell.append(_figure(vintage.actual, lang, sources))
    return heading, cell


def detail_view(detail: GoalDetail, lang: Lang, sources: Sources | None = None) -> RenderableType:
    """The goal, its area, its target and figures with their quotes, last year, and the verdict.

    `sources` are the dataset's documents, so that each quote is cited in full.
    """
    sources = sources or {}
    result, area, previous = detail.result, detail.area, detail.previous
    target = result.target
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(label("Goal", lang), names(target.name, target.name_en, lang))
    grid.add_row(label("Area", lang), area_title(area, target.area, lang))
    grid.add_row(f"{label('Target', lang)} {target.year}", _target_cell(result, lang, sources))
    _evidence_rows(grid, result, lang, sources)
    if previous is not None:
        grid.add_row(f"{previous.year}", _figure(previous, lang, sources))
    verdict = status_text(result.status, lang)
    verdict.append("  ")
    verdict.append(
        arithmetic(result, lang), style=STATUS_STYLES[result.status].replace("bold ", "")
    )
    grid.add_row(label("Status", lang), verdict)
    for vintage in detail.vintages:
        grid.add_row(*_vintage_row(vintage, lang, sources))
    if target.note:
        grid.add_row(label("Note", lang), Text(target.note, style="dim"))
    heading = Text(target.id, style="bold underline")
    heading.append(f"  ({target.indicator})", style="dim")
    return Group(heading, grid)
