"""The command line's refusals in English (a folder publish may not write, an unknown id, an
option without the one it goes with, a name no dataset can hold), merged into `en.WORDS`."""

REFUSAL_WORDS: dict[str, str] = {
    "publish.not_folder": "{folder} is not a folder; give a folder for the bundle.",
    "publish.unreadable": "cannot read {folder}: {why}",
    "publish.occupied": (
        "{folder} holds files that are not an earlier tzgoals bundle ({shown}); "
        "nothing was written. Give a new or empty folder."
    ),
    "publish.write_refused": "{folder}: {problem}",
    "publish.write_failed": "cannot write the bundle in {folder}: {why}",
    "unholdable.control": (
        "{what} {value} holds a control character, which no dataset takes; {advice}."
    ),
    "unholdable.empty": "{what} is empty; {advice}.",
    "unholdable.plan_name": "the plan's file name",
    "unholdable.source": "--source",
    "unholdable.area": "--area",
    "unholdable.name_source": "name the source with --source",
    "unholdable.source_listed": "give the file name its [[sources]] entry lists",
    "unholdable.area_listed": "give the id of one of the year's [[areas]]",
    "extract.area_without_into": (
        "--area goes with --into: in TOML each target is under its section's area, "
        "or a TODO to fill in."
    ),
    "suggest.source_control": (
        "the source name {source} holds a control character, which no dataset's source "
        "name may: give the review's name under [[sources]] with --source NAME."
    ),
    "suggest.folder_control": (
        "the folder {folder} holds a control character in its path, which each "
        "`tzgoals record` command would carry: run suggest inside it, without --data."
    ),
    "suggest.no_targets": "the dataset has no targets for {year} (years with targets: {years}).",
    "closest_ids": " Closest ids: {ids}.",
    "history.unknown": "no indicator with id {id}.{hint}",
    "show.unknown": "no goal with id {id}.{hint} `tzgoals status --ids` lists all ids.",
    "output.closed": "standard output is closed, so there is nowhere to write",
    "output.unwritable": "cannot write the output: {why}",
    "output.bad_epoch": "SOURCE_DATE_EPOCH must be a whole number of seconds, not {epoch}",
    "panel.goals_format": "--goals writes csv or json, not {format}: add --format csv",
    "selection.no_targets": "the dataset has no targets",
    "selection.no_year": "no targets for {year}; years with targets: {years}",
    "selection.no_area": "no area {areas} in {year}; areas: {known}",
    "selection.no_area_near": "no area {areas} in {year}; areas: {known} (did you mean {near!r}?)",
    "years.same": "FROM and TO are both {year}: give two different years",
    "years.none_of.results": "no results for {year}; years with results: {years}",
    "years.none_of.targets": "no targets for {year}; years with targets: {years}",
    "paths.variable_unusable": (
        "TZGOALS_DATA is set to {name}, which cannot be a folder ({why}): point it at a "
        "dataset folder, or unset it."
    ),
    "paths.variable_empty": (
        "TZGOALS_DATA is set to {name}, which holds no targets.toml: point it at a dataset "
        "folder, or unset it."
    ),
    "paths.half_pair": (
        "give --targets and --actuals together, or --data DIR for a folder with both."
    ),
    "paths.both_ways": "give either --data DIR or --targets/--actuals, not both.",
    "paths.example_not_writable": (
        "there is no dataset here (no targets.toml in this folder, none in ./data, and "
        "TZGOALS_DATA is not set), and the example shipped with tzgoals is not to be changed: "
        "run this in your dataset's folder, or give --data DIR (or --targets and --actuals); "
        "`tzgoals init DIR` starts a new one."
    ),
}
