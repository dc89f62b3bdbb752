"""Regenerate the pictures of the README and docs/: real output of `status`, `summary` and
`diff` as SVG in English and Chinese (and `status` in a 50-column terminal), and screenshots of
the scorecard page at desktop and phone width as PNG.

Runs the commands through the CLI itself, with a recording Rich console in place of the
terminal, so the pictures can never drift from what the tool prints. The page is
`tzgoals status --format html`, photographed by Debian's headless Chromium (apt-get install
chromium chromium-driver fonts-noto-cjk: without a CJK font the Chinese shows as boxes).

    python scripts/make_images.py   # writes docs/images/*.svg and docs/images/scorecard-*.png
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import NamedTuple

from typer.testing import CliRunner

from tzgoals import cli
from tzgoals.render import terminal

REPO = Path(__file__).resolve().parent.parent
IMAGES = REPO / "docs" / "images"
DATA = REPO / "data"
WIDTH = 120
NARROW = 50


class Picture(NamedTuple):
    """A command as the docs show it, and the terminal width it is recorded at."""

    title: str
    args: list[str]
    width: int = WIDTH


PICTURES = {
    "status.svg": Picture("tzgoals status --area 2", ["status", "--area", "2"]),
    "status-zh.svg": Picture(
        "tzgoals status --lang zh --area 2", ["status", "--lang", "zh", "--area", "2"]
    ),
    "status-narrow.svg": Picture(
        "tzgoals status --area 2 (50 columns)", ["status", "--area", "2"], NARROW
    ),
    "status-narrow-zh.svg": Picture(
        "tzgoals status --lang zh --area 2 (50 columns)",
        ["status", "--lang", "zh", "--area", "2"],
        NARROW,
    ),
    "summary.svg": Picture("tzgoals summary", ["summary"]),
    "summary-zh.svg": Picture("tzgoals summary --lang zh", ["summary", "--lang", "zh"]),
    "diff.svg": Picture("tzgoals diff", ["diff"]),
    "diff-zh.svg": Picture("tzgoals diff --lang zh", ["diff", "--lang", "zh"]),
}


class Recorder(terminal.SafeConsole):
    """The console commands lay their tables out with, keeping what it lays out: a command
    captures its text and writes it itself, which Rich's recording alone does not see."""

    def end_capture(self) -> str:
        with self._record_buffer_lock:
            self._record_buffer.extend(self._buffer)
        return super().end_capture()


def record(picture: Picture) -> str:
    """The command's output as an SVG, recorded by the console the command prints through."""
    recorder = Recorder(
        record=True,
        width=picture.width,
        force_terminal=True,
        color_system="truecolor",
        markup=False,
        emoji=False,
        highlight=False,
    )
    original = terminal.data_console
    terminal.data_console = lambda: recorder
    try:
        result = CliRunner(env={"LANG": "en_US.UTF-8"}).invoke(
            cli.app, [*picture.args, "--data", str(DATA)]
        )
    finally:
        terminal.data_console = original
    if result.exit_code != 0:
        raise SystemExit(f"{picture.title} failed: {result.output}")
    return recorder.export_svg(title=picture.title)


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
    "--hide-scrollbars",
)


class Screen(NamedTuple):
    """A width to photograph the page at, how much of it, which goal to show open, and
    whether to start at the goals (a phone's first screens are the coverage cards)."""

    width: int
    height: int
    scale: int
    mobile: bool
    open_goal: str
    from_goals: bool


SCREENS = {
    "scorecard-desktop.png": Screen(1280, 1640, 1, False, "goal-2023-gdp-growth", False),
    "scorecard-phone.png": Screen(390, 1500, 2, True, "goal-2023-gdp-growth", True),
}
SHOW_OPEN = """
const row = document.getElementById(arguments[0]);
row.querySelector("details").open = true;
if (arguments[1]) document.querySelector("main section").scrollIntoView();
"""


def scorecard(folder: Path) -> Path:
    result = CliRunner(env={"LANG": "en_US.UTF-8"}).invoke(
        cli.app, ["status", "--format", "html", "--data", str(DATA)]
    )
    if result.exit_code != 0:
        raise SystemExit(f"tzgoals status --format html failed: {result.output}")
    page = folder / "scorecard.html"
    page.write_text(result.stdout, encoding="utf-8")
    return page


def screenshots() -> None:
    """Photograph the page at each width with Debian's Chromium, as the browser tests run it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        raise SystemExit("screenshots need apt-get install chromium chromium-driver fonts-noto-cjk")
    folder = Path(tempfile.mkdtemp(prefix="tzgoals-images-"))
    try:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in (*FLAGS, f"--user-data-dir={folder / 'profile'}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        try:
            url = scorecard(folder).as_uri()
            for name, screen in SCREENS.items():
                driver.execute_cdp_cmd(
                    "Emulation.setDeviceMetricsOverride",
                    {
                        "width": screen.width,
                        "height": screen.height,
                        "deviceScaleFactor": screen.scale,
                        "mobile": screen.mobile,
                    },
                )
                driver.get(url)
                driver.execute_script(SHOW_OPEN, screen.open_goal, screen.from_goals)
                (IMAGES / name).write_bytes(driver.get_screenshot_as_png())
                print(f"wrote {IMAGES / name}")
        finally:
            driver.quit()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    for name, picture in PICTURES.items():
        (IMAGES / name).write_text(record(picture), encoding="utf-8")
        print(f"wrote {IMAGES / name}")
    screenshots()


if __name__ == "__main__":
    main()
