"""The console every terminal view prints through: what comes from data is escaped at any depth
of nesting, by the outermost render alone."""

import pytest
from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from tzgoals.render.safe import UNSAFE
from tzgoals.render.terminal import SafeConsole, terminal_text

TITLE = "\x1b]0;PWNED\x07"
CLEAR = "\x1b[2J"
RIGHT_TO_LEFT = "\u202e"


def _nested() -> Group:
    """A table in a table in padding, each level holding an escape code of its own."""
    inner = Table("inner")
    inner.add_row(Text(f"deep{CLEAR}"))
    outer = Table("outer", title=f"title{RIGHT_TO_LEFT}")
    outer.add_row(inner)
    outer.add_row(Padding(f"padded{TITLE}", 1))
    return Group(f"top{CLEAR}", outer)


def test_an_escape_code_at_every_depth_comes_out_escaped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    text = "".join(terminal_text(_nested()))
    assert not UNSAFE.search(text)
    for shown in ("top\\x1b[2J", "deep\\x1b[2J", "padded\\x1b]0;PWNED", "title\\u202e"):
        assert shown in text


def test_each_print_is_checked_anew() -> None:
    """The mark of a render under way is lifted when it ends: the next print is looked at too,
    not passed through as if nested."""
    console = SafeConsole(markup=False, emoji=False, highlight=False, width=60)
    for _ in range(2):
        with console.capture() as captured:
            console.print(_nested())
        assert not UNSAFE.search(captured.get())
    assert not console._rendering


def test_a_render_cut_short_lifts_its_mark() -> None:
    """A reader that stops after the first segment (an error, a closed pipe) leaves the console
    checking the next render, not passing it through."""
    console = SafeConsole(markup=False, emoji=False, highlight=False, width=60)
    segments = console.render(_nested())
    next(iter(segments))
    assert console._rendering
    segments.close()  # type: ignore[attr-defined]
    assert not console._rendering
    escaped = "".join(segment.text for segment in console.render(Text(CLEAR)))
    assert escaped.startswith("\\x1b[2J")
