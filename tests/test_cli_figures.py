"""Numbers and units through the write paths: a figure must stand in its quote (or say how it
was worked out), negative figures are typed as they are, digit separators are refused alike by
`record` and `import`, and a refused quote names the look-alike characters that differ."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.render.safe import UNSAFE

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
TEXT = "figures-for-tests.txt"
#: A document written for these tests: each line a way Chinese writes a figure.
DOCUMENT = """\
全年地区生产总值增长5.8%。
城镇新增就业1.38万名。
新增鲁班奖两项。
主导产业产值占比达三成。
完成投资150億元。
工业增加值增长-2.1%。
规上工业企业产值下降3.2%。
"""
ACTUALS_HEADER = "indicator,year,value,unit,name,source,quote,derivation"


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped dataset with one more archived and listed document, the tests' own."""
    data = shutil.copytree(DATA, tmp_path_factory.mktemp("template") / "data")
    (data / "sources" / TEXT).write_text(DOCUMENT, encoding="utf-8")
    with (data / "targets.toml").open("a", encoding="utf-8") as stream:
        stream.write(f'\n[[sources]]\nfile = "{TEXT}"\ntitle = "Figures for the tests"\n')
    return data


@pytest.fixture
def folder(template: Path, tmp_path: Path) -> Path:
    return shutil.copytree(template, tmp_path / "data")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(".lock")
    }


def record(folder: Path, indicator: str, value: str, unit: str, quote: str, *extra: str) -> Result:
    return invoke(
        "record", indicator, value, "--year", "2024", "--unit", unit, "--source", TEXT,
        "--quote", quote, "--data", str(folder), *extra,
    )  # fmt: skip


# ---------------------------------------------------------------- a figure in its quote

ACCEPTED = [
    ("gdp-growth", "5.8", "%", "全年地区生产总值增长5.8%"),
    ("high-level-talent-newly-attracted", "13800", "名", "城镇新增就业1.38万名"),
    ("high-level-talent-newly-attracted", "1.38", "万名", "城镇新增就业1.38万名"),
    ("new-luban-awards", "2", "项", "新增鲁班奖两项"),
    ("leading-industries-output-share", "30", "%", "主导产业产值占比达三成"),
    ("construction-output", "150", "亿元", "完成投资150億元"),
    ("construction-output", "0.015", "万亿元", "完成投资150億元"),
    ("industrial-value-added-growth", "-2.1", "%", "工业增加值增长-2.1%"),
    ("industrial-output-growth", "-3.2", "%", "规上工业企业产值下降3.2%"),
]
REFUSED = [
    ("gdp-growth", "9.9", "%", "新增鲁班奖两项"),  # a figure backed by another sentence
    ("gdp-growth", "5.9", "%", "全年地区生产总值增长5.8%"),  # a typo
    ("gdp-growth", "5", "%", "全年地区生产总值增长5.8%"),  # a part of the figure
    ("high-level-talent-newly-attracted", "1380", "名", "城镇新增就业1.38万名"),
    ("new-luban-awards", "3", "项", "新增鲁班奖两项"),
    ("leading-industries-output-share", "3", "%", "主导产业产值占比达三成"),
]


@pytest.mark.parametrize(("indicator", "value", "unit", "quote"), ACCEPTED)
def test_record_takes_a_figure_its_quote_states_however_written(
    folder: Path, indicator: str, value: str, unit: str, quote: str
) -> None:
    result = record(folder, indicator, value, unit, quote)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("indicator", "value", "unit", "quote"), REFUSED)
def test_record_refuses_a_figure_its_quote_does_not_state(
    folder: Path, indicator: str, value: str, unit: str, quote: str
) -> None:
    before = snapshot(folder)
    result = record(folder, indicator, value, unit, quote)
    assert result.exit_code == 2
    assert f"value {value} {unit} does not appear in the quote “{quote}”" in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize(("indicator", "value", "unit", "quote"), REFUSED)
def test_import_refuses_a_figure_its_quote_does_not_state(
    folder: Path, tmp_path: Path, indicator: str, value: str, unit: str, quote: str
) -> None:
    before = snapshot(folder)
    csv_path = tmp_path / "results.csv"
    row = f"{indicator},2024,{value},{unit},n,{TEXT},{quote},\n"
    csv_path.write_text(f"{ACTUALS_HEADER}\n{row}", encoding="utf-8")
    result = invoke("import", str(csv_path), "--into", "actuals", "--data", str(folder))
    assert result.exit_code == 2
    assert f"value {value} {unit} does not appear in the quote" in result.stderr
    assert snapshot(folder) == before


def test_a_derived_figure_is_recorded_imported_exported_and_shown(
    folder: Path, tmp_path: Path
) -> None:
    how = "5.8% growth less the 0.2 points the review later corrected <b>"
    result = record(
        folder, "gdp-growth", "5.6", "%", "全年地区生产总值增长5.8%", "--derivation", how
    )
    assert result.exit_code == 0, result.output
    csv_path = tmp_path / "results.csv"
    row = f"new-luban-awards,2024,3,项,n,{TEXT},新增鲁班奖两项,two awards and one pending\n"
    csv_path.write_text(f"{ACTUALS_HEADER}\n{row}", encoding="utf-8")
    result = invoke("import", str(csv_path), "--into", "actuals", "--data", str(folder))
    assert result.exit_code == 0, result.output
    actuals = load_dataset(DataPaths(folder / "targets.toml", folder / "actuals.toml")).actuals
    assert actuals[("gdp-growth", 2024)].derivation == how
    assert actuals[("new-luban-awards", 2024)].derivation == "two awards and one pending"
    exported = invoke("export", "actuals", "--format", "json", "--data", str(folder)).stdout
    assert {item["derivation"] for item in json.loads(exported)} >= {how, ""}
    assert invoke("check", "--data", str(folder)).exit_code == 0


def test_show_and_the_page_print_a_derivation_in_either_language(folder: Path) -> None:
    how = "the plan's figure <script>x</script> taken as it stands"
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    targets.write_text(
        text.replace('id = "2023-gdp-growth"\n', f'id = "2023-gdp-growth"\nderivation = "{how}"\n'),
        encoding="utf-8",
    )
    for lang, heading in (("en", "Derivation"), ("zh", "推算方法")):
        shown = invoke("show", "2023-gdp-growth", "--lang", lang, "--data", str(folder))
        assert shown.exit_code == 0, shown.output
        assert heading in shown.stdout
        assert "taken as it stands" in " ".join(shown.stdout.split())
    page = invoke("status", "--format", "html", "--data", str(folder)).stdout
    assert "&lt;script&gt;x&lt;/script&gt; taken as it stands" in page
    assert "<script>x</script>" not in page


# ---------------------------------------------------------------- negative figures


@pytest.mark.parametrize("dashes", [False, True])
@pytest.mark.parametrize("value", ["-2.1", "-3.2"])
def test_a_negative_figure_is_typed_as_it_is_or_after_dashes(
    folder: Path, value: str, dashes: bool
) -> None:
    quote = {"-2.1": "工业增加值增长-2.1%", "-3.2": "规上工业企业产值下降3.2%"}[value]
    options = ["--year", "2024", "--unit", "%", "--source", TEXT, "--quote", quote]
    options += ["--data", str(folder)]
    words = ["industrial-output-growth", value]
    args = [*options, "--", *words] if dashes else [*words, *options]
    result = invoke("record", *args)
    assert result.exit_code == 0, result.output
    paths = DataPaths(folder / "targets.toml", folder / "actuals.toml")
    assert str(load_dataset(paths).actuals[("industrial-output-growth", 2024)].value) == value


@pytest.mark.parametrize("word", ["--bogus", "-x", "--yeer"])
def test_an_unknown_option_is_still_refused_in_clicks_words(folder: Path, word: str) -> None:
    before = snapshot(folder)
    result = invoke("record", "gdp-growth", "-2.1", word, "2024", "--data", str(folder))
    assert result.exit_code == 2
    assert f"No such option: {word}" in result.output
    assert snapshot(folder) == before


def test_an_unknown_option_gets_a_suggestion(folder: Path) -> None:
    result = invoke("record", "gdp-growth", "-2.1", "--yeer", "2024", "--data", str(folder))
    assert "(Possible options: --year)" in result.output


def test_record_help_says_how_to_give_a_negative_figure() -> None:
    out = " ".join(invoke("record", "--help").stdout.split())
    assert "a negative figure is typed as it is (-2.1), or after --" in out


# ---------------------------------------------------------------- digit separators


@pytest.mark.parametrize("value", ["1_000", "1_0.5", "5_", "-2_1"])
def test_record_and_import_both_refuse_digit_separators(
    folder: Path, tmp_path: Path, value: str
) -> None:
    before = snapshot(folder)
    result = record(folder, "gdp-growth", value, "%", "全年地区生产总值增长5.8%")
    assert result.exit_code == 2
    assert "without digit separators (1000, not 1_000)" in result.stderr
    csv_path = tmp_path / "results.csv"
    csv_path.write_text(
        f"{ACTUALS_HEADER}\ngdp-growth,2024,{value},%,n,{TEXT},全年地区生产总值增长5.8%,\n",
        encoding="utf-8",
    )
    result = invoke("import", str(csv_path), "--into", "actuals", "--data", str(folder))
    assert result.exit_code == 2
    assert "without digit separators (1000, not 1_000)" in result.stderr
    assert snapshot(folder) == before


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**6),
    cut=st.integers(min_value=0, max_value=7),
)
def test_any_figure_with_a_separator_is_refused_by_the_one_parser(whole: int, cut: int) -> None:
    from tzgoals.cli.options import parse_value
    from tzgoals.files.transfer import rows_to_entries

    digits = str(whole)
    written = f"{digits[:cut]}_{digits[cut:]}"
    with pytest.raises(ValueError, match="digit separators"):
        parse_value(written)
    row = {"indicator": "gdp", "year": "2024", "value": written, "unit": "亿元"}
    row |= {"name": "n", "source": TEXT, "quote": "q"}
    with pytest.raises(Exception, match="digit separators"):
        rows_to_entries("actuals", [(2, row)], "results.csv")  # type: ignore[arg-type]


# ---------------------------------------------------------------- mismatch hints


@pytest.mark.parametrize(
    ("quote", "english", "chinese"),
    [
        ("全年地区生产总值增长5.8％", "the quote has ％ (full-width) where the text has %",
         "引文中是全角的“％”，原文是“%”"),
        ("全年地区生产总值增长５.8%", "the quote has ５ (full-width) where the text has 5",
         "引文中是全角的“５”，原文是“5”"),
        ("全年地区生產总值增长5.8%", "the quote has 產 (traditional) where the text has 产",
         "引文中是繁体字“產”，原文是简体字“产”"),
        ("全年地区生产\u200b总值增长5.8%", "the quote holds an invisible character, U+200B",
         "引文中有原文没有的不可见字符 U+200B"),
    ],
)  # fmt: skip
def test_a_refused_quote_names_the_look_alike_characters_in_both_languages(
    folder: Path, quote: str, english: str, chinese: str
) -> None:
    before = snapshot(folder)
    for lang, hint in (("en", english), ("zh", chinese)):
        result = record(folder, "gdp-growth", "5.8", "%", quote, "--lang", lang)
        assert result.exit_code == 2
        assert hint in result.stderr
    assert snapshot(folder) == before


def test_check_names_the_look_alikes_and_json_carries_no_control_character(folder: Path) -> None:
    actuals = folder / "actuals.toml"
    with actuals.open("a", encoding="utf-8") as stream:
        stream.write(
            '\n[[actuals]]\nindicator = "gdp-growth"\nyear = 2024\nvalue = 5.8\nunit = "%"\n'
            f'name = "n"\nsource = "{TEXT}"\nquote = "全年地区生产总值增长5.8％"\n'
        )
    (folder / "sources" / TEXT).write_text(
        DOCUMENT.replace("全年", "全年\u202e\x9b"), encoding="utf-8"
    )
    text = invoke("check", "--data", str(folder))
    assert text.exit_code == 1
    assert "the quote has ％ (full-width) where the text has %" in text.stdout
    assert not UNSAFE.search(text.stdout)
    as_json = invoke("check", "--format", "json", "--data", str(folder))
    assert "\u202e" not in as_json.stdout and "\x9b" not in as_json.stdout
    messages = [p["message"] for p in json.loads(as_json.stdout)["problems"]]
    assert any("the quote has ％ (full-width) where the text has %" in m for m in messages)


# ---------------------------------------------------------------- unreadable archived texts


def _denied(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The archived text's folder may not be looked into: stat() itself is refused (root is
    let in everywhere, so the refusal is played)."""
    real_exists = Path.exists
    denied = folder / "sources" / TEXT

    def exists(path: Path, *args: object, **kwargs: object) -> bool:
        if path == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_exists(path)

    monkeypatch.setattr(Path, "exists", exists)


def test_check_reports_an_unreadable_archived_text_at_its_source(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _denied(monkeypatch, folder)
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 1
    assert f"the archived text sources/{TEXT} cannot be read: Permission denied" in result.stdout
    assert "internal error" not in result.output


def test_record_quoting_an_unreadable_archived_text_is_refused(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(folder)
    _denied(monkeypatch, folder)
    result = record(folder, "gdp-growth", "5.8", "%", "全年地区生产总值增长5.8%")
    assert result.exit_code == 2
    assert "internal error" not in result.output
    assert "nothing was written" in result.stderr
    assert snapshot(folder) == before
