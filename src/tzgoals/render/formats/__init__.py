"""Each command's output formats: a closed set a command, each format one object.

A command's `--format` offers the members of its own enum and nothing else, so no command can
be asked for a format it cannot write. Each enum maps to its formats in one `match` ending in
`assert_never`: a member added without a writer fails type-checking at that one place. The
writers import what they need when they run, so that the command line, which builds its help
from these objects, pays for no renderer it does not use. The names below are imported from
their modules on first use, so that a command imports the registry of its own formats alone
(`status` neither the history's nor the edits').
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tzgoals.render.formats.base import Format, formats_help
    from tzgoals.render.formats.edits import (
        CheckFormat,
        CheckOutput,
        ExportFormat,
        ExportOutput,
        check_format,
        export_format,
    )
    from tzgoals.render.formats.history import HistoryFormat, HistoryOutput, history_format
    from tzgoals.render.formats.reports import (
        DiffFormat,
        DiffOutput,
        NothingToCompare,
        ResultChanges,
        StatusFormat,
        StatusOutput,
        SummaryFormat,
        SummaryOutput,
        TargetChanges,
        diff_format,
        status_format,
        summary_format,
    )

_HOMES = {
    "CheckFormat": "tzgoals.render.formats.edits",
    "CheckOutput": "tzgoals.render.formats.edits",
    "DiffFormat": "tzgoals.render.formats.reports",
    "DiffOutput": "tzgoals.render.formats.reports",
    "ExportFormat": "tzgoals.render.formats.edits",
    "ExportOutput": "tzgoals.render.formats.edits",
    "Format": "tzgoals.render.formats.base",
    "HistoryFormat": "tzgoals.render.formats.history",
    "HistoryOutput": "tzgoals.render.formats.history",
    "NothingToCompare": "tzgoals.render.formats.reports",
    "ResultChanges": "tzgoals.render.formats.reports",
    "StatusFormat": "tzgoals.render.formats.reports",
    "StatusOutput": "tzgoals.render.formats.reports",
    "SummaryFormat": "tzgoals.render.formats.reports",
    "SummaryOutput": "tzgoals.render.formats.reports",
    "TargetChanges": "tzgoals.render.formats.reports",
    "check_format": "tzgoals.render.formats.edits",
    "diff_format": "tzgoals.render.formats.reports",
    "export_format": "tzgoals.render.formats.edits",
    "formats_help": "tzgoals.render.formats.base",
    "history_format": "tzgoals.render.formats.history",
    "status_format": "tzgoals.render.formats.reports",
    "summary_format": "tzgoals.render.formats.reports",
}

__all__ = [
    "CheckFormat",
    "CheckOutput",
    "DiffFormat",
    "DiffOutput",
    "ExportFormat",
    "ExportOutput",
    "Format",
    "HistoryFormat",
    "HistoryOutput",
    "NothingToCompare",
    "ResultChanges",
    "StatusFormat",
    "StatusOutput",
    "SummaryFormat",
    "SummaryOutput",
    "TargetChanges",
    "check_format",
    "diff_format",
    "export_format",
    "formats_help",
    "history_format",
    "status_format",
    "summary_format",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *globals()})
