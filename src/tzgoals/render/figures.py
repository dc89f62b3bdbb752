"""Figures as short text for a cell: a target, a result with its qualifier marks, a gap.

Plain strings, no Rich, so that every view (terminal, Markdown, HTML) writes a figure the same
way. Units stay as the data writes them, except that a percentage point is `pp` in English and
个百分点 in Chinese.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from tzgoals.comparators import SYMBOLS
from tzgoals.models import Actual, Target
from tzgoals.render.catalogue import Lang, label
from tzgoals.score import GoalResult, flags_of
from tzgoals.tabular import normalised as fmt
from tzgoals.units import PERCENTAGE_POINT, is_percentage_point
from tzgoals.vocabulary import Comparator, Flag

#: The sources' qualifiers as marks before a figure, in this order: ≥*6.5% for 超6.5%, 预计.
#: "≥" says what "≥" says in a target, at least; "~", not "≈", which an `about` target uses.
FLAG_MARKS = {
    Flag.BY_SCOPE: "§",
    Flag.LOWER_BOUND: "≥",
    Flag.UPPER_BOUND: "≤",
    Flag.APPROXIMATE: "~",
    Flag.ESTIMATE: "*",
}


def signed(value: Decimal) -> str:
    """A change as text with its sign: +0.5, -3."""
    text = fmt(value)
    return text if text.startswith("-") else f"+{text}"


def marks(flags: Iterable[Flag]) -> str:
    """One character a qualifier, so that a figure's cell stays narrow (see the legend)."""
    present = set(flags)
    return "".join(mark for flag, mark in FLAG_MARKS.items() if flag in present)


def marks_legend(flags: Iterable[Flag], lang: Lang) -> str:
    """What each mark shown means, in the order the marks are written; empty when none is."""
    present = set(flags)
    return " · ".join(label(f"mark.{flag}", lang) for flag in FLAG_MARKS if flag in present)


def unit_text(unit: str | None, lang: Lang) -> str:
    """A unit as shown: percentage points in the reader's language, any other as written."""
    if unit is None:
        return ""
    return label("pp", lang) if is_percentage_point(unit) else unit


def target_text(target: Target, lang: Lang) -> str:
    """The target as a reader would say it: ≥ 6%, 6–8%, ≈ 3 ± 0.5%, +3 pp, milestone."""
    unit = unit_text(target.unit, lang)
    value = target.value
    match target.comparator:
        case Comparator.AT_LEAST | Comparator.MORE_THAN | Comparator.AT_MOST | Comparator.LESS_THAN:
            assert value is not None
            return f"{SYMBOLS[target.comparator]} {fmt(value)}{unit}"
        case Comparator.BETWEEN:
            assert value is not None and target.value_max is not None
            return f"{fmt(value)}–{fmt(target.value_max)}{unit}"
        case Comparator.ABOUT:
            assert value is not None and target.tolerance is not None
            return f"≈ {fmt(value)} ± {fmt(target.tolerance)}{unit}"
        case Comparator.PP_CHANGE:
            assert value is not None
            return f"{signed(value)} {unit}"
        case Comparator.MILESTONE | Comparator.QUALITATIVE:
            return label(target.comparator.value, lang)


def outcome_text(done: bool, lang: Lang) -> str:
    return label("done" if done else "not done", lang)


def figure_text(actual: Actual, lang: Lang) -> str:
    """A result as reported, in its own unit: 1.38万人, done."""
    if isinstance(actual.value, bool):
        return outcome_text(actual.value, lang)
    return f"{fmt(actual.value)}{actual.unit or ''}"


def compared_text(result: GoalResult, lang: Lang) -> str:
    """The figure set against the target, in the target's unit, without marks: 27个, +2 pp."""
    compared = result.compared
    if isinstance(compared, bool):
        return outcome_text(compared, lang)
    if compared is None:
        return ""
    if result.target.comparator is Comparator.PP_CHANGE:
        return f"{signed(compared)} {label('pp', lang)}"
    return f"{fmt(compared)}{result.target.unit or ''}"


def shown_flags(result: GoalResult) -> tuple[Flag, ...]:
    """The qualifiers of the figure the Actual cell shows: those scored, else the figure's own."""
    return result.flags or flags_of(result.actual)


def actual_text(result: GoalResult, lang: Lang) -> str:
    """The figure set against the target, marked with its qualifiers; else the year's figure."""
    marked = marks(shown_flags(result))
    if result.compared is not None:
        return marked + compared_text(result, lang)
    if result.actual is not None:
        return f"{marked}{figure_text(result.actual, lang)} ({result.actual.year})"
    return "—"


def gap_text(result: GoalResult, lang: Lang) -> str:
    """The margin with its sign and unit: +0.5pp to spare, -3个 short; 0 on the line."""
    if result.gap is None:
        return ""
    if not result.gap:
        return "0"
    unit = result.gap_unit
    shown = label("pp", lang) if unit == PERCENTAGE_POINT else unit
    return f"{signed(result.gap)}{shown}"


def attainment_text(result: GoalResult) -> str:
    if result.attainment is None:
        return ""
    return f"{result.attainment * 100:.1f}%"
