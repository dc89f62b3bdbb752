"""Validation errors in our words: which key, what was expected, what is allowed.

pydantic says "Input should be a valid decimal"; a user editing a TOML file needs "value:
expected a number, found the text '6%': write the bare number, without quotes, and the unit in
`unit`", at the line of that key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any, NamedTuple

from pydantic import BaseModel, ValidationError

from tzgoals.files.problems import Problem
from tzgoals.files.toml_positions import Locator
from tzgoals.models import (
    EARLIEST_YEAR,
    ID_KEYS,
    LATEST_YEAR,
    SECTION_MODELS,
    DatasetInfo,
    control_character,
    has_other_digits,
)
from tzgoals.spelling import did_you_mean
from tzgoals.vocabulary import CONTROL_CHARACTER, INVISIBLE_CHARACTER, SHOWN_AS_WRITTEN, Section

#: Why a key matters, added to "missing" and "empty" messages where the bare key says too little.
KEY_HINTS = {
    "quote": "copy the passage verbatim from the source document",
    "source": "the file name of the document, as listed under [[sources]]",
    "name": "the name as written in the source",
}


#: The kinds of refusal of a whole number: not one, or outside its range.
_NUMBER_KINDS = frozenset(
    {"int_type", "int_parsing", "int_from_float", "greater_than_equal", "less_than_equal"}
)


def _entry_model(section: str | None) -> type[BaseModel] | None:
    """The model of one entry of a table: [dataset] or one of the sections."""
    if section == "dataset":
        return DatasetInfo
    return SECTION_MODELS.get(Section(section)) if section in set(Section) else None


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


def _text_problem(text: str) -> str:
    """Why a text failed the model's pattern: a control character, an invisible one, or
    nothing but spaces."""
    found = control_character(text)
    if found is None:
        invisible = INVISIBLE_CHARACTER.search(text)
        if invisible:
            return (
                f"holds the invisible character U+{ord(invisible.group()):04X} at character "
                f"{invisible.start() + 1}, which makes it look like another it is not: remove it"
            )
        return "must not be blank"
    position, character = found
    return (
        f"holds the control character U+{ord(character):04X} at character {position + 1}; "
        "a text may not hold one (it could drive a terminal: set its title, write its "
        "clipboard, clear the screen; or make text read out of order): remove it"
    )


def _id_problem(text: str) -> str:
    """Why an id or file name was refused, and the one it was meant to be when that is plain:
    the same without its invisible and control characters."""
    meant = CONTROL_CHARACTER.sub("", INVISIBLE_CHARACTER.sub("", text)).strip()
    plain = meant != text and SHOWN_AS_WRITTEN.fullmatch(meant)
    return _text_problem(text) + (f"; it reads as {meant!r}" if plain else "")


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
    """A pydantic error in our words: which key, what was expected, what is allowed.

    One branch an error kind, read top to bottom like a table; split, it would read worse.
    """
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
                f"{did_you_mean(section, allowed)}"
            )
        model = _entry_model(section)
        allowed = list(model.model_fields) if model else []
        return (
            f"unknown key {key!r} in {_table_name(section)}; allowed keys: {', '.join(allowed)}"
            f"{did_you_mean(key, allowed)}"
        )
    if kind == "missing":
        if where.at_top:
            return f"missing the {_table_name(section)} table (it needs at least `name`)"
        return f"missing key {key!r}{hint}"
    if kind == "enum":
        allowed = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        return (
            f"{named}unknown value {_shown(found)}; allowed values: {', '.join(allowed)}"
            f"{did_you_mean(found, allowed)}"
        )
    if kind in {"bool_type", "bool_parsing"}:
        return f"{named}expected true or false (without quotes), found {_shown(found)}"
    if key == "through_month" and kind in _NUMBER_KINDS:
        return (
            f"{named}expected the last month a year-to-date figure covers, a whole number "
            f"from 1 to 11 (9 for 1-9月 or 前三季度; leave it out for the whole year), "
            f"found {_shown(found)}"
        )
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        if isinstance(found, str) and has_other_digits(found):
            return f"{named}expected a whole number written with the digits 0-9, found {found!r}"
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
    if kind == "string_pattern_mismatch":
        if key in ID_KEYS:
            return f"{named}{_id_problem(str(found))}"
        return f"{named}{_text_problem(str(found))}"
    if kind == "string_unicode":
        return (
            f"{named}holds bytes that are not UTF-8 text (a terminal or file in another "
            "encoding?); type it again as UTF-8"
        )
    if kind in {"model_type", "dict_type", "model_attributes_type"} and key is None:
        if where.entry is None:
            return f"{_table_name(section)} must be a table, found {_shown(found)}"
        return f"entry {where.entry + 1} of {section} must be a table, found {_shown(found)}"
    if kind == "list_type" and where.at_top:
        return f"{section} must be an array of tables, written [[{section}]], found {_shown(found)}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{named}{message}"


def validation_problems(
    file: str, error: ValidationError, locator: Locator, file_model: type[BaseModel]
) -> list[Problem]:
    problems: dict[Problem, None] = {}
    for item in error.errors():
        where = _Where.of(item["loc"])
        line = locator.line(where.section, where.entry, where.key) if where.section else None
        problems[Problem(file, line, _describe(item, where, file_model))] = None
    return list(problems)


def entry_problems(
    section: Section, error: ValidationError, file: str, line: int | None = None
) -> list[Problem]:
    """Describe one entry's validation errors, for an entry that is not in a TOML file yet.

    Used for a row of a CSV file (`line` is its line there) or a result given on the command
    line (no line).
    """
    problems: dict[Problem, None] = {}
    for item in error.errors():
        where = _Where.of((section, 0, *item["loc"]))
        problems[Problem(file, line, _describe(item, where, SECTION_MODELS[section]))] = None
    return list(problems)
