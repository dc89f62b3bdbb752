"""Indicator ids shared across places: the list shipped as package data (indicators.toml),
and the suggestion to use a shared id where a dataset names a known indicator under another.

A panel compares places by indicator id; a province's `gdp-growth` and a district's
`gdp-rate` would never meet. The list is read on first use only, and this module imports no
pydantic, so that `extract`, which proposes the shared ids, stays light.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from tzgoals.aliases import canonical
from tzgoals.problem_codes import ProblemCode
from tzgoals.vocabulary import Section

if TYPE_CHECKING:  # extract proposes shared ids and reads no dataset: no pydantic for it
    from tzgoals.findings import Finding
    from tzgoals.models import TargetsFile


@dataclass(frozen=True, slots=True)
class SharedIndicator:
    id: str
    name: str
    name_en: str
    other_names: tuple[str, ...] = ()


@cache
def shared_indicators() -> tuple[SharedIndicator, ...]:
    text = resources.files("tzgoals").joinpath("indicators.toml").read_text(encoding="utf-8")
    return tuple(
        SharedIndicator(e["id"], e["name"], e["name_en"], tuple(e.get("other_names", ())))
        for e in tomllib.loads(text)["indicators"]
    )


@cache
def _by_name() -> dict[str, SharedIndicator]:
    return {
        canonical(name): shared
        for shared in shared_indicators()
        for name in (shared.name, *shared.other_names)
    }


def shared_for(name: str) -> SharedIndicator | None:
    """The shared indicator a Chinese name names, whichever way it is spelt."""
    return _by_name().get(canonical(name))


def shared_id_findings(targets: TargetsFile) -> list[Finding]:
    """A warning for each indicator with a shared indicator's name under another id, unless
    the dataset uses the shared id for another indicator already."""
    from tzgoals.findings import finding

    used = {indicator.id for indicator in targets.indicators}
    found: list[Finding] = []
    for index, indicator in enumerate(targets.indicators):
        shared = shared_for(indicator.name)
        if shared is None or shared.id == indicator.id or shared.id in used:
            continue
        code = ProblemCode.NOT_THE_SHARED_ID
        found.append(
            finding(Section.INDICATORS, index, code, "id", name=indicator.name, shared=shared.id)
        )
    return found
