"""Names paired with figures by 分别: each figure a target of its own name.

A report sets two targets in one clause when it lists the names, says 分别 ("respectively")
and lists the figures in the same order: 居民医保和基本公共卫生服务经费人均财政补助标准分别再
增加30元和5元 raises the first by 30 yuan and the second by 5. The rules read one figure a
clause, the last, so the first would be lost and the second named after both. `respective`
gives one text a figure to read instead: the figure's own name, the words between 分别 and
the figures (再增加), the figure with its unit, and the word written on it or after the last
(左右, 以上): 居民医保再增加30元, 基本公共卫生服务经费人均财政补助标准再增加5元. Each draft
still quotes the whole clause, where its figure stands.

Only a clause that pairs exactly is read so: as many names before 分别 (joined by 和, 、, 及,
与) as figures after it, each figure with its own unit, the figures ending the clause. Anything
else (a name that itself holds 和, a unit written once for both) is left to the rules as it is.
"""

from __future__ import annotations

import re

from tzgoals.draft.lexicon import LIST_JOINER, RESPECTIVELY
from tzgoals.numerals import Figure, find_figures
from tzgoals.script import simplified

_JOINER = re.compile(LIST_JOINER.pattern)
#: A word written on a figure that makes it a comparison (左右, 以上).
_ON_FIGURE = "(?:左右|及以上|以上|以内|以下)"
_BETWEEN = re.compile(rf"(?P<on>{_ON_FIGURE})?{LIST_JOINER.pattern}")
_AFTER_LAST = re.compile(rf"(?P<on>{_ON_FIGURE})?[”’\"'）)》」』]*")


def _run(text: str, figures: list[Figure], after: int) -> list[tuple[Figure, str]] | None:
    """The figures that end the clause, joined one to the next, each with the word written
    on it (or, failing one, the word after the last); None unless there are two or more,
    all after `after`, each with a unit."""
    last = figures[-1]
    tail = _AFTER_LAST.fullmatch(text, last.end)
    if tail is None:
        return None
    run = [(last, tail["on"] or "")]
    for figure in reversed(figures[:-1]):
        joined = _BETWEEN.fullmatch(text, figure.end, run[0][0].start)
        if joined is None or figure.start < after:
            break
        run.insert(0, (figure, joined["on"] or ""))
    if len(run) < 2 or any(not figure.unit for figure, _ in run):
        return None
    shared = run[-1][1]
    return [(figure, on or shared) for figure, on in run]


def respective(text: str) -> list[str]:
    """One text to read for each figure a clause pairs with a name by 分别, in order; [] for a
    clause that pairs none (see the module)."""
    readable = simplified(text)
    word = re.search(RESPECTIVELY.pattern, readable)
    figures = find_figures(text)
    if word is None or len(figures) < 2:
        return []
    run = _run(readable, figures, word.end())
    if run is None:
        return []
    names = _JOINER.split(text[: word.start()])
    if len(names) != len(run) or not all(name.strip() for name in names):
        return []
    verb = text[word.end() : run[0][0].start]
    return [f"{name}{verb}{figure.text}{on}" for name, (figure, on) in zip(names, run, strict=True)]
