"""`tzgoals suggest` via CliRunner: a review's passages for the targets with no result yet."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import tomllib
from pathlib import Path

import pytest
import tomli_w
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.render.safe import UNSAFE

from .conftest import DATA, REPO
from .test_startup import imported_by

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "200"})
REVIEW = "002_c9cf574e7d5a74e2.txt"
REVIEW_PATH = DATA / "sources" / REVIEW


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def without_2023(tmp_path: Path) -> Path:
    """The shipped dataset with the 2023 results taken out, as before the review was read."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    actuals = tomllib.loads((DATA / "actuals.toml").read_text(encoding="utf-8"))["actuals"]
    kept = [a for a in actuals if a["year"] != 2023]
    (folder / "actuals.toml").write_text(tomli_w.dumps({"actuals": kept}), encoding="utf-8")
    return folder


def suggest(folder: Path, *args: str) -> Result:
    result = invoke("suggest", str(REVIEW_PATH), "--year", "2023", "--data", str(folder), *args)
    assert result.exit_code == 0, result.output
    return result


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_json_puts_each_recorded_result_in_the_top_three(without_2023: Path) -> None:
    items = {
        i["target"]: i["candidates"] for i in json.loads(suggest(without_2023, "-f", "json").stdout)
    }
    recorded = tomllib.loads((DATA / "actuals.toml").read_text(encoding="utf-8"))["actuals"]
    targets = tomllib.loads((DATA / "targets.toml").read_text(encoding="utf-8"))["targets"]
    checked = 0
    for target in (t for t in targets if t["year"] == 2023):
        result = next(
            (a for a in recorded if (a["indicator"], a["year"]) == (target["indicator"], 2023)),
            None,
        )
        if result is None or result["source"] != REVIEW:
            continue
        checked += 1
        quotes = [squeezed(c["quote"]) for c in items[target["id"]]]
        assert any(squeezed(result["quote"]) in q or q in squeezed(result["quote"]) for q in quotes)
    assert checked == 5


def test_json_has_the_issue_s_keys(without_2023: Path) -> None:
    items = json.loads(suggest(without_2023, "--format", "json").stdout)
    candidates = [c for item in items for c in item["candidates"]]
    assert candidates
    assert all(list(item) == ["target", "candidates"] for item in items)
    assert all(
        list(c) == ["quote", "value", "unit", "flags", "score", "record", "through_month"]
        for c in candidates
    )
    gdp = next(i for i in items if i["target"] == "2023-gdp-growth")["candidates"][0]
    assert (gdp["value"], gdp["unit"], gdp["flags"]) == (6.5, "%", ["estimate", "lower_bound"])


def test_the_record_command_records_the_result(without_2023: Path) -> None:
    items = json.loads(suggest(without_2023, "--format", "json").stdout)
    gdp = next(i for i in items if i["target"] == "2023-gdp-growth")["candidates"][0]
    words = shlex.split(gdp["record"])
    assert words[:2] == ["tzgoals", "record"]
    assert words[-2:] == ["--data", str(without_2023)]
    result = invoke(*words[1:])
    assert result.exit_code == 0, result.output
    assert invoke("check", "--data", str(without_2023)).exit_code == 0
    again = json.loads(suggest(without_2023, "--format", "json").stdout)
    assert "2023-gdp-growth" not in {i["target"] for i in again}  # it has a result now


def test_the_table_shows_candidates_and_commands(without_2023: Path) -> None:
    shown = suggest(without_2023).stdout
    assert "2023-gdp-growth: 地区生产总值增长 ≥ 6%" in shown
    assert "通州预计实现地区生产总值1730亿元,同比增长6.5%以上" in shown
    command = next(line for line in shown.splitlines() if "record gdp-growth 6.5" in line)
    assert shlex.split(command.split(": ", 1)[1])[-2:] == ["--data", str(without_2023)]


def test_the_readme_s_example_offers_no_2024_target_as_a_2023_result() -> None:
    folder = REPO / "tests" / "datasets" / "guangdong-2023"
    review = folder / "sources" / "gd-2024-review.txt"
    result = invoke("suggest", str(review), "--year", "2023", "--data", str(folder), "-f", "json")
    assert result.exit_code == 0, result.output
    records = [c["record"] for i in json.loads(result.stdout) for c in i["candidates"]]
    assert not [r for r in records if "1270" in r or "5.5" in r]  # 粮食产量1270万吨, 失业率5.5%左右
    grain = invoke("suggest", str(review), "--year", "2023", "--data", str(folder)).stdout
    assert "no passage of the review seems to report it" in grain


def test_the_table_escapes_control_characters_from_the_review(
    without_2023: Path, tmp_path: Path
) -> None:
    review = tmp_path / "review.txt"
    review.write_text(
        "通州预计实现地区生产总值\x1b[31m1730亿元,同比增长6.5%以上。", encoding="utf-8"
    )
    result = invoke("suggest", str(review), "--year", "2023", "--data", str(without_2023))
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert "地区生产总值" in result.stdout


@pytest.mark.parametrize("output_format", ["json", "table"])
def test_no_control_character_of_the_review_reaches_the_output(
    without_2023: Path, tmp_path: Path, output_format: str
) -> None:
    """A passage that holds one is no candidate (`record` would refuse it as a quote): not C1's
    CSI (U+009B), which JSON does not escape, nor a bidirectional override."""
    review = tmp_path / "review.txt"
    review.write_text(
        "通州预计实现地区生产总值\x9b31m1730亿元,同比增长6.5%以上。新认定高新技术企业\u202e179家。"
        "新认定高新技术企业\x1b[0m178家。一般公共预算收入75亿元,增长11.1%。",
        encoding="utf-8",
    )
    result = invoke(
        "suggest", str(review), "--year", "2023", "--data", str(without_2023), "-f", output_format
    )
    assert result.exit_code == 0, result.output
    assert not UNSAFE.search(result.stdout)
    shown_escaped = ("\\x1b", "\\u001b", "\\x9b", "\\u009b", "\\u202e")
    assert not [e for e in shown_escaped if e in result.stdout]  # not even escaped: not offered
    assert "record budget-revenue-growth 11.1" in result.stdout  # the clean passage is offered


@pytest.mark.parametrize("name", ["review\x1b[2J.txt", "review\x9b.txt", "review\u202e.txt"])
def test_a_review_named_with_a_control_character_is_refused(
    without_2023: Path, tmp_path: Path, name: str
) -> None:
    """Its name goes into each `tzgoals record` command, and no dataset's source can hold it."""
    review = tmp_path / name
    review.write_text("一般公共预算收入75亿元,增长11.1%。", encoding="utf-8")
    result = invoke("suggest", str(review), "--year", "2023", "--data", str(without_2023))
    assert result.exit_code == 2
    assert "holds a control character" in result.stderr and "--source NAME" in result.stderr
    assert not UNSAFE.search(result.stderr)
    named = invoke(
        "suggest", str(review), "--year", "2023", "--data", str(without_2023), "--source", REVIEW
    )
    assert named.exit_code == 0, named.output
    assert "record budget-revenue-growth 11.1" in named.stdout


def test_a_dataset_folder_named_with_a_control_character_is_refused(
    without_2023: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data\x9b"
    without_2023.rename(folder)
    result = invoke("suggest", str(REVIEW_PATH), "--year", "2023", "--data", str(folder))
    assert result.exit_code == 2
    assert "holds a control character" in result.stderr and "without --data" in result.stderr
    assert not UNSAFE.search(result.stdout + result.stderr)


def test_no_targets_of_the_year(without_2023: Path) -> None:
    result = invoke("suggest", str(REVIEW_PATH), "--year", "2030", "--data", str(without_2023))
    assert result.exit_code == 2
    assert "no targets for 2030 (years with targets: 2023)" in result.stderr


def test_every_target_has_a_result_already() -> None:
    result = invoke(
        "suggest", str(REVIEW_PATH), "--year", "2023", "--data", str(DATA), "-f", "json"
    )
    assert result.exit_code == 0
    targets = tomllib.loads((DATA / "targets.toml").read_text(encoding="utf-8"))["targets"]
    open_ids = {i["target"] for i in json.loads(result.stdout)}
    assert "2023-gdp-growth" not in open_ids  # the shipped dataset has its result
    assert open_ids < {t["id"] for t in targets}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("通州预计实现地区生产总值1730亿元。".encode("gb18030"), "iconv -f gb18030 -t utf-8"),
        (b"\x00\x01\x02", "binary"),
    ],
)
def test_a_review_that_is_not_utf8(
    without_2023: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    review = tmp_path / "review.txt"
    review.write_bytes(content)
    result = invoke("suggest", str(review), "--year", "2023", "--data", str(without_2023))
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_missing_review_or_dataset(without_2023: Path, tmp_path: Path) -> None:
    result = invoke(
        "suggest", str(tmp_path / "no.txt"), "--year", "2023", "--data", str(without_2023)
    )
    assert result.exit_code == 2
    assert "no.txt: no such file" in result.stderr
    result = invoke("suggest", str(REVIEW_PATH), "--year", "2023", "--data", str(tmp_path))
    assert result.exit_code == 2


@pytest.mark.parametrize("year", ["1899", "2201"])
def test_a_year_outside_1900_to_2200(year: str) -> None:
    result = invoke("suggest", str(REVIEW_PATH), "--year", year)
    assert result.exit_code == 2


def test_json_does_not_import_rich_and_the_table_does(without_2023: Path) -> None:
    args = ("suggest", str(REVIEW_PATH), "--year", "2023", "--data", str(without_2023))
    modules = imported_by(*args, "--format", "json")
    assert "tzgoals.draft.suggest" in modules  # the run really ranked passages
    assert not {m for m in modules if m == "rich" or m.startswith("rich.")}
    assert "rich.table" in imported_by(*args)


#: Codes and spacing the table once showed in place of words, in every language.
_NEVER_SHOWN = ["at_least", "more_than", "lower_bound", "140 家", "179 家"]


@pytest.mark.parametrize(
    ("lang", "shown", "not_shown"),
    [
        (
            "en",
            [
                "2023-new-above-scale-industrial-firms: 新增规上工业企业 ≥ 140家",
                "2023-energy-intensity-quota: 单位GDP能耗完成市下达任务 qualitative",
                "2023-overseas-investment-liaison-office: 设立境外招商联络处 milestone",
                "2023-new-national-high-tech-firms: 新认定国家高新技术企业 > 150家",
                "国家: target only",
                "lower bound",
                "179家",
            ],
            _NEVER_SHOWN,
        ),
        (
            "zh",
            [
                "2023-new-above-scale-industrial-firms: 新增规上工业企业 ≥ 140家",
                "2023-energy-intensity-quota: 单位GDP能耗完成市下达任务 定性目标",
                "2023-overseas-investment-liaison-office: 设立境外招商联络处 节点目标",
                "国家：仅见于目标",
                "国家级：仅见于引文",
                "预计数",
                "下限",
                "179家",
            ],
            [*_NEVER_SHOWN, "qualitative", "milestone", "only", "estimate", "lower bound"],
        ),
    ],
)
def test_targets_and_notes_read_as_status_writes_them(
    without_2023: Path, lang: str, shown: list[str], not_shown: list[str]
) -> None:
    """The target as `status` writes it (≥ 140家, 定性目标), qualifiers and scope in words;
    the commands to copy keep the options' own names (--estimate)."""
    output = suggest(without_2023, "--lang", lang).stdout
    assert not [words for words in shown if words not in output]
    table = "\n".join(
        line for line in output.splitlines() if not re.match(r"\s+\d+: tzgoals record", line)
    )
    assert not [code for code in not_shown if code in table]


def test_the_table_in_chinese_has_chinese_headers(without_2023: Path) -> None:
    shown = invoke(
        "suggest", str(REVIEW_PATH), "--year", "2023", "--data", str(without_2023), "--lang", "zh"
    ).stdout
    for header in ("得分", "数值", "限定词与口径", "引文"):
        assert header in shown
    assert "score" not in shown and "qualifiers and scope" not in shown
