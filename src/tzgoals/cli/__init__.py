"""The command line: each command parses its options, calls one function of the core, renders
the result, and maps errors to exit codes (0 done, 1 a `--fail-on` status matched, 2 unusable
input).

Commands live in `report` (status, summary, diff, show, publish), `history`, `edit` (check,
record, export, import, init), `draft` (extract, suggest), `sources` (the `source` group: source
add), `areas` (the `area` group: area add), `panel` (the `panel` group: panel, panel init,
panel add) and `cache` (cache info, cache clear). The table of `cli/commands.py` names them,
in the order `--help` lists them, and says which module registers each on `app`; a run imports
only the module of the command it runs.
"""

from tzgoals.cli.app import app
from tzgoals.cli.output import run_guarded

__all__ = ["app", "main"]


def main() -> None:
    run_guarded(lambda: app(prog_name="tzgoals"))
