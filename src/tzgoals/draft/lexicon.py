"""The word classes the drafting reads by, as data apart from the engine that reads them.

`extract` (the rules of `rulebook`, `phrasing`), `suggest` and `announced` say "a done-word",
"an effort word", "a fall" by naming a class here, never by a list of their own, so that one
word added to a class is read the same way by all three. Like dateparser's language files or
spaCy's patterns, each class is a record: its words, why they are one class, and texts in
which a word of the class must be found (examples) and must not (counter-examples), which
`tests/draft/test_lexicon.py` runs.

Traditional script is one table too (`TRADITIONAL`): the rules match `simplified` text, and a
quick pre-filter that looks for characters before searching asks `either_script` for the
characters of both scripts, so no pattern spells out 確 beside 确.
"""

from __future__ import annotations

from typing import NamedTuple

from tzgoals.script import TRADITIONAL, either_script


class WordClass(NamedTuple):
    """Words that play one part in a phrasing, with texts that show it."""

    name: str
    #: Why these words are one class, for a person adding one.
    why: str
    words: tuple[str, ...]
    #: Texts a word of the class stands in.
    examples: tuple[str, ...] = ()
    #: Texts that look alike and hold no word of the class.
    counter_examples: tuple[str, ...] = ()

    @property
    def pattern(self) -> str:
        """A regular expression's group of the words, the longest first, so that 建成投用
        is one word, not 建成 and what follows."""
        return alternation(self)


def alternation(*classes: WordClass) -> str:
    """One non-capturing group of every word of the classes, the longest first."""
    words = sorted({w for c in classes for w in c.words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(words) + ")"


WORKS_DONE = WordClass(
    "works_done",
    "The end state of works: a milestone is met when one of these is reported.",
    (
        "全面建成",
        "建成投用",
        "建成投运",
        "竣工投产",
        "建成",
        "竣工",
        "投运",
        "投用",
        "投产",
        "投入使用",
        "开工建设",
        "开工",
        "开通",
        "通车",
    ),
    ("通州大桥建成通车", "3所学校建成投用", "项目开工"),
    ("加快建设通州大桥",),
)
ACHIEVED = WordClass(
    "achieved",
    "Beyond works, what a review says was done: a milestone or a qualitative goal reported.",
    ("贯通", "交付", "启用", "设立", "成立", "完成", "实现", "落户", "突破"),
    ("东六环入地改造工程全线贯通", "全年目标任务圆满完成"),
    ("推进东六环入地改造",),
)
EFFORT = WordClass(
    "effort",
    "How hard or how surely a goal is pursued: said before the goal, never part of its name.",
    ("加快", "全力", "确保", "力争", "全面", "基本", "如期", "争取"),
    ("力争建成3所学校", "确保如期完成"),
    ("建成3所学校",),
)
MANNER = WordClass(
    "manner",
    "How a programme is carried out (大力实施, 深入实施): a manner, not an effort verb.",
    ("大力", "深入", "扎实", "组织"),
    ("大力实施城市更新行动",),
    ("实施城市更新行动",),
)
IN_THE_YEAR = WordClass(
    "in_the_year",
    "Within the plan's own year: when, not what.",
    ("年内", "全年", "今年"),
    ("年内建成通州大桥",),
    ("2023年建成通州大桥",),
)
CLAUSE_TARGET = WordClass(
    "clause_target",
    "Efforts that state a target in their own clause, even in a review (力争粮食产量1270万吨).",
    ("力争", "确保"),
    ("力争粮食产量1270万吨", "確保經濟平穩運行"),
    ("争取专项债券资金8亿元",),
)
FALL = WordClass(
    "fall",
    "A fall of the indicator itself: the fall is the thing to reach, so its figure is a floor.",
    ("下降", "降低", "减少"),
    ("安全生产事故起数下降10%", "單位能耗降低3%"),
    ("能耗控制在5%以内",),
)
EASING = WordClass(
    "easing",
    "A fall said of a gap or a rate (差距缩小, 涨幅回落): a fall, but no rule's own verb.",
    ("回落", "缩小"),
    ("城乡收入差距缩小", "价格涨幅回落"),
    ("差距扩大",),
)
RISE = WordClass(
    "rise",
    "A rise of a share or a level (提升3个百分点, 提高到45%).",
    ("提升", "提高", "增加", "上升", "扩大"),
    ("产值占比提升3个百分点", "森林覆盖率提高到45%"),
    ("地区生产总值增长6%",),
)
GROWTH = WordClass(
    "growth",
    "A rate of growth: a figure after one of these is in percent.",
    ("增长", "增速", "增幅", "涨幅", "上涨"),
    ("地区生产总值增长6%", "居民消费价格涨幅3%左右"),
    ("地区生产总值1730亿元",),
)
CEILING = WordClass(
    "ceiling",
    "Indicators where lower is better, and the phrasing that holds a figure down.",
    ("涨幅", "价格", "物价", "CPI", "失业率", "能耗", "排放", "污染", "赤字", "控制在"),
    ("城镇调查失业率5.5%左右", "居民消费价格涨幅3%左右", "地方财政赤字9300亿元"),
    ("城镇新增就业1100万人以上",),
)
BAND = WordClass(
    "band",
    "Kept within a band on both sides (保持在6%左右): neither side is better.",
    ("保持在", "稳定在"),
    ("粮食产量保持在1.3万亿斤以上",),
    ("粮食产量1.3万亿斤以上",),
)
RESPECTIVELY = WordClass(
    "respectively",
    "Pairs the names before it with the figures after it, in order: each figure a target of "
    "its own name (`respectively`).",
    ("分别",),
    ("居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元", "两项指标分别提高5%和8%"),
    ("加快建设分级诊疗体系",),
)
LIST_JOINER = WordClass(
    "list_joiner",
    "Joins the items of a list, of names or of figures (A和B, 30元和5元, 23%、15%).",
    ("和", "、", "及", "与"),
    ("能耗和排放分别下降5.6%和4%", "分别下降23%、15%、18%"),
    ("地区生产总值增长6%",),
)

#: Every class, for the tests and the docs.
CLASSES = (
    WORKS_DONE,
    ACHIEVED,
    EFFORT,
    MANNER,
    IN_THE_YEAR,
    CLAUSE_TARGET,
    FALL,
    EASING,
    RISE,
    GROWTH,
    CEILING,
    BAND,
    RESPECTIVELY,
    LIST_JOINER,
)

#: Traditional script is one table, kept below both the drafting and the evidence, in
#: `tzgoals.script`; read here too, as the lexicon's.
__all__ = ["TRADITIONAL", "either_script"]
