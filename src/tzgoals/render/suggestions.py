"""Suggestions as a terminal view: for each target, its candidates best first, then the
`tzgoals record` command of each on a line of its own, never wrapped, so that it can be copied.

Every string here comes from the data (quotes, names) and is shown as written, through the
console of `render.terminal`; the words are the catalogue's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tzgoals.draft.suggest import Candidate, Suggestion
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.figures import amount_text, outcome_text, target_text
from tzgoals.render.pacing import period_text
from tzgoals.tabular import normalised

if TYPE_CHECKING:
    from tzgoals.models import Target


def _figure(candidate: Candidate, lang: Lang) -> str:
    """The passage's figure as `status` writes a result: 6.5%, 179家, done."""
    if isinstance(candidate.value, bool):
        return outcome_text(candidate.value, lang)
    return amount_text(normalised(candidate.value), candidate.unit, lang)


def _notes(candidate: Candidate, lang: Lang) -> list[str]:
    """The part of the year a figure covers, the qualifiers on it, then the scope words only
    one side has, in words."""
    qualifiers = [label(f"qualifier.{flag}", lang) for flag in candidate.flags]
    scope = [label(f"suggest.scope.{w.only_in}", lang, word=w.word) for w in candidate.warnings]
    month = candidate.through_month
    part = (
        [] if month is None else [label("suggest.part_year", lang, period=period_text(month, lang))]
    )
    return part + qualifiers + scope


def _wanted(target: Target, lang: Lang) -> str:
    """The target as `status` writes it: 地区生产总值增长 ≥ 6%, 建成通州大桥 milestone."""
    return f"{target.name} {target_text(target, lang)}"


def _candidates(candidates: Sequence[Candidate], lang: Lang) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    table.add_column("#", no_wrap=True)
    for key in ("suggest.score", "suggest.figure", "suggest.notes"):
        table.add_column(label(key, lang), no_wrap=True)
    table.add_column(label("suggest.quote", lang), overflow="fold")
    for rank, candidate in enumerate(candidates, 1):
        table.add_row(
            str(rank),
            f"{candidate.score:.2f}",
            _figure(candidate, lang),
            Text("\n".join(_notes(candidate, lang))),
            Text(candidate.quote),
        )
    return table


def suggestions_view(
    suggestions: Sequence[Suggestion], targets: Mapping[str, Target], lang: Lang
) -> RenderableType:
    """Each target with its candidates, then the command that would record each."""
    parts: list[RenderableType] = []
    for suggestion in suggestions:
        target = targets[suggestion.target]
        parts.append(Text(f"{suggestion.target}: {_wanted(target, lang)}", style="bold"))
        if not suggestion.candidates:
            parts += [Text(f"  {label('suggest.no_passage', lang)}"), Text("")]
            continue
        parts.append(_candidates(suggestion.candidates, lang))
        for rank, candidate in enumerate(suggestion.candidates, 1):
            parts.append(Text(f"  {rank}: {candidate.record}", no_wrap=True, overflow="ignore"))
        parts.append(Text(""))
    return Group(*parts)
