"""Rich renderables for a terminal: goals by area and coverage with progress bars.

The cell texts here are shared by the other terminal views (`detail`, `diff`).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from tzgoals.models import Actual, Area, Target
from tzgoals.render.labels import Lang, label
from tzgoals.score import SYMBOLS, GoalResult, Summary, Tally, flags_of, fmt, signed
from tzgoals.vocabulary import Comparator, Status

STATUS_STYLES = {Status.MET: "bold green", Status.MISSED: "bold red", Status.UNREPORTED: "yellow"}
BAR_WIDTH = 20


def names(zh: str, en: str, lang: Lang) -> Text:
    """The chosen language first, the other dimmed beneath it, so nothing is lost."""
    first, second = (zh, en) if lang is Lang.ZH else (en or zh, zh)
    text = Text(first)
    if second and second != first:
        text.append(f"\n{second}", style="dim")
    return text


def area_title(area: Area | None, area_id: str, lang: Lang) -> str:
    if area is None:
        return area_id
    return area.title if lang is Lang.ZH or not area.title_en else area.title_en


def target_text(target: Target) -> str:
    """The target as a reader would say it: ≥ 6%, 6–8%, ≈ 3 ± 0.5%, +3 pp, milestone."""
    unit = target.unit or ""
    if target.comparator in SYMBOLS and target.value is not None:
        return f"{SYMBOLS[target.comparator]} {fmt(target.value)}{unit}"
    if target.comparator is Comparator.BETWEEN and target.value is not None:
        assert target.value_max is not None
        return f"{fmt(target.value)}–{fmt(target.value_max)}{unit}"
    if target.comparator is Comparator.ABOUT and target.value is not None:
        assert target.tolerance is not None
        return f"≈ {fmt(target.value)} ± {fmt(target.tolerance)}{unit}"
    if target.comparator is Comparator.PP_CHANGE and target.value is not None:
        return f"{signed(target.value)} pp"
    return target.comparator.value


def figure_text(actual: Actual) -> str:
    if isinstance(actual.value, bool):
        return "done" if actual.value else "not done"
    return f"{fmt(actual.value)}{actual.unit or ''}"


def actual_text(result: GoalResult) -> str:
    compared, actual = result.compared, result.actual
    if isinstance(compared, bool):
        return "done" if compared else "not done"
    if compared is not None and result.target.comparator is Comparator.PP_CHANGE:
        return f"{signed(compared)} pp"
    if compared is not None:
        return f"{fmt(compared)}{result.target.unit or ''}"
    if actual is not None:
        return f"{figure_text(actual)} ({actual.year})"
    return "—"


def gap_text(result: GoalResult) -> str:
    if result.gap is None:
        return ""
    unit = "pp" if result.target.comparator is Comparator.PP_CHANGE else result.target.unit or ""
    return f"{signed(result.gap)}{unit}" if result.gap else "0"


def attainment_text(result: GoalResult) -> str:
    if result.attainment is None:
        return ""
    return f"{result.attainment * 100:.1f}%"


def status_text(status: Status, lang: Lang) -> Text:
    return Text(label(status.value, lang), style=STATUS_STYLES[status])


def _why(result: GoalResult) -> Text:
    why = Text(result.reason)
    if result.target.note and result.status is Status.UNREPORTED:
        why.append(f"\n{result.target.note}", style="dim")
    return why


def _area_table(title: str, results: Sequence[GoalResult], lang: Lang) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=True)
    table.add_column(label("Status", lang), no_wrap=True)
    table.add_column(label("Goal", lang), ratio=3, overflow="fold")
    table.add_column(label("Target", lang), no_wrap=True)
    table.add_column(label("Actual", lang), no_wrap=True)
    table.add_column(label("Gap", lang), no_wrap=True, justify="right")
    table.add_column(label("Attained", lang), no_wrap=True, justify="right")
    table.add_column(label("Why", lang), ratio=3, overflow="fold")
    for result in results:
        table.add_row(
            status_text(result.status, lang),
            names(result.target.name, result.target.name_en, lang),
            target_text(result.target),
            actual_text(result),
            gap_text(result),
            attainment_text(result),
            _why(result),
        )
    return table


def _share(counts: Tally) -> str:
    share = counts.reported_share
    return "" if share is None else f" ({share * 100:.0f}%)"


def footer_text(total: Tally, lang: Lang) -> Text:
    text = Text()
    text.append(f"{total.met} {label('met', lang)}", style=STATUS_STYLES[Status.MET])
    text.append(" · ")
    text.append(f"{total.missed} {label('missed', lang)}", style=STATUS_STYLES[Status.MISSED])
    text.append(" · ")
    text.append(
        f"{total.unreported} {label('unreported', lang)}", style=STATUS_STYLES[Status.UNREPORTED]
    )
    text.append("\n")
    text.append(
        label(
            "reported share", lang, reported=total.reported, targets=total.targets,
            share=_share(total),
        )
    )  # fmt: skip
    return text


def coverage_table(summary: Summary, lang: Lang) -> Table:
    """Per area: counts, and a bar of how much of it the sources reported on at all."""
    table = Table(
        title=label("coverage", lang, year=summary.year), title_justify="left", title_style="bold"
    )
    table.add_column(label("Area", lang), overflow="fold", ratio=3)
    table.add_column(label("Targets", lang), justify="right")
    for status in Status:
        table.add_column(label(status.value, lang), justify="right", style=STATUS_STYLES[status])
    table.add_column(label("Reported", lang), no_wrap=True)
    table.add_column("", no_wrap=True)
    rows = [(area_title(a.area, a.area_id, lang), a.tally) for a in summary.areas]
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
        flags = [flag.replace("_", " ") for flag in flags_of(actual)]
        figure = figure_text(actual) + (f" ({', '.join(flags)})" if flags else "")
        table.add_row(names(actual.name, actual.name_en, lang), figure, actual.quote)
    return table


def status_view(
    title: str,
    results: Sequence[GoalResult],
    summary: Summary,
    include_empty_areas: bool,
    lang: Lang,
) -> RenderableType:
    """All goals, one table per area in the data's order, then coverage by area."""
    by_area: dict[str, list[GoalResult]] = {}
    for result in results:
        by_area.setdefault(result.target.area, []).append(result)
    parts: list[RenderableType] = [Text(title, style="bold")]
    for entry in summary.areas:
        rows = by_area.get(entry.area_id, [])
        heading = area_title(entry.area, entry.area_id, lang)
        if rows:
            parts.append(_area_table(heading, rows, lang))
        elif include_empty_areas:
            parts.append(
                Text(f"\n{heading}  ", style="bold").append(
                    label("no targets", lang), style="dim italic"
                )
            )
    parts += [Text(), coverage_table(summary, lang), footer_text(summary.total, lang)]
    return Group(*parts)


def summary_view(title: str, summary: Summary, lang: Lang) -> RenderableType:
    parts: list[RenderableType] = [Text(title, style="bold"), coverage_table(summary, lang)]
    parts.append(footer_text(summary.total, lang))
    if summary.without_target:
        parts += [Text(), without_target_table(summary, lang)]
    return Group(*parts)
