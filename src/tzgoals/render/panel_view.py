"""A panel's table in a terminal and in Markdown, laid out from `panel_text`'s texts.

In a terminal: a table from `table.COMPACT_WIDTH` columns on; below it, one block a place,
its name and then each column's header and value, as many to a line as fit.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich import box
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from tzgoals.render.catalogue import Lang, label
from tzgoals.render.markdown import table as markdown_table
from tzgoals.render.panel_text import EMPTY, PanelTable
from tzgoals.render.safe import markdown_text as md
from tzgoals.render.stacked import INDENT, packed
from tzgoals.render.table import COMPACT_WIDTH


class PanelView:
    """The table, or blocks in a narrow terminal, then the notes."""

    def __init__(self, table: PanelTable, lang: Lang) -> None:
        self.table = table
        self.lang = lang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        yield Text(self.table.title, style="bold")
        if width >= COMPACT_WIDTH:
            yield self._table()
        else:
            yield from self._blocks(width)
        for note in self.table.notes:
            yield Text(note, style="dim")

    def _table(self) -> Table:
        grid = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        for index, header in enumerate(self.table.headers):
            right = index in self.table.numeric
            grid.add_column(header, justify="right" if right else "left", overflow="fold")
        for cells in self.table.rows:
            grid.add_row(*cells)
        return grid

    def _blocks(self, width: int) -> Iterator[Text]:
        headers = self.table.headers
        for cells in self.table.rows:
            yield Text(cells[0], style="bold")
            fields = (
                label("field", self.lang, name=header, value=cell)
                for header, cell in zip(headers[1:], cells[1:], strict=True)
                if cell and cell != EMPTY
            )
            for line in packed(fields, width - len(INDENT)):
                yield Text(INDENT + line)


def panel_markdown(table: PanelTable) -> Iterator[str]:
    """The table as a report to paste: a heading, a pipe table, the notes as a list."""
    yield f"# {md(table.title)}\n\n"
    rows = ([md(cell) for cell in cells] for cells in table.rows)
    headers = [md(h) for h in table.headers]
    yield from markdown_table(headers, rows, right=len(table.numeric))
    if table.notes:
        yield "\n"
        for note in table.notes:
            yield f"- {md(note)}\n"
