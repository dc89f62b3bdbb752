"""The command line: each command parses its options, calls one function of the core, renders
the result, and maps errors to exit codes (0 done, 1 a `--fail-on` status matched, 2 unusable
input).

Commands live in `report` (status, summary, diff, show, publish), `history`, `edit` (check,
record, export, import, init), `draft` (extract, suggest), `sources` (the `source` group: source
add), `areas` (the `area` group: area add), `panel` (the `panel` group: panel, panel init,
panel add) and `cache` (cache info, cache clear); importing them registers them on `app`, in
the order `--help` lists them.
"""

from tzgoals.cli import report  # isort: skip
from tzgoals.cli import history  # isort: skip
from tzgoals.cli import edit  # isort: skip
from tzgoals.cli import draft  # isort: skip
from tzgoals.cli import sources  # isort: skip
from tzgoals.cli import areas  # isort: skip
from tzgoals.cli import panel  # isort: skip
from tzgoals.cli import cache  # isort: skip
from tzgoals.cli.app import app
from tzgoals.cli.output import run_guarded

__all__ = [
    "app",
    "areas",
    "cache",
    "draft",
    "edit",
    "history",
    "main",
    "panel",
    "report",
    "sources",
]


def main() -> None:
    run_guarded(lambda: app(prog_name="tzgoals"))
