"""The Jiangsu panel example, `examples/jiangsu-panel`, end to end through the command line.

Four levels for 2023: the nation, Jiangsu, Nantong (no 2023 target found in any stored text)
and Tongzhou (the shipped dataset, copied). The counts and verdicts pinned here were worked out
by hand from the quoted figures. The second reading at the end checks every quote and figure
again without tzgoals' own evidence code, and the copies against their originals.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from tzgoals.cli import app

REPO = Path(__file__).resolve().parent.parent
PANEL = REPO / "examples" / "jiangsu-panel"
PLACES = ["china", "jiangsu", "nantong", "tongzhou"]

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "120"})


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--panel", str(PANEL)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def csv_rows(*args: str) -> list[dict[str, str]]:
    code, out, err = run("panel", *args, "--format", "csv")
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def test_check_of_the_panel_finds_no_error_and_only_the_shipped_datasets_warning() -> None:
    code, out, err = run("check")
    assert code == 0, err
    problems = out.splitlines()
    assert len(problems) == 1 and ": warning: " in problems[0]
    assert problems[0].startswith(str(PANEL / "tongzhou" / "targets.toml"))
    assert problems[0].endswith("[TZ318]")
    for place in ("china", "jiangsu", "nantong"):
        assert f"no problems in {PANEL / place / 'targets.toml'}" in err
    assert f"0 errors, 1 warning in {PANEL / 'tongzhou' / 'targets.toml'}" in err


def test_the_place_table_counts_each_places_2023_targets() -> None:
    rows = {row["place"]: row for row in csv_rows()}
    assert list(rows) == PLACES
    counts = {
        place: (row["targets"], row["met"], row["missed"], row["unreported"], row["state"])
        for place, row in rows.items()
    }
    assert counts == {
        "china": ("6", "5", "0", "1", "scored"),
        "jiangsu": ("11", "2", "0", "9", "scored"),
        "nantong": ("", "", "", "", "no_targets"),
        "tongzhou": ("36", "4", "1", "31", "scored"),
    }
    assert [rows[place]["parent"] for place in PLACES] == ["", "china", "jiangsu", "nantong"]
    assert {row["year"] for row in rows.values()} == {"2023"}
    assert rows["tongzhou"]["met_share"] == "0.8"


def test_gdp_targets_at_each_level_and_the_step_from_the_parents() -> None:
    """The nation 5%, the province 5% (+0 pp), Nantong none, Tongzhou 6% with no parent
    target to step from: the cell stays empty, with the reason, never filled."""
    rows = {row["place"]: row for row in csv_rows("--indicator", "gdp-growth")}
    seen = {
        place: (row["target"], row["result"], row["status"], row["vs_parent"])
        for place, row in rows.items()
    }
    assert seen == {
        "china": ("5", "5.2", "met", ""),
        "jiangsu": ("5", "5.8", "met", "0"),
        "nantong": ("", "6", "", ""),  # its result, with no target to score it against
        "tongzhou": ("6", "6.5", "met", ""),
    }
    reasons = {place: row["vs_parent_reason"] for place, row in rows.items()}
    assert reasons == {
        "china": "no_parent",
        "jiangsu": "",
        "nantong": "no_target",
        "tongzhou": "no_parent_target",
    }


def row_of(out: str, level: str) -> str:
    """The table's line for the place at `level`, as the table words the level."""
    return next(line for line in out.splitlines() if f" {level} " in line)


def test_the_amplification_table_reads_in_both_languages() -> None:
    code, out, _ = run("panel", "--indicator", "gdp-growth")
    assert code == 0
    jiangsu = row_of(out, "province")
    assert "≈ 5 ± 0.5%" in jiangsu and "5.8%" in jiangsu and jiangsu.endswith("+0 pp")
    tongzhou = row_of(out, "county")
    assert "≥ 6%" in tongzhou and "met" in tongzhou
    code, out, _ = run("panel", "--indicator", "gdp-growth", "--lang", "zh")
    assert code == 0
    jiangsu = row_of(out, "省级")
    assert jiangsu.endswith("+0个百分点") and "达成" in jiangsu


def test_every_goal_exports_with_its_place_and_which_were_kept() -> None:
    rows = csv_rows("--goals")
    assert rows and list(rows[0])[:3] == ["place", "level", "parent"]
    per_place = {place: sum(row["place"] == place for row in rows) for place in PLACES}
    assert per_place == {"china": 6, "jiangsu": 11, "nantong": 0, "tongzhou": 36}
    scored = {
        (row["place"], row["indicator"]): row["status"]
        for row in rows
        if row["status"] in {"met", "missed"}
    }
    assert scored == {
        ("china", "gdp-growth"): "met",
        ("china", "new-urban-jobs"): "met",
        ("china", "surveyed-urban-unemployment-rate"): "met",
        ("china", "cpi-rise"): "met",
        ("china", "grain-output"): "met",
        ("jiangsu", "gdp-growth"): "met",
        ("jiangsu", "budget-revenue-growth"): "met",
        ("tongzhou", "gdp-growth"): "met",
        ("tongzhou", "budget-revenue-growth"): "met",
        ("tongzhou", "new-national-high-tech-firms"): "met",
        ("tongzhou", "new-little-giant-firms"): "met",
        ("tongzhou", "major-projects-started"): "missed",
    }
    china_deficit = next(row for row in rows if row["id"] == "2023-deficit-ratio")
    assert china_deficit["status"] == "unreported"


def test_the_goals_json_holds_the_same_rows_as_the_csv() -> None:
    code, out, err = run("panel", "--goals", "--format", "json")
    assert code == 0, err
    goals = json.loads(out)
    assert len(goals) == len(csv_rows("--goals")) == 53
    assert {goal["place"] for goal in goals} == {"china", "jiangsu", "tongzhou"}


# ---------------------------------------------------------------- the second reading


def entries(place: str) -> list[dict[str, Any]]:
    """Every entry of a place's two files that quotes a source."""
    found: list[dict[str, Any]] = []
    for name in ("targets.toml", "actuals.toml"):
        data = tomllib.loads((PANEL / place / name).read_text(encoding="utf-8"))
        for value in data.values():
            if isinstance(value, list):
                found.extend(entry for entry in value if "quote" in entry)
    return found


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


# Figures a quote writes otherwise than in digits, each read by hand.
FIGURES_IN_WORDS = {("tongzhou", "new-luban-awards", 2): "新增鲁班奖两项"}


def test_every_quote_stands_in_its_archived_text_and_every_figure_in_its_quote() -> None:
    """Independent of tzgoals' evidence code: plain string search, whitespace aside."""
    quotes = 0
    for place in PLACES:
        for entry in entries(place):
            quotes += 1
            text = (PANEL / place / "sources" / entry["source"]).read_text(encoding="utf-8")
            assert squashed(entry["quote"]) in squashed(text), (place, entry["quote"])
            for key in ("value", "value_max"):
                value = entry.get(key)
                if value is None or isinstance(value, bool):
                    continue
                label = (place, entry.get("indicator", entry.get("id")), value)
                digits = re.findall(r"\d+(?:\.\d+)?", entry["quote"])
                if not any(Decimal(d) == Decimal(str(value)) for d in digits):
                    assert FIGURES_IN_WORDS.get(label) == entry["quote"], label
    assert quotes == 137


def test_every_archived_text_has_the_hash_its_source_records() -> None:
    for place in PLACES:
        data = tomllib.loads((PANEL / place / "targets.toml").read_text(encoding="utf-8"))
        listed = {source["file"]: source for source in data["sources"]}
        assert set(listed) == {path.name for path in (PANEL / place / "sources").iterdir()}
        for name, source in listed.items():
            digest = hashlib.sha256((PANEL / place / "sources" / name).read_bytes()).hexdigest()
            assert source["sha256"] == digest, (place, name)
            assert source.get("published") and source.get("retrieved"), (place, name)
            if place != "tongzhou":  # the shipped articles name neither paper nor address
                assert source.get("url") and source.get("publisher"), (place, name)


def test_the_copies_match_their_originals() -> None:
    """Tongzhou is the shipped dataset; the nation's and Jiangsu's texts and entries are
    those of the example and the test dataset they were copied from."""
    data = REPO / "data"
    for name in ("targets.toml", "actuals.toml"):
        assert (PANEL / "tongzhou" / name).read_bytes() == (data / name).read_bytes()
    for text in (data / "sources").iterdir():
        assert (PANEL / "tongzhou" / "sources" / text.name).read_bytes() == text.read_bytes()
    national = REPO / "examples" / "china-national"
    for name in ("gwr-2023.txt", "gwr-2024.txt"):
        copied = (PANEL / "china" / "sources" / name).read_bytes()
        assert copied == (national / "sources" / name).read_bytes()
    jiangsu = REPO / "tests" / "datasets" / "jiangsu-2023"
    for text in (jiangsu / "sources").iterdir():
        assert (PANEL / "jiangsu" / "sources" / text.name).read_bytes() == text.read_bytes()
    for name, section in (("targets.toml", "targets"), ("actuals.toml", "actuals")):
        original = tomllib.loads((national / name).read_text(encoding="utf-8"))[section]
        copied = tomllib.loads((PANEL / "china" / name).read_text(encoding="utf-8"))[section]
        of_2023 = [entry for entry in original if entry["year"] == 2023]
        assert [entry["quote"] for entry in copied] == [entry["quote"] for entry in of_2023]
        assert [entry.get("value") for entry in copied] == [e.get("value") for e in of_2023]
