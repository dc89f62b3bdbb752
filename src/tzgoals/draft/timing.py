"""Which year a passage of a plan is about, and whether it sets a target or reports a result.

A plan for year Y also looks back: "去年,…新注册重大项目52个" reports Y-1, and "目前,通州拥有…
企业55家" gives a stock at the time of writing, recorded as the end of Y-1. Such figures are not
targets. Chinese states the time once and lets it govern what follows, so the words are read in
order and carried forward:

- a year, 去年/上年/过去一年, 今年, or a span of years (近年来, 2020年以来, a five-year plan's
  period: “十三五”时期, 十四五期间) holds until the next such words, across sentences and
  paragraphs (a heading "2022年工作回顾" covers its section); a span's figures (五年累计, the
  five-year plan's own targets) are no year's, and `extract` passes them over saying so;
- 预计, 目前, 截至目前, 累计 and 已/已经 hold to the end of their sentence, as the shipped actuals
  read 预计 (it opens the review's sentence and governs every clause of it); after a span of
  years in the same sentence (近五年累计…) the figure stays a span's total.

预计 about year Y or later is a forecast (预计2023年12月底前…投入使用, and 预计全年 in a passage
its words put in Y, 2022年政府工作任务 or 今年: 预计全年退税减税约2.5万亿元): neither a target
nor a result. 预计今年 is 今年's: what the plan's year is to bring (预计今年财政收入继续增长, …,
支出规模比去年扩大2万亿元以上). 预计 about an earlier year, or with no year, is an estimated
result of Y-1.
A later year than the plan's (2025年, 2030年前碳排放达峰) holds to the end of its sentence only:
a plan speaks of later years in passing, and of its own year throughout. 去年 after 高于 or 于
compares, as after 比 or 较; 今年 after 为 ("for this year": 为今年应对困难挑战预留政策空间, in
a review) says what a measure was for, not when the passage is. A year after 比, 较 or 同比 is
a comparison (比2022年增长), not the time of the passage. Texts taken from PDF pages write a
space between a year and 年 (2023 年工作回顾); it reads the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Literal, NamedTuple

from tzgoals.draft.clauses import Clause, flatten
from tzgoals.draft.lexicon import either_script
from tzgoals.script import simplified

Kind = Literal["target", "result", "none"]

_MARKER = re.compile(
    r"(?P<forecast>预计)(?:[^，,；;。]{0,4}?(?:(?P<forecast_year>(?:19|20)\d{2}) ?年"
    r"|(?P<forecast_this_year>全年)))?"
    r"|(?P<span>近年来|近[一二三四五六七八九十两几\d]年|过去[二三四五六七八九十两几\d]年"
    r"|(?:19|20)\d{2} ?年以来|[二三四五六七八九十两几]年来"
    r"|“?十[一二三四五六七八九]五”?(?:时期|期间))"
    r"|(?<![比较于])(?P<last_year>去年|上年|上一年|过去一年)(?!同期|基础|的基础)"
    r"|(?<!为)(?P<this_year>今年|本年)"
    r"|(?<![比较于\d])(?<![比较于] )(?P<year>(?:19|20)\d{2}) ?年"
    r"|(?P<stock>截至目前|目前|累计|已经|(?<![而得])已)"
)


class When(NamedTuple):
    """What a clause is about: a target or a result, of which year, and the words that said so."""

    kind: Kind
    year: int
    #: The words that decided, e.g. "去年"; "" when nothing did and the plan's year applies.
    reason: str = ""
    #: 预计: a result published before the final statistics.
    estimate: bool = False
    #: Decided by words in an earlier sentence, not the clause's own.
    inherited: bool = False


def _section_marker(match: re.Match[str], year: int) -> When | None:
    """The time set by words that hold until the next such words, or None."""
    word = match.group()
    if match["span"]:
        return When("none", year - 1, word)
    if match["last_year"]:
        return When("result", year - 1, word)
    if match["this_year"]:
        return When("target", year, word)
    if match["year"]:
        stated = int(match["year"])
        if stated > year:
            return None  # a later year is spoken of in passing (2030年前碳排放达峰)
        return When("result" if stated < year else "target", stated, word)
    return None


def _sentence_marker(match: re.Match[str], year: int, section: When) -> When:
    """The time set by 预计, 目前, 累计, 已, and a later year than the plan's: to the end of
    the sentence."""
    word = match.group()
    if match["year"]:
        return When("target", int(match["year"]), word)
    if match["forecast"]:
        this_year = (
            bool(match["forecast_this_year"]) and section.kind == "target" and section.reason
        )
        stated = year if this_year else int(match["forecast_year"] or year - 1)
        if match["forecast_this_year"] and not this_year:
            word = match["forecast"]  # 全年 of the year before: 预计 alone says so
        if stated >= year:
            return When("none", stated, word)
        return When("result", stated, word, estimate=True)
    return When("result", year - 1, word)


#: Every marker holds one of these (年 in each year and span, 期 in a five-year plan's period,
#: 预计, 目前, 累计, 已): a clause with none of them is not searched, which spares most clauses
#: of a long document.
_MARKER_CHARACTERS = either_script("年期预目累已")


def _markers(text: str) -> Iterator[re.Match[str]]:
    if not any(character in text for character in _MARKER_CHARACTERS):
        return iter(())
    return _MARKER.finditer(simplified(flatten(text)))


def timeline(clauses: Sequence[Clause], year: int) -> list[When]:
    """For each clause of a plan for `year`, in order, what it is about."""
    section = When("target", year)
    section_sentence = sentence_start = -1
    sentence: When | None = None
    whens = []
    for clause in clauses:
        if sentence is not None and clause.sentence_start != sentence_start:
            sentence = None
        for match in _markers(clause.text):
            marker = _section_marker(match, year)
            if marker is None:
                if section.kind == "none" and section_sentence == clause.sentence_start:
                    continue  # 近五年累计…: a span's total, not a stock at one date
                sentence, sentence_start = (
                    _sentence_marker(match, year, section),
                    clause.sentence_start,
                )
            else:
                section, section_sentence, sentence = marker, clause.sentence_start, None
        if sentence is not None:
            whens.append(sentence)
        else:
            inherited = bool(section.reason) and section_sentence != clause.sentence_start
            whens.append(section._replace(inherited=inherited))
    return whens
