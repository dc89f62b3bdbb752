"""Each command's output formats: a closed set a command, each format one object.

A command's `--format` offers the members of its own enum and nothing else, so no command can
be asked for a format it cannot write. Each enum maps to its formats in one `match` ending in
`assert_never`: a member added without a writer fails type-checking at that one place. The
writers import what they need when they run, so that the command line, which builds its help
from these objects, pays for no renderer it does not use.
"""

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
