"""`tzgoals record` through Typer's CliRunner: one result appended, every byte kept, or nothing."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.files.load import check_dataset, load_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.render.safe import UNSAFE

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
PLAN = "000_ba23479a29e53de9.txt"
REVIEW = "002_c9cf574e7d5a74e2.txt"
#: A document the tests below quote: results no real document gives, for recording.
NOTES = "notes-for-tests.txt"
NOTES_TEXT = """\
Written for the tests of `tzgoals record`, which record results no real document gives.
地区生产总值增长5.9%以上。三大主导产业产值占比40.1%。地区生产总值1590亿元。
he said "增长5%" \\ then\ttabbed
通州大桥全线贯通。
"""
_FLAG_KEYS = ("estimate", "lower_bound", "approximate")
TZGOALS = [sys.executable.encode(), b"-m", b"tzgoals"]


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped dataset to write into, its archived texts included, with one
    more document listed: the tests' own notes."""
    data = shutil.copytree(DATA, tmp_path / "data")
    (data / "sources" / NOTES).write_text(NOTES_TEXT, encoding="utf-8")
    with (data / "targets.toml").open("a", encoding="utf-8") as stream:
        stream.write(f'\n[[sources]]\nfile = "{NOTES}"\ntitle = "Notes for the tests"\n')
    return data


def paths_of(folder: Path) -> DataPaths:
    return DataPaths(folder / "targets.toml", folder / "actuals.toml")


def record(folder: Path, *args: str) -> Result:
    return invoke("record", *args, "--data", str(folder))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder and below with its bytes: a leftover temporary file shows up
    too; but the empty lock files writers leave beside a data file on purpose."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(".lock")
    }


def status_row(folder: Path, goal_id: str) -> dict[str, str]:
    result = invoke("status", "--data", str(folder), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    (row,) = [r for r in rows if r["id"] == goal_id]
    return row


# ---------------------------------------------------------------- appending


def test_record_appends_one_table_and_keeps_every_byte(folder: Path) -> None:
    actuals = folder / "actuals.toml"
    original = actuals.read_bytes()
    result = record(
        folder,
        *("gdp-growth", "5.9", "--year", "2022", "--unit", "%", "--estimate", "--lower-bound"),
        *("--source", NOTES, "--quote", "地区生产总值增长5.9%以上"),
    )
    assert result.exit_code == 0, result.output
    new = actuals.read_bytes()
    assert new.startswith(original)
    # The shipped file ends with a newline: a blank line, then the table, keys in the files'
    # order, names taken from the indicator, approximate and note left out at their defaults.
    assert new[len(original) :].decode("utf-8") == (
        "\n"
        "[[actuals]]\n"
        'indicator = "gdp-growth"\n'
        "year = 2022\n"
        "value = 5.9\n"
        'unit = "%"\n'
        "estimate = true\n"
        "lower_bound = true\n"
        'name = "地区生产总值增长"\n'
        'name_en = "GDP growth"\n'
        f'source = "{NOTES}"\n'
        'quote = "地区生产总值增长5.9%以上"\n'
    )
    header = original.count(b"\n") + 2
    assert result.stdout == f"Recorded gdp-growth 2022 at {actuals}:{header}.\n"
    assert new.decode("utf-8").split("\n")[header - 1] == "[[actuals]]"
    assert sorted(snapshot(folder)) == [
        "actuals.toml",
        f"sources/{PLAN}",
        f"sources/{REVIEW}",
        "sources/nantong-daily-2023-11-29-a10.txt",
        f"sources/{NOTES}",
        "targets.toml",
    ]  # no temporary file

    loaded = load_dataset(paths_of(folder)).actuals[("gdp-growth", 2022)]
    assert loaded.value == Decimal("5.9")
    assert (loaded.estimate, loaded.lower_bound, loaded.approximate) == (True, True, False)
    assert loaded.quote == "地区生产总值增长5.9%以上"


def test_a_recorded_baseline_scores_the_pp_change_target_in_status(folder: Path) -> None:
    goal = "2023-leading-industries-output-share"
    before = status_row(folder, goal)
    assert (before["status"], before["baseline"]) == ("unreported", "")
    result = record(
        folder,
        *("leading-industries-output-share", "40.1", "--year", "2022", "--unit", "%"),
        *("--source", NOTES, "--quote", "三大主导产业产值占比40.1%"),
    )
    assert result.exit_code == 0, result.output
    after = status_row(folder, goal)
    # 42.1% in 2023 against 40.1% in 2022: up 2.0 points of the 3 promised.
    assert after["status"] == "missed"
    assert after["baseline"] == "40.1"
    assert after["attainment"] == "0.6667"
    assert after["gap"] == "-1"
    # and the baseline warning is gone: nothing left to report.
    assert check_dataset(paths_of(folder)) == []


def test_record_says_what_it_did_in_chinese_too(folder: Path) -> None:
    header = (folder / "actuals.toml").read_bytes().count(b"\n") + 2
    result = record(
        folder,
        *("leading-industries-output-share", "40.1", "--year", "2022", "--unit", "%"),
        *("--source", NOTES, "--quote", "三大主导产业产值占比40.1%", "--lang", "zh"),
    )
    assert result.exit_code == 0, result.output
    place = f"{folder / 'actuals.toml'}:{header}"
    assert result.stdout == f"已记录leading-industries-output-share的2022年结果：{place}。\n"


@pytest.mark.parametrize(
    ("indicator", "text", "year", "expected"),
    [
        ("tongzhou-bridge-joined", "true", "2022", True),
        ("zhengchang-bridge-joined", "false", "2024", False),
        ("tongyang-waterway-regulation-started", " FALSE ", "2022", False),
    ],
)
def test_true_or_false_for_a_yes_no_indicator(
    folder: Path, indicator: str, text: str, year: str, expected: bool
) -> None:
    actuals = folder / "actuals.toml"
    original = actuals.read_bytes()
    result = record(
        folder, indicator, text, "--year", year, "--source", NOTES, "--quote", "通州大桥全线贯通"
    )
    assert result.exit_code == 0, result.output
    added = actuals.read_bytes()[len(original) :].decode("utf-8")
    assert f"\nvalue = {'true' if expected else 'false'}\n" in added
    assert "unit" not in added
    loaded = load_dataset(paths_of(folder)).actuals[(indicator, int(year))]
    assert loaded.value is expected


@pytest.mark.parametrize(
    ("flags", "lines"),
    [
        ([], []),
        (["--estimate"], ["estimate = true"]),
        (["--lower-bound"], ["lower_bound = true"]),
        (["--approximate"], ["approximate = true"]),
        (
            ["--approximate", "--estimate", "--lower-bound"],
            ["estimate = true", "lower_bound = true", "approximate = true"],
        ),
    ],
)
def test_flags_land_in_the_file(folder: Path, flags: list[str], lines: list[str]) -> None:
    actuals = folder / "actuals.toml"
    original = actuals.read_bytes()
    result = record(
        folder,
        *("gdp", "1590", "--year", "2022", "--unit", "亿元", *flags),
        *("--source", NOTES, "--quote", "地区生产总值1590亿元"),
    )
    assert result.exit_code == 0, result.output
    added = actuals.read_bytes()[len(original) :].decode("utf-8").splitlines()
    flag_lines = [line for line in added if line.split(" = ")[0] in {*_FLAG_KEYS}]
    assert flag_lines == lines
    loaded = load_dataset(paths_of(folder)).actuals[("gdp", 2022)]
    assert [k for k in _FLAG_KEYS if getattr(loaded, k)] == [line.split(" = ")[0] for line in lines]


def test_names_note_and_a_quote_with_quote_marks_and_backslashes_round_trip(
    folder: Path,
) -> None:
    quote = 'he said "增长5%" \\ then\ttabbed'
    result = record(
        folder,
        *("gdp", "1590.50", "--year", "2022", "--unit", "亿元", "--source", NOTES),
        *("--quote", quote, "--name", "地区生产总值(初步)", "--name-en", "GDP (first)"),
        *("--note", "Read from a table."),
        *("--derivation", "the two halves of the year's table, added"),
    )
    assert result.exit_code == 0, result.output
    loaded = load_dataset(paths_of(folder)).actuals[("gdp", 2022)]
    assert loaded.quote == quote
    assert loaded.derivation == "the two halves of the year's table, added"
    assert (loaded.name, loaded.name_en, loaded.note) == (
        "地区生产总值(初步)",
        "GDP (first)",
        "Read from a table.",
    )
    assert str(loaded.value) == "1590.50"  # the figure exactly as given, trailing zero kept


def test_a_file_with_crlf_line_endings_gets_crlf_lines(folder: Path) -> None:
    actuals = folder / "actuals.toml"
    actuals.write_bytes(actuals.read_bytes().replace(b"\n", b"\r\n"))
    original = actuals.read_bytes()
    result = record(
        folder,
        *("gdp", "1590", "--year", "2022", "--unit", "亿元"),
        *("--source", NOTES, "--quote", "地区生产总值1590亿元"),
    )
    assert result.exit_code == 0, result.output
    added = actuals.read_bytes()[len(original) :]
    assert added.startswith(b"\r\n[[actuals]]\r\n")
    # the blank line, then [[actuals]] and 8 keys: indicator … name_en, source, quote.
    assert added.count(b"\r\n") == added.count(b"\n") == 10


def test_source_and_quote_are_required_options(folder: Path) -> None:
    before = snapshot(folder)
    result = record(folder, "gdp", "1590", "--year", "2022", "--unit", "亿元")
    assert result.exit_code == 2
    assert "--quote" in result.stderr or "--source" in result.stderr
    assert snapshot(folder) == before


# ---------------------------------------------------------------- refusals


def shipped_header_of(indicator: str, year: int) -> int:
    """The line of the [[actuals]] table for that indicator and year in the shipped file."""
    lines = (DATA / "actuals.toml").read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines, start=1):
        if line == f'indicator = "{indicator}"' and lines[number] == f"year = {year}":
            assert lines[number - 2] == "[[actuals]]"
            return number - 1
    raise AssertionError(f"no {indicator} {year} in the shipped actuals")


@pytest.mark.parametrize(
    ("args", "messages"),
    [
        pytest.param(
            ["gdpx", "5", "--year", "2022", "--unit", "%"],
            ["new actual: unknown indicator 'gdpx'"],
            id="unknown-indicator",
        ),
        pytest.param(
            ["gdp-growth", "5", "--year", "2022", "--unit", "家"],
            ["new actual: unit '家' does not fit indicator 'gdp-growth', measured in '%'"],
            id="incompatible-unit",
        ),
        pytest.param(
            ["gdp", "1.5", "--year", "2022", "--unit", "万亿元元"],
            ["new actual: unit '万亿元元' does not fit indicator 'gdp', measured in '亿元'"],
            id="unit-with-a-magnitude-but-another-base",
        ),
        pytest.param(
            # The same date as the shipped figure's source (2024-01): a figure of another
            # date is a revision, and is recorded (see test_cli_vintages.py).
            ["gdp-growth", "6.6", "--year", "2023", "--unit", "%", "--as-of", "2024-01"],
            [
                "new actual: an actual for indicator 'gdp-growth' in 2023 is already in "
                f"ACTUALS:{shipped_header_of('gdp-growth', 2023)}; to change it, edit that entry"
            ],
            id="duplicate-indicator-and-year",
        ),
        pytest.param(
            ["gdp-growth", "6%", "--year", "2022", "--unit", "%"],
            ["VALUE must be a number (e.g. 6.5) or true/false, not '6%'"],
            id="percent-sign-in-value",
        ),
        pytest.param(
            ["gdp", "1,730", "--year", "2022", "--unit", "亿元"],
            ["VALUE must be a number (e.g. 6.5) or true/false, not '1,730'"],
            id="thousands-separator",
        ),
        pytest.param(
            ["gdp", "nan", "--year", "2022", "--unit", "亿元"],
            ["new actual: value: expected a finite number, found NaN"],
            id="nan",
        ),
        pytest.param(
            ["gdp-growth", "true", "--year", "2022"],
            ["new actual: indicator 'gdp-growth' is measured in %: give a number and its unit"],
            id="yes-no-for-a-figure",
        ),
        pytest.param(
            ["tongzhou-bridge-joined", "1", "--year", "2022", "--unit", "个"],
            [
                "new actual: indicator 'tongzhou-bridge-joined' is a yes/no outcome: "
                "write value = true or false"
            ],
            id="figure-for-a-yes-no-indicator",
        ),
        pytest.param(
            ["gdp", "1590", "--year", "1850", "--unit", "亿元"],
            ["new actual: year: 1850 is outside the years tzgoals accepts"],
            id="year-out-of-range",
        ),
        pytest.param(
            ["gdp", "1590", "--year", "2022"],
            ["new actual: a numeric result needs a `unit`"],
            id="figure-without-unit",
        ),
    ],
)
def test_a_refused_record_is_exit_2_and_changes_no_byte(
    folder: Path, args: list[str], messages: list[str]
) -> None:
    before = snapshot(folder)
    result = record(folder, *args, "--source", PLAN, "--quote", "q")
    assert result.exit_code == 2
    actuals = str(folder / "actuals.toml")
    for message in messages:
        assert message.replace("ACTUALS", actuals) in result.stderr
    assert result.stdout == ""
    assert "Recorded" not in result.output
    assert snapshot(folder) == before


def test_a_refusal_says_the_file_is_unchanged(folder: Path) -> None:
    result = record(
        folder, "gdpx", "5", "--year", "2022", "--unit", "%", "--source", PLAN, "--quote", "q"
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"{folder / 'actuals.toml'}: nothing was written; the file is unchanged"
    )


@pytest.mark.parametrize(
    ("source", "quote", "message"),
    [
        ("not-listed.txt", "q", "new actual: source 'not-listed.txt' is not listed under"),
        (PLAN, "", "new actual: quote: must not be empty"),
        (PLAN, "   ", "new actual: quote: must not be blank"),
    ],
)
def test_evidence_is_required(folder: Path, source: str, quote: str, message: str) -> None:
    before = snapshot(folder)
    result = record(
        folder, "gdp", "1590", "--year", "2022", "--unit", "亿元", "--source", source,
        "--quote", quote,
    )  # fmt: skip
    assert result.exit_code == 2
    assert message in result.stderr
    assert snapshot(folder) == before


def test_record_refuses_while_the_dataset_has_errors(folder: Path) -> None:
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8").replace('unit = "%"', 'unit = "%%"', 1)
    targets.write_text(text, encoding="utf-8")
    before = snapshot(folder)
    result = record(
        folder, "gdp", "1590", "--year", "2022", "--unit", "亿元", "--source", PLAN, "--quote", "q"
    )
    assert result.exit_code == 2
    assert f"{targets}:" in result.stderr
    assert snapshot(folder) == before


def test_record_into_a_folder_without_data_is_exit_2(tmp_path: Path) -> None:
    result = invoke(
        "record", "gdp", "1590", "--year", "2022", "--unit", "亿元", "--source", PLAN,
        "--quote", "q", "--data", str(tmp_path),
    )  # fmt: skip
    assert result.exit_code == 2
    assert f"{tmp_path / 'actuals.toml'}: no such file" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_value_with_a_huge_exponent_is_refused_cleanly(folder: Path) -> None:
    before = snapshot(folder)
    result = runner.invoke(
        app,
        [
            *("record", "gdp", "1e999999999", "--year", "2022", "--unit", "亿元"),
            *("--source", PLAN, "--quote", "q", "--data", str(folder)),
        ],
    )
    assert snapshot(folder) == before
    assert isinstance(result.exception, SystemExit)
    assert result.exit_code == 2
    assert "implausibly large" in result.stderr


def test_record_never_writes_into_the_shipped_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = (DATA / "actuals.toml").read_bytes()
    result = CliRunner().invoke(
        app,
        ["record", "gdp", "1800", "--year", "2024", "--unit", "亿元",
         "--source", "002_c9cf574e7d5a74e2.txt", "--quote", "q"],
    )  # fmt: skip
    assert result.exit_code == 2
    assert "give --data DIR" in result.stderr
    assert (DATA / "actuals.toml").read_bytes() == before


# ---------------------------------------------------------------- the evidence


def test_a_quote_not_in_its_archived_source_is_refused_with_the_closest_passage(
    folder: Path,
) -> None:
    """The issue's own example: a sentence no document has."""
    before = snapshot(folder)
    result = record(
        folder, "gdp-growth", "5.3", "--year", "2022", "--unit", "%",
        "--source", REVIEW, "--quote", "国内生产总值增长5.3%,创历史新高",
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith(
        f"{folder / 'actuals.toml'}: new actual: the quote is not in sources/{REVIEW} "
        "(only whitespace may differ from the text); the closest passage there: “"
    )
    assert lines[-1] == f"{folder / 'actuals.toml'}: nothing was written; the file is unchanged"
    assert snapshot(folder) == before


def test_a_typo_in_a_quote_is_refused_and_the_passage_shows_the_fix(folder: Path) -> None:
    before = snapshot(folder)
    result = record(
        folder, "gdp", "1590", "--year", "2022", "--unit", "亿元",
        "--source", NOTES, "--quote", "地区生产总值1509亿元",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "the closest passage there: “地区生产总值1590亿元”" in result.stderr
    assert snapshot(folder) == before


def test_whitespace_a_copy_from_a_page_brings_is_no_difference(folder: Path) -> None:
    result = record(
        folder, "zhengchang-bridge-joined", "true", "--year", "2022",
        "--source", NOTES, "--quote", "通州大桥 全线\n贯通",
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def test_a_source_without_its_text_is_refused_until_it_is_archived(folder: Path) -> None:
    notes = (folder / "sources" / NOTES).read_bytes()
    (folder / "sources" / NOTES).unlink()
    before = snapshot(folder)
    args = ["gdp", "1590", "--year", "2022", "--unit", "亿元", "--source", NOTES]
    result = record(folder, *args, "--quote", "地区生产总值1590亿元")
    assert result.exit_code == 2
    assert (
        f"new actual: source '{NOTES}' has no archived text (sources/{NOTES} is missing or "
        "unreadable), so the quote cannot be checked"
    ) in result.stderr
    assert snapshot(folder) == before

    (folder / "sources" / NOTES).write_bytes(notes)
    result = record(folder, *args, "--quote", "地区生产总值1590亿元")
    assert result.exit_code == 0, result.output
    assert load_dataset(paths_of(folder)).actuals[("gdp", 2022)].source == NOTES


def test_a_figure_not_in_its_quote_is_refused(folder: Path) -> None:
    """A typo (1950 for 1590) was once written with a warning, and then scored."""
    before = snapshot(folder)
    result = record(
        folder, "gdp", "1950", "--year", "2022", "--unit", "亿元",
        "--source", NOTES, "--quote", "地区生产总值1590亿元",
    )  # fmt: skip
    assert result.exit_code == 2
    assert (
        "new actual: value 1950 亿元 does not appear in the quote “地区生产总值1590亿元”"
    ) in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    ("value", "message"),
    [
        # Accepted once: `export` then wrote a gigabyte of zeros and peaked at 10 GB of memory.
        ("1e-999999999", "value: the number 1E-999999999 is implausibly small"),
        ("0e-999999", "value: the number 0E-999999 is written with an implausible exponent"),
        ("1." + "0" * 40, "41 significant digits"),
        ("٩٨", "VALUE must be written with the digits 0-9 (e.g. 6.5), not '٩٨'"),
        ("９８", "VALUE must be written with the digits 0-9"),
    ],
)
def test_an_implausible_or_foreign_figure_is_refused(
    folder: Path, value: str, message: str
) -> None:
    before = snapshot(folder)
    result = record(
        folder, "gdp", value, "--year", "2022", "--unit", "亿元", "--source", PLAN, "--quote", "q"
    )
    assert result.exit_code == 2
    assert message in result.stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize("year", ["２０２２", "٢٠٢٢", "2022.0", "-2022"])
def test_a_year_in_other_digits_is_refused(folder: Path, year: str) -> None:
    before = snapshot(folder)
    result = record(
        folder, "gdp", "1590", "--year", year, "--unit", "亿元", "--source", PLAN, "--quote", "q"
    )
    assert result.exit_code == 2
    assert "a year is written with the digits 0-9, such as 2023" in result.stderr
    assert snapshot(folder) == before


def test_a_note_that_is_not_utf8_is_refused_without_a_traceback(folder: Path) -> None:
    """A shell hands on bytes as typed; Python turns those that are not UTF-8 into surrogates,
    which once failed as a UnicodeEncodeError while writing the file."""
    before = snapshot(folder)
    result = subprocess.run(
        [
            *TZGOALS,
            *(b"record", b"gdp", b"1590", b"--year", b"2022", b"--unit", "亿元".encode()),
            *(b"--source", PLAN.encode(), b"--quote", b"q", b"--note", b"\xff\xfe GBK?"),
            *(b"--data", bytes(folder)),
        ],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2
    stderr = result.stderr.decode()
    # Refused before the command reads it, as every argument holding such bytes now is,
    # with the bytes shown as escapes (it was refused by the model: "new actual: note: …").
    assert "argument \\xff\\xfe GBK? holds bytes that are not UTF-8 text" in stderr
    assert "Traceback" not in stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize("note", ["\x1b]0;PWNED\x07", "\x9b2J", "\u202eevil"])
def test_a_control_character_in_an_option_is_refused_and_shown_escaped(
    folder: Path, note: str
) -> None:
    before = snapshot(folder)
    result = record(
        folder, "gdp", "1590", "--year", "2022", "--unit", "亿元",
        "--source", PLAN, "--quote", "q", "--note", note,
    )  # fmt: skip
    assert result.exit_code == 2
    assert "new actual: note: holds the control character" in result.stderr
    assert not UNSAFE.search(result.output)
    assert snapshot(folder) == before


def test_twenty_records_at_once_all_land_exactly_once(folder: Path) -> None:
    """Without a lock, 6 to 10 of 20 succeeded and the rest were told to try again; one that
    was delayed at its rename could lose another's result."""
    years = range(2001, 2021)
    document = "".join(f"{year}年地区生产总值{1000 + year}亿元。\n" for year in years)
    (folder / "sources" / "years.txt").write_text(document, encoding="utf-8")
    with (folder / "targets.toml").open("a", encoding="utf-8") as stream:
        stream.write('\n[[sources]]\nfile = "years.txt"\ntitle = "Twenty years, for the test"\n')
    processes = [
        subprocess.Popen(
            [
                *TZGOALS,
                *(b"record", b"gdp", str(1000 + year).encode(), b"--year", str(year).encode()),
                *(b"--unit", "亿元".encode(), b"--source", b"years.txt"),
                *(b"--quote", f"{year}年地区生产总值{1000 + year}亿元".encode()),
                *(b"--data", bytes(folder)),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for year in years
    ]
    outcomes = [(p.wait(), p.stderr.read() if p.stderr else b"") for p in processes]
    for process in processes:
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()
    assert [code for code, _ in outcomes] == [0] * 20, outcomes
    actuals = load_dataset(paths_of(folder)).actuals
    assert all(actuals[("gdp", year)].value == Decimal(1000 + year) for year in years)
    text = (folder / "actuals.toml").read_text(encoding="utf-8")
    quotes = [f'quote = "{year}年地区生产总值{1000 + year}亿元"' for year in years]
    assert all(text.count(quote) == 1 for quote in quotes)
    assert [p for p in check_dataset(paths_of(folder)) if p.severity == "error"] == []


def test_an_unknown_indicator_is_answered_with_the_closest_one(folder: Path) -> None:
    before = (folder / "actuals.toml").read_bytes()
    result = invoke(
        "record", "gdp-grwth", "6.5", "--year", "2024", "--unit", "%", "--data", str(folder),
        "--source", "002_c9cf574e7d5a74e2.txt", "--quote", "同比增长6.5%以上",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "unknown indicator 'gdp-grwth'" in result.stderr
    assert "(did you mean 'gdp-growth'?)" in result.stderr
    assert (folder / "actuals.toml").read_bytes() == before


def test_an_unknown_area_in_the_targets_is_answered_with_the_closest_one(folder: Path) -> None:
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    targets.write_text(text.replace('area = "headline"', 'area = "headlin"', 1), encoding="utf-8")
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 1
    assert "unknown area 'headlin' for 2023 (did you mean 'headline'?)" in result.stdout
