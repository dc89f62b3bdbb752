"""`status` at 120, 80 and 50 columns and as Markdown, in both languages, as the files say.

The files under tests/golden/ were read line by line when written; `scripts/make_golden.py`
writes them again after a deliberate change.
"""

from __future__ import annotations

import pytest

from tests.golden import CASES, Case, produce


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_status_prints_what_the_file_holds(case: Case) -> None:
    assert produce(case) == case.path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.name.endswith(".txt")], ids=lambda case: case.name
)
def test_no_line_is_wider_than_the_terminal_nor_ends_in_a_space(case: Case) -> None:
    from rich.cells import cell_len

    for line in case.path.read_text(encoding="utf-8").splitlines():
        assert cell_len(line) <= case.columns, line
        assert line == line.rstrip(), line
