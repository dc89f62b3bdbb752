"""Regenerate the README's pictures: real output of `status`, `summary` and `diff` as SVG.

Runs the commands through the CLI itself, with a recording Rich console in place of the
terminal, so the pictures can never drift from what the tool prints.

    python scripts/make_images.py   # writes docs/images/*.svg
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tzgoals import cli

REPO = Path(__file__).resolve().parent.parent
IMAGES = REPO / "docs" / "images"
DATA = REPO / "data"
WIDTH = 120

PICTURES = {
    "status.svg": ("tzgoals status --area 2", ["status", "--area", "2"]),
    "summary.svg": ("tzgoals summary", ["summary"]),
    "diff.svg": ("tzgoals diff", ["diff"]),
    "status-zh.svg": (
        "tzgoals status --lang zh --area 1",
        ["status", "--lang", "zh", "--area", "1"],
    ),
}


def record(args: list[str], title: str) -> str:
    console = cli.data_console(
        record=True, width=WIDTH, force_terminal=True, color_system="truecolor"
    )
    original = cli.terminal
    cli.terminal = lambda: console
    try:
        result = CliRunner(env={"LANG": "en_US.UTF-8"}).invoke(
            cli.app, [*args, "--data", str(DATA)]
        )
    finally:
        cli.terminal = original
    if result.exit_code != 0:
        raise SystemExit(f"{title} failed: {result.output}")
    return console.export_svg(title=title)


def main() -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    for name, (title, args) in PICTURES.items():
        (IMAGES / name).write_text(record(args, title), encoding="utf-8")
        print(f"wrote {IMAGES / name}")


if __name__ == "__main__":
    main()
