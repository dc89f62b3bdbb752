"""The cache of parsed files, end to end: every command on every dataset gives the same bytes
with the cache cold, warm and turned off; and whatever happens to the files, the tool or the
cache folder (a byte changed, a source edited, another version, an entry cut short or not the
user's, a full disk, twenty commands at once), the output is the output of `--no-cache`."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.files import cache_store, load
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths

from .conftest import DATA, REPO

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "120"})
DATASETS = [DATA, *sorted((REPO / "tests" / "datasets").iterdir())]
BAD = sorted(p for p in (REPO / "tests" / "bad").iterdir() if p.is_dir())
Outcome = tuple[int, str, str]


def run(*args: str, cache: bool = True) -> Outcome:
    result = runner.invoke(app, [*([] if cache else ["--no-cache"]), *args])
    return result.exit_code, result.stdout, result.stderr


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("data-*")) if folder.is_dir() else []


def first_target(folder: Path) -> str:
    text = (folder / "targets.toml").read_text(encoding="utf-8")
    start = text.index("[[targets]]")
    return text[start:].split('id = "', 1)[1].split('"', 1)[0]


def commands(folder: Path) -> list[list[str]]:
    data = ["--data", str(folder)]
    return [
        ["status", *data],
        *(["status", *data, "--format", f] for f in ("csv", "json", "markdown")),
        ["summary", *data],
        ["summary", *data, "--format", "json"],
        ["diff", *data],
        ["show", first_target(folder), *data],
        ["history", *data, "--format", "csv"],
        ["check", *data],
        ["check", *data, "--format", "json"],
        ["export", "targets", *data, "--format", "json"],
        ["export", "actuals", *data],
    ]


@pytest.mark.parametrize("folder", DATASETS, ids=lambda p: p.name)
def test_every_command_gives_the_same_bytes_cold_warm_and_without_the_cache(
    folder: Path, cache_home: Path
) -> None:
    for command in commands(folder):
        cold = run(*command)
        warm = run(*command)
        assert cold == warm == run(*command, cache=False), command
    assert entries(cache_home), "the commands filled the cache"


@pytest.mark.parametrize("folder", BAD, ids=lambda p: p.name)
def test_a_bad_dataset_gives_the_same_problems_with_and_without_the_cache(
    folder: Path, cache_home: Path
) -> None:
    data = ["--data", str(folder)]
    for command in (["status", *data, "--format", "csv"], ["check", *data]):
        assert run(*command) == run(*command) == run(*command, cache=False), command


@pytest.mark.parametrize("folder", DATASETS, ids=lambda p: p.name)
def test_a_hit_builds_exactly_the_objects_a_miss_builds(folder: Path, cache_home: Path) -> None:
    paths = DataPaths(folder / "targets.toml", folder / "actuals.toml")
    store = cache_store.open_cache()
    assert store is not None
    cold, warm = load_dataset(paths, store), load_dataset(paths, store)
    assert cold == warm == load_dataset(paths)
    assert repr(warm) == repr(load_dataset(paths))
    fresh = load_dataset(paths).targets
    assert [t.model_fields_set for t in warm.targets] == [t.model_fields_set for t in fresh]


def test_a_warm_command_parses_nothing(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = run("status", "--data", str(DATA), "--format", "csv")

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(load, "read_toml", no_parsing)
    assert run("status", "--data", str(DATA), "--format", "csv") == expected


PANEL = REPO / "examples" / "jiangsu-panel"


@pytest.mark.parametrize(
    "command",
    [
        ["panel", "--panel", str(PANEL), "--format", "csv"],
        ["panel", "--panel", str(PANEL), "--indicator", "gdp-growth", "--format", "json"],
        ["panel", "--panel", str(PANEL), "--goals", "--format", "csv"],
    ],
    ids=["table", "indicator", "goals"],
)
def test_a_warm_panel_parses_no_place_again(
    command: list[str], cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A panel is read many times in a sitting: each place's files come from the cache."""
    expected = run(*command, cache=False)
    assert expected[0] == 0
    assert run(*command) == expected
    assert entries(cache_home)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(load, "read_toml", no_parsing)
    assert run(*command) == expected


def test_an_unchanged_old_file_is_not_even_read_again(
    tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copied(tmp_path)
    old = time.time() - 3600
    for name in ("targets.toml", "actuals.toml"):
        os.utime(folder / name, (old, old))
    expected = run("status", "--data", str(folder), "--format", "csv")
    assert len(list(cache_home.glob("stat-*"))) == 2

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(cache_store, "read_bytes", no_reading)
    assert run("status", "--data", str(folder), "--format", "csv") == expected


def copied(tmp_path: Path, source: Path = DATA) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(source, folder)
    return folder


@pytest.mark.parametrize("name", ["targets.toml", "actuals.toml"])
def test_a_byte_changed_in_either_file_misses_even_with_its_size_and_time_kept(
    name: str, tmp_path: Path, cache_home: Path
) -> None:
    folder = copied(tmp_path)
    path = folder / name
    old = time.time() - 3600
    os.utime(path, (old, old))
    command = ["export", name.removesuffix(".toml"), "--data", str(folder)]
    before = run(*command)
    text = path.read_bytes()
    at = text.index(b"\nvalue = ") + len(b"\nvalue = ")
    digit = b"7" if text[at : at + 1] != b"7" else b"8"
    changed = text[:at] + digit + text[at + 1 :]  # the first figure, one digit different
    assert len(changed) == len(text) and changed != text
    path.write_bytes(changed)
    os.utime(path, (old, old))  # the same size and modification time: only the bytes differ
    after = run(*command)
    assert after == run(*command, cache=False)
    assert after != before


def test_an_archived_source_edited_is_checked_afresh(tmp_path: Path, cache_home: Path) -> None:
    folder = copied(tmp_path)
    before = run("check", "--data", str(folder))
    source = next(p for p in sorted((folder / "sources").iterdir()) if p.suffix == ".txt")
    source.write_text(source.read_text(encoding="utf-8")[:200], encoding="utf-8")
    after = run("check", "--data", str(folder))
    assert after == run("check", "--data", str(folder), cache=False)
    assert after != before


def test_another_version_of_tzgoals_misses(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("status", "--data", str(DATA))
    written = entries(cache_home)
    monkeypatch.setattr(cache_store, "tool_fingerprint", lambda: "another version")
    parsed: list[Path] = []
    real = load.read_toml

    def counted(path: Path, *args: object, **kwargs: object) -> object:
        parsed.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(load, "read_toml", counted)
    assert run("status", "--data", str(DATA)) == run("status", "--data", str(DATA), cache=False)
    assert len(parsed) == 4  # each file, with the cache and without: no entry was used
    assert len(entries(cache_home)) == 2 * len(written)


def spoiled(folder: Path, spoil: str) -> None:
    for path in entries(folder):
        if spoil == "truncated":
            path.write_bytes(path.read_bytes()[:-7])
        elif spoil == "corrupt":
            blob = bytearray(path.read_bytes())
            blob[-3] ^= 1
            path.write_bytes(bytes(blob))
        elif spoil == "foreign":
            path.write_bytes(b'{"dataset": {"name": "not this"}}')
        elif spoil == "other user":
            os.chown(path, 54321, -1)
        elif spoil == "writable by others":
            path.chmod(0o666)
        elif spoil == "a link":
            target = path.with_name("elsewhere")
            path.rename(target)
            path.symlink_to(target)


@pytest.mark.parametrize(
    "spoil", ["truncated", "corrupt", "foreign", "other user", "writable by others", "a link"]
)
def test_a_spoilt_entry_is_a_miss_never_an_error(spoil: str, cache_home: Path) -> None:
    expected = run("status", "--data", str(DATA), "--format", "json", cache=False)
    assert run("status", "--data", str(DATA), "--format", "json") == expected
    spoiled(cache_home, spoil)
    assert run("status", "--data", str(DATA), "--format", "json") == expected
    assert run("check", "--data", str(DATA)) == run("check", "--data", str(DATA), cache=False)


def test_an_unreadable_entry_is_a_miss(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads any file, so the refusal a user meets is made here as the system makes it."""
    expected = run("status", "--data", str(DATA), "--format", "csv", cache=False)
    run("status", "--data", str(DATA), "--format", "csv")
    for path in entries(cache_home):
        path.chmod(0o000)
    real_open = os.open

    def refused(path: object, *args: int) -> int:
        if str(path).startswith(str(cache_home)) and not args[0] & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(cache_store.os, "open", refused)
    assert run("status", "--data", str(DATA), "--format", "csv") == expected


def test_a_full_disk_writes_nothing_and_changes_nothing(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = run("status", "--data", str(DATA), "--format", "csv", cache=False)
    real_replace = os.replace

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_store.os, "replace", no_space)
    assert run("status", "--data", str(DATA), "--format", "csv") == expected
    assert list(cache_home.iterdir()) == []  # no entry, and no temporary file left behind
    monkeypatch.setattr(cache_store.os, "replace", real_replace)
    assert run("status", "--data", str(DATA), "--format", "csv") == expected
    assert entries(cache_home)


@pytest.mark.parametrize("kind", ["a file", "writable by others", "another user's"])
def test_a_folder_that_cannot_be_used_is_silently_no_cache(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "xdg"
    home.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    if kind == "a file":
        (home / "tzgoals").write_text("not a folder")
    else:
        (home / "tzgoals").mkdir(mode=0o700)
        if kind == "writable by others":
            (home / "tzgoals").chmod(0o777)
        else:
            os.chown(home / "tzgoals", 54321, -1)
    expected = run("status", "--data", str(DATA), "--format", "csv", cache=False)
    assert run("status", "--data", str(DATA), "--format", "csv") == expected
    if kind != "a file":
        assert list((home / "tzgoals").iterdir()) == []


def test_the_folder_is_made_private(cache_home: Path) -> None:
    run("status", "--data", str(DATA), "--format", "csv")
    assert cache_home.stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o077 == 0 for p in cache_home.iterdir())


def test_no_cache_and_the_environment_turn_it_off(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("status", "--data", str(DATA), cache=False)
    assert not cache_home.exists()
    monkeypatch.setenv("TZGOALS_NO_CACHE", "1")
    run("status", "--data", str(DATA))
    assert not cache_home.exists()
    monkeypatch.setenv("TZGOALS_NO_CACHE", "0")
    run("status", "--data", str(DATA))
    assert entries(cache_home)


def test_twenty_commands_at_once_on_a_cold_cache(tmp_path: Path) -> None:
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"), "LANG": "C.UTF-8"}
    command = [sys.executable, "-m", "tzgoals", "status", "--format", "csv", "--data", str(DATA)]
    expected = subprocess.run(
        [*command[:3], "--no-cache", *command[3:]], env=environment, capture_output=True
    )
    started = [
        subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(20)
    ]
    for process in started:
        out, err = process.communicate(timeout=300)
        assert (process.returncode, out, err) == (expected.returncode, expected.stdout, b"")
    again = subprocess.run(command, env=environment, capture_output=True)
    assert again.stdout == expected.stdout
    folder = tmp_path / "xdg" / "tzgoals"
    assert not [p for p in folder.iterdir() if p.name.startswith(".tmp-")]


def test_a_fresh_interpreter_rebuilds_from_the_cache_without_parsing(cache_home: Path) -> None:
    """In a new process no model has been validated yet, so those whose validators are built on
    first use still hold their annotations as written: a hit must rebuild them all the same."""
    assert run("status", "--data", str(DATA), "--format", "csv")[0] == 0
    probe = (
        "import sys\n"
        "from tzgoals.files import load\n"
        "def parsed(*args, **kwargs):\n"
        "    sys.exit('parsed again')\n"
        "load.read_toml = parsed\n"
        "from tzgoals.cli import main\n"
        "sys.argv = ['tzgoals', 'status', '--data', sys.argv[1], '--format', 'csv']\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(DATA)], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == run("status", "--data", str(DATA), "--format", "csv", cache=False)[1]
