"""A plan's text in, draft targets out: each with its verbatim clause, rule and confidence.

The clause is the quote, so a draft never holds a figure its quote does not show. A figure
about an earlier year (去年, 2022年, 目前/累计 stocks, 预计 on a past year; see `timing`) is not
a target: it is offered as a draft *actual* of that year, with the qualifiers written on it
(超 → lower bound, 近/约 → approximate, 预计 → estimate). Headings state no target, and a
figure only approximately written (近125亿元, 20多名) describes; it is never a target.

Confidence is the rule's (see `phrasing`), times 0.7 when the clause names no indicator (two
characters or fewer: a person must name it), times 0.9 for a result whose year was set by words
in an earlier sentence rather than its own.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, NamedTuple

from tzgoals.draft.clauses import Clause, flatten, join_enumerations, split_clauses
from tzgoals.draft.phrasing import Reading, read
from tzgoals.draft.timing import When, timeline
from tzgoals.vocabulary import Comparator, Direction, Flag

SHORT_NAME = 2


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
    direction: Direction | None
    year: int
    #: The clause, verbatim but for layout line breaks (see `clauses.flatten`).
    quote: str
    source: str
    #: The rule that read it, and for 左右 the word that set the direction; for an actual,
    #: the words that made it one.
    rule: str
    confidence: float
    #: For an actual: the qualifiers to record (estimate, lower_bound, approximate).
    flags: tuple[Flag, ...] = ()


def _stands_alone(text: str) -> bool:
    """A figure the rules read ends a target; a milestone may list its objects (建成A、B)."""
    reading = read(flatten(text))
    return reading is not None and reading.value is not None


def _rule(reading: Reading) -> str:
    if reading.direction is not None:
        return f"{reading.rule}; {reading.direction} ({reading.direction_reason})"
    if reading.comparator is Comparator.AT_MOST and reading.rule == "count":
        return f"{reading.rule}; at_most ({reading.direction_reason})"
    return reading.rule


def _confidence(reading: Reading, when: When) -> float:
    confidence = reading.confidence
    if len(reading.name) <= SHORT_NAME:
        confidence *= 0.7
    if when.kind == "result" and when.inherited:
        confidence *= 0.9
    return round(confidence, 2)


def _actual(reading: Reading, when: When, quote: str, source: str) -> Draft | None:
    if reading.value is None or reading.value_max is not None:
        return None  # a past milestone or range measures nothing we could record
    flags = reading.flags + ((Flag.ESTIMATE,) if when.estimate else ())
    rule = f"{reading.rule}; a result of {when.year} ({when.reason})"
    return Draft(
        "actual",
        reading.name,
        None,
        reading.value,
        None,
        reading.unit,
        None,
        when.year,
        quote,
        source,
        rule,
        _confidence(reading, when),
        tuple(sorted(set(flags))),
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
        _rule(reading),
        _confidence(reading, when),
    )


def _draft(clause: Clause, when: When, source: str) -> Draft | None:
    if clause.heading or when.kind == "none":
        return None
    quote = flatten(clause.text)
    reading = read(quote)
    if reading is None:
        return None
    if when.kind == "result":
        return _actual(reading, when, quote, source)
    return _target(reading, when, quote, source)


def extract(text: str, year: int, source: str) -> list[Draft]:
    """Draft targets (and past results) from the text of a plan for `year`, in text order."""
    segments = join_enumerations(split_clauses(text), text, _stands_alone)
    drafts = (
        _draft(segment, when, source)
        for segment, when in zip(segments, timeline(segments, year), strict=True)
    )
    return [draft for draft in drafts if draft is not None]
