"""Replacing a file so that it is either wholly old or wholly new, never half written.

The new content goes to a temporary file in the same folder, is flushed to disk, checked, and
only then renamed over the original, keeping its permissions, owner and group. A new file is
created under its name only if the name is still free.

Writers serialise: a change to a file is made holding its lock (`writing`), an advisory lock
on an empty file beside it (`.actuals.toml.lock`), from the first read to the rename, so two
commands never both read the same old file. The lock file stays: removing it would let a
third writer lock a new one while the second still holds the old. A temporary file is made
only under the lock and removed before it is let go, so one found by the next holder of the
lock was left by a writer that was killed, and goes.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tzgoals.files.decode import not_regular, read_bytes
from tzgoals.files.problems import DataError, Problem, WriteError, problem, unchanged
from tzgoals.problem_codes import ProblemCode

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

#: How long a writer waits for another to finish, unless TZGOALS_LOCK_TIMEOUT (seconds) says.
DEFAULT_LOCK_TIMEOUT = 60.0
LOCK_TIMEOUT_VARIABLE = "TZGOALS_LOCK_TIMEOUT"
#: Temporary files are `.NAME.tzgoals-RANDOM.tmp`: a name no person gives a file.
TEMPORARY_MARK = ".tzgoals-"
TEMPORARY_SUFFIX = ".tmp"


def fsync_folder(folder: Path) -> None:
    """Make a rename itself durable; not every system can open a folder, hence best effort."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_temporary(folder: Path, name: str, chunks: Iterable[bytes]) -> Path:
    """A new file beside the target, flushed to disk, so that a rename makes it whole at once."""
    descriptor, temporary = tempfile.mkstemp(
        dir=folder, prefix=f".{name}{TEMPORARY_MARK}", suffix=TEMPORARY_SUFFIX
    )
    try:
        with os.fdopen(descriptor, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def io_failure(path: Path, action: str, error: OSError, **values: object) -> WriteError:
    """What could not be done (`action`, a part of the catalogue: "replace") and the system's
    reason, then that the file is unchanged."""
    reason = error.strerror or str(error)
    code = ProblemCode.CANNOT_WRITE
    refused = problem(path, None, code, action_kind=action, reason=reason, **values)
    return WriteError([refused, unchanged(path)])


def _renamed(problems: list[Problem], temporary: Path, path: Path) -> list[Problem]:
    """Problems found in the temporary copy, reported against the file it stands for."""
    return [p._replace(file=str(path)) if p.file == str(temporary) else p for p in problems]


def lock_timeout() -> float:
    """TZGOALS_LOCK_TIMEOUT in seconds when set, else DEFAULT_LOCK_TIMEOUT."""
    setting = os.environ.get(LOCK_TIMEOUT_VARIABLE, "").strip()
    if not setting:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(setting)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        code = ProblemCode.BAD_LOCK_TIMEOUT
        raise WriteError([problem(LOCK_TIMEOUT_VARIABLE, None, code, setting=setting)])
    return seconds


def lock_file(real: Path) -> Path:
    return real.parent / f".{real.name}.lock"


def _try_lock(descriptor: int) -> bool:
    """Take the lock if it is free; False when another process holds it."""
    try:
        if sys.platform == "win32":
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if isinstance(error, BlockingIOError) or error.errno in {errno.EACCES, errno.EDEADLK}:
            return False
        raise
    return True


def _acquire(path: Path, descriptor: int, lock: Path) -> None:
    timeout = lock_timeout()
    deadline = time.monotonic() + timeout
    while not _try_lock(descriptor):
        if time.monotonic() >= deadline:
            held = problem(
                path,
                None,
                ProblemCode.LOCK_HELD,
                seconds=f"{timeout:g}",
                lock=lock.name,
                variable=LOCK_TIMEOUT_VARIABLE,
            )
            raise WriteError([held, unchanged(path)])
        time.sleep(0.02)


def is_temporary(name: str) -> bool:
    """Whether a file name is one of our temporary files' (`.NAME.tzgoals-RANDOM.tmp`)."""
    return (
        name.startswith(".")
        and TEMPORARY_MARK in name[1:]
        and name.endswith(TEMPORARY_SUFFIX)
        and name.index(TEMPORARY_MARK, 1) + len(TEMPORARY_MARK) < len(name) - len(TEMPORARY_SUFFIX)
    )


def remove_stale_temporaries(folder: Path, name: str = "*") -> list[Path]:
    """Our temporary files for `name` (any name by default) in `folder`, which a writer killed
    before it could clean up left there: call it only holding the lock every writer of those
    files takes, so that none of them is still being written. The paths removed."""
    removed: list[Path] = []
    pattern = name if name == "*" else glob.escape(name)
    for stale in folder.glob(f".{pattern}{TEMPORARY_MARK}*{TEMPORARY_SUFFIX}"):
        if is_temporary(stale.name) and not stale.is_symlink() and stale.is_file():
            with contextlib.suppress(OSError):
                stale.unlink()
                removed.append(stale)
    return removed


@contextlib.contextmanager
def folder_locked(folder: Path) -> Iterator[bool]:
    """Hold an advisory lock on the folder itself, waiting as a file's writer waits; True
    while it is held, False where a folder cannot be locked (Windows, or a folder that cannot
    be opened), in which case nothing that relies on the lock should be done."""
    if sys.platform == "win32":
        yield False
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        yield False
        return
    try:
        _acquire(folder, descriptor, folder)
        yield True
    finally:
        os.close(descriptor)


def _refusal(path: Path, real: Path) -> Problem | None:
    """Why a file may not be replaced: not a regular file, read-only, or one of several names
    of the same file."""
    status = real.stat()
    kind = not_regular(path, status)
    if kind:
        return kind
    mode = stat.S_IMODE(status.st_mode)
    if not mode & 0o222 or not os.access(real, os.W_OK):
        whose = "read-only" if not mode & 0o222 else "not-yours"
        code = ProblemCode.NOT_WRITABLE
        return problem(path, None, code, whose_kind=whose, mode=f"{mode:04o}")
    if status.st_nlink > 1:
        return problem(path, None, ProblemCode.HARD_LINKS, links=status.st_nlink)
    return None


@contextlib.contextmanager
def writing(path: Path) -> Iterator[Path]:
    """Hold `path`'s lock for a read, check, write and rename, after refusing a file that may
    not be replaced; yields the file really written (a symlink's target, not the link).

    Waits for another writer up to `lock_timeout()`, then refuses with `WriteError`.
    """
    real = Path(os.path.realpath(path))
    lock = lock_file(real)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        refusal = _refusal(path, real)
        if refusal:
            raise WriteError([refusal, unchanged(path)])
        descriptor = os.open(lock, flags, 0o666)
    except FileNotFoundError:
        missing = problem(path, None, ProblemCode.NO_SUCH_FILE)
        raise WriteError([missing, unchanged(path)]) from None
    except OSError as error:
        raise io_failure(path, "lock", error, lock=lock.name) from None
    try:
        _acquire(path, descriptor, lock)
        remove_stale_temporaries(real.parent, real.name)
        yield real
    finally:
        os.close(descriptor)  # which lets the lock go


def _keep_owner_and_mode(path: Path, temporary: Path, status: os.stat_result) -> list[Problem]:
    """The original's mode, owner and group on the new file, or a warning for each that could
    not be kept: only root may give a file away, and only a member may give it a group."""
    os.chmod(temporary, stat.S_IMODE(status.st_mode))
    own = temporary.stat()
    if not hasattr(os, "chown") or (own.st_uid, own.st_gid) == (status.st_uid, status.st_gid):
        return []
    with contextlib.suppress(OSError):
        os.chown(temporary, status.st_uid, status.st_gid)
        return []
    with contextlib.suppress(OSError):
        os.chown(temporary, -1, status.st_gid)  # the group at least, when the owner cannot be
    now = temporary.stat()
    owner, group = status.st_uid != now.st_uid, status.st_gid != now.st_gid
    if not (owner or group):
        return []
    lost = "both" if owner and group else "owner" if owner else "group"
    return [
        problem(
            path,
            None,
            ProblemCode.OWNER_NOT_KEPT,
            lost_kind=lost,
            owner=status.st_uid,
            new_owner=now.st_uid,
            group=status.st_gid,
            new_group=now.st_gid,
        )
    ]


def replace_checked(
    path: Path,
    original: bytes,
    content: bytes,
    check: Callable[[Path], list[Problem]],
) -> list[Problem]:
    """Replace `path` (now `original`) by `content`, if `check` of the new file finds no error.

    Call it holding `writing(path)`. Returns warnings, such as an owner that could not be kept.
    """
    real = Path(os.path.realpath(path))  # replace a symlink's target, not the link
    try:
        status = real.stat()
        temporary = write_temporary(real.parent, real.name, [content])
    except OSError as error:
        raise io_failure(path, "temporary", error) from None
    try:
        errors = [p for p in check(temporary) if p.severity == "error"]
        if errors:
            raise WriteError(
                [
                    *_renamed(errors, temporary, path),
                    problem(path, None, ProblemCode.INVALID_AFTER_CHANGE),
                    unchanged(path),
                ]
            )
        warnings = _keep_owner_and_mode(path, temporary, status)
        try:
            current = read_bytes(real)
        except DataError as error:
            raise WriteError([*error.problems, unchanged(path)]) from None
        if current != original:
            raise WriteError(
                [
                    problem(path, None, ProblemCode.CHANGED_MEANWHILE),
                    unchanged(path),
                ]
            )
        os.replace(temporary, real)
    except OSError as error:
        raise io_failure(path, "replace", error) from None
    finally:
        temporary.unlink(missing_ok=True)
    fsync_folder(real.parent)
    return warnings


def give_usual_mode(path: Path) -> None:
    """The permissions an editor would give a new file (0666 less the umask), not mkstemp's
    0600, which would hide a dataset or a published page from the rest of a team."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def create_new(made: Path, final: Path) -> None:
    """Give a finished file its name, failing rather than overwriting if the name is taken.

    A hard link does that atomically; where the file system has none, check and rename.
    """
    give_usual_mode(made)
    try:
        os.link(made, final)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(final):
            raise FileExistsError(errno.EEXIST, "File exists", str(final)) from None
        os.replace(made, final)
