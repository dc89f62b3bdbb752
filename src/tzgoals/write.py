"""Safe writes to a dataset: new entries are appended, and no byte already there is touched.

Files are edited by hand, with comments that matter, so a command never rewrites one: it adds
`[[section]]` tables at the end. Every write is checked first (the new entries against the whole
dataset), then made atomic: the new content goes to a temporary file in the same folder, the
whole dataset is read and checked again with it in place, the file is flushed to disk, and only
then renamed over the original (keeping its permissions). On any refusal or failure the original
file is left exactly as it was, and the caller gets a `WriteError` saying why.

Import (`rows_to_entries` + `append_entries`) works one section at a time and only appends: rows
for [[targets]] go to the end of targets.toml and must refer to indicators and areas that are
already there (import those sections first, in the order sources, areas, indicators, targets,
actuals). The [dataset] table is not imported; `init_dataset` writes it.
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from tzgoals.load import (
    ACTUALS_NAME,
    TARGETS_NAME,
    DataError,
    DataPaths,
    Inspection,
    Problem,
    check_dataset,
    entry_problems,
    inspect_dataset,
)
from tzgoals.models import (
    Actual,
    ActualsFile,
    Area,
    Dataset,
    Entry,
    Finding,
    Indicator,
    Section,
    Source,
    Target,
    TargetsFile,
    cross_check,
)

SECTION_MODELS: dict[Section, type[Entry]] = {
    "sources": Source,
    "areas": Area,
    "indicators": Indicator,
    "targets": Target,
    "actuals": Actual,
}
SINGULAR: dict[Section, str] = {
    "sources": "source",
    "areas": "area",
    "indicators": "indicator",
    "targets": "target",
    "actuals": "actual",
}
#: Keys written last, in this order, as in the shipped data: what an entry is, then its evidence.
_EVIDENCE_KEYS = ("source", "quote", "note")
_BOOLEAN_KEYS = frozenset({"estimate", "lower_bound", "approximate"})
_NUMBER_KEYS = frozenset({"value", "value_max", "tolerance"})
_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(
    r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|[+-]?(nan|inf|infinity)", re.IGNORECASE
)


class WriteError(DataError):
    """Nothing was written; `problems` says why, and the last one says the file is unchanged."""


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to append and where it came from, so that a refusal can point there.

    `file` and `line` name a CSV row for an import; for an entry given on the command line,
    `file` is the data file it was meant for and `line` is None.
    """

    entry: Entry
    file: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Appended:
    """What a successful append did: the file, the entries, the line of the first new table.

    `warnings` are about the new entries only, e.g. a pp_change target with no baseline yet.
    """

    path: Path
    entries: list[Entry]
    first_line: int
    warnings: list[Problem]


def field_order(section: Section) -> list[str]:
    """The keys of a section's entries in the order the data files write them."""
    fields = list(SECTION_MODELS[section].model_fields)
    return [f for f in fields if f not in _EVIDENCE_KEYS] + [
        f for f in _EVIDENCE_KEYS if f in fields
    ]


def file_for(paths: DataPaths, section: Section) -> Path:
    """Which of the two files holds a section: actuals.toml the results, targets.toml the rest."""
    return paths.actuals if section == "actuals" else paths.targets


# ---------------------------------------------------------------- rendering


def _toml_value(value: object) -> object:
    """A value as tomli_w should write it: enums as their text, whole numbers without `.0`."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent >= 0:
            return int(value)  # tomli_w writes Decimal(55) as 55.0, which no source says
    return value


def render_entry(section: Section, entry: Entry) -> str:
    """One `[[section]]` table, keys in the files' order, keys left at their default omitted."""
    fields = type(entry).model_fields
    values: dict[str, Any] = {}
    for key in field_order(section):
        value = getattr(entry, key)
        if value is None or (not fields[key].is_required() and value == fields[key].default):
            continue
        values[key] = _toml_value(value)
    return f"[[{section}]]\n{tomli_w.dumps(values)}"


def _appended_bytes(original: bytes, section: Section, entries: Sequence[Entry]) -> bytes:
    """The original bytes, untouched, then a blank line and the new tables, in its line endings."""
    newline = "\r\n" if b"\r\n" in original else "\n"
    text = "\n".join(render_entry(section, e) for e in entries)
    lead = "" if not original or original.endswith(b"\n") else newline
    return original + f"{lead}{newline}{text.replace(chr(10), newline)}".encode()


# ---------------------------------------------------------------- atomic replacement


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder, hence best effort."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _write_temporary(folder: Path, name: str, content: bytes) -> Path:
    """A new file beside the target, flushed to disk, so that a rename makes it whole at once."""
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def _unchanged(path: Path) -> Problem:
    return Problem(str(path), None, "nothing was written; the file is unchanged")


def _io_failure(path: Path, action: str, error: OSError) -> WriteError:
    reason = error.strerror or str(error)
    return WriteError([Problem(str(path), None, f"cannot {action}: {reason}"), _unchanged(path)])


def _renamed(problems: list[Problem], temporary: Path, path: Path) -> list[Problem]:
    """Problems found in the temporary copy, reported against the file it stands for."""
    return [
        Problem(str(path), p.line, p.message, p.severity) if p.file == str(temporary) else p
        for p in problems
    ]


def _replace(
    path: Path,
    original: bytes,
    content: bytes,
    check: Callable[[Path], list[Problem]],
) -> None:
    """Replace `path` (now `original`) by `content`, if `check` of the new file finds no error."""
    real = Path(os.path.realpath(path))  # replace a symlink's target, not the link
    try:
        status = real.stat()
        temporary = _write_temporary(real.parent, real.name, content)
    except OSError as error:
        raise _io_failure(path, "write a temporary file beside it", error) from None
    try:
        errors = [p for p in check(temporary) if p.severity == "error"]
        if errors:
            raise WriteError(
                [
                    *_renamed(errors, temporary, path),
                    Problem(str(path), None, "the file would not be valid after this change"),
                    _unchanged(path),
                ]
            )
        os.chmod(temporary, stat.S_IMODE(status.st_mode))
        if hasattr(os, "chown") and (temporary.stat().st_uid, temporary.stat().st_gid) != (
            status.st_uid,
            status.st_gid,
        ):
            with contextlib.suppress(OSError):
                os.chown(temporary, status.st_uid, status.st_gid)
        if real.read_bytes() != original:
            raise WriteError(
                [
                    Problem(
                        str(path), None, "another program changed the file meanwhile; try again"
                    ),
                    _unchanged(path),
                ]
            )
        os.replace(temporary, real)
    except OSError as error:
        raise _io_failure(path, "replace the file", error) from None
    finally:
        temporary.unlink(missing_ok=True)
    _fsync_folder(real.parent)


# ---------------------------------------------------------------- appending


def _describe_entry(section: Section, entry: Entry) -> str:
    if isinstance(entry, Actual):
        return f"an actual for indicator {entry.indicator!r} in {entry.year}"
    if isinstance(entry, Area):
        return f"area {entry.id!r} of {entry.year}"
    if isinstance(entry, Source):
        return f"source {entry.file!r}"
    if isinstance(entry, Target | Indicator):
        return f"{SINGULAR[section]} id {entry.id!r}"
    return f"this {SINGULAR[section]}"


def _new_entry_problem(
    finding: Finding,
    section: Section,
    new: Sequence[NewEntry],
    existing: int,
    inspection: Inspection,
) -> Problem:
    """A finding about a new entry, pointing at where it came from and at what it clashes with."""
    source = new[finding.entry - existing]
    message = finding.message
    if finding.first is not None:
        what = _describe_entry(section, source.entry)
        if finding.first < existing:
            parsed = inspection.file_of(section)
            line = parsed.line(section, finding.first)
            where = f"{parsed.path}:{line}" if line else str(parsed.path)
            message = (
                f"{what} is already in {where}; to change it, edit that entry in the file by "
                "hand (and keep its quote and source in step)"
            )
        else:
            first = new[finding.first - existing]
            where = f"{first.file}:{first.line}" if first.line else f"entry {finding.first + 1}"
            message = f"{what} is given twice (also at {where})"
    if source.line is None:
        message = f"new {SINGULAR[section]}: {message}"
    return Problem(source.file, source.line, message, finding.severity)


def _with(
    inspection: Inspection, section: Section, entries: Sequence[Entry]
) -> tuple[TargetsFile, ActualsFile]:
    targets_file, actuals_file = inspection.targets_file, inspection.actuals_file
    assert targets_file is not None and actuals_file is not None  # no errors, so both valid
    if section == "actuals":
        added = [*actuals_file.actuals, *entries]
        return targets_file, actuals_file.model_copy(update={"actuals": added})
    added = [*getattr(targets_file, section), *entries]
    return targets_file.model_copy(update={section: added}), actuals_file


def append_entries(
    paths: DataPaths, section: Section, entries: Sequence[Entry | NewEntry]
) -> Appended:
    """Append entries of one section to their file, all or none, after checking every one.

    Refused with `WriteError`, the file untouched, when the dataset already has errors (fix
    them first), when an entry is invalid or clashes with one already there (an actual for the
    same indicator and year, a repeated id), or when the written file would not load.
    """
    model = SECTION_MODELS[section]
    path = file_for(paths, section)
    new = [e if isinstance(e, NewEntry) else NewEntry(e, str(path)) for e in entries]
    for item in new:
        if not isinstance(item.entry, model):
            raise TypeError(f"a {type(item.entry).__name__} cannot go under [[{section}]]")
    if not new:
        raise WriteError([Problem(str(path), None, "no entries to add"), _unchanged(path)])
    inspection = inspect_dataset(paths)
    if inspection.has_errors():
        errors = [p for p in inspection.problems() if p.severity == "error"]
        fix = Problem(str(path), None, "the dataset has errors; fix them before adding to it")
        raise WriteError([*errors, fix, _unchanged(path)])
    before = _with(inspection, section, [])
    existing = len(before[1].actuals if section == "actuals" else getattr(before[0], section))
    findings = cross_check(*_with(inspection, section, [n.entry for n in new]))
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for finding in findings:
        about_new = finding.section == section and finding.entry >= existing
        if about_new:
            problem = _new_entry_problem(finding, section, new, existing, inspection)
        else:
            problem = inspection.locate(finding)
        if problem.severity == "error":
            problems.append(problem)
        elif about_new:
            warnings.append(problem)
    if problems:
        raise WriteError([*problems, _unchanged(path)])
    original = path.read_bytes()
    content = _appended_bytes(original, section, [n.entry for n in new])

    def check(temporary: Path) -> list[Problem]:
        if section == "actuals":
            return check_dataset(DataPaths(paths.targets, temporary))
        return check_dataset(DataPaths(temporary, paths.actuals))

    _replace(path, original, content, check)
    first_line = original.count(b"\n") + (1 if original.endswith(b"\n") else 2) + 1
    return Appended(path, [n.entry for n in new], first_line, warnings)


def append_actual(paths: DataPaths, fields: Mapping[str, object]) -> Appended:
    """Record one result: validate `fields` as an [[actuals]] table, then append it.

    Refused, the file untouched, for an unknown indicator, a unit that does not fit it, or an
    indicator and year that already have a result (change that one by hand).
    """
    try:
        actual = Actual.model_validate(dict(fields))
    except ValidationError as error:
        problems = entry_problems("actuals", error, str(paths.actuals))
        described = [
            Problem(p.file, p.line, f"new actual: {p.message}", p.severity) for p in problems
        ]
        raise WriteError([*described, _unchanged(paths.actuals)]) from None
    return append_entries(paths, "actuals", [actual])


# ---------------------------------------------------------------- export and import


def _entries(dataset: Dataset, section: Section) -> list[Entry]:
    if section == "sources":
        return list(dataset.sources.values())
    if section == "areas":
        return list(dataset.areas)
    if section == "indicators":
        return list(dataset.indicators.values())
    if section == "targets":
        return list(dataset.targets)
    return list(dataset.actuals.values())


def export_rows(dataset: Dataset, section: Section) -> list[dict[str, object]]:
    """Every field of every entry of a section, in the files' key order, for CSV or JSON.

    Values keep their types (Decimal, int, bool, str; None for a figure or unit not given);
    enums become their text. `row_cells` turns a row into CSV text that `rows_to_entries`
    reads back to the same entry.
    """
    order = field_order(section)
    return [
        {key: _plain(getattr(entry, key)) for key in order} for entry in _entries(dataset, section)
    ]


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def row_cells(row: Mapping[str, object]) -> dict[str, str]:
    """A row as CSV text: plain numbers (no exponent), true/false, and "" for nothing."""
    cells = {}
    for key, value in row.items():
        if value is None:
            cells[key] = ""
        elif isinstance(value, bool):
            cells[key] = "true" if value else "false"
        elif isinstance(value, Decimal):
            cells[key] = format(value, "f")
        else:
            cells[key] = str(value)
    return cells


def _typed(key: str, cell: object) -> object:
    """A CSV cell as the value the model expects; text that fits no type is left for the
    model to refuse with its own message (e.g. "6%" where a number belongs)."""
    if not isinstance(cell, str):
        return cell
    bare = cell.strip()
    if key == "year":
        return int(bare) if _INTEGER.fullmatch(bare) else cell
    if (key in _BOOLEAN_KEYS or key in _NUMBER_KEYS) and bare.lower() in {"true", "false"}:
        return bare.lower() == "true"
    if key in _NUMBER_KEYS and _NUMBER.fullmatch(bare):
        with contextlib.suppress(InvalidOperation):
            return Decimal(bare)
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
        close = difflib.get_close_matches(key, allowed, n=1)
        suggestion = f" (did you mean {close[0]!r}?)" if close else ""
        problems.insert(
            0,
            Problem(
                file,
                1,
                f"unknown column {key!r} for [[{section}]]; allowed columns: "
                f"{', '.join(allowed)}{suggestion}",
            ),
        )
    if problems:
        raise DataError(problems)
    return entries


# ---------------------------------------------------------------- a new dataset

STARTER_TARGETS = """\
# The targets a government set for {year}, one [[targets]] table each.
# This is a starter: replace the example entries with your own, then run `tzgoals check`.
# Every entry that carries a figure names its source document and a quote copied from it
# word for word, so that anyone can check it. The format is described in the tzgoals README,
# "Data format". Keys not listed there are refused, so that a misspelt key is never ignored.

# Who set the targets: `name` (required) and an optional English `name_en`.
[dataset]
name = "Example County"
name_en = "Example County (placeholder)"

# The documents quoted, one table each. `file` is the document's file name (keep its text
# next to the data); entries cite it under `source`. `title` as published; `title_en` and
# `published` (e.g. "{year}-02") are optional.
[[sources]]
file = "work-plan-{year}.txt"
title = "Example County government work report, {year}"
published = "{year}-02"

[[sources]]
file = "review-{year}.txt"
title = "Example County: a review of {year}"
published = "{next_year}-01"

# The work areas a year's targets are grouped in, in display order. `id` is short and unique
# within its `year` (`--area` takes it); `title` as in the source.
[[areas]]
id = "economy"
year = {year}
title = "Economy"
source = "work-plan-{year}.txt"
quote = "Economy"

# The measures, stable across years. `unit` is the unit figures are in (%, 亿元, 家 …), and
# none for a milestone or a yes/no goal; `polarity` is "higher" (default) or "lower",
# whichever is better. Two figures share an indicator only if they measure the same thing.
[[indicators]]
id = "gdp-growth"
name = "GDP growth"
unit = "%"
polarity = "higher"

# One table per target. `comparator` is one of at_least, more_than, at_most, less_than,
# between (with `value_max`), about (with `tolerance`), pp_change (unit "pp"), milestone or
# qualitative (those two take no value or unit). `value` exactly as in the source, and a
# `unit` that fits the indicator's. `note` says why a judgement was made.
[[targets]]
id = "{year}-gdp-growth"
indicator = "gdp-growth"
year = {year}
area = "economy"
comparator = "at_least"
value = 5
unit = "%"
name = "GDP growth of at least 5%"
source = "work-plan-{year}.txt"
quote = "GDP will grow by at least 5%."
"""

STARTER_ACTUALS = """\
# The results the government reported, one [[actuals]] table per indicator and year.
# This is a starter: replace the example with your own results, then run `tzgoals check`.
# `value` is the figure as reported, with its `unit` (1.38 with 万人 is fine for an indicator
# in 人); for a milestone or a qualitative goal, value = true (done, or judged achieved) or
# false, and no unit. Qualifiers from the source are kept as flags:
#   estimate = true      an estimate, published before final statistics
#   lower_bound = true   "more than", "over": the true figure is at least the value
#   approximate = true   "about", "nearly"
# `name`, `source` and `quote` as for a target; `note` says how the entry was read.

[[actuals]]
indicator = "gdp-growth"
year = {year}
value = 5.2
unit = "%"
estimate = true
name = "GDP growth of 5.2%"
source = "review-{year}.txt"
quote = "GDP is expected to have grown by 5.2%."
"""


def _create(made: Path, final: Path) -> None:
    """Give the finished file its name, failing rather than overwriting if the name is taken.

    A hard link does that atomically; where the file system has none, check and rename.
    """
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(made, 0o666 & ~umask)  # as an editor would create it, not mkstemp's 0600
    try:
        os.link(made, final)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(final):
            raise FileExistsError(errno.EEXIST, "File exists", str(final)) from None
        os.replace(made, final)


def init_dataset(directory: Path, year: int | None = None) -> DataPaths:
    """Write a commented starter dataset (targets.toml and actuals.toml) into `directory`.

    The example is generic, one area, indicator, target and result, and passes every check.
    Refuses with `WriteError` if either file exists: a starter must never replace real work.
    `year` defaults to last year, the latest whose results are usually out.
    """
    year = date.today().year - 1 if year is None else year
    paths = DataPaths(directory / TARGETS_NAME, directory / ACTUALS_NAME)
    existing = [p for p in (paths.targets, paths.actuals) if os.path.lexists(p)]
    if existing:
        raise WriteError(
            [
                Problem(str(p), None, "already exists; init never overwrites a file")
                for p in existing
            ]
        )
    try:
        directory.mkdir(parents=True, exist_ok=True)
        contents = {
            paths.targets: STARTER_TARGETS.format(year=year, next_year=year + 1),
            paths.actuals: STARTER_ACTUALS.format(year=year),
        }
        temporary = {
            p: _write_temporary(directory, p.name, c.encode()) for p, c in contents.items()
        }
    except OSError as error:
        raise _io_failure(directory, "write the starter files", error) from None
    created: list[Path] = []
    try:
        problems = check_dataset(DataPaths(temporary[paths.targets], temporary[paths.actuals]))
        if problems:
            raise WriteError(problems)
        for final, made in temporary.items():
            _create(made, final)
            created.append(final)
    except FileExistsError as error:
        for path in created:
            path.unlink(missing_ok=True)
        raise WriteError(
            [
                Problem(
                    str(error.filename2 or error.filename), None, "already exists; not overwritten"
                )
            ]
        ) from None
    except OSError as error:
        for path in created:
            path.unlink(missing_ok=True)
        raise _io_failure(directory, "create the starter files", error) from None
    finally:
        for made in temporary.values():
            made.unlink(missing_ok=True)
    _fsync_folder(directory)
    return paths
