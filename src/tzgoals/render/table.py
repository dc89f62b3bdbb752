"""Rich tables for a terminal: goals grouped by work area, coloured by status, with a footer."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tzgoals.models import Area, Target
from tzgoals.score import GoalResult, Tally, fmt, tally
from tzgoals.vocabulary import Comparator, Status

STATUS_STYLES = {Status.MET: "bold green", Status.MISSED: "bold red", Status.UNREPORTED: "yellow"}
SYMBOLS = {
    Comparator.AT_LEAST: "≥",
    Comparator.MORE_THAN: ">",
    Comparator.AT_MOST: "≤",
    Comparator.LESS_THAN: "<",
}


def _signed(value: Decimal) -> str:
    text = fmt(value)
    return text if text.startswith("-") else f"+{text}"


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
        return f"{_signed(target.value)} pp"
    return target.comparator.value


def actual_text(result: GoalResult) -> str:
    compared, actual = result.compared, result.actual
    if isinstance(compared, bool):
        return "done" if compared else "not done"
    if compared is not None and result.target.comparator is Comparator.PP_CHANGE:
        return f"{_signed(compared)} pp"
    if compared is not None:
        return f"{fmt(compared)}{result.target.unit or ''}"
    if actual is not None and isinstance(actual.value, Decimal):
        return f"{fmt(actual.value)}{actual.unit or ''} ({actual.year})"
    return "—"


def gap_text(result: GoalResult) -> str:
    if result.gap is None:
        return ""
    unit = "pp" if result.target.comparator is Comparator.PP_CHANGE else result.target.unit or ""
    return f"{_signed(result.gap)}{unit}" if result.gap else "0"


def attainment_text(result: GoalResult) -> str:
    if result.attainment is None:
        return ""
    return f"{result.attainment * 100:.1f}%"


def _why(result: GoalResult) -> Text:
    why = Text(result.reason)
    if result.target.note and result.status is Status.UNREPORTED:
        why.append(f"\n{result.target.note}", style="dim")
    return why


def _area_table(area: Area | None, area_id: str, results: Sequence[GoalResult]) -> Table:
    title = f"{area.title}\n[dim]{area.title_en}[/dim]" if area else area_id
    table = Table(title=title, title_justify="left", expand=True, show_lines=False)
    table.add_column("Status", no_wrap=True)
    table.add_column("Goal", ratio=3, overflow="fold")
    table.add_column("Target", no_wrap=True)
    table.add_column("Actual", no_wrap=True)
    table.add_column("Gap", no_wrap=True, justify="right")
    table.add_column("Attained", no_wrap=True, justify="right")
    table.add_column("Why", ratio=3, overflow="fold")
    for result in results:
        goal = Text(result.target.name_en or result.target.name)
        if result.target.name_en:
            goal.append(f"\n{result.target.name}", style="dim")
        table.add_row(
            Text(result.status.value, style=STATUS_STYLES[result.status]),
            goal,
            target_text(result.target),
            actual_text(result),
            gap_text(result),
            attainment_text(result),
            _why(result),
        )
    return table


def footer_text(total: Tally) -> Text:
    text = Text()
    text.append(f"{total.met} met", style=STATUS_STYLES[Status.MET])
    text.append(" · ")
    text.append(f"{total.missed} missed", style=STATUS_STYLES[Status.MISSED])
    text.append(" · ")
    text.append(f"{total.unreported} unreported", style=STATUS_STYLES[Status.UNREPORTED])
    share = f" ({total.reported_share * 100:.0f}%)" if total.reported_share is not None else ""
    text.append(
        f"\nThe sources report a result for {total.reported} of {total.targets} targets{share}."
    )
    return text


def status_view(
    title: str,
    results: Sequence[GoalResult],
    areas: Sequence[Area],
    include_empty_areas: bool,
) -> RenderableType:
    """All goals, one table per area in the order the areas are listed in the data."""
    by_area: dict[str, list[GoalResult]] = {}
    for result in results:
        by_area.setdefault(result.target.area, []).append(result)
    known = {area.id: area for area in areas}
    parts: list[RenderableType] = [Text(title, style="bold")]
    for area in areas:
        rows = by_area.pop(area.id, [])
        if rows:
            parts.append(_area_table(area, area.id, rows))
        elif include_empty_areas:
            parts.append(
                Text(f"\n{area.title}  ", style="bold").append(
                    "no targets set in this area by the sources", style="dim italic"
                )
            )
    for area_id, rows in by_area.items():
        parts.append(_area_table(known.get(area_id), area_id, rows))
    parts.append(Text())
    parts.append(footer_text(tally(results)))
    return Group(*parts)
