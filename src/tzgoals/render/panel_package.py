"""datapackage.json of a published panel: one Frictionless Data Package for every place.

Two resources: goals.csv, the rows of `panel --goals --format csv` (one a place, year and
goal: the columns of `status --format csv` after place, level and parent), and places.csv, the
panel's table (`panel --format csv`). A goal's id is unique within its place, so the key of
goals.csv is (place, id). A test validates the package with the `frictionless` library.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tzgoals.panel import Panel
from tzgoals.panel_scores import PlaceState
from tzgoals.render.package import COLUMNS, GENERATOR, GOALS_CSV
from tzgoals.render.panel_rows import GOAL_FIELDS, PLACE_FIELDS
from tzgoals.vocabulary import Level

PLACES_CSV = "places.csv"

_TEXT = {"type": "string"}
_COUNT = {"type": "integer", "constraints": {"minimum": 0}}
_SHARE = {"type": "number", "constraints": {"minimum": 0, "maximum": 1}}
_LEVEL = {"type": "string", "constraints": {"enum": [level.value for level in Level]}}

#: The columns a place adds, in goals.csv and places.csv alike.
PLACE_COLUMNS: dict[str, tuple[dict[str, Any], str]] = {
    "place": (
        {"type": "string", "constraints": {"required": True}},
        "The place's id in panel.toml.",
    ),
    "level": (_LEVEL, "The place's level of government: nation, province, prefecture, county."),
    "parent": (_TEXT, "The id of the place it belongs to, a level above; empty for none."),
}

#: The columns of places.csv after the place's own.
TABLE_COLUMNS: dict[str, tuple[dict[str, Any], str]] = {
    "name": (_TEXT, "The place's name, as panel.toml gives it."),
    "targets": (_COUNT, "How many targets the place set for the year."),
    "met": (_COUNT, "Targets met."),
    "missed": (_COUNT, "Targets missed."),
    "unreported": (_COUNT, "Targets no reported figure decides."),
    "met_share": (_SHARE, "Met of the targets scored (met or missed), 0 to 1."),
    "reported_share": (_SHARE, "Targets the sources report any figure for, of all, 0 to 1."),
    "name_en": (_TEXT, "The place's English name; empty when panel.toml gives none."),
    "year": ({"type": "year"}, "The year compared."),
    "state": (
        {"type": "string", "constraints": {"enum": [state.value for state in PlaceState]}},
        "scored; no_targets (none for the year); unusable (its data has errors, see the page).",
    ),
    "problems": (_COUNT, "How many problems keep the place's data from being used."),
}


def _field(name: str, kind: dict[str, Any], description: str) -> dict[str, Any]:
    return {"name": name, **kind, "description": description}


def goals_schema() -> dict[str, Any]:
    """The schema of `status --format csv`'s columns after the place's; an id is unique only
    within its place."""
    columns = {**PLACE_COLUMNS, **COLUMNS}
    goal_id = {"type": "string", "constraints": {"required": True}}
    columns["id"] = (goal_id, COLUMNS["id"][1] + " Unique within its place.")
    fields = [_field(name, *columns[name]) for name in GOAL_FIELDS]
    return {"fields": fields, "primaryKey": ["place", "id"], "missingValues": [""]}


def places_schema() -> dict[str, Any]:
    columns = {**PLACE_COLUMNS, **TABLE_COLUMNS}
    unique = {"type": "string", "constraints": {"required": True, "unique": True}}
    columns["place"] = (unique, PLACE_COLUMNS["place"][1])
    fields = [_field(name, *columns[name]) for name in PLACE_FIELDS]
    return {"fields": fields, "primaryKey": ["place"], "missingValues": [""]}


def _csv_resource(name: str, path: str, title: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "path": path,
        "profile": "tabular-data-resource",
        "title": title,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": True},
        "schema": schema,
    }


def panel_datapackage(panel: Panel, year: int | None, generated: datetime) -> dict[str, Any]:
    """The descriptor of a published panel: goals.csv and places.csv with their schemas."""
    info = panel.info
    name = info.name_en or info.name
    return {
        "profile": "tabular-data-package",
        "name": "panel",
        "title": f"{name}: targets by place" + (f", {year}" if year is not None else ""),
        "description": (
            f"Every target each place of the panel {info.name} set, scored met, missed or "
            "unreported against the results its sources later report (goals.csv), and one "
            "row a place with its counts for the year compared (places.csv). Each place's "
            "scorecard lists its sources."
        ),
        "created": generated.isoformat(timespec="seconds"),
        "generator": GENERATOR,
        "resources": [
            _csv_resource("goals", GOALS_CSV, "One row per place, year and goal", goals_schema()),
            _csv_resource("places", PLACES_CSV, "One row per place", places_schema()),
        ],
    }
