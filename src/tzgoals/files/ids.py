"""The ids a shell offers to complete, read from the dataset's text without validating it.

Completion runs at every press of Tab, so it must be quick and must never fail: each file is
scanned line by line for the keys of its [[targets]] and [[areas]] tables, not parsed or
validated (no pydantic, no scoring). A file that cannot be read gives no ids; a key the scan
does not recognise (a multi-line string, an inline table) is skipped, and so is an id that is
not one (`models.Id`): offered to a shell, its escape sequences would reach the terminal,
and its invisible characters would complete to an id that looks like another.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from tzgoals.vocabulary import shown_as_written_pattern

_TABLE = re.compile(r"\s*\[\[\s*([A-Za-z_]+)\s*\]\]")
_HEADER = re.compile(r"\s*\[")
_KEY = re.compile(
    r"""\s*(id|year|name|name_en|title|title_en)\s*=\s*(?:"([^"\\]*)"|'([^']*)'|(\d+))"""
)


class Entry(NamedTuple):
    """An entry's id, its year, and its names for a completion's description."""

    id: str
    year: int | None
    name: str
    name_en: str


def entries(path: Path, table: str) -> list[Entry]:
    """Every [[`table`]] entry of the file that has an id, in the file's order."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []
    found: list[Entry] = []
    keys: dict[str, str] | None = None
    for line in text.splitlines():
        header = _TABLE.match(line)
        if header or _HEADER.match(line):
            _keep(found, keys)
            keys = {} if header and header.group(1) == table else None
            continue
        if keys is None:
            continue
        key = _KEY.match(line)
        if key:
            name, basic, literal, number = key.groups()
            keys.setdefault(name, next(v for v in (basic, literal, number) if v is not None))
    _keep(found, keys)
    return found


def _keep(found: list[Entry], keys: dict[str, str] | None) -> None:
    if not keys or not shown_as_written_pattern().fullmatch(keys.get("id", "")):
        return
    year = keys.get("year", "")
    found.append(
        Entry(
            keys["id"],
            int(year) if year.isdigit() else None,
            keys.get("name") or keys.get("title", ""),
            keys.get("name_en") or keys.get("title_en", ""),
        )
    )
