"""Tables from CSV (and JSON): `import` reads rows back into validated entries; `export`,
which writes them (`render/export.py`), reads no file and lives with the other renderers.

An export read back by an import gives the same entries: figures are written as the data gives
them (6.50 stays 6.50), and the spreadsheet guard is added on the way out and taken away on the
way in by the one pair of functions in `tzgoals.spreadsheet`. Import appends one section at a
time (`tzgoals.files.append`), in the order sources, areas, indicators, targets, actuals, since
each refers to those before it; the [dataset] table is not imported, `init` writes it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from pydantic import ValidationError

from tzgoals.files.append import NewEntry
from tzgoals.files.decode import max_file_size, read_text
from tzgoals.files.messages import entry_problems
from tzgoals.files.problems import DataError, Problem, problem
from tzgoals.models import SECTION_MODELS
from tzgoals.numbers import read_number
from tzgoals.problem_codes import ProblemCode
from tzgoals.spelling import closest
from tzgoals.spreadsheet import unguard_formula
from tzgoals.vocabulary import Section

_BOOLEAN_KEYS = frozenset({"estimate", "lower_bound", "approximate"})
_NUMBER_KEYS = frozenset({"value", "value_max", "tolerance"})
# ASCII digits only: \d, int() and Decimal() would also take ٢٠٢٣ and ２０２３, which the
# model then refuses as text with a message that says so.
_INTEGER = re.compile(r"[+-]?[0-9]+")
#: The keys that hold a whole number: a year, and the month a year-to-date figure runs to.
_WHOLE_NUMBER_KEYS = frozenset({"year", "through_month"})


def _typed(key: str, cell: object) -> object:
    """A CSV cell as the value the model expects; text that fits no type is left for the
    model to refuse with its own message (e.g. "6%" where a number belongs)."""
    if not isinstance(cell, str):
        return cell
    bare = cell.strip()
    if key in _WHOLE_NUMBER_KEYS:
        return int(bare) if _INTEGER.fullmatch(bare) else cell
    if (key in _BOOLEAN_KEYS or key in _NUMBER_KEYS) and bare.lower() in {"true", "false"}:
        return bare.lower() == "true"
    if key in _NUMBER_KEYS:
        number = read_number(bare)
        return cell if number is None else number
    return cell


def rows_to_entries(
    section: Section, rows: Iterable[tuple[int, Mapping[str, object]]], file: str
) -> list[NewEntry]:
    """Rows of a CSV (or JSON) file, each with its line, as validated entries of `section`.

    A cell that is empty (or only spaces) means the key is absent; `true`/`false` are
    booleans; numbers become Decimal, exactly as written. Raises `DataError` listing every
    bad row as FILE:LINE, and every unknown column, before anything could be written.
    """
    model = SECTION_MODELS[section]
    allowed = list(model.model_fields)
    problems: list[Problem] = []
    entries: list[NewEntry] = []
    unknown: dict[str, None] = {}
    for line, row in rows:
        fields = {}
        for key, cell in row.items():
            if key not in model.model_fields:
                unknown[str(key)] = None
            elif cell is not None and not (isinstance(cell, str) and not cell.strip()):
                fields[key] = _typed(key, cell)
        try:
            entries.append(NewEntry(model.model_validate(fields), file, line))
        except ValidationError as error:
            problems += entry_problems(section, error, file, line)
    for key in unknown:
        suggested = closest(key, allowed)
        unknown_column = problem(
            file,
            1,
            ProblemCode.CSV_UNKNOWN_COLUMN,
            column=key,
            section=str(section),
            allowed=", ".join(allowed),
            suggestion=suggested[0] if suggested else None,
        )
        problems.insert(0, unknown_column)
    if problems:
        raise DataError(problems)
    return entries


def _allow_cells_as_large_as_a_file() -> None:
    """Lift the csv module's cell limit (131,072 characters) to the size of file tzgoals reads,
    so that a long text an export wrote is imported back; C's long bounds it on Windows."""
    csv.field_size_limit(max(csv.field_size_limit(), min(max_file_size(), 2**31 - 1)))


def read_csv(path: Path, encoding: str | None = None) -> list[tuple[int, dict[str, str]]]:
    """A CSV file's rows as {column: cell}, each with the line it starts on, for import.

    UTF-8 with or without a byte-order mark (as spreadsheets save it); blank rows are skipped;
    a line break inside a cell, CRLF or LF, is read as a newline.
    Raises `DataError` for an unreadable file, a header with a blank or repeated column, a
    row with more cells than the header has columns, or a quote out of place (read strictly: a
    cell whose quote never closes would swallow the rows after it).
    """
    text = read_text(path, encoding)
    _allow_cells_as_large_as_a_file()
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[Problem] = []
    rows: list[tuple[int, dict[str, str]]] = []
    start = 1  # the line the row being read starts on
    try:
        header = next(reader, None)
        if header is None:
            raise DataError([problem(path, None, ProblemCode.CSV_EMPTY)])
        columns = [name.strip() for name in header]
        if not all(columns):
            problems.append(problem(path, 1, ProblemCode.CSV_BLANK_COLUMN))
        for name in sorted({n for n in columns if n and columns.count(n) > 1}):
            problems.append(problem(path, 1, ProblemCode.CSV_REPEATED_COLUMN, column=name))
        start = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                if len(cells) > len(columns):
                    code = ProblemCode.CSV_TOO_MANY_CELLS
                    problems.append(
                        problem(path, start, code, cells=len(cells), columns=len(columns))
                    )
                else:
                    # A line break in a cell is a newline, as in TOML: CRLF from Windows too.
                    unguarded = [unguard_formula(cell.replace("\r\n", "\n")) for cell in cells]
                    rows.append((start, dict(zip(columns, unguarded, strict=False))))
            start = reader.line_num + 1
    except csv.Error as error:
        problems.append(problem(path, start, ProblemCode.CSV_SYNTAX, detail=str(error)))
    if problems:
        raise DataError(problems)
    return rows
