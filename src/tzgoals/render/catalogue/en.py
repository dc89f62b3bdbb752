"""Every English word tzgoals shows people, keyed by what it says; `zh.py` has the same keys.

Templates take named values (`{figure}`, `{year}` …) that the renderers fill from result facts.
"""

WORDS: dict[str, str] = {
    # statuses, trends and directions
    "met": "met",
    "missed": "missed",
    "unreported": "unreported",
    "better": "better",
    "worse": "worse",
    "same": "same",
    "unclear": "unclear",
    "floor": "a floor: higher is better",
    "ceiling": "a ceiling: lower is better",
    "band": "a band: met inside it",
    # headers
    "Status": "Status",
    "Goal": "Goal",
    "Target": "Target",
    "Actual": "Actual",
    "Gap": "Gap",
    "Attained": "Attained",
    "Area": "Area",
    "Targets": "Targets",
    "Reported": "Reported",
    "Total": "Total",
    "Indicator": "Indicator",
    "Change": "Change",
    "Direction": "Direction",
    "Figure": "Figure",
    "Source": "Source",
    "Quote": "Quote",
    "Note": "Note",
    "not scorable": "not scorable",
    # cells
    "milestone": "milestone",
    "qualitative": "qualitative",
    "done": "done",
    "not done": "not done",
    "pp": "pp",
    "not reported": "— not reported in the sources",
    # view texts
    "no targets": "the source names this area but sets no target in it",
    "targets for": "targets for {year}",
    "named example": "{name} (the example shipped with tzgoals)",
    "example.note": (
        "tzgoals: no dataset here (no {targets} in this folder or in ./data, no --data, "
        "{variable} not set): this is the example shipped with tzgoals. `tzgoals init DIR` "
        "starts a dataset of your own."
    ),
    "cite.retrieved": "retrieved {date}",
    "mark.by_scope": "§ by scope (the figure of a narrower or wider measure)",
    "mark.lower_bound": "≥ lower bound (the true figure is at least this)",
    "mark.upper_bound": "≤ upper bound (the true figure is at most this)",
    "mark.approximate": "~ approximate",
    "html.history": "The track record of each indicator across years",
    "html.indicator history": "this indicator across years",
    "after_miss.dropped": "dropped after a miss",
    "after_miss.lowered": "lowered after a miss",
    "mark.estimate": "* estimate",
    "mark.pace": (
        "◷ a figure for part of the year: its pace against the share of the year gone "
        "(序时进度), not a verdict"
    ),
    "Pace": "Pace",
    "period": "Jan–{last}",
    "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov",
    "reported share": (
        "The sources report a result for {reported} of {targets} targets{share}; "
        "{scored} scored, {not_scorable} not scorable."
    ),
    "unreported split": " ({not_scorable} reported but not scorable, {never} never mentioned)",
    "shown of": "Showing {shown} of {total} goals.",
    "in both years": "Reported in both years",
    "only in": "Reported only in {year}",
    "without target": "Reported for {year} without a target",
    "coverage": "Coverage by area, {year}",
    # reasons: why a goal has its status
    "reason.compare": "{figure} {symbol} {target}",
    "reason.about.floor.met": "{figure} within or above {target}",
    "reason.about.floor.missed": "{figure} outside and not above {target}",
    "reason.about.ceiling.met": "{figure} within or below {target}",
    "reason.about.ceiling.missed": "{figure} outside and not below {target}",
    "reason.band.met": "{figure} within {target}",
    "reason.band.missed": "{figure} outside {target}",
    "reason.pp.met": "{before}% → {after}%: {change} pp, meeting {required} pp",
    "reason.pp.missed": "{before}% → {after}%: {change} pp, short of {required} pp",
    "reason.pp.bound": "{change} pp on the bounds reported",
    "reason.reported_done": "reported done",
    "reason.reported_not_done": "reported not done",
    "reason.judged_achieved": "judged achieved in the source",
    "reason.judged_not_achieved": "judged not achieved",
    "reason.no_result": "no {year} result for this indicator",
    "reason.no_outcome": "no {year} result says whether it was done",
    "reason.no_judgement": "no recorded judgement for {year}",
    "reason.no_baseline": "no baseline: no {year} result for this indicator",
    "reason.bound_undecided": (
        "the figures reported only bound it and do not decide {target}: {bounds}"
    ),
    "bound.low": "at least {figure}",
    "bound.high": "at most {figure}",
    "bound.none": "{figure}, which bounds nothing",
    "evidence.own": "{name}",
    "evidence.narrower": "{name}, a narrower measure",
    "evidence.wider": "{name}, a wider measure",
    # qualifiers of a verdict
    "qualifier.estimate": "estimate",
    "qualifier.lower_bound": "lower bound",
    "qualifier.upper_bound": "upper bound",
    "qualifier.approximate": "approximate",
    "qualifier.by_scope.narrower": (
        "by scope: {name}, a narrower measure, is a lower bound of this one"
    ),
    "qualifier.by_scope.wider": "by scope: {name}, a wider measure, is an upper bound of this one",
    # the arithmetic of `show`
    "arithmetic": "{reason} → {status}",
    "arithmetic.attained": "{share}% attained",
    "gap.met": "{gap} to spare",
    "gap.floor": "{gap} short",
    "gap.ceiling": "{gap} over",
    "gap.band": "{gap} outside",
    "clause separator": ", ",
    "list": ", ",
    "sentence end": ".",
    "sentence separator": " ",
    # views in a terminal and in Markdown
    "titled": "{name}: {what}",
    "Id": "Id",
    "short.Attained": "%",
    "field": "{name} {value}",
    "count.met": "{count} met",
    "count.missed": "{count} missed",
    "count.unreported": "{count} unreported",
    "figure of year": "{figure} ({year})",
    "qualified": "{text} ({notes})",
    "notes separator": "; ",
    "aside": " ({text})",
    "both names": "{name} ({other})",
    "share": " ({percent}%)",
    "amount.pp": "{amount} pp",
    "sorted": "All areas, by {order}",
    "order.status": "status",
    "order.attainment": "attainment, lowest first",
    "order.gap": "gap, furthest short first",
    "marks": "Marks",
    "footnotes": "Notes",
    "comparator.at_least": "at least",
    "comparator.more_than": "more than",
    "comparator.at_most": "at most",
    "comparator.less_than": "less than",
    "comparator.between": "a range",
    "comparator.about": "about",
    "comparator.pp_change": "a change in percentage points",
    "comparator.milestone": "milestone",
    "comparator.qualitative": "qualitative",
    "target change.tightened": "tightened",
    "target change.loosened": "loosened",
    "target change.unchanged": "unchanged",
    "target change.changed": "changed",
    "target change.added": "added",
    "target change.dropped": "dropped",
    "target changes": "Targets {from_year} → {to_year}",
    "nothing to compare": "No earlier year of {what} in the data ({years}): nothing to compare.",
    "diff.backwards": (
        "FROM ({from_year}) is later than TO ({to_year}): diff compares an earlier year with "
        "a later one. Did you mean `{meant}`?"
    ),
    "what.targets": "targets",
    "what.results": "results",
    "no years": "none",
    # messages of the commands that check and write
    "check.error": "{count} error",
    "check.errors": "{count} errors",
    "check.warning": "{count} warning",
    "check.warnings": "{count} warnings",
    "check.files": "{targets} and {actuals}",
    "check.example": "the example shipped with tzgoals ({files})",
    "check.found": "{counts} in {files}",
    "check.clean": "no problems in {files}",
    "check.share": "{found} of {checked}",
    "check.quotes": "; {share} quotes found in the archived texts",
    "check.quote": "; {share} quote found in the archived text",
    "init.done": (
        "Wrote {targets}, {actuals} and {count} sample texts in {sources}: an example "
        "county's dataset, which passes `tzgoals check`.\n"
        "See it work:\n"
        "  cd {folder}\n"
        "  tzgoals check\n"
        "  tzgoals status\n"
        "Then make it yours: archive your documents with `tzgoals source add FILE` and replace "
        "the example's entries with your own (the README's \"Build a dataset for another place\")."
    ),
    "extract.part_year": (
        "Figures for part of a year (上半年, 前三季度, 1-9月): {count}, drafted with "
        "through_month: a pace, never the year's result."
    ),
    "extract.done": (
        "Drafted from {plan}: targets {targets}, figures of earlier years {figures}; "
        "check each against its quote."
    ),
    "draft.header": (
        "# Drafted by `tzgoals extract`: check every entry against its quote. Replace each TODO\n"
        "# (areas, English names, tolerances); drop the areas and indicators your dataset already\n"
        "# has and point the targets and actuals at its ids."
    ),
    "draft.comment": "# {kind}: rule {rule}, confidence {confidence}",
    "draft.kind.target": "target",
    "draft.kind.actual": "actual",
    "draft.rule.part_year": (
        "{rule}; a result of {year} so far: January to month {month}, not the whole year"
    ),
    "draft.rule.result": "{rule}; a result of {year} ({word})",
    "draft.rule.side": "{rule}; {side} ({why})",
    "draft.why.fall": "{word}: a fall to reach",
    "draft.why.lower": "{word}: lower is better",
    "draft.why.band": "{word}…左右: neither higher nor lower",
    "draft.why.default": "default: higher is better",
    "draft.todo.area": "TODO: the id of one of this year's [[areas]]",
    "draft.todo.tolerance": "TODO: half-width of the band in {unit}; say why",
    "extract.other_year": (
        "{plan} sets its targets for {stated} ({words}), not for --year {given}: give "
        "--year {stated}, or --force-year to draft them as targets of {given}."
    ),
    "into.no_folder": (
        "there is no dataset folder {path}: create one with `tzgoals init {path}`, or give "
        "the folder of an existing dataset."
    ),
    "extract.passed_over": "Clauses passed over, not drafted: {count}",
    "passed_over.control_character": (
        "it holds a control character (shown escaped), which no dataset takes"
    ),
    "passed_over.implausible_figure": (
        "a figure beyond what a dataset takes (at most {digits} significant digits, from "
        "{smallest} to below {largest})"
    ),
    "passed_over.negative_count": (
        "a figure below zero in a unit that counts or sums, which no dataset takes; a fall is "
        "its own indicator with the positive number (下降X)"
    ),
    "passed_over.points_not_a_change": (
        "a figure in percentage points, which a dataset holds only as a target's rise or fall "
        "(提升/下降 X个百分点, comparator pp_change), not as this clause sets it"
    ),
    "passed_over.points_result": (
        "a change in percentage points of an earlier year, not a level a result records"
    ),
    "passed_over.restated": "it restates a target drafted from {kept}",
    "passed_over.span_of_years": (
        "a figure of a span of years (五年累计, 十年来, a five-year plan's period), not of one year"
    ),
    "passed_over.planned_amount": (
        "an amount an earlier year's budget arranged (安排), not a result it measured"
    ),
    "into.areas_added": "New areas, from the plan's headings: {areas}.",
    "into.area_comment": "drafted by tzgoals extract from a heading; TODO: its English title",
    "area.done": "Added area {id} of {year} to {path}.",
    "into.provenance": "drafted by tzgoals extract: rule {rule}, confidence {confidence}",
    "into.done": "Added to {path}: targets {targets}, new indicators {indicators}.",
    "into.nothing": "Nothing added to {path}.",
    "into.unknown_area": (
        "no area '{area}' for {year}; its areas for {year}: {areas}. Give one of them with --area."
    ),
    "did you mean": " Did you mean '{name}'?",
    "into.no_areas": (
        "no areas for {year}: add one as an [[areas]] entry (id, year, title, source, quote), "
        "then give its id with --area."
    ),
    "into.unlisted_source": (
        "source '{source}' is not listed under [[sources]]: archive the plan first with "
        "`{command}`, or name a listed source with --source."
    ),
    "into.left_out": "{count} not added (draft them with --format toml, decide, then paste):",
    "left_out.past_figure": "a figure of {year}: check it, then add it with `tzgoals record`",
    "left_out.needs_tolerance": (
        "an `about` target needs its tolerance, which the source does not state"
    ),
    "left_out.already_there": "the dataset has this target already ({known})",
    "left_out.already_recorded": "a result of {year} the dataset records already ({known})",
    "suggest.none_open": "Every target of {year} has a result already; nothing to suggest.",
    "suggest.no_passage": "no passage of the review seems to report it",
    "suggest.part_year": "{period} only: a pace, not the year's result",
    "suggest.score": "score",
    "suggest.figure": "figure",
    "suggest.notes": "qualifiers and scope",
    "suggest.quote": "quote",
    "suggest.scope.target": "{word}: target only",
    "suggest.scope.passage": "{word}: passage only",
    "source.converted": "note: {document} is {encoding} text; it is archived as UTF-8.",
    "source.done": ("Added source {file}, {where} {text}, listed at {place} with its SHA-256."),
    "source.archived": "archived as",
    "source.already_archived": "already archived as",
    "source.title_guessed": (
        "Its title is the text's first line, {title}; change it there if need be."
    ),
    "publish.done": "Wrote {files} to {folder}.",
    "problem.warning": "warning: ",
    "problems.more_like_these": "… and {count} more problems like these.",
    "problems.more": "… and {count} more problems.",
    "problems.unusable": (
        "the data cannot be used; fix the problems above (`tzgoals check` lists them all)."
    ),
    "record.done": "Recorded {indicator} {year} at {place}.",
    "import.done": "Added {count} {section} to {path}.",
    "section.sources": "sources",
    "section.areas": "areas",
    "section.indicators": "indicators",
    "section.targets": "targets",
    "section.actuals": "actuals",
    # html page
    "html.lang.en": "English",
    "html.lang.zh": "中文",
    "html.language": "Language",
    "html.search": "Search",
    "html.search hint": "Names, ids, quotes …",
    "html.statuses": "Statuses shown",
    "html.trends": "Directions shown",
    "html.open all": "Open all",
    "html.close all": "Close all",
    "html.skip": "Skip to the goals",
    "html.no match": "No goal matches the search and the statuses chosen.",
    "html.no change matches": "No indicator matches the search and the directions chosen.",
    "html.open hint": "Open a goal for its quotes, sources and arithmetic.",
    "html.never mentioned": "never mentioned",
    "html.not scorable": "reported, not scorable",
    "html.bar": (
        "{met} met, {missed} missed, {not_scorable} reported but not scorable, "
        "{never} never mentioned, of {targets}"
    ),
    "html.sources": "Sources",
    "html.published": "published {date}",
    "html.retrieved": "retrieved {date}",
    "html.link": "original",
    "html.generated": (
        "Generated {time} by tzgoals from the dataset's files; "
        "nothing is loaded from outside this page."
    ),
    "html.arithmetic": "Arithmetic",
    "html.previous": "{year}, the year before",
    "html.qualifiers": "as the source qualifies it: {flags}",
    "html.goal id": "Id",
    "html.comparator": "compared as “{comparator}”",
    "html.kind": "compared as “{comparator}”; {direction}",
    "html.title": "{name}: {what}",
    "html.changes": "Change {from_year} → {to_year}",
    "html.shown indicators": "Showing {shown} of {total} indicators.",
    "html.target changes shown": "Changes shown",
    "html.no target change matches": "No indicator matches the search and the changes chosen.",
    # a refused quote: the look-alike characters that part it from the text
    "hints": "; look-alike characters differ (a quote must be copied verbatim): {hints}",
    "hint.separator": "; ",
    "hint.full-width": "the quote has {quote} (full-width) where the text has {text}",
    "hint.half-width": (
        "the quote has {quote} (half-width) where the text has {text} (full-width)"
    ),
    "hint.traditional": (
        "the quote has {quote} (traditional) where the text has {text} (simplified)"
    ),
    "hint.simplified": (
        "the quote has {quote} (simplified) where the text has {text} (traditional)"
    ),
    "hint.invisible": "the quote holds an invisible character, {quote}, that the text does not",
    # a figure worked out rather than quoted
    "Derivation": "Derivation",
    "derivation.line": "Derivation: {text}",
    # the command line's own refusals
    "cli.undecodable": (
        "argument {argument} holds bytes that are not {encoding} text (a file name or a "
        "terminal in another encoding?): type it again, or rename the file, in {encoding}"
    ),
    "cli.cannot write": "cannot write the output: {reason}",
    "cli.system refused": "the system refused: {reason}{file}",
    # the cache of parsed files (`tzgoals cache`)
    "cache.folder": "Cache folder: {folder} ({state})",
    "cache.in use": "in use",
    "cache.not in use": "not in use: turned off, or the folder cannot be written",
    "cache.entries": "Entries: {entries}, {size} MB",
    "cache.limit": (
        "Limit: {limit} MB (TZGOALS_CACHE_MAX_MB); the entries used longest ago go first"
    ),
    "cache.cleared": "Removed {entries} entries from {folder}.",
}

from tzgoals.render.catalogue.panel_en import PANEL_WORDS  # noqa: E402

WORDS.update(PANEL_WORDS)

from tzgoals.render.catalogue.years_en import YEARS_WORDS  # noqa: E402

WORDS.update(YEARS_WORDS)

from tzgoals.render.catalogue.refusals_en import REFUSAL_WORDS  # noqa: E402

WORDS.update(REFUSAL_WORDS)
