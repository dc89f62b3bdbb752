"""Text from data made safe for a terminal: control characters shown, never sent.

A name, quote or id in a dataset from a stranger could hold escape sequences that set the
window title, write the clipboard (OSC 52), plant links or clear the screen, or bidirectional
overrides that make text read backwards. Every human output goes through here: `printable` for
plain text (messages), `markdown_text` for Markdown, and `SafeConsole` for Rich, which escapes
whatever text is left in its segments after layout (`tzgoals.render.terminal`), so that no
renderer can forget. csv and json keep text exact. No Rich here: the plain outputs must not
pay for it.
"""

from __future__ import annotations

import re

from tzgoals.vocabulary import UNWRITABLE_CHARACTERS

#: The control characters a dataset may not hold, and lone surrogates (`UNWRITABLE_CHARACTERS`).
UNSAFE = re.compile(f"[{UNWRITABLE_CHARACTERS}]")


#: The lone surrogates Python reads undecodable bytes as (`\\xff` → U+DCFF), shown as the byte.
_BYTE_SURROGATES = range(0xDC80, 0xDD00)


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _BYTE_SURROGATES:
        code -= 0xDC00
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """The text with every unsafe character written as an escape: ESC becomes `\\x1b`."""
    return UNSAFE.sub(_shown, text) if UNSAFE.search(text) else text


#: Markdown's own marks, and HTML's, as a Markdown reader takes them literally.
_MARKDOWN = str.maketrans(
    {
        "\\": "\\\\",
        "|": "\\|",
        "*": "\\*",
        "_": "\\_",
        "`": "\\`",
        "[": "\\[",
        "]": "\\]",
        "~": "\\~",
        "<": "&lt;",
        ">": "&gt;",
        "&": "&amp;",
    }
)


def markdown_text(text: str) -> str:
    """Text for a Markdown paragraph or table cell, shown as written and never as markup: the
    marks of emphasis, links, code and tables escaped, HTML's specials as entities, and line
    breaks as spaces, so that a cell stays in its row; no unsafe character."""
    one_line = " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return printable(one_line).translate(_MARKDOWN)
