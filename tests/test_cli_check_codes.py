"""`check` with codes: `--select` and `--ignore`, the JSON every problem gets, and `--lang zh`
over the whole corpus of bad datasets, which must print no English sentence of ours; the
writers' refusals in Chinese too."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.files.load import check_dataset
from tzgoals.problem_codes import ProblemCode, codes_chosen, codes_named
from tzgoals.render.catalogue.en import WORDS as EN_WORDS
from tzgoals.render.catalogue.problems_en import PARTS as EN_PARTS
from tzgoals.render.catalogue.problems_en import PROBLEMS as EN_PROBLEMS
from tzgoals.render.catalogue.problems_zh import PARTS as ZH_PARTS
from tzgoals.render.catalogue.problems_zh import PROBLEMS as ZH_PROBLEMS
from tzgoals.render.catalogue.zh import WORDS as ZH_WORDS

from .files.test_load import BAD, CASES, case_paths

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
VALID = BAD / "_valid"
PLACE = re.compile(r"\{[^{}]*\}")


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def broken(tmp_path: Path) -> Path:
    """The valid dataset with an error (a quote not in its text), a warning (a source with no
    hash) and another error (an unknown area)."""
    folder = shutil.copytree(VALID, tmp_path / "data")
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    text = text.replace('quote = "地区生产总值增长5%"', 'quote = "全区生产总值增长5%"', 1)
    text = text.replace(
        'sha256 = "00e987bf959421e9610c73487768097861b6724813dbb8de515714abb4b5a375"\n', ""
    )
    text = text.replace(
        'area = "headline"\ncomparator = "more_than"', 'area = "top"\ncomparator = "more_than"'
    )
    targets.write_text(text, encoding="utf-8")
    return folder


def codes_in(output: str) -> list[str]:
    return re.findall(r"\[(TZ\d+)\]$", output, re.MULTILINE)


def test_each_line_ends_with_its_code(tmp_path: Path) -> None:
    result = invoke("check", "--data", str(broken(tmp_path)))
    assert result.exit_code == 1
    assert sorted(codes_in(result.stdout)) == ["TZ307", "TZ401", "TZ406"]
    assert "2 errors, 1 warning" in result.stderr


def test_ignored_problems_are_neither_shown_nor_counted(tmp_path: Path) -> None:
    folder = str(broken(tmp_path))
    result = invoke("check", "--data", folder, "--ignore", "TZ401", "--ignore", "unknown-area")
    assert result.exit_code == 0  # the one left is a warning
    assert codes_in(result.stdout) == ["TZ406"]
    assert "0 errors, 1 warning" in result.stderr


def test_select_takes_a_family_and_ignore_takes_from_it(tmp_path: Path) -> None:
    folder = str(broken(tmp_path))
    only_evidence = invoke("check", "--data", folder, "--select", "tz4")
    assert sorted(codes_in(only_evidence.stdout)) == ["TZ401", "TZ406"]
    assert only_evidence.exit_code == 1
    no_errors = invoke("check", "--data", folder, "--select", "TZ4", "--ignore", "TZ401")
    assert codes_in(no_errors.stdout) == ["TZ406"]
    assert no_errors.exit_code == 0


def test_select_and_ignore_apply_to_json_too(tmp_path: Path) -> None:
    result = invoke(
        "check", "--data", str(broken(tmp_path)), "--format", "json", "--select", "no-sha256"
    )
    assert [p["code"] for p in json.loads(result.stdout)["problems"]] == ["TZ406"]
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("typed", "suggested"), [("TZ4099", "TZ409"), ("quote-not-in-sorce", "quote-not-in-source")]
)
def test_a_code_that_names_no_problem_is_a_usage_error_with_the_closest(
    typed: str, suggested: str
) -> None:
    result = invoke("check", "--data", str(VALID), "--ignore", typed)
    assert result.exit_code == 2
    assert f"(did you mean {suggested!r}?)" in result.stderr


def test_json_gives_every_problem_its_code_name_params_and_english_message(tmp_path: Path) -> None:
    result = invoke("check", "--data", str(broken(tmp_path)), "--format", "json", "--lang", "zh")
    problems = json.loads(result.stdout)["problems"]
    assert len(problems) == 3
    for problem in problems:
        code = ProblemCode(problem["code"])
        assert problem["name"] == code.slug
        assert problem["severity"] == code.severity
        assert isinstance(problem["params"], dict)
        assert re.search(r"[a-z]", problem["message"])  # English, whatever --lang says
    quote = next(p for p in problems if p["code"] == "TZ401")
    assert quote["params"]["source"] == "plan.txt"
    assert quote["params"]["passage"] == "地区生产总值增长5%"


@settings(max_examples=60, deadline=None)
@given(
    select=st.lists(st.sampled_from(["TZ", "TZ1", "TZ4", "TZ401", "no-sha256", "duplicate"])),
    ignore=st.lists(st.sampled_from(["TZ2", "TZ40", "tz406", "unknown-area", "TZ5"])),
)
def test_what_is_chosen_is_what_select_names_less_what_ignore_names(
    select: list[str], ignore: list[str]
) -> None:
    chosen = codes_chosen(select, ignore)
    named = set().union(*(codes_named(p) for p in select)) or set(ProblemCode)
    left_out = set().union(*(codes_named(p) for p in ignore))
    assert chosen == named - left_out
    assert not chosen & left_out


# ---------------------------------------------------------------- no English with --lang zh


def english_words() -> set[str]:
    """The words of the English catalogues, less those the Chinese ones keep as they are
    (keys, commands, file names: `sha256`, `iconv`, `--allow-unarchived`)."""

    def found(texts: list[str]) -> set[str]:
        return {w.lower() for t in texts for w in re.findall(r"[A-Za-z]{2,}", PLACE.sub(" ", t))}

    english = found([*EN_PROBLEMS.values(), *EN_PARTS.values(), *EN_WORDS.values()])
    kept = found([*ZH_PROBLEMS.values(), *ZH_PARTS.values(), *ZH_WORDS.values()])
    return english - kept


def test_the_english_words_searched_for_reach_the_problems() -> None:
    words = english_words()
    assert {"closest", "passage", "duplicate", "expected", "unknown", "missing"} <= words


def _data(problem_text: str, values: list[str]) -> str:
    """The text less what stands in it as the data gave it (ids, keys, the parser's or the
    system's own message), longest first."""
    for value in sorted(values, key=len, reverse=True):
        problem_text = problem_text.replace(value, " ")
    return problem_text


@pytest.mark.parametrize("name", CASES)
def test_check_in_chinese_prints_no_english_word_of_ours(name: str) -> None:
    """Every bad dataset, checked with --lang zh: what is left once the data is taken out
    holds no word of the English catalogues."""
    paths = case_paths(BAD / name)
    result = invoke(
        "check", "--targets", str(paths.targets), "--actuals", str(paths.actuals), "--lang", "zh"
    )
    values = [str(paths.targets), str(paths.actuals), str(paths.sources)]
    for problem in check_dataset(paths, evidence=True):
        values += [str(v) for k, v in problem.params if v is not None and not k.endswith("_kind")]
    text = _data(result.stdout + result.stderr, values)
    leaks = {w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() in english_words()}
    assert leaks == set(), text


def test_the_same_search_finds_english_in_the_english_check(tmp_path: Path) -> None:
    result = invoke("check", "--data", str(broken(tmp_path)), "--lang", "en")
    words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", result.stdout)}
    assert {"closest", "passage", "unknown", "whitespace"} <= words & english_words()


def test_chinese_check_of_many_kinds_of_problem(tmp_path: Path) -> None:
    result = invoke("check", "--data", str(broken(tmp_path)), "--lang", "zh")
    assert "引文不在 sources/plan.txt 中" in result.stdout
    assert "原文中最接近的段落：“地区生产总值增长5%”" in result.stdout
    assert "警告：来源 'plan.txt' 没有记录 sha256" in result.stdout
    assert "2024 年没有领域 'top'" in result.stdout


def test_a_refused_record_speaks_the_language_asked_for(tmp_path: Path) -> None:
    folder = shutil.copytree(VALID, tmp_path / "data")
    before = (folder / "actuals.toml").read_bytes()
    args = ["record", "new-firms", "130", "--year", "2025", "--unit", "座", "--source"]
    args += ["review.txt", "--quote", "新增规上工业企业120家", "--data", str(folder)]
    chinese = invoke(*args, "--lang", "zh")
    assert chinese.exit_code == 2
    assert "单位 '座' 与指标 'new-firms' 不符" in chinese.stderr
    assert "没有写入任何内容；文件未被改动" in chinese.stderr
    english = invoke(*args, "--lang", "en")
    assert "unit '座' does not fit indicator 'new-firms'" in english.stderr
    assert "nothing was written; the file is unchanged" in english.stderr
    assert (folder / "actuals.toml").read_bytes() == before


@pytest.mark.parametrize("name", ["unknown_polarity", "unknown_table_in_actuals"])
def test_a_suggestion_with_nothing_close_leaves_nothing_behind(name: str) -> None:
    """No "(did you mean …?)" when nothing is close, and no "None" in its place."""
    (problem,) = check_dataset(case_paths(BAD / name))
    assert problem.message.endswith(("[[actuals]]", "higher, lower"))
    assert "None" not in problem.message


def test_a_report_refusing_bad_data_speaks_the_language_asked_for(tmp_path: Path) -> None:
    folder = str(broken(tmp_path))
    chinese = invoke("status", "--data", folder, "--lang", "zh")
    assert chinese.exit_code == 2
    assert "2024 年没有领域 'top'" in chinese.stderr
    assert "数据无法使用；请改正以上问题" in chinese.stderr
    english = invoke("status", "--data", folder, "--lang", "en")
    assert "unknown area 'top' for 2024" in english.stderr
    assert "the data cannot be used; fix the problems above" in english.stderr
