"""The cache folder: entries of bytes under a key, kept private, checked, bounded in size.

Nothing here can run code: an entry is bytes behind a header that gives their length and
SHA-256, and the caller reads them as JSON, which is data only. An entry that is missing, cut
short, altered, not owned by the user or writable by others is a miss, never an error; a folder
that cannot be made or written is no cache at all, silently. Every entry is written to a
temporary file in the folder and renamed into place, so that a command running at the same time
sees the old entry or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from tzgoals.files.decode import max_file_size, not_regular, read_bytes

#: What the header of every entry starts with; a new layout of the entries gets a new number.
_MAGIC = b"tzgoals-cache 1 "
_DATA_PREFIX = "data-"
_STAT_PREFIX = "stat-"
_TEMPORARY_PREFIX = ".tmp-"
#: The size the folder is kept under unless TZGOALS_CACHE_MAX_MB says otherwise.
DEFAULT_LIMIT = 2 * 1024**3
#: A file changed less than this long ago may change again within the same clock tick, unseen
#: by its modification time: its hash is not remembered against its size and time.
_RACY_SECONDS = 2.0


def tool_fingerprint() -> str:
    """What made an entry: the layout of entries, Python's and pydantic's versions, and the
    size and modification time of every file of tzgoals itself, so that a new version (or an
    edited checkout) misses every entry the old one wrote. Stating a hundred and thirty files
    is cheaper than asking the installed distribution its version."""
    import pydantic_core

    parts = [_MAGIC, sys.version.encode(), pydantic_core.__version__.encode()]
    _stat_package(Path(__file__).resolve().parents[1], parts)
    return hashlib.sha256(b"\n".join(parts)).hexdigest()


def _stat_package(folder: Path | str, parts: list[bytes]) -> None:
    with os.scandir(folder) as found:
        listed = sorted(found, key=lambda entry: entry.name)
    for entry in listed:
        if entry.name.endswith((".py", ".toml")):
            status = entry.stat()
            parts.append(b"%s %d %d" % (entry.name.encode(), status.st_size, status.st_mtime_ns))
        elif entry.name != "__pycache__" and entry.is_dir(follow_symlinks=False):
            _stat_package(entry.path, parts)


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/tzgoals`, else `~/.cache/tzgoals` (a relative XDG_CACHE_HOME is
    ignored, as the XDG specification says)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "tzgoals"


def cache_limit() -> int:
    """The most bytes the folder may hold: TZGOALS_CACHE_MAX_MB, else `DEFAULT_LIMIT`."""
    text = os.environ.get("TZGOALS_CACHE_MAX_MB", "").strip()
    try:
        return max(0, int(text)) * 1024**2 if text else DEFAULT_LIMIT
    except ValueError:
        return DEFAULT_LIMIT


def cache_disabled_by_environment() -> bool:
    return os.environ.get("TZGOALS_NO_CACHE", "").strip() not in ("", "0")


def _private_folder(folder: Path) -> bool:
    """Whether the folder is a real folder of this user's that no one else may write to,
    making it (private, 0700) when it is not there yet."""
    with contextlib.suppress(FileExistsError):
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.mkdir(mode=0o700)
    status = os.lstat(folder)
    mine = status.st_uid == os.geteuid()
    return stat.S_ISDIR(status.st_mode) and mine and not status.st_mode & 0o077


def _trusted(status: os.stat_result) -> bool:
    """An entry this user wrote, that no other user could have written or replaced."""
    return (
        stat.S_ISREG(status.st_mode)
        and status.st_uid == os.geteuid()
        and not status.st_mode & 0o022
    )


class Digest(NamedTuple):
    """A file's SHA-256, and its bytes when they had to be read to hash them."""

    sha256: str
    raw: bytes | None


class Remembered(NamedTuple):
    """A file's size, times, inode and device as one text, and its SHA-256 when the cache
    remembers it against them."""

    signature: str
    sha256: str | None


class CacheInfo(NamedTuple):
    folder: Path
    entries: int
    size: int
    limit: int
    usable: bool


class CacheStore(NamedTuple):
    """An open, usable cache folder."""

    folder: Path
    limit: int
    #: The `tool_fingerprint` every key of this command carries.
    tool: str = ""

    def _path(self, prefix: str, key: str) -> Path:
        return self.folder / f"{prefix}{hashlib.sha256(key.encode()).hexdigest()}"

    def key(self, *parts: str) -> str:
        """An entry's key: what it is made from, and the tool that made it."""
        return "\0".join((self.tool, *parts))

    def get(self, key: str) -> bytes | None:
        """The bytes stored under `key`, when an intact entry this user wrote holds them."""
        return self._read(self._path(_DATA_PREFIX, key))

    def put(self, key: str, payload: bytes | Iterable[bytes | bytearray]) -> None:
        """Store bytes under `key` (given at once, or in parts as they are made); any failure
        (a full disk) leaves the cache as it was."""
        parts = (payload,) if isinstance(payload, bytes) else payload
        self._write(self._path(_DATA_PREFIX, key), parts)
        self.prune()

    def _read(self, path: Path) -> bytes | None:
        try:
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            if not _trusted(os.fstat(descriptor)):
                return None
            with open(descriptor, "rb", closefd=False) as file:
                blob = file.read()
        except OSError:
            return None
        finally:
            os.close(descriptor)
        payload = _unwrapped(blob)
        if payload is not None:
            with contextlib.suppress(OSError):
                os.utime(path)  # used: the last to be removed when the folder is pruned
        return payload

    def _write(self, path: Path, parts: Iterable[bytes | bytearray]) -> None:
        """The parts written behind their header, which is written last, over a space of its
        own width left first: its length and hash are known once every part is written."""
        # Named by the process and the entry: no other command writes to it meanwhile, and a
        # name is cheaper to make than the random names of tempfile.
        temporary = self.folder / f"{_TEMPORARY_PREFIX}{os.getpid()}-{path.name[-24:]}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        written = False
        try:
            with open(os.open(temporary, flags, 0o600), "wb") as file:
                file.write(_header(0, ""))
                length, hashed = 0, hashlib.sha256()
                for part in parts:
                    file.write(part)
                    hashed.update(part)
                    length += len(part)
                file.seek(0)
                file.write(_header(length, hashed.hexdigest()))
            os.replace(temporary, path)
            written = True
        except OSError:
            pass
        finally:
            if not written:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)

    def digest(self, path: Path, remembered: bool = True) -> Digest:
        """The SHA-256 of a file's bytes: remembered against its size, times, inode and
        device, so that an unchanged file is not read and hashed again; else (or not
        `remembered`) read and hashed, and the bytes returned, for the caller to parse the very
        bytes it hashed. `DataError` or `OSError` when the file cannot be read."""
        status = os.stat(path)
        signature = _signature(status)
        known = self._remembered(path, status, signature) if remembered else None
        if known is not None:
            return Digest(known, None)
        raw = read_bytes(path)
        sha256 = hashlib.sha256(raw).hexdigest()
        if len(raw) == status.st_size and time.time_ns() - status.st_mtime_ns > _RACY_SECONDS * 1e9:
            record_bytes = f"{signature} {sha256}".encode()
            self._write(self._path(_STAT_PREFIX, str(path.resolve())), (record_bytes,))
        return Digest(sha256, raw)

    def remembered(self, path: Path) -> Remembered:
        """A file's signature, and its SHA-256 when it is remembered against that signature:
        what a command's whole output is keyed by, found without reading the file.
        `OSError` when the file cannot be stated."""
        status = os.stat(path)
        signature = _signature(status)
        return Remembered(signature, self._remembered(path, status, signature))

    def _remembered(self, path: Path, status: os.stat_result, signature: str) -> str | None:
        if not_regular(path, status) is not None or status.st_size > max_file_size():
            return None
        record = self._read(self._path(_STAT_PREFIX, str(path.resolve())))
        if record is not None and record[:-65] == signature.encode() and len(record) > 65:
            return record[-64:].decode("ascii", "replace")
        return None

    def entries(self) -> list[os.DirEntry[str]]:
        with os.scandir(self.folder) as found:
            return [e for e in found if e.name.startswith((_DATA_PREFIX, _STAT_PREFIX))]

    def prune(self) -> None:
        """Remove the entries used longest ago until the folder is within its limit."""
        try:
            listed = [(e, e.stat(follow_symlinks=False)) for e in self.entries()]
        except OSError:
            return
        total = sum(s.st_size for _, s in listed)
        for entry, status in sorted(listed, key=lambda pair: pair[1].st_mtime_ns):
            if total <= self.limit:
                break
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                total -= status.st_size

    def clear(self) -> int:
        """Remove every entry (and any temporary file left by a command that was stopped);
        how many entries there were."""
        removed = 0
        with os.scandir(self.folder) as found:
            for entry in found:
                name = entry.name
                if name.startswith((_DATA_PREFIX, _STAT_PREFIX, _TEMPORARY_PREFIX)):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed += not name.startswith(_TEMPORARY_PREFIX)
        return removed


def _signature(status: os.stat_result) -> str:
    """What changes when a file's bytes may have: size, modification and change times (a
    change time no program can set back), inode and device."""
    parts = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev)
    return " ".join(map(str, parts))


def _header(length: int, sha256: str) -> bytes:
    """An entry's header: the magic, the payload's length (as twenty digits, so that every
    header has the same width) and its SHA-256."""
    return b"%s%020d %s\n" % (_MAGIC, length, sha256.encode().ljust(64, b"0"))


def _unwrapped(blob: bytes) -> bytes | None:
    """The payload behind an entry's header, or None when the header is foreign or the payload
    is not the length and hash the header gives (cut short by a full disk, altered)."""
    if not blob.startswith(_MAGIC):
        return None
    end = blob.find(b"\n", len(_MAGIC))
    try:
        length_text, sha256 = blob[len(_MAGIC) : end].split(b" ")
        length = int(length_text)
    except ValueError:
        return None
    payload = blob[end + 1 :]
    if end < 0 or len(payload) != length or hashlib.sha256(payload).hexdigest().encode() != sha256:
        return None
    return payload


def open_cache(folder: Path | None = None) -> CacheStore | None:
    """The cache, or None when it is turned off (TZGOALS_NO_CACHE) or its folder cannot be
    made, is not private to this user, or cannot be written."""
    if cache_disabled_by_environment():
        return None
    folder = folder or cache_folder()
    try:
        if not _private_folder(folder) or not os.access(folder, os.W_OK | os.X_OK):
            return None
    except OSError:
        return None
    return CacheStore(folder, cache_limit(), tool_fingerprint())


def cache_info(folder: Path | None = None) -> CacheInfo:
    """Where the cache is, how many entries and bytes it holds, and its limit."""
    folder = folder or cache_folder()
    store = open_cache(folder) if not cache_disabled_by_environment() else None
    usable = store is not None
    entries, size = 0, 0
    with contextlib.suppress(OSError):
        listed = CacheStore(folder, 0).entries() if folder.is_dir() else []
        entries = len(listed)
        size = sum(e.stat(follow_symlinks=False).st_size for e in listed)
    return CacheInfo(folder, entries, size, cache_limit(), usable)


def clear_cache(folder: Path | None = None) -> int:
    """Remove every entry; how many there were (0 when there is no folder)."""
    folder = folder or cache_folder()
    if not folder.is_dir():
        return 0
    try:
        return CacheStore(folder, 0).clear()
    except OSError:
        return 0
