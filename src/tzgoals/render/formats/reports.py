"""The formats of the commands that report on a year: status, summary and diff."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple, assert_never

from tzgoals.render.catalogue import Lang
from tzgoals.render.formats.base import Format, generated_time, terminal

if TYPE_CHECKING:
    from datetime import datetime

    from tzgoals.change import IndicatorChange, TargetPair
    from tzgoals.coverage import Selection, Summary
    from tzgoals.models import Dataset


# ---------------------------------------------------------------------------- status


class StatusOutput(NamedTuple):
    """What `status` writes: the goals of a selection, titled, in a language."""

    title: str
    dataset: Dataset
    selection: Selection
    lang: Lang
    ids: bool = False
    bom: bool = False
    generated: Callable[[], datetime] | None = None

    def summary(self) -> Summary:
        from tzgoals.coverage import summarise

        return summarise(self.dataset, self.selection)


class StatusFormat(StrEnum):
    TABLE = "table"
    MARKDOWN = "markdown"
    CSV = "csv"
    JSON = "json"
    HTML = "html"


def _status_table(out: StatusOutput) -> Iterator[str]:
    from tzgoals.render.views import status_view

    return terminal(status_view(out.title, out.selection, out.summary(), out.lang, out.ids))


def _status_markdown(out: StatusOutput) -> Iterator[str]:
    from tzgoals.render.markdown import status_report

    return status_report(out.title, out.selection, out.summary(), out.lang, out.ids)


def _status_csv(out: StatusOutput) -> Iterator[str]:
    from tzgoals.render.machine import status_csv

    return status_csv(out.dataset, out.selection, out.bom)


def _status_json(out: StatusOutput) -> Iterator[str]:
    from tzgoals.render.machine import status_json

    return status_json(out.dataset, out.selection)


def _status_html(out: StatusOutput) -> Iterator[str]:
    from tzgoals.render.html import scorecard_html

    stamp = generated_time(out.generated)
    return iter([scorecard_html(out.dataset, out.selection, out.summary(), out.lang, stamp)])


def status_format(choice: StatusFormat) -> Format[StatusOutput]:
    match choice:
        case StatusFormat.TABLE:
            return Format(choice, "for a terminal", _status_table, utf8=False)
        case StatusFormat.MARKDOWN:
            return Format(choice, "a report to paste", _status_markdown)
        case StatusFormat.CSV:
            return Format(choice, "", _status_csv, for_programs=True)
        case StatusFormat.JSON:
            return Format(choice, "", _status_json, for_programs=True)
        case StatusFormat.HTML:
            return Format(choice, "the scorecard page", _status_html)
        case _:
            assert_never(choice)


# ---------------------------------------------------------------------------- summary


class SummaryOutput(NamedTuple):
    """What `summary` writes: coverage by area; `dataset` says which files were read."""

    title: str
    summary: Summary
    lang: Lang
    dataset: dict[str, str] | None = None


class SummaryFormat(StrEnum):
    TABLE = "table"
    MARKDOWN = "markdown"
    CSV = "csv"
    JSON = "json"


def _summary_table(out: SummaryOutput) -> Iterator[str]:
    from tzgoals.render.views import summary_view

    return terminal(summary_view(out.title, out.summary, out.lang))


def _summary_markdown(out: SummaryOutput) -> Iterator[str]:
    from tzgoals.render.markdown import summary_report

    return summary_report(out.title, out.summary, out.lang)


def _summary_csv(out: SummaryOutput) -> Iterator[str]:
    from tzgoals.render.rows import SUMMARY_FIELDS, summary_rows
    from tzgoals.tabular import iter_csv

    return iter_csv(summary_rows(out.summary), SUMMARY_FIELDS)


def _summary_json(out: SummaryOutput) -> Iterator[str]:
    from tzgoals.render.machine import summary_json

    return summary_json(out.summary, out.dataset)


def summary_format(choice: SummaryFormat) -> Format[SummaryOutput]:
    match choice:
        case SummaryFormat.TABLE:
            return Format(choice, "for a terminal", _summary_table, utf8=False)
        case SummaryFormat.MARKDOWN:
            return Format(choice, "a report to paste", _summary_markdown)
        case SummaryFormat.CSV:
            return Format(choice, "", _summary_csv, for_programs=True)
        case SummaryFormat.JSON:
            return Format(choice, "", _summary_json, for_programs=True)
        case _:
            assert_never(choice)


# ---------------------------------------------------------------------------- diff


class ResultChanges(NamedTuple):
    """The change of each indicator's result between two years."""

    changes: Sequence[IndicatorChange]


class TargetChanges(NamedTuple):
    """The target each of two years set on each indicator."""

    pairs: Sequence[TargetPair]


class NothingToCompare(NamedTuple):
    """Fewer than two years to compare: `sentence` says so in a language, `of_targets` says
    which columns an empty table for programs has."""

    sentence: Callable[[Lang], str]
    of_targets: bool


class DiffOutput(NamedTuple):
    """What `diff` writes: the changes of results or of targets from one year to another."""

    title: str
    dataset: Dataset
    compared: ResultChanges | TargetChanges | NothingToCompare
    from_year: int
    to_year: int
    lang: Lang
    generated: Callable[[], datetime] | None = None


class DiffFormat(StrEnum):
    TABLE = "table"
    MARKDOWN = "markdown"
    CSV = "csv"
    JSON = "json"
    HTML = "html"


def _diff_table(out: DiffOutput) -> Iterator[str]:
    from tzgoals.render.diff import diff_view, target_changes_view

    years = (out.from_year, out.to_year)
    match out.compared:
        case ResultChanges(changes):
            return terminal(diff_view(out.title, changes, *years, out.lang))
        case TargetChanges(pairs):
            return terminal(target_changes_view(out.title, pairs, *years, out.lang))
        case NothingToCompare(sentence):
            return iter([sentence(out.lang) + "\n"])
        case _:
            assert_never(out.compared)


def _diff_markdown(out: DiffOutput) -> Iterator[str]:
    from tzgoals.render.markdown import diff_report, target_changes_report

    years = (out.from_year, out.to_year)
    match out.compared:
        case ResultChanges(changes):
            return diff_report(out.title, changes, *years, out.lang)
        case TargetChanges(pairs):
            return target_changes_report(out.title, pairs, *years, out.lang)
        case NothingToCompare(sentence):
            return iter([sentence(out.lang) + "\n"])
        case _:
            assert_never(out.compared)


def _diff_rows(out: DiffOutput, as_json: bool) -> Iterator[str]:
    from tzgoals.render.rows import (
        DIFF_FIELDS,
        TARGET_DIFF_FIELDS,
        diff_rows,
        target_diff_rows,
    )
    from tzgoals.tabular import iter_csv, iter_json

    match out.compared:
        case ResultChanges(changes):
            rows, fields = diff_rows(changes), DIFF_FIELDS
        case TargetChanges(pairs):
            rows, fields = target_diff_rows(pairs, out.from_year, out.to_year), TARGET_DIFF_FIELDS
        case NothingToCompare(_, of_targets):
            rows, fields = iter([]), TARGET_DIFF_FIELDS if of_targets else DIFF_FIELDS
        case _:
            assert_never(out.compared)
    return iter_json(rows, fields) if as_json else iter_csv(rows, fields)


def _diff_html(out: DiffOutput) -> Iterator[str]:
    from tzgoals.render.html import diff_html, no_changes_html, target_changes_html
    from tzgoals.render.html.page import each

    years = (out.from_year, out.to_year)
    stamp = generated_time(out.generated)
    match out.compared:
        case ResultChanges(changes):
            return iter([diff_html(out.dataset, changes, *years, out.lang, stamp)])
        case TargetChanges(pairs):
            return iter([target_changes_html(out.dataset, pairs, *years, out.lang, stamp)])
        case NothingToCompare(sentence):
            return iter([no_changes_html(out.dataset, each(sentence), out.lang, stamp)])
        case _:
            assert_never(out.compared)


def diff_format(choice: DiffFormat) -> Format[DiffOutput]:
    match choice:
        case DiffFormat.TABLE:
            return Format(choice, "for a terminal", _diff_table, utf8=False)
        case DiffFormat.MARKDOWN:
            return Format(choice, "a report to paste", _diff_markdown)
        case DiffFormat.CSV:
            return Format(choice, "", lambda out: _diff_rows(out, False), for_programs=True)
        case DiffFormat.JSON:
            return Format(choice, "", lambda out: _diff_rows(out, True), for_programs=True)
        case DiffFormat.HTML:
            return Format(choice, "a page", _diff_html)
        case _:
            assert_never(choice)
