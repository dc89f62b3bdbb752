"""Characters that look alike but are not the same: what differs between a refused quote and
the closest passage of its source.

A Chinese keyboard types ％，：（） where a text has %,:(), full-width digits where it has
0-9, and an input method may give a traditional form (發展) where the text has the simplified
one (发展). A quote must stand verbatim, so none of these is accepted; but a user told only
"not found" looks for a long time at two passages that seem the same. Here each such pair is
named as a fact (`Difference`), which `tzgoals.render` turns into words.
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from enum import StrEnum
from typing import NamedTuple


class Kind(StrEnum):
    """How a character of the quote differs from the one the text has in its place."""

    FULL_WIDTH = "full-width"  # the quote has ％ where the text has %
    HALF_WIDTH = "half-width"  # the quote has % where the text has ％
    TRADITIONAL = "traditional"  # the quote has 發 where the text has 发
    SIMPLIFIED = "simplified"  # the quote has 发 where the text has 發
    INVISIBLE = "invisible"  # the quote holds a character that shows as nothing


class Difference(NamedTuple):
    """One look-alike pair: what the quote has, and what the text has in its place ("" for
    an invisible character of the quote that the text does not hold)."""

    kind: Kind
    in_quote: str
    in_text: str


#: Common traditional forms and their simplified ones, as data: the characters government
#: texts use most often (not a converter; enough to name the usual slip).
TRADITIONAL_TO_SIMPLIFIED: dict[str, str] = dict(
    zip(
        "發國經濟區產業開長設建歲實現億萬們對價農與業務進這個為會來時後區總"
        "體預計標環保護費標準動員環統圍點質強綜戶營銷報醫療衛學術廣東蘇層號",
        "发国经济区产业开长设建岁实现亿万们对价农与业务进这个为会来时后区总"
        "体预计标环保护费标准动员环统围点质强综户营销报医疗卫学术广东苏层号",
        strict=True,
    )
)
_SIMPLIFIED_TO_TRADITIONAL = {
    simple: full for full, simple in TRADITIONAL_TO_SIMPLIFIED.items() if full != simple
}
#: Characters that take no room on the page, which a copy from a web page may carry.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u180e")


def _pair(in_quote: str, in_text: str) -> Difference | None:
    """The kind of difference between two characters standing in each other's place."""
    if in_quote != in_text and unicodedata.normalize("NFKC", in_quote) == in_text:
        return Difference(Kind.FULL_WIDTH, in_quote, in_text)
    if in_quote != in_text and unicodedata.normalize("NFKC", in_text) == in_quote:
        return Difference(Kind.HALF_WIDTH, in_quote, in_text)
    if TRADITIONAL_TO_SIMPLIFIED.get(in_quote) == in_text != in_quote:
        return Difference(Kind.TRADITIONAL, in_quote, in_text)
    if _SIMPLIFIED_TO_TRADITIONAL.get(in_quote) == in_text:
        return Difference(Kind.SIMPLIFIED, in_quote, in_text)
    return None


def differences(quote: str, passage: str) -> list[Difference]:
    """Each look-alike pair where the quote and the passage differ, once each, in the quote's
    order; whitespace is left out of both, as the comparison of quotes leaves it out."""
    wanted, found = "".join(quote.split()), "".join(passage.split())
    seen: dict[Difference, None] = {}
    for char in wanted:
        if char in INVISIBLE:
            seen[Difference(Kind.INVISIBLE, char, "")] = None
    wanted = "".join(c for c in wanted if c not in INVISIBLE)
    matcher = SequenceMatcher(None, wanted, found, autojunk=False)
    for tag, q_start, q_end, t_start, t_end in matcher.get_opcodes():
        if tag != "replace" or q_end - q_start != t_end - t_start:
            continue
        for in_quote, in_text in zip(wanted[q_start:q_end], found[t_start:t_end], strict=True):
            difference = _pair(in_quote, in_text)
            if difference is not None:
                seen[difference] = None
    return list(seen)
