"""How a command's whole output is kept and written again (see `cli/output_cache.py`): its
key, the copy of each stream on the way out, the entry's layout, and the replay.

Nothing here is imported for a terminal's table or without a cache.
"""

import contextlib
import io
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, TextIO

import typer

from tzgoals.cli.output import terminal_width_of_stderr, writing_stdout

if TYPE_CHECKING:
    from tzgoals.files.cache_store import CacheStore, Remembered
    from tzgoals.files.paths import Found

#: The environment variables besides every TZGOALS_* one that can change what is written.
_OUTPUT_VARIABLES = (
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_CTYPE",
    "LC_MESSAGES",
    "COLUMNS",
    "LINES",
    "SOURCE_DATE_EPOCH",
    "PYTHONIOENCODING",
    "PYTHONUTF8",
    "TERM",
    "NO_COLOR",
)
_STDOUT, _STDERR = "stdout", "stderr"
#: The exit codes of a command that ended normally: done, or `--fail-on` matched.
_KEPT_CODES = (0, 1)


def answer_or_keep(
    store: "CacheStore", name: str, options: dict[str, Any], run: Callable[[], None]
) -> None:
    """Write the kept output of this command, options, environment and files, and exit with
    its code; else run it, and keep what it writes."""
    plan = _plan(store, name, options)
    if plan is None:
        run()
        return
    stored = store.get(plan.key(plan.hashes)) if all(plan.hashes) else None
    replay = _decoded(stored) if stored is not None else None
    if replay is not None:
        _replay(replay)
        raise typer.Exit(replay.exit_code)
    _run_and_keep(plan, run)


class _Plan(NamedTuple):
    store: "CacheStore"
    #: What the key is made of besides the files' hashes.
    parts: tuple[str, ...]
    paths: tuple[Path, ...]
    #: Each file's signature before the run, to be found again after it.
    signatures: tuple[str, ...]
    #: Each file's hash as remembered before the run; empty when it was not.
    hashes: tuple[str, ...]

    def key(self, hashes: tuple[str, ...]) -> str:
        return self.store.key("output", *self.parts, *hashes)


def _plan(store: "CacheStore", name: str, options: dict[str, Any]) -> _Plan | None:
    """What this run's output is keyed by, or None when there is no dataset to name, an
    option no key can be made of, or a stream that is not bytes underneath."""
    from tzgoals.files.paths import PathChoiceError, find_dataset

    if not hasattr(sys.stdout, "buffer") or not hasattr(sys.stderr, "buffer"):
        return None
    try:
        named = (options.get(name) for name in ("data_dir", "targets", "actuals"))
        found = find_dataset(*named)
        paths = (found.paths.targets, found.paths.actuals)
        remembered = [store.remembered(path) for path in paths]
        parts = [name, _options_text(options), _surroundings(), _found_text(found)]
    except (PathChoiceError, OSError, RuntimeError, TypeError):
        return None
    signatures = tuple(known.signature for known in remembered)
    hashes = tuple(known.sha256 or "" for known in remembered)
    return _Plan(store, tuple(parts), paths, signatures, hashes)


def _normal(value: Any) -> Any:
    """An option's value as JSON: a path as typed and resolved, a choice as its word."""
    if isinstance(value, Path):
        return [str(value), str(value.resolve())]
    if isinstance(value, Enum):
        return [type(value).__name__, value.value]
    if isinstance(value, list | tuple):
        return [_normal(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"no key for {type(value).__name__}")


def _options_text(options: dict[str, Any]) -> str:
    import json

    return json.dumps({name: _normal(value) for name, value in options.items()}, sort_keys=True)


def _surroundings() -> str:
    """What besides the options changes the bytes written: the environment's variables, the
    streams' encodings, whether each is a terminal, and the width of stderr's terminal."""
    import json

    variables = {
        name: value
        for name, value in os.environ.items()
        if name in _OUTPUT_VARIABLES or name.startswith("TZGOALS_")
    }
    streams = [
        [getattr(stream, "encoding", None), getattr(stream, "errors", None), stream.isatty()]
        for stream in (sys.stdout, sys.stderr)
    ]
    facts = {"env": variables, "streams": streams, "width": terminal_width_of_stderr()}
    return json.dumps(facts, sort_keys=True)


def _found_text(found: "Found") -> str:
    """Which dataset, as a command names it (its paths as found, in a JSON document) and as
    files (resolved)."""
    paths = (found.paths.targets, found.paths.actuals)
    return "\0".join([found.rung, *map(str, paths), *(str(p.resolve()) for p in paths)])


class _Replay(NamedTuple):
    exit_code: int
    parts: list[tuple[str, bytes]]


def _decoded(payload: bytes) -> _Replay | None:
    """The output an entry holds, or None when it is not one (a miss)."""
    import json

    end = payload.find(b"\n")
    try:
        header = json.loads(payload[:end]) if end >= 0 else None
        exit_code, lengths = header["exit"], header["parts"]  # type: ignore[index]
        if type(exit_code) is not int or exit_code not in _KEPT_CODES or type(lengths) is not list:
            return None
        parts, start = [], end + 1
        for stream, length in lengths:
            if stream not in (_STDOUT, _STDERR) or type(length) is not int or length < 0:
                return None
            parts.append((stream, payload[start : start + length]))
            start += length
    except (ValueError, TypeError, KeyError):
        return None
    return _Replay(exit_code, parts) if start == len(payload) else None


def _encoded(exit_code: int, parts: list[tuple[str, bytearray]]) -> list[bytes | bytearray]:
    """The entry's bytes in parts, for the cache to write one after another: a CSV of a
    hundred thousand goals is not copied once more to be joined."""
    import json

    header = {"exit": exit_code, "parts": [[stream, len(data)] for stream, data in parts]}
    return [json.dumps(header).encode() + b"\n", *(data for _, data in parts)]


def _replay(replay: _Replay) -> None:
    """The bytes written again, each to its stream, in the order they were first written."""
    with writing_stdout():
        for stream_name, data in replay.parts:
            stream = sys.stdout if stream_name == _STDOUT else sys.stderr
            stream.flush()
            stream.buffer.write(data)
            stream.buffer.flush()


class _Recording:
    """The parts written so far; spoilt (and let go) when a write failed or it grew too large."""

    def __init__(self, limit: int) -> None:
        self.parts: list[tuple[str, bytearray]] = []
        self.size = 0
        self.limit = limit
        self.spoilt = False

    def add(self, stream: str, data: bytes) -> None:
        if self.spoilt:
            return
        self.size += len(data)
        if self.size > self.limit:
            self.spoil()
        elif self.parts and self.parts[-1][0] == stream:
            self.parts[-1][1].extend(data)
        else:
            self.parts.append((stream, bytearray(data)))

    def spoil(self) -> None:
        self.spoilt = True
        self.parts = []


class _Tee(io.BufferedIOBase):
    """A stream's bytes sent on to it as they come, and copied into the recording."""

    def __init__(self, target: BinaryIO, recording: _Recording, name: str) -> None:
        super().__init__()
        self._target = target
        self._recording = recording
        self._name = name

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        try:
            self._target.write(data)
        except OSError:
            self._recording.spoil()
            raise
        self._recording.add(self._name, bytes(data))
        return len(data)

    def flush(self) -> None:
        try:
            self._target.flush()
        except OSError:
            self._recording.spoil()
            raise

    def fileno(self) -> int:
        return self._target.fileno()

    def isatty(self) -> bool:
        return self._target.isatty()

    def close(self) -> None:
        """The stream it copies stays open: it is the process's, not this copy's."""


def _teed(stream: TextIO, recording: _Recording, name: str) -> io.TextIOWrapper:
    """A text stream like `stream` (its encoding, errors and line buffering) whose bytes go
    to it at once and into the recording."""
    tee = _Tee(stream.buffer, recording, name)
    return io.TextIOWrapper(
        tee,  # type: ignore[arg-type]
        encoding=stream.encoding,
        errors=stream.errors,
        line_buffering=bool(stream.line_buffering),
        write_through=True,
    )


def _run_and_keep(plan: _Plan, run: Callable[[], None]) -> None:
    """Run the command with its output copied on the way, and keep what it wrote when it ended
    normally and every byte reached its reader."""
    recording = _Recording(max(plan.store.limit // 4, 0))
    saved = sys.stdout, sys.stderr
    for stream in saved:
        with contextlib.suppress(OSError, ValueError):
            stream.flush()  # what was written before goes out before what is copied
    teed = _teed(sys.stdout, recording, _STDOUT), _teed(sys.stderr, recording, _STDERR)
    sys.stdout, sys.stderr = teed
    exit_code: int | None = None
    try:
        run()
        exit_code = 0
    except typer.Exit as ended:
        exit_code = ended.exit_code
        raise
    finally:
        sys.stdout, sys.stderr = saved
        for stream in teed:
            _let_go(stream, recording)
        if exit_code is not None and exit_code in _KEPT_CODES and not recording.spoilt:
            _keep(plan, exit_code, recording)


def _let_go(stream: io.TextIOWrapper, recording: _Recording) -> None:
    """The copy flushed and taken off the process's stream, which stays open; a failure to
    write the last bytes spoils the recording, and is the command's own to report."""
    try:
        stream.flush()
        stream.detach()
    except (OSError, ValueError):
        recording.spoil()


def _keep(plan: _Plan, exit_code: int, recording: _Recording) -> None:
    """Store the output under the files' hashes, when both files are as they were before the
    run and the cache remembers each one's hash (the hash of the bytes that were read)."""
    try:
        now = [plan.store.remembered(path) for path in plan.paths]
    except OSError:
        return
    if not _unchanged(plan.signatures, now):
        return
    hashes = tuple(known.sha256 or "" for known in now)
    plan.store.put(plan.key(hashes), _encoded(exit_code, recording.parts))


def _unchanged(before: tuple[str, ...], now: "list[Remembered]") -> bool:
    return all(k.sha256 and k.signature == s for s, k in zip(before, now, strict=True))
