"""The glossary's target phrasings (shared/domain/target-phrasing.md) as named rules.

`read` takes one clause and returns what its phrasing says: comparator, figure, the indicator's
words and the rule that decided. Figures are found first (`numerals`) and each is replaced by one
placeholder character, so that every rule is a short regular expression over words and
placeholders, e.g. growth is "…增长F" with F a figure in %. Rules are tried in order, most
specific first: a word written on the figure itself (左右, 以上, 以内) decides before a verb does
(增长, 新增), and a verb before a bare figure. A clause with no figure a rule reads may still be a
milestone (建成通州大桥) or a qualitative goal (生态环境质量持续改善).

Only the last figure of a clause can be its target (…增长6%), unless a rule says where the
figure stands before its noun (新增5个…, 20个项目列入…计划, 建成3所…): a figure followed by more
words (超百亿元企业实现再突破, 两个确立) describes something and is not read.

Confidence says how little room the phrasing leaves, from the rule alone:
0.9   a comparator written on the figure (左右, 以上, 以内/以下, 不低于, 不超过, X至Y,
      提升X个百分点);
0.85  a comparator word before the figure that is sometimes part of a name or a level
      (超, 达, 控制在, 低于), a growth or a fall (增长X%, 下降X%), a fixed qualitative phrase
      (完成…下达任务, 与经济增长同步);
0.8   新增X, 列入…计划, 实现再突破, 持续改善;
0.75  a figure before its noun (新增5个…), 突破X;
0.7   a count of milestones (建成3所…), a milestone with a facility (建成…大桥), a rank
      (争先进位, 第一方阵, 排头兵);
0.6   a milestone verb after its object (…项目开工, 推动…项目投产: the end state is named,
      whoever pushes for it), and a bare figure after the indicator with no word to say which
      side is good (外经营营业额8000万美元): a floor unless the indicator is one where lower is
      better.

Beyond the glossary's list, phrasings work plans use every year for the same kinds of goal:
0.85  quota: the targets are those the level above sets (节能减排指标以国家下达为准);
0.8   in_step: growth matched to another (货币供应量增速同名义经济增速基本匹配);
0.75  steady_quality: kept steady and better (促稳提质, 保稳提质, 稳中提质, 量稳质升, 稳中有升);
0.7   stable: kept stable or balanced (国际收支基本平衡, 粮食产量保持基本稳定, 物价总体平稳);
      steady_change: a trend with no figure (能耗继续下降, 收入持续增长, 稳步提高), where
      不断 and 进一步 are left out: they lead an effort and its object (不断提升服务质量);
      count_made: a figure after a verb that makes things (新组建25个集团, 打造10所以上高中);
0.65  issue_document: a document to issue (出台…规划, 印发…方案, 制定…办法), not "study
      issuing" (研究出台) nor policies in general (出台政策);
0.6   works_programme: a programme of works carried out (大力实施…建设计划, 实施…改造行动),
      not a programme of policy (深入实施产业倍增计划); controlled: a consumption or a use held
      down with no figure (重点控制化石能源消费, 严格控制新增建设用地); planned: what a budget
      arranges (赤字率拟按3%安排, 专项债券拟安排3.8万亿元), read as at most: a budget's figure
      is an authorisation, and going over it needs a new one.
`extract` lowers it where the clause leaves more to a person (see there).

Direction (which side of 左右 is good): a fall (下降, 降低, 减少) is a floor, since the fall is
the thing to reach; prices (价格, 涨幅, CPI), unemployment (失业率), energy use (能耗),
emissions and pollution (排放, 污染) and anything 控制在 are ceilings; 保持在/稳定在 X左右 is a
band; anything else a floor. The reading says which word decided.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal, NamedTuple

from tzgoals.draft.numerals import Figure, find_figures
from tzgoals.draft.script import simplified
from tzgoals.units import PERCENT, is_percentage_point
from tzgoals.vocabulary import Comparator, Direction, Flag

_FIRST_PLACEHOLDER = 0xE000
F = "[\ue000-\uf8ff]"
WORDS = "[^\ue000-\uf8ff]"
#: Closing marks may follow the figure at the end of a clause.
_CLOSE = r"[”’\"'）)》」』]*"
_ADVERBS = "(?:加快|全力|确保|力争|全面|基本|如期|年内|争取|全年|今年)"
_FACILITY = (
    "(?:工程|项目|大桥|桥|隧道|大道|道路|公路|铁路|高铁|快线|轨道|站|港|码头|机场|枢纽|中心|馆|院"
    "|园区|(?<!家)园|厂|处|所|基地|平台|学校|医院|公寓|大楼|综合体|电站|水厂|管网|绿道)"
)
_DONE = (
    "(?:全面建成|建成投用|建成投运|竣工投产|建成|竣工|投运|投用|投产|投入使用"
    "|开工建设|开工|开通|通车)"
)
#: Efforts, not deliverables: 支持设立海外仓, 深入实施产业倍增计划.
_EFFORT = "(?:支持|鼓励|推动|推进|引导|深入|持续|积极|大力|加快推进|加快推动)"
#: How hard a programme is carried out (大力实施, 深入实施): a manner, not an effort verb.
_MANNER = "(?:大力|深入|扎实|全面|组织|加快|全力|确保|力争|年内|全年|今年)"
#: Documents a government issues: a plan, a programme, measures, rules.
_DOCUMENT = "(?:规划|方案|办法|意见|政策|条例|细则|措施|标准|清单|指南|纲要)"
#: Verbs that make a countable thing: 组建25个集团, 打造10所高中, 培育5家企业.
_MAKE = "(?:新组建|组建|打造|培育|新培育|创建|新创建|新设|新设立|新引进|引进)"

#: A level reached by a fall or a rise (降低到5%, 提升至72%), whole: the name is lazy, so
#: a shorter verb alone (升至) would leave 提 in the name (常住人口城镇化率提).
_FALL_TO = "(?:(?:降低|下降|减少)(?:到|至)|降到|降至)"
_RISE_TO = "(?:(?:提升|提高|上升|增加|增长|扩大)(?:到|至)|升至|升到|增至)"

UnitNeed = Literal["any", "percent", "points", "not_points", "range"]


class Rule(NamedTuple):
    """One phrasing of the glossary: a pattern over a clause whose figures are placeholders."""

    name: str
    comparator: Comparator
    confidence: float
    pattern: re.Pattern[str]
    units: UnitNeed = "any"


def _rule(
    name: str, comparator: Comparator, confidence: float, pattern: str, units: UnitNeed = "any"
) -> Rule:
    return Rule(name, comparator, confidence, re.compile(pattern + _CLOSE, re.DOTALL), units)


C = Comparator
#: Rules that read a figure, most specific first. Groups: `name` (and `name2`) hold the
#: indicator's words, `f` the figure, `f2` the upper end of a range.
NUMERIC_RULES = (
    _rule(
        "range",
        C.BETWEEN,
        0.9,
        rf"(?P<name>.*?)(?:达到|达|控制在|保持在)?(?P<f>{F})(?:至|到|~|～|-|－|—)(?P<f2>{F})(?:之间)?",
        "range",
    ),
    _rule(
        "about", C.ABOUT, 0.9, rf"(?P<name>.*?)(?:控制在|保持在|稳定在|达到|达|为)?(?P<f>{F})左右"
    ),
    _rule(
        "at_least",
        C.AT_LEAST,
        0.9,
        rf"(?P<name>.*?)(?:保持在|稳定在|达到|达|为)?(?P<f>{F})(?:及以上|以上)",
    ),
    _rule(
        "at_most",
        C.AT_MOST,
        0.9,
        rf"(?P<name>.*?)(?:控制在|保持在|稳定在|为)?(?P<f>{F})(?:以内|以下)",
    ),
    _rule("not_less_than", C.AT_LEAST, 0.9, rf"(?P<name>.*?)(?:不低于|不少于)(?P<f>{F})"),
    _rule("not_more_than", C.AT_MOST, 0.9, rf"(?P<name>.*?)(?:不超过|不高于|不多于)(?P<f>{F})"),
    _rule("control", C.AT_MOST, 0.85, rf"(?P<name>.*?)控制在(?P<f>{F})"),
    _rule("less_than", C.LESS_THAN, 0.85, rf"(?P<name>.*?)(?<!不)低于(?P<f>{F})"),
    _rule("more_than", C.MORE_THAN, 0.85, rf"(?P<name>.*?)(?:超过|超出|超)(?P<f>{F})"),
    _rule("breakthrough", C.MORE_THAN, 0.75, rf"(?P<name>.*?)突破(?P<f>{F})"),
    _rule("reach", C.AT_LEAST, 0.85, rf"(?P<name>.*?)(?:达到|达)(?P<f>{F})"),
    _rule("points", C.PP_CHANGE, 0.9, rf"(?P<name>.*?)(?:提升|提高|增加|上升)(?P<f>{F})", "points"),
    _rule("decline", C.AT_LEAST, 0.85, rf"(?P<name>.*?(?:下降|降低|减少))(?P<f>{F})", "not_points"),
    _rule("growth", C.AT_LEAST, 0.85, rf"(?P<name>.*?(?:增长|增速))(?P<f>{F})", "percent"),
    _rule("new", C.AT_LEAST, 0.8, rf"(?P<name>.*?新增.*?)(?P<f>{F})", "not_points"),
    _rule("new", C.AT_LEAST, 0.75, rf"{WORDS}*?(?P<name>新增)(?P<f>{F})(?P<name2>{WORDS}+?)"),
    _rule(
        "listed_in_plan",
        C.AT_LEAST,
        0.8,
        rf"{WORDS}*?(?P<f>{F})(?P<name>{WORDS}*?列入{WORDS}*?计划{WORDS}*?)",
    ),
    _rule("listed_in_plan", C.AT_LEAST, 0.8, rf"(?P<name>.*?列入.*?计划.*?)(?P<f>{F})"),
    _rule(
        "milestone_count",
        C.AT_LEAST,
        0.7,
        rf"{_ADVERBS}*(?P<name>建成|新建|竣工|开工|实施|设立|启动)(?P<f>{F})(?P<name2>{WORDS}+?)",
    ),
    _rule("milestone_count", C.AT_LEAST, 0.7, rf"{WORDS}*?(?P<f>{F})(?P<name>{WORDS}+?{_DONE}+)"),
    _rule(
        "count_made",
        C.AT_LEAST,
        0.7,
        rf"{_ADVERBS}*(?P<name>{_MAKE})(?P<f>{F})(?:及以上|以上)?(?P<name2>{WORDS}+?)",
    ),
    _rule("planned", C.AT_MOST, 0.6, rf"(?P<name>.*?)拟按(?P<f>{F})安排"),
    _rule("planned", C.AT_MOST, 0.6, rf"(?P<name>.*?)拟安排(?P<name2>{WORDS}*?)(?P<f>{F})"),
    _rule(
        "count",
        C.AT_LEAST,
        0.6,
        rf"(?P<name>.+?)(?P<verb>{_FALL_TO}|{_RISE_TO}|为)?(?P<f>{F})",
        "not_points",
    ),
)

#: Rules for a clause that no figure rule reads: done or not, or judged so by a source.
OUTCOME_RULES = (
    _rule("breakthrough_again", C.MILESTONE, 0.8, r".*?(?:实现)?再突破"),
    _rule(
        "milestone",
        C.MILESTONE,
        0.7,
        rf"{_ADVERBS}*(?:建成|竣工|投运|投用|开工建设|开工|启动|实施|设立|开通|建设完成).+?{_FACILITY}",
    ),
    _rule("milestone", C.MILESTONE, 0.6, rf".*?{_FACILITY}.*?{_DONE}+"),
    _rule(
        "works_programme",
        C.MILESTONE,
        0.6,
        rf"{_MANNER}*实施.+?(?:建设|改造|更新|提升|整治|修复)(?:计划|行动|工程)",
    ),
    _rule(
        "issue_document",
        C.MILESTONE,
        0.65,
        rf"{_ADVERBS}*(?:制定出台|出台|印发|发布|制定|修订)(?!{_DOCUMENT}).+?{_DOCUMENT}",
    ),
    _rule(
        "in_step",
        C.QUALITATIVE,
        0.85,
        r".*?[与和同][^，,；;。]{0,12}?增长(?:基本|保持|继续)*同步.*?",
    ),
    _rule(
        "in_step",
        C.QUALITATIVE,
        0.8,
        r".*?[与和同][^，,；;。]{0,12}?增速(?:基本|保持|继续)*相?(?:匹配|适应|同步)",
    ),
    _rule("quota", C.QUALITATIVE, 0.85, r".*?完成[^，,；;。]{0,8}?下达[^，,；;。]{0,4}?任务.*?"),
    _rule(
        "quota",
        C.QUALITATIVE,
        0.85,
        r".*?以[^，,；;。]{0,12}?下达的?(?:目标|任务|指标|计划)?为准",
    ),
    _rule(
        "improving",
        C.QUALITATIVE,
        0.8,
        r".*?(?:(?:持续|稳定|明显|逐步|不断|进一步)改善|稳中向好|持续向好).*?",
    ),
    _rule(
        "steady_quality",
        C.QUALITATIVE,
        0.75,
        r".*?(?:(?:促稳|保稳|稳中|稳量)提质|量稳质升|稳中有升|提质增效).*?",
    ),
    _rule("stable", C.QUALITATIVE, 0.7, r".+?(?:基本|总体|保持|持续)(?:稳定|平衡|平稳)"),
    _rule(
        "steady_change",
        C.QUALITATIVE,
        0.7,
        r".+?(?:继续|持续|稳步|逐步|逐年)"
        r"(?:下降|降低|减少|提高|提升|增长|增加|上升|扩大|缩小)",
    ),
    _rule("controlled", C.QUALITATIVE, 0.6, rf"{_ADVERBS}*(?:重点|严格|合理|有效)控制.+"),
    _rule("rank", C.QUALITATIVE, 0.7, r".*?(?:争先进位|第一方阵|排头兵).*?"),
)

_CEILING_WORDS = ("涨幅", "价格", "物价", "CPI", "失业率", "能耗", "排放", "污染", "控制在")
_DECLINE_WORDS = ("下降", "降低", "减少")
_BAND_WORDS = ("保持在", "稳定在")

#: Words before the indicator that say when or how hard, not what.
_LEADING = re.compile(
    r"(?:(?:力争|确保|努力|争取|全年|今年|当年|预计|目前|截至目前|去年|上年|实现|累计"
    r"|(?:19|20)\d{2}年(?:底|末)?)[，,]?)+"
)
#: "通州拥有…企业55家": the indicator is what is had, not who has it.
_POSSESSOR = re.compile(r".*?(?:拥有|共有)(?![量率])")
_COMPARISON = re.compile(r"同比|比上年|较上年|比去年|较去年")
_APPROXIMATE_BEFORE = re.compile(r"(?:近|约|大约|接近)(?:为|达)?$")
_LOWER_BOUND_BEFORE = re.compile(r"(?:超过|超|突破|逾|多达)$")
_LOWER_BOUND_AFTER = re.compile(r"以上")


class Reading(NamedTuple):
    """What one clause's phrasing says. `value` and `unit` are None for an outcome."""

    rule: str
    comparator: Comparator
    name: str
    confidence: float
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    #: For 左右 only: which side is good. For 左右 and a bare count: the word that decided it
    #: (see `direction_of`), "" when none did and higher is better by default.
    direction: Direction | None = None
    direction_word: str = ""
    #: The result qualifiers written on the figure (超, 以上, 近, 约 …), for a figure read as a
    #: result; `extract` drops a target whose figure is only approximate (近, 约, X余).
    flags: tuple[Flag, ...] = ()


def direction_of(words: str) -> tuple[Direction, str]:
    """Which side of a figure is good, from the words before it, and the word that said so:
    a fall (下降) is a floor, a price or an emission (涨幅) a ceiling, 保持在…左右 a band, and
    anything else a floor by default (no word)."""
    for found, direction in (
        (_DECLINE_WORDS, Direction.FLOOR),
        (_CEILING_WORDS, Direction.CEILING),
        (_BAND_WORDS, Direction.BAND),
    ):
        word = next((w for w in found if w in words), None)
        if word is not None:
            return direction, word
    return Direction.FLOOR, ""


def qualifiers(text: str, figure: Figure) -> tuple[Flag, ...]:
    """The result qualifiers of the glossary written on a figure: 近, 约 and 左右 approximate;
    超, 突破 and 以上 a lower bound; X余/X多 ("X-odd") both. 预计 governs a sentence, so
    `timing` and `suggest` add it."""
    before, after = simplified(text[: figure.start]), simplified(text[figure.end :])
    flags = []
    if figure.more or _LOWER_BOUND_BEFORE.search(before) or _LOWER_BOUND_AFTER.match(after):
        flags.append(Flag.LOWER_BOUND)
    if figure.more or _APPROXIMATE_BEFORE.search(before) or after.startswith("左右"):
        flags.append(Flag.APPROXIMATE)
    return tuple(flags)


def indicator_words(text: str) -> str:
    """The words that name an indicator, without when, how hard, or who has it."""
    readable = simplified(text)
    start = 0
    possessor = _POSSESSOR.match(readable)
    if possessor:
        start = possessor.end()
    leading = _LEADING.match(readable, start)
    if leading:
        start = leading.end()
    dropped = {i for m in _COMPARISON.finditer(readable) for i in range(*m.span())}
    words = "".join(c for i, c in enumerate(text) if i >= start and i not in dropped)
    return words.strip(" ，,：:")


def _shape(text: str, figures: list[Figure]) -> str:
    """The text with each figure replaced by one placeholder character, in order."""
    parts, cursor = [], 0
    for index, figure in enumerate(figures):
        parts += [text[cursor : figure.start], chr(_FIRST_PLACEHOLDER + index)]
        cursor = figure.end
    parts.append(text[cursor:])
    return "".join(parts)


def _figure(placeholder: str, figures: list[Figure]) -> Figure:
    return figures[ord(placeholder) - _FIRST_PLACEHOLDER]


def _unshape(shape: str, figures: list[Figure]) -> str:
    """Placeholders back to the figures' own text."""
    return re.sub(F, lambda m: _figure(m.group(), figures).text, shape)


def _fits(need: UnitNeed, unit: str) -> bool:
    if not unit:
        return False
    match need:
        case "percent":
            return unit == PERCENT
        case "points":
            return is_percentage_point(unit)
        case "not_points":
            return not is_percentage_point(unit)
        case _:
            return True


def _numeric(
    rule: Rule, match: re.Match[str], shape: str, text: str, figures: list[Figure]
) -> Reading | None:
    """A figure rule's reading; `match` is on the simplified `shape`, names come from `shape`."""
    figure = _figure(match["f"], figures)
    upper = _figure(match["f2"], figures) if rule.units == "range" else None
    if upper is not None:
        if not upper.unit or figure.unit not in ("", upper.unit) or upper.value < figure.value:
            return None
    elif not _fits(rule.units, figure.unit):
        return None
    named = [shape[slice(*match.span(g))] for g in ("name", "name2") if g in match.groupdict()]
    words = _unshape("".join(named), figures)
    direction, word = None, ""
    comparator = rule.comparator
    if comparator is Comparator.ABOUT or rule.name == "count":
        before = _unshape(match.string[: match.start("f")], figures)
        direction, word = direction_of(before)
        fell_to = match.groupdict().get("verb")
        if fell_to and re.fullmatch(_FALL_TO, fell_to):
            direction, word = Direction.CEILING, fell_to
        if rule.name == "count":
            comparator = C.AT_MOST if direction is Direction.CEILING else C.AT_LEAST
            direction = None
    return Reading(
        rule=rule.name,
        comparator=comparator,
        name=indicator_words(words),
        confidence=rule.confidence,
        value=figure.value,
        value_max=None if upper is None else upper.value,
        unit=figure.unit if upper is None else upper.unit,
        direction=direction,
        direction_word=word,
        flags=qualifiers(text, figure),
    )


def _outcome(text: str) -> Reading | None:
    readable = simplified(text)
    for rule in OUTCOME_RULES:
        if rule.pattern.fullmatch(readable):
            return Reading(rule.name, rule.comparator, indicator_words(text), rule.confidence)
    return None


def read(text: str) -> Reading | None:
    """What the phrasing of one clause (flattened, see `clauses.flatten`) says, or None."""
    figures = find_figures(text)
    if figures:
        shape = _shape(text, figures)
        readable = simplified(shape)
        for rule in NUMERIC_RULES:
            match = rule.pattern.fullmatch(readable)
            reading = match and _numeric(rule, match, shape, text, figures)
            if reading:
                return reading
    return _outcome(text)
