"""Writing a panel.toml: a new one (`panel init`), or one more place at its end (`panel add`).

Both are atomic: a new file is written beside its name and given it only if no file has it;
a place is appended by writing the whole new text beside the file, reading it back as a panel
(every rule between places applied), and renaming it over the old one under the file's lock.
A refused write leaves the file's bytes as they were.
"""

from __future__ import annotations

import os
from pathlib import Path

import tomli_w

from tzgoals.files.atomic import (
    create_new,
    fsync_folder,
    io_failure,
    replace_checked,
    write_temporary,
    writing,
)
from tzgoals.files.decode import read_bytes
from tzgoals.files.problems import DataError, Problem, WriteError, problem, unchanged
from tzgoals.panel import PANEL_NAME, read_panel
from tzgoals.problem_codes import ProblemCode
from tzgoals.vocabulary import Level

HEADER = (
    "# A panel: places side by side, each a dataset folder (targets.toml, actuals.toml,\n"
    "# sources/). Add places with `tzgoals panel add DIR --id ID --level LEVEL`; levels are\n"
    "# nation, province, prefecture and county, and a place's parent stands above it.\n\n"
)


def init_panel(folder: Path, name: str, name_en: str = "") -> Path:
    """A new panel.toml in `folder` (made if missing); `WriteError` if one is there."""
    path = folder / PANEL_NAME
    if os.path.lexists(path):
        raise WriteError([_already_there(path), unchanged(path)])
    info = {"name": name, **({"name_en": name_en} if name_en else {})}
    text = HEADER + tomli_w.dumps({"panel": info})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = write_temporary(folder, PANEL_NAME, [text.encode()])
    except OSError as error:
        raise io_failure(path, "temporary", error) from None
    try:
        _check(temporary)
        create_new(temporary, path)
    except FileExistsError:
        raise WriteError([_already_there(path), unchanged(path)]) from None
    finally:
        temporary.unlink(missing_ok=True)
    fsync_folder(folder)
    return path


def _already_there(path: Path) -> Problem:
    return problem(path, None, ProblemCode.ALREADY_EXISTS, consequence_kind="panel")


def _check(path: Path) -> list[Problem]:
    try:
        read_panel(path)
    except DataError as error:
        return error.problems
    return []


def place_entry(
    place_id: str,
    name: str,
    level: Level,
    path: str,
    name_en: str = "",
    parent: str | None = None,
) -> str:
    """One [[places]] table, its values as TOML writes them (every string quoted and escaped);
    the header written by hand, since tomli_w writes a short array of tables inline."""
    entry: dict[str, str] = {"id": place_id, "name": name}
    if name_en:
        entry["name_en"] = name_en
    entry["level"] = str(level)
    if parent:
        entry["parent"] = parent
    entry["path"] = path
    return "[[places]]\n" + tomli_w.dumps(entry)


def add_place(panel_path: Path, entry: str) -> None:
    """Append `entry` to the panel, if the panel is still valid with it; else `WriteError`
    with every reason, the file unchanged."""
    with writing(panel_path) as real:
        try:
            original = read_bytes(real)
        except DataError as error:
            raise WriteError([*error.problems, unchanged(panel_path)]) from None
        separator = b"" if original.endswith(b"\n\n") or not original else b"\n"
        if original and not original.endswith(b"\n"):
            separator = b"\n\n"
        content = original + separator + entry.encode()
        replace_checked(panel_path, original, content, _check)
