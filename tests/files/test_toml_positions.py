"""Where an entry's key stands: found in one reading of the entry, however many are asked."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tzgoals.files import toml_positions
from tzgoals.files.toml_positions import Locator


class CountingPattern:
    """A compiled pattern that counts the lines it is asked about."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, line: str) -> Any:
        self.calls += 1
        return self.pattern.match(line)

    def fullmatch(self, line: str) -> Any:
        self.calls += 1
        return self.pattern.fullmatch(line)


def test_keys_are_found_in_their_own_entry() -> None:
    text = (
        'name = "x"\n\n[[targets]]\nid = "a"\nvalue = 1\n\n[[targets]]\n"id" = "b"\n'
        "'unit' = \"%\"\nvalue.max = 2\n"
    )
    locator = Locator(text)
    assert locator.line("targets", 0, "value") == 5
    assert locator.line("targets", 1, "id") == 8
    assert locator.line("targets", 1, "unit") == 9
    assert locator.line("targets", 1, "value.max") == 10
    assert locator.line("targets", 1, "value") == 7  # not in this entry: its header
    assert locator.line("name", None) == 1


@pytest.mark.parametrize("keys", [1_000, 4_000])
def test_every_key_of_a_huge_entry_is_located_in_one_reading(
    keys: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """20,000 unknown keys in one table took minutes when each was looked for from the
    entry's top; the lines read must grow with the file, not with its square."""
    text = "[[targets]]\n" + "".join(f"unknown_{n} = {n}\n" for n in range(keys))
    headers = CountingPattern(toml_positions._HEADER_LINE)
    key_lines = CountingPattern(toml_positions._KEY_LINE)
    monkeypatch.setattr(toml_positions, "_HEADER_LINE", headers)
    monkeypatch.setattr(toml_positions, "_KEY_LINE", key_lines)
    locator = Locator(text)
    lines = [locator.line("targets", 0, f"unknown_{n}") for n in range(keys)]
    assert lines == list(range(2, keys + 2))
    assert headers.calls + key_lines.calls <= 4 * (keys + 2)
