"""Drafts as the tables of the data format: the indicator each draft measures and the ids
new entries take. Both the TOML `extract` prints (`render.drafts`) and the entries
`extract --into` appends (`draft.into`) are built from them, so the two agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from tzgoals.draft.extract import Draft
from tzgoals.units import PERCENT, compatible, is_percentage_point
from tzgoals.vocabulary import Comparator, Direction

#: What a person must decide, in a drafted table (an area, an English name, a tolerance).
TODO = "TODO"
_LOWER_IS_BETTER = frozenset({Comparator.AT_MOST, Comparator.LESS_THAN})


def _indicator_unit(draft: Draft) -> str | None:
    """A percentage-point target measures a share in %; other figures keep their unit."""
    if draft.unit is not None and is_percentage_point(draft.unit):
        return PERCENT
    return draft.unit


def indicator_tables(drafts: Sequence[Draft]) -> tuple[list[dict[str, object]], list[str]]:
    """One indicator per name and unit, and each draft's indicator id, in draft order.

    A name on the list of shared indicators gets its shared id and English name, so that the
    draft compares with other places in a panel (`tzgoals.shared_ids`).
    """
    from tzgoals.shared_ids import shared_for

    tables: dict[str, dict[str, object]] = {}
    ids = []
    for draft in drafts:
        unit = _indicator_unit(draft)
        shared = shared_for(draft.name) if draft.name else None
        stem = shared.id if shared else "".join(draft.name.split()) or TODO
        key = stem
        if key in tables and not _same_measure(tables[key].get("unit"), unit):
            key = f"{stem}-{unit or 'outcome'}"
        lower = draft.direction is Direction.CEILING or draft.comparator in _LOWER_IS_BETTER
        name_en = shared.name_en if shared else TODO
        table: dict[str, object] = {"id": key, "name": draft.name or TODO, "name_en": name_en}
        if unit is not None:
            table["unit"] = unit
        table["polarity"] = "lower" if lower else "higher"
        tables.setdefault(key, table)
        ids.append(key)
    return list(tables.values()), ids


def _same_measure(unit: object, other: str | None) -> bool:
    if unit is None or other is None:
        return unit is other
    return compatible(str(unit), other)


def unique_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3` … the first not in `taken`, which it joins."""
    found, number = wanted, 1
    while found in taken:
        number += 1
        found = f"{wanted}-{number}"
    taken.add(found)
    return found
