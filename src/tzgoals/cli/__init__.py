"""The command line: each command parses its options, calls one function of the core, renders
the result, and maps errors to exit codes (0 done, 1 a `--fail-on` status matched, 2 unusable
input).

Commands live in `report` (status, summary, diff, show), `edit` (check, record, export,
import, init) and `sources` (source add); importing them registers them on `app`.
"""

from tzgoals.cli import edit, report, sources
from tzgoals.cli.app import app

__all__ = ["app", "edit", "main", "report", "sources"]


def main() -> None:
    app(prog_name="tzgoals")
