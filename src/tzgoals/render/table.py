"""Rich tables for a terminal: goals by area, and coverage with progress bars.

The cell pieces here are shared by the other terminal views (`detail`, `diff`, `stacked`). A goal
takes one compact row; what needs a sentence (a note, why a reported figure scores nothing) goes
in a numbered footnote under its table, where it can use the full width instead of stretching
every cell of the row to its height.

Column widths are worked out here, not by Rich: every cell's narrowest and widest width is known
from its text, the name column takes what the others leave, and a table never has to measure
its cells again (Rich lays a table out cell by cell, which is most of its cost).
"""

from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import NamedTuple

from rich import box
from rich.cells import cell_len
from rich.console import JustifyMethod, RenderableType
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from tzgoals.coverage import Summary, Tally
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.figures import (
    count_texts,
    figure_text,
    marks,
    marks_legend,
    reported_sentence,
    reported_text,
    revisions_text,
    unreported_split,
)
from tzgoals.render.goals import GoalLine, Group, short_titles
from tzgoals.render.goals import area_title as area_title  # `detail` takes it from here
from tzgoals.render.goals import names as name_pair
from tzgoals.render.wrap import GLUE, NOTE_LIMIT, Span, Wrapped
from tzgoals.score import flags_of
from tzgoals.vocabulary import Flag, Status

STATUS_STYLES = {Status.MET: "bold green", Status.MISSED: "bold red", Status.UNREPORTED: "yellow"}
BAR_WIDTH = 20
#: The full table from this width on; the compact one from COMPACT_WIDTH; blocks below it.
FULL_WIDTH = 100
COMPACT_WIDTH = 60
#: The compact tables' rules: one under the header and one above a total, no others.
COMPACT_BOX = box.Box("    \n    \n ── \n    \n ── \n ── \n    \n    \n")
#: The least a compact table's names may have before the attainment joins the gap's cell.
ROOMY_NAMES = 24


class Layout(StrEnum):
    FULL = "full"
    COMPACT = "compact"
    STACKED = "stacked"


def layout_for(width: int) -> Layout:
    if width >= FULL_WIDTH:
        return Layout.FULL
    return Layout.COMPACT if width >= COMPACT_WIDTH else Layout.STACKED


def names(zh: str, en: str, lang: Lang, marker: str = "") -> Text:
    """The chosen language first, the other dimmed beneath it, so nothing is lost.

    `marker` (a footnote's number) follows the first line, where the eye lands.
    """
    first, second = name_pair(zh, en, lang)
    text = Text(first)
    if marker:
        text.append(f" {marker}", style="dim")
    if second:
        text.append(f"\n{second}", style="dim")
    return text


def name_cell(first: str, second: str, marker: str = "", extra: Iterable[str] = ()) -> Wrapped:
    """A name broken between words, never inside one, with the other language and any extra
    lines (an id, an area) dimmed beneath it."""
    lead = [Span(first)]
    if marker:
        lead.append(Span(GLUE + marker, "dim"))
    paragraphs = [lead, [Span(second, "dim")]]
    paragraphs += [[Span(line, "dim")] for line in extra]
    return Wrapped(p for p in paragraphs if any(span.text for span in p))


def goal_name_cell(line: GoalLine, ids: bool, with_area: bool) -> Wrapped:
    extra = ([line.area] if with_area else []) + ([line.id] if ids else [])
    return name_cell(line.name, line.other, line.marker, extra)


def status_text(status: Status, lang: Lang) -> Text:
    return Text(label(status.value, lang), style=STATUS_STYLES[status])


def plain(text: str, style: str = "") -> Wrapped:
    return Wrapped([[Span(text, style)]])


def legend(flags: Iterable[Flag], lang: Lang) -> Wrapped:
    return Wrapped([[Span(marks_legend(flags, lang), "dim")]])


def footnotes(group: Group) -> Wrapped:
    """Under the table, at full width: a sentence squeezed into a cell would make its row tall."""
    notes = ([Span(f"[{n.number}] {n.text}", "dim")] for n in group.notes)
    return Wrapped(notes, limit=NOTE_LIMIT)


def counts_spans(total: Tally, lang: Lang) -> list[Span]:
    """4 met · 1 missed · 31 unreported, each in its colour."""
    spans: list[Span] = []
    for index, (status, words) in enumerate(count_texts(total, lang)):
        if index:
            spans.append(Span(" · "))
        spans.append(Span(words, STATUS_STYLES[status]))
    return spans


def footer_text(total: Tally, lang: Lang, shown: int | None = None) -> Wrapped:
    """The counts of every goal in scope, whatever rows a filter listed (`shown` of them)."""
    paragraphs = [
        [
            *counts_spans(total, lang),
            Span(unreported_split(total, lang)),
            Span(revisions_text(total, lang)),
        ],
        [Span(reported_sentence(total, lang))],
    ]
    if shown is not None and shown != total.targets:
        paragraphs.append([Span(label("shown of", lang, shown=shown, total=total.targets))])
    return Wrapped(paragraphs)


# ---------------------------------------------------------------- widths


class Column(NamedTuple):
    """A column's header and cells, and how narrow and how wide its text can be; `fixed` is
    the width of a column of bars."""

    header: Wrapped
    cells: Sequence[RenderableType]
    justify: str = "left"
    fixed: int | None = None
    wraps: bool = False

    def _texts(self) -> list[Wrapped]:
        return [self.header, *(c for c in self.cells if isinstance(c, Wrapped))]

    @property
    def narrowest(self) -> int:
        """The least width that breaks no word; the widest for a column that never wraps."""
        if not self.wraps:
            return self.widest
        return self.fixed or max(cell.narrowest() for cell in self._texts())

    @property
    def widest(self) -> int:
        return self.fixed or max(cell.widest() for cell in self._texts())


def widths(columns: Sequence[Column], flexible: int, room: int, least: int) -> list[int]:
    """Each column at its widest, and the flexible one taking what is left of `room`.

    When that leaves the flexible column fewer than `least` cells, the other columns that can
    wrap give up width, the widest first, down to their narrowest; the flexible column then
    has what is left, if less than `least` (the caller checks), and never less than one cell.
    """
    sizes = [column.widest for column in columns]
    lowest = [column.narrowest for column in columns]
    sizes[flexible] = lowest[flexible] = 0
    spare = room - sum(sizes)
    while spare < least:
        candidates = [i for i in range(len(sizes)) if sizes[i] > lowest[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: sizes[i] - lowest[i])
        sizes[widest] -= 1
        spare += 1
    sizes[flexible] = max(spare, 1)
    return sizes


def grid(
    title: str | None,
    columns: Sequence[Column],
    sizes: Sequence[int],
    compact: bool,
    sections: Sequence[int] = (),
) -> Table:
    """A table of the columns at the given widths: heavy-ruled in full, rule-free compact."""
    heading = Text(title, style="bold") if title else None
    if compact:
        table = Table(
            title=heading,
            title_justify="left",
            box=COMPACT_BOX,
            show_edge=False,
            pad_edge=False,
            collapse_padding=True,
        )
    else:
        table = Table(title=heading, title_justify="left")
    for column, size in zip(columns, sizes, strict=True):
        justify: JustifyMethod = "right" if column.justify == "right" else "left"
        table.add_column(column.header, width=size, justify=justify)
    for index, row in enumerate(zip(*(column.cells for column in columns), strict=True)):
        table.add_row(*row, end_section=index in sections)
    return table


def chrome(columns: int, compact: bool) -> int:
    """The cells a table's rules and padding take: ┃ x ┃ y ┃ in full, x␣␣y compact."""
    return 2 * (columns - 1) if compact else 3 * columns + 1


# ---------------------------------------------------------------- goals


def _header(key: str, lang: Lang) -> Wrapped:
    return Wrapped([[Span(label(key, lang))]])


def goal_table(group: Group, lang: Lang, width: int, compact: bool, ids: bool = False) -> Table:
    """One row a goal: status, names, target, the figure it was measured against, gap and
    attainment. Compact, when the names would keep fewer than ROOMY_NAMES cells, the
    attainment goes beneath the gap, under a two-line header."""
    lines = group.lines
    with_area = group.area_id is None
    status = Column(
        _header("Status", lang),
        [plain(label(line.status.value, lang), STATUS_STYLES[line.status]) for line in lines],
    )
    name = Column(
        _header("Goal", lang), [goal_name_cell(line, ids, with_area) for line in lines], wraps=True
    )
    target = Column(_header("Target", lang), [plain(line.target) for line in lines])
    actual = Column(_header("Actual", lang), [plain(line.actual) for line in lines], wraps=True)
    gap = Column(_header("Gap", lang), [plain(line.gap) for line in lines], "right")
    attained_key = "short.Attained" if compact else "Attained"
    attained = Column(
        _header(attained_key, lang), [plain(line.attainment) for line in lines], "right"
    )
    columns = [status, name, target, actual, gap, attained]
    # An id is copied whole into `tzgoals show`: give the names the width of the longest
    # where the table allows it.
    whole = max((cell_len(line.id) for line in lines), default=0) if ids else 0
    least = max(name.narrowest, whole, ROOMY_NAMES if compact else 1)
    sizes = widths(columns, 1, width - chrome(len(columns), compact), least)
    if sizes[1] < least:
        joined = Column(
            plain(f"{label('Gap', lang)}/{label(attained_key, lang)}"),
            [Wrapped([[Span(line.gap)], [Span(line.attainment, "dim")]]) for line in lines],
            "right",
        )
        columns = [status, name, target, actual, joined]
        sizes = widths(columns, 1, width - chrome(len(columns), compact), least)
    return grid(group.heading, columns, sizes, compact)


# ---------------------------------------------------------------- coverage


class CoverageRow(NamedTuple):
    title: str
    counts: Tally
    total: bool


def coverage_rows(summary: Summary, lang: Lang, short: bool) -> list[CoverageRow]:
    """Every area of the year, whatever goals are listed: the counts do not follow a filter,
    and neither do the areas they are counted in."""
    titles = {a.area_id: area_title(a.area, a.area_id, lang) for a in summary.areas}
    if short:
        titles = short_titles(titles)
    rows = [CoverageRow(titles[a.area_id], a.tally, False) for a in summary.areas]
    return [*rows, CoverageRow(label("Total", lang), summary.total, True)]


def _count_column(key: str, style: str, numbers: Iterable[int], lang: Lang) -> Column:
    return Column(_header(key, lang), [plain(str(n), style) for n in numbers], "right")


def coverage_table(summary: Summary, lang: Lang, width: int) -> Table:
    """Per area: counts, and how much of it the sources reported on at all: with a bar in the
    full table; in a compact one, short area labels and the share only.
    """
    compact = layout_for(width) is not Layout.FULL
    rows = coverage_rows(summary, lang, short=compact)
    area = Column(
        _header("Area", lang),
        [Wrapped([[Span(r.title, "bold" if r.total else "")]], most=2 * compact) for r in rows],
        wraps=True,
    )
    columns = [area, _count_column("Targets", "", (r.counts.targets for r in rows), lang)]
    columns += [
        _count_column(s.value, STATUS_STYLES[s], (getattr(r.counts, s.value) for r in rows), lang)
        for s in Status
    ]
    reported = [reported_text(r.counts, lang) for r in rows]
    if compact:
        columns.append(Column(_header("Reported", lang), [plain(text) for text in reported]))
    else:
        bars = [
            ProgressBar(total=max(r.counts.targets, 1), completed=r.counts.reported) for r in rows
        ]
        columns.append(Column(_header("Reported", lang), bars, fixed=BAR_WIDTH))
        columns.append(Column(plain(""), [plain(text) for text in reported]))
    room = width - chrome(len(columns), compact)
    sizes = widths(columns, 0, room, area.narrowest)
    sizes[0] = min(sizes[0], area.widest)
    title = label("coverage", lang, year=summary.year)
    return grid(title, columns, sizes, compact, sections=[len(rows) - 2])


def without_target_table(summary: Summary, lang: Lang, width: int) -> Table:
    """The figures the sources report for the year with no target: name, figure, quote."""
    actuals = summary.without_target
    compact = layout_for(width) is not Layout.FULL
    columns = [
        Column(
            _header("Indicator", lang),
            [name_cell(*name_pair(a.name, a.name_en, lang)) for a in actuals],
            wraps=True,
        ),
        Column(
            _header("Figure", lang),
            [plain(marks(flags_of(a)) + figure_text(a, lang)) for a in actuals],
        ),
        Column(_header("Quote", lang), [plain(a.quote) for a in actuals], wraps=True),
    ]
    room = width - chrome(len(columns), compact)
    figure = columns[1].widest
    names_width = min(columns[0].widest, max(columns[0].narrowest, (room - figure) * 2 // 5))
    sizes = [names_width, figure, max(room - names_width - figure, 1)]
    return grid(label("without target", lang, year=summary.year), columns, sizes, compact)
