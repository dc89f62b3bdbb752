"""TOML text into data: figures as Decimal, so that none is altered on the way in, and a
syntax error as a problem at the parser's own line and column, with a hint at its usual cause.
"""

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import tomli

from tzgoals.files.decode import read_text
from tzgoals.files.problems import DataError, Problem, problem
from tzgoals.files.toml_plain import read_plain_toml
from tzgoals.models import UnreadableNumber
from tzgoals.problem_codes import ProblemCode, params

#: The parser's message, by how it starts, and the hint (a part of the catalogue) it deserves.
_SYNTAX_HINTS = (
    ("Invalid value", "quotes"),
    ("Unterminated string", "unclosed"),
    ("Illegal character '\\n'", "unclosed"),
    ("Cannot overwrite a value", "key-twice"),
    ("Cannot declare", "table-twice"),
    ("Cannot mutate immutable namespace", "inline-array"),
    ("Expected newline or end of document", "percent"),
)


def _syntax_problem(path: Path, text: str, error: tomli.TOMLDecodeError) -> Problem:
    """The parser's own position and message, with a hint at the usual cause."""
    if error.pos >= len(text.rstrip("\n")):
        line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
        column, where = None, "end"
    else:
        line, column, where = error.lineno, error.colno, "column"
    hint = next((h for start, h in _SYNTAX_HINTS if error.msg.startswith(start)), None)
    values = params(where_kind=where, column=column, detail=error.msg, hint_kind=hint)
    return Problem(str(path), line, ProblemCode.TOML_SYNTAX, values, column)


def _decimal_or_unreadable(text: str) -> Decimal | UnreadableNumber:
    try:
        return Decimal(text)
    except InvalidOperation:
        return UnreadableNumber(text)


def read_toml(
    path: Path, may_be_empty: bool = False, text: str | None = None
) -> tuple[dict[str, Any], str]:
    """Parse one TOML file (its `text` when it has been read already); floats become Decimal
    so that no figure is altered on the way in. A file of plain lines is read by
    `read_plain_toml`, faster; tomli reads any other, and so gives every syntax error.

    An empty file is refused unless `may_be_empty`: an actuals file of a new dataset holds no
    results yet, but a targets file needs at least its [dataset]. A float no Decimal can hold
    (an exponent of 25 digits) is read as an `UnreadableNumber` in a second pass, which only
    such a file pays for, so that the model names its line.
    """
    text = read_text(path) if text is None else text
    # isspace, not strip: strip would copy a file of 100,000 goals to say no.
    if (not text or text.isspace()) and not may_be_empty:
        raise DataError([problem(path, None, ProblemCode.EMPTY_FILE)])
    plain = read_plain_toml(text)
    if plain is not None:
        return plain, text
    try:
        # tomli, compiled, reads the same grammar as the standard tomllib about 2.7 times as fast.
        try:
            return tomli.loads(text, parse_float=Decimal), text
        except InvalidOperation:
            return tomli.loads(text, parse_float=_decimal_or_unreadable), text
    except tomli.TOMLDecodeError as error:
        raise DataError([_syntax_problem(path, text, error)]) from None
    except RecursionError:
        raise DataError([problem(path, None, ProblemCode.NESTED_TOO_DEEPLY)]) from None
    except ValueError as error:
        # Python refuses integers of more than 4300 digits rather than parse them slowly.
        code = ProblemCode.UNREADABLE_NUMBER
        raise DataError([problem(path, None, code, detail=str(error))]) from None
