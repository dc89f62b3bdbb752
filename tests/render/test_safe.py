"""Text made safe for people: control characters shown escaped, Markdown shown as written."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tzgoals.render.safe import UNSAFE, markdown_text, printable

#: The escape codes of issue 12, each as a terminal would act on it.
ESCAPE_CODES = {
    "window title (OSC 0)": "\x1b]0;PWNED\x07",
    "clipboard (OSC 52)": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "link (OSC 8)": "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\",
    "clear screen": "\x1b[2J\x1b[H",
    "NUL": "\x00",
    "DEL": "\x7f",
    "C1 CSI": "\x9b2J",
    "right-to-left override": "\u202e",
    "carriage return": "\r",
    "lone surrogate": "\udcff",
}


@pytest.mark.parametrize("code", ESCAPE_CODES.values(), ids=ESCAPE_CODES.keys())
def test_printable_shows_every_escape_code_as_text(code: str) -> None:
    shown = printable(f"before{code}after")
    assert not UNSAFE.search(shown)
    assert shown.startswith("before") and shown.endswith("after")
    assert "\\x" in shown or "\\u" in shown


def test_printable_writes_escapes_a_reader_can_read() -> None:
    assert printable("\x1b[2J") == "\\x1b[2J"
    assert printable("\u202egdp") == "\\u202egdp"
    assert printable("\x9b") == "\\x9b"


@pytest.mark.parametrize(
    "text", ["地区生产总值增长6%", "tab\there", "two\nlines", "[2023]12号 :one:"]
)
def test_printable_leaves_ordinary_text_alone(text: str) -> None:
    assert printable(text) is text


@given(st.text())
def test_printable_never_lets_an_unsafe_character_through(text: str) -> None:
    assert not UNSAFE.search(printable(text))


def rendered(cell: str) -> str:
    """A one-row Markdown table with the cell, as a Markdown renderer that passes HTML makes it."""
    page = f"| a | b |\n|---|---|\n| {markdown_text(cell)} | end |\n"
    return MarkdownIt("commonmark").enable("table").render(page)


@pytest.mark.parametrize(
    "cell",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "![pixel](http://tracker.example/p.gif)",
        "[click](javascript:alert(1))",
        "<http://evil.example/>",
    ],
)
def test_markdown_text_shows_markup_as_text(cell: str) -> None:
    page = rendered(cell)
    assert "<script" not in page
    assert "<img" not in page
    assert "<a " not in page
    assert f"<td>{html.escape(cell)}</td>" in page


@pytest.mark.parametrize("cell", ["a | b", "line\r\nbreak", "line\rbreak", "line\nbreak", "a\\|b"])
def test_markdown_text_keeps_a_cell_one_cell_on_one_line(cell: str) -> None:
    page = rendered(cell)
    assert page.count("<td>") == 2
    assert page.count("<tr>") == 2  # the header and the one row


@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_markdown_text_is_one_safe_line(text: str) -> None:
    cell = markdown_text(text)
    assert "\n" not in cell
    assert not UNSAFE.search(cell)
    assert "<" not in cell and ">" not in cell
