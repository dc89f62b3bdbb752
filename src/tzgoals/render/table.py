"""Rich renderables for a terminal: goals by area and coverage with progress bars.

The cell texts here are shared by the other terminal views (`detail`, `diff`). A goal takes one
compact row; what needs a sentence (a note, why a reported figure scores nothing) goes in a
numbered footnote under its table, where it can use the full width instead of stretching every
cell of the row to its height.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from tzgoals.coverage import Selection, Summary, Tally
from tzgoals.models import Area
from tzgoals.render.catalogue import Lang, in_lang, label
from tzgoals.render.explain import explanation
from tzgoals.render.figures import (
    actual_text,
    attainment_text,
    figure_text,
    gap_text,
    marks,
    marks_legend,
    shown_flags,
    target_text,
)
from tzgoals.score import GoalResult, flags_of
from tzgoals.vocabulary import Flag, Status

STATUS_STYLES = {Status.MET: "bold green", Status.MISSED: "bold red", Status.UNREPORTED: "yellow"}
BAR_WIDTH = 20


def names(zh: str, en: str, lang: Lang, marker: str = "") -> Text:
    """The chosen language first, the other dimmed beneath it, so nothing is lost.

    `marker` (a footnote's number) follows the first line, where the eye lands.
    """
    first, second = (zh, en) if lang is Lang.ZH else (en or zh, zh)
    text = Text(first)
    if marker:
        text.append(f" {marker}", style="dim")
    if second and second != first:
        text.append(f"\n{second}", style="dim")
    return text


def area_title(area: Area | None, area_id: str, lang: Lang) -> str:
    if area is None:
        return area_id
    return in_lang(area.title, area.title_en, lang)


def status_text(status: Status, lang: Lang) -> Text:
    return Text(label(status.value, lang), style=STATUS_STYLES[status])


def legend(flags: Iterable[Flag], lang: Lang) -> Text:
    return Text(marks_legend(flags, lang), style="dim")


def _area_table(
    title: str, results: Sequence[GoalResult], lang: Lang, numbers: dict[str, int]
) -> tuple[Table, list[str]]:
    """One row a goal, and the explanations first referred to in this table.

    `numbers` holds the footnote number of every explanation in the view so far and gains the
    new ones, so that a footnote repeated (two bridges with the same note) keeps one number.
    """
    table = Table(title=title, title_justify="left", title_style="bold", expand=True)
    table.add_column(label("Status", lang), no_wrap=True)
    table.add_column(label("Goal", lang), ratio=1, overflow="fold")
    table.add_column(label("Target", lang), no_wrap=True)
    table.add_column(label("Actual", lang), no_wrap=True)
    table.add_column(label("Gap", lang), no_wrap=True, justify="right")
    table.add_column(label("Attained", lang), no_wrap=True, justify="right")
    new_notes: list[str] = []
    for result in results:
        note = explanation(result, lang)
        if note and note not in numbers:
            numbers[note] = len(numbers) + 1
            new_notes.append(note)
        marker = f"[{numbers[note]}]" if note else ""
        table.add_row(
            status_text(result.status, lang),
            names(result.target.name, result.target.name_en, lang, marker),
            target_text(result.target, lang),
            actual_text(result, lang),
            gap_text(result, lang),
            attainment_text(result),
        )
    return table, new_notes


def _footnotes(notes: Sequence[str], numbers: dict[str, int]) -> Text:
    """Under the table, at full width: a sentence squeezed into a cell would make its row tall."""
    return Text("\n".join(f"[{numbers[note]}] {note}" for note in notes), style="dim")


def _share(counts: Tally) -> str:
    share = counts.reported_share
    return "" if share is None else f" ({share * 100:.0f}%)"


def footer_text(total: Tally, lang: Lang, shown: int | None = None) -> Text:
    """The counts of every goal in scope, whatever rows a filter listed (`shown` of them)."""
    text = Text()
    text.append(f"{total.met} {label('met', lang)}", style=STATUS_STYLES[Status.MET])
    text.append(" · ")
    text.append(f"{total.missed} {label('missed', lang)}", style=STATUS_STYLES[Status.MISSED])
    text.append(" · ")
    text.append(
        f"{total.unreported} {label('unreported', lang)}", style=STATUS_STYLES[Status.UNREPORTED]
    )
    if total.not_scorable:
        text.append(
            label(
                "unreported split", lang, not_scorable=total.not_scorable,
                never=total.never_mentioned,
            )
        )  # fmt: skip
    text.append("\n")
    text.append(
        label(
            "reported share", lang, reported=total.reported, targets=total.targets,
            share=_share(total), scored=total.scored, not_scorable=total.not_scorable,
        )
    )  # fmt: skip
    if shown is not None and shown != total.targets:
        text.append("\n")
        text.append(label("shown of", lang, shown=shown, total=total.targets))
    return text


def coverage_table(summary: Summary, lang: Lang, only_with_targets: bool = False) -> Table:
    """Per area: counts, and a bar of how much of it the sources reported on at all.

    `only_with_targets` leaves out areas with no goal, for a view that names them already.
    """
    table = Table(
        title=label("coverage", lang, year=summary.year), title_justify="left", title_style="bold"
    )
    table.add_column(label("Area", lang), overflow="fold", ratio=3)
    table.add_column(label("Targets", lang), justify="right")
    for status in Status:
        table.add_column(label(status.value, lang), justify="right", style=STATUS_STYLES[status])
    table.add_column(label("Reported", lang), no_wrap=True)
    table.add_column("", no_wrap=True)
    rows = [
        (area_title(a.area, a.area_id, lang), a.tally)
        for a in summary.areas
        if a.tally.targets or not only_with_targets
    ]
    rows.append((label("Total", lang), summary.total))
    for index, (title, counts) in enumerate(rows):
        table.add_row(
            Text(title, style="bold" if index == len(rows) - 1 else ""),
            str(counts.targets),
            str(counts.met),
            str(counts.missed),
            str(counts.unreported),
            ProgressBar(total=max(counts.targets, 1), completed=counts.reported, width=BAR_WIDTH),
            f"{counts.reported}/{counts.targets}{_share(counts)}",
            end_section=index == len(rows) - 2,
        )
    return table


def without_target_table(summary: Summary, lang: Lang) -> Table:
    table = Table(
        title=label("without target", lang, year=summary.year),
        title_justify="left",
        title_style="bold",
        expand=True,
    )
    table.add_column(label("Indicator", lang), ratio=3, overflow="fold")
    table.add_column(label("Figure", lang), no_wrap=True)
    table.add_column(label("Source", lang), ratio=2, overflow="fold")
    for actual in summary.without_target:
        figure = marks(flags_of(actual)) + figure_text(actual, lang)
        table.add_row(names(actual.name, actual.name_en, lang), figure, actual.quote)
    return table


def status_view(
    dataset_name: str, selection: Selection, summary: Summary, lang: Lang
) -> RenderableType:
    """All goals chosen, one table per area in the data's order, then coverage by area.

    Areas without goals are named only when no filter was applied, so that an empty area is
    not mistaken for one whose goals were filtered out.
    """
    results = selection.results
    include_empty_areas = not selection.filtered
    title = f"{dataset_name}: {label('targets for', lang, year=selection.year)}"
    by_area: dict[str, list[GoalResult]] = {}
    for result in results:
        by_area.setdefault(result.target.area, []).append(result)
    parts: list[RenderableType] = [Text(title, style="bold")]
    numbers: dict[str, int] = {}  # footnotes are numbered through the whole view
    for entry in summary.areas:
        rows = by_area.get(entry.area_id, [])
        heading = area_title(entry.area, entry.area_id, lang)
        if rows:
            if len(parts) > 1:
                parts.append(Text())
            table, notes = _area_table(heading, rows, lang, numbers)
            parts.append(table)
            if notes:
                parts.append(_footnotes(notes, numbers))
        elif include_empty_areas:
            parts.append(
                Text(f"\n{heading}  ", style="bold").append(
                    label("no targets", lang), style="dim italic"
                )
            )
    shown = {flag for result in results for flag in shown_flags(result)}
    if shown:
        parts += [Text(), legend(shown, lang)]
    parts += [
        Text(),
        # Areas without goals are named above, unless a filter hides them there.
        coverage_table(summary, lang, only_with_targets=include_empty_areas),
        footer_text(summary.total, lang, shown=len(results)),
    ]
    return Group(*parts)


def summary_view(title: str, summary: Summary, lang: Lang) -> RenderableType:
    parts: list[RenderableType] = [Text(title, style="bold"), coverage_table(summary, lang)]
    parts.append(footer_text(summary.total, lang))
    if summary.without_target:
        parts += [Text(), without_target_table(summary, lang)]
    return Group(*parts)
