"""The README and docs/ say what the tool does: their links lead somewhere, every command is in
the reference, the README stays short, and the commands and outputs they show are real."""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer.main

from tzgoals import cli

from .conftest import REPO

README = REPO / "README.md"
DOCS = REPO / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
COMMANDS = DOCS / "commands.md"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6} (.+?)\s*#*$", re.MULTILINE)
FENCED = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"``.*?``|`[^`\n]*`")


def prose(page: Path) -> str:
    """The page without its code blocks, whose brackets and #s are not links or headings."""
    return FENCED.sub("", page.read_text(encoding="utf-8"))


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """Every anchor of a page, a repeated heading numbered as GitHub numbers it (-1, -2 …)."""
    seen: Counter[str] = Counter()
    found = set()
    for heading in HEADING.findall(prose(page)):
        base = slug(heading)
        found.add(f"{base}-{seen[base]}" if seen[base] else base)
        seen[base] += 1
    return found


def links(page: Path) -> Iterator[str]:
    """The targets of the page's links and images, outside code."""
    yield from LINK.findall(INLINE_CODE.sub("", prose(page)))


def local(target: str) -> bool:
    return not re.match(r"[a-z]+:", target)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_relative_link_and_image_leads_to_a_file_and_anchor_that_exist(page: Path) -> None:
    broken = []
    for target in filter(local, links(page)):
        path, _, anchor = target.partition("#")
        destination = (page.parent / path).resolve() if path else page
        if not destination.exists():
            broken.append(f"{target}: no file {destination}")
        elif anchor and anchor not in anchors(destination):
            broken.append(f"{target}: no heading #{anchor} in {destination.name}")
    assert not broken, "\n".join(broken)


def test_the_link_checker_sees_a_broken_anchor(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# The `tzgoals show` command\n\n## Which dataset is read\n", encoding="utf-8")
    assert anchors(page) == {"the-tzgoals-show-command", "which-dataset-is-read"}
    assert slug("Publishing: a scorecard page and a data package") == (
        "publishing-a-scorecard-page-and-a-data-package"
    )


def test_every_docs_page_is_linked_from_the_readme() -> None:
    linked = {(README.parent / t.partition("#")[0]).resolve() for t in links(README)}
    assert [p.name for p in DOCS.glob("*.md") if p.resolve() not in linked] == []


def test_the_readme_is_read_in_five_minutes() -> None:
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 200


def command_options() -> Iterator[tuple[str, list[str]]]:
    """Every command and subcommand of the CLI, with its long options, as its help lists them."""

    def walk(command: object, path: list[str]) -> Iterator[tuple[str, list[str]]]:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                yield from walk(sub, [*path, name])
            return
        params = getattr(command, "params", [])
        options = [o for p in params for o in p.opts if o.startswith("--") and o != "--help"]
        yield " ".join(["tzgoals", *path]), options

    yield from walk(typer.main.get_command(cli.app), [])


def reference_section(command: str) -> str:
    """The part of docs/commands.md under the command's own heading."""
    text = COMMANDS.read_text(encoding="utf-8")
    heading = f"\n## `{command}`\n"
    assert heading in text, f"{command} has no section in docs/commands.md"
    start = text.index(heading) + len(heading)
    end = text.find("\n## ", start)
    return text[start : end if end >= 0 else len(text)]


def test_the_walk_finds_the_commands_and_the_subcommand() -> None:
    found = dict(command_options())
    assert {"tzgoals status", "tzgoals source add", "tzgoals extract"} <= found.keys()
    assert "--fail-on" in found["tzgoals status"]


@pytest.mark.parametrize(("command", "options"), list(command_options()))
def test_every_command_and_its_options_are_in_the_reference(
    command: str, options: list[str]
) -> None:
    section = reference_section(command)
    assert [o for o in options if not re.search(rf"{re.escape(o)}\b", section)] == []


def code_blocks(page: Path, kind: str) -> list[str]:
    return re.findall(rf"^```{kind}\n(.*?)^```", page.read_text(encoding="utf-8"), re.M | re.S)


def run(command: str, cwd: Path, columns: int = 100) -> subprocess.CompletedProcess[str]:
    """A command as a person types it, with this interpreter's tzgoals first on the PATH."""
    bin_folder = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}"}
    env.update(COLUMNS=str(columns), LANG="en_US.UTF-8")
    env.pop("TZGOALS_DATA", None)
    return subprocess.run(
        ["bash", "-c", "set -euo pipefail\n" + command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )


def test_the_quick_start_is_the_two_commands_and_ci_runs_the_second() -> None:
    assert code_blocks(README, "sh")[:2] == [
        "pip install . && tzgoals status\n",
        "pip install '.[test]' && pytest\n",
    ]
    assert "pip install '.[test]' && pytest" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_the_quick_start_s_status_works_in_a_fresh_folder(tmp_path: Path) -> None:
    """The package is installed here; what follows `pip install .` runs as printed."""
    (quick_start, _) = code_blocks(README, "sh")[:2]
    done = run(quick_start.removeprefix("pip install . && "), tmp_path)
    assert done.returncode == 0, done.stderr
    assert "(the example shipped with tzgoals)" in done.stdout
    assert "4 met · 1 missed · 31 unreported" in done.stdout


@pytest.mark.parametrize(
    ("command", "columns"),
    [("tzgoals status --area 2", 100), ("tzgoals status --area 2 --status missed", 50)],
)
def test_the_output_the_reference_shows_is_the_output_of_today(command: str, columns: int) -> None:
    done = run(command, REPO, columns)
    assert done.returncode == 0, done.stderr
    assert done.stdout in code_blocks(COMMANDS, "text")


def test_the_library_page_s_example_runs_and_prints_what_it_says() -> None:
    (example,) = code_blocks(DOCS / "library.md", "python")
    done = subprocess.run([sys.executable, "-c", example], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "data/targets.toml option"
    assert "2023-major-projects-started missed -3 " in done.stdout
    assert done.stdout.splitlines()[-1].startswith("Tally(targets=36, met=4, missed=1, ")


def test_the_publishing_page_s_package_validates_as_it_says(tmp_path: Path) -> None:
    """The page's commands that need only tzgoals' test extra (not DuckDB) run as printed."""
    (block,) = code_blocks(DOCS / "publishing.md", "sh")
    validate = next(line for line in block.splitlines() if line.startswith("frictionless "))
    command = shlex.split(validate.partition("#")[0])
    done = run(
        f"tzgoals publish site --data {shlex.quote(str(REPO / 'data'))}\n" + shlex.join(command),
        tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_pictures_of_output_are_the_output_of_today() -> None:
    """The SVGs the README and docs/commands.md show, recorded again, are byte for byte the same
    (after a deliberate change to the output, `python scripts/make_images.py` writes them)."""
    spec = importlib.util.spec_from_file_location(
        "make_images", REPO / "scripts" / "make_images.py"
    )
    assert spec is not None and spec.loader is not None
    make_images = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_images)
    stale = [
        name
        for name, picture in make_images.PICTURES.items()
        if make_images.record(picture) != (DOCS / "images" / name).read_text(encoding="utf-8")
    ]
    assert stale == []
