"""The scorecard in a real browser: Debian's headless Chromium, driven by Selenium.

What a reader does: open the file with no network, search, toggle statuses, sort, switch the
language, open a goal, print. Without /usr/bin/chromium and /usr/bin/chromedriver these tests
skip and say why (`apt-get install chromium chromium-driver`), except under CI=true or
TZGOALS_REQUIRE_BROWSER=1 (set by .ci/run), where a missing browser fails them.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from tzgoals.change import diff_years
from tzgoals.coverage import select_results
from tzgoals.models import Dataset
from tzgoals.render.catalogue import Lang
from tzgoals.render.html import diff_html
from tzgoals.vocabulary import Status

from .conftest import GENERATED, PLANTED, PLANTED_ID, page

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
STARTED = "goal-2023-major-projects-started"


def browser_required() -> bool:
    ci = os.environ.get("CI", "").strip().lower()
    return ci not in {"", "0", "false", "no"} or os.environ.get("TZGOALS_REQUIRE_BROWSER") == "1"


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        reason = (
            f"no browser to test the page in ({', '.join(missing)} missing): "
            "apt-get install chromium chromium-driver"
        )
        if browser_required():
            pytest.fail(f"{reason}; CI must run these tests")
        pytest.skip(reason)
    profile = tempfile.mkdtemp(prefix="tzgoals-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}", "--window-size=1280,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def pages(dataset: Dataset, planted: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    (folder / "scorecard.html").write_text(page(dataset), encoding="utf-8")
    (folder / "planted.html").write_text(page(planted), encoding="utf-8")
    changes = diff_years(dataset, 2022, 2023)
    diff = diff_html(dataset, changes, 2022, 2023, Lang.EN, GENERATED)
    (folder / "diff.html").write_text(diff, encoding="utf-8")
    return folder


def open_page(browser: WebDriver, path: Path) -> str:
    """Load the file afresh, with the logs of earlier pages drained; its URL."""
    browser.get_log("browser")
    browser.get_log("performance")
    url = path.as_uri()
    browser.get(url)
    return url


def visible_ids(browser: WebDriver) -> list[str]:
    script = "return [...document.querySelectorAll('tr[data-kind]')].filter(r => !r.hidden)"
    return [row.get_attribute("id") or "" for row in browser.execute_script(script + ";")]


def run(browser: WebDriver, script: str) -> Any:
    return browser.execute_script(script)


def type_search(browser: WebDriver, text: str) -> None:
    """Select what the box holds and type over it, as a reader would."""
    box = browser.find_element(By.ID, "search")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(text or Keys.DELETE)


def network_log(browser: WebDriver, page_url: str) -> tuple[dict[str, str], dict[str, str]]:
    """From the browser's own network log, the requests made for the page: each one's URL,
    and why the blocked ones were (Chrome logs a request the policy blocks, then its
    failure), by request id. The browser's own pages (chrome://…) are not the page's."""
    urls: dict[str, str] = {}
    blocked: dict[str, str] = {}
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            if params.get("documentURL") == page_url:
                urls[params["requestId"]] = params["request"]["url"]
        elif message["method"] == "Network.loadingFailed" and params.get("blockedReason"):
            blocked[params["requestId"]] = params["blockedReason"]
    return urls, blocked


def requested(browser: WebDriver, page_url: str) -> list[str]:
    return list(network_log(browser, page_url)[0].values())


def test_loads_with_no_console_error_and_no_request_but_itself(
    browser: WebDriver, pages: Path
) -> None:
    url = open_page(browser, pages / "scorecard.html")
    assert browser.get_log("browser") == []
    assert run(browser, "return performance.getEntriesByType('resource').length") == 0
    assert requested(browser, url) == [url]
    assert browser.find_element(By.ID, "controls").is_displayed()  # the script ran


def test_the_policy_blocks_any_request_the_page_might_try(browser: WebDriver, pages: Path) -> None:
    """A fetch and an image from elsewhere (a port on this machine) are refused unsent."""
    url = open_page(browser, pages / "scorecard.html")
    blocked = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        const seen = [];
        document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective));
        const image = new Image();
        image.src = "http://127.0.0.1:9/x.png";
        fetch("http://127.0.0.1:9/").then(() => done(["fetched"]), () =>
            setTimeout(() => done(seen.sort()), 100));
        """
    )
    assert blocked == ["connect-src", "img-src"]
    urls, reasons = network_log(browser, url)
    tried = {request for request, url in urls.items() if url.startswith("http")}
    assert tried and {reasons.get(request) for request in tried} == {"csp"}


def test_every_goal_is_present(browser: WebDriver, pages: Path, dataset: Dataset) -> None:
    open_page(browser, pages / "scorecard.html")
    expected = [f"goal-{r.target.id}" for r in select_results(dataset, None, [], []).results]
    assert visible_ids(browser) == expected
    assert browser.find_element(By.ID, "shown").text == "Showing 36 of 36 goals."


def row_texts(browser: WebDriver) -> dict[str, tuple[bool, str]]:
    script = """return Object.fromEntries([...document.querySelectorAll('tr[data-kind]')]
        .map(r => [r.id, [!r.hidden, r.textContent.normalize('NFKC').toLowerCase()]]));"""
    return {k: (v[0], v[1]) for k, v in run(browser, script).items()}


@pytest.mark.parametrize(
    ("term", "must_show"),
    [
        ("major projects started", STARTED),
        ("新开工重大项目", STARTED),
        ("ＧＤＰ", "goal-2023-gdp-growth"),  # full-width letters match
    ],
)
def test_typing_in_the_search_box_hides_the_rows_that_do_not_match(
    browser: WebDriver, pages: Path, term: str, must_show: str
) -> None:
    open_page(browser, pages / "scorecard.html")
    type_search(browser, term)
    rows = row_texts(browser)
    wanted = term.lower().replace("ｇｄｐ", "gdp")
    assert rows[must_show][0]
    assert 0 < sum(shown for shown, _ in rows.values()) < len(rows)
    for goal, (shown, text) in rows.items():
        assert shown == (wanted in text), goal
    assert browser.find_element(By.ID, "shown").text.startswith("Showing ")
    type_search(browser, "")
    assert len(visible_ids(browser)) == 36


def test_a_search_that_matches_nothing_says_so(browser: WebDriver, pages: Path) -> None:
    open_page(browser, pages / "scorecard.html")
    type_search(browser, "no goal is called this")
    assert visible_ids(browser) == []
    assert browser.find_element(By.ID, "no-match").is_displayed()
    assert not run(browser, "return [...document.querySelectorAll('main section')]"
                   ".some(s => !s.hidden)")  # fmt: skip


def test_a_status_toggle_hides_those_rows(browser: WebDriver, pages: Path) -> None:
    open_page(browser, pages / "scorecard.html")
    browser.find_element(By.CSS_SELECTOR, "input[data-kind-toggle][value=unreported]").click()
    shown = visible_ids(browser)
    assert len(shown) == 5
    kinds = run(browser, "return [...document.querySelectorAll('tr[data-kind]')]"
                ".filter(r => !r.hidden).map(r => r.dataset.kind)")  # fmt: skip
    assert set(kinds) == {Status.MET.value, Status.MISSED.value}
    assert browser.find_element(By.ID, "shown").text == "Showing 5 of 36 goals."
    browser.find_element(By.CSS_SELECTOR, "input[data-kind-toggle][value=met]").click()
    assert visible_ids(browser) == [STARTED]


def test_the_language_switch_changes_headers_and_status_words(
    browser: WebDriver, pages: Path
) -> None:
    open_page(browser, pages / "scorecard.html")
    first_header = browser.find_element(By.CSS_SELECTOR, ".scorecard th")
    status = browser.find_element(By.CSS_SELECTOR, f"#{STARTED} .status")
    assert (first_header.text, status.text) == ("Status", "✗ missed")
    browser.find_element(By.CSS_SELECTOR, "[data-set-lang=zh]").click()
    assert (first_header.text, status.text) == ("状态", "✗ 未达成")
    assert run(browser, "return document.documentElement.lang") == "zh"
    assert browser.title == "南通市通州区：2023年目标"
    placeholder = browser.find_element(By.ID, "search").get_attribute("placeholder")
    assert placeholder == "名称、编号、原文……"
    assert browser.find_element(By.ID, "shown").text == "显示36项目标中的36项。"
    browser.find_element(By.CSS_SELECTOR, "[data-set-lang=en]").click()
    assert status.text == "✗ missed"


def test_a_goal_opens_to_show_both_quotes(
    browser: WebDriver, pages: Path, dataset: Dataset
) -> None:
    open_page(browser, pages / "scorecard.html")
    target = next(t for t in dataset.targets if t.id == "2023-major-projects-started")
    actual = dataset.actuals[(target.indicator, target.year)]
    quotes = browser.find_elements(By.CSS_SELECTOR, f"#{STARTED} blockquote")
    assert quotes and not any(q.is_displayed() for q in quotes)
    browser.find_element(By.CSS_SELECTOR, f"#{STARTED} summary").click()
    shown = [q.text for q in quotes if q.is_displayed()]
    assert target.quote in shown and actual.quote in shown
    arithmetic = browser.find_element(By.CSS_SELECTOR, f"#{STARTED} .arithmetic")
    assert arithmetic.text == "27个 < 30个 → missed, 90.0% attained, 3个 short"


def test_a_link_to_a_goal_opens_it(browser: WebDriver, pages: Path) -> None:
    open_page(browser, pages / "scorecard.html")
    browser.get((pages / "scorecard.html").as_uri() + f"#{STARTED}")
    assert browser.find_element(By.CSS_SELECTOR, f"#{STARTED} blockquote").is_displayed()


def assert_goal_below_toolbar(browser: WebDriver, goal: str) -> None:
    toolbar, name, status = run(
        browser,
        f"""const row = document.getElementById("{goal}");
        const box = (e) => e.getBoundingClientRect();
        return [box(document.getElementById("controls")).bottom,
                box(row.querySelector("summary")).top,
                box(row.querySelector(".status")).top];""",
    )
    assert 0 < toolbar <= name and toolbar <= status < 700, (toolbar, name, status)


@pytest.mark.parametrize("width", [1280, 1000])
@pytest.mark.parametrize("goal", [STARTED, "goal-2023-gdp-growth"])
def test_a_linked_goal_shows_its_name_and_status_below_the_toolbar(
    browser: WebDriver, pages: Path, width: int, goal: str
) -> None:
    """The sticky toolbar covers the top of the window; a goal opened by its link stops below
    it, the first and the last lines of its row's top (name, status) in sight."""
    browser.set_window_size(width, 700)
    try:
        open_page(browser, pages / "scorecard.html")
        browser.get((pages / "scorecard.html").as_uri() + f"#{goal}")
        assert_goal_below_toolbar(browser, goal)
        # The link followed again from a page already scrolled elsewhere.
        run(browser, "window.scrollTo(0, document.body.scrollHeight); location.hash = '';")
        run(browser, f"location.hash = '{goal}';")
        assert_goal_below_toolbar(browser, goal)
    finally:
        browser.set_window_size(1280, 900)


def cells(browser: WebDriver, table: WebElement, column: int) -> list[str]:
    return [
        row.find_elements(By.TAG_NAME, "td")[column].get_attribute("data-sort") or ""
        for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")
    ]


def test_a_column_sorts_both_ways_with_empty_cells_last(browser: WebDriver, pages: Path) -> None:
    open_page(browser, pages / "scorecard.html")
    table = browser.find_elements(By.CSS_SELECTOR, ".scorecard")[1]  # area 1
    before = cells(browser, table, 5)
    button = table.find_element(By.CSS_SELECTOR, "button[data-col='5']")
    button.click()
    ascending = cells(browser, table, 5)
    figures = [float(x) for x in ascending if x]
    assert figures == sorted(figures) and len(figures) == 2 and ascending != before
    assert ascending[len(figures) :] == [""] * (len(ascending) - len(figures))
    header = button.find_element(By.XPATH, "..")
    assert header.get_attribute("aria-sort") == "ascending"
    button.click()
    descending = cells(browser, table, 5)
    assert [float(x) for x in descending if x] == sorted(figures, reverse=True)
    assert descending[-1] == "" and header.get_attribute("aria-sort") == "descending"


def test_status_and_names_sort_in_the_order_a_reader_expects(
    browser: WebDriver, pages: Path
) -> None:
    """Statuses in the toggles' order; names by the language shown; ties keep the data's order."""
    open_page(browser, pages / "scorecard.html")
    table = browser.find_elements(By.CSS_SELECTOR, ".scorecard")[1]  # area 1
    rows = "return [...arguments[0].tBodies[0].rows].map(r => r.dataset.kind)"
    before = run_with(browser, rows, table)
    table.find_element(By.CSS_SELECTOR, "button[data-col='0']").click()
    kinds = run_with(browser, rows, table)
    rank = [Status.MET.value, Status.MISSED.value, Status.UNREPORTED.value]
    assert kinds == sorted(before, key=rank.index) and kinds != before
    browser.find_element(By.CSS_SELECTOR, "[data-set-lang=zh]").click()
    table.find_element(By.CSS_SELECTOR, "button[data-col='1']").click()
    names = run_with(
        browser,
        "return [...arguments[0].querySelectorAll('tbody .names > [lang=zh]')]"
        ".map(n => n.textContent)",
        table,
    )
    collated = run_with(
        browser, "return [...arguments[0]].sort((a, b) => a.localeCompare(b, 'zh'))", names
    )
    assert names == collated


def run_with(browser: WebDriver, script: str, *values: Any) -> Any:
    return browser.execute_script(script, *values)


def test_planted_markup_never_runs_and_shows_as_text(browser: WebDriver, pages: Path) -> None:
    open_page(browser, pages / "planted.html")
    assert run(browser, "return window.__planted === undefined")
    assert browser.get_log("browser") == []  # not even a script blocked by the policy
    row = f"goal-{PLANTED_ID}"
    browser.find_element(By.CSS_SELECTOR, f"#{row} summary").click()
    assert PLANTED["name"] in browser.find_element(By.CSS_SELECTOR, f"#{row} summary").text
    quotes = [q.text for q in browser.find_elements(By.CSS_SELECTOR, f"#{row} blockquote")]
    assert PLANTED["quote"] in quotes
    assert run(browser, "return document.querySelectorAll('img, svg, b').length") == 0
    assert run(browser, "return getComputedStyle(document.body).display") == "block"
    link = browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript']")
    assert link == []


def test_print_opens_every_goal_and_hides_the_controls(browser: WebDriver, pages: Path) -> None:
    """Chrome's own check of what is rendered: Selenium's counts a closed <details> as hidden
    whatever its CSS says. The script also opens every goal on `beforeprint`, not sent here."""
    open_page(browser, pages / "scorecard.html")
    seen = f"return document.querySelector('#{STARTED} blockquote').checkVisibility()"
    assert not run(browser, seen)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.ID, "controls").is_displayed()
        assert run(browser, seen)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert not run(browser, seen)


def test_dark_mode_follows_the_system(browser: WebDriver, pages: Path) -> None:
    open_page(browser, pages / "scorecard.html")
    background = "return getComputedStyle(document.documentElement).backgroundColor"
    assert run(browser, background) == "rgb(255, 255, 255)"
    dark = {"features": [{"name": "prefers-color-scheme", "value": "dark"}]}
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", dark)
    try:
        assert run(browser, background) == "rgb(13, 17, 23)"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_on_a_phone_goals_are_cards_and_nothing_scrolls_sideways(
    browser: WebDriver, pages: Path
) -> None:
    metrics = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        open_page(browser, pages / "scorecard.html")
        assert run(browser, "return document.documentElement.scrollWidth") <= 390
        label = "return getComputedStyle(document.querySelector('#%s td:nth-child(3)'), " \
            "'::before').content"  # fmt: skip
        assert run(browser, label % STARTED) == '"Target"'
        browser.find_element(By.CSS_SELECTOR, "[data-set-lang=zh]").click()
        assert run(browser, label % STARTED) == '"目标值"'
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_the_diff_page_words_changes_and_filters_them(browser: WebDriver, pages: Path) -> None:
    url = open_page(browser, pages / "diff.html")
    assert browser.get_log("browser") == []
    assert requested(browser, url) == [url]
    row = browser.find_element(By.ID, "indicator-major-projects-started")
    assert row.find_element(By.CSS_SELECTOR, ".status").text == "✓ better"
    total = len(visible_ids(browser))
    browser.find_element(By.CSS_SELECTOR, "input[data-kind-toggle][value=better]").click()
    assert not row.is_displayed()
    assert len(visible_ids(browser)) == total - 1
