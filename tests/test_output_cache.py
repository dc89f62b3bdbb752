"""The cache of a command's whole output: a second run with the same options, environment, tool
and files writes the same bytes to stdout and stderr and exits with the same code without
reading the dataset; anything else misses; an output that did not reach its reader is never
kept."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.cli.kept_output import _decoded, _encoded
from tzgoals.files import cache_store, load
from tzgoals.files.cache_store import CacheStore
from tzgoals.files.paths import DataPaths
from tzgoals.models import Dataset

from .conftest import DATA, REPO

ENV = {"LANG": "en_US.UTF-8", "COLUMNS": "120"}
runner = CliRunner(env=ENV)
DATASETS = [DATA, *sorted((REPO / "tests" / "datasets").iterdir())]
Outcome = tuple[int, str, str]


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The dataset each run loads, in turn: none for a run its output was kept for."""
    loaded: list[Path] = []
    load_dataset = load.load_dataset

    def counted(paths: DataPaths, cache: CacheStore | None = None) -> Dataset:
        loaded.append(paths.targets)
        return load_dataset(paths, cache)

    monkeypatch.setattr(load, "load_dataset", counted)
    return loaded


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped dataset whose files are an hour old: old enough for the cache to
    remember their hashes against their size and times."""
    return aged(shutil.copytree(DATA, tmp_path / "data"))


def aged(folder: Path) -> Path:
    old = time.time() - 3600
    for name in ("targets.toml", "actuals.toml"):
        os.utime(folder / name, (old, old))
    return folder


def run(*args: str, cache: bool = True, env: dict[str, str] | None = None) -> Outcome:
    result = runner.invoke(app, [*([] if cache else ["--no-cache"]), *args], env=env)
    return result.exit_code, result.stdout, result.stderr


def no_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("the dataset was loaded")

    monkeypatch.setattr(load, "load_dataset", refused)


def cacheable(folder: Path) -> list[list[str]]:
    data = ["--data", str(folder)]
    return [
        *(["status", *data, "--format", f] for f in ("csv", "json", "markdown")),
        ["status", *data, "--format", "csv", "--fail-on", "missed", "--sort", "gap"],
        *(["summary", *data, "--format", f] for f in ("csv", "json", "markdown")),
        *(["history", *data, "--format", f] for f in ("csv", "json", "markdown")),
        *(["diff", *data, "--format", f] for f in ("csv", "json", "markdown")),
    ]


@pytest.mark.parametrize("dataset", DATASETS, ids=lambda p: p.name)
def test_every_machine_format_is_written_again_without_loading(
    dataset: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [run(*command) for command in cacheable(dataset)]
    no_loading(monkeypatch)
    again = [run(*command) for command in cacheable(dataset)]
    assert again == first
    monkeypatch.undo()
    assert first == [run(*command, cache=False) for command in cacheable(dataset)]


def test_stderr_and_the_exit_code_are_written_again_exactly(
    tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped example, found by discovery, says so on stderr; `--fail-on missed` ends
    with 1: both come back from the cache as the first run gave them."""
    monkeypatch.chdir(tmp_path)
    command = ("status", "--format", "csv", "--fail-on", "missed")
    exit_code, stdout, stderr = first = run(*command)
    assert exit_code == 1 and stdout and "tzgoals" in stderr
    no_loading(monkeypatch)
    assert run(*command) == first


@pytest.mark.parametrize(
    "second",
    [
        ["--format", "json"],
        ["--format", "csv", "--year", "2023"],
        ["--format", "csv", "--lang", "zh"],
        ["--format", "csv", "--bom"],
    ],
    ids=["format", "year", "lang", "bom"],
)
def test_a_changed_option_misses(
    second: list[str], folder: Path, cache_home: Path, loads: list[Path]
) -> None:
    data = ["--data", str(folder)]
    run("status", *data, "--format", "csv")
    run("status", *data, "--format", "csv")
    assert len(loads) == 1
    assert run("status", *data, *second) == run("status", *data, *second, cache=False)
    assert len(loads) == 3


def test_a_dataset_named_another_way_misses_where_its_output_names_it(
    folder: Path, cache_home: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """summary's JSON gives the files' paths as found: the same files named by a relative
    path are another output."""
    run("summary", "--data", str(folder), "--format", "json")
    monkeypatch.chdir(folder.parent)
    relative = run("summary", "--data", folder.name, "--format", "json")
    assert len(loads) == 2
    assert relative == run("summary", "--data", folder.name, "--format", "json", cache=False)


def test_a_changed_language_in_the_environment_misses(
    tmp_path: Path, cache_home: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    english = run("status", "--format", "csv")
    chinese = run("status", "--format", "csv", env={"LANG": "zh_CN.UTF-8"})
    assert len(loads) == 2
    assert english[2] != chinese[2]
    assert chinese == run("status", "--format", "csv", cache=False, env={"LANG": "zh_CN.UTF-8"})


def test_a_changed_file_size_limit_misses(
    folder: Path, cache_home: Path, loads: list[Path]
) -> None:
    """A limit the files are over refuses them: a kept output must not say otherwise."""
    command = ("status", "--data", str(folder), "--format", "csv")
    assert run(*command)[0] == 0
    small = {"TZGOALS_MAX_FILE_SIZE": "1"}
    refused = run(*command, env=small)
    assert refused[0] == 2
    assert refused == run(*command, cache=False, env=small)


@pytest.mark.parametrize("name", ["targets.toml", "actuals.toml"])
def test_a_byte_changed_in_either_file_misses(
    name: str, folder: Path, cache_home: Path, loads: list[Path]
) -> None:
    command = ("status", "--data", str(folder), "--format", "csv")
    run(*command)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    status = path.stat()
    path.write_text(text.replace("2023", "2024", 1), encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    changed = run(*command)
    assert len(loads) == 2
    assert changed == run(*command, cache=False)


def test_another_version_of_tzgoals_misses(
    folder: Path, cache_home: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    command = ("status", "--data", str(folder), "--format", "csv")
    first = run(*command)
    monkeypatch.setattr(cache_store, "tool_fingerprint", lambda: "another version")
    assert run(*command) == first
    assert len(loads) == 2


def test_a_spoilt_output_entry_is_a_miss(folder: Path, cache_home: Path, loads: list[Path]) -> None:
    command = ("status", "--data", str(folder), "--format", "csv")
    first = run(*command)
    for entry in cache_home.glob("data-*"):
        entry.write_bytes(entry.read_bytes()[:-1])
    assert run(*command) == first
    assert len(loads) == 2


def test_no_cache_neither_uses_nor_fills_it(
    folder: Path, cache_home: Path, loads: list[Path]
) -> None:
    command = ("status", "--data", str(folder), "--format", "csv")
    run(*command)
    run(*command, cache=False)
    run(*command, env={"TZGOALS_NO_CACHE": "1"})
    assert len(loads) == 3


def test_the_terminal_table_is_never_kept(
    folder: Path, cache_home: Path, loads: list[Path]
) -> None:
    run("status", "--data", str(folder))
    run("status", "--data", str(folder))
    assert len(loads) == 2


def test_a_page_is_kept_only_when_its_time_is_fixed(
    folder: Path, cache_home: Path, loads: list[Path]
) -> None:
    command = ("status", "--data", str(folder), "--format", "html")
    run(*command)
    run(*command)
    assert len(loads) == 2
    fixed = {"SOURCE_DATE_EPOCH": "1700000000"}
    first = run(*command, env=fixed)
    assert run(*command, env=fixed) == first
    assert len(loads) == 3


def data_entries(folder: Path) -> set[str]:
    return {entry.name for entry in folder.glob("data-*")}


def run_process(
    cache_root: Path, *args: str, read: Callable[[subprocess.Popen[bytes]], None]
) -> int:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_root), **ENV}
    process = subprocess.Popen(
        [sys.executable, "-m", "tzgoals", *args], stdout=subprocess.PIPE, env=env
    )
    read(process)
    return process.wait()


def test_a_reader_that_stops_early_leaves_nothing_kept(folder: Path, tmp_path: Path) -> None:
    """`tzgoals status --format csv | head`: the output did not all reach its reader, so no
    entry holds it; read to the end, it is kept."""
    root = tmp_path / "xdg"
    data = ["--data", str(folder)]

    def read_all(process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        process.stdout.read()

    def close_at_once(process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        process.stdout.close()

    run_process(root, "status", *data, "--format", "json", read=read_all)  # the files' entries
    before = data_entries(root / "tzgoals")
    assert run_process(root, "status", *data, "--format", "csv", read=close_at_once) == 0
    assert data_entries(root / "tzgoals") == before
    run_process(root, "status", *data, "--format", "csv", read=read_all)
    assert len(data_entries(root / "tzgoals") - before) == 1


@given(
    st.sampled_from([0, 1]),
    st.lists(st.tuples(st.sampled_from(["stdout", "stderr"]), st.binary(max_size=40))),
)
def test_an_entry_gives_back_what_was_kept(exit_code: int, parts: list[tuple[str, bytes]]) -> None:
    kept = [(stream, bytearray(data)) for stream, data in parts]
    replay = _decoded(b"".join(_encoded(exit_code, kept)))
    assert replay is not None
    assert replay.exit_code == exit_code
    assert replay.parts == parts


@given(st.binary(max_size=200))
def test_any_bytes_are_an_entry_or_a_miss_never_an_error(payload: bytes) -> None:
    replay = _decoded(payload)
    assert replay is None or sum(len(data) for _, data in replay.parts) < len(payload)
