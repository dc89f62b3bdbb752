"""For targets that have no result yet, the review's passages most likely to report one.

A passage is a clause of the review (、 lists kept whole: 事故起数、死亡人数均下降33.3%), or a
clause with the one before it in its sentence, since Chinese names the indicator once and gives
its figures after it (地区生产总值1730亿元,同比增长6.5%以上). Each is scored by:

- shared indicator words: the share of the target's character bigrams (from the target's and its
  indicator's names) found in the passage, each bigram weighted by how rare it is in the review,
  so that 高新 counts for more than 企业; a standard indicator's other names count as its own
  (GDP is 地区生产总值, 规上 is 规模以上: see `aliases`);
- a figure in a unit that fits the indicator (`units.compatible`): a numeric target takes only
  such passages, one candidate per figure; a milestone or qualitative one takes passages with no
  need of a figure, scored higher when they say something was done (建成, 开工, 贯通 …);
- the year: a passage about an earlier year, or a span of years, scores half. A review of year
  Y is read as a plan for Y+1 is (`timing`): 2023年, 去年, 过去一年, 预计 and 目前 set the year Y
  of what follows, 2022年 or 近五年 another.

A passage that states a target is no result, and is not offered at all: one about a later year
than Y (今年 in a review delivered in Y+1, 2024年, 预计2024年…), and one a review announces as a
target without naming the year (主要预期目标是: …, a clause after 力争: see `announced`),
as when a review lists next year's targets after its results. Nor is a passage holding a
character no dataset accepts (`vocabulary.CONTROL_CHARACTERS`: escape sequences,
bidirectional overrides): it could not be recorded as a quote, and its command would carry the
character to a terminal.

A figure of part of the year (上半年, 前三季度, 1-9月 in its clause or earlier in its sentence:
`part_year`) is offered with the month it runs to, and its command records it so
(--through-month): a pace, never the year's result.

Each candidate carries the qualifiers a result needs (预计 anywhere before it in the sentence,
超/突破/以上 and 近/约 on the figure), the scope words it does not share with the target (新增
vs 累计, 国家级 vs none, 引进 vs 引培, 签约 vs 开工, 建成 vs 贯通) as warnings, and the
`tzgoals record` command that would record it. Nothing is decided here: the analyst reads the quote.
"""

from __future__ import annotations

import heapq
import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Literal, NamedTuple

from tzgoals.aliases import canonical
from tzgoals.comparators import OUTCOME_COMPARATORS
from tzgoals.draft.announced import announced
from tzgoals.draft.clauses import Clause, flatten, join_enumerations, split_clauses
from tzgoals.draft.lexicon import ACHIEVED, EASING, FALL, GROWTH, WORKS_DONE, alternation
from tzgoals.draft.part_year import through_month
from tzgoals.draft.phrasing import qualifiers
from tzgoals.draft.record_line import record_command
from tzgoals.draft.timing import When, timeline
from tzgoals.models import Indicator, Target
from tzgoals.numerals import Figure, find_figures
from tzgoals.script import simplified
from tzgoals.units import compatible
from tzgoals.vocabulary import Comparator, Flag, control_character_pattern

TOP = 3
#: Below this share of the target's words a passage is noise, not a candidate.
MINIMUM_SCORE = 0.3
#: A passage joined to the clause before it must gain this much over the clause alone.
CONTEXT_GAIN = 0.05
OTHER_YEAR = 0.5
NOT_DONE = 0.6
_ESTIMATE = re.compile(r"预计|初步核算")
#: A fall written just before a figure (同比下降3.2%), and the words of a growth indicator and
#: of a fall indicator (see `_value`).
_FALL_BEFORE = re.compile(alternation(FALL, EASING) + "了?$")
_GROWTH = re.compile(GROWTH.pattern)
_FALL = re.compile(alternation(FALL, EASING))
_DONE = re.compile(alternation(WORKS_DONE, ACHIEVED))
#: Words that change what is counted; longest first, so 国家级 is not also read as 国家.
SCOPE_WORDS = (
    "规模以上",
    "新认定",
    "国家级",
    "新增",
    "累计",
    "存量",
    "省级",
    "市级",
    "国家",
    "引进",
    "引培",
    "培育",
    "签约",
    "注册",
    "开工",
    "竣工",
    "建成",
    "贯通",
    "投产",
    "认定",
)


class ScopeWarning(NamedTuple):
    """A scope word only one of the target and the passage has: 国家级 in the passage only
    counts national-level firms, where the target counts firms of every level."""

    word: str
    only_in: Literal["target", "passage"]

    def __str__(self) -> str:
        """The warning as programs read it (suggest's JSON): 国家级: passage only."""
        return f"{self.word}: {self.only_in} only"


class Candidate(NamedTuple):
    """One passage that may report a target's result, as `tzgoals record` would take it."""

    quote: str
    #: The figure, or True for a milestone or qualitative goal reported done.
    value: Decimal | bool
    unit: str | None
    flags: tuple[Flag, ...]
    #: Scope words of the passage and the target that differ.
    warnings: tuple[ScopeWarning, ...]
    score: float
    record: str
    #: For a figure of part of the year (上半年, 前三季度, 1-9月: `part_year`), the month it
    #: runs to, which the `record` command gives as --through-month; None for the whole year.
    through_month: int | None = None


class Suggestion(NamedTuple):
    target: str
    candidates: tuple[Candidate, ...]


class _Passage(NamedTuple):
    """A clause, or a clause with the one before it in the sentence, and what scoring needs."""

    #: Where the clause starts in the review: its passages are one place.
    key: int
    #: The clause's place in the review's clauses, for the year it is about.
    clause_index: int
    quote: str
    clause: str
    #: The figures of the clause, located in `clause`.
    figures: tuple[Figure, ...]
    bigrams: frozenset[str]
    #: 预计 or 初步核算 stands before the clause's end in its sentence.
    estimate: bool
    #: The clause says something was done (建成, 开工, 贯通 …).
    done: bool
    #: The units of the figures in the clause before it, when that clause is part of the quote.
    lent_by: tuple[str, ...] | None
    #: The month its figures run to when the clause, or one before it in its sentence, names
    #: part of the year (`part_year`).
    through_month: int | None = None


def bigrams(text: str) -> frozenset[str]:
    """Character pairs: Chinese has no spaces, and two characters are a word often enough."""
    return frozenset(map(operator.add, text, text[1:]))


def words(text: str) -> frozenset[str]:
    """The bigrams that name an indicator in a text, its other names in their one spelling."""
    return bigrams(canonical(simplified(text)))


def _own_passage(clause: Clause, index: int) -> _Passage:
    own = flatten(clause.text)
    readable = simplified(own)
    return _Passage(
        key=clause.start,
        clause_index=index,
        quote=own,
        clause=own,
        figures=tuple(find_figures(own)),
        bigrams=bigrams(canonical(readable)),
        estimate=_ESTIMATE.search(readable) is not None,
        done=_DONE.search(readable) is not None,
        lent_by=None,
        through_month=through_month(readable),
    )


def _passages(text: str, clauses: Sequence[Clause]) -> list[_Passage]:
    """Each clause, and each clause with the one before it across a comma of one sentence
    (地区生产总值1730亿元,同比增长6.5%以上); a semicolon starts another statement."""
    passages: list[_Passage] = []
    previous: tuple[Clause, _Passage] | None = None
    for index, clause in enumerate(clauses):
        passage = _own_passage(clause, index)
        if previous is None or previous[0].sentence_start != clause.sentence_start:
            passages.append(passage)
        else:
            before_clause, before = previous
            passage = passage._replace(
                estimate=passage.estimate or before.estimate,
                through_month=passage.through_month or before.through_month,
            )
            passages.append(passage)
            if before_clause.delimiter in ",，":
                passages.append(
                    passage._replace(
                        quote=flatten(text[before_clause.start : clause.end]),
                        # Bigrams across the comma hold the comma: they name nothing.
                        bigrams=before.bigrams | passage.bigrams,
                        lent_by=tuple(f.unit for f in before.figures),
                    )
                )
        previous = clause, passage
    return passages


class _Index(NamedTuple):
    """The review's clauses and passages, the passages each bigram is in, and each bigram's
    weight: how rare it is among the review's clauses (inverse document frequency)."""

    clauses: list[Clause]
    passages: list[_Passage]
    postings: dict[str, list[int]]
    weights: dict[str, float]
    #: The weight of a bigram the review never uses.
    unseen: float


def _index(text: str) -> _Index:
    clauses = join_enumerations(split_clauses(text), text, lambda _: False)
    passages = _passages(text, clauses)
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for position, passage in enumerate(passages):
        for bigram in passage.bigrams:
            postings[bigram].append(position)
    own = [p for p in passages if p.lent_by is None]
    frequency = Counter(b for p in own for b in p.bigrams)
    weights = {b: math.log((len(own) + 1) / (frequency[b] + 0.5)) for b in postings}
    return _Index(clauses, passages, dict(postings), weights, math.log((len(own) + 1) / 0.5))


def _words_scores(wanted: frozenset[str], index: _Index) -> dict[int, float]:
    """For each passage sharing a bigram with the target, the weighted share of the target's."""
    total = sum(index.weights.get(b, index.unseen) for b in wanted)
    found: defaultdict[int, float] = defaultdict(float)
    for bigram in wanted & index.postings.keys():
        weight = index.weights[bigram]
        for position in index.postings[bigram]:
            found[position] += weight
    return {position: score / total for position, score in found.items()}


def _year_factor(passage: _Passage, year: int, whens: Sequence[When]) -> float:
    """Half for a passage whose words put it in an earlier year, or a span of years."""
    when = whens[passage.clause_index]
    if not when.reason:
        return 1.0  # nothing said: the review's year
    return OTHER_YEAR if when.kind == "none" or when.year != year else 1.0


def _stating_targets(stated: Sequence[bool], whens: Sequence[When], year: int) -> frozenset[int]:
    """The clauses that state a target rather than a result of `year`: announced as targets,
    or about a later year (a forecast for one included)."""
    return frozenset(
        position
        for position, (announcing, when) in enumerate(zip(stated, whens, strict=True))
        if announcing or (when.reason and when.year > year)
    )


def _states_target(passage: _Passage, targets: frozenset[int]) -> bool:
    """Whether the passage's clause, or the clause before it that it quotes, states a target."""
    before = passage.clause_index - 1 if passage.lent_by is not None else passage.clause_index
    return passage.clause_index in targets or before in targets


def _warnings(target_words: str, passage: str) -> tuple[ScopeWarning, ...]:
    found: list[str] = []
    for word in SCOPE_WORDS:
        differs = (word in target_words) != (word in passage)
        if differs and not any(word in longer for longer in found):
            found.append(word)
    return tuple(
        ScopeWarning(word, "target" if word in target_words else "passage") for word in found
    )


def _value(figure: Figure, clause: str, target_words: str) -> Decimal:
    """The figure as a result of the target's indicator: after 下降, 减少 or 回落 a fall, so
    minus the number written when the indicator is a growth (增长, 增速, 涨幅), since a
    growth of -3.2% is what 下降3.2% reports; a fall indicator (能耗下降) takes it as written."""
    if figure.value <= 0 or not _FALL_BEFORE.search(simplified(clause[: figure.start])):
        return figure.value
    growth = _GROWTH.search(target_words) and not _FALL.search(target_words)
    return -figure.value if growth else figure.value


def _flags(passage: _Passage, figure: Figure | None) -> tuple[Flag, ...]:
    flags = [] if figure is None else list(qualifiers(passage.clause, figure))
    if passage.estimate:
        flags.insert(0, Flag.ESTIMATE)
    return tuple(flags)


class _Scored(NamedTuple):
    score: float
    passage: _Passage
    figure: Figure | None


def _outcome_factor(target: Target, passage: _Passage) -> float:
    """A milestone is reported done; a qualitative goal is judged in any words."""
    if target.comparator is Comparator.MILESTONE and not passage.done:
        return NOT_DONE
    return 1.0


class _Year(NamedTuple):
    """How the review reads for the targets of one year."""

    whens: list[When]
    #: The clauses that state targets, not results of the year.
    targets: frozenset[int]


def _scored(target: Target, indicator: Indicator, index: _Index, year: _Year) -> list[_Scored]:
    """The `TOP` passages that best measure the target, best of own or joined per clause."""
    wanted = words(target.name) | words(indicator.name)
    unit = indicator.unit or target.unit or ""
    best: dict[tuple[int, int], _Scored] = {}
    for position, share in _words_scores(wanted, index).items():
        if share < MINIMUM_SCORE:
            continue  # no factor raises a score
        passage = index.passages[position]
        if _states_target(passage, year.targets) or control_character_pattern().search(
            passage.quote
        ):
            continue
        base = share * _year_factor(passage, target.year, year.whens)
        if passage.lent_by is not None:
            base -= CONTEXT_GAIN
        if target.comparator in OUTCOME_COMPARATORS:
            found = [_Scored(base * _outcome_factor(target, passage), passage, None)]
        elif not any(compatible(u, unit) for u in passage.lent_by or ()):
            found = [_Scored(base, passage, f) for f in passage.figures if compatible(f.unit, unit)]
        else:
            continue  # the clause before states a figure of its own in this unit
        for scored in found:
            key = (passage.key, -1 if scored.figure is None else scored.figure.start)
            if key not in best or scored.score > best[key].score:
                best[key] = scored
    kept = (s for s in best.values() if s.score >= MINIMUM_SCORE)
    return heapq.nsmallest(TOP, kept, key=lambda s: (-s.score, s.passage.key))


def _candidate(
    target: Target, indicator: Indicator, scored: _Scored, source: str, data: str | None
) -> Candidate:
    passage, figure = scored.passage, scored.figure
    flags = _flags(passage, figure)
    target_words = canonical(simplified(target.name + indicator.name))
    value: Decimal | bool = True
    if figure is not None:
        value = _value(figure, passage.clause, target_words)
    unit = None if figure is None else figure.unit
    return Candidate(
        quote=passage.quote,
        value=value,
        unit=unit,
        flags=flags,
        warnings=_warnings(target_words, canonical(simplified(passage.quote))),
        score=round(max(scored.score, 0.0), 3),
        record=record_command(
            target.indicator, value, unit, target.year, source, passage.quote, flags, data,
            passage.through_month,
        ),
        through_month=passage.through_month,
    )  # fmt: skip


def suggest(
    text: str,
    targets: Sequence[Target],
    indicators: Mapping[str, Indicator],
    source: str,
    data: str | None = None,
) -> list[Suggestion]:
    """For each target (of the year the review covers, with no result yet), the review's
    passages most likely to report its result, best first, at most `TOP`. `source` and
    `data` (the dataset's folder, if not the default) go into each `tzgoals record` command."""
    index = _index(text)
    stated = announced(text, index.clauses)
    years: dict[int, _Year] = {}
    suggestions = []
    for target in targets:
        if target.year not in years:
            whens = timeline(index.clauses, target.year + 1)
            years[target.year] = _Year(whens, _stating_targets(stated, whens, target.year))
        indicator = indicators[target.indicator]
        scored = _scored(target, indicator, index, years[target.year])
        candidates = tuple(_candidate(target, indicator, s, source, data) for s in scored)
        suggestions.append(Suggestion(target.id, candidates))
    return suggestions
