"""Where an entry stands in a TOML file: (section, entry index, key) → line number.

Parsers give values without positions, so a problem found by a rule (a duplicate id, an unknown
indicator) is located here: array-of-tables headers are counted, skipping text inside
multi-line strings, and a key is looked for within its entry.
"""

from __future__ import annotations

import re

_HEADER_LINE = re.compile(r"[ \t]*(\[\[?)([\w\-\"'. \t]+)(\]\]?)[ \t]*(#.*)?")
#: A line that sets a key: `key =`, `"key" =` or `'key' =`.
_KEY_LINE = re.compile(r"""\s*(?:"([^"]*)"|'([^']*)'|([\w\-.]+))\s*=""")


def _code_lines(text: str) -> list[str | None]:
    """The file's lines, with those that begin inside a multi-line string replaced by None.

    A quote may hold a line such as `[[targets]]`; it must not be taken for a header.
    """
    split = [line.removesuffix("\r") for line in text.split("\n")]
    lines: list[str | None] = list(split)
    if '"""' not in text and "'''" not in text:
        return lines
    inside: str | None = None
    for number, line in enumerate(split):
        if inside is not None:
            lines[number] = None
        inside = _string_state(line, inside)
    return lines


def _string_state(line: str, inside: str | None) -> str | None:
    """Which multi-line string delimiter is still open at the end of `line`, if any."""
    i = 0
    while i < len(line):
        if inside is not None:
            if inside == '"""' and line[i] == "\\":
                i += 2
                continue
            if line.startswith(inside, i):
                inside, i = None, i + 3
                continue
            i += 1
            continue
        char = line[i]
        if char == "#":
            return None
        if line.startswith('"""', i) or line.startswith("'''", i):
            inside, i = line[i : i + 3], i + 3
            continue
        if char in "\"'":
            i += 1
            while i < len(line) and line[i] != char:
                i += 2 if char == '"' and line[i] == "\\" else 1
        i += 1
    return inside


def _unquote(name: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in name.split("."))


class _Index:
    """The headers and top-level keys of one file, found in one pass over its lines."""

    def __init__(self, text: str) -> None:
        self.lines = _code_lines(text)
        self.arrays: dict[str, list[int]] = {}
        self.tables: dict[str, int] = {}
        self.headers: list[int] = []
        self.top_keys: dict[str, int] = {}
        for number, line in enumerate(self.lines, start=1):
            if line is None:
                continue
            header = _HEADER_LINE.fullmatch(line)
            if header and len(header.group(1)) == len(header.group(3)):
                name = _unquote(header.group(2))
                self.headers.append(number)
                if len(header.group(1)) == 2:
                    self.arrays.setdefault(name, []).append(number)
                else:
                    self.tables.setdefault(name, number)
            elif not self.headers:
                key = re.match(r"\s*([\w\-\"']+)\s*=", line)
                if key:
                    self.top_keys.setdefault(_unquote(key.group(1)), number)


class Locator:
    """Maps (section, entry index, key) to a line of one file.

    The file is indexed on the first question, once: a dataset whose findings are never shown
    (warnings while loading) costs only a reference to its text.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._index: _Index | None = None
        self._entry_keys: dict[int, dict[str, int]] = {}

    @property
    def _indexed(self) -> _Index:
        if self._index is None:
            self._index, self._text = _Index(self._text), ""
        return self._index

    def line(self, section: str, index: int | None, key: str | None = None) -> int | None:
        """The key's line in that entry; else the entry's header; else where the section is."""
        start: int | None = None
        if index is not None:
            headers = self._indexed.arrays.get(section, [])
            start = headers[index] if 0 <= index < len(headers) else None
        else:
            start = self._indexed.tables.get(section)
        if start is None:
            return self._indexed.top_keys.get(section) or self._indexed.tables.get(section)
        if key is not None:
            return self._key_line(start, key) or start
        return start

    def _key_line(self, start: int, key: str) -> int | None:
        keys = self._entry_keys.get(start)
        if keys is None:
            keys = self._entry_keys[start] = self._keys_of_entry(start)
        return keys.get(key)

    def _keys_of_entry(self, start: int) -> dict[str, int]:
        """Each key of the entry whose header is at line `start`, and the line it is first
        on: read once an entry, so that a file with thousands of problems in one entry (a
        table of 20,000 unknown keys) is read once, not once a problem."""
        found: dict[str, int] = {}
        lines = self._indexed.lines
        for number in range(start + 1, len(lines) + 1):
            line = lines[number - 1]
            if line is None:
                continue
            if _HEADER_LINE.fullmatch(line):
                break
            key = _KEY_LINE.match(line)
            if key:
                name = next(group for group in key.groups() if group is not None)
                found.setdefault(name, number)
        return found
