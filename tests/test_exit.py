"""The command ends as any Python program ends: the tools that hook the interpreter's exit
(coverage, cProfile, `atexit` handlers) work on it, and the collector is left on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DATA


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=False, cwd=cwd, timeout=300
    )


def test_coverage_run_records_what_the_command_ran(tmp_path: Path) -> None:
    """`--source` names the package, as a user measuring tzgoals would: installed (not
    editable), it lives among the third-party packages coverage leaves out by default."""
    coverage = pytest.importorskip("coverage")
    data_file = tmp_path / "coverage-data"
    result = _run(
        ["-m", "coverage", "run", f"--data-file={data_file}", "--source=tzgoals", "-m", "tzgoals",
         "status", "--data", str(DATA)],
        tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    recorded = coverage.CoverageData(basename=str(data_file))
    recorded.read()
    scored = [f for f in recorded.measured_files() if f.endswith(("tzgoals/score.py",))]
    assert scored, sorted(recorded.measured_files())[:5]
    assert recorded.lines(scored[0])


def test_atexit_handlers_run_and_the_collector_stays_on(tmp_path: Path) -> None:
    program = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('atexit ran; collector on:', gc.isenabled(), "
        "file=sys.stderr))\n"
        f"sys.argv = ['tzgoals', 'status', '--data', {str(DATA)!r}]\n"
        "from tzgoals.__main__ import main\n"
        "main()\n"
    )
    result = _run(["-c", program], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "atexit ran; collector on: True" in result.stderr


def test_atexit_handlers_run_after_a_failing_command_too(tmp_path: Path) -> None:
    program = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('atexit ran', file=sys.stderr))\n"
        "sys.argv = ['tzgoals', 'show', 'no-such-goal', '--data', sys.argv[1]]\n"
        "from tzgoals.__main__ import main\n"
        "main()\n"
    )
    result = _run(["-c", program, str(DATA)], tmp_path)
    assert result.returncode == 2
    assert result.stderr.endswith("atexit ran\n")


def test_cprofile_prints_the_profile_of_a_command(tmp_path: Path) -> None:
    result = _run(["-m", "cProfile", "-m", "tzgoals", "status", "--data", str(DATA)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "function calls" in result.stdout
    assert "Ordered by" in result.stdout


def test_the_command_keeps_nothing_to_the_end() -> None:
    """No module-global list keeps what commands loaded alive for an ending that skips
    freeing it."""
    from tzgoals.cli import output

    assert not hasattr(output, "kept_to_the_end")


@pytest.mark.parametrize("command", ["status", "history", "summary"])
def test_a_command_run_in_process_leaves_the_collector_as_it_found_it(command: str) -> None:
    """A command freezes the dataset it read for the collector while it runs and makes its
    passes rare (those scoring sets off need not walk it), then unfreezes it and puts the
    thresholds back: a process that runs commands in turn, as a test does, collects their
    garbage as before, and an embedding program that froze its own objects keeps them frozen."""
    import gc

    from typer.testing import CliRunner

    from tzgoals.cli import app

    runner = CliRunner()
    assert gc.get_freeze_count() == 0
    thresholds = gc.get_threshold()
    assert runner.invoke(app, [command, "--data", str(DATA)]).exit_code == 0
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds
    kept = [object() for _ in range(3)]  # an embedding program's own frozen objects
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        assert runner.invoke(app, [command, "--data", str(DATA)]).exit_code == 0
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
    del kept


def test_reading_a_dataset_sets_off_no_pass_of_the_collector() -> None:
    """What reading builds refers to nothing cyclic, so the collector is off meanwhile, and
    what was read is frozen before it is on again: no pass walks the dataset, not even the one
    that the many objects made while it was off would set off once it is on."""
    import gc

    from tzgoals.cli.dataset import read

    passes: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    thresholds = gc.get_threshold()
    gc.callbacks.append(counted)
    try:
        dataset, _ = read(DATA, None, None)
        assert gc.isenabled() and gc.get_freeze_count() > 0
        assert passes == []
        assert dataset.targets
    finally:
        gc.callbacks.remove(counted)
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_a_dataset_that_cannot_be_read_leaves_the_collector_on(tmp_path: Path) -> None:
    import gc

    from typer.testing import CliRunner

    from tzgoals.cli import app

    (tmp_path / "targets.toml").write_text("[dataset\n", encoding="utf-8")
    (tmp_path / "actuals.toml").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["status", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
