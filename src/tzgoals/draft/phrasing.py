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
      arranges (赤字率拟按3%安排, 专项债券拟安排3.8万亿元, 中央预算内投资安排6400亿元,
      安排…支出增长3.9%), read as at most: a budget's figure is an authorisation, and going
      over it needs a new one; planned_about: 拟按X左右安排, a band; committed: an amount of
      money or people written before what it goes to (使用1000亿元…基金支持稳岗, 将2.8万亿元…
      资金纳入直达机制, 用于1500万人次以上的…培训), at least;
0.7   red_line: a floor to hold (守住18亿亩耕地红线).
`extract` lowers it where the clause leaves more to a person (see there).

Direction (which side of 左右 is good): a fall (下降, 降低, 减少) is a floor, since the fall is
the thing to reach; prices (价格, 涨幅, CPI), unemployment (失业率), energy use (能耗),
emissions and pollution (排放, 污染) and anything 控制在 are ceilings; 保持在/稳定在 X左右 is a
band; anything else a floor. The reading says which word decided.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from tzgoals.draft.lexicon import BAND, CEILING, FALL
from tzgoals.draft.rulebook import (
    COMMITTED_UNITS,
    FALL_TO,
    NUMERIC_RULES,
    OUTCOME_RULES,
    F,
    Rule,
    RuleId,
    UnitNeed,
)
from tzgoals.numerals import Figure, find_figures
from tzgoals.script import simplified
from tzgoals.units import PERCENT, is_percentage_point
from tzgoals.vocabulary import Comparator, Direction, Flag

_FIRST_PLACEHOLDER = 0xE000


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

    rule: RuleId
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
        (FALL.words, Direction.FLOOR),
        (CEILING.words, Direction.CEILING),
        (BAND.words, Direction.BAND),
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
        case "committed":
            return unit.endswith(COMMITTED_UNITS)
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
    if comparator is Comparator.ABOUT or rule.id is RuleId.COUNT:
        before = _unshape(match.string[: match.start("f")], figures)
        direction, word = direction_of(before)
        fell_to = match.groupdict().get("verb")
        if fell_to and re.fullmatch(FALL_TO, fell_to):
            direction, word = Direction.CEILING, fell_to
        if rule.id is RuleId.COUNT:
            lower = direction is Direction.CEILING
            comparator = Comparator.AT_MOST if lower else Comparator.AT_LEAST
            direction = None
    return Reading(
        rule=rule.id,
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
            return Reading(rule.id, rule.comparator, indicator_words(text), rule.confidence)
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
