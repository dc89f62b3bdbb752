"""Reading a dataset from disk: every failure becomes a `Problem` naming the file and line.

Problems are collected, not raised one by one, so a user fixing a file sees all of them at once.
`inspect_dataset` does the reading and checking; `check_dataset` returns everything it found,
errors and warnings, and `load_dataset` raises `DataError` when any of it is an error, so the
two can never disagree about what is valid.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple

import tomli
from pydantic import BaseModel, ValidationError

from tzgoals.models import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    Actual,
    ActualsFile,
    Area,
    Dataset,
    DatasetInfo,
    Finding,
    Indicator,
    Source,
    Target,
    TargetsFile,
    check_actuals_file,
    check_links,
    check_targets_file,
)
from tzgoals.vocabulary import FORMULA_TRIGGERS

TARGETS_NAME = "targets.toml"
ACTUALS_NAME = "actuals.toml"
DATA_DIR_NAME = "data"

ENTRY_MODELS: dict[str, type[BaseModel]] = {
    "dataset": DatasetInfo,
    "sources": Source,
    "areas": Area,
    "indicators": Indicator,
    "targets": Target,
    "actuals": Actual,
}
FILE_MODELS: dict[str, type[BaseModel]] = {TARGETS_NAME: TargetsFile, ACTUALS_NAME: ActualsFile}

#: Why a key matters, added to "missing" and "empty" messages where the bare key says too little.
KEY_HINTS = {
    "quote": "copy the passage verbatim from the source document",
    "source": "the file name of the document, as listed under [[sources]]",
    "name": "the name as written in the source",
}


class Problem(NamedTuple):
    """A problem with a file, in the shape linters use: FILE:LINE: message."""

    file: str
    line: int | None
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"


class DataError(Exception):
    """The dataset cannot be used; `problems` says why, all at once."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class DataPaths(NamedTuple):
    targets: Path
    actuals: Path


def packaged_data_dir() -> Path:
    """The dataset shipped inside the wheel, used when the current folder has none.

    An editable install has no copy inside the package; it serves the checkout's data/.
    """
    shipped = Path(str(resources.files("tzgoals") / DATA_DIR_NAME))
    checkout = Path(__file__).resolve().parents[2] / DATA_DIR_NAME
    return shipped if shipped.is_dir() or not checkout.is_dir() else checkout


def resolve_paths(
    data_dir: Path | None = None,
    targets: Path | None = None,
    actuals: Path | None = None,
    cwd: Path | None = None,
) -> DataPaths:
    """Explicit files win, then --data, then ./data, then the shipped dataset."""
    if data_dir is None:
        local = (cwd or Path.cwd()) / DATA_DIR_NAME
        data_dir = local if (local / TARGETS_NAME).is_file() else packaged_data_dir()
    return DataPaths(
        targets=targets or data_dir / TARGETS_NAME,
        actuals=actuals or data_dir / ACTUALS_NAME,
    )


# ---------------------------------------------------------------- bytes to text

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


# ---------------------------------------------------------------- TOML

_TOML_POSITION = r"\s*\(at line (\d+), column (\d+)\)"
_TOML_AT_END = r"\s*\(at end of document\)"
_SYNTAX_HINTS = (
    ("Invalid value", 'is text missing its double quotes? write key = "text"'),
    ("Unterminated string", "a string is missing its closing quote"),
    ("Illegal character '\\n'", "a string is missing its closing quote"),
    ("Cannot overwrite a value", "a key is given twice in the same table"),
    ("Cannot declare", "a [table] header is given twice"),
    (
        "Cannot mutate immutable namespace",
        "an array written inline, as key = [...], cannot be continued with [[key]] tables",
    ),
    ("Expected newline or end of document", "is a value such as 6% missing its quotes?"),
)


def _syntax_problem(path: Path, text: str, error: tomli.TOMLDecodeError) -> Problem:
    message = str(error)
    position = re.search(_TOML_POSITION, message)
    line: int | None = None
    column = ""
    if position:
        line, column = int(position.group(1)), f", column {position.group(2)}"
    elif re.search(_TOML_AT_END, message):
        line = text.count("\n") + (0 if text.endswith("\n") else 1)
        column = ", at the end of the file"
    detail = re.sub(_TOML_AT_END, "", re.sub(_TOML_POSITION, "", message)).strip()
    hint = next((h for start, h in _SYNTAX_HINTS if detail.startswith(start)), "")
    return Problem(
        str(path), line, f"TOML syntax error{column}: {detail}" + (f" ({hint})" if hint else "")
    )


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse one TOML file; floats become Decimal so that no figure is altered on the way in."""
    text = read_text(path)
    if not text.strip():
        raise DataError([Problem(str(path), None, "the file is empty")])
    try:
        # tomli, compiled, reads the same grammar as the standard tomllib about 2.7 times as fast.
        return tomli.loads(text, parse_float=Decimal), text
    except tomli.TOMLDecodeError as error:
        raise DataError([_syntax_problem(path, text, error)]) from None
    except RecursionError:
        raise DataError(
            [Problem(str(path), None, "arrays or tables are nested too deeply to read")]
        ) from None
    except ValueError as error:
        # Python refuses integers of more than 4300 digits rather than parse them slowly.
        raise DataError([Problem(str(path), None, f"cannot read a number: {error}")]) from None


# ---------------------------------------------------------------- finding lines

_HEADER = r"[ \t]*(\[\[?)([\w\-\"'. \t]+)(\]\]?)[ \t]*(#.*)?"


def _code_lines(text: str) -> list[str | None]:
    """The file's lines, with those that begin inside a multi-line string replaced by None.

    A quote may hold a line such as `[[targets]]`; it must not be taken for a header.
    """
    split = [line.removesuffix("\r") for line in text.split("\n")]
    lines: list[str | None] = list(split)
    if '"""' not in text and "'''" not in text:
        return lines
    inside: str | None = None
    for number, line in enumerate(split):
        if inside is not None:
            lines[number] = None
        inside = _string_state(line, inside)
    return lines


def _string_state(line: str, inside: str | None) -> str | None:
    """Which multi-line string delimiter is still open at the end of `line`, if any."""
    i = 0
    while i < len(line):
        if inside is not None:
            if inside == '"""' and line[i] == "\\":
                i += 2
                continue
            if line.startswith(inside, i):
                inside, i = None, i + 3
                continue
            i += 1
            continue
        char = line[i]
        if char == "#":
            return None
        if line.startswith('"""', i) or line.startswith("'''", i):
            inside, i = line[i : i + 3], i + 3
            continue
        if char in "\"'":
            i += 1
            while i < len(line) and line[i] != char:
                i += 2 if char == '"' and line[i] == "\\" else 1
        i += 1
    return inside


def _unquote(name: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in name.split("."))


class _Locator:
    """Maps (section, entry index, key) to a line of one file, reading the text only once."""

    def __init__(self, text: str) -> None:
        self.lines = _code_lines(text)
        self.arrays: dict[str, list[int]] = {}
        self.tables: dict[str, int] = {}
        self.headers: list[int] = []
        self.top_keys: dict[str, int] = {}
        header_pattern = re.compile(_HEADER)
        for number, line in enumerate(self.lines, start=1):
            if line is None:
                continue
            header = header_pattern.fullmatch(line)
            if header and len(header.group(1)) == len(header.group(3)):
                name = _unquote(header.group(2))
                self.headers.append(number)
                if len(header.group(1)) == 2:
                    self.arrays.setdefault(name, []).append(number)
                else:
                    self.tables.setdefault(name, number)
            elif not self.headers:
                key = re.match(r"\s*([\w\-\"']+)\s*=", line)
                if key:
                    self.top_keys.setdefault(_unquote(key.group(1)), number)

    def line(self, section: str, index: int | None, key: str | None = None) -> int | None:
        """The key's line in that entry; else the entry's header; else where the section is."""
        start: int | None = None
        if index is not None:
            headers = self.arrays.get(section, [])
            start = headers[index] if 0 <= index < len(headers) else None
        else:
            start = self.tables.get(section)
        if start is None:
            return self.top_keys.get(section) or self.tables.get(section)
        if key is not None:
            return self._key_line(start, key) or start
        return start

    def _key_line(self, start: int, key: str) -> int | None:
        pattern = re.compile(r"\s*([\"']?)" + re.escape(key) + r"\1\s*=")
        for number in range(start + 1, len(self.lines) + 1):
            line = self.lines[number - 1]
            if line is None:
                continue
            if re.fullmatch(_HEADER, line):
                return None
            if pattern.match(line):
                return number
        return None


# ---------------------------------------------------------------- schema errors in our words


def _shown(value: object) -> str:
    """A short description of a value as the user wrote it in TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "...")
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, datetime | date | time):
        return f"the date/time {value.isoformat()}"
    try:
        text = str(value)
    except ValueError:
        return "a number with thousands of digits"
    return text if len(text) <= 40 else text[:37] + "..."


def _suggest(word: object, choices: Iterable[str]) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Where(NamedTuple):
    """Where a pydantic error points: a table or key of the file, an entry, a key in it."""

    section: str | None
    entry: int | None
    key: str | None

    @property
    def at_top(self) -> bool:
        """The error is about a whole table or top-level key, not about something inside it."""
        return self.entry is None and self.key is None

    @classmethod
    def of(cls, loc: tuple[int | str, ...]) -> _Where:
        section = str(loc[0]) if loc else None
        entry = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
        # The first name after the entry: ('actuals', 0, 'value', 'decimal') is about `value`.
        keys = [p for p in loc[2 if entry is not None else 1 :] if isinstance(p, str)]
        return cls(section, entry, keys[0] if keys else None)


def _table_name(section: str | None) -> str:
    return f"[{section}]" if section == "dataset" else f"[[{section}]]"


def _describe(error: Mapping[str, Any], where: _Where, file_model: type[BaseModel]) -> str:
    """A pydantic error in our words: which key, what was expected, what is allowed."""
    kind = str(error["type"])
    found = error.get("input")
    section, key = where.section, where.key
    named = f"{key}: " if key else ""
    hint = f": {KEY_HINTS[key]}" if key in KEY_HINTS else ""
    if kind == "extra_forbidden":
        if where.at_top:
            allowed = list(file_model.model_fields)
            holds = ", ".join(_table_name(name) for name in allowed)
            return (
                f"unknown table or key {section!r}; this file holds only {holds}"
                f"{_suggest(section, allowed)}"
            )
        model = ENTRY_MODELS.get(section or "")
        allowed = list(model.model_fields) if model else []
        return (
            f"unknown key {key!r} in {_table_name(section)}; allowed keys: {', '.join(allowed)}"
            f"{_suggest(key, allowed)}"
        )
    if kind == "missing":
        if where.at_top:
            return f"missing the {_table_name(section)} table (it needs at least `name`)"
        return f"missing key {key!r}{hint}"
    if kind == "enum":
        allowed = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        return (
            f"{named}unknown value {_shown(found)}; allowed values: {', '.join(allowed)}"
            f"{_suggest(found, allowed)}"
        )
    if kind in {"bool_type", "bool_parsing"}:
        return f"{named}expected true or false (without quotes), found {_shown(found)}"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"{named}expected a whole number such as 2023, found {_shown(found)}"
    if kind in {"greater_than_equal", "less_than_equal"} and key == "year":
        return (
            f"{named}{_shown(found)} is outside the years tzgoals accepts, "
            f"{EARLIEST_YEAR} to {LATEST_YEAR}; check it against the source"
        )
    if kind == "string_type":
        return f"{named}expected text in double quotes, found {_shown(found)}"
    if kind == "string_too_short":
        return f"{named}must not be empty{hint}"
    if kind in {"model_type", "dict_type", "model_attributes_type"} and key is None:
        if where.entry is None:
            return f"{_table_name(section)} must be a table, found {_shown(found)}"
        return f"entry {where.entry + 1} of {section} must be a table, found {_shown(found)}"
    if kind == "list_type" and where.at_top:
        return f"{section} must be an array of tables, written [[{section}]], found {_shown(found)}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{named}{message}"


def _validation_problems(
    file: str, error: ValidationError, locator: _Locator, file_model: type[BaseModel]
) -> list[Problem]:
    problems: dict[Problem, None] = {}
    for item in error.errors():
        where = _Where.of(item["loc"])
        line = locator.line(where.section, where.entry, where.key) if where.section else None
        problems[Problem(file, line, _describe(item, where, file_model))] = None
    return list(problems)


def entry_problems(
    section: str, error: ValidationError, file: str, line: int | None = None
) -> list[Problem]:
    """Describe one entry's validation errors, for an entry that is not in a TOML file yet.

    Used for a row of a CSV file (`line` is its line there) or a result given on the command
    line (no line).
    """
    problems: dict[Problem, None] = {}
    for item in error.errors():
        where = _Where.of((section, 0, *item["loc"]))
        problems[Problem(file, line, _describe(item, where, ENTRY_MODELS[section]))] = None
    return list(problems)


# ---------------------------------------------------------------- the dataset

_FIRST_AT_ENTRY = r"\(first at entry \d+\)"


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """One file as read: its model when valid, its problems, and its text when it has problems.

    A valid file's text is not kept (it is read again if a later finding needs a line):
    at 100,000 goals it is a hundred megabytes that nothing else uses. A dataclass, unlike the
    other records here, for the line index it caches outside its value (compare=False).
    """

    path: Path
    model: BaseModel | None
    text: str
    problems: list[Problem]
    _locator: list[_Locator] = field(default_factory=list, repr=False, compare=False)

    def line(self, section: str, entry: int | None, key: str | None = None) -> int | None:
        """The line of an entry (or of one of its keys) in this file, built on first use."""
        if not self._locator:
            self._locator.append(_Locator(self.text or read_text(self.path)))
        return self._locator[0].line(section, entry, key)


def parse_file(path: Path, file_model: type[BaseModel]) -> ParsedFile:
    """Read, parse and validate one file, keeping every problem instead of stopping at one."""
    try:
        data, text = read_toml(path)
    except DataError as error:
        return ParsedFile(path, None, "", error.problems)
    try:
        return ParsedFile(path, file_model.model_validate(data), "", [])
    except ValidationError as error:
        locator = _Locator(text)
        problems = _validation_problems(str(path), error, locator, file_model)
        return ParsedFile(path, None, text, problems, [locator])


class Inspection(NamedTuple):
    """Both files as read, what the rules found in them, and where, located on demand.

    Locating a finding reads the file text for headers; a valid dataset is never scanned, so
    loading a large one costs no more than parsing and validating it.
    """

    targets: ParsedFile
    actuals: ParsedFile
    findings: list[Finding]

    @property
    def targets_file(self) -> TargetsFile | None:
        model = self.targets.model
        return model if isinstance(model, TargetsFile) else None

    @property
    def actuals_file(self) -> ActualsFile | None:
        model = self.actuals.model
        return model if isinstance(model, ActualsFile) else None

    def has_errors(self) -> bool:
        return bool(self.targets.problems or self.actuals.problems) or any(
            f.severity == "error" for f in self.findings
        )

    def file_of(self, section: str) -> ParsedFile:
        return self.actuals if section == "actuals" else self.targets

    def locate(self, finding: Finding) -> Problem:
        """A rule's finding as FILE:LINE, naming the line of the entry a duplicate repeats."""
        parsed = self.file_of(finding.section)
        message = finding.message
        if finding.first is not None:
            first = parsed.line(finding.section, finding.first)
            if first is not None:
                message = re.sub(_FIRST_AT_ENTRY, f"(first at line {first})", message)
        line = parsed.line(finding.section, finding.entry, finding.key)
        return Problem(str(parsed.path), line, message, finding.severity)

    def problems(self) -> list[Problem]:
        """Every problem, errors and warnings, in file order and then line order."""
        located = [
            *self.targets.problems,
            *self.actuals.problems,
            *(self.locate(f) for f in self.findings),
        ]
        rank = {str(self.targets.path): 0, str(self.actuals.path): 1}
        return sorted(located, key=lambda p: (rank.get(p.file, 2), p.line or 0))


def inspect_dataset(paths: DataPaths) -> Inspection:
    """Read both files and apply every rule that can be applied.

    A file that cannot be read or fails its schema is reported, and the other is still checked
    on its own; the rules linking the two run only when both are valid.
    """
    targets = parse_file(paths.targets, TargetsFile)
    actuals = parse_file(paths.actuals, ActualsFile)
    findings: list[Finding] = []
    if isinstance(targets.model, TargetsFile):
        findings += check_targets_file(targets.model)
    if isinstance(actuals.model, ActualsFile):
        findings += check_actuals_file(actuals.model)
    if isinstance(targets.model, TargetsFile) and isinstance(actuals.model, ActualsFile):
        findings += check_links(targets.model, actuals.model)
    return Inspection(targets, actuals, findings)


def check_dataset(paths: DataPaths) -> list[Problem]:
    """Every problem with the dataset, errors and warnings, each with its file and line.

    Never raises for bad data: an unreadable file is a problem like any other.
    """
    return inspect_dataset(paths).problems()


def load_dataset(paths: DataPaths) -> Dataset:
    """Read, validate and index both files, or raise `DataError` with every problem found.

    Warnings (such as a pp_change target without a baseline) do not stop loading.
    """
    inspection = inspect_dataset(paths)
    targets_file, actuals_file = inspection.targets_file, inspection.actuals_file
    if inspection.has_errors() or targets_file is None or actuals_file is None:
        raise DataError(inspection.problems())
    return Dataset.from_files(targets_file, actuals_file)


# ---------------------------------------------------------------- CSV


def _without_formula_guard(cell: str) -> str:
    """Take away the ' that our CSV puts before text a spreadsheet would run as a formula."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_TRIGGERS) else cell


def read_csv(path: Path, encoding: str | None = None) -> list[tuple[int, dict[str, str]]]:
    """A CSV file's rows as {column: cell}, each with the line it starts on, for import.

    UTF-8 with or without a byte-order mark (as spreadsheets save it); blank rows are skipped.
    Raises `DataError` for an unreadable file, a header with a blank or repeated column, or a
    row with more cells than the header has columns.
    """
    text = read_text(path, encoding)
    reader = csv.reader(io.StringIO(text, newline=""))
    problems: list[Problem] = []
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        header = next(reader, None)
        if header is None:
            raise DataError([Problem(str(path), None, "the file is empty: no header row")])
        columns = [name.strip() for name in header]
        if not all(columns):
            problems.append(Problem(str(path), 1, "the header has a blank column name"))
        for name in sorted({n for n in columns if n and columns.count(n) > 1}):
            problems.append(Problem(str(path), 1, f"column {name!r} appears twice in the header"))
        start = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                if len(cells) > len(columns):
                    problems.append(
                        Problem(
                            str(path),
                            start,
                            f"{len(cells)} cells but the header has {len(columns)} columns",
                        )
                    )
                else:
                    unguarded = [_without_formula_guard(cell) for cell in cells]
                    rows.append((start, dict(zip(columns, unguarded, strict=False))))
            start = reader.line_num + 1
    except csv.Error as error:
        problems.append(Problem(str(path), reader.line_num or None, f"CSV syntax error: {error}"))
    if problems:
        raise DataError(problems)
    return rows
