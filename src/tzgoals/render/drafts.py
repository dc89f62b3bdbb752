"""Drafts and suggestions as text: TOML to paste into a dataset, JSON, CSV.

TOML gives each draft what `tzgoals check` needs: an [[indicators]] table for every indicator
the drafts name (its id is the indicator's Chinese words, which any id may be; rename at will),
then [[targets]] with ids from year and indicator, then [[actuals]]. A target that stands in
a section of the plan (`draft.sections`) is under that section's area, and an [[areas]] table
for each such area and year comes first, titled and quoted as its heading is written (the
English title left to a person, in the comment above it), as `extract --into` adds them. The
value "TODO" marks only what a person must decide: the area of a target under no heading (an
id of that year's [[areas]]), the English names, and the tolerance of an `about` target, which
sources rarely state. `check` refuses an area or
a tolerance left as TODO, so none can slip through. Each table is preceded by a comment with
the rule and confidence that drafted it, in the reader's language (the catalogue's words); the
keys and the rule's name stay as the data format spells them.

JSON and CSV carry exactly the fields of the issue, in its order, numbers as plain numbers,
exactly as read (`tabular.json_number`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

import tomli_w

from tzgoals.draft.extract import Draft
from tzgoals.draft.rule_examples import RuleId
from tzgoals.draft.sections import DocumentArea
from tzgoals.draft.tables import TODO, indicator_tables, unique_id
from tzgoals.render.catalogue import Lang, label
from tzgoals.spreadsheet import guard_formula
from tzgoals.tabular import json_text
from tzgoals.vocabulary import Comparator, Direction

if TYPE_CHECKING:  # suggest brings the pydantic models; drafts alone must not
    from tzgoals.draft.suggest import Suggestion

DRAFT_FIELDS = (
    "kind",
    "name",
    "comparator",
    "value",
    "value_max",
    "unit",
    "direction",
    "year",
    "quote",
    "source",
    "rule",
    "confidence",
    "area",
    "through_month",
)


def _toml_number(value: Decimal) -> int | Decimal:
    """tomli_w writes Decimal(55) as 55.0, which no source says."""
    return int(value) if value == value.to_integral_value() else value


def _why(side: Direction, word: str, lang: Lang) -> str:
    """Why one side of a figure is good, from the word that decided (`phrasing.direction_of`)."""
    match side:
        case Direction.FLOOR:
            return (
                label("draft.why.fall", lang, word=word)
                if word
                else label("draft.why.default", lang)
            )
        case Direction.CEILING:
            return label("draft.why.lower", lang, word=word)
        case Direction.BAND:
            return label("draft.why.band", lang, word=word)


def rule_text(draft: Draft, lang: Lang = Lang.EN) -> str:
    """The rule that drafted it, with what else decided: for 左右 the side that is good and the
    word that said so, for a bare count read as a ceiling that word, for an actual its year and
    the words that made it one (growth; a result of 2022 (去年)). English for JSON and CSV."""
    if draft.kind == "actual" and draft.through_month is not None:
        return label(
            "draft.rule.part_year", lang, rule=draft.rule, year=draft.year,
            month=draft.through_month,
        )  # fmt: skip
    if draft.kind == "actual":
        return label(
            "draft.rule.result", lang, rule=draft.rule, year=draft.year, word=draft.year_word
        )
    if draft.direction is not None:
        why = _why(draft.direction, draft.side_word, lang)
        return label("draft.rule.side", lang, rule=draft.rule, side=draft.direction, why=why)
    if draft.comparator is Comparator.AT_MOST and draft.rule is RuleId.COUNT:
        why = _why(Direction.CEILING, draft.side_word, lang)
        return label("draft.rule.side", lang, rule=draft.rule, side=draft.comparator, why=why)
    return draft.rule


def provenance(draft: Draft, lang: Lang = Lang.EN) -> str:
    """How a target was drafted, for the comment above its table when `extract --into`
    appends it: the tool, the rule, the confidence. A person editing the file reads it;
    `status`, `show` and the page never do."""
    rule = rule_text(draft, lang)
    return label("into.provenance", lang, rule=rule, confidence=draft.confidence)


def _fields(draft: Draft) -> dict[str, object]:
    return {key: getattr(draft, key) for key in DRAFT_FIELDS} | {"rule": rule_text(draft)}


def drafts_json(drafts: Iterable[Draft]) -> str:
    """A JSON list of drafts, each an object with exactly `DRAFT_FIELDS`."""
    return json_text([_fields(draft) for draft in drafts], indent=2) + "\n"


def _cell(value: object) -> str:
    """A CSV cell: numbers as written; text a spreadsheet would run as a formula gets a '."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return guard_formula(str(value))


def drafts_csv(drafts: Iterable[Draft]) -> str:
    """Drafts as UTF-8 CSV with a header row of `DRAFT_FIELDS`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(DRAFT_FIELDS)
    for draft in drafts:
        writer.writerow([_cell(v) for v in _fields(draft).values()])
    return buffer.getvalue()


def _table(section: str, values: dict[str, object], comments: dict[str, str]) -> str:
    lines = [f"[[{section}]]"]
    for key, value in values.items():
        line = tomli_w.dumps({key: value}).rstrip("\n")
        lines.append(f"{line}  # {comments[key]}" if key in comments else line)
    return "\n".join(lines) + "\n"


def _target_table(draft: Draft, indicator: str, target_id: str, area: str, lang: Lang) -> str:
    values: dict[str, object] = {
        "id": target_id,
        "indicator": indicator,
        "year": draft.year,
        "area": area or TODO,
        "comparator": str(draft.comparator),
    }
    comments = {} if area else {"area": label("draft.todo.area", lang)}
    if draft.value is not None:
        values["value"] = _toml_number(draft.value)
    if draft.value_max is not None:
        values["value_max"] = _toml_number(draft.value_max)
    if draft.comparator is Comparator.ABOUT:
        values["tolerance"] = TODO
        comments["tolerance"] = label("draft.todo.tolerance", lang, unit=draft.unit)
    if draft.unit is not None:
        values["unit"] = draft.unit
    values |= {"name": draft.name or TODO, "name_en": TODO, "source": draft.source}
    values["quote"] = draft.quote
    return _table("targets", values, comments)


def _actual_table(draft: Draft, indicator: str) -> str:
    values: dict[str, object] = {"indicator": indicator, "year": draft.year}
    if draft.value is not None:
        values["value"] = _toml_number(draft.value)
    if draft.unit is not None:
        values["unit"] = draft.unit
    if draft.through_month is not None:
        values["through_month"] = draft.through_month
    values |= {str(flag): True for flag in draft.flags}
    values |= {"name": draft.name or TODO, "name_en": TODO}
    values |= {"source": draft.source, "quote": draft.quote}
    return _table("actuals", values, {})


#: The line that starts the part of `drafts_toml` that belongs in actuals.toml.
ACTUALS_MARK = "# ---------------------------------------------------------------- actuals.toml"


def _area_tables(drafts: Sequence[Draft], areas: Sequence[DocumentArea], lang: Lang) -> list[str]:
    """An [[areas]] table, with the comment above it, for each area of the plan's structure
    and year the target drafts stand under, in the order they first do."""
    by_id = {area.id: area for area in areas}
    used = dict.fromkeys((d.area, d.year, d.source) for d in drafts if d.kind == "target")
    parts = []
    for (area_id, year, source), _ in used.items():
        heading = by_id.get(area_id)
        if heading is None:
            continue
        values = {"id": area_id, "year": year, "title": heading.title, "source": source}
        values["quote"] = heading.quote
        parts += [f"# {label('into.area_comment', lang)}", _table("areas", values, {})]
    return parts


def drafts_toml(
    drafts: Sequence[Draft], lang: Lang = Lang.EN, areas: Sequence[DocumentArea] = ()
) -> str:
    """Areas, indicators and targets for targets.toml, then (after `ACTUALS_MARK`) actuals;
    the comments in `lang`. `areas` are the plan's (`Extraction.areas`): a target under one
    of them is written under it, one under none with area TODO."""
    indicators, ids = indicator_tables(drafts)
    known = {area.id for area in areas}
    parts = [label("draft.header", lang), ""]
    parts += _area_tables(drafts, areas, lang)
    parts += [_table("indicators", table, {}) for table in indicators]
    taken: set[str] = set()
    actuals = []
    for draft, indicator in zip(drafts, ids, strict=True):
        kind = label(f"draft.kind.{draft.kind}", lang)
        rule = rule_text(draft, lang)
        comment = label("draft.comment", lang, kind=kind, rule=rule, confidence=draft.confidence)
        if draft.kind == "target":
            target_id = unique_id(f"{draft.year}-{indicator}", taken)
            area = draft.area if draft.area in known else ""
            parts += [comment, _target_table(draft, indicator, target_id, area, lang)]
        else:
            actuals += [comment, _actual_table(draft, indicator)]
    if actuals:
        parts += [ACTUALS_MARK, "", *actuals]
    return "\n".join(parts)


def suggestions_json(suggestions: Iterable[Suggestion]) -> str:
    """`[{"target": ID, "candidates": [{quote, value, unit, flags, score, record,
    through_month}]}]`; scope warnings are listed in `flags` after the qualifiers, as
    "scope: …"; `through_month` is null for a figure of the whole year."""
    items = [
        {
            "target": suggestion.target,
            "candidates": [
                {
                    "quote": c.quote,
                    "value": c.value,
                    "unit": c.unit,
                    "flags": [str(f) for f in c.flags] + [f"scope: {w}" for w in c.warnings],
                    "score": c.score,
                    "record": c.record,
                    "through_month": c.through_month,
                }
                for c in suggestion.candidates
            ],
        }
        for suggestion in suggestions
    ]
    return json_text(items, indent=2) + "\n"
