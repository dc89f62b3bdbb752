"""The formats of the commands that check and move data: check and export."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple, assert_never

from tzgoals.render.catalogue import Lang
from tzgoals.render.formats.base import Format

if TYPE_CHECKING:
    from tzgoals.files.problems import Problem
    from tzgoals.models import Dataset
    from tzgoals.vocabulary import Section


# ---------------------------------------------------------------------------- check


class CheckOutput(NamedTuple):
    """What `check` writes on stdout: the problems found; `dataset` says which files."""

    problems: Sequence[Problem]
    dataset: dict[str, str] | None = None
    lang: Lang = Lang.EN


class CheckFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _check_text(out: CheckOutput) -> Iterator[str]:
    from tzgoals.render.problems import problem_lines

    return problem_lines(out.problems, out.lang)


def _check_json(out: CheckOutput) -> Iterator[str]:
    from tzgoals.render.problems import problems_json

    yield problems_json(out.problems, out.dataset)


def check_format(choice: CheckFormat) -> Format[CheckOutput]:
    match choice:
        case CheckFormat.TEXT:
            return Format(choice, "FILE:LINE: message [CODE]", _check_text)
        case CheckFormat.JSON:
            return Format(choice, "", _check_json, for_programs=True)
        case _:
            assert_never(choice)


# ---------------------------------------------------------------------------- export


class ExportOutput(NamedTuple):
    """What `export` writes: every field of every entry of one table."""

    dataset: Dataset
    section: Section
    bom: bool = False


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


def _export_csv(out: ExportOutput) -> Iterator[str]:
    from tzgoals.render.export import export_csv

    return export_csv(out.dataset, out.section, out.bom)


def _export_json(out: ExportOutput) -> Iterator[str]:
    from tzgoals.render.export import export_json

    return export_json(out.dataset, out.section)


def export_format(choice: ExportFormat) -> Format[ExportOutput]:
    match choice:
        case ExportFormat.CSV:
            return Format(choice, "", _export_csv, for_programs=True)
        case ExportFormat.JSON:
            return Format(choice, "", _export_json, for_programs=True)
        case _:
            assert_never(choice)
