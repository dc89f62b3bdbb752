"""docs/drafting.md's rule table is the records' own: regenerated here and compared, so a rule
changed in `draft/rulebook.py` without `python scripts/rule_table.py` fails."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tzgoals.draft.rulebook import NUMERIC_RULES, OUTCOME_RULES

from ..conftest import REPO


@pytest.fixture(scope="module")
def rule_table() -> ModuleType:
    path = REPO / "scripts" / "rule_table.py"
    spec = importlib.util.spec_from_file_location("rule_table", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["rule_table"] = module
    spec.loader.exec_module(module)
    return module


def test_the_page_s_table_is_the_one_the_records_make(rule_table: ModuleType) -> None:
    page = rule_table.PAGE.read_text(encoding="utf-8")
    assert rule_table.with_table(page) == page, "run: python scripts/rule_table.py"


def test_every_rule_has_a_row_in_the_order_they_are_tried(rule_table: ModuleType) -> None:
    table = rule_table.rule_table()
    places = [table.index(f"| `{rule.id.value}` |") for rule in (*NUMERIC_RULES, *OUTCOME_RULES)]
    assert places == sorted(places)


def test_a_changed_record_makes_the_page_differ(
    rule_table: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = rule_table.PAGE.read_text(encoding="utf-8")
    first = NUMERIC_RULES[0]
    changed = (first._replace(confidence=0.123), *NUMERIC_RULES[1:])
    monkeypatch.setattr(rule_table, "NUMERIC_RULES", changed)
    assert rule_table.with_table(page) != page
