"""Startup cost: what each kind of run imports, checked in a fresh interpreter.

`--help` must not pay for pydantic or our loading and scoring; the machine formats must not pay
for Rich. Timing lives in benchmarks/, not here: these tests check the cause, not the clock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from .conftest import DATA

WHOLE_YEARS_ONLY = DATA.parent / "tests" / "datasets" / "guangdong-2023"

PROBE = """
import json, sys
from tzgoals.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
sys.__stderr__.write(json.dumps(sorted(sys.modules)))
"""


def imported_by(*args: str, cache_home: Path | None = None) -> set[str]:
    """The modules a run imports: with an empty cache of its own unless `cache_home` names
    one, so that a run that reads a dataset really reads and scores it, whatever ran before."""
    with tempfile.TemporaryDirectory() as empty:
        env = {**os.environ, "XDG_CACHE_HOME": str(cache_home or empty)}
        done = subprocess.run(
            [sys.executable, "-c", PROBE, *args],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
    return set(json.loads(done.stderr.splitlines()[-1]))


OURS_HEAVY = {"tzgoals.files.load", "tzgoals.models", "tzgoals.score", "tomli"}


def test_help_imports_no_pydantic_loading_or_scoring() -> None:
    assert not (OURS_HEAVY | {"pydantic"}) & imported_by("--help")


@pytest.mark.parametrize("command", ["status", "summary", "diff", "show"])
def test_command_help_imports_no_loading_or_scoring(command: str) -> None:
    """Typer itself validates options with pydantic, so only our own modules are checked here."""
    assert not OURS_HEAVY & imported_by(command, "--help")


@pytest.mark.parametrize("output_format", ["csv", "json", "markdown"])
def test_machine_formats_do_not_import_rich(output_format: str) -> None:
    modules = imported_by("status", "--data", str(DATA), "--format", output_format)
    assert "tzgoals.score" in modules  # the run really scored
    assert not {m for m in modules if m == "rich" or m.startswith("rich.")}


@pytest.mark.parametrize("output_format", ["table", "csv", "json", "markdown"])
def test_only_html_imports_jinja2(output_format: str) -> None:
    """The page's template engine is loaded when a page is asked for, and only then."""
    modules = imported_by("status", "--data", str(DATA), "--format", output_format)
    assert "tzgoals.score" in modules
    assert not {m for m in modules if m == "jinja2" or m.startswith(("jinja2.", "markupsafe"))}


def test_html_does_import_jinja2_and_not_rich() -> None:
    modules = imported_by("status", "--data", str(DATA), "--format", "html")
    assert {"jinja2", "tzgoals.render.html.scorecard"} <= modules
    assert not {m for m in modules if m == "rich" or m.startswith("rich.")}


def test_the_table_does_import_rich() -> None:
    assert "rich.table" in imported_by("status", "--data", str(DATA))


def test_status_imports_nothing_of_diff() -> None:
    """Year-over-year change is work only `diff` needs."""
    modules = imported_by("status", "--data", str(DATA))
    assert not {"tzgoals.change", "tzgoals.render.diff"} & modules
    assert "tzgoals.change" in imported_by("diff", "--data", str(DATA))


def unused_by_csv(module: str) -> bool:
    """A module `status --format csv` has no use for: another command's work, a layout for
    people, or a page's template engine."""
    root = module.split(".")[0]
    return root in {"rich", "jinja2", "markupsafe"} or module.startswith(
        (
            "tzgoals.history",
            "tzgoals.change",
            "tzgoals.pace",
            "tzgoals.panel",
            "tzgoals.amplification",
            "tzgoals.vintages",
            "tzgoals.draft",
            "tzgoals.lookalikes",
            "tzgoals.render.history",
            "tzgoals.render.pacing",
            "tzgoals.render.panel",
            "tzgoals.render.formats.history",
            "tzgoals.render.formats.edits",
            "tzgoals.render.formats.panel",
            "tzgoals.render.catalogue.zh",
            "tzgoals.render.catalogue.problems",
            "tzgoals.cli.history",
            "tzgoals.cli.panel",
            "tzgoals.cli.draft",
            "tzgoals.cli.edit",
            "tzgoals.cli.sources",
            "tzgoals.cli.areas",
        )
    )


def test_status_csv_imports_only_what_it_uses() -> None:
    """No history, panel, pace, drafting, Rich or Jinja2 module, nor another command's module
    or formats: the command line builds only the command it runs. A dataset with no figure for
    part of a year imports no pace; the shipped one, which has three, imports it and no more."""
    modules = imported_by("status", "--data", str(WHOLE_YEARS_ONLY), "--format", "csv")
    assert "tzgoals.score" in modules  # the run really scored
    assert sorted(filter(unused_by_csv, modules)) == []
    modules = imported_by("status", "--data", str(DATA), "--format", "csv")
    assert sorted(filter(unused_by_csv, modules)) == ["tzgoals.pace"]


def test_help_imports_no_command_and_no_vocabulary() -> None:
    """`tzgoals --help` names the commands from their table: none of their modules, nor the
    closed sets of words their options offer, is imported."""
    modules = imported_by("--help")
    assert not {m for m in modules if m.startswith("tzgoals.cli.")} - {
        "tzgoals.cli.app",
        "tzgoals.cli.commands",
        "tzgoals.cli.output",
    }
    assert "tzgoals.vocabulary" not in modules


EVIDENCE = {"tzgoals.evidence", "tzgoals.files.sources", "tzgoals.numerals"}


@pytest.mark.parametrize("output_format", ["table", "csv"])
def test_status_reads_no_archived_text(output_format: str) -> None:
    """Quotes are checked by `check` and by writes, never on the way to a table."""
    modules = imported_by("status", "--data", str(DATA), "--format", output_format)
    assert "tzgoals.score" in modules
    assert not EVIDENCE & modules


def test_check_does_check_the_evidence() -> None:
    assert {"tzgoals.evidence", "tzgoals.files.sources"} <= imported_by(
        "check", "--data", str(DATA)
    )


GC_PROBE = """
import gc, sys
import tzgoals.cli
from tzgoals.__main__ import main
run = tzgoals.cli.main
def probed():
    sys.__stderr__.write(f"collector enabled: {gc.isenabled()}\\n")
    run()
tzgoals.cli.main = probed
sys.argv = ["tzgoals", *sys.argv[1:]]
main()
sys.__stderr__.write("the interpreter went on after main")
"""


@pytest.mark.parametrize(
    ("args", "output", "code"),
    [
        (["status", "--format", "csv"], "id,indicator,year,", 0),
        (["status", "--format", "csv", "--fail-on", "missed"], "id,indicator,year,", 1),
        (["check"], "", 0),
        (["export", "targets"], "id,indicator,year,", 0),
        (["show", "no-such-goal"], "", 2),
    ],
)
def test_the_entry_point_runs_with_the_collector_on_and_ends_with_its_exit_code(
    args: list[str], output: str, code: int
) -> None:
    """With every byte of its output written, and its exit code. The collector stays on: the
    start-up tricks that switched it off and ended the process with `os._exit` are gone
    (they broke coverage, cProfile and `atexit`)."""
    done = subprocess.run(
        [sys.executable, "-c", GC_PROBE, *args, "--data", str(DATA)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == code
    assert done.stdout.startswith(output)
    assert done.stderr.startswith("collector enabled: True\n")
    assert "the interpreter went on" not in done.stderr
    whole = subprocess.run(
        [sys.executable, "-c", "from tzgoals.cli import app; app()", *args, "--data", str(DATA)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout == whole.stdout


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tzgoals", "status", "--data", str(DATA), "--format", "csv"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("id,indicator,year,")


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tzgoals", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--help"],
            ["status", "summary", "diff", "show", "check", "record", "export", "import", "source"],
        ),
        (["source", "add", "--help"], ["Usage: tzgoals source add [OPTIONS] {FILE}", "--url"]),
        (["show", "--help"], ["Usage: tzgoals show [OPTIONS] {ID}"]),
        (["import", "--help"], ["Usage: tzgoals import [OPTIONS] {FILE.csv}", "--into"]),
    ],
)
def test_main_runs_the_command_asked_for_and_lists_them_all(
    args: list[str], expected: list[str]
) -> None:
    done = run_main(*args)
    assert done.returncode == 0, done.stderr
    for text in expected:
        assert text in done.stdout


def test_main_suggests_a_command_for_a_misspelt_one() -> None:
    done = run_main("statu")
    assert done.returncode == 2
    assert "No such command 'statu'. Did you mean 'status'?" in done.stderr


@pytest.mark.parametrize("output_format", ["csv", "json", "markdown"])
def test_a_warm_machine_format_reads_and_scores_nothing(output_format: str, tmp_path: Path) -> None:
    """The second run of the same command on the same files writes the output the first one
    kept: it imports neither the loading, the models nor the scoring."""
    command = ("status", "--data", str(DATA), "--format", output_format)
    assert "tzgoals.score" in imported_by(*command, cache_home=tmp_path)
    assert not OURS_HEAVY & imported_by(*command, cache_home=tmp_path)
