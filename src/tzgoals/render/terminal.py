"""The Rich console every terminal view prints through: data as written, and nothing unsafe."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment

from tzgoals.render.safe import UNSAFE, printable

#: The width written into a pipe or a file when COLUMNS does not say: the full table's.
PIPE_WIDTH = 100
#: The widths a console is kept to, whatever COLUMNS says: 0 printed nothing, and 99999999
#: laid every line out to a hundred million columns.
NARROWEST, WIDEST = 20, 1000


class SafeConsole(Console):
    """A Rich console whose output holds no control character that came from data.

    Rich writes its own styles from `Style` objects, never from the text of a segment, and its
    own control segments (cursor moves) are marked as such; everything else is text, escaped.

    Rich renders a table's cells, and whatever they hold, by calling `render` again from
    inside the outer call; every segment of theirs comes out of the outer call too. So only
    the outermost call looks at each segment (`_rendering` says one is under way): looked at
    at every depth, each segment of a table was searched three times over, 1.2% of the
    instructions of `tzgoals status` on the shipped data.
    """

    _rendering = False

    def render(
        self, renderable: RenderableType, options: ConsoleOptions | None = None
    ) -> Iterable[Segment]:
        if self._rendering:
            yield from super().render(renderable, options)
            return
        self._rendering = True
        try:
            for segment in super().render(renderable, options):
                if segment.control or not UNSAFE.search(segment.text):
                    yield segment
                else:
                    yield Segment(printable(segment.text), segment.style, segment.control)
        finally:
            self._rendering = False

    def on_broken_pipe(self) -> None:
        """The reader stopped reading (`| head`): print no more and let the command finish,
        rather than Rich's exit 1, which would read as a `--fail-on` match."""
        self.quiet = True
        raise BrokenPipeError


def data_console() -> SafeConsole:
    """A console that prints every string as written: no markup, emoji codes or colouring of
    numbers, since each string shown comes from the data ("[2023]12号", ":one:"). Into a pipe
    it writes no escape codes, and it honours NO_COLOR (Rich does both)."""
    console = SafeConsole(markup=False, emoji=False, highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PIPE_WIDTH
    console.width = min(max(console.width, NARROWEST), WIDEST)
    return console


def terminal_text(renderable: RenderableType) -> Iterator[str]:
    """The renderable as laid out for the terminal, styles included; into a pipe or a file,
    plain and without the spaces Rich pads each line with, so that a saved table has no
    trailing whitespace."""
    console = data_console()
    with console.capture() as captured:
        # Tables are laid out to the console's width: cropping each line again is wasted work.
        console.print(renderable, crop=False)
    text = captured.get()
    if console.is_terminal:
        yield text
        return
    for line in text.splitlines():
        yield line.rstrip() + "\n"
