"""The scorecard as one self-contained HTML page: sources, coverage by area, every goal.

A pure function of facts: the dataset, the selection and summary from `tzgoals.coverage`, the
language shown first, and the time of generation, passed in so that the same data gives the
same page. Every sentence is the catalogue's, through `explain` and `figures`; nothing here
decides a verdict again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from markupsafe import Markup

from tzgoals.coverage import Selection, Summary, Tally
from tzgoals.models import Actual, Area, Dataset
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.explain import arithmetic, evidence_text
from tzgoals.render.figures import (
    actual_text,
    attainment_text,
    figure_text,
    gap_text,
    marks,
    revisions_text,
    shown_flags,
    target_text,
    unreported_split,
)
from tzgoals.render.pacing import (
    PACE_MARK,
    pace_cell,
    pace_sentence,
    period_text,
    year_to_date_text,
)
from tzgoals.reported import Evidence
from tzgoals.score import GoalResult, flags_of
from tzgoals.vocabulary import Pace, Status

if TYPE_CHECKING:
    pass

#: What the page lets a browser fetch: nothing. Styles are inline; the one script is allowed
#: by its hash; the only image is the empty data: favicon that stops a request for one.
from tzgoals.render.html.page import (
    Both,
    FigureView,
    Sources,
    SourceView,
    both,
    cell_labels_css,
    each,
    figure_view,
    legend,
    macro,
    note_text,
    page_title,
    render_page,
    sort_key,
    words_both,
    year_heading,
)

STATUS_SYMBOLS = {Status.MET: "✓", Status.MISSED: "✗", Status.UNREPORTED: "○"}
#: The goals table's columns, in order; on a phone those after the name are labelled.
GOAL_COLUMNS = ("Status", "Goal", "Target", "Actual", "Gap", "Attained")
#: The coverage table's count columns, after the area; labelled on a phone too.
COUNT_COLUMNS = ("Targets", "met", "missed", "unreported")


class GoalView(NamedTuple):
    """One goal's row. `figures` are the goal's evidence, then the year before's figure."""

    id: str
    indicator: str
    status: str
    badge: Markup
    name: str
    name_en: str
    target: Both
    actual: Both
    gap: Both
    attainment: str
    bar: str
    target_sort: str
    actual_sort: str
    gap_sort: str
    attainment_sort: str
    target_heading: Both
    target_kind: Both
    target_quote: str
    target_source: SourceView
    actual_heading: Both
    not_reported: Both | None
    figures: tuple[FigureView, ...]
    arithmetic: Both
    derivation: Both
    derivation_lang: str
    note: Both
    note_lang: str


class AreaView(NamedTuple):
    id: str
    title: str
    title_en: str
    goals: list[GoalView]


class Segment(NamedTuple):
    kind: str
    goals: int
    width: str


class CoverageRow(NamedTuple):
    title: Both
    tally: Tally
    segments: tuple[Segment, ...]
    bar_label: Both
    reported: str
    total: bool


class Unpromised(NamedTuple):
    name: str
    name_en: str
    figure: Both
    quote: str
    source: SourceView


@cache
def target_kind(comparator: str, direction: str | None) -> Both:
    """The kind of a target in words: "comparator at least; a floor: higher is better"."""

    def kind(lang: Lang) -> str:
        named = label(f"comparator.{comparator}", lang)
        if direction is None:
            return label("html.comparator", lang, comparator=named)
        return label("html.kind", lang, comparator=named, direction=label(direction, lang))

    return each(kind)


def _related(evidence: Evidence, unit: str | None) -> Both | None:
    """What a related measure's figure says of the goal's; nothing to say of its own figure."""
    if evidence.scope is None:
        return None
    return each(lambda lang: evidence_text(evidence, unit, lang))


@cache
def status_badge(status: Status) -> Markup:
    """A status as its symbol and word, in both languages: made once, shown on many rows."""
    return macro("status")(status.value, STATUS_SYMBOLS[status], both(status.value))


@cache
def pace_badge(pace: Pace) -> Markup:
    """A pace as a badge of its own under the status, in its own look: in progress, not met
    or missed."""
    return macro("status")(f"pace {pace.value}", PACE_MARK, both(f"pace.{pace.value}"))


def _pace_figure(result: GoalResult, sources: Sources) -> tuple[FigureView, ...]:
    """The latest figure for part of the year, led by the pace it gives."""
    pace = result.pace
    if pace is None:
        return ()
    heading = each(lambda lang: f"{label('Pace', lang)} {period_text(pace.through_month, lang)}")
    lead = each(lambda lang: pace_sentence(pace, result, lang))
    return (figure_view(heading, pace.actual, sources, lead),)


def goal_view(result: GoalResult, dataset: Dataset, sources: Sources) -> GoalView:
    target = result.target
    actual_heading = year_heading("Actual", target.year)
    evidence = tuple(
        figure_view(actual_heading, item.actual, sources, _related(item, target.unit))
        for item in result.evidence
    )
    evidence += _pace_figure(result, sources)
    pace = result.in_progress
    before = dataset.actuals.get((target.indicator, target.year - 1))
    if before is not None:
        evidence += (figure_view(both("html.previous", year=before.year), before, sources),)
    attained = result.attainment
    note, note_lang = note_text(target.note, target.note_en)
    derivation, derivation_lang = note_text(target.derivation, target.derivation_en)
    return GoalView(
        id=target.id,
        indicator=target.indicator,
        status=result.status.value,
        badge=status_badge(result.status) + (pace_badge(pace.pace) if pace else ""),
        name=target.name,
        name_en=target.name_en if target.name_en != target.name else "",
        target=each(lambda lang: target_text(target, lang)),
        actual=each(
            lambda lang: year_to_date_text(pace, lang) if pace else actual_text(result, lang)
        ),
        gap=each(lambda lang: pace_cell(pace, result, lang) if pace else gap_text(result, lang)),
        attainment=attainment_text(result),
        bar="" if attained is None else f"{min(attained, Decimal(1)) * 100:.1f}",
        target_sort=sort_key(target.value),
        actual_sort=sort_key(result.compared),
        gap_sort=sort_key(result.gap),
        attainment_sort=sort_key(attained),
        target_heading=year_heading("Target", target.year),
        target_kind=target_kind(
            target.comparator.value, result.direction.value if result.direction else None
        ),
        target_quote=target.quote,
        target_source=sources[target.source],
        actual_heading=actual_heading,
        not_reported=None if result.evidence else both("not reported"),
        figures=evidence,
        arithmetic=each(lambda lang: arithmetic(result, lang)),
        derivation=derivation,
        derivation_lang=derivation_lang,
        note=note,
        note_lang=note_lang,
    )


def area_views(
    results: Iterable[GoalResult],
    summary: Summary,
    dataset: Dataset,
    sources: Sources,
    include_empty: bool,
) -> list[AreaView]:
    """Goals by area in the data's area order; areas without goals only when nothing is filtered."""
    by_area: dict[str, list[GoalView]] = {}
    for result in results:
        by_area.setdefault(result.target.area, []).append(goal_view(result, dataset, sources))
    views = []
    for entry in summary.areas:
        goals = by_area.get(entry.area_id, [])
        if goals or include_empty:
            title, title_en = area_titles(entry.area, entry.area_id)
            views.append(AreaView(entry.area_id, title, title_en, goals))
    return views


def area_titles(area: Area | None, area_id: str) -> tuple[str, str]:
    return (area.title, area.title_en) if area is not None else (area_id, "")


def _share(part: int, whole: int) -> str:
    return f"{part / whole * 100:.2f}" if whole else "0"


def coverage_row(title: Both, counts: Tally, total: bool = False) -> CoverageRow:
    """Counts of an area and a bar of them, which says the same in words for screen readers."""
    parts = (
        ("met", counts.met),
        ("missed", counts.missed),
        ("not-scorable", counts.not_scorable),
        ("never", counts.never_mentioned),
    )
    share = counts.reported_share
    reported = f"{counts.reported}/{counts.targets}"
    if share is not None:
        reported += f" ({share * 100:.0f}%)"
    return CoverageRow(
        title=title,
        tally=counts,
        segments=tuple(Segment(kind, n, _share(n, counts.targets)) for kind, n in parts if n),
        bar_label=both(
            "html.bar",
            met=counts.met,
            missed=counts.missed,
            not_scorable=counts.not_scorable,
            never=counts.never_mentioned,
            targets=counts.targets,
        ),
        reported=reported,
        total=total,
    )


def coverage_rows(summary: Summary) -> list[CoverageRow]:
    """Each area in the language shown (the goals' headings give both), then the total."""
    rows = []
    for entry in summary.areas:
        title, title_en = area_titles(entry.area, entry.area_id)
        rows.append(coverage_row(Both(title_en or title, title), entry.tally))
    return [*rows, coverage_row(both("Total"), summary.total, total=True)]


def totals_text(total: Tally, lang: Lang) -> str:
    """The counts in one line, as the terminal's footer gives them: the split of the
    unreported, and how many verdicts a later figure changed, by the same words."""
    counts = " · ".join(
        label(f"count.{status}", lang, count=getattr(total, status.value)) for status in Status
    )
    return counts + unreported_split(total, lang) + revisions_text(total, lang)


def reported_text(total: Tally, lang: Lang) -> str:
    share = total.reported_share
    return label(
        "reported share",
        lang,
        reported=total.reported,
        targets=total.targets,
        share="" if share is None else f" ({share * 100:.0f}%)",
        scored=total.scored,
        not_scorable=total.not_scorable,
    )


def marked_figure(actual: Actual) -> Both:
    return each(lambda lang: marks(flags_of(actual)) + figure_text(actual, lang))


def unpromised_views(actuals: Iterable[Actual], sources: Sources) -> list[Unpromised]:
    return [
        Unpromised(a.name, a.name_en, marked_figure(a), a.quote, sources[a.source]) for a in actuals
    ]


def scorecard_html(
    dataset: Dataset,
    selection: Selection,
    summary: Summary,
    lang: Lang,
    generated: datetime,
    history_page: str = "",
) -> str:
    """The scorecard of one year: sources, coverage by area, and every goal with its evidence;
    with `history_page`, links to the track record beside it and to each goal's indicator there."""
    sources = Sources(dataset.sources)
    info = dataset.info
    areas = area_views(selection.results, summary, dataset, sources, not selection.filtered)
    flags = {flag for result in selection.results for flag in shown_flags(result)}
    paced = any(result.in_progress for result in selection.results)
    words = words_both()
    goal_labels = {n: words[key] for n, key in enumerate(GOAL_COLUMNS, start=1) if n > 2}
    count_labels = {n: words[key] for n, key in enumerate(COUNT_COLUMNS, start=2)}
    labels = cell_labels_css("scorecard", goal_labels) + cell_labels_css("counts", count_labels)
    heading = both("targets for", year=selection.year)
    return render_page(
        "scorecard.html.j2",
        lang,
        generated,
        labels,
        name=info.name,
        name_en=info.name_en,
        title=page_title(info, heading),
        heading=heading,
        columns=GOAL_COLUMNS,
        statuses=[(s.value, STATUS_SYMBOLS[s]) for s in Status],
        badges=[status_badge(s) for s in Status],
        totals=each(lambda lang: totals_text(summary.total, lang)),
        reported=each(lambda lang: reported_text(summary.total, lang)),
        shown=len(selection.results),
        total=summary.total.targets,
        shown_of=both("shown of"),
        areas=areas,
        coverage=coverage_rows(summary),
        coverage_title=both("coverage", year=summary.year),
        legend=legend(flags) + ([both("mark.pace")] if paced else []),
        unpromised=unpromised_views(summary.without_target, sources),
        unpromised_title=both("without target", year=summary.year),
        sources=sources.all(),
        history_page=history_page,
    )
