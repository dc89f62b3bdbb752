"""`tzgoals extract` via CliRunner: drafts a person can paste, or append with --into."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.render.drafts import ACTUALS_MARK, DRAFT_FIELDS

from .conftest import DATA
from .draft.test_extract import written_in
from .test_startup import OURS_HEAVY, imported_by

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
PLAN = "000_ba23479a29e53de9.txt"
PLAN_PATH = DATA / "sources" / PLAN


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def extract(*args: str) -> Result:
    result = invoke("extract", str(PLAN_PATH), "--year", "2023", *args)
    assert result.exit_code == 0, result.output
    return result


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- formats


def test_toml_is_the_default_and_parses() -> None:
    result = extract()
    parsed = tomllib.loads(result.stdout)
    assert len(parsed["targets"]) == 35  # 34 of the dataset's (the benchmark), and a slogan
    assert {t["source"] for t in parsed["targets"]} == {PLAN}
    gdp = next(t for t in parsed["targets"] if t["quote"] == "地区生产总值增长6%")
    assert gdp["id"] == "2023-gdp-growth"  # the shared id
    assert (gdp["comparator"], gdp["value"], gdp["unit"], gdp["area"]) == (
        "at_least",
        6,
        "%",
        "TODO",
    )
    assert "targets 35, figures of earlier years" in result.stderr
    assert "targets 35" not in result.stdout  # the data alone on stdout


def test_json_lists_the_issue_s_fields() -> None:
    items = json.loads(extract("--format", "json").stdout)
    assert items and all(tuple(item) == DRAFT_FIELDS for item in items)
    assert {item["kind"] for item in items} == {"target", "actual"}


def test_toml_comments_speak_the_chosen_language(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(
        PLAN_PATH.read_text(encoding="utf-8")
        + "\n\n居民消费价格涨幅3%左右。研发投入强度2.5%左右。",
        encoding="utf-8",
    )
    zh = invoke("extract", str(plan), "--year", "2023", "--lang", "zh")
    assert zh.exit_code == 0, zh.output
    comments = [line.partition("#")[2] for line in zh.stdout.splitlines() if "#" in line]
    english = re.compile(r"\b(?:Drafted|check|rule|confidence|target|actual|result|TODO: the)\b")
    assert not [c for c in comments if english.search(c)]
    assert "# 由 `tzgoals extract` 起草：请逐条对照引文核对。" in zh.stdout
    assert "# 目标：规则 at_least，置信度 0.9" in zh.stdout
    assert "# 往年数字：规则 count；2022年的结果（去年），置信度 0.54" in zh.stdout
    assert "# 目标：规则 about；ceiling（涨幅：越低越好），置信度 0.9" in zh.stdout
    assert "# 目标：规则 about；floor（默认：越高越好），置信度 0.9" in zh.stdout
    assert 'area = "TODO"  # TODO：该年某个 [[areas]] 条目的 id' in zh.stdout
    assert 'tolerance = "TODO"  # TODO：区间的半宽，单位 %；请说明理由' in zh.stdout
    en = invoke("extract", str(plan), "--year", "2023", "--lang", "en")
    assert tomllib.loads(zh.stdout) == tomllib.loads(en.stdout)  # the same data
    assert "# actual: rule count; a result of 2022 (去年), confidence 0.54" in en.stdout
    assert "# target: rule about; ceiling (涨幅: lower is better), confidence 0.9" in en.stdout


def test_json_gives_every_figure_exactly(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("地区生产总值达到1.23456789012345678901亿元。", encoding="utf-8")
    result = invoke("extract", str(plan), "--year", "2023", "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"value": 1.23456789012345678901,' in result.stdout


def test_csv_has_the_same_fields() -> None:
    rows = list(csv.reader(io.StringIO(extract("--format", "csv").stdout)))
    assert tuple(rows[0]) == DRAFT_FIELDS
    assert len(rows) == len(json.loads(extract("--format", "json").stdout)) + 1


def test_source_names_the_plan_under_the_dataset_s_sources() -> None:
    items = json.loads(extract("--format", "json", "--source", "plan-2023.txt").stdout)
    assert {item["source"] for item in items} == {"plan-2023.txt"}


def test_every_quote_is_in_the_plan_and_every_value_in_its_quote() -> None:
    plan = squeezed(PLAN_PATH.read_text(encoding="utf-8"))
    for item in json.loads(extract("--format", "json").stdout):
        assert squeezed(item["quote"]) in plan, item
        for key in ("value", "value_max"):
            if item[key] is not None:
                assert written_in(_decimal(item[key]), item["unit"], item["quote"]), item


def _decimal(number: float) -> object:
    from decimal import Decimal

    return Decimal(str(number))


# ---------------------------------------------------------------- drafts pass check once filled


def _fill(toml: str) -> tuple[str, str]:
    """The TODOs filled mechanically, as a person would: an area that exists, English names,
    a tolerance; then split into the two files."""
    filled = toml.replace('area = "TODO"', 'area = "all"')
    filled = re.sub(r'name_en = "TODO"', 'name_en = "drafted"', filled)
    filled = re.sub(r'tolerance = "TODO"', "tolerance = 0.5", filled)
    assert "TODO" not in re.sub(r"#.*", "", filled)  # only comments still say TODO
    targets, _, actuals = filled.partition(ACTUALS_MARK)
    return targets, actuals


def test_the_drafts_pass_check_once_the_todos_are_filled(tmp_path: Path) -> None:
    targets, actuals = _fill(extract().stdout)
    (tmp_path / "sources").mkdir()
    shutil.copy(PLAN_PATH, tmp_path / "sources" / PLAN)
    head = (
        '[dataset]\nname = "通州区"\n\n'
        f'[[sources]]\nfile = "{PLAN}"\ntitle = "2023年通州区政府工作报告"\n\n'
        f'[[areas]]\nid = "all"\nyear = 2023\ntitle = "全部"\nsource = "{PLAN}"\n'
        'quote = "地区生产总值增长6%"\n\n'
    )
    (tmp_path / "targets.toml").write_text(head + targets, encoding="utf-8")
    (tmp_path / "actuals.toml").write_text(actuals, encoding="utf-8")
    result = invoke("check", "--data", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "pp_change target '2023-产值占比' has no baseline" in result.output  # a warning


def test_toml_puts_each_target_under_its_section_s_area(tmp_path: Path) -> None:
    """A target that stands in a numbered section is under that section's area, with an
    [[areas]] table titled and quoted as the heading is written; TODO is left only for a
    target under no heading. Pasted with that one filled, the dataset passes check."""
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "研发投入强度达到2.5%。\n\n一、经济发展\n地区生产总值增长6%。\n\n"
        "二、民生保障\n城镇新增就业5万人。\n",
        encoding="utf-8",
    )
    result = invoke("extract", str(plan), "--year", "2023")
    assert result.exit_code == 0, result.output
    parsed = tomllib.loads(result.stdout)
    areas = {t["quote"]: t["area"] for t in parsed["targets"]}
    assert areas == {
        "研发投入强度达到2.5%": "TODO",
        "地区生产总值增长6%": "1",
        "城镇新增就业5万人": "2",
    }
    assert [(a["id"], a["year"], a["title"], a["quote"]) for a in parsed["areas"]] == [
        ("1", 2023, "经济发展", "一、经济发展"),
        ("2", 2023, "民生保障", "二、民生保障"),
    ]
    assert "# drafted by tzgoals extract from a heading; TODO: its English title" in result.stdout
    filled = result.stdout.replace('area = "TODO"', 'area = "1"')
    filled = filled.replace('name_en = "TODO"', 'name_en = "drafted"')
    (tmp_path / "sources").mkdir()
    shutil.copy(plan, tmp_path / "sources" / "plan.txt")
    head = '[dataset]\nname = "示例"\n\n[[sources]]\nfile = "plan.txt"\ntitle = "计划"\n\n'
    (tmp_path / "targets.toml").write_text(head + filled, encoding="utf-8")
    (tmp_path / "actuals.toml").write_text("", encoding="utf-8")
    checked = invoke("check", "--data", str(tmp_path))
    assert checked.exit_code == 0, checked.output


# ---------------------------------------------------------------- --into


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    """A dataset with the plan as its source and one area of 2023, and no targets yet."""
    folder = tmp_path / "fresh"
    (folder / "sources").mkdir(parents=True)
    shutil.copy(PLAN_PATH, folder / "sources" / PLAN)
    (folder / "targets.toml").write_text(
        '[dataset]\nname = "通州区"\n\n'
        f'[[sources]]\nfile = "{PLAN}"\ntitle = "plan"\n\n'
        f'[[areas]]\nid = "economy"\nyear = 2023\ntitle = "经济"\nsource = "{PLAN}"\n'
        'quote = "地区生产总值增长6%"\n\n'
        '[[indicators]]\nid = "gdp-growth"\nname = "地区生产总值增长"\nunit = "%"\n',
        encoding="utf-8",
    )
    (folder / "actuals.toml").write_text("# results\n", encoding="utf-8")
    return folder


def into(folder: Path, *args: str) -> Result:
    return invoke("extract", str(PLAN_PATH), "--year", "2023", "--into", str(folder), *args)


def test_into_appends_the_complete_targets_and_lists_the_rest(fresh: Path) -> None:
    before = (fresh / "targets.toml").read_text(encoding="utf-8")
    result = into(fresh, "--area", "economy")
    assert result.exit_code == 0, result.output
    assert re.search(r"Added to .*: targets \d+, new indicators \d+", result.stdout)
    after = (fresh / "targets.toml").read_text(encoding="utf-8")
    assert after.startswith(before)  # nothing already there is touched
    added = tomllib.loads(after)
    gdp = next(t for t in added["targets"] if t["quote"] == "地区生产总值增长6%")
    assert (gdp["id"], gdp["indicator"], gdp["area"]) == (
        "2023-gdp-growth",
        "gdp-growth",
        "economy",
    )
    assert "TODO" not in after
    # The provenance is a comment above the table, for whoever edits the file; no note a
    # reader sees carries it (this asserted it in `note` before the provenance moved).
    assert "note" not in gdp
    assert (
        "# drafted by tzgoals extract: rule growth, confidence 0.85\n[[targets]]\n"
        'id = "2023-gdp-growth"'
    ) in after
    # Figures of 2022 are not targets: listed for a person, never appended.
    assert "a figure of 2022" in result.stderr
    assert (fresh / "actuals.toml").read_text(encoding="utf-8") == "# results\n"
    assert invoke("check", "--data", str(fresh)).exit_code == 0


def test_into_twice_adds_nothing_twice(fresh: Path) -> None:
    assert into(fresh, "--area", "economy").exit_code == 0
    before = (fresh / "targets.toml").read_bytes()
    again = into(fresh, "--area", "economy")
    assert again.exit_code == 0
    assert "Nothing added" in again.stdout
    assert "the dataset has this target already (2023-gdp-growth)" in again.stderr
    assert (fresh / "targets.toml").read_bytes() == before


def test_into_a_dataset_built_by_hand_adds_only_what_it_lacks(tmp_path: Path) -> None:
    """The shipped dataset names its indicators in English; its quotes say which drafts it
    has. Only the slogan 排头兵 (drafted by rule `rank`, a known miss of precision) is new."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    result = into(data, "--area", "1")
    assert result.exit_code == 0, result.output
    assert "targets 1, new indicators 1." in result.stdout
    added = tomllib.loads((data / "targets.toml").read_text(encoding="utf-8"))["targets"]
    assert (
        len(added) == len(tomllib.loads((DATA / "targets.toml").read_text("utf-8"))["targets"]) + 1
    )
    assert added[-1]["quote"] == "努力争当全市高质量发展排头兵"
    assert (
        "专精特新“小巨人”企业2家: the dataset has this target already (2023-new-little-giant-firms)"
        in result.stderr
    )
    assert "新注册重大项目52个: a result of 2022 the dataset records already" in result.stderr
    assert "check it, then add it" not in result.stderr


def test_into_an_unknown_area_writes_nothing(fresh: Path) -> None:
    before = (fresh / "targets.toml").read_bytes()
    result = into(fresh, "--area", "nowhere")
    assert result.exit_code == 2
    # Once, not once a draft; with the areas there are to choose from.
    assert result.stderr.splitlines() == [
        f"{fresh / 'targets.toml'}: no area 'nowhere' for 2023; its areas for 2023: economy. "
        "Give one of them with --area.",
        f"{fresh / 'targets.toml'}: nothing was written; the file is unchanged",
    ]
    assert (fresh / "targets.toml").read_bytes() == before  # the new indicators too
    zh = into(fresh, "--area", "nowhere", "--lang", "zh")
    assert "2023年没有区域 'nowhere'；该年的区域：economy。请用 --area 指定其中之一。" in zh.stderr


def test_into_a_year_with_no_areas_says_how_to_add_one(fresh: Path, tmp_path: Path) -> None:
    plan = tmp_path / PLAN
    plan.write_text("到2025年,地区生产总值达2000亿元。", encoding="utf-8")
    before = (fresh / "targets.toml").read_bytes()
    result = invoke(
        "extract", str(plan), "--year", "2023", "--into", str(fresh), "--area", "economy"
    )
    assert result.exit_code == 2
    assert result.stderr.count("no areas for 2025: add one as an [[areas]] entry") == 1
    assert (fresh / "targets.toml").read_bytes() == before


def test_into_a_dataset_that_does_not_list_the_plan_writes_nothing(fresh: Path) -> None:
    targets = fresh / "targets.toml"
    targets.write_text(
        targets.read_text(encoding="utf-8")
        .replace(f'file = "{PLAN}"', 'file = "other.txt"')
        .replace(f'source = "{PLAN}"', 'source = "other.txt"'),
        encoding="utf-8",
    )
    before = targets.read_bytes()
    result = into(fresh, "--area", "economy")
    assert result.exit_code == 2
    assert result.stderr.count("is not listed under [[sources]]") == 1  # not once a draft
    assert (
        f"source {PLAN!r} is not listed under [[sources]]: archive the plan first with "
        f"`tzgoals source add {PLAN_PATH} --data {fresh}`, or name a listed source with --source."
    ) in result.stderr
    assert "unknown area" not in result.stderr
    assert targets.read_bytes() == before


def test_into_without_area_refuses_targets_under_no_heading_and_an_area_needs_into(
    fresh: Path,
) -> None:
    """Without --area each target goes under its section's area (issue 25, which replaced
    the refusal "--into needs --area"); the seed article states its main targets under no
    heading that names an area, so the whole is refused, the file unchanged."""
    before = (fresh / "targets.toml").read_bytes()
    result = into(fresh)
    assert result.exit_code == 2
    assert "stand under no heading of the plan that names an area" in result.stderr
    assert "give --area ID" in result.stderr
    assert (fresh / "targets.toml").read_bytes() == before
    zh = into(fresh, "--lang", "zh")  # a problem with a code (TZ520), worded in --lang
    assert zh.exit_code == 2
    assert "项目标不在规划中任何标明领域的标题之下" in zh.stderr
    assert "请用 --area ID 把全部目标放在同一个领域下" in zh.stderr
    assert "没有写入任何内容；文件未被改动" in zh.stderr
    assert "stand under no heading" not in zh.stderr
    assert (fresh / "targets.toml").read_bytes() == before
    result = invoke("extract", str(PLAN_PATH), "--year", "2023", "--area", "economy")
    assert result.exit_code == 2
    assert "--area goes with --into" in result.stderr
    args = ("--area", "economy", "--lang", "zh")
    result = invoke("extract", str(PLAN_PATH), "--year", "2023", *args)
    assert result.exit_code == 2
    assert "--area 须与 --into 同用" in result.stderr


def test_into_never_writes_the_shipped_dataset_by_default(tmp_path: Path) -> None:
    result = invoke("extract", str(PLAN_PATH), "--year", "2023", "--into", str(tmp_path))
    assert result.exit_code == 2


# ---------------------------------------------------------------- bad input


def test_a_missing_plan(tmp_path: Path) -> None:
    result = invoke("extract", str(tmp_path / "none.txt"), "--year", "2023")
    assert result.exit_code == 2
    assert "none.txt: no such file" in result.stderr


def test_a_folder_for_a_plan(tmp_path: Path) -> None:
    result = invoke("extract", str(tmp_path), "--year", "2023")
    assert result.exit_code == 2
    assert "is a folder, not a file" in result.stderr


def test_a_gb18030_plan_gets_the_conversion_command(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_bytes("地区生产总值增长6%。".encode("gb18030"))
    result = invoke("extract", str(plan), "--year", "2023")
    assert result.exit_code == 2
    assert "GBK/GB18030" in result.stderr
    assert "iconv -f gb18030 -t utf-8 plan.txt > fixed.txt" in result.stderr


def test_a_utf16_plan_gets_advice(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_bytes("地区生产总值增长6%。".encode("utf-16"))
    result = invoke("extract", str(plan), "--year", "2023")
    assert result.exit_code == 2
    assert "UTF-16" in result.stderr


@pytest.mark.parametrize("year", ["1899", "2201", "twenty"])
def test_a_year_outside_1900_to_2200(year: str) -> None:
    result = invoke("extract", str(PLAN_PATH), "--year", year)
    assert result.exit_code == 2
    assert "--year" in result.output


def test_a_plan_with_no_target_gives_an_empty_list(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("兔年伊始,万象更新。", encoding="utf-8")
    result = invoke("extract", str(plan), "--year", "2023", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "targets 0, figures of earlier years 0" in result.stderr


@pytest.mark.parametrize("output_format", ["toml", "json", "csv"])
def test_a_plan_with_no_target_ends_its_output_with_a_line_break(
    tmp_path: Path, output_format: str
) -> None:
    """So that the count on stderr starts a line of its own in a terminal."""
    plan = tmp_path / "plan.txt"
    plan.write_text("兔年伊始,万象更新。", encoding="utf-8")
    result = invoke("extract", str(plan), "--year", "2023", "--format", output_format)
    assert result.exit_code == 0
    assert result.stdout.endswith("\n")


# ---------------------------------------------------------------- what no dataset could hold

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HOSTILE = (
    "地区生产总值\x1b[31m增长6%。城镇新增就业\u202e110万人以上。建成\x9b通州大桥。"
    "地区生产总值达到" + "9" * 5000 + "亿元。地区生产总值达到1.23456789012345678901234567890亿元。"
    "固定资产投资增长6%。"
)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    plan = tmp_path / "plan.txt"
    plan.write_text(HOSTILE, encoding="utf-8")
    return plan


@pytest.mark.parametrize("output_format", ["toml", "json", "csv"])
def test_clauses_no_dataset_could_hold_are_passed_over_and_said_escaped(
    hostile: Path, output_format: str
) -> None:
    result = invoke("extract", str(hostile), "--year", "2023", "--format", output_format)
    assert result.exit_code == 0, result.output
    assert not UNSAFE.search(result.stdout.replace("\r\n", "\n"))
    assert "9999999999" not in result.stdout
    assert "固定资产投资增长6%" in result.stdout  # the rest is drafted
    assert not UNSAFE.search(result.stderr)
    assert "Clauses passed over, not drafted: 5" in result.stderr
    assert "  地区生产总值\\x1b[31m增长6%: it holds a control character" in result.stderr
    assert "  城镇新增就业\\u202e110万人以上: it holds a control character" in result.stderr
    assert "建成\\x9b通州大桥" in result.stderr
    assert "达到" + "9" * 72 + "…: a figure beyond what a dataset takes" in result.stderr
    assert "at most 28 significant digits" in result.stderr


def test_clauses_passed_over_are_said_in_chinese(hostile: Path) -> None:
    result = invoke("extract", str(hostile), "--year", "2023", "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert "未起草的分句：5条" in result.stderr
    assert "  地区生产总值\\x1b[31m增长6%：含有数据集不接受的控制字符" in result.stderr
    assert "数字超出数据集可接受的范围（有效数字至多28位" in result.stderr


def test_into_appends_none_of_what_no_dataset_could_hold(fresh: Path, hostile: Path) -> None:
    result = invoke(
        *("extract", str(hostile), "--year", "2023", "--into", str(fresh)),
        *("--area", "economy", "--source", PLAN),
    )
    assert result.exit_code == 0, result.output
    assert "targets 1, new indicators 1." in result.stdout
    added = tomllib.loads((fresh / "targets.toml").read_text(encoding="utf-8"))
    assert [t["quote"] for t in added["targets"]] == ["固定资产投资增长6%"]
    assert "Clauses passed over, not drafted: 5" in result.stderr
    assert not UNSAFE.search(result.stderr)


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--source", "\x1b[31mx", "--source '\\x1b[31mx' holds a control character"),
        ("--source", "plan\u202e.txt", "--source 'plan\\u202e.txt' holds a control character"),
        ("--source", " ", "--source is empty"),
        ("--area", "\x1b[2J", "--area '\\x1b[2J' holds a control character"),
        ("--area", "\x85", "--area '\\x85' holds a control character"),
        ("--area", "", "--area is empty"),
    ],
)
def test_an_option_no_dataset_could_hold_is_refused_up_front(
    fresh: Path, option: str, value: str, said: str
) -> None:
    before = (fresh / "targets.toml").read_bytes()
    options = {"--area": "economy", "--source": PLAN} | {option: value}
    result = into(fresh, *(part for pair in options.items() for part in pair))
    assert result.exit_code == 2
    assert said in result.stderr
    assert "internal error" not in result.stderr
    assert not UNSAFE.search(result.stderr)
    assert (fresh / "targets.toml").read_bytes() == before
    if option == "--source":  # without --into too: csv would carry it raw
        assert invoke("extract", str(PLAN_PATH), "--year", "2023", option, value).exit_code == 2


def test_a_plan_whose_file_name_no_dataset_could_hold_needs_source(tmp_path: Path) -> None:
    plan = tmp_path / "plan\x1b[2J.txt"
    plan.write_text("地区生产总值增长6%。", encoding="utf-8")
    result = invoke("extract", str(plan), "--year", "2023", "--format", "csv")
    assert result.exit_code == 2
    assert "the plan's file name 'plan\\x1b[2J.txt' holds a control character" in result.stderr
    assert "--source" in result.stderr
    named = invoke("extract", str(plan), "--year", "2023", "--source", "plan.txt")
    assert named.exit_code == 0, named.output


def test_a_restated_target_is_drafted_once() -> None:
    plan = DATA.parent / "tests" / "datasets" / "guangdong-2023" / "sources"
    result = invoke("extract", str(plan / "gd-2023-targets.txt"), "--year", "2023")
    assert result.exit_code == 0, result.output
    quotes = [t["quote"] for t in tomllib.loads(result.stdout)["targets"]]
    assert "地区生产总值增长5%以上" in quotes
    assert not [q for q in quotes if q.startswith("提出广东")]
    assert "提出广东2023年地区生产总值预期目标为增长5%以上: it restates" in result.stderr


# ---------------------------------------------------------------- start-up


@pytest.mark.parametrize("output_format", ["toml", "json", "csv"])
def test_extract_reads_no_dataset_and_no_model(output_format: str) -> None:
    """Typer coerces every option through pydantic; our models and loading are not needed."""
    modules = imported_by("extract", str(PLAN_PATH), "--year", "2023", "--format", output_format)
    assert "tzgoals.draft.phrasing" in modules  # the run really drafted
    assert not (OURS_HEAVY | {"tzgoals.draft.suggest", "tzgoals.draft.into"}) & modules
    assert not {m for m in modules if m == "rich" or m.startswith("rich.")}


def test_extract_into_does_load_the_dataset(fresh: Path) -> None:
    modules = imported_by(
        "extract", str(PLAN_PATH), "--year", "2023", "--into", str(fresh), "--area", "economy"
    )
    assert {"tzgoals.models", "tzgoals.files.append"} <= modules


def test_extract_says_what_it_did_in_chinese_too(fresh: Path) -> None:
    drafted = extract("--lang", "zh")
    assert re.fullmatch(
        rf"从 {PLAN} 起草了\d+项目标和\d+个往年数字；请逐一对照引文核对。\n", drafted.stderr
    )
    added = into(fresh, "--area", "economy", "--lang", "zh")
    assert added.exit_code == 0, added.output
    assert re.fullmatch(r"已向 .*targets\.toml 添加\d+项目标和\d+个新指标。\n", added.stdout)
    assert "  新注册重大项目52个：2022年的数字：核对后用 `tzgoals record` 添加" in added.stderr
    assert "a figure of" not in added.stderr
    again = into(fresh, "--area", "economy", "--lang", "zh")
    assert "  地区生产总值增长6%：数据集已有该目标（2023-gdp-growth）" in again.stderr


def test_into_a_misspelt_area_is_answered_with_the_closest_one(fresh: Path) -> None:
    result = into(fresh, "--area", "econmy")
    assert result.exit_code == 2
    assert "its areas for 2023: economy. Give one of them with --area. Did you mean 'economy'?" in (
        result.stderr
    )
    assert "是否指“economy”？" in into(fresh, "--area", "econmy", "--lang", "zh").stderr
