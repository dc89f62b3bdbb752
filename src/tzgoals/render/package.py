"""datapackage.json: goals.csv described as a Frictionless Data Package, for others to reload.

The Table Schema gives every column of `status --format csv` its type, unit and meaning, the
closed sets (status, comparator, reason code …) as enums, and `id` as the primary key; the
dataset's documents are the package's sources. A test keeps the fields in step with
`tzgoals.render.rows.STATUS_FIELDS` and validates the package with the `frictionless` library.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from tzgoals.models import Dataset
from tzgoals.render.rows import STATUS_FIELDS
from tzgoals.vocabulary import Comparator, Direction, Flag, Pace, Reason, Scope, Status, Vintage

GOALS_CSV = "goals.csv"
GOALS_JSON = "goals.json"
#: Marks a package this tool wrote, so that `publish` may replace it and nothing else.
GENERATOR = "tzgoals"

_TEXT = {"type": "string"}
_NUMBER = {"type": "number"}


def _enum(
    values: type[Comparator | Direction | Pace | Reason | Scope | Status | Vintage],
) -> dict[str, Any]:
    return {"type": "string", "constraints": {"enum": [v.value for v in values]}}


#: Each column of goals.csv: its Table Schema type (and constraints) and what it holds.
COLUMNS: dict[str, tuple[dict[str, Any], str]] = {
    "id": (
        {"type": "string", "constraints": {"required": True, "unique": True}},
        "The target's id in the dataset (`tzgoals show ID` gives it in full).",
    ),
    "indicator": (_TEXT, "The id of the measure the target is set on, the same in every year."),
    "year": ({"type": "year"}, "The year the target is for."),
    "area": (_TEXT, "The id of the work area the target belongs to, within its year."),
    "name": (_TEXT, "The target's name in Chinese, as in the source."),
    "name_en": (_TEXT, "The target's name in English; empty when the dataset gives none."),
    "comparator": (
        _enum(Comparator),
        "How the target reads: at least, more than, at most, less than, between, about (左右), "
        "a change in percentage points, a milestone or a qualitative goal.",
    ),
    "target": (
        _NUMBER,
        "The target figure exactly as the source gives it, in `unit`; for `between` the lower "
        "end. Empty for milestones and qualitative goals.",
    ),
    "unit": (_TEXT, "The target's unit as the data writes it (%, 个, 亿元, 个百分点 …)."),
    "actual": (
        {"type": "any"},
        "The figure (or bound) set against the target, converted to the target's unit; for a "
        "percentage-point target the change since the year before. `true` or `false` for a "
        "milestone or qualitative goal (done or not, judged achieved or not). Empty when "
        "nothing was scored.",
    ),
    "status": (
        _enum(Status),
        "met or missed when the sources prove it; unreported when nothing they say decides it.",
    ),
    "attainment": (
        _NUMBER,
        "actual ÷ target (1 is 100%), given only where 100% separates met from missed: a floor "
        "with a positive target. Empty otherwise.",
    ),
    "gap": (
        _NUMBER,
        "The margin to the line that decides the verdict, in `gap_unit`: positive to spare, "
        "negative short.",
    ),
    "reason": (_TEXT, "Why the goal has its status, as an English sentence."),
    "target_max": (_NUMBER, "The upper end of a `between` target, in `unit`."),
    "tolerance": (_NUMBER, "The half-width of an `about` (左右) target's band, in `unit`."),
    "direction": (
        _enum(Direction),
        "Which side of the target is good: floor (higher is better), ceiling (lower is "
        "better) or band (inside is met). Empty for milestones and qualitative goals.",
    ),
    "reason_code": (_enum(Reason), "The fact behind `reason`, for programs."),
    "gap_unit": (_TEXT, "The unit of `gap`: pp (percentage points) for a % target."),
    "flags": (
        {
            "type": "string",
            "constraints": {"pattern": f"(({'|'.join(Flag)})(;({'|'.join(Flag)}))*)?"},
        },
        "The qualifiers of the figure the verdict rests on, separated by `;`: estimate (预计), "
        "lower_bound (以上, 超), upper_bound, approximate (近, 约), by_scope (the figure of a "
        "narrower or wider measure), revised (a later figure changed the verdict the first "
        "figure gave).",
    ),
    "actual_indicator": (_TEXT, "The indicator whose figure the verdict rests on."),
    "scope": (
        _enum(Scope),
        "When that indicator is not the target's own: narrower (its figure is a lower bound) "
        "or wider (an upper bound).",
    ),
    "actual_as_reported": (
        {"type": "any"},
        "The figure as the source reports it, in `actual_unit`; `true` or `false` for an outcome.",
    ),
    "actual_unit": (_TEXT, "The unit of `actual_as_reported`."),
    "as_of": (
        _TEXT,
        "When the source published the figure used: YYYY, YYYY-MM or YYYY-MM-DD (its own "
        "`as_of`, else its source's date).",
    ),
    "vintage": (_enum(Vintage), "Which release the figure used is, when the data says."),
    "baseline": (
        _NUMBER,
        "For a percentage-point target: the year before's figure, in %.",
    ),
    "through_month": (
        {"type": "integer"},
        "For a goal with no whole-year figure yet: the last month (1-11) the year-to-date "
        "figure its pace rests on covers; empty when a whole-year figure decides.",
    ),
    "pace": (
        _enum(Pace),
        "How a goal with only year-to-date figures stands against the share of the year gone "
        "(序时进度): an in-progress reading, never a verdict; empty when a whole-year figure "
        "decides.",
    ),
    "pace_gap": (
        _NUMBER,
        "Ahead (positive) or behind (negative) pace: in the target's unit (percentage points "
        "for a %) for a rate, share or level; in percentage points of completion against the "
        "share of the year gone for a cumulative count or amount.",
    ),
    "area_title": (_TEXT, "The work area's title in Chinese, as in the source."),
    "area_title_en": (_TEXT, "The work area's title in English, when the dataset gives one."),
    "source": (_TEXT, "The file name of the document the target is quoted from (see sources)."),
    "quote": (_TEXT, "The target's passage, verbatim from its source."),
    "actual_source": (_TEXT, "The file name of the document the result is quoted from."),
    "actual_quote": (_TEXT, "The result's passage, verbatim from its source."),
    "note": (
        _TEXT,
        "Why a judgement was made, as the dataset records it, in the dataset's own language.",
    ),
    "note_en": (_TEXT, "The note in English; empty when the dataset gives none."),
    "source_url": (_TEXT, "Where the target's document was published, when the dataset says."),
    "actual_source_url": (
        _TEXT,
        "Where the result's document was published, when the dataset says.",
    ),
}


def package_name(dataset: Dataset, year: int) -> str:
    """A Data Package name (lower case, digits, - . _) from the dataset's English name."""
    words = re.findall(r"[a-z0-9]+", dataset.info.name_en.lower())
    return "-".join([*words, str(year)]) if words else f"goals-{year}"


def schema() -> dict[str, Any]:
    fields = [
        {"name": name, **COLUMNS[name][0], "description": COLUMNS[name][1]}
        for name in STATUS_FIELDS
    ]
    return {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}


def datapackage(dataset: Dataset, year: int, generated: datetime) -> dict[str, Any]:
    """The descriptor of a bundle: goals.csv with its schema, goals.json, and the sources."""
    info = dataset.info
    title = f"{info.name_en or info.name}: targets for {year}"
    sources = [
        {"title": " / ".join(t for t in (s.title, s.title_en) if t), "path": s.url}
        if s.url
        else {"title": " / ".join(t for t in (s.title, s.title_en) if t)}
        for s in dataset.sources.values()
    ]
    return {
        "profile": "tabular-data-package",
        "name": package_name(dataset, year),
        "title": title,
        "description": (
            f"Every target {info.name} set for {year}, scored met, missed or unreported against "
            "the results its sources later report, each with its verbatim quotes."
        ),
        "created": generated.isoformat(timespec="seconds"),
        "generator": GENERATOR,
        "sources": sources,
        "resources": [
            {
                "name": "goals",
                "path": GOALS_CSV,
                "profile": "tabular-data-resource",
                "title": "One row per goal",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": True},
                "schema": schema(),
            },
            {
                "name": "goals-json",
                "path": GOALS_JSON,
                "profile": "tabular-data-resource",
                "title": "The same rows as a JSON list of objects",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "schema": schema(),
            },
        ],
    }
