"""The ids shell completion offers: read from the text of the files, quickly and without fail."""

from __future__ import annotations

from pathlib import Path

from tzgoals.files.ids import Entry, entries

from ..conftest import DATA

TEXT = """\
[dataset]
name = "测试区"
id = "not-an-entry"

[[areas]]
id = "headline"
year = 2023
title = "主要目标"
title_en = "Headline goals"

[[targets]]
id = "2023-gdp"
year = 2023
name = "地区生产总值增长"
name_en = 'GDP growth'
quote = \"\"\"
id = "inside-a-multiline-string-but-after-id"
\"\"\"

[[targets]]
name = "no id, no entry"

[[ targets ]]
id = '2024-gdp'
year = 2024
name = "增长"

[[indicators]]
id = "gdp"
"""


def test_entries_of_a_table_in_the_files_order(tmp_path: Path) -> None:
    path = tmp_path / "targets.toml"
    path.write_text(TEXT, encoding="utf-8")
    assert entries(path, "targets") == [
        Entry("2023-gdp", 2023, "地区生产总值增长", "GDP growth"),
        Entry("2024-gdp", 2024, "增长", ""),
    ]
    assert entries(path, "areas") == [Entry("headline", 2023, "主要目标", "Headline goals")]


def test_the_shipped_dataset_gives_every_target_and_area() -> None:
    targets = entries(DATA / "targets.toml", "targets")
    assert len(targets) == 36
    assert targets[0].id == "2023-gdp-growth"
    assert [a.id for a in entries(DATA / "targets.toml", "areas")][:3] == ["headline", "1", "2"]


def test_a_file_that_cannot_be_read_gives_nothing(tmp_path: Path) -> None:
    assert entries(tmp_path / "missing.toml", "targets") == []
    (tmp_path / "gbk.toml").write_bytes('[[targets]]\nid = "增长"\n'.encode("gb18030"))
    assert entries(tmp_path / "gbk.toml", "targets") == []
    (tmp_path / "folder.toml").mkdir()
    assert entries(tmp_path / "folder.toml", "targets") == []
