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
    "no targets": "no targets set in this area by the sources",
    "targets for": "targets for {year}",
    "mark.by_scope": "§ by scope (the figure of a narrower or wider measure)",
    "mark.lower_bound": "≥ lower bound (the true figure is at least this)",
    "mark.upper_bound": "≤ upper bound (the true figure is at most this)",
    "mark.approximate": "~ approximate",
    "mark.estimate": "* estimate",
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
}
