"""Drafted targets appended to a dataset, as `tzgoals extract --into DIR [--area ID]` does.

Each target goes under the area named with --area, or, without it, under the area of the
plan's section it stands in (`sections`: 一、…, (一)…, the paragraph of main targets), and
the areas the dataset lacks for that year are appended with the targets, titled and quoted as
the heading is written, their English title a TODO in the comment above each.

Only a draft a person need not finish is appended: a target, under the area the person named,
with the indicator it measures (one of the dataset's when the name and unit are the same, else
a new one with the ids `draft.tables` gives). What still needs a decision is left out and listed
with the reason, to be drafted with `--format toml` and pasted once decided:

- an `about` target: its tolerance, which sources rarely state;
- a past figure (a draft actual): a result to check against its year's review before
  `tzgoals record` adds it, unless the dataset records it already.

A draft is there already when the dataset has a target for its indicator and year, or a target
of its year with the same figure whose quote and the draft's overlap (one holds the other,
whitespace aside: 专精特新“小巨人”企业2家 in a dataset that named its indicator in English); a
past figure when an actual of its year has the same figure, and the same indicator or a quote
that overlaps. The figure must agree too, as one quote may give two (新注册重大项目52个,总投资
超450亿元).

English names are left empty, as the data format allows; nothing is written as "TODO".

All or none: the new indicators and the targets go to targets.toml in one append, checked
against the whole dataset by `files.append` and written in one replacement of the file. Two
mistakes that would make every target a problem are refused before, each once, as a
`Refusal` the renderer words with what to do: an area the dataset does not have for a year of
the targets (with the areas it has), and a source its [[sources]] do not list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Literal, NamedTuple

from tzgoals.draft.extract import Draft
from tzgoals.draft.sections import DocumentArea
from tzgoals.draft.tables import indicator_tables, unique_id
from tzgoals.evidence import squeeze
from tzgoals.files.append import NewEntry, append_tables, inspected
from tzgoals.files.paths import DataPaths
from tzgoals.files.problems import Problem, WriteError, problem, unchanged
from tzgoals.models import Actual, Area, Indicator, Target, TargetsFile
from tzgoals.problem_codes import ProblemCode
from tzgoals.units import compatible
from tzgoals.vocabulary import Comparator, Section

#: Why a draft is not appended: a past figure to check and record, an `about` target's
#: tolerance to decide, a target the dataset has already (`known` is its id), or a past figure
#: it records already (`known` is the actual's indicator).
LeftOutReason = Literal["past_figure", "needs_tolerance", "already_there", "already_recorded"]


class LeftOut(NamedTuple):
    """A draft not appended, and what a person must decide first; the words are render's."""

    draft: Draft
    reason: LeftOutReason
    known: str = ""


RefusalReason = Literal["unknown_area", "unlisted_source"]


class Refusal(NamedTuple):
    """Why the drafts cannot go into the dataset as asked; the words are render's."""

    reason: RefusalReason
    #: The area or the source named.
    named: str
    #: For an unknown area: the year of targets that has no such area, and the areas it has.
    year: int = 0
    areas: tuple[str, ...] = ()


class Refused(Exception):
    """Nothing was written: the dataset at `path` cannot take the drafts as asked."""

    def __init__(self, path: Path, refusals: list[Refusal]) -> None:
        super().__init__(refusals)
        self.path = path
        self.refusals = refusals


class Entries(NamedTuple):
    """What appending the drafts adds: new indicators and targets, and the drafts left out."""

    indicators: list[Indicator]
    targets: list[Target]
    left_out: list[LeftOut]
    #: The draft each target was made from, in the same order: its rule and confidence go in
    #: a comment above the target's table, never into a field a reader sees.
    drafted_from: list[Draft]


class Added(NamedTuple):
    path: Path
    indicators: int
    targets: int
    left_out: list[LeftOut]
    warnings: list[Problem]
    #: The ids of the areas made from the plan's headings (no --area given).
    areas: tuple[str, ...] = ()


def _reason(draft: Draft) -> LeftOutReason | None:
    if draft.kind == "actual":
        return "past_figure"
    if draft.comparator is Comparator.ABOUT:
        return "needs_tolerance"
    return None


_FIGURE = re.compile(r"(\d+(?:\.\d+)?)")


def _same_clause(quote: str, other: str, value: object, unit: str | None) -> bool:
    """Whether two quotes state the same figure: one holds the other, and the longer states
    that figure in that unit once (地区生产总值增长5.5%,规上工业增加值增长5.5% holds two goals of
    5.5%; 新增城镇就业5万人,新增高新技术企业5家 one of 5万人)."""
    one, another = squeeze(quote), squeeze(other)
    longer = another if one in another else one if another in one else None
    if longer is None:
        return False
    written = re.findall(_FIGURE.pattern + re.escape(squeeze(unit or "")), longer)
    return sum(Decimal(f) == value for f in written) <= 1


def _same_unit(unit: str | None, other: str | None) -> bool:
    if unit is None or other is None:
        return unit is None and other is None
    return compatible(unit, other)


def _target_there(draft: Draft, existing: Sequence[Target]) -> Target | None:
    """A target of the draft's year that sets the same figures in the same way and unit, and
    quotes the same clause."""
    return next(
        (
            t
            for t in existing
            if t.year == draft.year
            and t.comparator is draft.comparator
            and (t.value, t.value_max) == (draft.value, draft.value_max)
            and _same_unit(t.unit, draft.unit)
            and _same_clause(t.quote, draft.quote, draft.value, draft.unit)
        ),
        None,
    )


def _recorded(
    draft: Draft, indicators: Mapping[str, Indicator], actuals: Sequence[Actual]
) -> Actual | None:
    """An actual of the past figure's year, value and unit: of its indicator, or quoting the
    same clause."""
    measures = {i.id for i in indicators.values() if _same_measure(i, draft.name, draft.unit)}
    return next(
        (
            a
            for a in actuals
            if a.year == draft.year
            and a.value == draft.value
            and _same_unit(a.unit, draft.unit)
            and (
                a.indicator in measures
                or _same_clause(a.quote, draft.quote, draft.value, draft.unit)
            )
        ),
        None,
    )


def _left_out(
    draft: Draft, indicators: Mapping[str, Indicator], actuals: Sequence[Actual]
) -> LeftOut | None:
    reason = _reason(draft)
    if reason is None:
        return None
    recorded = _recorded(draft, indicators, actuals) if reason == "past_figure" else None
    if recorded is not None:
        return LeftOut(draft, "already_recorded", recorded.indicator)
    return LeftOut(draft, reason)


def _same_measure(indicator: Indicator, name: str, unit: object) -> bool:
    if "".join(indicator.name.split()) != "".join(name.split()):
        return False
    if indicator.unit is None or unit is None:
        return indicator.unit is None and unit is None
    return compatible(indicator.unit, str(unit))


def entries_for(
    drafts: Sequence[Draft],
    area: str | None,
    indicators: Mapping[str, Indicator],
    existing: Sequence[Target],
    actuals: Sequence[Actual] = (),
) -> Entries:
    """The entries that appending `drafts` to a dataset with these indicators, targets and
    actuals adds, every target under `area`, or with None under its draft's own (the plan's
    section it stands in); what the dataset has already is left out (see the module's
    docstring), so that running the command again adds nothing twice."""
    complete = [d for d in drafts if _reason(d) is None]
    left_out = [item for d in drafts if (item := _left_out(d, indicators, actuals)) is not None]
    tables, ids = indicator_tables(complete)
    taken_indicators = set(indicators)
    id_for: dict[str, str] = {}
    new: list[Indicator] = []
    for table in tables:
        drafted = str(table["id"])
        name, unit = str(table["name"]), table.get("unit")
        known = next((i for i in indicators.values() if _same_measure(i, name, unit)), None)
        if known is not None:
            id_for[drafted] = known.id
            continue
        id_for[drafted] = unique_id(drafted, taken_indicators)
        new.append(Indicator.model_validate(table | {"id": id_for[drafted], "name_en": ""}))
    have = {(t.indicator, t.year): t.id for t in existing}
    taken_targets = {t.id for t in existing}
    targets: list[Target] = []
    drafted_from: list[Draft] = []
    for draft, drafted in zip(complete, ids, strict=True):
        indicator = id_for[drafted]
        if (indicator, draft.year) in have:
            left_out.append(LeftOut(draft, "already_there", have[indicator, draft.year]))
            continue
        there = _target_there(draft, existing)
        if there is not None:
            left_out.append(LeftOut(draft, "already_there", there.id))
            continue
        targets.append(_target(draft, indicator, area or draft.area, taken_targets))
        drafted_from.append(draft)
        have[indicator, draft.year] = targets[-1].id
    used = {t.indicator for t in targets}
    return Entries([i for i in new if i.id in used], targets, left_out, drafted_from)


def _target(draft: Draft, indicator: str, area: str, taken: set[str]) -> Target:
    fields: dict[str, object] = {
        "id": unique_id(f"{draft.year}-{indicator}", taken),
        "indicator": indicator,
        "year": draft.year,
        "area": area,
        "comparator": draft.comparator,
        "value": draft.value,
        "value_max": draft.value_max,
        "unit": draft.unit,
        "name": draft.name or indicator,
        "source": draft.source,
        "quote": draft.quote,
    }
    return Target.model_validate({k: v for k, v in fields.items() if v is not None})


def _refusals(
    targets_file: TargetsFile, targets: Sequence[Target], area: str | None
) -> list[Refusal]:
    """The area given missing from a year of the targets, and the source not listed (a
    dataset that lists no sources is not held to them, as `rules` does not hold it)."""
    listed = {s.file for s in targets_file.sources}
    unlisted = sorted({t.source for t in targets} - listed) if listed else []
    found = [Refusal("unlisted_source", source) for source in unlisted]
    if area is None:
        return found
    for year in sorted({t.year for t in targets}):
        areas = tuple(a.id for a in targets_file.areas if a.year == year)
        if area not in areas:
            found.append(Refusal("unknown_area", area, year, areas))
    return found


def areas_needed(
    targets: Sequence[Target], have: Sequence[Area], headings: Sequence[DocumentArea]
) -> list[Area]:
    """The [[areas]] the targets go under that the dataset lacks, one for each id and year,
    titled and quoted as the plan's heading is written; the English title is left to a
    person (a TODO in the comment above it)."""
    known = {(a.id, a.year) for a in have}
    by_id = {heading.id: heading for heading in headings}
    new: list[Area] = []
    for target in targets:
        heading = by_id.get(target.area)
        if heading is None or (target.area, target.year) in known:
            continue
        known.add((target.area, target.year))
        fields = {"id": heading.id, "year": target.year, "title": heading.title}
        new.append(Area.model_validate(fields | {"source": target.source, "quote": heading.quote}))
    return new


def _unplaced(path: Path, drafts: Sequence[Draft]) -> list[Problem]:
    """With no --area, the targets to append that stand under no heading of the plan, said
    once (TZ520), and the closing line of a refused write; none when every one has its area."""
    unplaced = [d for d in drafts if not d.area and _reason(d) is None]
    if not unplaced:
        return []
    code, first = ProblemCode.TARGETS_UNDER_NO_HEADING, unplaced[0].quote
    return [problem(path, None, code, count=len(unplaced), quote=first), unchanged(path)]


def append_drafts(
    paths: DataPaths,
    drafts: Sequence[Draft],
    area: str | None,
    comment: Callable[[Draft], str],
    area_comment: str = "",
    headings: Sequence[DocumentArea] = (),
) -> Added:
    """Append the complete drafts to the dataset, all or none; `WriteError` when refused, and
    `Refused` for an area or a source the dataset does not have; `WriteError` too for a
    dataset with errors (a missing file among them), even with no draft to add: a run that adds
    nothing must not pass for one that could have. With no draft to add, nothing is written and
    `Added` counts none.

    With `area` None, each target goes under the area of the plan's section it stands in
    (`headings`, from `extraction`), and the areas the dataset lacks are added with them; a
    target under no heading refuses the whole (`WriteError`: give --area). `comment` words the
    line above each appended target (its provenance: `render.drafts.provenance`), and
    `area_comment` the line above each new area (its English title still to write)."""
    inspection = inspected(paths, paths.targets)
    targets_file = inspection.targets_file
    known = {} if targets_file is None else {i.id: i for i in targets_file.indicators}
    existing = [] if targets_file is None else targets_file.targets
    actuals_file = inspection.actuals_file
    actuals = [] if actuals_file is None else actuals_file.actuals
    unplaced = _unplaced(paths.targets, drafts) if area is None else []
    if unplaced:
        raise WriteError(unplaced)
    entries = entries_for(drafts, area, known, existing, actuals)
    if not entries.targets:
        return Added(paths.targets, 0, 0, entries.left_out, [])
    refusals = [] if targets_file is None else _refusals(targets_file, entries.targets, area)
    if refusals:
        raise Refused(paths.targets, refusals)
    where = str(paths.targets)
    have = [] if targets_file is None else targets_file.areas
    new_areas = areas_needed(entries.targets, have, headings) if area is None else []
    targets = [
        NewEntry(target, where, comment=comment(draft))
        for target, draft in zip(entries.targets, entries.drafted_from, strict=True)
    ]
    appended = append_tables(
        paths,
        {
            Section.AREAS: [NewEntry(a, where, comment=area_comment) for a in new_areas],
            Section.INDICATORS: entries.indicators,
            Section.TARGETS: targets,
        },
    )
    return Added(
        appended.path,
        len(entries.indicators),
        len(entries.targets),
        entries.left_out,
        appended.warnings,
        tuple(a.id for a in new_areas),
    )
