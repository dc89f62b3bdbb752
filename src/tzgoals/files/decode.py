"""Bytes to text: UTF-8 with or without a byte-order mark, and plain advice for anything else.

Chinese Windows editors save GBK/GB18030 and spreadsheets UTF-16; a user who hands us such a
file learns which it is and the one command that converts it. Only a regular file of a sane
size is read at all: a device (/dev/zero), a FIFO or a socket is refused at once, without
waiting for a writer that may never come.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from tzgoals.files.problems import DataError, Problem, problem
from tzgoals.problem_codes import ProblemCode

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# The patterns of this module serve only files with problems, so they are kept as text and
# compiled (and cached) by `re` on first use: compiling them all costs a valid dataset's start
# about 5 ms, mostly for the wide character ranges below.
_CJK = r"[\u3400-\u9fff]"
# What a Chinese document saved as GBK holds outside ASCII: Chinese characters and punctuation,
# quotation marks and dashes (“ ” — …), circled numbers (①), symbols such as ± × ≥ and ‰.
_GBK_TEXT = (
    r"[\u00a0-\u00ff\u2010-\u206f\u2100-\u22ff\u2460-\u24ff\u2500-\u25ff"
    r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
)
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"


def _looks_like_gb18030(raw: bytes) -> bool:
    """Chinese text saved by a GBK editor, not arbitrary bytes that happen to decode.

    GB18030 maps almost any byte sequence to some character, so decoding is not enough: the
    result must hold Chinese characters and no control characters, and everything outside
    ASCII must be Chinese text or its punctuation.
    """
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return False
    if re.search(_CONTROL, text) or not re.search(_CJK, text):
        return False
    gbk_text = re.compile(_GBK_TEXT)
    return all(ord(c) < 128 or gbk_text.match(c) for c in text)


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 text, with a byte-order mark accepted; anything else is refused with advice."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith(_UTF16_BOMS):
        code = ProblemCode.UTF16_TEXT
        raise DataError([problem(path, None, code, name=path.name, suffix=path.suffix)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        if _looks_like_gb18030(raw):
            csv = "yes" if path.suffix.lower() == ".csv" else None
            refused = problem(
                path, line, ProblemCode.GBK_TEXT, name=path.name, suffix=path.suffix, csv_kind=csv
            )
        elif b"\x00" in raw:
            refused = problem(path, line, ProblemCode.BINARY_DATA)
        else:
            refused = problem(path, line, ProblemCode.NOT_UTF8, byte=f"0x{raw[error.start]:02x}")
        raise DataError([refused]) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise DataError([problem(path, line, ProblemCode.NUL_BYTES)])
    return text


#: The largest file read unless TZGOALS_MAX_FILE_SIZE says otherwise: four times the targets
#: of 100,000 goals, far beyond any government's plan, and well short of what would exhaust
#: a laptop's memory (a file takes some ten times its size once read into models).
DEFAULT_MAX_FILE_SIZE = 256 * 2**20
MAX_FILE_SIZE_VARIABLE = "TZGOALS_MAX_FILE_SIZE"
_SIZE = r"\s*([0-9]+)\s*([kmg]?)i?b?\s*"
#: Each kind of file that is not a regular one, and its part of the catalogue.
_KINDS = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISCHR, "character-device"),
    (stat.S_ISBLK, "block-device"),
    (stat.S_ISSOCK, "socket"),
)


def max_file_size() -> int:
    """The size limit in bytes: TZGOALS_MAX_FILE_SIZE (a number, with K, M or G for binary
    kilo-, mega-, gigabytes: 512M, 2G) when set, else DEFAULT_MAX_FILE_SIZE."""
    setting = os.environ.get(MAX_FILE_SIZE_VARIABLE)
    if setting is None or not setting.strip():
        return DEFAULT_MAX_FILE_SIZE
    match = re.fullmatch(_SIZE, setting, re.IGNORECASE)
    if match is None or int(match.group(1)) == 0:
        code = ProblemCode.BAD_SIZE_LIMIT
        raise DataError([problem(MAX_FILE_SIZE_VARIABLE, None, code, setting=setting)])
    number: str = match.group(1)
    multiple: str = match.group(2).lower()
    return int(number) << (10 * " kmg".index(multiple or " "))


def _shown_size(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB" if size >= 2**20 else f"{size:,} bytes"


def not_regular(path: object, status: os.stat_result) -> Problem | None:
    """Why a file of this kind is not read (a folder, a FIFO, a device), or None when it is a
    regular file."""
    for is_kind, kind in _KINDS:
        if is_kind(status.st_mode):
            return problem(path, None, ProblemCode.NOT_A_REGULAR_FILE, what_kind=kind)
    if not stat.S_ISREG(status.st_mode):
        return problem(path, None, ProblemCode.NOT_A_REGULAR_FILE, what_kind="other")
    return None


def _too_large(path: Path, size: int, limit: int) -> DataError:
    return DataError(
        [
            problem(
                path,
                None,
                ProblemCode.FILE_TOO_LARGE,
                size=_shown_size(size),
                limit=_shown_size(limit),
                variable=MAX_FILE_SIZE_VARIABLE,
            )
        ]
    )


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes, up to the size limit, or `DataError` saying why not.

    The file is opened without blocking, so a FIFO put where a data file belongs is refused at
    once instead of waiting for a writer; the kind is checked again on the file opened, in
    case the name changed hands in between.
    """
    limit = max_file_size()
    try:
        refusal = not_regular(path, os.stat(path))
        if refusal:
            raise DataError([refusal])
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise DataError([problem(path, None, ProblemCode.NO_SUCH_FILE)]) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise DataError([problem(path, None, ProblemCode.CANNOT_READ, reason=reason)]) from None
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(descriptor)
        refusal = not_regular(path, status)
        if refusal:
            raise DataError([refusal])
        if status.st_size > limit:
            raise _too_large(path, status.st_size, limit)
        try:
            raw = stream.read(status.st_size + 1)
            if len(raw) > status.st_size:  # it grew, or its size is unknown (as in /proc)
                raw += stream.read(limit + 1 - len(raw))
        except OSError as error:
            reason = error.strerror or str(error)
            code = ProblemCode.CANNOT_READ
            raise DataError([problem(path, None, code, reason=reason)]) from None
    if len(raw) > limit:
        raise _too_large(path, len(raw), limit)
    return raw


def text_of(path: Path, raw: bytes) -> str:
    """A data file's bytes, already read, as its UTF-8 text (or `DataError`, as `read_text`)."""
    return _decode(path, raw)


def read_text(path: Path, encoding: str | None = None) -> str:
    """A data file's text, or `DataError` saying in plain words why it cannot be read.

    UTF-8 (with or without a byte-order mark) unless another `encoding` is named, such as
    gb18030 for a CSV saved by a spreadsheet on a Chinese Windows system.
    """
    raw = read_bytes(path)
    if encoding is None or encoding.lower().replace("_", "-") in {"utf-8", "utf8", "utf-8-sig"}:
        return _decode(path, raw)
    return _decode_as(path, raw, encoding)


def _decode_as(path: Path, raw: bytes, encoding: str) -> str:
    """Text in another encoding; a codec that is not one (rot13, base64) is named as such."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        code = ProblemCode.UNKNOWN_ENCODING
        raise DataError([problem(path, None, code, encoding=encoding)]) from None
    try:
        return raw.decode(encoding)
    except LookupError:
        code = ProblemCode.NOT_A_TEXT_ENCODING
        raise DataError([problem(path, None, code, encoding=encoding)]) from None
    except UnicodeError as error:  # UnicodeDecodeError, or punycode's and idna's own
        start = error.start if isinstance(error, UnicodeDecodeError) else None
        line = None if start is None else raw[:start].count(b"\n") + 1
        code = ProblemCode.NOT_IN_ENCODING
        raise DataError([problem(path, line, code, encoding=encoding)]) from None
