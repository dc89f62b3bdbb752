"""The standard indicators' other names, so that a target and a result that name one indicator
in two ways share its words.

A plan writes GDP增长 where its review writes 地区生产总值…增长; the national report writes
国内生产总值, a province 地区生产总值; 规上 is 规模以上, CPI is 居民消费价格. `canonical` writes
each such name in one spelling (the statistical bureau's), for comparing words only: quotes are
never rewritten. The table holds names that mean the same measure wherever they stand, not
near-synonyms of a wider or narrower one (财政收入 is not 一般公共预算收入; 货物进出口 is not all
进出口), and no abbreviation that is also an everyday word (高企, "stays high").
"""

from __future__ import annotations

import re

#: The standard spelling, then the other names of the same measure (on simplified text).
_GROUPS = (
    ("地区生产总值", ("GDP", "国内生产总值", "地区生产总值", "生产总值")),
    ("居民消费价格", ("CPI", "居民消费价格指数", "居民消费价格")),
    ("规模以上", ("规上",)),
    ("社会消费品零售总额", ("社零总额", "社零额", "社零")),
    ("固定资产投资", ("固投",)),
    ("一般公共预算收入", ("一般预算收入",)),
    ("进出口", ("外贸进出口",)),
    ("研发", ("R&D", "研究与试验发展")),
    ("城镇新增就业", ("新增城镇就业",)),
    ("实际使用外资", ("实际利用外资",)),
)
_SPELLING = {alias.casefold(): standard for standard, aliases in _GROUPS for alias in aliases}
_ALIAS = re.compile(
    "|".join(re.escape(a) for a in sorted(_SPELLING, key=len, reverse=True)), re.IGNORECASE
)


def canonical(text: str) -> str:
    """The text with each standard indicator's other names in its one spelling."""
    return _ALIAS.sub(lambda match: _SPELLING[match.group().casefold()], text)
