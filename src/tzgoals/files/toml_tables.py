"""New entries as the TOML tables `files/append.py` adds at the end of a file.

Keys in the files' order, a key left at its default omitted, enums as their text and whole
numbers without `.0` (no source writes 55 as 55.0); a comment above a table as `# ` lines.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Any

import tomli_w

from tzgoals.models import Entry, field_order
from tzgoals.vocabulary import Section, control_character_pattern


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


def _commented(comment: str) -> str:
    """A comment's lines as TOML comment lines, with no character TOML refuses in one."""
    lines = (control_character_pattern().sub("\ufffd", line) for line in comment.splitlines())
    return "".join(f"# {line}\n" for line in lines)


def table_text(section: Section, entry: Entry, comment: str = "") -> str:
    """One entry's table, its comment (how a tool drafted it) on the lines above."""
    return _commented(comment) + render_entry(section, entry)
