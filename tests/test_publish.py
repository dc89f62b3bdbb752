"""`tzgoals publish OUTDIR`: the bundle, its data package validated, and folders it must refuse."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from frictionless import Package
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.publish import BUNDLE

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "SOURCE_DATE_EPOCH": "1709281800"})


def publish(outdir: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["publish", str(outdir), "--data", str(DATA), *args])
    return result.exit_code, result.stdout, result.stderr


def status(output_format: str) -> str:
    result = runner.invoke(app, ["status", "--data", str(DATA), "--format", output_format])
    assert result.exit_code == 0
    return result.stdout


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    outdir = tmp_path_factory.mktemp("published") / "site"
    code, out, err = publish(outdir)
    assert code == 0, err
    assert out == f"Wrote index.html, goals.csv, goals.json, datapackage.json to {outdir}.\n"
    return outdir


def test_the_bundle_holds_the_page_and_the_data(bundle: Path) -> None:
    assert sorted(p.name for p in bundle.iterdir()) == sorted(BUNDLE)
    assert (bundle / "index.html").read_text(encoding="utf-8") == status("html")


def test_goals_csv_and_json_are_those_of_status(bundle: Path) -> None:
    """CliRunner reads CRLF as LF, so the CSV's line ends (CRLF, as RFC 4180) are checked apart."""
    table = (bundle / "goals.csv").read_bytes().decode("utf-8")
    assert table.count("\r\n") == 37 and "\n" not in table.replace("\r\n", "")
    assert table.replace("\r\n", "\n") == status("csv")
    assert (bundle / "goals.json").read_text(encoding="utf-8") == status("json")


def test_goals_csv_is_tidy_one_row_per_goal(bundle: Path) -> None:
    with (bundle / "goals.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == len({r["id"] for r in rows}) == 36
    started = next(r for r in rows if r["id"] == "2023-major-projects-started")
    assert (started["target"], started["actual"], started["gap"]) == ("30", "27", "-3")


def test_frictionless_finds_the_package_valid(bundle: Path) -> None:
    report = Package(str(bundle / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [task.stats["rows"] for task in report.tasks] == [36, 36]


def test_frictionless_would_catch_a_status_outside_the_enum(bundle: Path, tmp_path: Path) -> None:
    """The schema is no formality: a row it does not allow fails validation."""
    for name in BUNDLE:
        (tmp_path / name).write_bytes((bundle / name).read_bytes())
    table = (tmp_path / "goals.csv").read_text(encoding="utf-8")
    (tmp_path / "goals.csv").write_text(table.replace(",missed,", ",failed,", 1), encoding="utf-8")
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert not report.valid
    assert {e.type for e in report.tasks[0].errors} == {"constraint-error"}


def test_the_descriptor_names_its_resources_and_time(bundle: Path) -> None:
    descriptor = json.loads((bundle / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in descriptor["resources"]] == ["goals.csv", "goals.json"]
    assert descriptor["created"] == "2024-03-01T08:30:00+00:00"
    assert descriptor["title"] == "Tongzhou District, Nantong, Jiangsu: targets for 2023"


def test_an_earlier_bundle_is_replaced(tmp_path: Path) -> None:
    assert publish(tmp_path)[0] == 0
    (tmp_path / "goals.csv").write_text("stale", encoding="utf-8")
    code, _, err = publish(tmp_path, "--lang", "zh")
    assert code == 0, err
    assert (tmp_path / "goals.csv").read_text(encoding="utf-8").startswith("id,indicator,")
    assert '<html lang="zh"' in (tmp_path / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(BUNDLE)  # no temporary left


def test_a_folder_with_other_files_is_refused_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "index.html").write_text("my own page", encoding="utf-8")
    code, out, err = publish(tmp_path)
    assert (code, out) == (2, "")
    refusal = "holds files that are not an earlier tzgoals bundle (notes.txt); nothing was written"
    assert refusal in err
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == "my own page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html", "notes.txt"]


def test_a_refused_folder_is_refused_in_chinese_too(tmp_path: Path) -> None:
    """The refusal is a key and its values from the core, worded by the catalogue of --lang."""
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    code, out, err = publish(tmp_path, "--lang", "zh")
    assert (code, out) == (2, "")
    assert "中有不属于先前 tzgoals 发布内容的文件（notes.txt），未写入任何内容" in err
    assert "holds files" not in err
    path = tmp_path / "notes.txt"
    code, _, err = publish(path, "--lang", "zh")
    assert code == 2
    assert "不是文件夹" in err


def test_bundle_names_alone_do_not_make_a_folder_ours(tmp_path: Path) -> None:
    """An index.html that is someone's own page is not replaced because of its name."""
    (tmp_path / "index.html").write_text("my own page", encoding="utf-8")
    code, _, err = publish(tmp_path)
    assert code == 2
    assert "(index.html)" in err
    (tmp_path / "datapackage.json").write_text('{"name": "someone-elses"}', encoding="utf-8")
    assert publish(tmp_path)[0] == 2
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == "my own page"


def test_a_file_in_the_place_of_the_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "site"
    path.write_text("not a folder", encoding="utf-8")
    code, _, err = publish(path)
    assert code == 2
    assert "is not a folder" in err
    assert path.read_text(encoding="utf-8") == "not a folder"


def test_a_folder_we_may_not_look_into_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As for a user's folder under another's home: stat() itself is refused (root is let in
    everywhere, so the refusal is played)."""
    hidden = tmp_path / "private" / "site"
    real_exists = Path.exists

    def exists(path: Path, *args: object, **kwargs: object) -> bool:
        if path == hidden:
            raise PermissionError(13, "Permission denied", str(path))
        return real_exists(path)

    monkeypatch.setattr(Path, "exists", exists)
    code, _, err = publish(hidden)
    assert code == 2
    assert f"cannot read {hidden}: Permission denied" in err
    assert "internal error" not in err


def test_a_folder_whose_files_may_not_be_looked_at_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder that may be listed but not entered (mode 0744, another's)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("mine", encoding="utf-8")
    real_is_symlink = Path.is_symlink

    def is_symlink(path: Path) -> bool:
        if path.parent == site:
            raise PermissionError(13, "Permission denied", str(path))
        return real_is_symlink(path)

    monkeypatch.setattr(Path, "is_symlink", is_symlink)
    code, _, err = publish(site)
    assert code == 2
    assert f"cannot read {site}: Permission denied" in err
    assert (site / "index.html").read_text(encoding="utf-8") == "mine"


def test_an_empty_folder_is_used(tmp_path: Path) -> None:
    assert publish(tmp_path, "--year", "2023")[0] == 0
    assert io.StringIO((tmp_path / "goals.csv").read_text(encoding="utf-8")).readline()


def test_a_year_without_targets_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = publish(tmp_path / "site", "--year", "1999")
    assert code == 2
    assert "no targets for 1999" in err
    assert not (tmp_path / "site").exists()


def test_publish_says_what_it_wrote_in_chinese(tmp_path: Path) -> None:
    code, out, _ = publish(tmp_path / "site", "--lang", "zh")
    assert code == 0
    assert (
        out
        == f"已将index.html、goals.csv、goals.json、datapackage.json写入 {tmp_path / 'site'}。\n"
    )
