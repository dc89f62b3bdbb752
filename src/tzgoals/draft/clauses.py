"""Split a document into clauses and sentences, each clause with its exact text and offset.

A target is stated in a clause (地区生产总值增长6%), and the words that say which year it is
about often open its sentence (预计…, 目前…), so both units are kept: a clause ends at ，；、：
(and at ASCII , ; : when not between digits, since some texts use them after Chinese), a
sentence at 。！？ (and ! ?), and both at a paragraph's end.

Articles taken from newspaper pages break lines in the middle of words ("新\\n\\n增规上工业企业
140家"). A line break is therefore a paragraph's end only when it is a real one: after a line
that ends in punctuation, after a line with no clause punctuation at all (a caption, a title),
or before a heading or a list item. Otherwise it is layout, and `flatten` takes it out of the
clause's text, the way the test suite compares quotes with their sources.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

_DIGIT = "0-9０-９"
_SEPARATOR = re.compile(
    rf"[，；、：。！？!?;]|(?<![{_DIGIT}])[,:]|[,:](?![{_DIGIT}])",
)
_SENTENCE_ENDS = frozenset("。！？!?")
#: A line with one of these is prose, which layout may have broken mid-word.
_PROSE_MARKS = frozenset("，。；、：,;")
#: A line ending in one of these ended on purpose.
_FINAL_MARKS = frozenset('，。；、：,;:！？!?”’"）)》」』')
_LINE_BREAK = re.compile(r"[ \t\r\u3000]*\n\s*")
_HEADING = re.compile(r"#+\s*")
#: List marks: markdown's (- * • ·, with a space), the solid marks printed copies use (● ◆ ■
#: ▲ ★ ▶, space optional), the dash pair —— that opens each item of a list of targets
#: (——GDP增长6%。), then numbering.
_BULLET = re.compile(
    r"(?:[-*•·]\s+|[●○◆◇■□▲△▶►★☆◎▪]\s*|——\s*)?"
    r"(?:[①-⑳]\s*|[(（][一二三四五六七八九十\d]+[)）]\s*"
    r"|[一二三四五六七八九十]+、|\d+[、.．](?!\d)\s*)?"
)
#: A clause of nothing but these says nothing (a closing quote after 。, say).
_EMPTY = re.compile(r"[\s“”‘’\"'（）()《》「」『』【】]*")


class Clause(NamedTuple):
    """A clause: its exact text (layout line breaks included) and where it stands."""

    text: str
    start: int
    end: int
    #: The punctuation that ends it, or "" at the end of a paragraph.
    delimiter: str
    #: Where its sentence starts: clauses of one sentence share it.
    sentence_start: int
    #: A title line (markdown #): it sets context, but states no target.
    heading: bool


def flatten(text: str) -> str:
    """The text with the line breaks layout put inside it taken out, as quotes are compared."""
    return _LINE_BREAK.sub("", text).strip()


def _starts_item(line: str) -> bool:
    """A heading or a list item starts a paragraph of its own."""
    bullet = _BULLET.match(line)
    return line.startswith("#") or (bullet is not None and bullet.end() > 0)


def _is_hard_break(text: str, run: re.Match[str]) -> bool:
    """Whether the line break `run` ends a paragraph rather than a printed line."""
    line = text[text.rfind("\n", 0, run.start()) + 1 : run.start()].strip()
    end = text.find("\n", run.end())
    following = text[run.end() : len(text) if end < 0 else end]
    return (
        not line
        or line[-1] in _FINAL_MARKS
        or not _PROSE_MARKS.intersection(line)
        or _starts_item(line)
        or _starts_item(following)
    )


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the text between real paragraph ends."""
    start = 0
    for run in _LINE_BREAK.finditer(text):
        if _is_hard_break(text, run):
            yield start, run.start()
            start = run.end()
    yield start, len(text)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_clauses(text: str, start: int, end: int) -> Iterator[Clause]:
    heading = _HEADING.match(text, start, end)
    marker = heading or _BULLET.match(text, start, end)
    start = start if marker is None else marker.end()
    sentence_start: int | None = None
    cursor = start
    for separator in [*_SEPARATOR.finditer(text, start, end), None]:
        stop = end if separator is None else separator.start()
        delimiter = "" if separator is None else separator.group()
        first, last = _trimmed(text, cursor, stop)
        if not _EMPTY.fullmatch(text, first, last):
            sentence_start = first if sentence_start is None else sentence_start
            yield Clause(text[first:last], first, last, delimiter, sentence_start, bool(heading))
        if delimiter in _SENTENCE_ENDS:
            sentence_start = None
        cursor = stop + len(delimiter)


def split_clauses(text: str) -> list[Clause]:
    """Every clause of the text in order; list bullets and heading marks are not part of one."""
    return [
        clause
        for start, end in _paragraphs(text)
        for clause in _paragraph_clauses(text, start, end)
    ]


def join_enumerations(
    clauses: Sequence[Clause], text: str, stands_alone: Callable[[str], bool]
) -> list[Clause]:
    """Join clauses that 、 separates unless the part before the 、 is complete by itself.

    In 单位GDP能耗、主要污染物排放完成市下达任务 the 、 lists two subjects of one predicate, and the
    passage means something only whole; in 新认定国家高新技术企业超150家、专精特新“小巨人”企业2家 it
    separates two targets. `stands_alone` tells them apart from the text joined so far.
    """
    joined: list[Clause] = []
    group: Clause | None = None
    for clause in clauses:
        if group is not None:
            clause = clause._replace(
                text=text[group.start : clause.end],
                start=group.start,
                sentence_start=group.sentence_start,
            )
        if clause.delimiter == "、" and not stands_alone(clause.text):
            group = clause
            continue
        joined.append(clause)
        group = None
    if group is not None:
        joined.append(group)
    return joined
