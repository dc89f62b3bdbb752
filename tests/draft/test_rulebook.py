"""The drafting rules as data: every rule's examples are read by that rule (no earlier rule
shadows them) with the indicator words it gives, and none of its counter-examples is."""

from __future__ import annotations

import pytest

from tzgoals.draft.phrasing import read
from tzgoals.draft.rulebook import NUMERIC_RULES, OUTCOME_RULES, Rule, RuleId

RULES = (*NUMERIC_RULES, *OUTCOME_RULES)


def test_every_rule_has_its_own_id_and_an_example() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids)) == len(RuleId)
    assert all(rule.examples for rule in RULES)


EXAMPLES = [(rule, text, name) for rule in RULES for text, name in rule.examples]


@pytest.mark.parametrize(("rule", "text", "name"), EXAMPLES, ids=[t for _, t, _ in EXAMPLES])
def test_each_example_is_read_by_its_own_rule(rule: Rule, text: str, name: str) -> None:
    reading = read(text)
    assert reading is not None, text
    assert (reading.rule, reading.name) == (rule.id, name)


COUNTERS = [(rule, text) for rule in RULES for text in rule.counter_examples]


@pytest.mark.parametrize(("rule", "text"), COUNTERS, ids=[t for _, t in COUNTERS])
def test_no_counter_example_is_read_by_its_rule(rule: Rule, text: str) -> None:
    reading = read(text)
    assert reading is None or reading.rule is not rule.id
