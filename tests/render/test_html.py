"""The scorecard and diff pages as text: every goal, both languages, escaping, nothing external."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from markupsafe import escape

from tzgoals.change import diff_years
from tzgoals.coverage import select_results
from tzgoals.models import Dataset
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.explain import arithmetic
from tzgoals.render.figures import actual_text, gap_text, target_text
from tzgoals.render.html import diff_html
from tzgoals.render.html.page import link, text_lang
from tzgoals.vocabulary import Status

from .conftest import GENERATED, PLANTED, PLANTED_ID, PLANTED_URL, page
from .markup import elements, find

MAX_PAGE_BYTES = 200_000


@pytest.fixture(scope="module")
def shipped(dataset: Dataset) -> str:
    return page(dataset)


def rows(html: str) -> dict[str, dict[str, str]]:
    """Each goal's row attributes, by goal id."""
    return {
        e.attrs["id"].removeprefix("goal-"): e.attrs
        for e in elements(html)
        if e.tag == "tr" and "data-kind" in e.attrs
    }


def test_every_goal_of_the_year_has_a_row_with_its_status(dataset: Dataset, shipped: str) -> None:
    selection = select_results(dataset, None, [], [])
    assert {i: r["data-kind"] for i, r in rows(shipped).items()} == {
        r.target.id: r.status.value for r in selection.results
    }
    assert len(selection.results) == 36


def test_the_verdict_and_its_words_are_those_of_the_facts(dataset: Dataset, shipped: str) -> None:
    """The page says what `explain` and `figures` say, in both languages; it decides nothing."""
    for result in select_results(dataset, None, [], []).results:
        for lang in Lang:
            assert escape(arithmetic(result, lang)) in shipped
            assert escape(target_text(result.target, lang)) in shipped
            assert escape(actual_text(result, lang)) in shipped
            assert escape(gap_text(result, lang)) in shipped


def test_both_languages_are_embedded_and_the_first_is_the_one_asked_for(dataset: Dataset) -> None:
    for lang in Lang:
        html = page(dataset, lang)
        root = find(html, "html")[0]
        assert (root.attrs["lang"], root.attrs["data-ui"]) == (lang.value, lang.value)
        for status in Status:
            for words in Lang:
                assert f'lang="{words.value}">{label(status.value, words)}</span>' in html
        names = '<span lang="zh">新开工重大项目</span><span lang="en">Major projects started</span>'
        assert names in html


def test_chinese_and_english_text_carry_their_lang(shipped: str) -> None:
    quotes = find(shipped, "blockquote")
    assert quotes and all(q.attrs.get("lang") == "zh" for q in quotes)
    assert all(e.attrs.get("lang") in {"en", "zh"} for e in find(shipped, "span", class_="t"))


def test_each_goal_opens_onto_its_quotes_sources_and_arithmetic(
    dataset: Dataset, shipped: str
) -> None:
    row = rows(shipped)["2023-major-projects-started"]
    assert row["data-kind"] == "missed"
    section = shipped.split('id="goal-2023-major-projects-started"')[1].split("</tr>")[0]
    assert "<details>" in section
    assert "全年新开工重大项目30个" in section  # the target's quote
    assert "康辉新材料、康源电路等27个重大项目开工建设" in section  # the result's
    assert "新开工重大项目19个" in section  # the year before's
    assert "27个 &lt; 30个 → missed, 90.0% attained, 3个 short" in section
    assert 'href="#source-1"' in section and 'href="#source-2"' in section


def test_a_goal_decided_by_scope_says_which_measure_bounds_it(shipped: str) -> None:
    section = shipped.split('id="goal-2023-new-little-giant-firms"')[1].split("</tr>")[0]
    assert "a narrower measure" in section and "口径较窄" in section


def test_sources_give_title_publisher_date_and_link(dataset: Dataset) -> None:
    source = next(iter(dataset.sources.values()))
    changed = source.model_copy(
        update={"publisher": "南通日报", "url": "https://example.org/a?b=1&c=2"}
    )
    html = page(replace(dataset, sources={**dataset.sources, source.file: changed}))
    entry = find(html, "li", id="source-1")[0]
    assert source.title in entry.content and "南通日报" in entry.content
    assert "published 2023-02" in entry.content and "发布于2023-02" in entry.content
    # The archive's record, as `show` cites it too: when the text was copied, and its hash.
    assert "retrieved 2026-11-23" in entry.content
    assert f"{source.sha256[:12]}…" in entry.content
    assert f'title="SHA-256 {source.sha256}"' in html
    assert {a.attrs["href"] for a in find(html, "a", rel="noopener noreferrer")} == {
        "https://example.org/a?b=1&c=2",
        "http://zgnt.net/ntrbszb/pc/c/202311/29/content_156359.html",  # the shipped one's own
    }
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html


def test_coverage_counts_match_the_summary_in_words(shipped: str) -> None:
    assert "4 met · 1 missed · 31 unreported (1 reported but not scorable, 30 never mentioned)" in (
        shipped
    )
    assert "达成4项 · 未达成1项 · 未报告31项（其中1项有报告但无法评分，30项未再提及）" in shipped
    assert "6/36 (17%)" in shipped
    assert "4 met, 1 missed, 1 reported but not scorable, 30 never mentioned, of 36" in shipped


def test_planted_markup_is_text(planted: Dataset) -> None:
    html = page(planted)
    for text in [*PLANTED.values(), "<i>planted</i>", "<style>body", "<b onmouseover"]:
        assert text not in html
    for text in PLANTED.values():
        assert escape(text) in html
    scripts = find(html, "script")
    assert len(scripts) == 1 and "__planted" not in scripts[0].content
    assert not find(html, "img") and not find(html, "svg") and len(find(html, "style")) == 1
    assert not any(e.attrs.get(k) for e in elements(html) for k in ("onerror", "onload"))


def test_a_url_that_is_not_a_web_address_is_not_a_link(planted: Dataset) -> None:
    html = page(planted)
    assert not any(a.attrs.get("href", "").startswith("javascript") for a in find(html, "a"))
    assert escape(PLANTED_URL) in html  # shown as text, for a reader to judge
    assert link("HTTPS://example.org") == "HTTPS://example.org"
    assert link("data:text/html,<b>") == ""


def test_the_page_loads_nothing_and_runs_only_its_own_script(shipped: str) -> None:
    policy = find(shipped, "meta", **{"http-equiv": "Content-Security-Policy"})[0].attrs["content"]
    assert policy.startswith("default-src 'none'; ")
    script = find(shipped, "script")[0].content
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}';" in policy
    assert not [e for e in elements(shipped) if "src" in e.attrs]
    assert {e.attrs["href"] for e in find(shipped, "link")} == {"data:,"}
    assert not re.search(r"@import|url\(|@font-face", find(shipped, "style")[0].content)
    # A link out is only a source's address, opened by a reader, never fetched by the page,
    # and given neither the page as referrer nor a handle on it.
    outward = [a for a in find(shipped, "a") if a.attrs["href"].startswith(("http", "//"))]
    assert all(a.attrs.get("rel") == "noopener noreferrer" for a in outward)
    assert {a.attrs["href"] for a in outward} <= {
        "http://zgnt.net/ntrbszb/pc/c/202311/29/content_156359.html"
    }


def test_the_shipped_scorecard_is_under_200_kb(shipped: str) -> None:
    assert len(shipped.encode()) < MAX_PAGE_BYTES


def test_the_same_facts_and_time_give_the_same_page(dataset: Dataset, shipped: str) -> None:
    assert page(dataset) == shipped
    assert '<time datetime="2024-03-01T08:30:00+00:00">' in shipped
    later = select_results(dataset, None, [], [])
    from tzgoals.coverage import summarise
    from tzgoals.render.html import scorecard_html

    other = scorecard_html(
        dataset, later, summarise(dataset, later), Lang.EN, datetime(2025, 1, 1, tzinfo=UTC)
    )
    assert other != shipped and "2025-01-01T00:00:00+00:00" in other


def test_a_filtered_selection_lists_its_goals_and_keeps_the_counts(dataset: Dataset) -> None:
    selection = select_results(dataset, None, [], [Status.MISSED])
    html = page(dataset, selection=selection)
    assert list(rows(html)) == ["2023-major-projects-started"]
    assert "Showing 1 of 36 goals." in html
    # a filter does not list empty areas
    assert "the source names this area but sets no target in it" not in html
    assert "4 met · 1 missed · 31 unreported" in html


def test_areas_without_goals_are_named_when_nothing_is_filtered(shipped: str) -> None:
    assert shipped.count("the source names this area but sets no target in it") == 5


def test_notes_are_marked_with_their_language() -> None:
    assert text_lang("The review counts 52 projects (新签约注册重大项目).") == "en"
    assert text_lang("来源未说明该项目是否完成。") == "zh"


def test_diff_page_words_and_colours_each_change(dataset: Dataset) -> None:
    changes = diff_years(dataset, 2022, 2023)
    html = diff_html(dataset, changes, 2022, 2023, Lang.ZH, GENERATED)
    kinds = {
        e.attrs["id"].removeprefix("indicator-"): e.attrs["data-kind"]
        for e in find(html, "tr")
        if "data-kind" in e.attrs
    }
    assert kinds == {c.indicator.id: c.trend.value if c.trend else "none" for c in changes}
    assert kinds["major-projects-started"] == "better"
    row = html.split('id="indicator-major-projects-started"')[1].split("</tr>")[0]
    assert '<span class="status better">' in row and "向好" in row and "better" in row
    assert "+8个 (+42.11%)" in row
    assert "新开工重大项目19个" in row and "康辉新材料、康源电路等27个重大项目开工建设" in row
    assert "Showing 41 of 41 indicators." in html and "显示41项指标中的41项。" in html
    assert find(html, "html")[0].attrs["lang"] == "zh"


def test_diff_page_escapes_planted_names(planted: Dataset) -> None:
    indicator = next(iter(planted.indicators.values()))
    hostile = indicator.model_copy(update={"name": PLANTED["name"]})
    data = replace(planted, indicators={**planted.indicators, indicator.id: hostile})
    html = diff_html(data, diff_years(data, 2022, 2023), 2022, 2023, Lang.EN, GENERATED)
    assert PLANTED["name"] not in html
    assert len(find(html, "script")) == 1


def test_planted_goal_keeps_its_row(planted: Dataset) -> None:
    assert rows(page(planted))[PLANTED_ID]["data-kind"] == "missed"


def test_a_linked_goal_is_kept_clear_of_the_sticky_toolbar(shipped: str) -> None:
    """Checked in a browser by test_html_browser; here, without one, that the rule is there."""
    assert "tr[id] { scroll-margin-top: calc(var(--controls-height" in shipped
    assert 'root.style.setProperty("--controls-height"' in shipped
