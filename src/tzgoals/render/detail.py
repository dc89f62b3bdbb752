"""`show`: everything behind one goal, so a reader can check the verdict against the sources."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Group, RenderableType
from rich.table import Table

from tzgoals.lookup import GoalDetail, VintageVerdict
from tzgoals.models import Actual, Source
from tzgoals.pace import PaceFact
from tzgoals.render.catalogue import Lang, in_lang, label
from tzgoals.render.explain import arithmetic, evidence_text
from tzgoals.render.figures import figure_text, target_text
from tzgoals.render.goals import names as name_pair
from tzgoals.render.pacing import pace_sentence
from tzgoals.render.table import STATUS_STYLES, area_title
from tzgoals.render.wrap import Span, Wrapped
from tzgoals.score import GoalResult, flags_of

Sources = Mapping[str, Source]


def citation(source: Source | None, file: str, lang: Lang) -> str:
    """Where a quote comes from: the document's title, publisher, date and address, then the
    file its archived text is in; a file not listed is cited by its name alone."""
    if source is None:
        return file
    title = source.title
    if lang is Lang.EN and source.title_en:
        title += f" ({source.title_en})"
    parts = [title, source.publisher, source.published, source.url]
    if source.retrieved:
        parts.append(label("cite.retrieved", lang, date=source.retrieved.isoformat()))
    return " · ".join([*(p for p in parts if p), file])


#: The most characters of one text `show` lays out; the rest is "…" (csv and json keep all of
#: it). Far more than any quote or note, and cut before Rich, whose cropping of one long line
#: takes time that grows with the square of its length.
SHOW_LIMIT = 20_000

Paragraph = list[Span]


def _lines(text: str, style: str = "") -> list[Paragraph]:
    """A text's own lines, each a paragraph: a note written in paragraphs keeps them."""
    return [[Span(line, style)] for line in text.splitlines() or [""]]


def _cell(paragraphs: list[Paragraph]) -> Wrapped:
    return Wrapped(paragraphs, limit=SHOW_LIMIT)


def _quoted(file: str, quote: str, sources: Sources, lang: Lang) -> list[Paragraph]:
    return [
        [Span(f"“{quote}”")],
        [Span(f"— {citation(sources.get(file), file, lang)}", "dim")],
    ]


def _figure(actual: Actual, lang: Lang, sources: Sources) -> list[Paragraph]:
    first = [Span(figure_text(actual, lang), "bold")]
    flags = [label(f"qualifier.{flag}", lang) for flag in flags_of(actual)]
    if flags:
        first.append(Span(label("aside", lang, text=label("list", lang).join(flags)), "yellow"))
    derivation = in_lang(actual.derivation, actual.derivation_en, lang)
    worked = [[Span(label("derivation.line", lang, text=derivation))]] if derivation else []
    note = in_lang(actual.note, actual.note_en, lang)
    noted = _lines(note, "dim") if note else []
    return [first, *_quoted(actual.source, actual.quote, sources, lang), *worked, *noted]


def _target_cell(result: GoalResult, lang: Lang, sources: Sources) -> Wrapped:
    target = result.target
    shown = target_text(target, lang)
    kinds = [label(f"comparator.{target.comparator.value}", lang)]
    if result.direction is not None:
        kinds.append(label(result.direction.value, lang))
    first = [Span(shown, "bold")]
    if kinds[0] != shown:
        first.append(Span(label("aside", lang, text=label("notes separator", lang).join(kinds))))
    return _cell([first, *_quoted(target.source, target.quote, sources, lang)])


def _evidence_rows(grid: Table, result: GoalResult, lang: Lang, sources: Sources) -> None:
    """The year's figure of this goal, else what related measures said of it."""
    own = [e for e in result.evidence if e.scope is None]
    related = [e for e in result.evidence if e.scope is not None]
    for evidence in own:
        grid.add_row(
            f"{label('Actual', lang)} {evidence.actual.year}",
            _cell(_figure(evidence.actual, lang, sources)),
        )
    for evidence in related:
        said = [Span(evidence_text(evidence, result.target.unit, lang), "dim")]
        cell = _cell([said, *_figure(evidence.actual, lang, sources)])
        grid.add_row(f"{label('Actual', lang)} {evidence.actual.year}", cell)
    if not result.evidence:
        grid.add_row(label("Actual", lang), _cell([[Span(label("not reported", lang), "yellow")]]))


def _pace_cell(result: GoalResult, pace: PaceFact, lang: Lang, sources: Sources) -> Wrapped:
    """The latest figure for part of the year, its quote, and the pace it gives: kept in view
    after the year's figure has decided the verdict, and said not to be one."""
    said = [Span(pace_sentence(pace, result, lang), "cyan")]
    aside = [Span(label("pace.not verdict", lang), "dim")]
    return _cell([said, aside, *_figure(pace.actual, lang, sources)])


def _names(zh: str, en: str, lang: Lang) -> Wrapped:
    first, second = name_pair(zh, en, lang)
    return _cell([[Span(first)], *([[Span(second, "dim")]] if second else [])])


def _vintage_row(vintage: VintageVerdict, lang: Lang, sources: Sources) -> tuple[str, Wrapped]:
    """One figure published for the goal's year: when, which release, and its verdict."""
    kind = vintage.actual.vintage
    heading = label("vintage.published", lang, date=vintage.as_of or "?")
    verdict = [Span(label(vintage.status.value, lang), STATUS_STYLES[vintage.status])]
    if kind is not None:
        verdict.append(Span(label("aside", lang, text=label(f"vintage.{kind}", lang))))
    figure = _figure(vintage.actual, lang, sources)
    return heading, _cell([[*verdict, Span("  "), *figure[0]], *figure[1:]])


def detail_view(detail: GoalDetail, lang: Lang, sources: Sources | None = None) -> RenderableType:
    """The goal, its area, its target and figures with their quotes, last year, and the verdict.

    `sources` are the dataset's documents, so that each quote is cited in full. Every text is
    broken where a reader allows (a comparison such as "6家 ≥ 2家" stays on one line).
    """
    sources = sources or {}
    result, area, previous = detail.result, detail.area, detail.previous
    target = result.target
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(label("Goal", lang), _names(target.name, target.name_en, lang))
    grid.add_row(label("Area", lang), _cell([[Span(area_title(area, target.area, lang))]]))
    grid.add_row(f"{label('Target', lang)} {target.year}", _target_cell(result, lang, sources))
    _evidence_rows(grid, result, lang, sources)
    if previous is not None:
        grid.add_row(f"{previous.year}", _cell(_figure(previous, lang, sources)))
    style = STATUS_STYLES[result.status]
    verdict = [
        Span(label(result.status.value, lang), style),
        Span("  "),
        Span(arithmetic(result, lang), style.replace("bold ", "")),
    ]
    grid.add_row(label("Status", lang), _cell([verdict]))
    for vintage in detail.vintages:
        grid.add_row(*_vintage_row(vintage, lang, sources))
    if result.pace is not None:
        grid.add_row(label("Pace", lang), _pace_cell(result, result.pace, lang, sources))
    derivation = in_lang(target.derivation, target.derivation_en, lang)
    if derivation:
        grid.add_row(label("Derivation", lang), _cell(_lines(derivation)))
    note = in_lang(target.note, target.note_en, lang)
    if note:
        grid.add_row(label("Note", lang), _cell(_lines(note, "dim")))
    heading = [Span(target.id, "bold underline"), Span(f"  ({target.indicator})", "dim")]
    return Group(_cell([heading]), grid)
