"""Traditional characters read as simplified ones, one for one, so that offsets still hold.

Plans from Hong Kong, Macao and Taiwan sites, and mainland reports republished in traditional
characters (城鎮新增就業1200萬人以上), use the same phrasings in another script. The rules are
written in simplified characters; they match `simplified(text)` and take their words from the
original at the same offsets, so a quote or a name is never rewritten. The table holds the
characters of the rules' own words (增長, 達到, 預計, 失業率 …), of magnitudes and units, and of
the commonest indicator words; it is not a full converter, which would be a dependency for
little gain.
"""

from __future__ import annotations

_PAIRS = (
    # magnitudes, units, numerals
    ("萬億兩個項戶張條處輛噸頃標點", "万亿两个项户张条处辆吨顷标点"),
    # the rules' words
    (
        "長達過於減穩內計劃開實設啟動運車現務爭進陣頭預擁來與續經濟價漲業"
        "繼嚴臺辦細則準綱組創擬適應復擴縮為",
        "长达过于减稳内计划开实设启动运车现务争进阵头预拥来与续经济价涨业"
        "继严台办细则准纲组创拟适应复扩缩为",
    ),
    # facilities of milestones
    ("橋鐵碼機場樞紐館園區廠學醫樓綜體電網綠遊", "桥铁码机场枢纽馆园区厂学医楼综体电网绿游"),
    # common indicator words
    ("產産總調貿額質態環國鎮糧單費資規", "产产总调贸额质态环国镇粮单费资规"),
)
_TABLE = str.maketrans("".join(t for t, _ in _PAIRS), "".join(s for _, s in _PAIRS))


def simplified(text: str) -> str:
    """The text with the traditional characters of `_PAIRS` in simplified form, same length."""
    return text.translate(_TABLE)
