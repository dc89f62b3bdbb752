"""Validation errors in our words: which key, what was expected, what is allowed.

pydantic says "Input should be a valid decimal"; a user editing a TOML file needs "value:
expected a number, found the text '6%': write the bare number, without quotes, and the unit in
`unit`", at the line of that key.
"""

import re
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any, NamedTuple, get_args

from pydantic import BaseModel, ValidationError

from tzgoals.files.problems import Problem, problem
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
from tzgoals.problem_codes import ProblemCode, ProblemValueError
from tzgoals.spelling import closest
from tzgoals.vocabulary import (
    Section,
    control_character_pattern,
    invisible_character_pattern,
    shown_as_written_pattern,
)

#: Keys whose "missing" and "empty" messages say why the key matters (a part of the catalogue).
HINTED_KEYS = frozenset({"quote", "source", "name"})


#: The kinds of refusal of a whole number: not one, or outside its range.
_NUMBER_KINDS = frozenset(
    {"int_type", "int_parsing", "int_from_float", "greater_than_equal", "less_than_equal"}
)


def _entry_model(section: str | None, file_model: type[BaseModel]) -> type[BaseModel] | None:
    """The model of one entry of a table: [dataset], one of the sections, or the table of
    another file (panel.toml's [panel] and [[places]]) as its model declares it."""
    if section == "dataset":
        return DatasetInfo
    if section in set(Section):
        return SECTION_MODELS.get(Section(section))
    field = file_model.model_fields.get(section or "")
    annotation = field.annotation if field else None
    for candidate in (annotation, *get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _shown(value: object) -> Mapping[str, object]:
    """A short description of a value as the user wrote it in TOML, as parameters: `found`,
    and `found_kind` when the value is described in words (a table, a date)."""
    if isinstance(value, bool):
        return {"found": "true" if value else "false"}
    if isinstance(value, str):
        return {"found": repr(value if len(value) <= 40 else value[:37] + "...")}
    if isinstance(value, dict):
        return {"found_kind": "table"}
    if isinstance(value, list):
        return {"found_kind": "array"}
    if isinstance(value, datetime | date | time):
        return {"found": value.isoformat(), "found_kind": "date"}
    try:
        text = str(value)
    except ValueError:
        return {"found_kind": "huge"}
    return {"found": text if len(text) <= 40 else text[:37] + "..."}


def _text_problem(text: str) -> tuple[ProblemCode, Mapping[str, object]]:
    """Why a text failed the model's pattern: a control character, an invisible one, or
    nothing but spaces."""
    found = control_character(text)
    if found is None:
        invisible = invisible_character_pattern().search(text)
        if invisible:
            return ProblemCode.INVISIBLE_CHARACTER, {
                "character": f"U+{ord(invisible.group()):04X}",
                "position": invisible.start() + 1,
            }
        return ProblemCode.BLANK_TEXT, {}
    position, character = found
    return ProblemCode.CONTROL_CHARACTER, {
        "character": f"U+{ord(character):04X}",
        "position": position + 1,
    }


def _id_problem(text: str) -> tuple[ProblemCode, Mapping[str, object]]:
    """Why an id or file name was refused, and the one it was meant to be when that is plain:
    the same without its invisible and control characters."""
    code, values = _text_problem(text)
    meant = control_character_pattern().sub("", invisible_character_pattern().sub("", text)).strip()
    if meant != text and shown_as_written_pattern().fullmatch(meant):
        return code, {**values, "reading_kind": "as", "meant": meant}
    return code, values


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
    def of(cls, loc: tuple[int | str, ...]) -> "_Where":
        section = str(loc[0]) if loc else None
        entry = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
        # The first name after the entry: ('actuals', 0, 'value', 'decimal') is about `value`.
        keys = [p for p in loc[2 if entry is not None else 1 :] if isinstance(p, str)]
        return cls(section, entry, keys[0] if keys else None)


def _table_name(section: str | None, file_model: type[BaseModel]) -> str:
    """[dataset], or [[targets]]: a table of its own, or one of an array of tables."""
    field = file_model.model_fields.get(section or "")
    annotation = field.annotation if field else None
    single = isinstance(annotation, type) and issubclass(annotation, BaseModel)
    return f"[{section}]" if section == "dataset" or single else f"[[{section}]]"


Described = tuple[ProblemCode, Mapping[str, object]]


def _suggestion(word: object, choices: list[str]) -> str | None:
    found = closest(word, choices)
    return found[0] if found else None


def _unknown(error: Mapping[str, Any], where: _Where, file_model: type[BaseModel]) -> Described:
    """A table or key the file may not hold."""
    section, key = where.section, where.key
    if where.at_top:
        allowed = list(file_model.model_fields)
        holds = ", ".join(_table_name(name, file_model) for name in allowed)
        values = {"table": section, "allowed": holds, "suggestion": _suggestion(section, allowed)}
        return ProblemCode.UNKNOWN_TABLE, values
    model = _entry_model(section, file_model)
    allowed = list(model.model_fields) if model else []
    return ProblemCode.UNKNOWN_KEY, {
        "table": _table_name(section, file_model),
        "allowed": ", ".join(allowed),
        "suggestion": _suggestion(key, allowed),
    }


def _describe(error: Mapping[str, Any], where: _Where, file_model: type[BaseModel]) -> Described:
    """A pydantic error as a problem: its code and what it names (`key` is added by the caller).

    One branch an error kind, read top to bottom like a table; split, it would read worse.
    """
    kind = str(error["type"])
    found = error.get("input")
    section, key = where.section, where.key
    hint = {"hint_kind": key} if key in HINTED_KEYS else {}
    if kind == "extra_forbidden":
        return _unknown(error, where, file_model)
    if kind == "missing":
        if where.at_top:
            return ProblemCode.MISSING_TABLE, {"table": _table_name(section, file_model)}
        return ProblemCode.MISSING_KEY, hint
    if kind == "enum":
        allowed = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        return ProblemCode.UNKNOWN_VALUE, {
            **_shown(found),
            "allowed": ", ".join(allowed),
            "suggestion": _suggestion(found, allowed),
        }
    if kind in {"bool_type", "bool_parsing"}:
        return ProblemCode.EXPECTED_BOOLEAN, _shown(found)
    if key == "through_month" and kind in _NUMBER_KINDS:
        return ProblemCode.EXPECTED_THROUGH_MONTH, _shown(found)
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        if isinstance(found, str) and has_other_digits(found):
            return ProblemCode.EXPECTED_ASCII_WHOLE_NUMBER, {"found": repr(found)}
        return ProblemCode.EXPECTED_WHOLE_NUMBER, _shown(found)
    if kind in {"greater_than_equal", "less_than_equal"} and key == "year":
        limits = {"earliest": EARLIEST_YEAR, "latest": LATEST_YEAR}
        return ProblemCode.YEAR_OUT_OF_RANGE, {**_shown(found), **limits}
    if kind == "string_type":
        return ProblemCode.EXPECTED_TEXT, _shown(found)
    if kind == "string_too_short":
        return ProblemCode.EMPTY_TEXT, hint
    if kind == "string_pattern_mismatch":
        if key in ID_KEYS:
            return _id_problem(str(found))
        return _text_problem(str(found))
    if kind == "string_unicode":
        return ProblemCode.TEXT_NOT_UTF8, {}
    if kind in {"model_type", "dict_type", "model_attributes_type"} and key is None:
        if where.entry is None:
            return ProblemCode.TABLE_EXPECTED, {
                "table": _table_name(section, file_model),
                **_shown(found),
            }
        values = {"entry": where.entry + 1, "section": section, **_shown(found)}
        return ProblemCode.ENTRY_NOT_A_TABLE, values
    if kind == "list_type" and where.at_top:
        return ProblemCode.ARRAY_OF_TABLES_EXPECTED, {"section": section, **_shown(found)}
    raised = error.get("ctx", {}).get("error")
    if isinstance(raised, ProblemValueError):
        return raised.code, dict(raised.params)
    return ProblemCode.INVALID_VALUE, {"detail": str(error["msg"]).removeprefix("Value error, ")}


def _problem(file: str, line: int | None, described: Described, where: _Where) -> Problem:
    code, values = described
    named = {"key": where.key} if where.key and not where.at_top else {}
    return problem(file, line, code, **named, **values)


def validation_problems(
    file: str, error: ValidationError, locator: Locator, file_model: type[BaseModel]
) -> list[Problem]:
    problems: dict[Problem, None] = {}
    for item in error.errors():
        where = _Where.of(item["loc"])
        line = locator.line(where.section, where.entry, where.key) if where.section else None
        problems[_problem(file, line, _describe(item, where, file_model), where)] = None
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
        described = _describe(item, where, SECTION_MODELS[section])
        problems[_problem(file, line, described, where)] = None
    return list(problems)
