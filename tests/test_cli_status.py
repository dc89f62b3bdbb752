"""`tzgoals status` through Typer's CliRunner: formats, filters, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.render.rows import STATUS_FIELDS

from .conftest import DATA, REPO

BAD = REPO / "tests" / "bad"

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "120"})
PROMISED = [
    *("id", "indicator", "year", "area", "name", "name_en", "comparator"),
    *("target", "unit", "actual", "status", "attainment", "gap", "reason"),
]


def status(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["status", "--data", str(DATA), *args])
    return result.exit_code, result.stdout, result.stderr


def test_table_groups_by_area_and_counts_in_the_footer() -> None:
    code, out, _ = status()
    assert code == 0
    assert "Headline economic and social goals for 2023" in out
    assert "⑧ Control risks: more effective social governance" in out
    assert "the source names this area but sets no target in it" in out
    assert (
        "4 met · 1 missed · 31 unreported (1 reported but not scorable, 30 never mentioned)" in out
    )
    assert "result for 6 of 36 targets (17%); 5 scored, 1 not scorable." in out


def test_table_has_no_escape_codes_in_a_pipe() -> None:
    _, out, _ = status()
    assert "\x1b[" not in out


def line_with(text: str, out: str) -> str:
    return next(line for line in out.splitlines() if text in line)


LEGEND = (
    "§ by scope (the figure of a narrower or wider measure) · "
    "≥ lower bound (the true figure is at least this) · * estimate"
)


def footnote(number: str, out: str) -> str:
    """The footnote's first line, as it stands under its table."""
    return next(line for line in out.splitlines() if line.startswith(f"[{number}] "))


def marker(goal: str, out: str) -> str:
    """The footnote number in a goal's cell, which may have wrapped onto the row's next line."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if goal in line)
    cell = next(line for line in lines[start : start + 3] if "[" in line)
    return cell.split("[")[1].split("]")[0]


def with_actuals_changed(tmp_path: Path, old: str, new: str) -> Path:
    folder = _copy_data(tmp_path)
    actuals = folder / "actuals.toml"
    text = actuals.read_text(encoding="utf-8")
    assert old in text
    actuals.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_table_marks_the_sources_qualifiers_and_explains_the_marks() -> None:
    _, out, _ = status()
    # 预计增长6.5%以上: an estimate and a lower bound; 11.1%: an estimate only.
    assert "│ ≥*6.5% │" in line_with("GDP growth", out)
    assert "│ *11.1% │" in line_with("General public budget revenue growth", out)
    assert "│ 179家 " in line_with("Newly recognised national high-tech enterprises", out)
    assert LEGEND in out


def test_the_legend_in_chinese() -> None:
    _, out, _ = status("--lang", "zh")
    assert "§ 按口径推断（口径较窄或较宽指标的数值） · ≥ 下限（实际数不低于此） · * 预计数" in out
    assert LEGEND not in out


def test_an_approximate_figure_is_marked_too(tmp_path: Path) -> None:
    folder = with_actuals_changed(
        tmp_path, 'value = 6.5\nunit = "%"\n', 'value = 6.5\nunit = "%"\napproximate = true\n'
    )
    result = runner.invoke(app, ["status", "--data", str(folder)])
    assert "│ ≥~*6.5% │" in line_with("GDP growth", result.stdout)


def test_a_figure_that_scores_nothing_is_marked_and_explained_too(tmp_path: Path) -> None:
    folder = with_actuals_changed(
        tmp_path, 'value = 42.1\nunit = "%"\n', 'value = 42.1\nunit = "%"\nestimate = true\n'
    )
    out = runner.invoke(app, ["status", "--data", str(folder), "--area", "1"]).stdout
    assert "│ *42.1% (2023) │" in line_with("Output share of the three leading industries", out)
    assert "* estimate" in out  # the legend, for the one marked figure


def test_legend_only_when_a_mark_is_shown() -> None:
    _, out, _ = status("--status", "missed")
    assert "27个" in out
    assert "lower bound" not in out


def test_a_bound_that_does_not_decide_is_explained_in_a_footnote(tmp_path: Path) -> None:
    """超27 against at least 30 may be 28 or 31: unscored, and the footnote says why."""
    folder = with_actuals_changed(
        tmp_path, 'value = 27\nunit = "个"\n', 'value = 27\nunit = "个"\nlower_bound = true\n'
    )
    out = runner.invoke(app, ["status", "--data", str(folder), "--area", "2"]).stdout
    row = line_with("Major projects started", out)
    assert row.startswith("│ unreported ") and "│ ≥27个 (2023) " in row
    assert footnote(marker("Major projects started", out), out).endswith(
        "The figures reported only bound it and do not decide ≥ 30个: "
        "at least 27个 (Major projects started)."
    )
    assert "0 met · 0 missed · 8 unreported (1 reported but not scorable, 7 never mentioned)" in (
        out
    )


def test_a_goal_met_by_scope_is_marked_and_explained() -> None:
    _, out, _ = status("--area", "1")
    goal = "Newly recognised 'little giant' specialised firms"
    assert [cell.strip() for cell in line_with(goal, out).split("│")[3:7]] == [
        "≥ 2家",
        "§≥6家",
        "+4家",
        "300.0%",
    ]
    assert line_with(goal, out).startswith("│ met ")
    number = marker(goal, out)
    assert footnote(number, out).startswith(
        f"[{number}] 6家 ≥ 2家 (by scope: New national-level 'little giant' specialised firms, "
    )


def test_a_reported_figure_that_scores_nothing_is_explained_in_a_footnote() -> None:
    _, out, _ = status()
    goal = "Output share of the three leading industries"
    assert "42.1% (2023)" in line_with(goal, out)
    number = marker(goal, out)
    assert footnote(number, out).startswith(
        f"[{number}] No baseline: no 2022 result for this indicator. The review gives"
    )


def test_notes_are_footnotes_numbered_through_the_view_each_once() -> None:
    _, out, _ = status()
    numbers = [line.split("]")[0] for line in out.splitlines() if line.startswith("[")]
    assert numbers == [f"[{n}" for n in range(1, len(numbers) + 1)]
    little_giants = marker("Newly recognised 'little giant' specialised firms", out)
    assert "The target names no level" in " ".join(out.split())  # the note, after the reason
    assert footnote(little_giants, out).startswith(f"[{little_giants}] 6家 ≥ 2家 (by scope")
    # The two bridges share one note, and so one footnote.
    tongzhou = marker("Complete the Tongzhou Bridge", out)
    assert marker("Complete the Zhengchang Bridge", out) == tongzhou
    assert "[" not in line_with("R&D spending as a share of GDP", out)  # nothing to explain


def coverage_areas(out: str) -> list[str]:
    """The area titles of a Markdown report's coverage table, in order."""
    section = out[out.index("## Coverage by area") :].split("\n\n")[1].splitlines()
    return [line.split(" | ")[0].lstrip("| ") for line in section[2:]]


@pytest.mark.parametrize(
    "args",
    [
        ["status"],
        ["status", "--status", "met"],
        ["status", "--status", "missed"],
        ["status", "--sort", "gap"],
        ["status", "--flag", "estimate"],
        ["summary"],
    ],
)
def test_coverage_lists_the_same_areas_whatever_the_filter(args: list[str]) -> None:
    plain = runner.invoke(app, ["status", "--data", str(DATA), "--format", "markdown"]).stdout
    out = runner.invoke(app, [*args, "--data", str(DATA), "--format", "markdown"]).stdout
    assert coverage_areas(out) == coverage_areas(plain)
    assert any(area.startswith("④") for area in coverage_areas(plain))


@pytest.mark.parametrize("width", ["120", "80", "50"])
def test_coverage_in_the_terminal_lists_areas_without_goals_too(width: str) -> None:
    for args in (["status"], ["status", "--status", "met"], ["summary"]):
        env = {"LANG": "en_US.UTF-8", "COLUMNS": width}
        result = runner.invoke(app, [*args, "--data", str(DATA)], env=env)
        coverage = result.stdout[result.stdout.index("Coverage by area") :]
        assert "③ Regional coordination" in coverage
        assert all(mark in coverage for mark in "④⑤⑥⑦⑧"), (args, width)


def test_an_area_asked_for_is_named_even_without_goals() -> None:
    _, out, _ = status("--area", "4")
    assert "④ Build and manage with care" in out
    assert "0/0" in out


def test_csv_columns_in_promised_order_and_chinese_kept() -> None:
    code, out, _ = status("--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][: len(PROMISED)] == PROMISED
    assert rows[0] == list(STATUS_FIELDS)
    assert len(rows) == 1 + 36
    by_id = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    started = by_id["2023-major-projects-started"]
    assert (started["target"], started["actual"], started["gap"]) == ("30", "27", "-3")
    assert (started["status"], started["attainment"], started["unit"]) == ("missed", "0.9", "个")
    assert by_id["2023-gdp-growth"]["name"] == "地区生产总值增长"
    assert by_id["2023-gdp-growth"]["flags"] == "estimate;lower_bound"


def test_json_is_a_list_of_objects_with_plain_numbers() -> None:
    code, out, _ = status("--format", "json")
    assert code == 0
    items = json.loads(out)
    assert len(items) == 36
    assert list(items[0])[: len(PROMISED)] == PROMISED
    gdp = next(i for i in items if i["id"] == "2023-gdp-growth")
    assert (gdp["target"], gdp["actual"], gdp["status"]) == (6, 6.5, "met")
    unreported = next(i for i in items if i["id"] == "2023-rd-spending-share")
    assert (unreported["actual"], unreported["status"]) == (None, "unreported")


def test_markdown_is_a_report_with_a_heading_per_area() -> None:
    code, out, _ = status("--format", "markdown")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "# Tongzhou District, Nantong, Jiangsu: targets for 2023"
    assert "## ② Push major projects: build up strong momentum for growth" in lines
    assert "| Status | Goal | Target | Actual | Gap | Attained |" in lines
    assert (
        "| missed | Major projects started (新开工重大项目) | ≥ 30个 | 27个 | -3个 | 90.0% |"
        in (lines)
    )
    gdp = "| met | GDP growth (地区生产总值增长) [1] | ≥ 6% | ≥\\*6.5% | +0.5 pp | 108.3% |"
    assert gdp in lines
    assert "- [1] 6.5% ≥ 6% (estimate, lower bound)." in lines
    assert "the source names this area but sets no target in it." in lines  # under ④'s heading
    assert "| **Total** | 36 | 4 | 1 | 31 | 6/36 (17%) |" in lines
    assert lines[-1] == (
        "The sources report a result for 6 of 36 targets (17%); 5 scored, 1 not scorable."
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--status", "met"], {"met"}),
        (["--status", "missed", "--status", "met"], {"met", "missed"}),
        (["--status", "unreported"], {"unreported"}),
    ],
)
def test_status_filter(args: list[str], expected: set[str]) -> None:
    _, out, _ = status("--format", "json", *args)
    assert {i["status"] for i in json.loads(out)} == expected


def test_area_filter() -> None:
    _, out, _ = status("--format", "json", "--area", "2", "--area", "3")
    items = json.loads(out)
    assert {i["area"] for i in items} == {"2", "3"}
    assert len(items) == 16


def test_year_option_and_default_year() -> None:
    _, default, _ = status("--format", "csv")
    _, explicit, _ = status("--format", "csv", "--year", "2023")
    assert default == explicit


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "2031"], "no targets for 2031; years with targets: 2023"),
        (["--area", "9"], "no area 9 in 2023"),
    ],
)
def test_unknown_year_or_area_is_exit_2(args: list[str], message: str) -> None:
    code, _, err = status(*args)
    assert code == 2
    assert message in err


def test_bad_option_value_is_exit_2() -> None:
    code, _, _ = status("--format", "xml")
    assert code == 2


@pytest.mark.parametrize(("fail_on", "code"), [("missed", 1), ("unreported", 1), ("met", 1)])
def test_fail_on_matches_a_goal(fail_on: str, code: int) -> None:
    assert status("--format", "csv", "--fail-on", fail_on)[0] == code


def test_fail_on_only_looks_at_goals_shown() -> None:
    assert status("--format", "csv", "--status", "met", "--fail-on", "missed")[0] == 0


def test_runs_without_a_data_folder_from_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["status", "--format", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 36


def test_targets_and_actuals_files(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "status",
            "--format",
            "csv",
            "--targets",
            str(DATA / "targets.toml"),
            "--actuals",
            str(DATA / "actuals.toml"),
        ],
    )
    assert result.exit_code == 0


def test_targets_without_actuals_is_refused() -> None:
    result = runner.invoke(app, ["status", "--targets", str(DATA / "targets.toml")])
    assert result.exit_code == 2
    assert "--targets and --actuals together" in result.stderr


def _copy_data(tmp_path: Path) -> Path:
    for name in ("targets.toml", "actuals.toml"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    return tmp_path


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    text = (folder / "actuals.toml").read_text(encoding="utf-8").splitlines()
    text[14] = "value = = 3"
    (folder / "actuals.toml").write_text("\n".join(text), encoding="utf-8")
    result = runner.invoke(app, ["status", "--data", str(folder)])
    assert result.exit_code == 2
    assert f"{folder / 'actuals.toml'}:15: TOML syntax error" in result.stderr
    assert "Traceback" not in result.output


def test_invalid_value_names_file_and_line(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    path = folder / "targets.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('value = 6.5\nunit = "%"', 'value = "6.5%"\nunit = "%"', 1)
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index('value = "6.5%"') + 1
    result = runner.invoke(app, ["status", "--data", str(folder)])
    assert result.exit_code == 2
    assert f"{path}:{line}: value: expected a number, found the text '6.5%'" in result.stderr


def test_missing_file_is_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["status", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path / 'targets.toml'}: no such file" in result.stderr


def test_help_lists_examples() -> None:
    result = runner.invoke(app, ["status", "--help"])
    assert result.exit_code == 0
    assert "tzgoals status --format csv" in result.stdout


def test_table_in_chinese() -> None:
    code, out, _ = status("--lang", "zh")
    assert code == 0
    assert "2023年经济社会发展目标" in out
    assert "⑧ 突出风险防控,着力提升社会治理效能" in out
    assert "达成4项 · 未达成1项 · 未报告31项（其中1项有报告但无法评分，30项未再提及）" in out
    assert "状态" in out


def test_language_follows_the_locale() -> None:
    result = CliRunner(env={"LANG": "zh_CN.UTF-8"}).invoke(app, ["status", "--data", str(DATA)])
    assert "未报告" in result.stdout


def test_markdown_in_chinese_says_everything_in_chinese() -> None:
    _, out, _ = status("--format", "markdown", "--lang", "zh", "--status", "missed")
    lines = out.splitlines()
    assert "| 状态 | 目标 | 目标值 | 实际值 | 差距 | 完成率 |" in lines
    started = "| 未达成 | 新开工重大项目（Major projects started） | ≥ 30个 | 27个 | -3个 | 90.0% |"
    assert started in lines
    assert "达成4项 · 未达成1项 · 未报告31项（其中1项有报告但无法评分，30项未再提及）" in lines
    assert lines[-1] == "显示36项目标中的1项。"


def test_markdown_can_show_ids_and_list_across_areas() -> None:
    _, out, _ = status("--format", "markdown", "--ids", "--sort", "attainment", "--status", "met")
    lines = out.splitlines()
    assert "## All areas, by attainment, lowest first" in lines
    header = lines.index("| Status | Id | Area | Goal | Target | Actual | Gap | Attained |")
    ids = [line.split(" | ")[1] for line in lines[header + 2 : header + 6]]
    assert ids == [
        "2023-gdp-growth",
        "2023-new-national-high-tech-firms",
        "2023-budget-revenue-growth",
        "2023-new-little-giant-firms",
    ]


def test_csv_keeps_english_status_codes_whatever_the_language() -> None:
    _, out, _ = status("--format", "csv", "--lang", "zh", "--status", "missed")
    assert ",missed," in out


def test_a_dataset_with_an_empty_actuals_file_has_every_goal_unreported(tmp_path: Path) -> None:
    """A new dataset has no results yet: its actuals.toml may be empty."""
    (tmp_path / "targets.toml").write_bytes((DATA / "targets.toml").read_bytes())
    (tmp_path / "actuals.toml").write_bytes(b"")
    result = runner.invoke(app, ["status", "--data", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 36
    assert {row["status"] for row in rows} == {"unreported"}


def test_csv_and_json_give_each_quotes_source_url_after_the_other_columns() -> None:
    guangdong = DATA.parent / "tests" / "datasets" / "guangdong-2023"
    result = runner.invoke(app, ["status", "--data", str(guangdong), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0])[-2:] == ["source_url", "actual_source_url"]
    gdp = next(row for row in rows if row["id"] == "2023-gdp-growth")
    assert gdp["source_url"] == "http://gd.sina.com.cn/news/2023-01-12/detail-imxzxpam5839054.shtml"
    assert gdp["actual_source_url"] == "https://freewechat.com/a/Mzg3NjEwMjcxMg==/2248037598/1"
    unreported = next(row for row in rows if row["status"] == "unreported")
    assert unreported["actual_source_url"] == ""
    as_json = runner.invoke(app, ["status", "--data", str(guangdong), "--format", "json"])
    goal = next(g for g in json.loads(as_json.stdout) if g["id"] == "2023-gdp-growth")
    assert goal["source_url"] == gdp["source_url"]
    # The shipped dataset knows no address for its articles: the cells stay empty.
    _, out, _ = status("--format", "csv")
    assert {row["source_url"] for row in csv.DictReader(io.StringIO(out))} == {""}


@pytest.mark.parametrize("year", ["٢٠٢٣", "２０２３"])
def test_a_year_in_other_digits_is_a_usage_error(year: str) -> None:
    result = CliRunner().invoke(app, ["status", "--year", year])
    assert result.exit_code == 2
    assert "a year is written with the digits 0-9" in result.output


def test_a_number_no_decimal_can_hold_is_exit_2_with_its_line(tmp_path: Path) -> None:
    """It raised decimal.InvalidOperation out of the parser in every command."""
    for name in ("targets.toml", "actuals.toml"):
        shutil.copy(BAD / "_valid" / name, tmp_path / name)
    text = (tmp_path / "actuals.toml").read_text(encoding="utf-8")
    (tmp_path / "actuals.toml").write_text(
        text.replace("value = 120", "value = 1e9999999999999999999999"), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["status", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path / 'actuals.toml'}:16: value: the number 1e9999999999999999999999" in (
        result.stderr
    )


def test_an_unknown_area_is_answered_with_the_closest_one() -> None:
    code, out, err = status("--area", "headlin")
    assert (code, out) == (2, "")
    assert "no area headlin in 2023" in err and "(did you mean 'headline'?)" in err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["status", "--status", "done"], "'done' is not one of met, missed, unreported"),
        (["status", "--flag", "estimat"], "(did you mean 'estimate'?)"),
        (["status", "--format", "jsn"], "(did you mean 'json'?)"),
        (["status", "--sort", "gaps"], "(did you mean 'gap'?)"),
        (["diff", "--of", "target"], "(did you mean 'targets'?)"),
        (["check", "--format", "csv"], "'csv' is not one of text, json"),
        (["export", "tagets"], "(did you mean 'targets'?)"),
        (["status", "--lang", "cn"], "'cn' is not one of en, zh"),
    ],
)
def test_an_unknown_choice_is_refused_in_our_words(args: list[str], words: str) -> None:
    result = runner.invoke(app, [*args, "--data", str(DATA)])
    assert result.exit_code == 2
    assert words in result.stderr
    assert "Value error" not in result.stderr


def test_csv_and_json_give_the_area_title_in_english_too() -> None:
    rows = list(csv.DictReader(io.StringIO(status("--format", "csv")[1])))
    assert rows[0]["area_title"] == "2023年经济社会发展目标"
    assert rows[0]["area_title_en"] == "Headline economic and social goals for 2023"
    items = json.loads(status("--format", "json")[1])
    assert items[0]["area_title_en"] == "Headline economic and social goals for 2023"


def test_html_to_a_terminal_ends_in_a_line_end() -> None:
    code, out, _ = status("--format", "html")
    assert code == 0 and out.endswith("</html>\n")
