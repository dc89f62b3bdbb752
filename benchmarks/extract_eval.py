"""Measure the drafting engine against hand-checked datasets: extract's recall and precision,
suggest's top-3 hits, and the time both take on a 100-page document.

Usage: python benchmarks/extract_eval.py [DATASET_DIR ...] [--strict]

With no folder it measures the shipped `data/` and every `tests/datasets/*/` that holds a
targets.toml. For each year of targets in a dataset, the plan is the source most of that
year's targets cite, and the review the source most of that year's actuals cite (other than
the plan); texts are read from the dataset's `sources/` folder.

- extract, on the plan: recall of numeric targets (a target draft with the same comparator,
  value and unit), recall of milestone and qualitative targets (a milestone or qualitative
  draft whose quote overlaps the target's in the plan), and precision (target drafts that are
  one of the dataset's targets by the same measures). Past figures the plan gives (the
  dataset's earlier actuals citing it) are counted too, as found when an actual draft has the
  same year, value and unit.
- suggest, on the review with that year's actuals removed: the share of targets with a
  recorded result whose quote overlaps one of the top 3 candidates.
- time: extract on the plan, and suggest on the review, each repeated to about 250,000
  characters (a 100-page document); best of three runs.

It is a report: it exits 0 whatever the results, unless --strict is given and a bar is missed
(numeric recall 95%, milestone/qualitative recall 80%, precision 85%, suggest 100%, time 1 s).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from tzgoals.comparators import OUTCOME_COMPARATORS
from tzgoals.draft.extract import Draft, extract
from tzgoals.draft.suggest import suggest
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.models import Dataset, Target
from tzgoals.vocabulary import Comparator

NUMERIC_COMPARATORS = frozenset(Comparator) - OUTCOME_COMPARATORS

REPO = Path(__file__).resolve().parent.parent
PAGE = 2_500  # characters of Chinese on a printed page
PAGES = 100
BARS = {"numeric": 0.95, "outcome": 0.80, "precision": 0.85, "suggest": 1.0}
TIME_LIMIT = 1.0


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _spans(quote: str, source: str) -> list[range]:
    """Where a quote stands in its (squeezed) source; every occurrence."""
    quote = _squeeze(quote)
    spans, start = [], source.find(quote)
    while quote and start >= 0:
        spans.append(range(start, start + len(quote)))
        start = source.find(quote, start + 1)
    return spans


def overlaps(a: str, b: str, source: str) -> bool:
    """Whether two quotes share at least two characters of the same place in the source."""
    return any(
        len(range(max(x.start, y.start), min(x.stop, y.stop))) >= 2
        for x in _spans(a, source)
        for y in _spans(b, source)
    )


def _numeric_match(draft: Draft, target: Target) -> bool:
    return (
        draft.comparator == target.comparator
        and draft.value == target.value
        and draft.value_max == target.value_max
        and draft.unit == target.unit
    )


def _matches(draft: Draft, target: Target, plan: str) -> bool:
    if draft.kind != "target" or draft.year != target.year:
        return False
    if target.comparator in NUMERIC_COMPARATORS:
        return _numeric_match(draft, target)
    return draft.comparator in OUTCOME_COMPARATORS and overlaps(draft.quote, target.quote, plan)


def _most_cited(sources: list[str]) -> str | None:
    return Counter(sources).most_common(1)[0][0] if sources else None


class Row(NamedTuple):
    dataset: str
    year: int
    numeric: tuple[int, int]
    outcome: tuple[int, int]
    precision: tuple[int, int]
    past: tuple[int, int]
    suggest: tuple[int, int]


def _share(pair: tuple[int, int]) -> str:
    found, total = pair
    return f"{found}/{total} ({found / total:.0%})" if total else "—"


def _suggest_hits(
    dataset: Dataset, year: int, folder: Path, targets: list[Target]
) -> tuple[int, int]:
    _, review = _plan_and_review(dataset, year)
    if review is None:
        return 0, 0
    text = (folder / "sources" / review).read_text(encoding="utf-8")
    squeezed = _squeeze(text)
    suggestions = {s.target: s for s in suggest(text, targets, dataset.indicators, review)}
    hits = total = 0
    for target in targets:
        actual = dataset.actuals.get((target.indicator, year))
        if actual is None or actual.source != review:
            continue
        total += 1
        quotes = [c.quote for c in suggestions[target.id].candidates]
        hits += any(overlaps(actual.quote, q, squeezed) for q in quotes)
    return hits, total


def evaluate(folder: Path, dataset: Dataset, year: int) -> Row:
    targets = [t for t in dataset.targets if t.year == year]
    plan, _ = _plan_and_review(dataset, year)
    assert plan is not None
    text = (folder / "sources" / plan).read_text(encoding="utf-8")
    squeezed = _squeeze(text)
    drafts = extract(text, year, plan)
    proposed = [d for d in drafts if d.kind == "target"]

    def found(kinds: frozenset[object]) -> tuple[int, int]:
        chosen = [t for t in targets if t.comparator in kinds]
        hits = sum(any(_matches(d, t, squeezed) for d in proposed) for t in chosen)
        return hits, len(chosen)

    right = sum(any(_matches(d, t, squeezed) for t in targets) for d in proposed)
    earlier = [a for (_, y), a in dataset.actuals.items() if y < year and a.source == plan]
    past = sum(
        any(
            d.kind == "actual" and (d.year, d.value, d.unit) == (a.year, a.value, a.unit)
            for d in drafts
        )
        for a in earlier
    )
    return Row(
        folder.name,
        year,
        found(frozenset(NUMERIC_COMPARATORS)),
        found(frozenset(OUTCOME_COMPARATORS)),
        (right, len(proposed)),
        (past, len(earlier)),
        _suggest_hits(dataset, year, folder, targets),
    )


def _best_of_three(run: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _plan_and_review(dataset: Dataset, year: int) -> tuple[str | None, str | None]:
    """The source most of the year's targets cite, and the other one most of its actuals cite."""
    plan = _most_cited([t.source for t in dataset.targets if t.year == year])
    actuals = dataset.actuals.items()
    review = _most_cited([a.source for (_, y), a in actuals if y == year and a.source != plan])
    return plan, review


def timing(folder: Path, dataset: Dataset, year: int) -> tuple[int, float, float]:
    """Seconds for extract and suggest on the year's plan and review, repeated to 100 pages."""
    targets = [t for t in dataset.targets if t.year == year]
    plan, review = _plan_and_review(dataset, year)
    assert plan is not None and review is not None

    def long(name: str) -> str:
        text = (folder / "sources" / name).read_text(encoding="utf-8")
        return text * (PAGE * PAGES // len(text) + 1)

    plan_text, review_text = long(plan), long(review)
    extract_time = _best_of_three(lambda: extract(plan_text, year, plan))
    suggest_time = _best_of_three(lambda: suggest(review_text, targets, dataset.indicators, review))
    return len(plan_text), extract_time, suggest_time


def dataset_folders(given: Sequence[str]) -> list[Path]:
    if given:
        return [Path(g) for g in given]
    return [REPO / "data", *sorted(p.parent for p in REPO.glob("tests/datasets/*/targets.toml"))]


def _load(folder: Path) -> Dataset:
    return load_dataset(DataPaths(folder / "targets.toml", folder / "actuals.toml"))


def _missed(row: Row) -> list[str]:
    shares = {
        "numeric": row.numeric,
        "outcome": row.outcome,
        "precision": row.precision,
        "suggest": row.suggest,
    }
    return [
        f"{row.dataset} {row.year}: {name} {_share(pair)} is below {BARS[name]:.0%}"
        for name, pair in shares.items()
        if pair[1] and pair[0] / pair[1] < BARS[name]
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", help="dataset folders (targets.toml, sources/)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a bar is missed")
    args = parser.parse_args(argv)
    header = (
        "dataset",
        "year",
        "numeric recall",
        "milestone/qual. recall",
        "precision",
        "past figures",
        "suggest top 3",
    )
    rows, missed = [], []
    first: tuple[Path, Dataset, int] | None = None
    for folder in dataset_folders(args.folders):
        dataset = _load(folder)
        for year in dataset.target_years():
            row = evaluate(folder, dataset, year)
            rows.append((row.dataset, str(year), *map(_share, row[2:])))
            missed += _missed(row)
            if first is None and None not in _plan_and_review(dataset, year):
                first = folder, dataset, year
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for line in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
    if first is not None:
        characters, extract_time, suggest_time = timing(*first)
        print(
            f"\n{characters:,} characters (~{characters // PAGE} pages) of {first[0].name} "
            f"{first[2]}: extract {extract_time:.3f} s, suggest {suggest_time:.3f} s "
            f"(best of 3; bar {TIME_LIMIT:.0f} s each)"
        )
        missed += [
            f"{what} took {seconds:.3f} s"
            for what, seconds in (("extract", extract_time), ("suggest", suggest_time))
            if seconds > TIME_LIMIT
        ]
    for line in missed:
        print(f"missed: {line}")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
