"""Whole reports measured: the numeric targets `extract` drafts from a national work report
(50–60 KB) against the targets labelled by hand in tests/draft/whole_reports (recall,
precision), whether each found one is under its labelled section (area right), and the
processor time extract takes on it. `extract_eval` runs it and holds the floors."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from measure import best_of_three, overlaps, share, squeeze

from tzgoals.draft.extract import Draft, extraction
from tzgoals.vocabulary import Comparator

REPO = Path(__file__).resolve().parent.parent
WHOLE_REPORTS = REPO / "tests" / "draft" / "whole_reports"
#: Reports held back to judge the drafting, measured only with --held-out, never a floor.
HELD_OUT = REPO / "tests" / "draft" / "held_out"
#: CPU seconds `extract` may take on one whole report (50–60 KB).
WHOLE_TIME_LIMIT = 2.0
#: The goals: numeric recall, precision, and the share under the labelled area.
GOALS = {"recall": 0.95, "precision": 0.85, "area": 0.90}


class Label(NamedTuple):
    """A numeric target of a whole report, labelled by hand (tests/draft/whole_reports)."""

    quote: str
    comparator: Comparator
    value: Decimal
    value_max: Decimal | None
    unit: str
    area: str


class WholeRow(NamedTuple):
    report: str
    year: int
    characters: int
    recall: tuple[int, int]
    precision: tuple[int, int]
    area: tuple[int, int]
    cpu: float
    misses: tuple[str, ...] = ()


def _labels(path: Path) -> tuple[Path, int, list[Label]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    labels = [
        Label(
            t["quote"],
            Comparator(t["comparator"]),
            Decimal(t["value"]),
            Decimal(t["value_max"]) if "value_max" in t else None,
            t["unit"],
            t["area"],
        )
        for t in data["targets"]
    ]
    return REPO / data["report"], int(data["year"]), labels


def _labelled(draft: Draft, label: Label, year: int, source: str) -> bool:
    return (
        draft.year == year
        and (draft.comparator, draft.value, draft.value_max, draft.unit)
        == (label.comparator, label.value, label.value_max, label.unit)
        and overlaps(draft.quote, label.quote, source)
    )


def sentence_of(text: str, quote: str) -> str:
    """The sentence of `text` the quote stands in (from the 。 before it to the one after), so
    that a miss is read in its context; the quote alone when it is not found as written."""
    at = text.find(quote)
    if at < 0:
        return quote
    start = max(text.rfind(mark, 0, at) for mark in "。！？\n") + 1
    ends = [e for mark in "。！？\n" if (e := text.find(mark, at + len(quote))) >= 0]
    return text[start : min(ends, default=len(text)) + 1].strip()


def evaluate_whole(path: Path, timed: bool = True) -> WholeRow:
    """Recall and precision of the numeric targets `extract` drafts from a whole report, and
    whether each found one is under its labelled area; CPU seconds, best of three."""
    report, year, labels = _labels(path)
    text = report.read_text(encoding="utf-8")
    squeezed = squeeze(text)
    drafts = extraction(text, year, report.name).drafts
    numeric = [d for d in drafts if d.kind == "target" and d.value is not None]
    unmatched = list(numeric)
    found: list[tuple[Label, Draft]] = []
    misses: list[str] = []
    for label in labels:
        draft = next((d for d in unmatched if _labelled(d, label, year, squeezed)), None)
        if draft is None:
            misses.append(
                f"not found: {label.quote} ({label.comparator} {label.value}), in: "
                + sentence_of(text, label.quote)
            )
            continue
        unmatched.remove(draft)
        found.append((label, draft))
    misses += [
        f"not a target: {d.quote} ({d.comparator} {d.value}, rule {d.rule})" for d in unmatched
    ]
    wrong_area = [(lb, d) for lb, d in found if d.area != lb.area]
    misses += [f"area: {lb.quote} in {d.area or '—'}, not {lb.area}" for lb, d in wrong_area]
    cpu = best_of_three(lambda: extraction(text, year, report.name)).cpu if timed else 0.0
    return WholeRow(
        path.stem,
        year,
        len(text.encode("utf-8")),
        (len(found), len(labels)),
        (len(numeric) - len(unmatched), len(numeric)),
        (len(found) - len(wrong_area), len(found)),
        cpu,
        tuple(misses),
    )


def whole_missed(row: WholeRow, floors: dict[str, tuple[int, int]], time_bar: bool) -> list[str]:
    """The whole report's shares below the bars, or below their floors."""
    shares = {"recall": row.recall, "precision": row.precision, "area": row.area}
    bars = GOALS
    missed = [
        f"{row.report}: {name} {share(pair)} dropped below {share(floors[name])}"
        for name, pair in shares.items()
        if name in floors and pair[0] * floors[name][1] < floors[name][0] * pair[1]
    ]
    below = [
        f"{row.report}: {name} {share(pair)} is below the goal of {bars[name]:.0%}"
        for name, pair in shares.items()
        if pair[1] and pair[0] / pair[1] < bars[name]
    ]
    slow = [f"{row.report}: {row.cpu:.2f} s CPU"] if row.cpu > WHOLE_TIME_LIMIT else []
    return missed + (below + slow if time_bar else [])


def print_whole(rows: list[WholeRow], misses: bool) -> None:
    header = ("whole report", "year", "KB", "numeric recall", "precision", "area right", "CPU")
    lines = [
        (
            r.report,
            str(r.year),
            f"{r.characters / 1000:.0f}",
            share(r.recall),
            share(r.precision),
            share(r.area),
            f"{r.cpu:.2f} s" if r.cpu else "—",
        )
        for r in rows
    ]
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
    print()
    for line in [header, tuple("-" * w for w in widths), *lines]:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
    if misses:
        print("", *(f"{r.report}: {m}" for r in rows for m in r.misses), sep="\n")
