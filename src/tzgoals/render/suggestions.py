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
from tzgoals.render.figures import outcome_text

if TYPE_CHECKING:
    from tzgoals.models import Target


def _figure(candidate: Candidate, lang: Lang) -> str:
    if isinstance(candidate.value, bool):
        return outcome_text(candidate.value, lang)
    return f"{format(candidate.value, 'f')} {candidate.unit or ''}".rstrip()


def _wanted(target: Target) -> str:
    """The target as it reads: 地区生产总值增长 at_least 6 %."""
    figure = "" if target.value is None else format(target.value, "f")
    if target.value_max is not None:
        figure += f"–{format(target.value_max, 'f')}"
    return " ".join(p for p in (target.name, str(target.comparator), figure, target.unit) if p)


def _candidates(candidates: Sequence[Candidate], lang: Lang) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    table.add_column("#", no_wrap=True)
    for key in ("suggest.score", "suggest.figure", "suggest.notes"):
        table.add_column(label(key, lang), no_wrap=True)
    table.add_column(label("suggest.quote", lang), overflow="fold")
    for rank, candidate in enumerate(candidates, 1):
        notes = [str(f) for f in candidate.flags] + list(candidate.warnings)
        table.add_row(
            str(rank),
            f"{candidate.score:.2f}",
            _figure(candidate, lang),
            Text("\n".join(notes)),
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
        parts.append(Text(f"{suggestion.target}: {_wanted(target)}", style="bold"))
        if not suggestion.candidates:
            parts += [Text(f"  {label('suggest.no_passage', lang)}"), Text("")]
            continue
        parts.append(_candidates(suggestion.candidates, lang))
        for rank, candidate in enumerate(suggestion.candidates, 1):
            parts.append(Text(f"  {rank}: {candidate.record}", no_wrap=True, overflow="ignore"))
        parts.append(Text(""))
    return Group(*parts)
