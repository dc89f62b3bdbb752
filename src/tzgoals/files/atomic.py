"""Replacing a file so that it is either wholly old or wholly new, never half written.

The new content goes to a temporary file in the same folder, is flushed to disk, checked, and
only then renamed over the original, keeping its permissions. A new file is created under its
name only if the name is still free.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from tzgoals.files.problems import Problem, WriteError, unchanged


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
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
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


def io_failure(path: Path, action: str, error: OSError) -> WriteError:
    reason = error.strerror or str(error)
    return WriteError([Problem(str(path), None, f"cannot {action}: {reason}"), unchanged(path)])


def _renamed(problems: list[Problem], temporary: Path, path: Path) -> list[Problem]:
    """Problems found in the temporary copy, reported against the file it stands for."""
    return [p._replace(file=str(path)) if p.file == str(temporary) else p for p in problems]


def _keep_owner_and_mode(temporary: Path, status: os.stat_result) -> None:
    os.chmod(temporary, stat.S_IMODE(status.st_mode))
    own = temporary.stat()
    if hasattr(os, "chown") and (own.st_uid, own.st_gid) != (status.st_uid, status.st_gid):
        with contextlib.suppress(OSError):
            os.chown(temporary, status.st_uid, status.st_gid)


def replace_checked(
    path: Path,
    original: bytes,
    content: bytes,
    check: Callable[[Path], list[Problem]],
) -> None:
    """Replace `path` (now `original`) by `content`, if `check` of the new file finds no error."""
    real = Path(os.path.realpath(path))  # replace a symlink's target, not the link
    try:
        status = real.stat()
        temporary = write_temporary(real.parent, real.name, [content])
    except OSError as error:
        raise io_failure(path, "write a temporary file beside it", error) from None
    try:
        errors = [p for p in check(temporary) if p.severity == "error"]
        if errors:
            raise WriteError(
                [
                    *_renamed(errors, temporary, path),
                    Problem(str(path), None, "the file would not be valid after this change"),
                    unchanged(path),
                ]
            )
        _keep_owner_and_mode(temporary, status)
        if real.read_bytes() != original:
            raise WriteError(
                [
                    Problem(
                        str(path), None, "another program changed the file meanwhile; try again"
                    ),
                    unchanged(path),
                ]
            )
        os.replace(temporary, real)
    except OSError as error:
        raise io_failure(path, "replace the file", error) from None
    finally:
        temporary.unlink(missing_ok=True)
    fsync_folder(real.parent)


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
