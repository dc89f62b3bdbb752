"""The command line: each command parses its options, calls one function of the core, renders
the result, and maps errors to exit codes (0 done, 1 a `--fail-on` status matched, 2 unusable
input).

Commands live in `report` (status, summary, diff, show) and `edit` (check, record, export,
import, init); importing them registers them on `app`.
"""

from tzgoals.cli import edit, report
from tzgoals.cli.app import app
from tzgoals.cli.output import run_guarded

__all__ = ["app", "edit", "main", "report"]


def main() -> None:
    run_guarded(lambda: app(prog_name="tzgoals"))
