"""The English words of panels: many places side by side, and levels of government."""

PANEL_WORDS: dict[str, str] = {
    "panel.Place": "Place",
    "panel.Level": "Level",
    "panel.Parent": "Parent",
    "panel.Targets": "Targets",
    "panel.Met": "Met",
    "panel.Missed": "Missed",
    "panel.Unreported": "Unrep.",
    "panel.Met share": "Met of scored",
    "panel.Reported share": "Reported",
    "panel.Target": "Target",
    "panel.Result": "Result",
    "panel.Status": "Status",
    "panel.Vs parent": "vs parent",
    "panel.title": "{name}: targets for {year}",
    "panel.indicator title": "{name}: {indicator}, targets for {year}",
    "panel.no year": "{name}: no place has targets",
    "panel.percent": "{percent}%",
    "panel.counts": "{targets} targets · {met} met · {missed} missed · {unreported} unreported",
    "panel.shares": "met of scored {met_share} · reported {reported_share}",
    "panel.no targets": "no targets for {year}",
    "panel.no indicator target": "no target on this indicator",
    "panel.unusable": "its data cannot be used ({count} problems)",
    "panel.problems of": "{place}: its dataset cannot be used; the other places are scored:",
    "panel.unusable places": (
        "{count} of {total} places could not be scored (their problems are above)"
    ),
    "panel.empty": "the panel lists no places yet: `tzgoals panel add DIR --id ID --level LEVEL`",
    "panel.inited": "Started the panel {file}: add its places with `tzgoals panel add`.",
    "panel.added": "Added the place {place} ({level}) to {file}.",
    "panel.vs.no_parent": "no parent in the panel",
    "panel.vs.no_target": "no target on this indicator",
    "panel.vs.no_parent_target": "the parent set no target on it",
    "panel.vs.parent_unusable": "the parent's data cannot be used",
    "panel.vs.no_figure": "a target without a figure",
    "panel.vs.units_differ": "not in the same unit as the parent's",
    "panel.vs note": (
        "vs parent: the place's target minus its parent's, in the target's unit (pp for % targets)."
    ),
    "panel.chart": "{indicator}: target and result by place",
    "panel.chart target": "target",
    "panel.chart result": "result",
    "panel.scorecards": "Each place's scorecard",
    "panel.headline named": (
        "The chart shows the headline indicator {name} ({indicator}), as panel.toml names it."
    ),
    "panel.headline most": (
        "The chart shows {name} ({indicator}): of the shared indicators, the one most places "
        "set a target on this year ({count} of {total})."
    ),
    "panel.headline none": (
        "No chart: no place sets a target this year on any of the shared indicators, and "
        "panel.toml names no headline indicator."
    ),
    "panel.unusable heading": "Places whose data cannot be used (no scorecard)",
    "panel.published": (
        "Wrote {files} and {count} scorecards (one folder a place under {places}) to {folder}."
    ),
    "panel.as of": "--as-of reads one dataset as it stood on a date; a panel does not take it.",
    "panel.generated": (
        "Made by tzgoals at {time} from the panel's data"
        " files; this page loads nothing from elsewhere."
    ),
    "level.nation": "nation",
    "level.province": "province",
    "level.prefecture": "prefecture",
    "level.county": "county",
    "panel.places": "{count} places",
    "panel.check done": "{places} checked: {errors} errors, {warnings} warnings",
    "panel.none here": (
        "no {file} in this folder; give --panel DIR, or start one with `tzgoals panel init DIR`"
    ),
    "panel.none in": (
        "no {file} in {folder}; give --panel DIR, or start one with `tzgoals panel init DIR`"
    ),
    "panel.unusable panel": "the panel cannot be used; fix the problems above.",
}


#: The words of the problems of panels (TZ6xx), merged into `problems_en.PROBLEMS`.
PANEL_PROBLEMS: dict[str, str] = {
    "duplicate-place": "duplicate place id {place!r}{first}",
    "unknown-parent": "unknown parent {parent!r}; places: {known}",
    "parent-not-above": (
        "the parent {parent!r} is a {parent_level}, not above this {level}: a parent stands "
        "higher (nation, province, prefecture, county)"
    ),
    "parent-cycle": "{place!r} is its own ancestor (a cycle of parents)",
    "place-without-dataset": "{path!r} holds no {targets} (looked in {folder})",
    "name-under-other-ids": (
        "the indicator {name!r} has the id {id!r} here, but {users}{more} file it under "
        "{common!r}; use {common!r} so that places compare"
    ),
    "not-the-shared-id": (
        "{name!r} is the shared indicator {shared!r}; use that id so that places compare in a panel"
    ),
}

_LEVELS = ("nation", "province", "prefecture", "county")

#: Their parts: a level, a panel with no places, a panel never overwritten.
PANEL_PARTS: dict[str, str] = {
    **{f"{part}.{level}": level for part in ("level", "parent_level") for level in _LEVELS},
    "known.none": "none",
    "consequence.panel": "panel init never overwrites a panel",
    "more.some": " and {others} more",
}
