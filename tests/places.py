"""Small datasets written to a folder, for tests that need several years or several figures a
year: a place of no particular name (Anytown), its GDP growth and jobs targets, its results, and
archived texts that hold every quote. The figures are made up for the tests, not data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomli_w

GROWTH = "gdp-growth"
JOBS = "new-jobs"


def plan(year: int, indicator: str, comparator: str, value: float, unit: str) -> dict[str, Any]:
    """A target of `year`'s plan, quoted from plan-YEAR.txt."""
    return {
        "id": f"{year}-{indicator}",
        "indicator": indicator,
        "year": year,
        "area": "headline",
        "comparator": comparator,
        "value": value,
        "unit": unit,
        "name": f"{indicator} {year}",
        "source": f"plan-{year}.txt",
        "quote": f"{year}年{indicator}目标{value}{unit}",
    }


def result(
    year: int, indicator: str, value: float, unit: str, source: str, **extra: Any
) -> dict[str, Any]:
    """A figure for `year`, quoted from `source`."""
    return {
        "indicator": indicator,
        "year": year,
        "value": value,
        "unit": unit,
        "name": f"{indicator} result",
        **extra,
        "source": source,
        "quote": f"{year}年{indicator}为{value}{unit}（{source}）",
    }


def write_place(
    folder: Path,
    targets: list[dict[str, Any]],
    actuals: list[dict[str, Any]],
    published: dict[str, str],
) -> Path:
    """The dataset in `folder`; `published` gives each source file its date, and lists it
    under [[sources]] whether or not an entry quotes it yet."""
    folder.mkdir(parents=True, exist_ok=True)
    years = sorted({t["year"] for t in targets})
    files = sorted({e["source"] for e in [*targets, *actuals]} | published.keys())
    document: dict[str, Any] = {
        "dataset": {"name": "Anytown"},
        "sources": [
            {"file": f, "title": f, **({"published": published[f]} if f in published else {})}
            for f in files
        ],
        "areas": [
            {"id": "headline", "year": y, "title": "Headline", "source": files[0], "quote": "目标"}
            for y in years
        ],
        "indicators": [
            {"id": GROWTH, "name": "GDP growth", "unit": "%", "polarity": "higher"},
            {"id": JOBS, "name": "New jobs", "unit": "万人", "polarity": "higher"},
        ],
        "targets": targets,
    }
    (folder / "targets.toml").write_text(tomli_w.dumps(document), encoding="utf-8")
    results = tomli_w.dumps({"actuals": actuals}) if actuals else "# No results yet.\n"
    (folder / "actuals.toml").write_text(results, encoding="utf-8")
    texts = folder / "sources"
    texts.mkdir(exist_ok=True)
    for file in files:
        quotes = [e["quote"] for e in [*targets, *actuals] if e["source"] == file]
        (texts / file).write_text("目标\n" + "\n".join(quotes) + "\n", encoding="utf-8")
    return folder
