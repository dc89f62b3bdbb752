"""The scorecard as one self-contained HTML page, and the year-over-year change in the same style.

Pure functions of facts: the dataset, the selection and summary from `tzgoals.score` (or the
changes from `tzgoals.change`), the language shown first, and the time of generation, passed in
so that the same data gives the same page. Every sentence is the catalogue's, through `explain`
and `figures`, in both languages: the page's switch shows one or the other without reloading,
and nothing here decides a verdict again.

Jinja2 escapes every value it writes (autoescape); the page's CSS and JS are inlined, and its
Content-Security-Policy allows no request at all and no script but the page's own, by hash.
A name such as `<script>…</script>` is shown as text, and would not run if it were not.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from tzgoals.coverage import Selection, Summary, Tally
from tzgoals.models import Actual, Area, Dataset, DatasetInfo, Source
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.catalogue.en import WORDS as EN
from tzgoals.render.catalogue.zh import WORDS as ZH
from tzgoals.render.explain import arithmetic, evidence_text
from tzgoals.render.figures import (
    FLAG_MARKS,
    actual_text,
    attainment_text,
    figure_text,
    gap_text,
    marks,
    outcome_text,
    shown_flags,
    signed,
    target_text,
)
from tzgoals.score import Evidence, GoalResult, flags_of
from tzgoals.tabular import normalised as fmt
from tzgoals.vocabulary import Flag, Status

if TYPE_CHECKING:
    from tzgoals.change import IndicatorChange

#: What the page lets a browser fetch: nothing. Styles are inline; the one script is allowed
#: by its hash; the only image is the empty data: favicon that stops a request for one.
CSP = (
    "default-src 'none'; script-src '{script}'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
STATUS_SYMBOLS = {Status.MET: "✓", Status.MISSED: "✗", Status.UNREPORTED: "○"}
TREND_SYMBOLS = {"better": "✓", "worse": "✗", "same": "=", "unclear": "?"}
#: The goals table's columns, in order; on a phone those after the name are labelled.
GOAL_COLUMNS = ("Status", "Goal", "Target", "Actual", "Gap", "Attained")
#: The coverage table's count columns, after the area; labelled on a phone too.
COUNT_COLUMNS = ("Targets", "met", "missed", "unreported")
LINK_SCHEMES = ("https://", "http://")


class Both(NamedTuple):
    """A text in English and in Chinese; the page shows the one the reader chose."""

    en: str
    zh: str


def each(text: Callable[[Lang], str]) -> Both:
    return Both(text(Lang.EN), text(Lang.ZH))


@cache
def both(key: str, **values: str | int) -> Both:
    """A catalogue text in both languages; the same few are asked for on every goal's row."""
    return each(lambda lang: label(key, lang, **values))


@cache
def year_heading(key: str, year: int) -> Both:
    return each(lambda lang: f"{label(key, lang)} {year}")


@lru_cache(maxsize=4096)
def bilingual(text: Both) -> Markup:
    """Both texts, each marked with its language, for CSS to show one; one text if they agree.

    Each is escaped here, as autoescape would: this filter runs for nearly every cell, and the
    same texts (headings, status words) recur on every row, hence the cache."""
    if text.en == text.zh:
        return escape(text.en)
    return Markup(
        f'<span class="t" lang="en">{escape(text.en)}</span>'
        f'<span class="t" lang="zh">{escape(text.zh)}</span>'
    )


def text_lang(text: str) -> str:
    """The language of a note the data does not label: Chinese when Han characters outnumber
    Latin letters (the shipped notes are English sentences quoting Chinese terms)."""
    if not text:
        return "en"
    han = sum("\u3400" <= c <= "\u9fff" for c in text)
    latin = sum(c.isascii() and c.isalpha() for c in text)
    return "zh" if han > latin else "en"


def link(url: str) -> str:
    """A source's URL when it is a web address; anything else (javascript:…) is not a link."""
    return url if url.lower().startswith(LINK_SCHEMES) else ""


# ---------------------------------------------------------------- what the page shows


class SourceView(NamedTuple):
    """A document as the sources list gives it; quotes cite it by `short`, its title in the
    language shown, linked to that entry (`anchor`) and to its URL."""

    file: str
    anchor: str
    short: Both
    published_date: str
    title: str
    title_en: str
    publisher: str
    published: Both | None
    retrieved: Both | None
    url: str
    shown_url: str
    sha256: str
    cite: Markup


class FigureView(NamedTuple):
    """A reported figure with its quote: the goal's own, a related measure's, or last year's."""

    heading: Both
    figure: Both
    lead: Both | None
    qualifiers: Both | None
    quote: str
    source: SourceView
    note: str
    note_lang: str


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
    note: str
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


class Sources:
    """Each cited file's view, made once; a file not listed under [[sources]] is its own title."""

    def __init__(self, listed: dict[str, Source]) -> None:
        self.listed = listed
        self.views: dict[str, SourceView] = {}

    def __getitem__(self, file: str) -> SourceView:
        view = self.views.get(file)
        if view is None:
            position = list(self.listed).index(file) + 1 if file in self.listed else 0
            view = source_view(self.listed.get(file), file, position)
            view = self.views[file] = view._replace(cite=macro("cite")(view, words_both()))
        return view

    def all(self) -> list[SourceView]:
        return [self[file] for file in self.listed]


def source_view(source: Source | None, file: str, position: int) -> SourceView:
    """`position` counts listed sources from 1; 0 for a file not listed, which has no entry."""
    if source is None:
        return SourceView(
            file, "", Both(file, file), "", file, "", "", None, None, "", "", "", Markup()
        )
    url = link(source.url)
    return SourceView(
        file=source.file,
        anchor=f"source-{position}",
        short=Both(source.title_en or source.title, source.title),
        published_date=source.published,
        title=source.title,
        title_en=source.title_en,
        publisher=source.publisher,
        published=both("html.published", date=source.published) if source.published else None,
        retrieved=(
            both("html.retrieved", date=source.retrieved.isoformat()) if source.retrieved else None
        ),
        url=url,
        shown_url=source.url if not url else "",
        sha256=source.sha256,
        cite=Markup(),
    )


def _qualifiers(actual: Actual) -> Both | None:
    if not (actual.estimate or actual.lower_bound or actual.approximate):
        return None
    return qualifiers_text(flags_of(actual))


@cache
def qualifiers_text(flags: tuple[Flag, ...]) -> Both:
    return each(
        lambda lang: label(
            "html.qualifiers",
            lang,
            flags=label("list", lang).join(label(f"qualifier.{f}", lang) for f in flags),
        )
    )


def figure_view(
    heading: Both, actual: Actual, sources: Sources, lead: Both | None = None
) -> FigureView:
    return FigureView(
        heading=heading,
        figure=each(lambda lang: figure_text(actual, lang)),
        lead=lead,
        qualifiers=_qualifiers(actual),
        quote=actual.quote,
        source=sources[actual.source],
        note=actual.note,
        note_lang=text_lang(actual.note),
    )


def _number(value: Decimal | bool | None) -> str:
    """A figure as a sort key: plain digits, empty for none (sorted last) and for yes/no."""
    return fmt(value) if isinstance(value, Decimal) else ""


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


def goal_view(result: GoalResult, dataset: Dataset, sources: Sources) -> GoalView:
    target = result.target
    actual_heading = year_heading("Actual", target.year)
    evidence = tuple(
        figure_view(actual_heading, item.actual, sources, _related(item, target.unit))
        for item in result.evidence
    )
    before = dataset.actuals.get((target.indicator, target.year - 1))
    if before is not None:
        evidence += (figure_view(both("html.previous", year=before.year), before, sources),)
    attained = result.attainment
    return GoalView(
        id=target.id,
        indicator=target.indicator,
        status=result.status.value,
        badge=status_badge(result.status),
        name=target.name,
        name_en=target.name_en if target.name_en != target.name else "",
        target=each(lambda lang: target_text(target, lang)),
        actual=each(lambda lang: actual_text(result, lang)),
        gap=each(lambda lang: gap_text(result, lang)),
        attainment=attainment_text(result),
        bar="" if attained is None else f"{min(attained, Decimal(1)) * 100:.1f}",
        target_sort=_number(target.value),
        actual_sort=_number(result.compared),
        gap_sort=_number(result.gap),
        attainment_sort=_number(attained),
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
        note=target.note,
        note_lang=text_lang(target.note),
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
    """The counts in one line, as the terminal's footer gives them."""
    text = " · ".join(
        label(f"count.{status}", lang, count=getattr(total, status.value)) for status in Status
    )
    if total.not_scorable:
        text += label(
            "unreported split", lang, not_scorable=total.not_scorable, never=total.never_mentioned
        )
    return text


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


def legend(flags: Iterable[Flag]) -> list[Both]:
    present = set(flags)
    return [both(f"mark.{flag}") for flag in FLAG_MARKS if flag in present]


# ---------------------------------------------------------------- the page


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("tzgoals.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["t"] = bilingual
    return env


@cache
def asset(name: str) -> str:
    return (resources.files("tzgoals.render") / "templates" / name).read_text(encoding="utf-8")


def _css_string(text: str) -> str:
    """A CSS string literal whose text cannot close the style element or the string."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return f'"{escaped}"'


def cell_labels_css(table: str, labels: dict[int, Both]) -> str:
    """On a phone a row is a card, and CSS labels its cells (by column number) in the language
    shown: the labels are written once here rather than in every row."""
    rules = [
        f':root[data-ui="{lang}"] .{table} td:nth-child({column})::before'
        f"{{content:{_css_string(getattr(text, lang))}}}"
        for lang in ("en", "zh")
        for column, text in labels.items()
    ]
    return "@media (max-width: 60rem) {" + "".join(rules) + "}"


@cache
def words_both() -> dict[str, Both]:
    return {key: Both(EN[key], ZH[key]) for key in EN}


def macro(name: str) -> Callable[..., Markup]:
    """A macro of the shared template, for a piece made once and used on many rows."""
    module = environment().get_template("macros.html.j2").module
    found: Callable[..., Markup] = getattr(module, name)
    return found


def page_title(info: DatasetInfo, what: Both) -> Both:
    """The dataset's name in the language shown (Chinese when it has no English one): what."""
    return each(
        lambda lang: label(
            "html.title",
            lang,
            name=info.name_en if lang is Lang.EN and info.name_en else info.name,
            what=getattr(what, lang.value),
        )
    )


def _page(template: str, lang: Lang, generated: datetime, labels: str, **context: object) -> str:
    script = asset("page.js")
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    stamp = generated.isoformat(timespec="seconds")
    page = environment().get_template(template)
    return page.render(
        lang=lang.value,
        w=words_both(),
        csp=CSP.format(script=f"sha256-{digest}"),
        css=Markup(asset("page.css") + labels),
        js=Markup(script),
        generated=stamp,
        generated_text=both("html.generated", time=stamp),
        **context,
    )


def scorecard_html(
    dataset: Dataset, selection: Selection, summary: Summary, lang: Lang, generated: datetime
) -> str:
    """The scorecard of one year: sources, coverage by area, and every goal with its evidence."""
    sources = Sources(dataset.sources)
    info = dataset.info
    areas = area_views(selection.results, summary, dataset, sources, not selection.filtered)
    flags = {flag for result in selection.results for flag in shown_flags(result)}
    words = words_both()
    goal_labels = {n: words[key] for n, key in enumerate(GOAL_COLUMNS, start=1) if n > 2}
    count_labels = {n: words[key] for n, key in enumerate(COUNT_COLUMNS, start=2)}
    labels = cell_labels_css("scorecard", goal_labels) + cell_labels_css("counts", count_labels)
    heading = both("targets for", year=selection.year)
    return _page(
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
        legend=legend(flags),
        unpromised=unpromised_views(summary.without_target, sources),
        unpromised_title=both("without target", year=summary.year),
        sources=sources.all(),
    )


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


def _level(figure: Decimal | bool | None, actual: Actual | None, unit: str, lang: Lang) -> str:
    if figure is None or actual is None:
        return "—"
    shown = marks(flags_of(actual))
    if isinstance(figure, bool):
        return shown + outcome_text(figure, lang)
    return f"{shown}{fmt(figure)}{unit}"


def _delta(change: IndicatorChange, lang: Lang) -> str:
    if change.change is None:
        return ""
    unit = change.indicator.unit or ""
    text = signed(change.change) + (label("pp", lang) if unit == "%" else unit)
    if change.change_pct is not None:
        text += f" ({signed(change.change_pct)}%)"
    return text


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
        before=each(lambda lang: _level(change.from_value, change.before, unit, lang)),
        before_sort=_number(change.from_value),
        after=each(lambda lang: _level(change.to_value, change.after, unit, lang)),
        after_sort=_number(change.to_value),
        change=each(lambda lang: _delta(change, lang)),
        change_sort=_number(change.change),
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
    info = dataset.info
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
        lang,
        generated,
        cell_labels_css("changes", labels),
        name=info.name,
        name_en=info.name_en,
        title=page_title(info, heading),
        heading=heading,
        from_year=from_year,
        to_year=to_year,
        trends=[(t, s) for t, s in TREND_SYMBOLS.items() if any(c.trend == t for c in changes)],
        groups=views,
        legend=legend(flags),
        sources=sources.all(),
        shown=len(changes),
        total=len(changes),
        shown_of=both("html.shown indicators"),
    )
