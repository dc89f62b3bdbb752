"""The year a plan says its targets are for, read from its own words.

A plan introduces its targets with their year (2024年主要预期目标是: …, 2023年经济社会发展的主要
目标为 …), or with 今年 under the report's date (a report delivered on 2024年3月5日 whose
今年发展的主要预期目标是 … speaks of 2024). `extract` compares that year with the one it is
given: a plan read as another year's would turn its targets into results of the year it names.

Only an introduction counts (`announced.introduction`): a review's 2023年主要目标任务圆满完成
says targets were met and introduces none, and a year merely mentioned (比2022年增长) is not the
plan's. The first introduction that names a year decides; a document that names none says
nothing, and the year given stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from tzgoals.draft.announced import introduction
from tzgoals.draft.clauses import Clause, flatten

#: A year (or 今年) before 目标 in an introduction, not after 比/较 (a comparison).
_YEAR_OF_TARGETS = re.compile(
    r"(?:(?<![比较于\d])(?P<year>(?:19|20)\d{2}) ?年|(?P<this_year>今年|本年))"
    r"[^，,；;。：:]{0,16}?目标"
)
#: A report's date: 2024年3月5日. Looked for in its opening lines only, where it is printed.
_DATE = re.compile(r"(?P<year>(?:19|20)\d{2}) ?年 ?\d{1,2} ?月 ?\d{1,2} ?日")
#: How much of a document's start may hold its date line (title, subtitle, who delivered it).
_HEAD = 400


class StatedYear(NamedTuple):
    """The year a plan's targets are for, with the words that say so (2024年主要预期目标)."""

    year: int
    words: str


def report_date_year(text: str) -> int | None:
    """The year of the date printed at the head of a report (——2024年3月5日在…), or None."""
    dated = _DATE.search(text[:_HEAD])
    return None if dated is None else int(dated["year"])


def stated_year(text: str, clauses: Sequence[Clause]) -> StatedYear | None:
    """The year the first introduction of targets names, or None when none names one (or it
    says 今年 and the report carries no date)."""
    dated: int | None = None
    for clause in clauses:
        introducing = introduction(clause)
        if introducing is None:
            continue
        found = _YEAR_OF_TARGETS.search(introducing)
        if found is None:
            continue
        words = flatten(clause.text)[found.start() : found.end()]
        if found["year"]:
            return StatedYear(int(found["year"]), words)
        dated = report_date_year(text) if dated is None else dated
        if dated is not None:
            return StatedYear(dated, words)
    return None
