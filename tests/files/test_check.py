"""`check_dataset`: every problem at once, in both files, each at its line; warnings apart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tzgoals.files.load import check_dataset
from tzgoals.files.load import load_dataset as load
from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME, DataPaths
from tzgoals.files.problems import DataError
from tzgoals.models import may_be_negative

VALID = Path(__file__).resolve().parents[1] / "bad" / "_valid"


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    shutil.copytree(VALID, tmp_path / "data")
    return DataPaths(tmp_path / "data" / TARGETS_NAME, tmp_path / "data" / ACTUALS_NAME)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def located(paths: DataPaths) -> list[tuple[str, int | None, str]]:
    return [(Path(p.file).name, p.line, p.severity) for p in check_dataset(paths)]


def test_a_valid_dataset_has_no_problems(paths: DataPaths) -> None:
    assert check_dataset(paths) == []


def test_every_problem_in_both_files_at_once(paths: DataPaths) -> None:
    edit(paths.targets, 'comparator = "at_least"', 'comparator = "atleast"')
    edit(paths.targets, 'id = "2024-new-firms"', 'id = "2024-gdp-growth"')
    edit(paths.actuals, "value = 5.2", "value = nan")
    edit(paths.actuals, "year = 2023", "year = 1850")
    assert located(paths) == [
        (TARGETS_NAME, 46, "error"),
        (ACTUALS_NAME, 6, "error"),
        (ACTUALS_NAME, 24, "error"),
    ]
    with pytest.raises(DataError) as raised:
        load(paths)
    assert len(raised.value.problems) == 3


def test_rules_within_a_file_run_even_when_the_other_file_is_broken(paths: DataPaths) -> None:
    edit(paths.targets, 'id = "2024-new-firms"', 'id = "2024-gdp-growth"')
    edit(paths.targets, 'indicator = "bridge"', 'indicator = "bridges"')
    edit(paths.actuals, "value = 5.2", "value = 5.2.1")
    problems = check_dataset(paths)
    assert [(Path(p.file).name, p.line) for p in problems] == [
        (TARGETS_NAME, 53),
        (TARGETS_NAME, 79),
        (ACTUALS_NAME, 6),
    ]
    assert "duplicate target id '2024-gdp-growth' (first at line 41)" in problems[0].message
    assert "unknown indicator 'bridges'" in problems[1].message
    assert "TOML syntax error" in problems[2].message


def test_rules_linking_the_files_wait_until_both_are_valid(paths: DataPaths) -> None:
    edit(paths.targets, 'name = "示例县"', "name = 5")
    edit(paths.actuals, 'indicator = "bridge"', 'indicator = "bridges"')
    edit(paths.actuals, "value = 120", "value = -3")
    problems = check_dataset(paths)
    text = "\n".join(map(str, problems))
    assert "name: expected text in double quotes, found 5" in text
    assert "value -3 家 is negative" in text  # actuals.toml's own rule still runs
    assert "bridges" not in text  # needs the indicators of targets.toml


def test_a_missing_file_does_not_hide_the_other_ones_problems(
    paths: DataPaths, tmp_path: Path
) -> None:
    edit(paths.targets, 'comparator = "milestone"', 'comparator = "done"')
    problems = check_dataset(DataPaths(paths.targets, tmp_path / "nope.toml"))
    assert [(Path(p.file).name, p.line) for p in problems] == [
        (TARGETS_NAME, 82),
        ("nope.toml", None),
    ]


def test_a_warning_is_reported_but_does_not_stop_loading(paths: DataPaths) -> None:
    edit(paths.actuals, "year = 2023", "year = 2022")
    (warning,) = check_dataset(paths)
    assert warning.severity == "warning"
    assert (Path(warning.file).name, warning.line) == (TARGETS_NAME, 65)
    assert str(warning).startswith(f"{paths.targets}:65: warning: pp_change target")
    assert "add the 2023 result" in warning.message
    assert len(load(paths).targets) == 4


def test_a_target_already_in_error_gets_no_baseline_warning_too(paths: DataPaths) -> None:
    edit(paths.actuals, "year = 2023", "year = 2022")
    edit(paths.targets, 'indicator = "industry-share"', 'indicator = "new-firms"')
    assert located(paths) == [(TARGETS_NAME, 72, "error")]


def test_problems_point_at_the_key_when_it_is_there(paths: DataPaths) -> None:
    edit(paths.actuals, 'unit = "家"', 'unit = "亿元"')
    edit(paths.actuals, 'source = "plan.txt"', 'source = "plan2.txt"')
    assert located(paths) == [(ACTUALS_NAME, 17, "error"), (ACTUALS_NAME, 28, "error")]


def test_lines_are_found_in_unusual_but_valid_layouts(tmp_path: Path) -> None:
    """Quoted keys, indented headers with comments, inline tables: lines are still found."""
    folder = tmp_path / "odd"
    folder.mkdir()
    shutil.copy(VALID / TARGETS_NAME, folder / TARGETS_NAME)
    (folder / ACTUALS_NAME).write_text(
        "# odd but valid\n"
        "  [[ actuals ]]   # the first\n"
        'indicator = "gdp-growth"\n'
        "year = 2024\n"
        '"value" = -1\n'
        'unit = "亿元"\n'
        'name = "n"\n'
        'source = "review.txt"\n'
        'quote = """\n'
        "[[actuals]]\n"
        'unit = "x"\n'
        '"""\n',
        encoding="utf-8",
    )
    paths = DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME)
    assert located(paths) == [
        (TARGETS_NAME, 65, "warning"),  # this file has no 2023 share: no baseline
        (ACTUALS_NAME, 5, "error"),  # -1 亿元, at the quoted key
        (ACTUALS_NAME, 6, "error"),  # 亿元 for an indicator in %
    ]


def test_an_inline_array_is_located_at_its_key(tmp_path: Path) -> None:
    folder = tmp_path / "inline"
    folder.mkdir()
    shutil.copy(VALID / TARGETS_NAME, folder / TARGETS_NAME)
    (folder / ACTUALS_NAME).write_text(
        '# inline\n\nactuals = [{indicator = "x", year = 2024, value = true, name = "n", '
        'source = "review.txt", quote = "q"}]\n',
        encoding="utf-8",
    )
    problems = check_dataset(DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME))
    assert [(p.line, p.message[:21]) for p in problems if p.severity == "error"] == [
        (3, "unknown indicator 'x'")
    ]


@pytest.mark.parametrize(
    ("unit", "signed"),
    [
        ("%", True),
        ("‰", True),
        ("pp", True),
        ("个百分点", True),
        ("百分点", True),
        ("家", False),
        ("个", False),
        ("亿元", False),
        ("万人", False),
        ("亩", False),
    ],
)
def test_only_rates_and_their_changes_may_be_negative(unit: str, signed: bool) -> None:
    assert may_be_negative(unit) is signed


def test_negative_growth_is_fine_and_a_negative_count_is_not(paths: DataPaths) -> None:
    edit(paths.actuals, "value = 5.2", "value = -0.3")
    assert check_dataset(paths) == []
    edit(paths.targets, "value = 100", "value = -100")
    (problem,) = check_dataset(paths)
    assert (problem.line, problem.severity) == (59, "error")
    assert problem.message.startswith("value -100 家 is negative, but a count or an amount")


def test_the_shipped_dataset_checks_clean_apart_from_its_known_warning(
    data_paths: DataPaths,
) -> None:
    problems = check_dataset(data_paths)
    assert [(p.severity, p.line is not None) for p in problems] == [("warning", True)]


# ---------------------------------------------------------------- scope and direction


@pytest.mark.parametrize(
    ("part_of", "message"),
    [
        ("nothing", "part_of 'nothing' names no indicator"),
        ("new-firms", "part_of makes a loop: new-firms → new-firms"),
        ("gdp-growth", "part_of relates counts or amounts"),
        ("bridge", "part_of relates counts or amounts"),
    ],
)
def test_part_of_must_name_a_wider_count(paths: DataPaths, part_of: str, message: str) -> None:
    edit(paths.targets, 'unit = "家"\n', f'unit = "家"\npart_of = "{part_of}"\n')
    problems = check_dataset(paths)
    assert [(Path(p.file).name, p.line, p.severity) for p in problems] == [
        (TARGETS_NAME, 31, "error")
    ]
    assert message in problems[0].message


def test_part_of_a_count_of_another_unit_is_refused(paths: DataPaths) -> None:
    edit(
        paths.targets,
        '[[indicators]]\nid = "bridge"',
        '[[indicators]]\nid = "projects"\nname = "项目"\nunit = "个"\n\n'
        '[[indicators]]\nid = "bridge"',
    )
    edit(paths.targets, 'unit = "家"\n', 'unit = "家"\npart_of = "projects"\n')
    (problem,) = check_dataset(paths)
    assert "part_of 'projects' is measured in '个', which '家' cannot be compared with" in (
        problem.message
    )


def test_a_loop_of_two_is_reported_on_both(paths: DataPaths) -> None:
    edit(
        paths.targets,
        '[[indicators]]\nid = "bridge"',
        '[[indicators]]\nid = "firms-all"\nname = "企业"\nunit = "家"\npart_of = "new-firms"\n\n'
        '[[indicators]]\nid = "bridge"',
    )
    edit(paths.targets, 'unit = "家"\n', 'unit = "家"\npart_of = "firms-all"\n')
    messages = [p.message for p in check_dataset(paths)]
    assert messages == [
        "part_of makes a loop: new-firms → firms-all → new-firms",
        "part_of makes a loop: firms-all → new-firms → firms-all",
    ]


def test_a_direction_that_contradicts_the_comparator_is_refused(paths: DataPaths) -> None:
    edit(
        paths.targets,
        'comparator = "at_least"\n',
        'comparator = "at_least"\ndirection = "ceiling"\n',
    )
    (problem,) = check_dataset(paths)
    assert problem.line == 41
    assert (
        "direction 'ceiling' does not fit comparator 'at_least', whose direction can only be "
        '"floor"'
    ) in problem.message


def test_about_without_a_side_warns_with_both_fixes(paths: DataPaths) -> None:
    edit(
        paths.targets,
        'comparator = "at_least"\nvalue = 5\nunit = "%"',
        'comparator = "about"\nvalue = 5\nunit = "%"\ntolerance = 0.5',
    )
    (problem,) = check_dataset(paths)
    assert (problem.line, problem.severity) == (46, "warning")  # its comparator
    assert "about target '2024-gdp-growth' (左右) does not say which side is good" in (
        problem.message
    )
    edit(paths.targets, "tolerance = 0.5", 'tolerance = 0.5\ndirection = "floor"')
    assert check_dataset(paths) == []
