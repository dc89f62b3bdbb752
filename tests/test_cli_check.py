"""`tzgoals check` through Typer's CliRunner: every problem at once as FILE:LINE, exit codes."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app

from .conftest import DATA
from .files.conftest import VALID

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
BASELINE_WARNING = (
    "warning: pp_change target '2023-leading-industries-output-share' has no baseline: "
    "no actual for indicator 'leading-industries-output-share' in 2022"
)


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def copy_data(folder: Path) -> Path:
    """The shipped dataset, its archived texts included."""
    shutil.copytree(DATA, folder)
    return folder


def edit(path: Path, old: str, new: str) -> str:
    """Replace the first `old` by `new` and return the new text (for working out lines)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, line: str, after: str | None = None) -> int:
    """The 1-based number of the first line equal to `line`, after the line `after` if given."""
    lines = text.split("\n")
    start = lines.index(after) + 1 if after is not None else 0
    return lines.index(line, start) + 1


def header_before(text: str, line: int) -> int:
    """The line of the last table header at or before `line`."""
    lines = text.split("\n")
    return max(n for n in range(1, line + 1) if lines[n - 1].startswith("["))


# ---------------------------------------------------------------- the shipped data


def test_shipped_data_passes_with_its_one_baseline_warning() -> None:
    result = invoke("check", "--data", str(DATA))
    targets = DATA / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    header = line_of(text, 'id = "2023-leading-industries-output-share"') - 1
    assert text.split("\n")[header - 1] == "[[targets]]"
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{targets}:{header}: {BASELINE_WARNING}")
    assert "0 errors, 1 warning" in result.stderr
    in_chinese = invoke("check", "--data", str(DATA), "--lang", "zh").stderr
    assert in_chinese == (
        f"{targets} 和 {DATA / 'actuals.toml'} 中有0个错误、1个警告；存档原文中找到90条引文\n"
    )


def test_shipped_data_as_json() -> None:
    result = invoke("check", "--data", str(DATA), "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert list(document) == ["dataset", "problems"]
    assert document["dataset"] == {
        "targets": str(DATA / "targets.toml"),
        "actuals": str(DATA / "actuals.toml"),
        "found_by": "option",
    }
    (problem,) = document["problems"]
    assert set(problem) == {
        "file",
        "line",
        "column",
        "code",
        "name",
        "params",
        "message",
        "severity",
    }
    assert (problem["code"], problem["name"]) == ("TZ318", "no-baseline")
    assert problem["file"] == str(DATA / "targets.toml")
    assert problem["severity"] == "warning"
    assert isinstance(problem["line"], int) and problem["line"] > 1
    assert problem["message"].startswith(BASELINE_WARNING.removeprefix("warning: "))


def test_a_clean_dataset_says_no_problems_and_how_many_quotes_stand(tmp_path: Path) -> None:
    folder = shutil.copytree(VALID, tmp_path / "data")
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == (
        f"no problems in {folder / 'targets.toml'} and {folder / 'actuals.toml'}; "
        "10 quotes found in the archived texts\n"
    )


# ---------------------------------------------------------------- errors in both files


def test_schema_errors_in_both_files_are_all_listed_at_their_lines(tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "data")
    targets, actuals = folder / "targets.toml", folder / "actuals.toml"
    # targets: a figure written as text (the 2023 GDP growth target).
    t_text = edit(targets, 'value = 6\nunit = "%"', 'value = "6%"\nunit = "%"')
    # actuals: a year in quotes, and a misspelt key, in two different entries.
    a_text = edit(actuals, 'indicator = "gdp"\nyear = 2023', 'indicator = "gdp"\nyear = "2023"')
    a_text = edit(actuals, 'quote = "新增鲁班奖两项"', 'qoute = "新增鲁班奖两项"')
    value_line = line_of(t_text, 'value = "6%"')
    year_line = line_of(a_text, 'year = "2023"')
    qoute_line = line_of(a_text, 'qoute = "新增鲁班奖两项"')
    luban = header_before(a_text, qoute_line)

    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 1
    *lines, unknown = result.stdout.splitlines()
    assert lines == [
        f"{targets}:{value_line}: value: expected a number, found the text '6%': "
        "write the bare number, without quotes, and the unit in `unit` [TZ223]",
        f"{actuals}:{year_line}: year: expected a whole number such as 2023, found '2023' [TZ208]",
        f"{actuals}:{luban}: missing key 'quote': "
        "copy the passage verbatim from the source document [TZ204]",
    ]
    assert unknown.startswith(f"{actuals}:{qoute_line}: unknown key 'qoute' in [[actuals]];")
    assert unknown.endswith("(did you mean 'quote'?) [TZ202]")
    assert "4 errors, 0 warnings" in result.stderr


def test_rule_errors_in_both_files_are_all_listed_at_their_lines(tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "data")
    targets, actuals = folder / "targets.toml", folder / "actuals.toml"
    # targets: the GDP growth target in 家, and a second target reusing the first one's id.
    t_text = edit(targets, 'value = 6\nunit = "%"', 'value = 6\nunit = "家"')
    t_text = edit(
        targets, 'id = "2023-budget-revenue-growth"', 'id = "2023-gdp-growth"'
    )  # the second [[targets]] table of the file
    # actuals: an indicator id with a typo.
    a_text = edit(
        actuals,
        'indicator = "major-projects-started"\nyear = 2023',
        'indicator = "major-project-started"\nyear = 2023',
    )
    first = line_of(t_text, 'id = "2023-gdp-growth"') - 1
    second = line_of(t_text, 'id = "2023-gdp-growth"', after='id = "2023-gdp-growth"') - 1
    unit = line_of(t_text, 'unit = "家"', after='id = "2023-gdp-growth"')
    indicator = line_of(a_text, 'indicator = "major-project-started"')
    assert first < unit < second

    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{targets}:{unit}: unit '家' does not fit indicator 'gdp-growth', measured in '%' [TZ306]"
    )
    assert lines[1].startswith(f"{targets}:{second}: ")
    assert "'2023-gdp-growth'" in lines[1] and f"(first at line {first})" in lines[1]
    # The warning about the pp_change target without a baseline is still there, further down.
    assert BASELINE_WARNING in lines[2] and lines[2].startswith(f"{targets}:")
    assert lines[3] == (
        f"{actuals}:{indicator}: unknown indicator 'major-project-started': "
        "no [[indicators]] entry in the targets file has this id "
        "(did you mean 'major-projects-started'?) [TZ309]"
    )
    assert len(lines) == 4
    assert "3 errors, 1 warning" in result.stderr


def test_rule_errors_in_both_files_as_json(tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "data")
    targets, actuals = folder / "targets.toml", folder / "actuals.toml"
    t_text = edit(targets, 'value = 6\nunit = "%"', 'value = 6\nunit = "家"')
    a_text = edit(actuals, 'indicator = "gdp-growth"', 'indicator = "gdp-grwth"')
    unit = line_of(t_text, 'unit = "家"', after='id = "2023-gdp-growth"')
    indicator = line_of(a_text, 'indicator = "gdp-grwth"')

    result = invoke("check", "--data", str(folder), "--format", "json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["problems"]
    assert [p for p in problems if p["severity"] == "error"] == [
        {
            "file": str(targets),
            "line": unit,
            "column": None,
            "code": "TZ306",
            "name": "unit-does-not-fit",
            "params": {"unit": "家", "indicator": "gdp-growth", "indicator_unit": "%"},
            "message": "unit '家' does not fit indicator 'gdp-growth', measured in '%'",
            "severity": "error",
        },
        {
            "file": str(actuals),
            "line": indicator,
            "column": None,
            "code": "TZ309",
            "name": "unknown-indicator-of-result",
            "params": {"indicator": "gdp-grwth", "suggestion": "gdp-growth"},
            "message": "unknown indicator 'gdp-grwth': "
            "no [[indicators]] entry in the targets file has this id "
            "(did you mean 'gdp-growth'?)",
            "severity": "error",
        },
    ]
    assert [p["severity"] for p in problems] == ["error", "warning", "error"]  # file, line order


def test_rules_linking_the_files_wait_until_both_files_are_valid(tmp_path: Path) -> None:
    """As documented in load.py: the unknown indicator shows once targets.toml is fixed."""
    folder = copy_data(tmp_path / "data")
    targets, actuals = folder / "targets.toml", folder / "actuals.toml"
    edit(targets, 'value = 6\nunit = "%"', 'value = "6%"\nunit = "%"')
    a_text = edit(actuals, 'indicator = "gdp-growth"', 'indicator = "gdp-grwth"')
    indicator = line_of(a_text, 'indicator = "gdp-grwth"')

    before = invoke("check", "--data", str(folder))
    assert before.exit_code == 1
    assert "value: expected a number" in before.stdout
    assert "gdp-grwth" not in before.stdout

    edit(targets, 'value = "6%"', "value = 6")
    after = invoke("check", "--data", str(folder))
    assert after.exit_code == 1
    assert f"{actuals}:{indicator}: unknown indicator 'gdp-grwth'" in after.stdout


def test_targets_and_actuals_options_name_the_files_as_given(tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "elsewhere")
    a_text = edit(folder / "actuals.toml", "year = 2022\nvalue = 55", "year = 2022\nvalue = -55")
    line = line_of(a_text, "value = -55")
    result = invoke(
        "check",
        "--targets",
        str(folder / "targets.toml"),
        "--actuals",
        str(folder / "actuals.toml"),
    )
    assert result.exit_code == 1
    # The figure as the message gives it: the path itself may hold "-55" (pytest-555).
    (negative,) = [p for p in result.stdout.splitlines() if ": value -55 " in p]
    assert negative.startswith(f"{folder / 'actuals.toml'}:{line}: value -55 家 is negative")
    assert result.stdout.splitlines()[0].startswith(f"{folder / 'targets.toml'}:")


# ---------------------------------------------------------------- files that cannot be read


def test_toml_syntax_error_is_exit_2_with_its_line(tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "data")
    actuals = folder / "actuals.toml"
    text = edit(actuals, "value = 27\n", "value = 27个\n")
    line = line_of(text, "value = 27个")
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 2
    assert f"{actuals}:{line}: TOML syntax error, column " in result.stdout
    assert "is a value such as 6% missing its quotes?" in result.stdout


def test_toml_syntax_error_in_json_is_exit_2_too(tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "data")
    targets = folder / "targets.toml"
    text = edit(targets, 'name = "南通市通州区"', 'name = "南通市通州区')
    line = line_of(text, 'name = "南通市通州区')
    result = invoke("check", "--data", str(folder), "--format", "json")
    assert result.exit_code == 2
    (problem,) = json.loads(result.stdout)["problems"]
    assert (problem["file"], problem["line"], problem["severity"]) == (str(targets), line, "error")
    assert problem["message"].startswith("TOML syntax error")


@pytest.mark.parametrize("missing", ["targets.toml", "actuals.toml"])
def test_a_missing_file_is_exit_2(tmp_path: Path, missing: str) -> None:
    folder = copy_data(tmp_path / "data")
    (folder / missing).unlink()
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 2
    assert f"{folder / missing}: no such file" in result.stdout


def test_an_empty_folder_is_exit_2_naming_both_files(tmp_path: Path) -> None:
    result = invoke("check", "--data", str(tmp_path), "--format", "json")
    assert result.exit_code == 2
    problems = json.loads(result.stdout)["problems"]
    assert [(p["file"], p["line"], p["message"]) for p in problems] == [
        (str(tmp_path / "targets.toml"), None, "no such file"),
        (str(tmp_path / "actuals.toml"), None, "no such file"),
    ]


def test_a_gbk_encoded_file_is_exit_2_with_advice(tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "data")
    actuals = folder / "actuals.toml"
    # Chinese corner brackets for the curly quotes: text a GBK editor could have saved.
    text = actuals.read_text(encoding="utf-8").translate(str.maketrans("“”‘’", "「」『』"))
    actuals.write_bytes(text.encode("gb18030"))
    # The first byte that is not UTF-8 is the first Chinese character.
    first_bad = next(n for n, line in enumerate(text.split("\n"), 1) if not line.isascii())
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 2
    assert f"{actuals}:{first_bad}: the file is not UTF-8 text" in result.stdout
    assert "GBK/GB18030" in result.stdout
    assert "iconv -f gb18030 -t utf-8 actuals.toml" in result.stdout


def gbk_copy_of_the_shipped_targets(folder: Path) -> Path:
    targets = copy_data(folder) / "targets.toml"
    targets.write_bytes(targets.read_text(encoding="utf-8").encode("gb18030"))
    return targets


def test_the_shipped_targets_saved_as_gbk_are_exit_2_at_the_first_chinese_line(
    tmp_path: Path,
) -> None:
    targets = gbk_copy_of_the_shipped_targets(tmp_path / "data")
    first_bad = line_of(targets.read_text(encoding="gb18030"), 'name = "南通市通州区"')
    result = invoke("check", "--data", str(tmp_path / "data"))
    assert result.exit_code == 2
    assert f"{targets}:{first_bad}: the file is not UTF-8 text" in result.stdout


def test_real_chinese_text_saved_as_gbk_gets_the_gbk_advice(tmp_path: Path) -> None:
    gbk_copy_of_the_shipped_targets(tmp_path / "data")
    result = invoke("check", "--data", str(tmp_path / "data"))
    assert result.exit_code == 2
    assert "GBK/GB18030" in result.stdout
    assert "iconv -f gb18030 -t utf-8 targets.toml" in result.stdout


def test_a_folder_where_a_file_should_be_is_exit_2(tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "data")
    (folder / "actuals.toml").unlink()
    (folder / "actuals.toml").mkdir()
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 2
    assert f"{folder / 'actuals.toml'}: is a folder, not a file" in result.stdout


def test_targets_without_actuals_is_refused() -> None:
    result = invoke("check", "--targets", str(DATA / "targets.toml"))
    assert result.exit_code == 2
    assert "--targets and --actuals together" in result.stderr


def test_a_number_with_a_huge_exponent_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "data")
    text = edit(folder / "actuals.toml", "value = 1730\n", "value = 1e999999999\n")
    line = line_of(text, "value = 1e999999999")
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 1
    assert f"{folder / 'actuals.toml'}:{line}: value: " in result.stdout


# ---------------------------------------------------------------- the evidence


def valid_copy(tmp_path: Path) -> Path:
    """The small valid dataset, its two archived texts included."""
    return shutil.copytree(VALID, tmp_path / "data")


def check_lines(folder: Path, *args: str) -> tuple[int, list[str], str]:
    result = invoke("check", "--data", str(folder), *args)
    return result.exit_code, result.stdout.splitlines(), result.stderr


def test_a_quote_not_in_its_text_is_an_error_at_its_line_with_the_closest_passage(
    tmp_path: Path,
) -> None:
    folder = valid_copy(tmp_path)
    targets = folder / "targets.toml"
    text = edit(targets, 'quote = "新增规上工业企业超100家"', 'quote = "新增规上工业企业超1000家"')
    line = line_of(text, 'quote = "新增规上工业企业超1000家"')
    code, lines, stderr = check_lines(folder)
    assert code == 1
    assert lines == [
        f"{targets}:{line - 4}: value 100 家 does not appear in the quote "
        "“新增规上工业企业超1000家” (1.38万 for 13800, or 两 for 2, would count): check the "
        "figure against the source; a figure worked out from others needs a `derivation` "
        "saying how [TZ402]",
        f"{targets}:{line}: the quote is not in sources/plan.txt (only whitespace may differ "
        "from the text); the closest passage there: “新增规上工业企业超100家” [TZ401]",
    ]
    assert stderr.endswith(
        "2 errors, 0 warnings in " + f"{targets} and {folder / 'actuals.toml'}"
        "; 9 of 10 quotes found in the archived texts\n"
    )


def test_a_made_up_quote_in_the_shipped_dataset_is_caught(tmp_path: Path) -> None:
    """The issue's own example: a sentence in no document."""
    folder = copy_data(tmp_path / "data")
    actuals = folder / "actuals.toml"
    quote = "通州预计实现地区生产总值1730亿元,同比增长6.5%以上"
    text = edit(actuals, f'quote = "{quote}"', 'quote = "国内生产总值增长5.3%,创历史新高"')
    line = line_of(text, 'quote = "国内生产总值增长5.3%,创历史新高"')
    code, lines, _ = check_lines(folder)
    assert code == 1
    (made_up,) = [entry for entry in lines if entry.startswith(f"{actuals}:{line}: ")]
    assert "the quote is not in sources/002_c9cf574e7d5a74e2.txt" in made_up


def test_a_missing_archived_text_is_an_error_at_its_source_unless_allowed(tmp_path: Path) -> None:
    folder = valid_copy(tmp_path)
    (folder / "sources" / "review.txt").unlink()
    targets = folder / "targets.toml"
    line = line_of(targets.read_text(encoding="utf-8"), 'file = "review.txt"')
    code, lines, stderr = check_lines(folder)
    assert code == 1
    (problem,) = lines
    assert problem.startswith(
        f"{targets}:{line}: no archived text for source 'review.txt': sources/review.txt is missing"
    )
    assert "--allow-unarchived" in problem
    assert stderr.endswith("; 6 quotes found in the archived texts\n")  # the plan's six

    code, lines, stderr = check_lines(folder, "--allow-unarchived")
    assert (code, lines) == (0, [])
    assert stderr.endswith(
        "no problems in " + f"{targets} and {folder / 'actuals.toml'}"
        "; 6 quotes found in the archived texts\n"
    )


def test_a_changed_text_is_an_error_at_its_hash(tmp_path: Path) -> None:
    folder = valid_copy(tmp_path)
    review = folder / "sources" / "review.txt"
    digest = hashlib.sha256(review.read_bytes()).hexdigest()
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    assert f'sha256 = "{digest}"' in text and check_lines(folder)[0] == 0  # the hash is right
    review.write_bytes(review.read_bytes().replace("120家".encode(), "121家".encode()))
    code, lines, _ = check_lines(folder)
    assert code == 1
    changed = hashlib.sha256(review.read_bytes()).hexdigest()
    line = line_of(text, f'sha256 = "{digest}"')
    assert lines[0] == (
        f"{targets}:{line}: sources/review.txt has changed since it was archived: its SHA-256 "
        f"is {changed}, not the {digest} recorded here; restore the archived text, or, if the "
        "new text is the document's, record its hash and check every quote again [TZ405]"
    )
    assert "the quote is not in sources/review.txt" in lines[1]  # 120家 is gone


def test_a_source_with_no_hash_is_a_warning_giving_the_hash_to_record(tmp_path: Path) -> None:
    folder = valid_copy(tmp_path)
    review = folder / "sources" / "review.txt"
    digest = hashlib.sha256(review.read_bytes()).hexdigest()
    targets = folder / "targets.toml"
    text = edit(targets, f'sha256 = "{digest}"\n', "")
    line = line_of(text, 'file = "review.txt"')
    code, lines, _ = check_lines(folder)
    assert code == 0
    assert lines == [
        f"{targets}:{line}: warning: source 'review.txt' records no sha256, so a later change "
        f'to sources/review.txt would go unnoticed; add sha256 = "{digest}" (the hash of the '
        "text there now) [TZ406]"
    ]


def test_a_listed_source_nobody_quotes_is_a_warning(tmp_path: Path) -> None:
    folder = valid_copy(tmp_path)
    (folder / "sources" / "spare.txt").write_text("spare\n", encoding="utf-8")
    targets = folder / "targets.toml"
    with targets.open("a", encoding="utf-8") as stream:
        digest = hashlib.sha256(b"spare\n").hexdigest()
        stream.write(f'\n[[sources]]\nfile = "spare.txt"\ntitle = "Spare"\nsha256 = "{digest}"\n')
    line = line_of(targets.read_text(encoding="utf-8"), 'file = "spare.txt"')
    code, lines, _ = check_lines(folder)
    assert code == 0
    assert lines == [
        f"{targets}:{line}: warning: source 'spare.txt' is listed, but no entry quotes it [TZ407]"
    ]


def test_a_dataset_listing_no_sources_cannot_have_its_quotes_checked(tmp_path: Path) -> None:
    folder = valid_copy(tmp_path)
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    start, end = text.index("[[sources]]"), text.index("[[areas]]")
    targets.write_text(text[:start] + text[end:], encoding="utf-8")
    code, lines, _ = check_lines(folder, "--format", "json")
    every = json.loads("\n".join(lines))["problems"]
    problems = [p for p in every if p["severity"] == "error"]
    assert code == 1
    assert len(problems) == 10  # every quoted entry, in both files
    unlisted = [p["file"] for p in every if p["severity"] == "warning"]
    assert unlisted == [str(folder / "sources" / n) for n in ("plan.txt", "review.txt")]
    assert {p["message"] for p in problems} == {
        "source 'plan.txt' is not listed under [[sources]], so its quotes cannot be checked; "
        "add the document with `tzgoals source add FILE`",
        "source 'review.txt' is not listed under [[sources]], so its quotes cannot be checked; "
        "add the document with `tzgoals source add FILE`",
    }
    assert all(p["line"] for p in problems)


def test_an_archived_text_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    folder = valid_copy(tmp_path)
    plan = folder / "sources" / "plan.txt"
    plan.write_bytes(plan.read_text(encoding="utf-8").encode("gb18030"))
    code, lines, _ = check_lines(folder, "--allow-unarchived")
    assert code == 1
    assert lines[0].startswith(
        f"{folder / 'targets.toml'}:6: the archived text sources/plan.txt cannot be read: "
        "the file is not UTF-8 text: it looks like GBK/GB18030"
    )
