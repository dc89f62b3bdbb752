"""The areas of a plan, read from its structure: which section each clause stands in.

A work report sets its targets in sections, each opened by a heading the dataset can take as an
area: 一、… (a part), (一)… under it (a work section), ①… (an item). A heading is a paragraph
that opens with its mark and whose first sentence is short (`LONGEST_TITLE`): a numbered
paragraph of figures (一、全国粮食播种面积118969千公顷…) is text, not a heading. The innermost
heading before a clause is its area; a part with work sections under it is the area only of
what stands before the first of them.

The paragraph that introduces the year's main targets (主要预期目标是: …, see
`announced.introduction`) is the headline area, whatever section it stands in, with the list
items that follow it. When several paragraphs introduce targets (a review's 以…强军目标为引领,
a five-year plan's 主要目标是), the headline is the one that names the main targets of a year
(今年发展主要预期目标是, as every national report of 2015–2022 writes it), not the first.

A plan may instead list its areas (2023年重点抓好八个方面工作, then ①…⑧) and go on in sections
headed in other words (## 创新驱动,打造产业新高地). Each item of such a list is an area, and a
later section whose heading is none of them goes to the item its heading shares most words with
(character pairs: 打造, 产业, 高地), or to none when it shares none.

Each area has an id from its marks (3.1 for (一) under 三、; `HEADLINE` for the headline), its
title as written (without the mark and the final 。) and its quote, the heading's own words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from tzgoals.draft.announced import announced, introduction
from tzgoals.draft.clauses import Clause, flatten

HEADLINE = "headline"
#: A heading's first sentence is at most this long; a longer one is a paragraph of text.
LONGEST_TITLE = 40
_DIGITS = "一二三四五六七八九"
#: One to ninety-nine: 三, 十, 十二, 二十, 二十三.
_NUMERAL = f"(?:[{_DIGITS[1:]}]?十[{_DIGITS}]?|[{_DIGITS}])"
#: The marks of each level, outermost first; a line may start with markdown's # or a bullet.
_LEVELS = (
    re.compile(rf"(?P<n>{_NUMERAL})、"),
    re.compile(rf"[（(](?P<n>{_NUMERAL})[)）]"),
    re.compile(r"(?P<n>[①-⑳])\s*"),
)
_LINE_START = re.compile(r"[\s\u200b\ufeff]*(?:#+\s*|[-*•]\s+)?")
_TITLE_END = re.compile(r"[。！？!?]|$", re.M)
#: A heading that announces a list of areas: 重点抓好八个方面工作, 重点做好以下几方面工作.
_LIST_OF_AREAS = re.compile(r"(?:抓好|做好|推进|突出)[^，,。]{0,8}方面(?:的)?(?:工作|任务)")
_MARKDOWN_HEADING = re.compile(r"[\s\u200b\ufeff]*#+\s*(?P<title>[^\n]+)")


class DocumentArea(NamedTuple):
    """An area a plan's structure gives: its id, its title and quote as written."""

    id: str
    title: str
    quote: str


class _Span(NamedTuple):
    start: int
    end: int
    area: DocumentArea


def _number(numeral: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, ③ → 3."""
    if "①" <= numeral <= "⑳":
        return ord(numeral) - ord("①") + 1
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _DIGITS.index(numeral) + 1
    high = 1 if not tens else _DIGITS.index(tens) + 1
    return high * 10 + (_DIGITS.index(units) + 1 if units else 0)


class _Heading(NamedTuple):
    level: int
    number: int
    start: int
    title: str
    quote: str


def _heading(text: str, start: int, end: int) -> _Heading | None:
    """The heading the line at `start` opens, or None."""
    cursor = _LINE_START.match(text, start, end)
    position = start if cursor is None else cursor.end()
    for level, mark in enumerate(_LEVELS, 1):
        found = mark.match(text, position, end)
        if found is None:
            continue
        stop = _TITLE_END.search(text, found.end(), end)
        title_end = end if stop is None else stop.start()
        title = text[found.end() : title_end].strip()
        if not title or len(title) > LONGEST_TITLE:
            return None
        quote = text[found.start() : title_end].strip()
        return _Heading(level, _number(found["n"]), start, title, quote)
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _markdown_headings(text: str, lines: list[tuple[int, int]]) -> list[int]:
    """Where each markdown heading with no mark of `_LEVELS` starts."""
    return [
        s
        for s, e in lines
        if _MARKDOWN_HEADING.fullmatch(text, s, e) is not None and _heading(text, s, e) is None
    ]


def _unique(area_id: str, title: str, titles: dict[str, str]) -> str:
    """The id, with -2, -3 … when another title took it (two lists both numbered (一))."""
    candidate, count = area_id, 1
    while titles.setdefault(candidate, title) != title:
        count += 1
        candidate = f"{area_id}-{count}"
    return candidate


def _work_spans(text: str, lines: list[tuple[int, int]]) -> list[_Span]:
    """A span for each heading, from it to the next heading of its level or an outer one, or
    to a markdown heading of other words, which closes every section before it."""
    headings = [h for s, e in lines if (h := _heading(text, s, e)) is not None]
    closing = _markdown_headings(text, lines)
    spans: list[_Span] = []
    numbers: list[int] = []
    titles: dict[str, str] = {}
    for index, heading in enumerate(headings):
        outer = numbers[: heading.level - 1]
        numbers = [*outer, *[0] * (heading.level - 1 - len(outer)), heading.number]
        same_or_outer = (h.start for h in headings[index + 1 :] if h.level <= heading.level)
        closed = bisect.bisect_right(closing, heading.start)
        ends = [next(same_or_outer, len(text)), *closing[closed : closed + 1]]
        area_id = _unique(".".join(str(n) for n in numbers if n), heading.title, titles)
        area = DocumentArea(area_id, heading.title, heading.quote)
        spans.append(_Span(heading.start, min(ends), area))
    return spans


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} - {""}


def _listed_spans(text: str, lines: list[tuple[int, int]], spans: list[_Span]) -> list[_Span]:
    """Sections headed in other words than the list of areas they follow (see the module)."""
    announced = next(
        (
            s
            for s, e in lines
            if _LIST_OF_AREAS.search(text, s, e) and text[s:e].lstrip()[:1] == "#"
        ),
        None,
    )
    if announced is None:
        return []
    headings = [
        (s, text[s:e].strip().lstrip("#").strip())
        for s in _markdown_headings(text, lines)
        if s > announced
        for e in [text.find("\n", s) % (len(text) + 1)]
    ]
    #: The list: the items between the announcing heading and the next markdown heading.
    list_end = headings[0][0] if headings else len(text)
    items = [s.area for s in spans if announced < s.start < list_end]
    found: list[_Span] = []
    for index, (start, title) in enumerate(headings):
        shared = [(len(_pairs(title) & _pairs(item.title)), item) for item in items]
        best = max(shared, default=(0, None), key=lambda pair: pair[0])
        if best[1] is not None and best[0] > 0:
            end = headings[index + 1][0] if index + 1 < len(headings) else len(text)
            found.append(_Span(start, end, best[1]))
    return found


#: What every national report of 2015–2022 calls its headline paragraph (今年发展主要预期目标是),
#: and the words that put it in one year (今年, 2024年), not a five-year plan's period.
_MAIN_TARGETS = re.compile(r"预期目标|主要目标")
_OF_A_YEAR = re.compile(r"今年|本年|(?:19|20)\d{2} ?年")


def _announced_until(index: int, stated: Sequence[bool]) -> int:
    """The last of the clauses from `index` on that `announced` says state targets."""
    last = index
    while last + 1 < len(stated) and stated[last + 1]:
        last += 1
    return last


def _headline_spans(text: str, clauses: Sequence[Clause], stated: Sequence[bool]) -> list[_Span]:
    """The paragraph that introduces the main targets, to the last clause it announces (the
    items of a list it opens; `stated` is `announced`'s). Of several introductions the
    headline is the one that names the main targets (预期目标, 主要目标) of a year (今年,
    2024年), then the one that announces most; a review's passing 目标为 or an earlier
    paragraph's 目标是 introduces other targets, and is not the headline for being first."""
    found: list[tuple[bool, bool, int, int]] = []
    for index, clause in enumerate(clauses):
        if not stated[index]:
            continue
        introduced = introduction(clause)
        if introduced is None:
            continue
        main, of_a_year = _MAIN_TARGETS.search(introduced), _OF_A_YEAR.search(introduced)
        found.append(
            (main is not None, of_a_year is not None, _announced_until(index, stated), index)
        )
    if not found:
        return []
    _, _, last_index, index = max(found, key=lambda f: (f[0], f[1], f[2] - f[3], -f[3]))
    clause, last = clauses[index], clauses[last_index]
    line_start = text.rfind("\n", 0, clause.start) + 1
    end = text.find("\n", last.end)
    end = len(text) if end < 0 else end
    title = re.split(r"[是为:：]", flatten(clause.text), maxsplit=1)[0]
    return [_Span(line_start, end, DocumentArea(HEADLINE, title, title))]


class Structure(NamedTuple):
    """The areas of a document and where each stands, by start; `area_at` says which one
    holds a place."""

    spans: list[_Span]
    starts: list[int]
    headlines: list[_Span]

    @property
    def areas(self) -> list[DocumentArea]:
        """Each area once, in the order the document first names it."""
        seen: dict[str, DocumentArea] = {}
        for span in sorted([*self.headlines, *self.spans], key=lambda s: s.start):
            seen.setdefault(span.area.id, span.area)
        return list(seen.values())

    def area_at(self, offset: int) -> DocumentArea | None:
        """The headline when it holds `offset`, else the innermost area that does (the one
        that starts last, looking back from `offset`), or None."""
        if any(s.start <= offset < s.end for s in self.headlines):
            return self.headlines[0].area
        before = bisect.bisect_right(self.starts, offset)
        holding = (self.spans[i] for i in range(before - 1, -1, -1) if offset < self.spans[i].end)
        innermost = next(holding, None)
        return None if innermost is None else innermost.area


def structure(
    text: str, clauses: Sequence[Clause], stated: Sequence[bool] | None = None
) -> Structure:
    """The areas of the document `clauses` were split from (`clauses.split_clauses`);
    `stated` is `announced(text, clauses)` when the caller has it already."""
    lines = _lines(text)
    work = _work_spans(text, lines)
    stated = announced(text, clauses) if stated is None else stated
    headlines = _headline_spans(text, clauses, stated)
    spans = sorted(work + _listed_spans(text, lines, work), key=lambda s: s.start)
    return Structure(spans, [s.start for s in spans], headlines)
