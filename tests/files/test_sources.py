"""The archived texts in sources/: read and hashed as `sha256sum` would, added without
overwriting, and GB18030 documents converted."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tzgoals.evidence import ArchivedText, Unreadable
from tzgoals.files.problems import DataError, WriteError
from tzgoals.files.sources import (
    archived_path,
    read_archive,
    read_archived,
    read_document,
    write_archived,
)
from tzgoals.problem_codes import ProblemCode

TEXT = "新华网广州1月12日电\n广东省经济社会发展的主要预期目标是:地区生产总值增长5%以上;\n"


def test_a_text_is_read_with_the_hash_of_its_bytes(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + TEXT.encode()  # a byte-order mark is text's, and the hash's
    (tmp_path / "plan.txt").write_bytes(raw)
    assert read_archived(tmp_path, "plan.txt") == ArchivedText(
        TEXT, hashlib.sha256(raw).hexdigest()
    )


def test_a_missing_text_is_none_and_left_out_of_the_archive(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(TEXT, encoding="utf-8")
    assert read_archived(tmp_path, "review.txt") is None
    assert list(read_archive(tmp_path, ["plan.txt", "review.txt", "plan.txt"])) == ["plan.txt"]
    assert list(read_archive(tmp_path / "no-sources-folder", ["plan.txt"])) == []


def test_a_text_that_is_not_utf8_is_unreadable_with_the_advice_to_convert(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_bytes(TEXT.encode("gb18030"))
    archived = read_archived(tmp_path, "plan.txt")
    assert isinstance(archived, Unreadable)
    assert "it looks like GBK/GB18030" in archived.reason
    assert "iconv -f gb18030 -t utf-8 plan.txt" in archived.reason


def test_a_folder_is_not_a_text(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").mkdir()
    archived = read_archived(tmp_path, "plan.txt")
    assert isinstance(archived, Unreadable)
    assert (archived.reason, archived.code) == (
        "it is not a regular file",
        ProblemCode.NOT_A_REGULAR_FILE,
    )


@pytest.mark.parametrize("name", ["../targets.toml", "/etc/passwd", "a/../../b.txt", "C:x.txt"])
def test_a_name_that_leads_outside_sources_is_never_read(tmp_path: Path, name: str) -> None:
    (tmp_path / "targets.toml").write_text("secret", encoding="utf-8")
    assert archived_path(tmp_path / "sources", name) is None
    archived = read_archived(tmp_path / "sources", name)
    assert isinstance(archived, Unreadable)
    assert "is not a file name inside sources/" in archived.reason


def test_a_text_in_a_folder_within_sources_is_fine(tmp_path: Path) -> None:
    assert archived_path(tmp_path, "2023/plan.txt") == tmp_path / "2023" / "plan.txt"


def test_a_utf8_document_is_read_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert read_document(path) == (TEXT, None)


def test_a_gb18030_document_is_converted_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    assert read_document(path) == (TEXT, "GB18030")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (bytes(range(256)) * 4, "the file is not UTF-8 text"),
        ("Price \xa3 list".encode("latin-1"), "is not valid UTF-8"),
        ("增长5%".encode("utf-16"), "UTF-16"),
    ],
)
def test_other_bytes_are_refused_as_utf8_would_be(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    with pytest.raises(DataError, match=message):
        read_document(path)


def test_a_text_is_written_new_and_the_same_text_again_is_no_change(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    assert write_archived(folder, "plan.txt", TEXT.encode()) is True
    assert (folder / "plan.txt").read_bytes() == TEXT.encode()
    assert write_archived(folder, "plan.txt", TEXT.encode()) is False
    assert sorted(p.name for p in folder.iterdir()) == ["plan.txt"]  # no temporary file
    if os.name == "posix":
        assert (folder / "plan.txt").stat().st_mode & 0o044  # readable by others, as usual


def test_another_text_under_a_name_taken_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "plan.txt").write_bytes(b"my own\n")
    with pytest.raises(WriteError, match="already exists with other content"):
        write_archived(folder, "plan.txt", TEXT.encode())
    assert (folder / "plan.txt").read_bytes() == b"my own\n"
    assert sorted(p.name for p in folder.iterdir()) == ["plan.txt"]
