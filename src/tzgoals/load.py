"""Reading a dataset from disk: every failure becomes a `DataError` naming the file and line.

Problems are collected, not raised one by one, so a user fixing a file sees all of them at once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from tzgoals.models import (
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
    cross_check,
)

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


@dataclass(frozen=True, slots=True)
class Problem:
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


@dataclass(frozen=True, slots=True)
class DataPaths:
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


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        hint = ""
        try:
            raw.decode("gb18030")
            hint = (
                " It looks like GBK/GB18030, as saved by many Chinese Windows editors: "
                f"convert it with `iconv -f gb18030 -t utf-8 {path.name} > fixed.toml`, "
                "or re-save it as UTF-8."
            )
        except UnicodeDecodeError:
            pass
        raise DataError(
            [Problem(str(path), line, f"the file is not UTF-8 text.{hint or ' Save it as UTF-8.'}")]
        ) from None


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse one TOML file; floats become Decimal so that no figure is altered on the way in."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError([Problem(str(path), None, "no such file")]) from None
    except IsADirectoryError:
        raise DataError([Problem(str(path), None, "is a folder, not a TOML file")]) from None
    except OSError as error:
        raise DataError([Problem(str(path), None, f"cannot read: {error.strerror}")]) from None
    text = _decode(path, raw)
    if not text.strip():
        raise DataError([Problem(str(path), None, "the file is empty")])
    try:
        return tomllib.loads(text, parse_float=Decimal), text
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_POSITION.search(message)
        line = int(match.group(1)) if match else None
        detail = _TOML_POSITION.sub("", message).strip()
        column = f", column {match.group(2)}" if match else ""
        raise DataError(
            [Problem(str(path), line, f"TOML syntax error{column}: {detail}")]
        ) from None


def _table_lines(text: str, section: str) -> list[int]:
    """Line numbers of each `[[section]]` header, so the n-th entry can be pointed at."""
    header = re.compile(r"^[ \t]*\[\[[ \t]*" + re.escape(section) + r"[ \t]*\]\]", re.MULTILINE)
    return [text.count("\n", 0, m.start()) + 1 for m in header.finditer(text)]


def _key_line(text: str, start: int, key: str) -> int | None:
    """The line of `key = …` in the table that begins at line `start`, if it is there."""
    lines = text.splitlines()
    pattern = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
    for number in range(start + 1, len(lines) + 1):
        line = lines[number - 1]
        if line.lstrip().startswith("["):
            return None
        if pattern.match(line):
            return number
    return None


class _Locator:
    """Maps (section, index, key) to a line of one file's text, computing header lines lazily."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._headers: dict[str, list[int]] = {}

    def line(self, section: str, index: int | None, key: str | None) -> int | None:
        if index is None:
            pattern = r"^[ \t]*\[[ \t]*" + re.escape(section) + r"[ \t]*\]"
            table = re.search(pattern, self.text, re.MULTILINE)
            start = self.text.count("\n", 0, table.start()) + 1 if table else None
        else:
            headers = self._headers.setdefault(section, _table_lines(self.text, section))
            start = headers[index] if index < len(headers) else None
        if start is None:
            return None
        if key is not None:
            return _key_line(self.text, start, key) or start
        return start


def _describe(error: Any, section: str | None) -> str:
    """A pydantic error in our words: which key, what was expected, what is allowed."""
    loc = [part for part in error["loc"] if isinstance(part, str)]
    kind = error["type"]
    key = loc[-1] if loc else None
    model = ENTRY_MODELS.get(section or "")
    if kind == "extra_forbidden":
        allowed = ", ".join(model.model_fields) if model else ""
        where = f" in [{section}]" if section else ""
        return f"unknown key {key!r}{where}; allowed keys: {allowed}"
    if kind == "missing":
        return f"missing key {key!r}"
    message = str(error["msg"]).removeprefix("Value error, ")
    if key and key != section:
        return f"{key}: {message}"
    return message


def _validation_problems(file: str, error: ValidationError, locator: _Locator) -> list[Problem]:
    problems = []
    for item in error.errors():
        loc = item["loc"]
        section = str(loc[0]) if loc else None
        index = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
        key_parts = [p for p in loc[2 if index is not None else 1 :] if isinstance(p, str)]
        key = key_parts[0] if key_parts else None
        if section not in ENTRY_MODELS:
            message = _describe(item, None)
            problems.append(Problem(file, None, message))
            continue
        line = locator.line(section, index, key) if section else None
        problems.append(Problem(file, line, _describe(item, section)))
    return problems


def _validate_file(
    path: Path, model: type[BaseModel]
) -> tuple[BaseModel | None, list[Problem], str]:
    """Parse and validate one file; also return its text, for locating later findings."""
    try:
        data, text = read_toml(path)
    except DataError as error:
        return None, error.problems, ""
    try:
        return model.model_validate(data), [], text
    except ValidationError as error:
        return None, _validation_problems(str(path), error, _Locator(text)), text


def load_dataset(paths: DataPaths) -> Dataset:
    """Read, validate and index both files, or raise `DataError` with every problem found."""
    problems: list[Problem] = []
    parsed: dict[str, BaseModel | None] = {}
    texts: dict[str, str] = {}
    for name, path in ((TARGETS_NAME, paths.targets), (ACTUALS_NAME, paths.actuals)):
        parsed[name], found, texts[name] = _validate_file(path, FILE_MODELS[name])
        problems.extend(found)
    targets_file, actuals_file = parsed[TARGETS_NAME], parsed[ACTUALS_NAME]
    if problems or not isinstance(targets_file, TargetsFile):
        raise DataError(problems)
    if not isinstance(actuals_file, ActualsFile):
        raise DataError(problems)
    findings = cross_check(targets_file, actuals_file)
    problems = _locate(findings, paths, texts)
    if any(p.severity == "error" for p in problems):
        raise DataError(problems)
    return Dataset.from_files(targets_file, actuals_file)


def _locate(findings: list[Finding], paths: DataPaths, texts: dict[str, str]) -> list[Problem]:
    locators = {name: _Locator(text) for name, text in texts.items()}
    problems = []
    for finding in findings:
        name = ACTUALS_NAME if finding.section == "actuals" else TARGETS_NAME
        path = paths.actuals if name == ACTUALS_NAME else paths.targets
        line = locators[name].line(finding.section, finding.index, finding.key)
        problems.append(Problem(str(path), line, finding.message, finding.severity))
    return problems
