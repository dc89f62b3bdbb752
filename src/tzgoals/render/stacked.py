"""The goals and coverage for a narrow terminal: one block a goal instead of a table.

Below `table.COMPACT_WIDTH` a table's columns would leave a name a few characters, so each goal
gets its own lines: the status and the name, the other language's name and the id beneath,
then target, actual, gap and attainment, as many to a line as fit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rich.cells import cell_len

from tzgoals.coverage import Summary, Tally
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.figures import figure_text, marks, reported_text
from tzgoals.render.goals import GoalLine, Group, names
from tzgoals.render.table import STATUS_STYLES, coverage_rows
from tzgoals.render.wrap import GLUE, Lines, Span, clipped, wrap_spans, wrap_text
from tzgoals.score import flags_of
from tzgoals.vocabulary import Status

INDENT = "  "
SEPARATOR = " · "


def packed(items: Iterable[str], width: int) -> Iterator[str]:
    """Short texts joined by " · ", as many to a line as fit in `width`; a text too long for
    a line of its own is broken where a reader allows."""
    line = ""
    for item in items:
        if not item:
            continue
        joined = f"{line}{SEPARATOR}{item}" if line else item
        if cell_len(joined) <= width:
            line = joined
            continue
        if line:
            yield line
        *full, line = wrap_text(item, width)
        yield from full
    if line:
        yield line


def indented(texts: Iterable[str], style: str, width: int) -> Iterator[list[Span]]:
    for text in texts:
        for line in wrap_spans([Span(text, style)], width - len(INDENT)):
            yield [Span(INDENT), *line]


def hanging(spans: Sequence[Span], width: int) -> list[list[Span]]:
    """The spans broken to `width`, the lines after the first indented."""
    first, *rest = wrap_spans(spans, width, width - len(INDENT))
    return [first, *([Span(INDENT), *line] for line in rest)]


def field(key: str, value: str, lang: Lang) -> str:
    return label("field", lang, name=label(key, lang), value=value) if value else ""


def goal_block(line: GoalLine, lang: Lang, width: int, with_area: bool) -> list[list[Span]]:
    """Status and name, then the other name, the area (in a list across areas), the id, and
    the figures."""
    lead = [Span(label(line.status.value, lang), STATUS_STYLES[line.status]), Span("  ")]
    lead.append(Span(line.name))
    if line.marker:
        lead.append(Span(GLUE + line.marker, "dim"))
    block = hanging(lead, width)
    dimmed = [line.other, line.area if with_area else "", line.id]
    block += indented((text for text in dimmed if text), "dim", width)
    figures = [
        field("Target", line.target, lang),
        field("Actual", line.actual, lang),
        field("Gap", line.gap, lang),
        field("Attained", line.attainment, lang),
    ]
    block += indented(packed(figures, width - len(INDENT)), "", width)
    return block


def goal_blocks(group: Group, lang: Lang, width: int) -> Lines:
    """The group's heading, underlined, and a block a goal, each after a blank line."""
    lines = [[Span(text, "bold")] for text in wrap_text(group.heading, width)]
    lines.append([Span("─" * min(width, max(cell_len(group.heading), 1)), "dim")])
    for line in group.lines:
        lines.append([])
        lines += goal_block(line, lang, width, with_area=group.area_id is None)
    return Lines(lines)


def _counts(counts: Tally, lang: Lang) -> list[str]:
    reported = reported_text(counts, lang)
    return [
        field("Targets", str(counts.targets), lang),
        *(label(f"count.{s}", lang, count=getattr(counts, s.value)) for s in Status),
        field("Reported", reported, lang),
    ]


def coverage_blocks(summary: Summary, lang: Lang, width: int) -> Lines:
    """Coverage by area as blocks: the area's short title, then its counts and share."""
    title = label("coverage", lang, year=summary.year)
    lines = [[Span(text, "bold")] for text in wrap_text(title, width)]
    for row in coverage_rows(summary, lang, short=True):
        lines += [[Span(text, "bold" if row.total else "")] for text in wrap_text(row.title, width)]
        lines += indented(packed(_counts(row.counts, lang), width - len(INDENT)), "", width)
    return Lines(lines)


def without_target_blocks(summary: Summary, lang: Lang, width: int) -> Lines:
    """The figures reported without a target: name and figure, the other name, the quote."""
    lines = [
        [Span(text, "bold")]
        for text in wrap_text(label("without target", lang, year=summary.year), width)
    ]
    for actual in summary.without_target:
        name, other = names(actual.name, actual.name_en, lang)
        figure = marks(flags_of(actual)) + figure_text(actual, lang)
        lines.append([])
        lines += hanging([Span(clipped(name)), Span("  "), Span(figure, "bold")], width)
        lines += indented([clipped(other)] if other else [], "dim", width)
        lines += indented([f"“{clipped(actual.quote)}”"], "", width)
    return Lines(lines)
