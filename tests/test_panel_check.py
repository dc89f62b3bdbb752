"""The warning of an indicator filed under another id than most places use (TZ606): it names
the first places that use the common id and counts the rest, in both languages."""

from __future__ import annotations

from pathlib import Path

from tzgoals.panel_check import USERS_NAMED, NamedIndicator, name_problems
from tzgoals.problem_codes import ProblemCode
from tzgoals.render.catalogue import Lang, problem_words

NAME = "地区生产总值增长"


def _warnings(users: int) -> list[str]:
    file = Path("nowhere") / "targets.toml"
    filed = [NamedIndicator(f"county-{n:03}", "gdp-growth", file, 0) for n in range(users)]
    found = name_problems({NAME: [*filed, NamedIndicator("odd", "gdp-rate", file, 0)]})
    assert [p.code for p in found] == [ProblemCode.NAME_UNDER_OTHER_IDS]
    return [problem_words(found[0].code, found[0].params, lang) for lang in (Lang.EN, Lang.ZH)]


def test_a_few_places_are_all_named() -> None:
    english, chinese = _warnings(USERS_NAMED)
    assert "but county-000, county-001, county-002 file it under 'gdp-growth'" in english
    assert "more" not in english
    assert "但 county-000, county-001, county-002 用的是 'gdp-growth'" in chinese


def test_many_places_are_named_up_to_three_and_counted() -> None:
    english, chinese = _warnings(58)
    assert "but county-000, county-001, county-002 and 55 more file it under" in english
    assert "county-003" not in english
    assert "但 county-000, county-001, county-002 等 58 个地区 用的是 'gdp-growth'" in chinese
    assert "county-057" not in chinese
