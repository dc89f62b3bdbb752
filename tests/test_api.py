"""The public API: what a notebook or a script gets from `import tzgoals`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import tzgoals

from .conftest import DATA

VALID = Path(__file__).resolve().parent / "bad" / "_valid"


def test_every_public_name_resolves() -> None:
    for name in tzgoals.__all__:
        assert getattr(tzgoals, name) is not None, name


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'scores'"):
        _ = tzgoals.scores  # type: ignore[attr-defined]


def test_importing_the_package_loads_no_pydantic() -> None:
    probe = "import sys, tzgoals; print('pydantic' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_shipped_dataset_scores_as_the_command_line_does() -> None:
    dataset = tzgoals.load(DATA)
    results = tzgoals.score_year(dataset, 2023)
    assert len(results) == 36
    counts = tzgoals.summary(dataset, 2023).total
    assert (counts.met, counts.missed, counts.unreported) == (4, 1, 31)
    assert tzgoals.score_year(dataset) == results  # the latest year with targets


def test_summary_of_chosen_areas() -> None:
    total = tzgoals.summary(tzgoals.load(DATA), 2023, areas=["2"]).total
    assert (total.targets, total.missed) == (8, 1)


def test_diff_of_the_two_latest_years() -> None:
    changes = tzgoals.diff(tzgoals.load(DATA))
    started = next(c for c in changes if c.indicator.id == "major-projects-started")
    assert (started.from_year, started.to_year, started.change) == (2022, 2023, Decimal(8))


def test_a_broken_dataset_is_a_data_error_with_every_problem(tmp_path: Path) -> None:
    shutil.copytree(VALID, tmp_path / "d")
    (tmp_path / "d" / "actuals.toml").write_text("[[actuals]]\nyear = 2023\n", encoding="utf-8")
    with pytest.raises(tzgoals.DataError) as raised:
        tzgoals.load(tmp_path / "d")
    assert any("missing key 'indicator'" in p.message for p in raised.value.problems)
    assert [p.severity for p in tzgoals.check(tmp_path / "d")].count("error") >= 1


def test_record_appends_and_refuses_a_second_result(tmp_path: Path) -> None:
    shutil.copytree(VALID, tmp_path / "d")
    fields = {"year": 2023, "quote": "去年新增规上工业企业98家", "source": "plan.txt", "unit": "家"}
    appended = tzgoals.record(tmp_path / "d", "new-firms", Decimal(98), **fields)  # type: ignore[arg-type]
    assert appended.path == tmp_path / "d" / "actuals.toml"
    assert tzgoals.load(tmp_path / "d").actuals["new-firms", 2023].value == 98
    before = appended.path.read_bytes()
    with pytest.raises(tzgoals.WriteError):
        tzgoals.record(tmp_path / "d", "new-firms", Decimal(99), **fields)  # type: ignore[arg-type]
    assert appended.path.read_bytes() == before


def test_check_looks_for_every_quote_in_the_archived_texts(tmp_path: Path) -> None:
    folder = shutil.copytree(VALID, tmp_path / "d")
    assert tzgoals.check(folder) == []
    (folder / "sources" / "review.txt").unlink()
    (missing,) = tzgoals.check(folder)
    assert "no archived text for source 'review.txt'" in missing.message
    assert tzgoals.check(folder, allow_unarchived=True) == []


def test_record_refuses_a_quote_not_in_its_source(tmp_path: Path) -> None:
    folder = shutil.copytree(VALID, tmp_path / "d")
    before = (folder / "actuals.toml").read_bytes()
    fields = {"year": 2023, "quote": "去年新增规上工业企业89家", "source": "plan.txt", "unit": "家"}
    with pytest.raises(
        tzgoals.WriteError, match="the closest passage there: “去年新增规上工业企业98家”"
    ):
        tzgoals.record(folder, "new-firms", Decimal(89), **fields)  # type: ignore[arg-type]
    assert (folder / "actuals.toml").read_bytes() == before


def test_dir_lists_every_public_name_and_imports_none_of_them() -> None:
    probe = (
        "import sys, tzgoals; names = dir(tzgoals);"
        "print(set(tzgoals.__all__) | {'__version__'} <= set(names), 'pydantic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]


def test_the_version_is_the_installed_distributions() -> None:
    from importlib.metadata import version

    assert tzgoals.__version__ == version("tzgoals")


def test_a_source_checkout_not_installed_reads_its_version_from_pyproject() -> None:
    """Run from the checkout's src/ with no site-packages (`python -S`), as a source checkout
    that was never installed: no distribution's metadata is there, so pyproject.toml's version
    is the one given. (The test suite's own tzgoals may be an installed copy, whose version
    comes from its metadata and whose files are not beside pyproject.toml.)"""
    import subprocess
    import sys
    import tomllib

    repo = Path(__file__).resolve().parents[1]
    expected = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    done = subprocess.run(
        [sys.executable, "-S", "-c", "import tzgoals; print(tzgoals.__version__)"],
        env={"PYTHONPATH": str(repo / "src")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == expected["project"]["version"]


def test_find_says_which_dataset_load_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = tzgoals.find(DATA)
    assert (found.rung, found.is_example) == ("option", False)
    assert found.paths.targets == DATA / "targets.toml"
    monkeypatch.chdir(tmp_path)
    example = tzgoals.find()
    assert (example.rung, example.is_example) == ("example", True)
    assert tzgoals.load(example) == tzgoals.load()


def test_record_takes_every_key_of_an_actual(tmp_path: Path) -> None:
    folder = shutil.copytree(VALID, tmp_path / "d")
    tzgoals.record(
        folder, "new-firms", Decimal(98), year=2023, quote="去年新增规上工业企业98家",
        source="plan.txt", unit="家", estimate=True, note="按规上口径", note_en="Above scale",
    )  # fmt: skip
    recorded = tzgoals.load(folder).actuals["new-firms", 2023]
    assert (recorded.estimate, recorded.note, recorded.note_en) == (
        True,
        "按规上口径",
        "Above scale",
    )
    with pytest.raises(TypeError, match="unexpected keyword argument 'estimated'"):
        tzgoals.record(folder, "x", Decimal(1), year=2023, quote="q", source="s", estimated=True)  # type: ignore[call-arg]


def test_record_takes_the_keys_of_revisions_and_part_years_as_the_command_does(
    tmp_path: Path,
) -> None:
    """A figure with its own date revises the year's first one; a figure for January to a month
    stands beside the whole year's, as `record --as-of/--vintage/--through-month` make them."""
    folder = shutil.copytree(VALID, tmp_path / "d")
    quoted = {"year": 2023, "quote": "去年新增规上工业企业98家", "source": "plan.txt", "unit": "家"}
    tzgoals.record(folder, "new-firms", Decimal(98), **quoted, as_of="2024-01")  # type: ignore[arg-type]
    tzgoals.record(folder, "new-firms", Decimal(98), **quoted, as_of="2024-06", vintage="final")  # type: ignore[arg-type]
    tzgoals.record(folder, "new-firms", Decimal(98), **quoted, through_month=9)  # type: ignore[arg-type]
    dataset = tzgoals.load(folder)
    latest = dataset.actuals["new-firms", 2023]
    assert (str(latest.as_of), latest.vintage) == ("2024-06", "final")
    assert [a.through_month for a in dataset.year_to_date["new-firms", 2023]] == [9]


def test_record_refuses_the_installed_example_as_the_command_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy inside an installed package is the reference readers compare with."""
    from types import SimpleNamespace

    from tzgoals.files import paths

    package = tmp_path / "site-packages" / "tzgoals"
    example = shutil.copytree(VALID, package / "data")
    monkeypatch.setattr(paths, "resources", SimpleNamespace(files=lambda _: package))
    before = (example / "actuals.toml").read_bytes()
    with pytest.raises(tzgoals.WriteError, match="example shipped with tzgoals"):
        tzgoals.record(
            example, "new-firms", Decimal(98), year=2023, quote="去年新增规上工业企业98家",
            source="plan.txt", unit="家",
        )  # fmt: skip
    assert (example / "actuals.toml").read_bytes() == before
