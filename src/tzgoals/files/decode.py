"""Bytes to text: UTF-8 with or without a byte-order mark, and plain advice for anything else.

Chinese Windows editors save GBK/GB18030 and spreadsheets UTF-16; a user who hands us such a
file learns which it is and the one command that converts it.
"""

from __future__ import annotations

import re
from pathlib import Path

from tzgoals.files.problems import DataError, Problem

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
        raise DataError(
            [
                Problem(
                    str(path),
                    None,
                    "the file is UTF-16 text, but tzgoals reads UTF-8: re-save it as UTF-8, or "
                    f"convert it with `iconv -f utf-16 -t utf-8 {path.name} > fixed{path.suffix}`",
                )
            ]
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        if _looks_like_gb18030(raw):
            advice = (
                "it looks like GBK/GB18030, as saved by many Chinese Windows editors: convert "
                f"it with `iconv -f gb18030 -t utf-8 {path.name} > fixed{path.suffix}`, or "
                "re-save it as UTF-8"
            )
            if path.suffix.lower() == ".csv":
                advice += ", or import it as it is with `--encoding gb18030`"
        elif b"\x00" in raw:
            advice = "it holds binary data; is this the right file?"
        else:
            advice = f"byte 0x{raw[error.start]:02x} is not valid UTF-8; re-save the file as UTF-8"
        raise DataError(
            [Problem(str(path), line, f"the file is not UTF-8 text: {advice}")]
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise DataError(
            [
                Problem(
                    str(path), line, "the file holds binary data (NUL bytes); is it the right file?"
                )
            ]
        )
    return text


def read_text(path: Path, encoding: str | None = None) -> str:
    """A data file's text, or `DataError` saying in plain words why it cannot be read.

    UTF-8 (with or without a byte-order mark) unless another `encoding` is named, such as
    gb18030 for a CSV saved by a spreadsheet on a Chinese Windows system.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError([Problem(str(path), None, "no such file")]) from None
    except IsADirectoryError:
        raise DataError([Problem(str(path), None, "is a folder, not a file")]) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise DataError([Problem(str(path), None, f"cannot read the file: {reason}")]) from None
    if encoding is None or encoding.lower().replace("_", "-") in {"utf-8", "utf8", "utf-8-sig"}:
        return _decode(path, raw)
    try:
        return raw.decode(encoding)
    except LookupError:
        raise DataError([Problem(str(path), None, f"unknown encoding {encoding!r}")]) from None
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = f"the file is not valid {encoding} text; check --encoding"
        raise DataError([Problem(str(path), line, message)]) from None
