"""Figures as short text for a cell: a target, a result with its qualifier marks, a gap.

Plain strings, no Rich, so that every view (terminal, Markdown, HTML) writes a figure the same
way. Units stay as the data writes them, except that a percentage point is `pp` in English and
个百分点 in Chinese.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, assert_never

from tzgoals.comparators import SYMBOLS
from tzgoals.coverage import Tally
from tzgoals.models import Actual, Target
from tzgoals.render.catalogue import Lang, label
from tzgoals.score import GoalResult, flags_of
from tzgoals.tabular import normalised as fmt
from tzgoals.units import PERCENTAGE_POINT, is_percentage_point
from tzgoals.vocabulary import Comparator, Flag, Status

if TYPE_CHECKING:  # `status` never imports the year-over-year code
    from tzgoals.change import IndicatorChange

#: The sources' qualifiers as marks before a figure, in this order: ≥*6.5% for 超6.5%, 预计.
#: "≥" says what "≥" says in a target, at least; "~", not "≈", which an `about` target uses.
FLAG_MARKS = {
    Flag.BY_SCOPE: "§",
    Flag.LOWER_BOUND: "≥",
    Flag.UPPER_BOUND: "≤",
    Flag.APPROXIMATE: "~",
    Flag.ESTIMATE: "*",
    Flag.REVISED: "†",
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


def amount_text(amount: str, unit: str | None, lang: Lang) -> str:
    """A number written with its unit: 3个, 1.5万人, and percentage points as the language
    writes them (0.5 pp, 0.5个百分点)."""
    if unit is not None and is_percentage_point(unit):
        return label("amount.pp", lang, amount=amount)
    return f"{amount}{unit or ''}"


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
            return amount_text(signed(value), target.unit, lang)
        case Comparator.MILESTONE | Comparator.QUALITATIVE:
            return label(target.comparator.value, lang)
        case _:
            assert_never(target.comparator)


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
        return amount_text(signed(compared), PERCENTAGE_POINT, lang)
    return f"{fmt(compared)}{result.target.unit or ''}"


def shown_flags(result: GoalResult) -> tuple[Flag, ...]:
    """The qualifiers of the figure the Actual cell shows: those scored, else the figure's own."""
    return result.qualifiers


def actual_text(result: GoalResult, lang: Lang) -> str:
    """The figure set against the target, marked with its qualifiers; else the year's figure."""
    marked = marks(shown_flags(result))
    if result.compared is not None:
        return marked + compared_text(result, lang)
    if result.actual is not None:
        figure = figure_text(result.actual, lang)
        return marked + label("figure of year", lang, figure=figure, year=result.actual.year)
    return "—"


def gap_text(result: GoalResult, lang: Lang) -> str:
    """The margin with its sign and unit: +0.5 pp to spare, -3个 short; 0 on the line."""
    if result.gap is None:
        return ""
    if not result.gap:
        return "0"
    return amount_text(signed(result.gap), result.gap_unit, lang)


def attainment_text(result: GoalResult) -> str:
    if result.attainment is None:
        return ""
    return f"{result.attainment * 100:.1f}%"


def share_text(counts: Tally, lang: Lang) -> str:
    """The share of goals reported, as it follows a count: " (17%)", "（17%）"."""
    share = counts.reported_share
    return "" if share is None else label("share", lang, percent=f"{share * 100:.0f}")


def reported_text(counts: Tally, lang: Lang) -> str:
    """Goals reported of all: 6/36 (17%)."""
    return f"{counts.reported}/{counts.targets}{share_text(counts, lang)}"


def count_texts(total: Tally, lang: Lang) -> list[tuple[Status, str]]:
    """Each status with its count in words: (met, "4 met") … (unreported, "31 unreported")."""
    return [
        (status, label(f"count.{status}", lang, count=getattr(total, status.value)))
        for status in Status
    ]


def unreported_split(total: Tally, lang: Lang) -> str:
    """How many unreported goals were reported but not scorable and how many never mentioned;
    empty when none was scorable."""
    if not total.not_scorable:
        return ""
    return label(
        "unreported split", lang, not_scorable=total.not_scorable, never=total.never_mentioned
    )


def revisions_text(total: Tally, lang: Lang) -> str:
    """How many verdicts a later figure changed; empty when none did."""
    return label("revised count", lang, count=total.revised) if total.revised else ""


def reported_sentence(total: Tally, lang: Lang) -> str:
    return label(
        "reported share", lang, reported=total.reported, targets=total.targets,
        share=share_text(total, lang), scored=total.scored, not_scorable=total.not_scorable,
    )  # fmt: skip


def level_text(actual: Actual | None, unit: str, lang: Lang) -> str:
    """One year's figure of an indicator in a comparison, with its marks: ≥450亿元, done, —.

    Written as its quote writes it (1.38万人, not 13800人), as every other command shows a
    figure; `unit` is the indicator's, for a figure recorded without one."""
    if actual is None:
        return "—"
    shown = marks(flags_of(actual))
    if isinstance(actual.value, bool):
        return shown + outcome_text(actual.value, lang)
    return f"{shown}{fmt(actual.value)}{actual.unit or unit}"


def change_text(change: IndicatorChange, lang: Lang) -> str:
    """The change between two years: +8个 (+42.11%), +0.5 pp."""
    if change.change is None:
        return ""
    unit = change.indicator.unit or ""
    shown = amount_text(signed(change.change), PERCENTAGE_POINT if unit == "%" else unit, lang)
    if change.change_pct is not None:
        shown += label("aside", lang, text=f"{signed(change.change_pct)}%")
    return shown
