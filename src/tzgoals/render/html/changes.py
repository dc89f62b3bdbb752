"""The year-over-year change of each indicator's result, or of the targets two plans set on it,
as a page in the scorecard's style."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from tzgoals.change import TargetChange
from tzgoals.models import Dataset, Target
from tzgoals.render.catalogue import Lang
from tzgoals.render.figures import change_text, level_text, target_text
from tzgoals.score import flags_of

if TYPE_CHECKING:
    from tzgoals.change import IndicatorChange, TargetPair

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
    page_title,
    render_page,
    sort_key,
)

TREND_SYMBOLS = {"better": "✓", "worse": "✗", "same": "=", "unclear": "?"}


class ChangeView(NamedTuple):
    indicator: str
    name: str
    name_en: str
    before: Both
    before_sort: str
    after: Both
    after_sort: str
    change: Both
    change_sort: str
    trend: str
    trend_word: Both | None
    symbol: str
    figures: tuple[FigureView, ...]


class ChangeGroup(NamedTuple):
    title: Both
    changes: list[ChangeView]


def change_view(change: IndicatorChange, sources: Sources) -> ChangeView:
    unit = change.indicator.unit or ""
    figures = tuple(
        figure_view(Both(str(actual.year), str(actual.year)), actual, sources)
        for actual in (change.before, change.after)
        if actual is not None
    )
    trend = change.trend.value if change.trend else ""
    return ChangeView(
        indicator=change.indicator.id,
        name=change.indicator.name,
        name_en=change.indicator.name_en,
        before=each(lambda lang: level_text(change.before, unit, lang)),
        before_sort=sort_key(change.from_value),
        after=each(lambda lang: level_text(change.after, unit, lang)),
        after_sort=sort_key(change.to_value),
        change=each(lambda lang: change_text(change, lang)),
        change_sort=sort_key(change.change),
        trend=trend or "none",
        trend_word=both(trend) if trend else None,
        symbol=TREND_SYMBOLS.get(trend, ""),
        figures=figures,
    )


def diff_html(
    dataset: Dataset,
    changes: Sequence[IndicatorChange],
    from_year: int,
    to_year: int,
    lang: Lang,
    generated: datetime,
) -> str:
    """The change of each indicator between two years: better and worse coloured and worded."""
    sources = Sources(dataset.sources)
    groups = [(both("in both years"), [c for c in changes if c.in_both_years])]
    for year, group in (
        (from_year, [c for c in changes if c.after is None]),
        (to_year, [c for c in changes if c.before is None]),
    ):
        if group:
            groups.append((both("only in", year=year), group))
    views = [
        ChangeGroup(title, [change_view(c, sources) for c in group]) for title, group in groups
    ]
    flags = {flag for c in changes for flag in flags_of(c.before, c.after)}
    heading = both("html.changes", from_year=from_year, to_year=to_year)
    labels = {
        2: Both(str(from_year), str(from_year)),
        3: Both(str(to_year), str(to_year)),
        4: both("Change"),
        5: both("Direction"),
    }
    return _page(
        "diff.html.j2",
        dataset,
        heading,
        lang,
        generated,
        cell_labels_css("changes", labels),
        from_year=from_year,
        to_year=to_year,
        trends=[(t, s) for t, s in TREND_SYMBOLS.items() if any(c.trend == t for c in changes)],
        groups=views,
        legend=legend(flags),
        sources=sources.all(),
        shown=len(changes),
        total=len(changes),
    )


class TargetYearView(NamedTuple):
    year: int
    text: Both
    quote: str
    source: SourceView


class TargetPairView(NamedTuple):
    indicator: str
    name: str
    name_en: str
    before: Both
    after: Both
    change: str
    targets: tuple[TargetYearView, ...]


def _target_text(target: Target | None) -> Both:
    return each(lambda lang: target_text(target, lang) if target is not None else "—")


def target_pair_view(pair: TargetPair, sources: Sources) -> TargetPairView:
    return TargetPairView(
        indicator=pair.indicator.id,
        name=pair.indicator.name,
        name_en=pair.indicator.name_en,
        before=_target_text(pair.before),
        after=_target_text(pair.after),
        change=pair.change.value,
        targets=tuple(
            TargetYearView(t.year, _target_text(t), t.quote, sources[t.source])
            for t in (pair.before, pair.after)
            if t is not None
        ),
    )


def target_changes_html(
    dataset: Dataset,
    pairs: Sequence[TargetPair],
    from_year: int,
    to_year: int,
    lang: Lang,
    generated: datetime,
) -> str:
    """The target each of two years set on each indicator, and how it changed."""
    sources = Sources(dataset.sources)
    heading = both("target changes", from_year=from_year, to_year=to_year)
    labels = {
        2: Both(str(from_year), str(from_year)),
        3: Both(str(to_year), str(to_year)),
        4: both("Change"),
    }
    return _page(
        "target_changes.html.j2",
        dataset,
        heading,
        lang,
        generated,
        cell_labels_css("changes", labels),
        from_year=from_year,
        to_year=to_year,
        kinds=[k.value for k in TargetChange if any(p.change is k for p in pairs)],
        pairs=[target_pair_view(p, sources) for p in pairs],
        legend=[],
        sources=sources.all(),
        shown=len(pairs),
        total=len(pairs),
    )


def no_changes_html(dataset: Dataset, heading: Both, lang: Lang, generated: datetime) -> str:
    """The diff page when there is nothing to compare: a valid page, its heading saying why,
    so that a program that asked for html gets html and not a sentence."""
    return _page(
        "diff.html.j2",
        dataset,
        heading,
        lang,
        generated,
        "",
        trends=[],
        groups=[],
        legend=[],
        sources=[],
        shown=0,
        total=0,
    )


def _page(
    template: str,
    dataset: Dataset,
    heading: Both,
    lang: Lang,
    generated: datetime,
    labels: str,
    **context: object,
) -> str:
    """A page of change between years: the dataset's names and the heading, in the frame
    every page shares."""
    info = dataset.info
    return render_page(
        template,
        lang,
        generated,
        labels,
        name=info.name,
        name_en=info.name_en,
        title=page_title(info, heading),
        heading=heading,
        shown_of=both("html.shown indicators"),
        **context,
    )
