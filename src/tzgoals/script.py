"""Traditional characters read as simplified ones, one for one, so that offsets still hold.

Plans from Hong Kong, Macao and Taiwan sites, and mainland reports republished in traditional
characters (城鎮新增就業1200萬人以上), use the same phrasings in another script. The rules are
written in simplified characters; they match `simplified(text)` and take their words from the
original at the same offsets, so a quote or a name is never rewritten. `TRADITIONAL` is the
one place traditional forms are listed; the drafting's lexicon reads it from here.
"""

from __future__ import annotations

#: Traditional characters and the simplified ones the rules are written in, one for one, so
#: that offsets still hold (see `script`): the rules' own words (增長, 達到, 預計, 確保, 圓滿),
#: magnitudes and units, the facilities of milestones and the commonest indicator words. It is
#: not a full converter, which would be a dependency for little gain.
TRADITIONAL = (
    # magnitudes, units, numerals
    ("萬億兩個項戶張條處輛噸頃標點", "万亿两个项户张条处辆吨顷标点"),
    # the rules' words
    (
        "長達過於減穩內計劃開實設啟動運車現務爭進陣頭預擁來與續經濟價漲業"
        "繼嚴臺辦細則準綱組創擬適應復擴縮為確圓滿順",
        "长达过于减稳内计划开实设启动运车现务争进阵头预拥来与续经济价涨业"
        "继严台办细则准纲组创拟适应复扩缩为确圆满顺",
    ),
    # facilities of milestones
    ("橋鐵碼機場樞紐館園區廠學醫樓綜體電網綠遊", "桥铁码机场枢纽馆园区厂学医楼综体电网绿游"),
    # common indicator words
    ("產産總調貿額質態環國鎮糧單費資規", "产产总调贸额质态环国镇粮单费资规"),
)


def either_script(characters: str) -> str:
    """The characters with every traditional form `TRADITIONAL` reads as one of them: a quick
    pre-filter looks for these in the text as written, before it is simplified."""
    forms = {s: "" for s in characters}
    for traditional, simplified in TRADITIONAL:
        for t, s in zip(traditional, simplified, strict=True):
            if s in forms:
                forms[s] += t
    return "".join(s + t for s, t in forms.items())


_TABLE = str.maketrans("".join(t for t, _ in TRADITIONAL), "".join(s for _, s in TRADITIONAL))


def simplified(text: str) -> str:
    """The text with the traditional characters of `TRADITIONAL` in simplified form, same length."""
    return text.translate(_TABLE)
