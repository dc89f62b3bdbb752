"""Plain TOML read in one regular expression per line; anything else is left to tomli.

Parsing is the largest part of a cold run (about two fifths at 100,000 goals). The files tzgoals
reads are mostly plain lines: a `[[table]]` or `[table]` header, or a bare key set to a one-line
string, an integer, a decimal, a boolean, a date or a one-line array of strings. Such lines are
read here about 1.8 times as fast as tomli reads them, into the same dicts, lists and values.

The reader only ever says "this is the document" or "not mine": a file with any other line
(a multi-line string, an inline table, a dotted or quoted key, a key or table set twice, a time,
an exponent, an escape TOML 1.0 does not have) returns None, and tomli reads it whole, so that
every syntax error, and its line and column, is still tomli's. A property test holds the two
readers to the same result.
"""

import re
from datetime import date
from decimal import Decimal
from typing import Any

#: Characters TOML allows in no one-line string and no comment: the controls but the tab.
_CONTROL = r"\x00-\x08\x0a-\x1f\x7f"
_BASIC_STRING = r'"[^"\\' + _CONTROL + r']*"'
_ESCAPE = r'\\(?:[btnfr"\\]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})'
_ESCAPED_CHARACTERS = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
_INTEGER = r"-?(?:0|[1-9][0-9]*)"
#: One line, its newline included: blank, a comment, a key and its value, or a table header.
#: Which it is, is the name of its last group closed (`Match.lastgroup`): each value's group
#: encloses any group within it.
_LINE = (
    r"[ \t]*+(?:"  # possessive: a long run of blanks is not tried again at each length
    r"(?P<key>[A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"
    r'"(?P<basic>[^"\\' + _CONTROL + r']*)"'
    r'|"(?P<escaped>(?:[^"\\' + _CONTROL + r"]|" + _ESCAPE + r')*)"'
    r"|'(?P<literal>[^'" + _CONTROL + r"]*)'"
    r"|(?P<integer>" + _INTEGER + r")"
    r"|(?P<decimal>" + _INTEGER + r"\.[0-9]+)"
    r"|(?P<true>true)|(?P<false>false)"
    r"|(?P<date>(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2}))"
    r"|\[[ \t]*(?P<strings>(?:" + _BASIC_STRING + r"[ \t]*,[ \t]*)*"
    r"(?:" + _BASIC_STRING + r"[ \t]*)?)\])"
    r"|\[\[(?P<array>[A-Za-z0-9_-]+)\]\]"
    r"|\[(?P<table>[A-Za-z0-9_-]+)\]"
    r")?[ \t]*(?:#[^" + _CONTROL + r"]*)?(?:\r?\n|\Z)"
)
#: The longest text kept as one object for all its repeats: longer ones (names, quotes) seldom
#: repeat.
_SHARED_TEXT = 32
_STRING_ITEM = r'"([^"]*)"'


def _unescaped(escape: re.Match[str]) -> str:
    """The character an escape stands for; a code that is not a character (a surrogate, or
    beyond U+10FFFF) raises ValueError, as tomli refuses it."""
    code = escape[0][2:]
    if not code:
        return _ESCAPED_CHARACTERS[escape[0][1]]
    number = int(code, 16)
    if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:  # chr() would overflow at 2**31
        raise ValueError(code)
    return chr(number)


def _value(line: re.Match[str], kind: str) -> Any:
    """The value of a key's line, as tomli gives it (decimals as Decimal)."""
    if kind in ("basic", "literal"):
        return line[kind]
    if kind == "escaped":
        return re.sub(_ESCAPE, _unescaped, line[kind])
    if kind == "integer":
        return int(line[kind])
    if kind == "decimal":
        return Decimal(line[kind])
    if kind == "date":
        return date(int(line["year"]), int(line["month"]), int(line["day"]))
    if kind == "strings":
        return re.findall(_STRING_ITEM, line[kind])
    if kind == "true":
        return True
    if kind == "false":
        return False
    raise AssertionError(kind)  # a group of _LINE that no branch here reads


def read_plain_toml(text: str) -> dict[str, Any] | None:
    """The document, when every line of `text` is plain; else None, for tomli to read."""
    if '"""' in text or "'''" in text:  # a multi-line string, most likely: known at once
        return None
    try:
        return _read_lines(text)
    except ValueError:  # a day no calendar has, a surrogate, an integer of 4,301 digits
        return None


def _read_lines(text: str) -> dict[str, Any] | None:
    """The document line by line; None at the first line that is not plain."""
    root: dict[str, Any] = {}
    table = root
    arrays: set[str] = set()
    # Compiled on first use, then kept by `re`: a run the cache serves reads no TOML.
    match = re.compile(_LINE).match
    # One object for each key and each short text, however often the file repeats it: a file
    # of 100,000 goals sets about twenty keys 100,000 times each, and a unit, a source or an
    # area's id as often. Made afresh each time, the benchmark's tables held 291 MB beyond the
    # text, shared 74 MB; the models made from the tables keep the shared texts.
    shared: dict[str, str] = {}
    same = shared.setdefault
    position, end = 0, len(text)
    while position < end:
        line = match(text, position)
        if line is None:
            return None
        position = line.end()
        kind = line.lastgroup
        if kind is None:  # blank, or a comment
            continue
        if kind == "basic":  # the most common line, so first
            key = line["key"]
            key = same(key, key)
            if key in table:
                return None
            value = line["basic"]
            table[key] = same(value, value) if len(value) <= _SHARED_TEXT else value
        elif kind == "array":
            name = line[kind]
            if name in arrays:
                table = {}
                root[name].append(table)
            elif name in root:
                return None
            else:
                arrays.add(name)
                table = {}
                root[name] = [table]
        elif kind == "table":
            name = line[kind]
            if name in root:
                return None
            table = root[name] = {}
        else:
            key = line["key"]
            key = same(key, key)
            if key in table:
                return None
            table[key] = _value(line, kind)
    return root
