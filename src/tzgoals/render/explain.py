"""Sentences from result facts: why a goal has its status, and the arithmetic behind it.

Scoring gives a `Reason` code and numbers; this module says them in the reader's language, with
the words of one catalogue (`tzgoals.render.catalogue`). Nothing here decides a verdict again:
which symbol a comparison shows, which side is short, comes from the facts.
"""

from __future__ import annotations

from tzgoals.comparators import NEGATED, SYMBOLS
from tzgoals.render.catalogue import Lang, in_lang, label
from tzgoals.render.figures import amount_text, compared_text, signed, target_text, unit_text
from tzgoals.reported import Evidence
from tzgoals.score import GoalResult
from tzgoals.tabular import normalised as fmt
from tzgoals.vocabulary import Comparator, Direction, Flag, Reason, Status

_NO_FIGURE = {
    Reason.NO_RESULT: "reason.no_result",
    Reason.NO_OUTCOME: "reason.no_outcome",
    Reason.NO_JUDGEMENT: "reason.no_judgement",
}
_OUTCOMES = {
    Reason.REPORTED_DONE: "reason.reported_done",
    Reason.REPORTED_NOT_DONE: "reason.reported_not_done",
    Reason.JUDGED_ACHIEVED: "reason.judged_achieved",
    Reason.JUDGED_NOT_ACHIEVED: "reason.judged_not_achieved",
}
_BOUND_FLAGS = {Flag.LOWER_BOUND, Flag.UPPER_BOUND}


def _symbol(result: GoalResult) -> str:
    """The comparison a verdict shows: the target's own symbol when met, its negation if not."""
    comparator = result.target.comparator
    if comparator in SYMBOLS:
        symbol = SYMBOLS[comparator]
    else:
        symbol = "≤" if result.direction is Direction.CEILING else "≥"
    return symbol if result.status is Status.MET else NEGATED[symbol]


def _level_reason(result: GoalResult, lang: Lang) -> str:
    """A verdict on a figure: 27个 < 30个, 4.6% within or above ≈ 5 ± 0.5%."""
    target = result.target
    if target.comparator is Comparator.PP_CHANGE:
        return _pp_reason(result, lang)
    assert target.value is not None
    met = "met" if result.status is Status.MET else "missed"
    figure = compared_text(result, lang)
    unit = unit_text(target.unit, lang)
    if target.comparator is Comparator.BETWEEN:
        return label(f"reason.band.{met}", lang, figure=figure, target=target_text(target, lang))
    if target.comparator is Comparator.ABOUT:
        assert target.tolerance is not None
        band = f"{fmt(target.value)} ± {fmt(target.tolerance)}{unit}"
        key = "band" if result.direction is Direction.BAND else f"about.{result.direction}"
        return label(f"reason.{key}.{met}", lang, figure=figure, target=band)
    return label(
        "reason.compare",
        lang,
        figure=figure,
        symbol=_symbol(result),
        target=f"{fmt(target.value)}{unit}",
    )


def _pp_reason(result: GoalResult, lang: Lang) -> str:
    """40% → 42.5%: +2.5 pp, meeting +2 pp; on bounds, the change against the target."""
    target = result.target
    assert target.value is not None
    if result.levels is None or _BOUND_FLAGS & set(result.flags):
        return label(
            "reason.compare",
            lang,
            figure=compared_text(result, lang),
            symbol=_symbol(result),
            target=amount_text(signed(target.value), target.unit, lang),
        )
    before, after = result.levels
    assert isinstance(result.compared, type(before))
    met = "met" if result.status is Status.MET else "missed"
    return label(
        f"reason.pp.{met}",
        lang,
        before=fmt(before),
        after=fmt(after),
        change=signed(result.compared),
        required=signed(target.value),
    )


def evidence_text(evidence: Evidence, unit: str | None, lang: Lang) -> str:
    """A figure considered for a goal: what it says of the goal's figure, and whose it is."""
    where = evidence.where
    name = in_lang(evidence.actual.name, evidence.actual.name_en, lang)
    whose = label(f"evidence.{evidence.scope or 'own'}", lang, name=name)
    suffix = unit or ""
    if where.low is not None and where.high is None:
        said = label("bound.low", lang, figure=f"{fmt(where.low)}{suffix}")
    elif where.high is not None and where.low is None:
        said = label("bound.high", lang, figure=f"{fmt(where.high)}{suffix}")
    else:
        figure = evidence.actual.value
        shown = f"{fmt(figure)}{evidence.actual.unit or ''}" if not isinstance(figure, bool) else ""
        said = label("bound.none", lang, figure=shown)
    return said + label("aside", lang, text=whose)


def _undecided_reason(result: GoalResult, lang: Lang) -> str:
    bounds = label("list", lang).join(
        evidence_text(e, result.target.unit, lang) for e in result.evidence
    )
    return label(
        "reason.bound_undecided", lang, target=target_text(result.target, lang), bounds=bounds
    )


def _qualifiers(result: GoalResult, lang: Lang) -> list[str]:
    notes = []
    by_scope = Flag.BY_SCOPE in result.flags
    for flag in result.flags:
        if by_scope and flag in _BOUND_FLAGS:
            continue  # the scope note says which bound the related figure is
        if flag is Flag.BY_SCOPE:
            assert result.actual is not None and result.scope is not None
            name = in_lang(result.actual.name, result.actual.name_en, lang)
            notes.append(label(f"qualifier.by_scope.{result.scope}", lang, name=name))
        else:
            notes.append(label(f"qualifier.{flag}", lang))
    return notes


def reason_text(result: GoalResult, lang: Lang) -> str:
    """Why the goal has its status, with the qualifiers of the figure it rests on."""
    reason = result.reason
    year = result.target.year
    if reason in _NO_FIGURE:
        return label(_NO_FIGURE[reason], lang, year=year)
    if reason is Reason.NO_BASELINE:
        return label("reason.no_baseline", lang, year=year - 1)
    if reason is Reason.BOUND_UNDECIDED:
        return _undecided_reason(result, lang)
    text = label(_OUTCOMES[reason], lang) if reason in _OUTCOMES else _level_reason(result, lang)
    notes = _qualifiers(result, lang)
    if not notes:
        return text
    # Words are listed as the figure's own qualifiers are (预计数、下限); a scope note is a clause.
    separator = "notes separator" if Flag.BY_SCOPE in result.flags else "list"
    return label("qualified", lang, text=text, notes=label(separator, lang).join(notes))


def _gap_word(result: GoalResult) -> str:
    if result.status is Status.MET:
        return "gap.met"
    return f"gap.{result.direction or Direction.FLOOR}"


def arithmetic(result: GoalResult, lang: Lang) -> str:
    """The verdict with its working: '27个 < 30个 → missed, 90.0% attained, 3个 short',
    '6.5% ≥ 6% → 达成，完成率108.3%，富余0.5个百分点'."""
    parts = [
        label(
            "arithmetic", lang, reason=reason_text(result, lang), status=label(result.status, lang)
        )
    ]
    if result.attainment is not None:
        share = f"{result.attainment * 100:.1f}"
        parts.append(label("arithmetic.attained", lang, share=share))
    if result.gap:
        gap = amount_text(fmt(abs(result.gap)), result.gap_unit, lang)
        parts.append(label(_gap_word(result), lang, gap=gap))
    return label("clause separator", lang).join(parts)


def explanation(result: GoalResult, lang: Lang) -> str:
    """What a table row cannot say: a verdict's reason when it is qualified or when a goal with
    a figure stays unreported (no baseline, undecided bounds), and the goal's note; empty when
    the row says it all. `tzgoals show ID` gives every reason in full.
    """
    parts = []
    if result.flags or (result.status is Status.UNREPORTED and result.reported):
        reason = reason_text(result, lang)
        if lang is Lang.EN:
            reason = reason[:1].upper() + reason[1:]
        parts.append(reason + label("sentence end", lang))
    note = in_lang(result.target.note, result.target.note_en, lang)
    if note:
        parts.append(note)
    return label("sentence separator", lang).join(parts)
