"""What every view of a year's goals says, before any layout.

Each goal's texts in the reader's language, the groups the goals are listed in (one an area in
the data's order, or one list across areas in a chosen order), and the footnotes, numbered
through the view. Plain strings, no Rich: the terminal's three layouts and the Markdown report
are drawn from the same `GoalsView`, so they cannot say different things.
"""

from collections.abc import Iterable
from typing import NamedTuple

from tzgoals.coverage import Selection, Summary
from tzgoals.models import Area
from tzgoals.render.catalogue import Lang, in_lang, label
from tzgoals.render.explain import explanation
from tzgoals.render.figures import actual_text, attainment_text, gap_text, target_text
from tzgoals.score import GoalResult
from tzgoals.vocabulary import Flag, Order, Pace, Status

#: Where a title's first clause ends: "① Grow and upgrade: build …", "① 突出扩量提质,着力 …".
#: Looked for with `str.find`: as a regular expression's class, the three full-width marks
#: cost 2.6M instructions to compile at every start that shows a table.
_CLAUSE_ENDS = ":：,，;；"


class GoalLine(NamedTuple):
    """One goal as a reader is shown it. `name` is in the reader's language and `other` in the
    other one (empty when there is none); `marker` points at its footnote ("[2]")."""

    result: GoalResult
    status: Status
    name: str
    other: str
    marker: str
    target: str
    actual: str
    gap: str
    attainment: str
    area: str

    @property
    def id(self) -> str:
        return self.result.target.id


class Footnote(NamedTuple):
    number: int
    text: str


class Group(NamedTuple):
    """Goals listed together under `heading`, and the footnotes first referred to in them. An
    area with no goal is a group without lines, named when nothing was filtered out."""

    heading: str
    area_id: str | None
    lines: list[GoalLine]
    notes: list[Footnote]


class GoalsView(NamedTuple):
    title: str
    groups: list[Group]
    #: The qualifier marks shown on some figure, for the legend.
    marks: frozenset[Flag]
    #: Whether some goal shows a pace (序时进度), for the legend.
    paced: bool = False
    #: Of the goals in scope with a pace rule and no verdict yet, how many are on pace, of how
    #: many: counted whatever a filter lists, as the other counts are.
    on_pace: tuple[int, int] = (0, 0)


def names(zh: str, en: str, lang: Lang) -> tuple[str, str]:
    """The name in the reader's language, and the other one when it says something more."""
    first, second = (zh, en) if lang is Lang.ZH else (en or zh, zh)
    return first, second if second and second != first else ""


def area_title(area: Area | None, area_id: str, lang: Lang) -> str:
    if area is None:
        return area_id
    return in_lang(area.title, area.title_en, lang)


def first_clause(title: str) -> str:
    """The title up to the first mark that ends a clause, or all of it when it has none."""
    ends = [at for at in map(title.find, _CLAUSE_ENDS) if at >= 0]
    return title[: min(ends)] if ends else title


def short_titles(titles: dict[str, str]) -> dict[str, str]:
    """Each area's title cut to its first clause, for a narrow table: "① Grow and upgrade".
    A title keeps its whole text where the cut would leave two areas with the same label."""
    cut = {key: first_clause(title).strip() or title for key, title in titles.items()}
    seen: dict[str, int] = {}
    for short in cut.values():
        seen[short] = seen.get(short, 0) + 1
    return {key: short if seen[short] == 1 else titles[key] for key, short in cut.items()}


def goal_line(result: GoalResult, marker: str, area: str, lang: Lang) -> GoalLine:
    """A goal's cells; one with only a figure for part of the year shows that figure and its
    pace where a verdict's figure and gap would be."""
    target = result.target
    name, other = names(target.name, target.name_en, lang)
    pace = result.in_progress
    if pace:  # few datasets have figures for part of a year: only they import their words
        from tzgoals.render.pacing import pace_cell, year_to_date_text

        actual, gap = year_to_date_text(pace, lang), pace_cell(pace, result, lang)
    else:
        actual, gap = actual_text(result, lang), gap_text(result, lang)
    return GoalLine(
        result=result,
        status=result.status,
        name=name,
        other=other,
        marker=marker,
        target=target_text(target, lang),
        actual=actual,
        gap=gap,
        attainment=attainment_text(result),
        area=area,
    )


class _Numbering:
    """Footnote numbers through a whole view: a note repeated (two bridges with one note)
    keeps its first number."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def lines(
        self, results: Iterable[GoalResult], areas: dict[str, str], lang: Lang
    ) -> tuple[list[GoalLine], list[Footnote]]:
        lines, notes = [], []
        for result in results:
            note = explanation(result, lang)
            marker = ""
            if note:
                if note not in self.numbers:
                    self.numbers[note] = len(self.numbers) + 1
                    notes.append(Footnote(self.numbers[note], note))
                marker = f"[{self.numbers[note]}]"
            area = areas.get(result.target.area, result.target.area)
            lines.append(goal_line(result, marker, area, lang))
        return lines, notes


def goals_view(dataset_name: str, selection: Selection, summary: Summary, lang: Lang) -> GoalsView:
    """The goals chosen, by area in the data's order or in one list in the order chosen.

    Areas without goals are named only when no filter was applied, so that an empty area is
    not mistaken for one whose goals were filtered out.
    """
    title = label(
        "titled", lang, name=dataset_name, what=label("targets for", lang, year=selection.year)
    )
    titles = {a.area_id: area_title(a.area, a.area_id, lang) for a in summary.areas}
    numbering = _Numbering()
    groups: list[Group] = []
    if selection.order is Order.AREA:
        by_area: dict[str, list[GoalResult]] = {}
        for result in selection.results:
            by_area.setdefault(result.target.area, []).append(result)
        for entry in summary.areas:
            results = by_area.get(entry.area_id, [])
            if results or not selection.filtered:
                lines, notes = numbering.lines(results, titles, lang)
                groups.append(Group(titles[entry.area_id], entry.area_id, lines, notes))
    else:
        heading = label("sorted", lang, order=label(f"order.{selection.order}", lang))
        lines, notes = numbering.lines(selection.results, short_titles(titles), lang)
        groups.append(Group(heading, None, lines, notes))
    marks = frozenset(flag for result in selection.results for flag in result.qualifiers)
    paced = any(result.in_progress for result in selection.results)
    return GoalsView(title, groups, marks, paced, pace_count(selection.in_scope))


def pace_count(results: Iterable[GoalResult]) -> tuple[int, int]:
    """How many goals are on pace, of those with no verdict yet that a pace rule judges."""
    paces = [r.in_progress.pace for r in results if r.in_progress is not None]
    judged = [pace for pace in paces if pace is not Pace.NO_PACE_RULE]
    return sum(pace is Pace.ON_PACE for pace in judged), len(judged)


def pace_count_text(view: GoalsView, lang: Lang) -> str:
    """ "2 of 3 goals …are on pace", or nothing when no goal has a pace to count."""
    on, judged = view.on_pace
    return label("pace.count", lang, on=on, judged=judged) if judged else ""
