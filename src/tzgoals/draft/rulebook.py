"""The drafting rules as data: each phrasing of the glossary (docs on phrasing in `phrasing`)
a `Rule` record with its one `RuleId`, its pattern, its confidence, and its own examples and
counter-examples, which the tests run through `phrasing.read`: an example read by an earlier
rule, or naming other words (常住人口城镇化率提 for 常住人口城镇化率提升至72%), fails there.

Rules are tried in order, most specific first; behaviour that belongs to one rule is keyed by
its `RuleId`, never by a name compared as text.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from tzgoals.draft.lexicon import (
    EFFORT,
    FALL,
    GROWTH,
    IN_THE_YEAR,
    MANNER,
    RISE,
    WORKS_DONE,
    alternation,
)
from tzgoals.draft.rule_examples import EXAMPLES, RuleId
from tzgoals.vocabulary import Comparator

F = "[\ue000-\uf8ff]"
WORDS = "[^\ue000-\uf8ff]"
#: Closing marks may follow the figure at the end of a clause.
_CLOSE = r"[”’\"'）)》」』]*"
_ADVERBS = alternation(EFFORT, IN_THE_YEAR)
_FACILITY = (
    "(?:工程|项目|大桥|桥|隧道|大道|道路|公路|铁路|高铁|快线|轨道|站|港|码头|机场|枢纽|中心|馆|院"
    "|园区|(?<!家)园|厂|处|所|基地|平台|学校|医院|公寓|大楼|综合体|电站|水厂|管网|绿道)"
)
_DONE = WORKS_DONE.pattern
#: How hard a programme is carried out (大力实施, 深入实施): a manner, not an effort verb.
_MANNER = alternation(MANNER, EFFORT, IN_THE_YEAR)
#: Documents a government issues: a plan, a programme, measures, rules.
_DOCUMENT = "(?:规划|方案|办法|意见|政策|条例|细则|措施|标准|清单|指南|纲要)"
#: Verbs that make a countable thing: 组建25个集团, 打造10所高中, 培育5家企业.
_MAKE = "(?:新组建|组建|打造|培育|新培育|创建|新创建|新设|新设立|新引进|引进)"
#: Verbs that commit an amount to a use, written before it: 使用1000亿元…基金, 将2.8万亿元…资金
#: 纳入…, 用于1500万人次以上的…培训.
_COMMIT = "(?:使用|用于|将)"
#: What a committed figure is counted in (its unit ends so): money, or people (人次, 人), not
#: a count of items (用于3个方面).
COMMITTED_UNITS = ("元", "人次", "人")

#: A level reached by a fall or a rise (降低到5%, 提升至72%), whole: the name is lazy, so
#: a shorter verb alone (升至) would leave 提 in the name (常住人口城镇化率提).
FALL_TO = f"(?:{FALL.pattern}(?:到|至)|降到|降至)"
_RISE_TO = f"(?:{alternation(RISE, GROWTH)}(?:到|至)|升至|升到|增至)"

__all__ = ["RuleId"]

UnitNeed = Literal["any", "percent", "points", "not_points", "range", "committed"]


class Rule(NamedTuple):
    """One phrasing: a pattern over a clause whose figures are placeholders, what it reads,
    how sure, and the clauses it must read (with the indicator words it names) and must not."""

    id: RuleId
    comparator: Comparator
    confidence: float
    pattern: re.Pattern[str]
    units: UnitNeed = "any"
    #: Clauses this rule, and no rule before it, reads, each with the indicator words.
    examples: tuple[tuple[str, str], ...] = ()
    #: Clauses this rule must not read (another may).
    counter_examples: tuple[str, ...] = ()


def _rule(
    rule: RuleId, comparator: Comparator, confidence: float, pattern: str, units: UnitNeed = "any"
) -> Rule:
    examples, counter_examples = EXAMPLES.get(rule, ((), ()))
    compiled = re.compile(pattern + _CLOSE, re.DOTALL)
    return Rule(rule, comparator, confidence, compiled, units, examples, counter_examples)


R = RuleId
C = Comparator
#: Rules that read a figure, most specific first. Groups: `name` (and `name2`) hold the
#: indicator's words, `f` the figure, `f2` the upper end of a range.
NUMERIC_RULES = (
    _rule(
        R.RANGE,
        C.BETWEEN,
        0.9,
        rf"(?P<name>.*?)(?:达到|达|控制在|保持在)?(?P<f>{F})(?:至|到|~|～|-|－|—)(?P<f2>{F})(?:之间)?",
        "range",
    ),
    _rule(
        R.ABOUT, C.ABOUT, 0.9, rf"(?P<name>.*?)(?:控制在|保持在|稳定在|达到|达|为)?(?P<f>{F})左右"
    ),
    _rule(
        R.AT_LEAST,
        C.AT_LEAST,
        0.9,
        rf"(?P<name>.*?)(?:保持在|稳定在|达到|达|为)?(?P<f>{F})(?:及以上|以上)",
    ),
    _rule(
        R.AT_MOST,
        C.AT_MOST,
        0.9,
        rf"(?P<name>.*?)(?:控制在|保持在|稳定在|为)?(?P<f>{F})(?:以内|以下)",
    ),
    _rule(R.NOT_LESS_THAN, C.AT_LEAST, 0.9, rf"(?P<name>.*?)(?:不低于|不少于)(?P<f>{F})"),
    _rule(R.NOT_MORE_THAN, C.AT_MOST, 0.9, rf"(?P<name>.*?)(?:不超过|不高于|不多于)(?P<f>{F})"),
    _rule(R.CONTROL, C.AT_MOST, 0.85, rf"(?P<name>.*?)控制在(?P<f>{F})"),
    _rule(R.PLANNED, C.AT_MOST, 0.6, rf"(?P<name>.*?)拟按(?P<f>{F})安排"),
    _rule(R.PLANNED_ABOUT, C.ABOUT, 0.6, rf"(?P<name>.*?)拟按(?P<f>{F})左右安排"),
    _rule(R.LESS_THAN, C.LESS_THAN, 0.85, rf"(?P<name>.*?)(?<!不)低于(?P<f>{F})"),
    _rule(R.MORE_THAN, C.MORE_THAN, 0.85, rf"(?P<name>.*?)(?:超过|超出|超)(?P<f>{F})"),
    _rule(R.BREAKTHROUGH, C.MORE_THAN, 0.75, rf"(?P<name>.*?)突破(?P<f>{F})"),
    _rule(R.REACH, C.AT_LEAST, 0.85, rf"(?P<name>.*?)(?:达到|达)(?P<f>{F})"),
    _rule(
        R.PLANNED_AMOUNT,
        C.AT_MOST,
        0.6,
        rf"(?P<name>{WORDS}*?)拟?安排(?P<name2>{WORDS}*?)(?P<f>{F})",
    ),
    _rule(R.POINTS, C.PP_CHANGE, 0.9, rf"(?P<name>.*?){RISE.pattern}(?P<f>{F})", "points"),
    _rule(R.DECLINE, C.AT_LEAST, 0.85, rf"(?P<name>.*?{FALL.pattern})(?P<f>{F})", "not_points"),
    _rule(R.GROWTH, C.AT_LEAST, 0.85, rf"(?P<name>.*?(?:增长|增速))(?P<f>{F})", "percent"),
    _rule(R.NEW, C.AT_LEAST, 0.8, rf"(?P<name>.*?新增.*?)(?P<f>{F})", "not_points"),
    _rule(R.NEW_COUNT, C.AT_LEAST, 0.75, rf"{WORDS}*?(?P<name>新增)(?P<f>{F})(?P<name2>{WORDS}+?)"),
    _rule(
        R.LISTED_IN_PLAN,
        C.AT_LEAST,
        0.8,
        rf"{WORDS}*?(?P<f>{F})(?P<name>{WORDS}*?列入{WORDS}*?计划{WORDS}*?)",
    ),
    _rule(R.LISTED_IN_PLAN_AFTER, C.AT_LEAST, 0.8, rf"(?P<name>.*?列入.*?计划.*?)(?P<f>{F})"),
    _rule(
        R.MILESTONE_COUNT,
        C.AT_LEAST,
        0.7,
        rf"{_ADVERBS}*(?P<name>建成|新建|竣工|开工|实施|设立|启动)(?P<f>{F})(?P<name2>{WORDS}+?)",
    ),
    _rule(
        R.MILESTONE_COUNT_AFTER, C.AT_LEAST, 0.7, rf"{WORDS}*?(?P<f>{F})(?P<name>{WORDS}+?{_DONE}+)"
    ),
    _rule(
        R.COUNT_MADE,
        C.AT_LEAST,
        0.7,
        rf"{_ADVERBS}*(?P<name>{_MAKE})(?P<f>{F})(?:及以上|以上)?(?P<name2>{WORDS}+?)",
    ),
    _rule(
        R.COMMITTED,
        C.AT_LEAST,
        0.6,
        rf"{_ADVERBS}*(?P<name>{_COMMIT})(?P<f>{F})(?:及以上|以上)?的?(?P<name2>{WORDS}+?)",
        "committed",
    ),
    _rule(
        R.RED_LINE,
        C.AT_LEAST,
        0.7,
        rf"{_ADVERBS}*(?:坚决)?(?:守住|守牢|严守|坚守)(?P<f>{F})(?P<name>{WORDS}*?红线)",
    ),
    _rule(
        R.COUNT,
        C.AT_LEAST,
        0.6,
        rf"(?P<name>.+?)(?P<verb>{FALL_TO}|{_RISE_TO}|为)?(?P<f>{F})",
        "not_points",
    ),
)

#: Rules for a clause that no figure rule reads: done or not, or judged so by a source.
OUTCOME_RULES = (
    _rule(R.BREAKTHROUGH_AGAIN, C.MILESTONE, 0.8, r".*?(?:实现)?再突破"),
    _rule(
        R.MILESTONE,
        C.MILESTONE,
        0.7,
        rf"{_ADVERBS}*(?:建成|竣工|投运|投用|开工建设|开工|启动|实施|设立|开通|建设完成).+?{_FACILITY}",
    ),
    _rule(R.MILESTONE_DONE_AFTER, C.MILESTONE, 0.6, rf".*?{_FACILITY}.*?{_DONE}+"),
    _rule(
        R.WORKS_PROGRAMME,
        C.MILESTONE,
        0.6,
        rf"{_MANNER}*实施.+?(?:建设|改造|更新|提升|整治|修复)(?:计划|行动|工程)",
    ),
    _rule(
        R.ISSUE_DOCUMENT,
        C.MILESTONE,
        0.65,
        rf"{_ADVERBS}*(?:制定出台|出台|印发|发布|制定|修订)(?!{_DOCUMENT}).+?{_DOCUMENT}",
    ),
    _rule(
        R.IN_STEP,
        C.QUALITATIVE,
        0.85,
        r".*?[与和同][^，,；;。]{0,12}?增长(?:基本|保持|继续)*同步.*?",
    ),
    _rule(
        R.IN_STEP_RATE,
        C.QUALITATIVE,
        0.8,
        r".*?[与和同][^，,；;。]{0,12}?增速(?:基本|保持|继续)*相?(?:匹配|适应|同步)",
    ),
    _rule(R.QUOTA, C.QUALITATIVE, 0.85, r".*?完成[^，,；;。]{0,8}?下达[^，,；;。]{0,4}?任务.*?"),
    _rule(
        R.QUOTA_AS_SET,
        C.QUALITATIVE,
        0.85,
        r".*?以[^，,；;。]{0,12}?下达的?(?:目标|任务|指标|计划)?为准",
    ),
    _rule(
        R.IMPROVING,
        C.QUALITATIVE,
        0.8,
        r".*?(?:(?:持续|稳定|明显|逐步|不断|进一步)改善|稳中向好|持续向好).*?",
    ),
    _rule(
        R.STEADY_QUALITY,
        C.QUALITATIVE,
        0.75,
        r".*?(?:(?:促稳|保稳|稳中|稳量)提质|量稳质升|稳中有升|提质增效).*?",
    ),
    _rule(R.STABLE, C.QUALITATIVE, 0.7, r".+?(?:基本|总体|保持|持续)(?:稳定|平衡|平稳)"),
    _rule(
        R.STEADY_CHANGE,
        C.QUALITATIVE,
        0.7,
        r".+?(?:继续|持续|稳步|逐步|逐年)"
        r"(?:下降|降低|减少|提高|提升|增长|增加|上升|扩大|缩小)",
    ),
    _rule(R.CONTROLLED, C.QUALITATIVE, 0.6, rf"{_ADVERBS}*(?:重点|严格|合理|有效)控制.+"),
    _rule(R.RANK, C.QUALITATIVE, 0.7, r".*?(?:争先进位|第一方阵|排头兵).*?"),
)
