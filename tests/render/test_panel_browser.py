"""A published panel's index page in a real browser (Debian's headless Chromium, driven by
Selenium, as the scorecard's tests): no console error, no request but the page itself, every
place listed, and every link leading to a page that is there and loads as cleanly.

Skips without /usr/bin/chromium and /usr/bin/chromedriver, as `test_html_browser` does."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from ..test_publish_panel import make_panel, publish
from .test_html_browser import browser, open_page, requested, run

__all__ = ["browser"]  # the fixture, shared with the scorecard's tests


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three-level panel, its city's dataset broken, and a name that looks like markup."""
    root = make_panel(tmp_path_factory.mktemp("panel") / "panel")
    (root / "city" / "targets.toml").write_text("[dataset\n", encoding="utf-8")
    text = (root / "panel.toml").read_text(encoding="utf-8")
    (root / "panel.toml").write_text(text.replace("county-名", "<b>区</b>"), encoding="utf-8")
    out = tmp_path_factory.mktemp("site") / "site"
    result = publish(out, root)
    assert result.exit_code == 0, result.output
    return out


def test_the_index_loads_with_no_console_error_and_no_request_but_itself(
    browser: WebDriver, site: Path
) -> None:
    url = open_page(browser, site / "index.html")
    assert browser.get_log("browser") == []
    assert run(browser, "return performance.getEntriesByType('resource').length") == 0
    assert requested(browser, url) == [url]


def test_every_place_is_listed(browser: WebDriver, site: Path) -> None:
    open_page(browser, site / "index.html")
    rows = browser.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert [row.get_attribute("id") for row in rows] == [
        "place-province",
        "place-city",
        "place-county",
    ]
    names = [row.find_element(By.CSS_SELECTOR, "td").text for row in rows]
    assert names == ["province-名", "city-名", "<b>区</b>"]  # shown as text, not markup
    problems = browser.find_element(By.ID, "problems-city")
    assert problems.text == "city-名"
    assert browser.find_element(By.CSS_SELECTOR, "svg[role=img]").is_displayed()


def test_every_link_leads_to_a_page_that_is_there_and_loads_cleanly(
    browser: WebDriver, site: Path
) -> None:
    open_page(browser, site / "index.html")
    links = [a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")]
    assert len(links) == 2  # the city's data cannot be used: it has no scorecard
    for link in links:
        target = Path(unquote(urlparse(link).path))
        assert target.is_file() and site in target.parents, link
        url = open_page(browser, target)
        assert browser.get_log("browser") == [], link
        assert requested(browser, url) == [url]
        assert browser.find_element(By.ID, "controls").is_displayed()  # the script ran
