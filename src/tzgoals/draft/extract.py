"""A plan's text in, draft targets out: each with its verbatim clause, rule and confidence.

The clause is the quote, so a draft never holds a figure its quote does not show. A figure
about an earlier year (去年, 2022年, 目前/累计 stocks, 预计 on a past year; see `timing`) is not
a target: it is offered as a draft *actual* of that year, with the qualifiers written on it
(超 → lower bound, 近/约 → approximate, 预计 → estimate). Headings state no target, and a
figure only approximately written (近125亿元, 20多名) describes; it is never a target.

Confidence is the rule's (see `phrasing`), times 0.7 when the clause names no indicator (two
characters or fewer: a person must name it), times 0.9 for a result whose year was set by words
in an earlier sentence rather than its own.

Only what a dataset could hold is drafted. A clause that reads as a draft but holds a character
no dataset takes (`vocabulary.CONTROL_CHARACTERS`: an escape sequence, a bidirectional
override), or a figure beyond the plausible (`units.implausible`), is passed over, and so is a
target that restates another of the same text: the same comparator, figures, unit and year, the
other's quote all in its own, in order (a news article's lede 提出广东2023年地区生产总值预期目标为
增长5%以上 restates the list's 地区生产总值增长5%以上; the list's, shorter and so nearer the
indicator's own words, is kept). A clause that names no indicator restates nothing: 增长1.3%
twice may be two indicators. `extraction` gives each clause passed over and why, as a fact.

In a whole report the review of last year comes first: its figures are actuals of that year
(`timing`), but a total over a span of years (近五年累计, 十年来, a five-year plan's period and
its targets) is no year's figure, and an amount a past budget arranged (安排, 拟安排) was
authorised, not measured: both are passed over with their reason. A forecast (预计 this year or
later) is neither, and is left unsaid. Each draft names the area of the plan's structure it
stands in (`sections`), and `Extraction.areas` lists them.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Literal, NamedTuple

from tzgoals.draft.announced import announced
from tzgoals.draft.clauses import Clause, flatten, join_enumerations, split_clauses
from tzgoals.draft.lexicon import EASING, FALL, RISE
from tzgoals.draft.part_year import periods, without_period
from tzgoals.draft.phrasing import Reading, direction_of, read
from tzgoals.draft.plan_year import StatedYear, stated_year
from tzgoals.draft.respectively import respective
from tzgoals.draft.rule_examples import RuleId
from tzgoals.draft.sections import DocumentArea, structure
from tzgoals.draft.timing import When, timeline
from tzgoals.script import simplified
from tzgoals.units import implausible, is_percentage_point, may_be_negative
from tzgoals.vocabulary import Comparator, Direction, Flag, control_character_pattern

SHORT_NAME = 2
_LOWER_IS_BETTER = frozenset({Comparator.AT_MOST, Comparator.LESS_THAN})
_FLOORS = frozenset({Comparator.AT_LEAST, Comparator.MORE_THAN})
_ONE_SIDED = _FLOORS | _LOWER_IS_BETTER


class Draft(NamedTuple):
    """A target (or a result) as a person would enter it, with where it was read from."""

    kind: Literal["target", "actual"]
    #: The indicator's words in the clause, e.g. 地区生产总值增长.
    name: str
    #: None for an actual: a result is a figure, not a comparison.
    comparator: Comparator | None
    value: Decimal | None
    value_max: Decimal | None
    unit: str | None
    #: For a target: which side of 左右 is good. For an actual: CEILING when its phrasing holds
    #: the figure down (控制在…以内, 失业率), so that its indicator is drafted lower-is-better.
    direction: Direction | None
    year: int
    #: The clause, verbatim but for layout line breaks (see `clauses.flatten`).
    quote: str
    source: str
    #: The rule of `phrasing` that read it (growth, about …); `render.rule_text` says it with
    #: the words below.
    rule: RuleId
    confidence: float
    #: For an actual: the qualifiers to record (estimate, lower_bound, approximate).
    flags: tuple[Flag, ...] = ()
    #: For 左右 and a bare count: the word that set which side is good (涨幅, 下降), "" when
    #: none did and higher is better by default (`phrasing.direction_of`).
    side_word: str = ""
    #: For an actual: the words that made it a result of its year (去年, 预计, 2022年).
    year_word: str = ""
    #: The id of the area of the plan's structure the clause stands in (`sections`), or "".
    area: str = ""
    #: For an actual of part of the year (上半年, 前三季度, 1-9月: `part_year`), the month it
    #: runs to; None for the whole year.
    through_month: int | None = None


#: Why a clause that reads as a draft is not drafted: it holds a control character, a figure
#: beyond the plausible, or it restates another draft's target.
PassOverReason = Literal[
    "span_of_years",
    "planned_amount",
    "control_character",
    "implausible_figure",
    "restated",
    "negative_count",
    "points_not_a_change",
    "points_result",
]


class PassedOver(NamedTuple):
    """A clause not drafted, and why; the words are render's."""

    #: The clause as it would have been quoted, control characters and all: escape it to show it.
    quote: str
    reason: PassOverReason
    #: For a restatement: the quote of the draft it restates.
    kept: str = ""


class Extraction(NamedTuple):
    """The drafts of a plan, in text order, the clauses passed over, the year the plan says
    its targets are for (None when it names none; see `plan_year`), and the areas its
    structure gives, in the order it names them (`sections`)."""

    drafts: list[Draft]
    passed_over: list[PassedOver]
    stated: StatedYear | None = None
    areas: tuple[DocumentArea, ...] = ()


def _stands_alone(text: str) -> bool:
    """A figure the rules read ends a target; a milestone may list its objects (建成A、B)."""
    reading = read(flatten(text))
    return reading is not None and reading.value is not None


def _confidence(reading: Reading, when: When) -> float:
    confidence = reading.confidence
    if len(reading.name) <= SHORT_NAME:
        confidence *= 0.7
    if when.kind == "result" and when.inherited:
        confidence *= 0.9
    return round(confidence, 2)


def _held_down(reading: Reading) -> bool:
    """Whether the phrasing holds the figure down (控制在…以内, 失业率, 涨幅): its indicator
    is one where lower is better, whether the figure is a target or a result."""
    return (
        reading.comparator in _LOWER_IS_BETTER
        or reading.direction is Direction.CEILING
        or direction_of(reading.name)[0] is Direction.CEILING
    )


def _actual(reading: Reading, when: When, quote: str, source: str) -> Draft | None:
    if reading.value is None or reading.value_max is not None:
        return None  # a past milestone or range measures nothing we could record
    flags = reading.flags + ((Flag.ESTIMATE,) if when.estimate else ())
    return Draft(
        "actual",
        reading.name,
        None,
        reading.value,
        None,
        reading.unit,
        Direction.CEILING if _held_down(reading) else None,
        when.year,
        quote,
        source,
        reading.rule,
        _confidence(reading, when),
        tuple(sorted(set(flags))),
        year_word=when.reason,
    )


def _target(reading: Reading, when: When, quote: str, source: str) -> Draft | None:
    if reading.value is not None and (
        Flag.APPROXIMATE in reading.flags and reading.comparator is not Comparator.ABOUT
    ):
        return None
    return Draft(
        "target",
        reading.name,
        reading.comparator,
        reading.value,
        reading.value_max,
        reading.unit,
        reading.direction,
        when.year,
        quote,
        source,
        reading.rule,
        _confidence(reading, when),
        side_word=reading.direction_word,
    )


#: Rules that read what a budget arranges: a result of no year, whatever the review says.
_PLANNED = frozenset({RuleId.PLANNED, RuleId.PLANNED_AMOUNT})


def _readings(quote: str) -> list[Reading]:
    """What the clause says: a reading for each figure it pairs with a name by 分别
    (`respectively`), when the rules read every one, else the rules' one reading, if any."""
    paired = [read(text) for text in respective(quote)]
    if paired and all(r is not None and r.value is not None for r in paired):
        return [r for r in paired if r is not None]
    reading = read(quote)
    return [] if reading is None else [reading]


def _part_year(reading: Reading, when: When, quote: str, source: str, month: int) -> Draft | None:
    """A figure for January to `month` (上半年, 前三季度, 1-9月) of the year its words name, or
    of the plan's: a result so far, never the year's result and never a target."""
    draft = _actual(reading, when._replace(kind="result"), quote, source)
    if draft is None:
        return None
    return draft._replace(name=without_period(draft.name), through_month=month)


def _drafts(
    clause: Clause, when: When, source: str, month: int | None = None
) -> list[Draft | PassedOver]:
    """The clause's drafts; or, for a figure that is neither a target nor a result of one year
    (a span's total, an amount a past budget arranged), why it is passed over. `month` is the
    month a figure for part of the year runs to (`part_year`)."""
    if clause.heading:
        return []
    quote = flatten(clause.text)
    readings = [r for r in _readings(quote) if r.value is not None or when.kind == "target"]
    if not readings:
        return []
    if when.kind == "none":
        # a forecast (预计 this year or later) is no figure of any kind: left unsaid
        return [] if when.reason.startswith("预计") else [PassedOver(quote, "span_of_years")]
    if month is not None and all(r.value is not None and r.rule not in _PLANNED for r in readings):
        parts = [_part_year(reading, when, quote, source, month) for reading in readings]
        return [draft for draft in parts if draft is not None]
    if when.kind == "result":
        if any(reading.rule in _PLANNED for reading in readings):
            return [PassedOver(quote, "planned_amount")]
        drafted = [_actual(reading, when, quote, source) for reading in readings]
    else:
        drafted = [_target(reading, when, quote, source) for reading in readings]
    return [draft for draft in drafted if draft is not None]


def _unholdable(draft: Draft) -> PassOverReason | None:
    """Why no dataset could hold the draft: its quote (whence its name) or a figure: beyond
    the plausible, below zero in a unit that counts (新增-3家), or in percentage points other
    than as a target's change (see `points_change`)."""
    if control_character_pattern().search(draft.quote):
        return "control_character"
    figures = [f for f in (draft.value, draft.value_max) if f is not None]
    if any(implausible(figure) for figure in figures):
        return "implausible_figure"
    if draft.unit is not None and any(f < 0 for f in figures) and not may_be_negative(draft.unit):
        return "negative_count"
    if draft.unit is not None and is_percentage_point(draft.unit):
        if draft.kind == "actual":
            return "points_result"
        if draft.comparator is not Comparator.PP_CHANGE:
            return "points_not_a_change"
    return None


_RISE = RISE.words
_FALL = FALL.words + EASING.words


def points_change(draft: Draft) -> Draft:
    """A target in percentage points written with its verb as a change a dataset holds
    (pp_change): 提升2个百分点以上 is a rise of at least 2, 下降1个百分点以上 a change of at
    most -1, 提高0.5个百分点以内 a rise of at most 0.5. Any other target in points, or one
    with no such verb (占比达到2个百分点), is left as it is, for `_unholdable` to pass over."""
    if (
        draft.kind != "target"
        or draft.unit is None
        or not is_percentage_point(draft.unit)
        or draft.value is None
        or draft.comparator not in _ONE_SIDED
    ):
        return draft
    readable = simplified(draft.name)
    verb = next((v for v in (*_RISE, *_FALL) if readable.endswith(v)), None)
    if verb is None:
        return draft
    floor = draft.comparator in _FLOORS
    value = draft.value
    if verb in _FALL:
        value, floor = -value, not floor
    return draft._replace(
        name=draft.name[: -len(verb)],
        comparator=Comparator.PP_CHANGE,
        value=value,
        direction=None if floor else Direction.CEILING,
        side_word="" if floor else verb,
    )


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _within(shorter: str, longer: str) -> bool:
    """Whether every character of `shorter` stands in `longer`, in order."""
    rest = iter(longer)
    return all(character in rest for character in shorter)


def _restates(draft: Draft, other: Draft) -> bool:
    """Whether one of two targets of the same figures restates the other (see the module's
    docstring)."""
    if min(len(draft.name), len(other.name)) <= SHORT_NAME:
        return False
    one, another = sorted((_squeezed(draft.quote), _squeezed(other.quote)), key=len)
    return _within(one, another)


def _without_restatements(drafts: Iterable[Draft]) -> tuple[list[Draft], list[PassedOver]]:
    """The drafts, of each target and its restatements only the one with the shortest quote."""
    kept: list[Draft] = []
    passed_over: list[PassedOver] = []
    #: Where the kept targets of each comparator, figures, unit and year stand in `kept`.
    alike: dict[tuple[object, ...], list[int]] = {}
    for draft in drafts:
        if draft.kind != "target":
            kept.append(draft)
            continue
        key = (draft.comparator, draft.value, draft.value_max, draft.unit, draft.year)
        places = alike.setdefault(key, [])
        index = next((i for i in places if _restates(draft, kept[i])), None)
        if index is None:
            places.append(len(kept))
            kept.append(draft)
        elif len(_squeezed(draft.quote)) < len(_squeezed(kept[index].quote)):
            passed_over.append(PassedOver(kept[index].quote, "restated", draft.quote))
            kept[index] = draft
        else:
            passed_over.append(PassedOver(draft.quote, "restated", kept[index].quote))
    return kept, passed_over


def _as_introduced(whens: list[When], introduced: list[bool], year: int) -> list[When]:
    """A clause introduced as a target (主要预期目标是: …, 力争…) is a target of the plan's
    year, whatever year its words name: never a result."""
    return [
        When("target", year, when.reason) if targeted and when.kind == "result" else when
        for when, targeted in zip(whens, introduced, strict=True)
    ]


def extraction(text: str, year: int, source: str) -> Extraction:
    """Draft targets (and past results) from the text of a plan for `year`, and say which
    clauses were passed over and why."""
    segments = join_enumerations(split_clauses(text), text, _stands_alone)
    stated = announced(text, segments)
    whens = _as_introduced(timeline(segments, year), stated, year)
    layout = structure(text, segments, stated)
    holdable: list[Draft] = []
    passed_over: list[PassedOver] = []
    for segment, when, month in zip(segments, whens, periods(segments), strict=True):
        for draft in _drafts(segment, when, source, month):
            if isinstance(draft, PassedOver):
                passed_over.append(draft)
                continue
            area = layout.area_at(segment.start)
            draft = points_change(draft._replace(area="" if area is None else area.id))
            reason = _unholdable(draft)
            if reason is None:
                holdable.append(draft)
            else:
                passed_over.append(PassedOver(draft.quote, reason))
    drafts, restatements = _without_restatements(holdable)
    year_stated = stated_year(text, segments)
    return Extraction(drafts, passed_over + restatements, year_stated, tuple(layout.areas))


def extract(text: str, year: int, source: str) -> list[Draft]:
    """Draft targets (and past results) from the text of a plan for `year`, in text order."""
    return extraction(text, year, source).drafts
