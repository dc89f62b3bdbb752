"""The words of years, revisions and pace in English (a track record, the vintages of a
figure, the pace of part of a year), merged into `en.WORDS` and `problems_en.PROBLEMS`."""

YEARS_WORDS: dict[str, str] = {
    "title.as_of": "{title}, as of {date}",
    "history.title": "track record",
    "history.record": "met {met} of {scored} years scored",
    "history.unreported": " ({count} unreported)",
    "history.chart key": "{target} target  {result} result  {both} both",
    "history.none": "No indicator has targets in two or more years; name one to see its record.",
    "history.Year": "Year",
    "history.Result": "Result",
    "history.After a miss": "After a miss",
    "vintage.published": "Published {date}",
    "vintage.estimate": "estimate",
    "vintage.preliminary": "preliminary",
    "vintage.final": "final",
    "vintage.revised": "revised",
    "mark.revised": "† revised (a later figure changed the verdict the first gave)",
    "pace.on_pace": "on pace",
    "pace.behind_pace": "behind pace",
    "pace.no_pace_rule": "no pace rule",
    "pace.count": "{on} of {judged} goals with a figure for part of the year only are on pace",
    "pace.cell": "{pace} ({gap})",
    "pace.level": "{figure} for {period}, against the year's target {target}: {pace}, {gap}",
    "pace.completion.behind": (
        "{figure} for {period} is {completion}% of the year's target {target}, {gap} "
        "percentage points behind pace ({expected}% of the year gone)"
    ),
    "pace.completion.ahead": (
        "{figure} for {period} is {completion}% of the year's target {target}, {gap} "
        "percentage points ahead of pace ({expected}% of the year gone)"
    ),
    "pace.completion.exact": (
        "{figure} for {period} is {completion}% of the year's target {target}, exactly on "
        "pace ({expected}% of the year gone)"
    ),
    "pace.none": (
        "{figure} for {period}: a milestone, a qualitative target or a change in percentage "
        "points has no pace rule"
    ),
    "pace.not verdict": "not a verdict: only the whole year's figure decides met or missed",
    "revised count": "; a later figure changed {count} of the verdicts (†)",
    "qualifier.revised": "revised: the first figure gave another verdict",
}

YEARS_PROBLEMS: dict[str, str] = {
    "not-a-partial-date": (
        "{named}expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found {found!r}"
    ),
    "not-a-calendar-date": "{named}{found!r} is not a date in the calendar",
    "estimate-contradicts-vintage": (
        'estimate = true contradicts vintage = "{vintage}"; keep one of them'
    ),
    "expected-through-month": (
        "{named}expected the last month a year-to-date figure covers, a whole number from 1 to "
        "11 (9 for 1-9月 or 前三季度; leave it out for the whole year), found {found}"
    ),
}

YEARS_PARTS: dict[str, str] = {
    "release.date": " published on the same date ({date}); a revision needs its own as_of",
    "revision.actual": "; a later figure that revises it is recorded with its own --as-of",
    "through.month": " through month {month}",
}
