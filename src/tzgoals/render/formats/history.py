"""The formats of `history`: an indicator's record across years."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple, assert_never

from tzgoals.render.formats.base import Format, terminal

if TYPE_CHECKING:
    from tzgoals.history import IndicatorHistory
    from tzgoals.render.catalogue import Lang


class HistoryOutput(NamedTuple):
    """What `history` writes: each indicator's record, titled, in a language."""

    title: str
    records: Sequence[IndicatorHistory]
    lang: Lang
    bom: bool = False


class HistoryFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


def _history_table(out: HistoryOutput) -> Iterator[str]:
    from tzgoals.render.history import record_view
    from tzgoals.render.history_terminal import HistoryView

    views = [record_view(record, out.lang) for record in out.records]
    return terminal(HistoryView(out.title, views, out.lang))


def _history_markdown(out: HistoryOutput) -> Iterator[str]:
    from tzgoals.render.history import record_view
    from tzgoals.render.history_pages import history_markdown

    views = [record_view(record, out.lang) for record in out.records]
    return history_markdown(out.title, views, out.lang)


def _history_html(out: HistoryOutput) -> Iterator[str]:
    from tzgoals.render.history import record_view
    from tzgoals.render.history_pages import history_html

    views = [record_view(record, out.lang) for record in out.records]
    return iter([history_html(out.title, views, out.lang)])


def _history_rows(out: HistoryOutput, as_json: bool) -> Iterator[str]:
    from tzgoals.render.rows import HISTORY_FIELDS, history_rows
    from tzgoals.tabular import iter_csv, iter_json

    rows = history_rows(out.records)
    return iter_json(rows, HISTORY_FIELDS) if as_json else iter_csv(rows, HISTORY_FIELDS, out.bom)


def history_format(choice: HistoryFormat) -> Format[HistoryOutput]:
    match choice:
        case HistoryFormat.TABLE:
            return Format(choice, "for a terminal, with a chart", _history_table, utf8=False)
        case HistoryFormat.CSV:
            return Format(choice, "", lambda out: _history_rows(out, False), for_programs=True)
        case HistoryFormat.JSON:
            return Format(choice, "", lambda out: _history_rows(out, True), for_programs=True)
        case HistoryFormat.MARKDOWN:
            return Format(choice, "a report to paste", _history_markdown)
        case HistoryFormat.HTML:
            return Format(choice, "a page with an SVG chart", _history_html)
        case _:
            assert_never(choice)
