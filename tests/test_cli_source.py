"""`tzgoals source add` through Typer's CliRunner: a document archived in sources/ and listed,
its hash recorded, or nothing written at all."""

from __future__ import annotations

import hashlib
import shutil
import tomllib
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.files.load import check_dataset
from tzgoals.files.paths import DataPaths

from .files.conftest import VALID
from .test_cli_check import line_of

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
GUANGDONG = Path(__file__).resolve().parent / "datasets" / "guangdong-2023" / "sources"
PLAN = GUANGDONG / "gd-2023-targets.txt"
GDP_QUOTE = "地区生产总值增长5%以上"


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The small valid dataset, its two texts archived."""
    return shutil.copytree(VALID, tmp_path / "data")


def add(folder: Path, document: Path, *args: str) -> Result:
    return invoke("source", "add", str(document), *args, "--data", str(folder))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file with its bytes, but the empty lock files writers leave on purpose."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(".lock")
    }


def listed(folder: Path) -> list[dict[str, object]]:
    sources = tomllib.loads((folder / "targets.toml").read_text(encoding="utf-8"))["sources"]
    assert isinstance(sources, list)
    return sources


def cite(folder: Path, file: str, quote: str) -> None:
    """An area quoting `file`, written by hand before the document is archived."""
    with (folder / "targets.toml").open("a", encoding="utf-8") as stream:
        stream.write(
            f'\n[[areas]]\nid = "gd"\nyear = 2023\ntitle = "主要预期目标"\nsource = "{file}"\n'
            f'quote = "{quote}"\n'
        )


def test_a_document_is_archived_listed_and_hashed(folder: Path) -> None:
    original = (folder / "targets.toml").read_bytes()
    result = add(
        folder, PLAN, "--title", "广东省政府工作报告", "--publisher", "新华网",
        "--published", "2023-01-12", "--url", "http://gd.sina.com.cn/news/2023-01-12/x.shtml",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    archived = folder / "sources" / PLAN.name
    assert archived.read_bytes() == PLAN.read_bytes()
    after = (folder / "targets.toml").read_bytes()
    assert after.startswith(original)
    line = original.count(b"\n") + 2
    assert result.stdout == (
        f"Added source '{PLAN.name}', archived as {archived}, listed at "
        f"{folder / 'targets.toml'}:{line} with its SHA-256.\n"
    )
    assert listed(folder)[-1] == {
        "file": PLAN.name,
        "title": "广东省政府工作报告",
        "published": "2023-01-12",
        "publisher": "新华网",
        "url": "http://gd.sina.com.cn/news/2023-01-12/x.shtml",
        "retrieved": date.today(),
        "sha256": hashlib.sha256(PLAN.read_bytes()).hexdigest(),
    }
    paths = DataPaths(folder / "targets.toml", folder / "actuals.toml")
    problems = check_dataset(paths, evidence=True)
    assert [p.message for p in problems] == [
        f"source '{PLAN.name}' is listed, but no entry quotes it"
    ]


def test_the_title_defaults_to_the_texts_first_line(folder: Path, tmp_path: Path) -> None:
    document = tmp_path / "review.md"
    document.write_text("\n## 13.57万亿!全国首个\n1月23日上午,会议开幕。\n", encoding="utf-8")
    result = add(folder, document, "--retrieved", "2026-12-01")
    assert result.exit_code == 0, result.output
    assert (listed(folder)[-1]["title"], listed(folder)[-1]["retrieved"]) == (
        "13.57万亿!全国首个",
        date(2026, 12, 1),
    )
    assert "Its title is the text's first line, '13.57万亿!全国首个'" in result.stdout


def test_a_gb18030_document_is_archived_as_utf8_with_a_note(folder: Path, tmp_path: Path) -> None:
    document = tmp_path / PLAN.name
    document.write_bytes(PLAN.read_text(encoding="utf-8").encode("gb18030"))
    result = add(folder, document, "--title", "广东省政府工作报告")
    assert result.exit_code == 0, result.output
    assert f"note: {document} is GB18030 text; it is archived as UTF-8." in result.stdout
    assert (folder / "sources" / PLAN.name).read_bytes() == PLAN.read_bytes()
    assert listed(folder)[-1]["sha256"] == hashlib.sha256(PLAN.read_bytes()).hexdigest()


def test_archiving_a_document_quoted_already_mends_the_citations(folder: Path) -> None:
    """Entries written first, the document archived after: its quotes are checked then."""
    cite(folder, PLAN.name, GDP_QUOTE)
    paths = DataPaths(folder / "targets.toml", folder / "actuals.toml")
    assert "is not listed under [[sources]]" in str(check_dataset(paths))
    result = add(folder, PLAN, "--title", "广东省政府工作报告")
    assert result.exit_code == 0, result.output
    assert check_dataset(paths, evidence=True) == []


def test_a_document_without_a_quote_that_cites_it_is_refused_and_nothing_is_written(
    folder: Path,
) -> None:
    cite(folder, PLAN.name, "地区生产总值增长6%以上")
    before = snapshot(folder)
    result = add(folder, PLAN, "--title", "广东省政府工作报告")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    targets = folder / "targets.toml"
    quote_line = (
        targets.read_text(encoding="utf-8").split("\n").index('quote = "地区生产总值增长6%以上"')
        + 1
    )
    assert lines[0] == (
        f"{targets}:{quote_line}: the quote is not in sources/{PLAN.name} (only whitespace may "
        "differ from the text); the closest passage there: “地区生产总值增长5%以上”"
    )
    assert lines[-2:] == [
        f"{folder / 'sources' / PLAN.name}: the copied text was removed again",
        f"{targets}: nothing was written; the file is unchanged",
    ]
    assert snapshot(folder) == before  # targets.toml's bytes, and no text left in sources/


def test_the_same_text_placed_in_sources_by_hand_is_listed_as_it_is(folder: Path) -> None:
    placed = folder / "sources" / PLAN.name
    shutil.copy(PLAN, placed)
    result = add(folder, placed, "--title", "广东省政府工作报告")
    assert result.exit_code == 0, result.output
    assert "already archived as" in result.stdout
    assert placed.read_bytes() == PLAN.read_bytes()


def test_another_text_under_the_name_is_never_overwritten(folder: Path) -> None:
    (folder / "sources" / PLAN.name).write_bytes(b"my own notes\n")
    before = snapshot(folder)
    result = add(folder, PLAN, "--title", "广东省政府工作报告")
    assert result.exit_code == 2
    assert "already exists with other content; it is not overwritten" in result.stderr
    assert snapshot(folder) == before


def test_a_source_listed_already_is_refused(folder: Path) -> None:
    before = snapshot(folder)
    result = add(folder, folder / "sources" / "plan.txt", "--title", "again")
    assert result.exit_code == 2
    assert "source 'plan.txt' is already in " in result.stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (bytes(range(256)), "the file is not UTF-8 text"),
        ("增长5%".encode("utf-16"), "UTF-16"),
    ],
)
def test_a_document_that_is_not_text_is_refused(
    folder: Path, tmp_path: Path, data: bytes, message: str
) -> None:
    document = tmp_path / "doc.txt"
    document.write_bytes(data)
    before = snapshot(folder)
    result = add(folder, document, "--title", "t")
    assert result.exit_code == 2
    assert message in result.stderr
    assert snapshot(folder) == before


def test_a_missing_document_is_exit_2(folder: Path, tmp_path: Path) -> None:
    result = add(folder, tmp_path / "nope.txt", "--title", "t")
    assert result.exit_code == 2
    assert f"{tmp_path / 'nope.txt'}: no such file" in result.stderr


def test_a_bad_date_is_refused_in_our_words(folder: Path) -> None:
    before = snapshot(folder)
    result = add(folder, PLAN, "--title", "t", "--retrieved", "yesterday")
    assert result.exit_code == 2
    assert "new source: retrieved:" in result.stderr
    assert snapshot(folder) == before


def test_the_shipped_example_is_never_added_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("source", "add", str(PLAN), "--title", "t")
    assert result.exit_code == 2
    assert "the example shipped with tzgoals is not to be changed" in result.stderr


def test_in_the_datasets_folder_no_option_is_needed(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder)
    result = invoke("source", "add", str(PLAN), "--title", "广东省政府工作报告")
    assert result.exit_code == 0, result.output
    assert (folder / "sources" / PLAN.name).is_file()


def test_source_add_says_what_it_did_in_chinese_too(folder: Path, tmp_path: Path) -> None:
    document = tmp_path / "review.md"
    document.write_text("\n## 13.57万亿!全国首个\n1月23日上午,会议开幕。\n", encoding="utf-8")
    result = add(folder, document, "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert "已添加来源 'review.md'，存档为" in result.stdout
    assert "标题取自原文第一行：'13.57万亿!全国首个'" in result.stdout
    assert "Added source" not in result.stdout


@pytest.mark.parametrize("name", ["two\nlines.txt", "a\ttab.txt"])
def test_a_file_name_on_two_lines_or_with_a_tab_is_refused(
    folder: Path, tmp_path: Path, name: str
) -> None:
    """Printed, such a name would start a line that looks like the command's own."""
    document = tmp_path / name
    document.write_bytes(PLAN.read_bytes())
    before = snapshot(folder)
    result = add(folder, document, "--title", "t")
    assert result.exit_code == 2
    assert "new source: file: holds a " in result.stderr and "it must be one line" in result.stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "www.gd.gov.cn/report", "https://a b", "file:///etc/passwd"]
)
def test_an_address_that_is_not_a_web_address_is_refused(folder: Path, url: str) -> None:
    before = snapshot(folder)
    result = add(folder, PLAN, "--title", "t", "--url", url)
    assert result.exit_code == 2
    assert "new source: url: expected a web address starting with http:// or https://" in (
        result.stderr
    )
    assert snapshot(folder) == before


def unlist_sources(folder: Path) -> str:
    """The dataset with its entries written but no [[sources]] yet, as a newcomer writes it."""
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    start, end = text.index("[[sources]]"), text.index("[[areas]]")
    text = text[:start] + text[end:]
    targets.write_text(text, encoding="utf-8")
    return text


def test_documents_quoted_before_they_are_listed_are_listed_one_at_a_time(folder: Path) -> None:
    """Entries cite two documents not listed yet: listing one does not wait for the other."""
    unlist_sources(folder)
    first = add(folder, folder / "sources" / "plan.txt", "--title", "plan")
    assert first.exit_code == 0, first.output
    # Each entry still citing the other is named at its line, with what follows until it is listed.
    assert "warning: source 'review.txt' is not listed under [[sources]]: list it with " in (
        first.output
    )
    assert "until then every report refuses the dataset" in first.output
    paths = DataPaths(folder / "targets.toml", folder / "actuals.toml")
    assert "source 'review.txt' is not listed under [[sources]]" in str(check_dataset(paths))
    second = add(folder, folder / "sources" / "review.txt", "--title", "review")
    assert second.exit_code == 0, second.output
    assert check_dataset(paths, evidence=True) == []


def test_a_quote_that_is_not_in_the_document_is_named_at_its_line(folder: Path) -> None:
    text = unlist_sources(folder).replace("2024年主要目标", "2024年主要目木", 1)
    (folder / "targets.toml").write_text(text, encoding="utf-8")
    before = snapshot(folder)
    result = add(folder, folder / "sources" / "plan.txt", "--title", "plan")
    assert result.exit_code == 2
    line = line_of(text, 'quote = "2024年主要目木"')
    assert f"{folder / 'targets.toml'}:{line}: the quote is not in sources/plan.txt" in (
        result.stderr
    )
    assert snapshot(folder) == before


def test_a_file_name_with_a_backslash_is_refused_with_a_name_that_would_do(
    folder: Path, tmp_path: Path
) -> None:
    """A dataset reads `\\` in a source's file name as a folder separator, so such a name could
    never be read back; the advice names a file that can be added, not the command just run."""
    document = tmp_path / "plan\\2023.txt"
    document.write_text("政府工作报告\n地区生产总值增长5%以上\n", encoding="utf-8")
    before = snapshot(folder)
    result = add(folder, document)
    assert result.exit_code == 2
    assert "holds a backslash, which a dataset reads as a folder separator" in result.stderr
    assert "'plan-2023.txt'" in result.stderr
    assert "tzgoals source add" not in result.stderr
    assert snapshot(folder) == before


def test_a_title_guessed_from_a_first_line_with_a_control_character_says_so(
    folder: Path, tmp_path: Path
) -> None:
    document = tmp_path / "coloured-plan.txt"
    document.write_text("\x1b[31m政府工作报告\n地区生产总值增长5%以上\n", encoding="utf-8")
    before = snapshot(folder)
    result = add(folder, document)
    assert result.exit_code == 2
    assert f"{document}:1: no --title was given, and the text's first line" in result.stderr
    assert "U+001B: give the title with --title" in result.stderr
    assert "\x1b" not in result.stderr
    assert snapshot(folder) == before
    titled = add(folder, document, "--title", "政府工作报告")
    assert titled.exit_code == 0, titled.stderr
    assert any(s["file"] == "coloured-plan.txt" for s in listed(folder))
