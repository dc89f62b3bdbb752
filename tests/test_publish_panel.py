"""`tzgoals publish OUTDIR --panel DIR`: the index page, each place's scorecard, one data
package, on the panel of three levels of `test_cli_panel` (a province at 5%, a prefecture at
5.5%, a county at 6%)."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from frictionless import Package
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from typer.testing import CliRunner, Result

from tzgoals.panel import Panel, PanelInfo, Place
from tzgoals.publish_panel import PANEL_FILES, SAFE_FOLDER, place_folders
from tzgoals.vocabulary import Level

from .test_cli_panel import dataset, rows
from .test_cli_panel import invoke as panel_invoke

runner = CliRunner(env={"LANG": "en_US.UTF-8", "SOURCE_DATE_EPOCH": "1709281800"})


def invoke(*args: str, cwd: Path | None = None) -> Result:
    """Run tzgoals with a fixed time for the pages; an exit code, never a traceback."""
    return panel_invoke(*args, cwd=cwd, using=runner)


def make_panel(root: Path, headline: str | None = None) -> Path:
    """Province 5% (result 5.8), prefecture 5.5% (no result), county 6% (result 5.9)."""
    dataset(root / "province", "省", "5", "5.8")
    dataset(root / "city", "市", "5.5", "")
    dataset(root / "county", "区", "6", "5.9")
    lines = ['[panel]\nname = "三级面板"\nname_en = "Three levels"\n']
    lines += [f'headline = "{headline}"\n'] if headline else []
    for folder, level, parent in (
        ("province", "province", None),
        ("city", "prefecture", "province"),
        ("county", "county", "city"),
    ):
        lines.append(f'\n[[places]]\nid = "{folder}"\nname = "{folder}-名"\nlevel = "{level}"\n')
        lines.append(f'path = "{folder}"\n' + (f'parent = "{parent}"\n' if parent else ""))
    (root / "panel.toml").write_text("".join(lines), encoding="utf-8")
    return root


@pytest.fixture
def panel(tmp_path: Path) -> Path:
    return make_panel(tmp_path / "panel")


def publish(outdir: Path, panel: Path, *args: str) -> Result:
    return invoke("publish", str(outdir), "--panel", str(panel), *args)


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_bundle_holds_the_index_each_scorecard_and_one_package(
    panel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    result = publish(site, panel)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Wrote index.html, goals.csv, places.csv, datapackage.json and 3 scorecards "
        f"(one folder a place under places/) to {site}.\n"
    )
    assert sorted(files_of(site)) == sorted(
        [*PANEL_FILES, *(f"places/{p}/index.html" for p in ("province", "city", "county"))]
    )
    index = (site / "index.html").read_text(encoding="utf-8")
    for place in ("province", "city", "county"):
        assert f'<a href="places/{place}/index.html">{place}-名</a>' in index


def test_each_scorecard_is_the_one_dataset_publish_writes(panel: Path, tmp_path: Path) -> None:
    assert publish(tmp_path / "site", panel).exit_code == 0
    alone = invoke("publish", str(tmp_path / "alone"), "--data", str(panel / "county"))
    assert alone.exit_code == 0
    page = (tmp_path / "site" / "places" / "county" / "index.html").read_bytes()
    assert page == (tmp_path / "alone" / "index.html").read_bytes()


def test_the_data_are_those_of_panel_csv_and_panel_goals(panel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert publish(site, panel).exit_code == 0
    table = invoke("panel", "--panel", str(panel), "--format", "csv").stdout
    goals = invoke("panel", "--panel", str(panel), "--goals", "--format", "csv").stdout
    assert (site / "places.csv").read_bytes().decode().replace("\r\n", "\n") == table
    assert (site / "goals.csv").read_bytes().decode().replace("\r\n", "\n") == goals
    assert [row["place"] for row in rows(goals)] == ["province", "city", "county"]


def test_frictionless_finds_the_package_valid(panel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert publish(site, panel).exit_code == 0
    report = Package(str(site / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [task.stats["rows"] for task in report.tasks] == [3, 3]


def test_the_headline_is_the_shared_id_most_places_set_unless_panel_toml_names_one(
    tmp_path: Path,
) -> None:
    chosen = make_panel(tmp_path / "chosen")
    assert publish(tmp_path / "a", chosen).exit_code == 0
    page = (tmp_path / "a" / "index.html").read_text(encoding="utf-8")
    assert "The chart shows GDP growth (gdp-growth)" in page
    assert "the one most places set a target on this year (3 of 3)" in page
    assert "<title>target 5.5</title>" in page and "<title>result 5.9</title>" in page
    named = make_panel(tmp_path / "named", headline="gdp-growth")
    assert publish(tmp_path / "b", named, "--lang", "zh").exit_code == 0
    page = (tmp_path / "b" / "index.html").read_text(encoding="utf-8")
    assert "图表所示为 panel.toml 指定的主要指标地区生产总值增长（gdp-growth）" in page
    nothing = make_panel(tmp_path / "nothing", headline="no-such-indicator")
    assert publish(tmp_path / "c", nothing).exit_code == 0
    page = (tmp_path / "c" / "index.html").read_text(encoding="utf-8")
    assert "<svg" not in page and "(no-such-indicator), as panel.toml names it" in page


def test_a_place_with_errors_is_listed_with_its_problems_and_gets_no_scorecard(
    panel: Path, tmp_path: Path
) -> None:
    (panel / "city" / "targets.toml").write_text("[dataset\n", encoding="utf-8")
    site = tmp_path / "site"
    result = publish(site, panel)
    assert result.exit_code == 0, result.output
    assert "and 2 scorecards" in result.stdout
    assert "targets.toml:1" in result.stderr
    assert not (site / "places" / "city").exists()
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Places whose data cannot be used (no scorecard)" in index
    assert '<h3 id="problems-city">city-名</h3>' in index
    assert f"<li>city{os.sep}targets.toml:1: " in index and str(tmp_path) not in index
    assert f"{panel / 'city' / 'targets.toml'}:1: " in result.stderr
    assert 'href="places/city/' not in index
    with (site / "places.csv").open(encoding="utf-8", newline="") as file:
        states = {row["place"]: row["state"] for row in csv.DictReader(file)}
    assert states == {"province": "scored", "city": "unusable", "county": "scored"}
    strict = publish(tmp_path / "strict", panel, "--strict")
    assert strict.exit_code == 2
    assert (tmp_path / "strict" / "places" / "county" / "index.html").is_file()


def test_run_inside_the_panel_s_folder_and_in_chinese(panel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = invoke("publish", str(site), "--lang", "zh", cwd=panel)
    assert result.exit_code == 0, result.output
    written = "已将index.html、goals.csv、places.csv、datapackage.json及3份评分表"
    assert result.stdout.startswith(written)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in index and "三级面板：2023年目标" in index


def test_an_earlier_panel_bundle_is_replaced_and_other_folders_are_refused(
    panel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    assert publish(site, panel).exit_code == 0
    (site / "goals.csv").write_text("stale", encoding="utf-8")
    for leftover in (
        site / ".goals.csv.tzgoals-x1.tmp",
        site / "places/county/.index.html.tzgoals-x2.tmp",
    ):
        leftover.write_text("a publish killed while writing left this", encoding="utf-8")
    again = publish(site, panel, "--lang", "zh")
    assert again.exit_code == 0, again.output
    assert (site / "goals.csv").read_text(encoding="utf-8").startswith("place,level,parent,id,")
    assert not [p for p in site.rglob(".*")]  # no temporary file left
    (site / "places" / "county" / "notes.txt").write_text("mine", encoding="utf-8")
    before = files_of(site)
    refused = publish(site, panel)
    assert refused.exit_code == 2
    assert "holds files that are not an earlier tzgoals bundle (places/county/notes.txt)" in (
        refused.stderr
    )
    assert files_of(site) == before
    one = invoke("publish", str(tmp_path / "one"), "--data", str(panel / "county"))
    assert one.exit_code == 0
    before = files_of(tmp_path / "one")
    assert publish(tmp_path / "one", panel).exit_code == 2
    assert invoke("publish", str(site), "--data", str(panel / "county")).exit_code == 2
    assert files_of(tmp_path / "one") == before


def test_a_place_taken_out_or_no_longer_usable_loses_its_old_scorecard(
    panel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    assert publish(site, panel).exit_code == 0
    assert (site / "places" / "city" / "index.html").is_file()
    (panel / "city" / "targets.toml").write_text("[dataset\n", encoding="utf-8")
    assert publish(site, panel).exit_code == 0
    assert not (site / "places" / "city").exists()  # unusable now: no page of before is left
    text = (panel / "panel.toml").read_text(encoding="utf-8")
    county = text.index('\n[[places]]\nid = "county"')
    (panel / "panel.toml").write_text(text[:county], encoding="utf-8")
    assert publish(site, panel).exit_code == 0
    assert sorted(p.name for p in (site / "places").iterdir()) == ["province"]
    assert 'href="places/county/' not in (site / "index.html").read_text(encoding="utf-8")


def test_a_failed_write_leaves_an_earlier_bundle_as_it_was(
    panel: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tzgoals import publish_panel

    site = tmp_path / "site"
    assert publish(site, panel).exit_code == 0
    before = files_of(site)
    real = publish_panel.write_temporary
    calls: list[str] = []

    def full_disk(folder: Path, name: str, chunks: object) -> Path:
        calls.append(name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(folder, name, chunks)  # type: ignore[arg-type]

    monkeypatch.setattr(publish_panel, "write_temporary", full_disk)
    new = tmp_path / "new"
    for folder in (site, new):
        calls.clear()
        result = publish(folder, panel, "--lang", "zh")
        assert result.exit_code == 2
        assert "No space left on device" in result.stderr
    assert files_of(site) == before
    assert not [p for p in site.rglob(".*")]
    assert not new.exists() or not any(new.iterdir())


def test_names_are_escaped_and_no_id_reaches_outside_the_bundle(tmp_path: Path) -> None:
    root = make_panel(tmp_path / "panel")
    text = (root / "panel.toml").read_text(encoding="utf-8")
    text = text.replace('id = "county"', 'id = "../../escape"').replace(
        'name = "county-名"', 'name = "<script>alert(1)</script>"'
    )
    (root / "panel.toml").write_text(text, encoding="utf-8")
    site = tmp_path / "out" / "site"
    result = publish(site, root)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (site / "places").iterdir()) == ["city", "place-3", "province"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["site"]
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in index and "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert 'href="places/place-3/index.html"' in index


def test_as_of_is_refused_for_a_panel(panel: Path, tmp_path: Path) -> None:
    result = publish(tmp_path / "site", panel, "--as-of", "2024-01")
    assert result.exit_code == 2
    assert "a panel does not take it" in result.stderr
    assert not (tmp_path / "site").exists()


def test_no_panel_in_the_folder_named_is_a_clear_error(tmp_path: Path) -> None:
    result = publish(tmp_path / "site", tmp_path)
    assert result.exit_code == 2
    assert "no panel.toml in" in result.stderr
    assert io.StringIO(result.stderr).readline()


@given(
    st.lists(
        st.one_of(
            st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,8}", fullmatch=True),
            st.sampled_from(["..", ".", "a/b", "../x", "区", "place-1", "place-2", " x", "a.b"]),
            st.text(min_size=1, max_size=6),
        ),
        min_size=1,
        max_size=8,
        unique=True,
    )
)
def test_place_folders_are_plain_distinct_names_inside_places(ids: list[str]) -> None:
    """Whatever the ids, each place's folder is a plain name of its own; a plain id keeps it."""
    places = []
    for place_id in ids:
        try:
            places.append(Place(id=place_id, name="n", level=Level.COUNTY, path="p"))
        except ValidationError:
            continue
    panel = Panel(Path("panel.toml"), PanelInfo(name="p"), tuple(places))
    folders = place_folders(panel)
    assert len(set(folders.values())) == len(places)
    for place in places:
        assert SAFE_FOLDER.fullmatch(folders[place.id])
        if SAFE_FOLDER.fullmatch(place.id):
            assert folders[place.id] == place.id
