"""Archiving a document: its text in sources/ and its [[sources]] table, all or none.

The text is what every quote is checked against, so it is copied as it is (a GB18030 document
converted to UTF-8) and its SHA-256 recorded, under the lock of the targets file the table goes
to; if the table is refused, a text copied now is removed again. Every `source add` writes
sources/ under that lock, so a temporary file found there by the next holder was left by one
that was killed, and goes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from tzgoals.files.append import Appended, NewEntry, append_checked, inspected
from tzgoals.files.atomic import remove_stale_temporaries, writing
from tzgoals.files.messages import entry_problems
from tzgoals.files.paths import DataPaths
from tzgoals.files.problems import DataError, WriteError, problem, unchanged
from tzgoals.files.sources import (
    archived_path,
    folder_link,
    read_document,
    remove_if_empty,
    sha256_of,
    write_archived,
)
from tzgoals.models import Source
from tzgoals.problem_codes import ProblemCode
from tzgoals.vocabulary import Section, control_character_pattern


@dataclass(frozen=True, slots=True)
class AddedSource:
    """What `add_source` did: the source listed, its table appended, the archived text and whether
    it was copied there now (False: the very same text was there already), and the encoding
    the document was converted from, if it was not UTF-8."""

    source: Source
    appended: Appended
    text: Path
    copied: bool
    converted_from: str | None


def _first_line(text: str) -> str:
    """A document's first line of text, which is its headline more often than not."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line.lstrip("#").strip()[:200]


def _source(given: Mapping[str, object], paths: DataPaths) -> Source:
    try:
        return Source.model_validate(dict(given))
    except ValidationError as error:
        problems = entry_problems(Section.SOURCES, error, str(paths.targets))
        described = [p._replace(params=(*p.params, ("new", "sources"))) for p in problems]
        raise WriteError([*described, unchanged(paths.targets)]) from None


def _refuse_a_backslash(name: str, document: Path, paths: DataPaths) -> None:
    """A file name with a backslash cannot be listed: a dataset reads `\\` in a [[sources]]
    file as a folder separator, so that a dataset made on Windows reads the same elsewhere."""
    if "\\" in name:
        other = name.replace("\\", "-")
        code = ProblemCode.BACKSLASH_IN_SOURCE_NAME
        refused = problem(document, None, code, name=name, other=other)
        raise WriteError([refused, unchanged(paths.targets)])


def _guessed_title(text: str, name: str, document: Path, paths: DataPaths) -> str:
    """The text's first line as its title, unless that line holds a control character, which
    no title may: then the user is told where the title came from and how to give one."""
    first = _first_line(text) or name
    found = control_character_pattern().search(first)
    if found is None:
        return first
    character = f"U+{ord(found.group()):04X}"
    code = ProblemCode.GUESSED_TITLE_HOLDS_CONTROL
    refused = problem(document, 1, code, character=character)
    raise WriteError([refused, unchanged(paths.targets)])


def add_source(paths: DataPaths, document: Path, fields: Mapping[str, object]) -> AddedSource:
    """Archive a document's text in sources/ and list it under [[sources]], all or none.

    The text is kept as UTF-8 (a GB18030 document is converted) under the document's file
    name, and its SHA-256 recorded. `fields` are the other keys of the table (title, title_en,
    publisher, published, url, retrieved); the title defaults to the text's first line and
    `retrieved` to today. Refused, nothing written, when a text of another content has the
    name already, when the name is listed already, or when an entry already quoting this file
    has a quote that is not in the text.
    """
    with writing(paths.targets):
        if paths.sources.is_dir() and not folder_link(paths.sources):
            remove_stale_temporaries(paths.sources)  # a killed `source add` left them
        name = document.name
        _refuse_a_backslash(name, document, paths)
        inspection = inspected(paths, paths.targets, listing=True)
        try:
            read = read_document(document)
        except DataError as error:
            raise WriteError([*error.problems, unchanged(paths.targets)]) from None
        data = read.text.encode("utf-8")
        given = {key: value for key, value in fields.items() if value is not None}
        if "title" not in given:
            given["title"] = _guessed_title(read.text, name, document, paths)
        given = {
            "file": name,
            "title": given.pop("title"),
            "retrieved": given.pop("retrieved", None) or date.today(),
            **given,
            "sha256": sha256_of(data),
        }
        source = _source(given, paths)
        if archived_path(paths.sources, name) is None:
            bad_name = problem(document, None, ProblemCode.NOT_A_SOURCE_NAME, name=name)
            raise WriteError([bad_name, unchanged(paths.targets)])
        created = not os.path.lexists(paths.sources)
        try:
            copied = write_archived(paths.sources, name, data)
        except WriteError as error:
            raise WriteError([*error.problems, unchanged(paths.targets)]) from None
        text = paths.sources / name
        try:
            new = [NewEntry(source, str(paths.targets))]
            appended = append_checked(paths, inspection, {Section.SOURCES: new}, listing=True)
        except WriteError as error:
            if copied:
                text.unlink(missing_ok=True)
            if created:
                remove_if_empty(paths.sources)
            refused = [p for p in error.problems if p != unchanged(paths.targets)]
            if copied:
                refused.append(problem(text, None, ProblemCode.TEXT_REMOVED_AGAIN))
            raise WriteError([*refused, unchanged(paths.targets)]) from None
        return AddedSource(source, appended, text, copied, read.converted_from)
