"""Two families of hostile input, table-driven through the command line.

Terminal injection: each kind of control sequence (ESC/CSI, OSC title and clipboard, C1 CSI,
bidirectional override and isolate, DEL, bytes that were not UTF-8) in each place a person's
output repeats (names, notes, quotes, ids, paths), through every command that writes for
people, and the JSON that `check` and `summary` write: none reaches the output raw.

CLI options: bad option values, unknown options holding control characters, undecodable
bytes in arguments, an output that cannot be written, an environment that names an impossible
folder: each a clear message on stderr and exit 2, never a traceback and never a raw byte.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app, report
from tzgoals.files.load import inspect_dataset
from tzgoals.files.paths import DataPaths, find_dataset
from tzgoals.models import Dataset, Entry
from tzgoals.render.safe import UNSAFE

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "200"})
VALID = Path(__file__).parent / "bad" / "_valid"
TZGOALS = [sys.executable, "-m", "tzgoals"]

PAYLOADS = {
    "csi": "\x1b[2J",
    "osc-title": "\x1b]0;PWNED\x07",
    "osc-clipboard": "\x1b]52;c;aGk=\x1b\\",
    "c1-csi": "\x9b31m",
    "c1-osc": "\x9d0;PWNED\x9c",
    "rlo": "\u202e",
    "lri": "\u2066",
    "del": "\x7f",
}
HUMAN_COMMANDS = [
    ["status"],
    ["status", "--lang", "zh"],
    ["status", "--format", "markdown"],
    ["status", "--ids"],
    ["summary"],
    ["summary", "--format", "markdown"],
    ["diff"],
    ["show", "2024-gdp-growth"],
]
#: Each place, and the keys that hold it (an id with every reference to it, so that the
#: planted dataset still holds together).
PLACES = {
    "name": ("name", "name_en", "title", "title_en"),
    "note": ("note",),
    "quote": ("quote",),
    "id": ("id", "indicator", "area", "part_of"),
}


def _no_control_character(output: str) -> None:
    assert not UNSAFE.search(output), repr(UNSAFE.findall(output))


def _planted(entry: Entry, place: str, payload: str) -> Entry:
    """The entry with `payload` inside the text of `place` (an id keeps its start, so that
    `show 2024-gdp-growth…` still finds a goal by prefix or says it has none)."""
    keys = PLACES[place]
    texts = {k: f"{v}{payload}" for k, v in entry if k in keys and type(v) is str and v}
    return entry.model_copy(update=texts)


@pytest.fixture(params=sorted(PAYLOADS))
def payload(request: pytest.FixtureRequest) -> str:
    return PAYLOADS[str(request.param)]


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("command", HUMAN_COMMANDS, ids=" ".join)
def test_terminal_injection_in_the_data(
    monkeypatch: pytest.MonkeyPatch, payload: str, place: str, command: list[str]
) -> None:
    """The data served as if it had loaded (`check` refuses such files): the terminal's own
    line of defence, for each payload in each place, through each command."""
    inspection = inspect_dataset(DataPaths(VALID / "targets.toml", VALID / "actuals.toml"))
    targets, actuals = inspection.targets_file, inspection.actuals_file
    assert targets is not None and actuals is not None
    sections = ("sources", "areas", "indicators", "targets")
    planted = Dataset.from_files(
        targets.model_copy(
            update={s: [_planted(e, place, payload) for e in getattr(targets, s)] for s in sections}
        ),
        actuals.model_copy(
            update={"actuals": [_planted(a, place, payload) for a in actuals.actuals]}
        ),
    )
    monkeypatch.setattr(report, "read", lambda *args: (planted, find_dataset(VALID)))
    # Served in place of the files: no output the files' own run kept may answer for it.
    monkeypatch.setenv("TZGOALS_NO_CACHE", "1")
    result = runner.invoke(app, command)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    _no_control_character(result.stdout + result.stderr)


@pytest.fixture
def hostile_folder(tmp_path: Path, payload: str) -> Path:
    """The small valid dataset in a folder whose name holds the payload."""
    return Path(shutil.copytree(VALID, tmp_path / f"data{payload}"))


@pytest.mark.parametrize(
    "command", [*HUMAN_COMMANDS, ["check"], ["check", "--format", "json"]], ids=" ".join
)
def test_terminal_injection_in_a_path(hostile_folder: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--data", str(hostile_folder)])
    assert result.exit_code in (0, 1), result.output
    _no_control_character(result.stdout + result.stderr)


@pytest.mark.parametrize("command", [["check"], ["summary"]])
def test_json_with_a_hostile_path_is_valid_and_exact(
    hostile_folder: Path, command: list[str]
) -> None:
    """JSON escapes what it holds as \\uXXXX: a program reads back the very path."""
    result = runner.invoke(app, [*command, "--format", "json", "--data", str(hostile_folder)])
    assert result.exit_code in (0, 1), result.output
    _no_control_character(result.stdout.replace("\n", ""))
    assert json.loads(result.stdout)["dataset"]["targets"] == str(hostile_folder / "targets.toml")


def test_the_closest_passage_in_json_holds_no_control_character(tmp_path: Path) -> None:
    """A quote missing from its text, whose closest passage holds C1 and bidi characters."""
    folder = Path(shutil.copytree(VALID, tmp_path / "data"))
    for text in (folder / "sources").iterdir():
        original = text.read_text(encoding="utf-8")
        text.write_text(original.replace("增长", "增\x9b\u202e长"), encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "json", "--data", str(folder)])
    assert "closest passage" in result.stdout
    _no_control_character(result.stdout.replace("\n", ""))
    assert "\\u009b" in result.stdout and "\\u202e" in result.stdout
    json.loads(result.stdout)


# ---------------------------------------------------------------- CLI options


@pytest.mark.parametrize(
    "args",
    [
        ["status", f"--x{PAYLOADS['rlo']}"],
        ["status", f"--x{PAYLOADS['lri']}"],
        ["status", f"--x{PAYLOADS['c1-csi']}"],
        [f"--{PAYLOADS['osc-title']}"],
        ["status", "--year", f"2023{PAYLOADS['rlo']}"],
        ["status", "--format", f"js{PAYLOADS['lri']}on"],
        ["status", "--status", f"met{PAYLOADS['csi']}"],
        ["status", "--lang", f"zh{PAYLOADS['del']}"],
        ["status", "--area", f"1{PAYLOADS['osc-clipboard']}"],
        ["show", f"gdp{PAYLOADS['c1-osc']}"],
        ["diff", f"2023{PAYLOADS['rlo']}", "2024"],
        ["status", "--area", "\udcff"],
        ["record", "gdp-growth", "1", "--year", "2024", "--source", "\udc9b", "--quote", "x"],
    ],
    ids=repr,
)
def test_bad_options_are_exit_2_with_nothing_raw(args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--data", str(VALID)] if args[0] != "--" else args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    _no_control_character(result.stdout + result.stderr)


def _run(args: list[bytes], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.pop("TZGOALS_DEBUG", None)
    env.update(kwargs.pop("env", {}))  # type: ignore[arg-type]
    return subprocess.run(
        [os.fsencode(part) for part in TZGOALS] + args,
        capture_output="stdout" not in kwargs,
        env=env,
        timeout=120,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


@pytest.mark.parametrize(
    "args",
    [
        [b"status", b"--area", b"\xff"],
        [b"status", b"--area", b"1\x9b31m"],
        [b"status", b"--targets", b"a\xff.toml", b"--actuals", b"b.toml"],
        [b"status", b"--data", b"\xff\xfe"],
        [
            b"record",
            b"gdp-growth",
            b"1",
            b"--year",
            b"2024",
            b"--source",
            b"\x9b",
            b"--quote",
            b"x",
        ],
        [b"show", b"\xc3"],
        [b"status", b"--\xff"],
    ],
    ids=repr,
)
def test_undecodable_bytes_in_arguments_are_exit_2_and_never_echoed(args: list[bytes]) -> None:
    result = _run(args)
    assert result.returncode == 2, result.stderr
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr
    assert result.stdout == b""
    for raw in (b"\xff", b"\x9b", b"\xc3\n", b"\xc2\x9b", b"\x1b"):
        assert raw not in result.stderr
    assert b"not utf-8 text" in result.stderr.lower()


def test_help_to_a_full_device_is_a_message_and_exit_2() -> None:
    with open(os.devnull if not Path("/dev/full").exists() else "/dev/full", "wb") as full:
        result = _run([b"--help"], stdout=full, stderr=subprocess.PIPE)
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    assert result.returncode == 2
    assert b"cannot write the output: No space left on device" in result.stderr
    assert b"internal error" not in result.stderr and b"Traceback" not in result.stderr


def test_a_data_folder_longer_than_a_file_name_may_be_is_exit_2() -> None:
    result = _run([b"status"], env={"TZGOALS_DATA": "a" * 300})
    assert result.returncode == 2
    assert b"TZGOALS_DATA is set to" in result.stderr
    assert b"File name too long" in result.stderr
    assert b"internal error" not in result.stderr
    long_folder = runner.invoke(app, ["status", "--data", "a" * 300])
    assert long_folder.exit_code == 2
    assert long_folder.exception is None or isinstance(long_folder.exception, SystemExit)
