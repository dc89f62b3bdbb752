"""Which clauses of a review announce targets rather than report results.

A review of year Y is delivered early in Y+1, and it often goes on from Y's results to the
targets of Y+1, in the same words a result would use (地区生产总值增长5%; 粮食产量1270万吨).
What tells them apart is the introduction, which governs what follows it:

- a sentence that introduces targets (主要预期目标是, 目标为, 预期目标也定了) states them from
  that clause to the sentence's end;
- 力争 and 确保 state a target in their own clause (力争粮食产量1270万吨), but no further: a
  review also writes 确保经济平稳运行, then the year's results in the same sentence. 争取 is
  no introduction at all, as a review's 争取专项债券资金8亿元 is money secured;
- an introduction ending in a colon opens a list, which may run over several paragraphs
  (报告提出,今年的主要预期目标是: ◆地区生产总值增长5%; ◆…): the list goes on while an item
  ends in a semicolon or a colon, or the next one opens with the same list mark (◆, ●, ——),
  and ends with the item that does neither;
- 明年 speaks of a later year still, to the end of its sentence.

目标 in a clause that says targets were met or missed (全年主要目标任务圆满完成, 完成全年目标的
102%, 高于预期目标) introduces nothing. Which year a passage speaks of (今年, 2024年) is
`timing`'s to say; this is the other half: the targets a review states without a year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tzgoals.draft.clauses import Clause, flatten
from tzgoals.draft.lexicon import CLAUSE_TARGET, either_script
from tzgoals.script import simplified

#: Matched against `simplified` text. A target list's own heading names 预期目标 or 主要目标 and
#: goes on to say what they are (是, 为, 如下, 定为, 定了) or ends in a colon or the paragraph;
#: a clause that only mentions them (对照年初确定的主要预期目标, 紧扣年度目标, 围绕发展目标)
#: introduces nothing.
_INTRODUCTION = re.compile(
    r"(?:预期|主要)目标[^，,；;。：:]*?(?:是|为|如下|定为|定了)|目标(?:是|为|如下|定为)|明年"
)
_HEADING = re.compile(r"(?:预期|主要)目标$")
#: Introductions of their own clause only; 全力争当 is 全力 and 争当, not 力争.
_CLAUSE_TARGET = re.compile(r"(?<![全奋努着])" + CLAUSE_TARGET.pattern)
_MET = re.compile(
    r"(?:完成|实现|达成|达到|超额|超过|高于|低于)[^，,；;。：:]*目标"
    r"|目标(?:任务)?(?:全面|圆满|顺利|基本|如期)?(?:完成|实现|达成)"
)
#: An introduction whose sentence ends so opens a list: a colon, or the end of a paragraph.
_OPENS_LIST = frozenset({"：", ":", ""})
#: An item that ends in one of these leaves the list open for the next.
_LIST_GOES_ON = frozenset("：:；;")
#: The printed marks that open a list's items (see `clauses`).
_MARKS = frozenset("●○◆◇■□▲△▶►★☆◎▪•-*—")


#: Every introduction holds one of these (目标, 明年, 力争, 确保) in either script: a clause with
#: none of them is not searched, which spares most clauses of a long review.
_INTRODUCTION_CHARACTERS = either_script("目明争确")


def _searched(clause: Clause) -> str | None:
    """The clause's text in simplified script, when it may hold an introduction at all."""
    if not any(character in clause.text for character in _INTRODUCTION_CHARACTERS):
        return None
    text = simplified(flatten(clause.text))
    return None if _MET.search(text) else text


def introduction(clause: Clause) -> str | None:
    """The clause in simplified script when it introduces targets (主要预期目标是, 目标为,
    a list's heading 主要预期目标: …), else None; a clause saying targets were met is none."""
    searched = _searched(clause)
    return searched if searched is not None and _introduces(clause, searched) else None


def _introduces(clause: Clause, text: str) -> bool:
    if _INTRODUCTION.search(text):
        return True
    return _HEADING.search(text) is not None and clause.delimiter in _OPENS_LIST


def _mark(text: str, clause: Clause) -> str:
    """The list mark just before the clause on its line, or ""."""
    before = text[text.rfind("\n", 0, clause.start) + 1 : clause.start].strip()
    return before[-1] if before and before[-1] in _MARKS else ""


def announced(text: str, clauses: Sequence[Clause]) -> list[bool]:
    """For each clause of the review, in order, whether it states a target."""
    stated: list[bool] = []
    announcing = False
    #: The sentence holds the introduction: a colon or a paragraph's end after it opens a list.
    introducing = False
    #: The list mark of the first item of the list, or "".
    item_mark = ""
    previous: Clause | None = None
    for clause in clauses:
        if announcing and previous is not None and clause.sentence_start != previous.sentence_start:
            mark = _mark(text, clause)
            if introducing:
                announcing, item_mark = previous.delimiter in _OPENS_LIST, mark
            else:
                same_mark = mark != "" and mark == item_mark
                announcing = previous.delimiter in _LIST_GOES_ON or same_mark
            introducing = False
        searched = _searched(clause)
        if not announcing and searched is not None and _introduces(clause, searched):
            announcing = introducing = True
        own = searched is not None and _CLAUSE_TARGET.search(searched) is not None
        stated.append(announcing or own)
        previous = clause
    return stated
