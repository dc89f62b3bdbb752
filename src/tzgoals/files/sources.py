"""The archived texts in a dataset's sources/ folder: read, hashed, and added.

`tzgoals.evidence` checks quotes against these texts; this module is the part that touches the
disk. A text is hashed over the bytes of its file, so that `sha256sum sources/FILE` gives the
same hash anyone can compare with the one a [[sources]] entry records.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shlex
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from tzgoals.evidence import ArchivedText, Unreadable
from tzgoals.files.atomic import create_new, io_failure, is_temporary, write_temporary
from tzgoals.files.decode import read_text
from tzgoals.files.problems import DataError, Problem, WriteError, problem
from tzgoals.problem_codes import Params, ProblemCode, params

# What a Chinese text read as GB18030 must hold, and must not, to be taken for one: GB18030
# maps almost any bytes to some character, so decoding alone proves nothing.
_CJK = re.compile(r"[\u3400-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def archived_path(folder: Path, file: str) -> Path | None:
    """Where a source's text lives, or None for a name that would lead outside sources/."""
    name = PurePosixPath(file.replace("\\", "/"))
    if name.is_absolute() or ".." in name.parts or not name.parts or ":" in file:
        return None
    return folder.joinpath(*name.parts)


#: Why a text is not read or written: a problem's code and parameters.
Refusal = tuple[ProblemCode, Params]


def folder_link(folder: Path) -> Refusal | None:
    """Why sources/ is not the dataset's own folder (it is a symbolic link), or None.

    A linked sources/ would let a dataset quote, show and write texts anywhere on the disk.
    """
    if not folder.is_symlink():
        return None
    return ProblemCode.SOURCES_FOLDER_LINK, params(folder=str(folder))


def outside_link(folder: Path, path: Path) -> Refusal | None:
    """Why a file of sources/ is not read or written there: sources/ is a link, or the file
    resolves (through a link, its own or a subfolder's) to a place outside sources/; None when
    it stays inside. An outside text must never pass as archived evidence, nor be shown."""
    linked = folder_link(folder)
    if linked:
        return linked
    inside = Path(os.path.realpath(folder))
    if not Path(os.path.realpath(path)).is_relative_to(inside):
        return ProblemCode.LINK_OUTSIDE, ()
    return None


def read_archived(folder: Path, file: str) -> ArchivedText | Unreadable | None:
    """One source's archived text and hash; None when there is no such file."""
    path = archived_path(folder, file)
    if path is None:
        return Unreadable.because(ProblemCode.NOT_A_SOURCE_NAME, params(name=file))
    try:
        if not path.exists():
            return None
        outside = outside_link(folder, path)
        if outside:
            return Unreadable.because(*outside)
        if not path.is_file():
            return Unreadable.because(ProblemCode.NOT_A_REGULAR_FILE, params(what_kind="text"))
    except OSError as error:  # a folder we may not look into: stat() itself is refused
        return Unreadable(error.strerror or str(error))
    try:
        text = read_text(path)
        raw = path.read_bytes()
    except DataError as error:
        first = error.problems[0]
        return Unreadable.because(first.code, first.params)
    except OSError as error:
        return Unreadable(error.strerror or str(error))
    return ArchivedText(text, sha256_of(raw))


def read_archive(folder: Path, files: Iterable[str]) -> dict[str, ArchivedText | Unreadable]:
    """The archived texts of these sources that are there (readable or not), by file name."""
    archive: dict[str, ArchivedText | Unreadable] = {}
    for file in dict.fromkeys(files):
        archived = read_archived(folder, file)
        if archived is not None:
            archive[file] = archived
    return archive


def _stray(folder: Path, path: Path) -> Problem:
    """A file in sources/ that no [[sources]] entry lists: a killed writer's temporary file,
    or a text nobody may quote until it is listed."""
    if is_temporary(path.name):
        return problem(path, None, ProblemCode.LEFTOVER_TEXT)
    file = path.relative_to(folder).as_posix()
    if path.parent == folder:
        command = f"tzgoals source add {shlex.quote(str(path))}"
        return problem(path, None, ProblemCode.UNLISTED_TEXT, how_kind="command", command=command)
    return problem(path, None, ProblemCode.UNLISTED_TEXT, how_kind="table", file=file)


def stray_files(folder: Path, listed: Iterable[str]) -> list[Problem]:
    """A warning for each file in sources/ that no [[sources]] entry lists (a person's hidden
    files, such as .DS_Store, aside): a text archived but never listed cannot be cited, and
    one a writer left when killed should go. None for a sources/ that is a link: that is an
    error of its own."""
    if not folder.is_dir() or folder_link(folder):
        return []
    names = {PurePosixPath(file.replace("\\", "/")).as_posix() for file in listed}
    try:
        files = sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    except OSError:
        return []
    linked = {os.path.realpath(folder / name) for name in names}  # a listed link's text
    return [
        _stray(folder, path)
        for path in files
        if path.relative_to(folder).as_posix() not in names
        and os.path.realpath(path) not in linked
        and (is_temporary(path.name) or not path.name.startswith("."))
    ]


class Document(NamedTuple):
    """A document's text to archive; `converted_from` names the encoding it was read in, when
    that was not UTF-8."""

    text: str
    converted_from: str | None = None


def read_document(path: Path) -> Document:
    """A document's text: UTF-8 (with or without a byte-order mark), or GB18030/GBK as a Chinese
    Windows editor saves it, converted. Anything else is refused with `DataError`."""
    try:
        return Document(read_text(path))
    except DataError as not_utf8:
        try:
            text = read_text(path, encoding="gb18030")
        except DataError:
            raise not_utf8 from None
        if _CONTROL.search(text) or not _CJK.search(text):
            raise not_utf8 from None
        return Document(text, "GB18030")


def write_archived(folder: Path, name: str, data: bytes) -> bool:
    """Put a text at sources/NAME, never over another: True when it was written, False when the
    very same bytes were there already. A different file under the name is a `WriteError`."""
    final = folder / name
    outside = outside_link(folder, final)
    if outside:
        shown = folder if folder_link(folder) else final
        code, values = outside
        raise WriteError([Problem(str(shown), None, code, values)])
    if final.exists():
        if final.is_file() and final.read_bytes() == data:
            return False
        raise WriteError([problem(final, None, ProblemCode.ARCHIVED_NAME_TAKEN)])
    created = not os.path.lexists(folder)
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            temporary = write_temporary(folder, name, [data])
        except OSError as error:
            raise io_failure(final, "archive", error) from None
        try:
            create_new(temporary, final)
        except FileExistsError:
            taken = problem(final, None, ProblemCode.ALREADY_EXISTS, consequence_kind="kept")
            raise WriteError([taken]) from None
        except OSError as error:
            raise io_failure(final, "archive", error) from None
        finally:
            temporary.unlink(missing_ok=True)
    except WriteError:
        if created:
            remove_if_empty(folder)
        raise
    return True


def remove_if_empty(folder: Path) -> None:
    """Take away a folder made for a write that failed, if nothing else was put there since."""
    with contextlib.suppress(OSError):
        folder.rmdir()
