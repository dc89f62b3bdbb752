"""Markdown for people: reports to paste into an article, an issue or a briefing.

A heading per area and a row per goal with its status word, target and actual (units and
qualifier marks), gap and attainment; the footnotes, the legend, coverage by area and the
counts; all in the reader's language, from the same `GoalsView` as the terminal's table. The
machine table is csv and json. Every text goes through `safe.markdown_text`, so that a name
with `|`, `*` or `<` in it stays text. No Rich here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from tzgoals.coverage import Selection, Summary, Tally
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.figures import (
    change_text,
    count_texts,
    figure_text,
    level_text,
    marks,
    marks_legend,
    reported_sentence,
    reported_text,
    revisions_text,
    target_text,
    unreported_split,
)
from tzgoals.render.goals import GoalLine, Group, area_title, goals_view, names, pace_count_text
from tzgoals.render.safe import markdown_text as md
from tzgoals.score import flags_of
from tzgoals.vocabulary import Flag

if TYPE_CHECKING:  # `status` never imports the year-over-year code
    from tzgoals.change import IndicatorChange, TargetPair


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: int = 0) -> Iterator[str]:
    """A pipe table of texts already escaped; the last `right` columns are numbers."""
    yield "| " + " | ".join(headers) + " |\n"
    yield "|" + "---|" * (len(headers) - right) + "--:|" * right + "\n"
    for row in rows:
        yield "| " + " | ".join(row) + " |\n"


def named(first: str, second: str, lang: Lang) -> str:
    """A name in the reader's language, with the other language's after it."""
    if not second:
        return md(first)
    return md(label("both names", lang, name=first, other=second))


def _goal_row(line: GoalLine, lang: Lang, ids: bool, with_area: bool) -> list[str]:
    name = named(line.name, line.other, lang)
    if line.marker:
        name += f" {line.marker}"
    cells = [md(label(line.status.value, lang))]
    cells += [md(line.id)] if ids else []
    cells += [md(line.area)] if with_area else []
    cells += [name, md(line.target), md(line.actual), md(line.gap), md(line.attainment)]
    return cells


def goals_table(group: Group, lang: Lang, ids: bool) -> Iterator[str]:
    with_area = group.area_id is None
    headers = [label("Status", lang)]
    headers += [label("Id", lang)] if ids else []
    headers += [label("Area", lang)] if with_area else []
    headers += [label(key, lang) for key in ("Goal", "Target", "Actual", "Gap", "Attained")]
    rows = (_goal_row(line, lang, ids, with_area) for line in group.lines)
    return table([md(h) for h in headers], rows, right=2)


def legend_line(flags: Iterable[Flag], lang: Lang) -> str:
    return label("field", lang, name=label("marks", lang), value=md(marks_legend(flags, lang)))


def coverage_section(summary: Summary, lang: Lang) -> Iterator[str]:
    """Counts by area, with the share reported: every area, whatever goals are listed."""
    yield f"\n## {md(label('coverage', lang, year=summary.year))}\n\n"
    headers = [label(key, lang) for key in ("Area", "Targets", "met", "missed", "unreported")]
    headers.append(label("Reported", lang))
    rows = [
        [md(area_title(a.area, a.area_id, lang)), *_counts(a.tally, lang)] for a in summary.areas
    ]
    rows.append([f"**{md(label('Total', lang))}**", *_counts(summary.total, lang)])
    yield from table([md(h) for h in headers], rows, right=5)
    total = summary.total
    counts = " · ".join(words for _, words in count_texts(total, lang))
    counts += unreported_split(total, lang) + revisions_text(total, lang)
    yield f"\n{md(counts)}\n\n"
    yield f"{md(reported_sentence(total, lang))}\n"


def _counts(counts: Tally, lang: Lang) -> list[str]:
    numbers = (counts.targets, counts.met, counts.missed, counts.unreported)
    return [*(str(n) for n in numbers), md(reported_text(counts, lang))]


def status_report(
    dataset_name: str, selection: Selection, summary: Summary, lang: Lang, ids: bool = False
) -> Iterator[str]:
    """The goals chosen, by area or in one list, then coverage and the counts."""
    view = goals_view(dataset_name, selection, summary, lang)
    yield f"# {md(view.title)}\n"
    for group in view.groups:
        yield f"\n## {md(group.heading)}\n\n"
        if not group.lines:
            yield md(label("no targets", lang) + label("sentence end", lang)) + "\n"
            continue
        yield from goals_table(group, lang, ids)
        if group.notes:
            yield "\n"
            for note in group.notes:
                yield f"- [{note.number}] {md(note.text)}\n"
    if view.marks:
        yield f"\n{legend_line(view.marks, lang)}\n"
    if view.paced:
        yield f"\n{md(label('mark.pace', lang))}\n"
    if pace_count_text(view, lang):
        yield f"\n{md(pace_count_text(view, lang))}\n"
    yield from coverage_section(summary, lang)
    shown, total = len(selection.results), summary.total.targets
    if shown != total:
        yield f"\n{md(label('shown of', lang, shown=shown, total=total))}\n"


def summary_report(title: str, summary: Summary, lang: Lang) -> Iterator[str]:
    """Coverage by area with the counts, then the results reported without a target."""
    yield f"# {md(title)}\n"
    yield from coverage_section(summary, lang)
    if not summary.without_target:
        return
    yield f"\n## {md(label('without target', lang, year=summary.year))}\n\n"
    headers = [md(label(key, lang)) for key in ("Indicator", "Figure", "Quote")]
    rows = [
        [
            named(*names(a.name, a.name_en, lang), lang),
            md(marks(flags_of(a)) + figure_text(a, lang)),
            md(f"“{a.quote}”"),
        ]
        for a in summary.without_target
    ]
    yield from table(headers, rows)
    flags = {flag for a in summary.without_target for flag in flags_of(a)}
    if flags:
        yield f"\n{legend_line(flags, lang)}\n"


def diff_report(
    title: str, changes: Sequence[IndicatorChange], from_year: int, to_year: int, lang: Lang
) -> Iterator[str]:
    """Indicators reported in both years, then those reported in one year only."""
    yield f"# {md(title)}\n"
    groups = [(label("in both years", lang), [c for c in changes if c.in_both_years])]
    groups += [
        (label("only in", lang, year=year), group)
        for year, group in (
            (from_year, [c for c in changes if c.after is None]),
            (to_year, [c for c in changes if c.before is None]),
        )
        if group
    ]
    headers = [label("Indicator", lang), str(from_year), str(to_year), label("Change", lang)]
    headers.append(label("Direction", lang))
    for heading, group in groups:
        yield f"\n## {md(heading)}\n\n"
        rows = [
            [
                named(*names(c.indicator.name, c.indicator.name_en, lang), lang),
                md(level_text(c.before, c.indicator.unit or "", lang)),
                md(level_text(c.after, c.indicator.unit or "", lang)),
                md(change_text(c, lang)),
                md(label(c.trend.value, lang)) if c.trend else "",
            ]
            for c in group
        ]
        yield from table([md(h) for h in headers], rows)
    flags = {flag for c in changes for flag in flags_of(c.before, c.after)}
    if flags:
        yield f"\n{legend_line(flags, lang)}\n"


def target_changes_report(
    title: str, pairs: Sequence[TargetPair], from_year: int, to_year: int, lang: Lang
) -> Iterator[str]:
    """The target each year set on an indicator, and whether it was tightened or loosened."""
    yield f"# {md(title)}\n\n"
    headers = [label("Indicator", lang), str(from_year), str(to_year), label("Change", lang)]
    rows = [
        [
            named(*names(p.indicator.name, p.indicator.name_en, lang), lang),
            md(target_text(p.before, lang)) if p.before else "—",
            md(target_text(p.after, lang)) if p.after else "—",
            md(label(f"target change.{p.change}", lang)),
        ]
        for p in pairs
    ]
    yield from table([md(h) for h in headers], rows)
