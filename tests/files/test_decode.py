"""Reading a file: regular files only, up to a size limit, and any encoding named or refused."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tzgoals.files.decode import (
    DEFAULT_MAX_FILE_SIZE,
    max_file_size,
    read_bytes,
    read_text,
)
from tzgoals.files.load import check_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.files.problems import DataError

from .conftest import VALID

TZGOALS = [sys.executable, "-m", "tzgoals"]


def refusal(path: Path) -> str:
    with pytest.raises(DataError) as raised:
        read_bytes(path)
    (problem,) = raised.value.problems
    return str(problem)


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "actuals.toml"
    os.mkfifo(fifo)
    assert refusal(fifo) == f"{fifo}: is a FIFO (a named pipe), not a regular file"


def test_a_device_is_refused() -> None:
    assert refusal(Path("/dev/zero")) == "/dev/zero: is a character device, not a regular file"


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "targets.toml"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert refusal(path) == f"{path}: is a socket, not a regular file"


def test_a_folder_and_a_missing_file_are_named(tmp_path: Path) -> None:
    assert refusal(tmp_path) == f"{tmp_path}: is a folder, not a file"
    assert refusal(tmp_path / "nope.toml") == f"{tmp_path / 'nope.toml'}: no such file"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc here")
def test_a_file_whose_size_the_system_does_not_know_is_read_whole() -> None:
    """Files in /proc say they are empty and are not."""
    assert os.stat("/proc/self/status").st_size == 0
    assert b"Name:" in read_bytes(Path("/proc/self/status"))


@pytest.mark.parametrize(
    ("setting", "limit"),
    [
        (None, DEFAULT_MAX_FILE_SIZE),
        ("", DEFAULT_MAX_FILE_SIZE),
        ("1000", 1000),
        ("2K", 2048),
        ("512M", 512 * 2**20),
        ("2g", 2 * 2**30),
        ("1GiB", 2**30),
    ],
)
def test_the_size_limit_is_set_by_tzgoals_max_file_size(
    monkeypatch: pytest.MonkeyPatch, setting: str | None, limit: int
) -> None:
    if setting is None:
        monkeypatch.delenv("TZGOALS_MAX_FILE_SIZE", raising=False)
    else:
        monkeypatch.setenv("TZGOALS_MAX_FILE_SIZE", setting)
    assert max_file_size() == limit


@pytest.mark.parametrize("setting", ["abc", "0", "-5", "1.5G", "5T"])
def test_a_bad_size_limit_is_named(monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    monkeypatch.setenv("TZGOALS_MAX_FILE_SIZE", setting)
    with pytest.raises(DataError) as raised:
        max_file_size()
    assert str(raised.value).startswith("TZGOALS_MAX_FILE_SIZE: must be a size in bytes")


def test_a_file_over_the_limit_is_refused_and_a_raised_limit_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    size = (VALID / "targets.toml").stat().st_size
    monkeypatch.setenv("TZGOALS_MAX_FILE_SIZE", str(size - 1))
    paths = DataPaths(VALID / "targets.toml", VALID / "actuals.toml")
    (problem,) = check_dataset(paths)
    assert problem.message == (
        f"is {size:,} bytes, more than the {size - 1:,} bytes tzgoals reads; if it really is a "
        "dataset, raise the limit with TZGOALS_MAX_FILE_SIZE (e.g. TZGOALS_MAX_FILE_SIZE=2G)"
    )
    monkeypatch.setenv("TZGOALS_MAX_FILE_SIZE", str(size))
    assert check_dataset(paths) == []


@pytest.mark.parametrize(
    ("encoding", "message"),
    [
        ("punycode", "the file is not valid punycode text; check --encoding"),
        ("idna", "the file is not valid idna text; check --encoding"),
        ("undefined", "the file is not valid undefined text; check --encoding"),
        ("rot13", "'rot13' is not a text encoding; name the one the file was saved in"),
        ("base64", "'base64' is not a text encoding"),
        ("klingon", "unknown encoding 'klingon'"),
    ],
)
def test_a_codec_that_cannot_read_the_file_is_named(
    tmp_path: Path, encoding: str, message: str
) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes("indicator,year\ngdp-growth,2023\n地区,1\n".encode())
    with pytest.raises(DataError) as raised:
        read_text(path, encoding)
    assert message in str(raised.value)


@pytest.mark.parametrize("which", ["targets", "actuals"])
def test_a_fifo_as_a_data_file_is_exit_2_not_a_hang(tmp_path: Path, which: str) -> None:
    """Nothing ever writes to it: a reader that waited would wait for ever (the timeout is a
    guard against that hang, not a measure of speed)."""
    for name in ("targets", "actuals"):
        if name != which:
            (tmp_path / f"{name}.toml").write_bytes((VALID / f"{name}.toml").read_bytes())
    os.mkfifo(tmp_path / f"{which}.toml")
    result = subprocess.run(
        [*TZGOALS, "status", "--data", str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert f"{which}.toml: is a FIFO (a named pipe), not a regular file" in result.stderr


def test_a_fifo_to_import_is_exit_2_not_a_hang(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("targets.toml", "actuals.toml"):
        (data / name).write_bytes((VALID / name).read_bytes())
    fifo = tmp_path / "rows.csv"
    os.mkfifo(fifo)
    result = subprocess.run(
        [*TZGOALS, "import", str(fifo), "--into", "actuals", "--data", str(data)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert f"{fifo}: is a FIFO (a named pipe), not a regular file" in result.stderr


def test_a_device_as_targets_is_exit_2_at_once() -> None:
    """--targets /dev/zero read until memory ran out."""
    result = subprocess.run(
        [*TZGOALS, "check", "--targets", "/dev/zero", "--actuals", str(VALID / "actuals.toml")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "/dev/zero: is a character device, not a regular file" in result.stdout
