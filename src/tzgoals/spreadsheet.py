"""Text a spreadsheet would run as a formula: guarded on the way out, unguarded on the way in.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel,
LibreOffice and WPS, so a quote such as "-3个百分点" or a crafted "=HYPERLINK(…)" would be
run when the CSV is opened. Our CSV writes a `'` before such text, which spreadsheets show as
the text itself, and an import takes exactly that `'` away again. A text that itself begins
with `'` gets one more, as a spreadsheet shows it too, so that no text is mistaken on import
for a guarded one: `'=x` is written `''=x` and read back as `'=x`, byte for byte.
"""

from __future__ import annotations

#: A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
#: What a text begins with when it is written with a guard: a trigger, or a guard of its own.
GUARDED = (*FORMULA_TRIGGERS, GUARD)


def guard_formula(text: str) -> str:
    """The text as a CSV cell a spreadsheet shows as text."""
    return GUARD + text if text.startswith(GUARDED) else text


def unguard_formula(cell: str) -> str:
    """A CSV cell read back: the `'` that `guard_formula` added is taken away, nothing else."""
    return cell[1:] if cell.startswith(GUARD) and cell[1:].startswith(GUARDED) else cell
