"""Text broken into lines where a reader allows it, and long text cut short for a table.

Rich folds a word that does not fit its column at any character ("Regiona / l"). Names here
break only between words, after a hyphen inside a word (project- / construction), and between
Chinese characters, never before a closing mark (，。）”) or after an opening one (（“);
a run of Latin letters and digits inside Chinese text (GDP, 5G) stays whole. Only a unit wider
than the whole line is folded, as the last resort of a very narrow terminal.
"""

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from rich.cells import cell_len, chop_cells
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style

from tzgoals.render.safe import printable

#: The most characters of one text a table shows; the rest is "…" (csv, json and `show` keep
#: all of it). A name of ten million characters must not take the table minutes to lay out.
CELL_LIMIT = 300
#: The most characters of a footnote under a table.
NOTE_LIMIT = 2000
ELLIPSIS = "…"

#: Marks that may not begin a line (they close what came before) or end one (they open).
_CLOSING = frozenset("，。、；：？！）》」』】〉”’,.;:?!)]}%")
_OPENING = frozenset("（《「『【〈“‘([{")


def clipped(text: str, limit: int = CELL_LIMIT) -> str:
    """The text, or its first `limit` characters and "…" when it is longer."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def _wide(char: str) -> bool:
    """Characters that are words in themselves: Han, kana, Hangul, full-width forms."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


#: A space no line breaks at: between a name and its footnote mark. It is shown as a space.
GLUE = "\u00a0"


_SPACES = re.compile(r"(\s+)")
_AFTER_HYPHEN = re.compile(r"(?<=[A-Za-z0-9]-)")


def _pieces(text: str) -> Iterator[str]:
    """Spaces, single wide characters, and runs of the rest split after an inner hyphen."""
    if text.isascii():  # most names and every figure: no wide character, no glue
        for token in _SPACES.split(text):
            if token.isspace():
                yield token
            elif token:
                yield from filter(None, _AFTER_HYPHEN.split(token))
        return
    run = ""
    for char in text:
        if (char.isspace() and char != GLUE) or _wide(char):
            if run:
                yield run
                run = ""
            yield char
        elif char == "-" and run and run[-1].isalnum():
            yield run + char
            run = ""
        else:
            run += char
    if run:
        yield run


#: The end of a number and its magnitudes, which the next measure word stays with: 10万 (人).
_NUMBER_END = re.compile(r"\d[万亿千百]*$")


@lru_cache(maxsize=4096)
def units(text: str) -> tuple[str, ...]:
    """The pieces of `text` a line may break between (spaces are units of their own); a
    table asks for them once to measure a cell and once to lay it out."""
    found: list[str] = []
    glue_next = False
    for piece in _pieces(text):
        if piece.isspace() and GLUE not in piece:
            if found and found[-1].isspace():
                found[-1] += piece
            else:
                found.append(piece)
            glue_next = False
            continue
        # A number keeps its measure word (2023年, 50个, 1.38万人); a closing mark, what it
        # closes.
        after_number = found and _NUMBER_END.search(found[-1]) and _wide(piece[0])
        if (
            found
            and not found[-1].isspace()
            and (glue_next or after_number or piece[0] in _CLOSING or piece[0] == GLUE)
        ):
            found[-1] += piece
        else:
            found.append(piece)
        glue_next = piece[-1] in _OPENING
    return tuple(_comparisons_kept_whole(found))


#: Signs that compare two figures in an arithmetic line: "6家 ≥ 2家", "27个 < 30个".
_COMPARISON_SIGNS = frozenset("≥≤<>=≠≈")


def _is_figure(unit: str) -> bool:
    return not unit.isspace() and any(char.isdigit() for char in unit)


def _comparisons_kept_whole(found: list[str]) -> list[str]:
    """The units with each comparison of two figures joined into one, so that a line never
    ends at "6家 ≥" and starts again at "2家": the sign reads with both of its sides."""
    joined: list[str] = []
    index = 0
    while index < len(found):
        window = found[index : index + 5]
        if (
            len(window) == 5
            and _is_figure(window[0])
            and window[1].isspace()
            and window[2] in _COMPARISON_SIGNS
            and window[3].isspace()
            and _is_figure(window[4])
        ):
            joined.append("".join(window))
            index += 5
        else:
            joined.append(found[index])
            index += 1
    return joined


def widest_unit(text: str) -> int:
    """The narrowest width `text` can be broken to without cutting a word."""
    return max((cell_len(u) for u in units(text) if not u.isspace()), default=0)


class Span(NamedTuple):
    """A piece of text and the name of its style ("" for none, "dim", "bold red" …)."""

    text: str
    style: str = ""


def wrap_spans(
    spans: Sequence[Span], width: int, later: int | None = None, cut: int = CELL_LIMIT
) -> list[list[Span]]:
    """Lines of at most `width` cells (`later` for the lines after the first), each a list of
    styled spans; the spaces at a break vanish. Each text is made printable and cut at
    `cut` characters first, so that the width laid out is the width shown. A unit that
    starts with GLUE takes the word before it along to the next line."""
    limit = max(width, 1)
    later = limit if later is None else max(later, 1)
    lines: list[list[Span]] = []
    line: list[Span] = []
    used = 0
    word = 0  # where the line's last word starts in `line`
    space: Span | None = None
    for span in spans:
        for unit in units(printable(clipped(span.text, cut))):
            if unit.isspace() and GLUE not in unit:
                kept = " " if "\n" in unit else " " * len(unit)
                space = Span(kept, span.style) if line else None
                continue
            size = cell_len(unit)
            gap = len(space.text) if space is not None else 0
            if line and used + gap + size <= limit:
                if space is not None:
                    line.append(space)
                word = len(line) if space is not None or not unit.startswith(GLUE) else word
                line.append(Span(unit, span.style))
                used += gap + size
                space = None
                continue
            carried: list[Span] = []
            if unit.startswith(GLUE) and word > 0:
                line, carried = line[:word], line[word:]
                while line and line[-1].text.isspace():
                    line.pop()
            if line:
                lines.append(line)
                limit = later
            line = [*carried, Span(unit, span.style)]
            size = sum(cell_len(s.text) for s in line)
            if size > limit:  # wider than a whole line: folded, the last resort
                text = "".join(s.text for s in line)
                while size > limit and len(text) > 1:
                    head, text = _split(text, limit)
                    lines.append([Span(head, span.style)])
                    limit = later
                    size = cell_len(text)
                line = [Span(text, span.style)]
            used, word, space = size, 0, None
    if line or not lines:
        lines.append(line)
    return lines


def _ended(line: list[Span], width: int) -> list[Span]:
    """The line with "…" at its end, its last words dropped until the mark fits."""
    kept = list(line)
    while kept and sum(cell_len(s.text) for s in kept) + 1 > width:
        kept.pop()
    while kept and kept[-1].text.isspace():
        kept.pop()
    style = kept[-1].style if kept else ""
    return [*kept, Span(ELLIPSIS, style)]


def _split(unit: str, width: int) -> tuple[str, str]:
    """The most of `unit` that fits in `width` cells, and the rest; at least one character,
    for a wide character in a one-cell column."""
    head = chop_cells(unit, width)[0] or unit[:1]
    return head, unit[len(head) :]


def wrap_text(text: str, width: int) -> list[str]:
    """`text` as lines of at most `width` cells, broken where a reader allows (and made
    printable, and cut at CELL_LIMIT characters)."""
    return ["".join(s.text for s in line) for line in wrap_spans([Span(text)], width)]


class Wrapped:
    """Paragraphs for a table cell or a block, each broken where a reader allows.

    Each paragraph is a list of styled spans; lines after a paragraph's first are indented by
    `indent`; with `most`, a paragraph keeps that many lines at most, the last ending in "…".
    Text is made printable and cut at `limit` characters first, so that the width laid out is
    the width shown.
    """

    def __init__(
        self,
        paragraphs: Iterable[Sequence[Span]],
        indent: int = 0,
        most: int = 0,
        limit: int = CELL_LIMIT,
    ) -> None:
        self.paragraphs = [
            [Span(printable(clipped(s.text, limit)), s.style) for s in spans if s.text]
            for spans in paragraphs
        ]
        self.limit = limit
        self.indent = indent
        self.most = most
        self._narrowest: int | None = None
        self._widest: int | None = None

    def _texts(self) -> Iterator[str]:
        for spans in self.paragraphs:
            yield "".join(s.text for s in spans)

    def narrowest(self) -> int:
        """The least width that breaks no word (the widest word)."""
        if self._narrowest is None:
            self._narrowest = max((widest_unit(t) for t in self._texts()), default=0)
        return self._narrowest

    def widest(self) -> int:
        """The width that breaks no line (the longest paragraph)."""
        if self._widest is None:
            self._widest = max((cell_len(t) for t in self._texts()), default=0)
        return self._widest

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(self.narrowest(), self.widest()).with_maximum(options.max_width)

    def lines(self, width: int) -> Iterator[list[Span]]:
        indent = min(self.indent, width - 1) if self.indent > 0 else 0
        pad = [Span(" " * indent)] if indent else []
        for spans in self.paragraphs:
            broken = wrap_spans(spans, width, width - indent, self.limit)
            if self.most and len(broken) > self.most:
                broken = [*broken[: self.most - 1], _ended(broken[self.most - 1], width - indent)]
            first, *rest = broken
            yield first
            for line in rest:
                yield [*pad, *line]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        right = options.justify == "right"
        yield from _segments(console, self.lines(width), width, right)


class Lines:
    """Lines already broken to a width, as styled spans."""

    def __init__(self, lines: Iterable[Sequence[Span]]) -> None:
        self.lines = list(lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from _segments(console, self.lines)


def _segments(
    console: Console, lines: Iterable[Sequence[Span]], width: int = 0, right: bool = False
) -> Iterator[Segment]:
    """Each line's spans, and a line end; `right` aligns each line to `width`."""
    styles: dict[str, Style] = {}
    for line in lines:
        if right:
            used = sum(cell_len(span.text) for span in line)
            if used < width:
                yield Segment(" " * (width - used))
        for text, style in line:
            if style not in styles:
                styles[style] = console.get_style(style) if style else Style.null()
            yield Segment(text.replace(GLUE, " ") if GLUE in text else text, styles[style])
        yield Segment.line()
