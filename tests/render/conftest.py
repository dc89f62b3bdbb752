"""Pages to test: the shipped dataset's scorecard, and one with markup planted in its data."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from tzgoals.coverage import Selection, select_results, summarise
from tzgoals.models import Dataset
from tzgoals.render.catalogue import Lang
from tzgoals.render.html import scorecard_html

GENERATED = datetime(2024, 3, 1, 8, 30, tzinfo=UTC)
PLANTED_ID = "2023-major-projects-started"
#: Markup a hostile or careless data file could hold; each would run or change the page if it
#: reached the page unescaped. `window.__planted` records any that ran.
PLANTED = {
    "name": "<script>window.__planted = 'name'</script>",
    "name_en": '<img src="x" onerror="window.__planted = \'name_en\'">',
    "quote": "</blockquote></details></td></tr><script>window.__planted = 'quote'</script>",
    "note": '"><svg onload="window.__planted = \'note\'"></svg>',
}
PLANTED_URL = "javascript:window.__planted = 'url'"


def planted_dataset(dataset: Dataset) -> Dataset:
    """The shipped dataset with markup in a goal's texts, a source's title and URL, an area's
    title and the dataset's name."""
    targets = [t.model_copy(update=PLANTED) if t.id == PLANTED_ID else t for t in dataset.targets]
    planted = next(t for t in targets if t.id == PLANTED_ID)
    sources = {
        file: s.model_copy(
            update={"title": "<i>planted</i><script>window.__planted = 'title'</script>"}
            | ({"url": PLANTED_URL} if file == planted.source else {})
        )
        for file, s in dataset.sources.items()
    }
    areas = [
        a.model_copy(update={"title_en": "<style>body { display: none }</style>"})
        if (a.year, a.id) == (planted.year, planted.area)
        else a
        for a in dataset.areas
    ]
    info = dataset.info.model_copy(update={"name_en": "<b onmouseover=alert(1)>Planted</b>"})
    return replace(dataset, info=info, sources=sources, areas=areas, targets=targets)


def page(dataset: Dataset, lang: Lang = Lang.EN, selection: Selection | None = None) -> str:
    chosen = selection or select_results(dataset, None, [], [])
    return scorecard_html(dataset, chosen, summarise(dataset, chosen), lang, GENERATED)


@pytest.fixture(scope="session")
def planted(dataset: Dataset) -> Dataset:
    return planted_dataset(dataset)
