"""A pace (序时进度) in words: the period a figure covers, its cell in a table, and the
arithmetic `show` gives, from the facts of `tzgoals.pace` and the words of the catalogues."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tzgoals.render.catalogue import Lang, label
from tzgoals.render.figures import amount_text, figure_text, signed, target_text
from tzgoals.score import GoalResult
from tzgoals.tabular import normalised as fmt
from tzgoals.units import PERCENTAGE_POINT
from tzgoals.vocabulary import Pace, PaceRule

if TYPE_CHECKING:
    from tzgoals.pace import PaceFact

#: The mark before a figure for part of the year, explained by the legend (`mark.pace`).
PACE_MARK = "◷"


def period_text(month: int, lang: Lang) -> str:
    """January to `month`: "Jan–Sep", "1-9月"."""
    last = label("months", lang).split()[month - 1]
    return label("period", lang, last=last)


def year_to_date_text(fact: PaceFact, lang: Lang) -> str:
    """The figure a pace rests on, marked, with its period: ◷6.5% (Jan–Sep)."""
    period = period_text(fact.through_month, lang)
    shown = f"{PACE_MARK}{figure_text(fact.actual, lang)}"
    return shown + label("aside", lang, text=period)


def _gap(fact: PaceFact, result: GoalResult, lang: Lang) -> str:
    """Ahead or behind, signed, in percentage points of completion or the target's terms."""
    assert fact.gap is not None
    unit = PERCENTAGE_POINT if fact.rule is PaceRule.COMPLETION else result.gap_unit
    return amount_text(signed(fact.gap) if fact.gap else "0", unit, lang)


def pace_cell(fact: PaceFact, result: GoalResult, lang: Lang) -> str:
    """The pace where a verdict's gap would stand: "on pace (+0.5 pp)"."""
    pace = label(f"pace.{fact.pace}", lang)
    if fact.gap is None:
        return pace
    return label("pace.cell", lang, pace=pace, gap=_gap(fact, result, lang))


def pace_sentence(fact: PaceFact, result: GoalResult, lang: Lang) -> str:
    """The arithmetic behind a pace, as the official reports say it."""
    values = {
        "figure": figure_text(fact.actual, lang),
        "period": period_text(fact.through_month, lang),
        "target": target_text(result.target, lang),
        "pace": label(f"pace.{fact.pace}", lang),
    }
    if fact.pace is Pace.NO_PACE_RULE or fact.gap is None:
        return label("pace.none", lang, **values)
    if fact.rule is PaceRule.LEVEL:
        return label("pace.level", lang, gap=_gap(fact, result, lang), **values)
    assert fact.completion is not None and fact.expected is not None
    side = "exact" if not fact.gap else ("ahead" if fact.gap > 0 else "behind")
    return label(
        f"pace.completion.{side}",
        lang,
        completion=fmt(fact.completion),
        expected=fmt(fact.expected),
        gap=fmt(abs(fact.gap)),
        **values,
    )
