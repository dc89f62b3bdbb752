"""The cache folder and its entries: bounded in size with the oldest removed, a model's exact
values through JSON and back, and `tzgoals cache info` and `cache clear`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.files.cache_store import CacheStore, cache_folder, open_cache
from tzgoals.files.model_cache import PART_SIZE, NotThisModel, decoded, encoded
from tzgoals.files.validation import ONE_BY_ONE_FROM
from tzgoals.models import Actual, ActualsFile

from ..conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "120"})


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CacheStore:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    opened = open_cache()
    assert opened is not None
    return opened


def test_the_folder_follows_xdg_and_else_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert cache_folder() == Path("/somewhere/tzgoals")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    assert cache_folder() == Path.home() / ".cache" / "tzgoals"


def test_an_entry_comes_back_as_written(store: CacheStore) -> None:
    store.put(store.key("a"), b"payload")
    assert store.get(store.key("a")) == b"payload"
    assert store.get(store.key("b")) is None


def test_the_entries_used_longest_ago_go_first(store: CacheStore) -> None:
    small = CacheStore(store.folder, limit=3 * 250, tool=store.tool)  # room for three
    for minute, name in enumerate(("first", "second", "third")):
        small.put(small.key(name), b"x" * 100)
        written = 1000 + minute * 60
        os.utime(_entry(small, name), (written, written))
    assert small.get(small.key("first")) is not None  # used now: the newest of all
    small.put(small.key("fourth"), b"x" * 100)
    small.put(small.key("fifth"), b"x" * 100)
    kept = [n for n in ("first", "second", "third", "fourth", "fifth") if _entry(small, n).exists()]
    assert kept == ["first", "fourth", "fifth"]
    assert sum(e.stat().st_size for e in small.entries()) <= small.limit


def _entry(store: CacheStore, key: str) -> Path:
    return store._path("data-", store.key(key))


#: Figures as data writes them: whole, with decimals (trailing zeros kept), and written with
#: an exponent or a negative zero, whose text must come back as it was.
figures = st.one_of(
    *(st.decimals(min_value=-(10**9), max_value=10**9, places=places) for places in (0, 2, 6)),
    st.sampled_from([Decimal(t) for t in ("1E+3", "-0", "1.50", "0.000", "2.5E+2", "-0.0")]),
)


@given(value=figures | st.booleans(), estimate=st.booleans())
def test_a_figure_comes_back_exactly_as_validation_made_it(
    value: Decimal | bool, estimate: bool
) -> None:
    unit = None if isinstance(value, bool) else "亿元"
    actual = Actual.model_validate(
        {"indicator": "gdp", "year": 2023, "value": value, "unit": unit, "name": "地区生产总值",
         "source": "review.txt", "quote": "增长", **({"estimate": True} if estimate else {})}
    )  # fmt: skip
    file = ActualsFile(actuals=[actual])
    back = decoded(ActualsFile, b"".join(encoded(file)))
    assert back == file
    assert str(back.actuals[0].value) == str(actual.value)
    assert back.actuals[0].model_fields_set == actual.model_fields_set


def test_a_long_file_is_written_in_parts_and_read_back_whole(store: CacheStore) -> None:
    entry = {"year": 2023, "unit": "%", "name": "增长" * 40, "source": "r", "quote": "增长" * 60}
    actuals = [
        Actual.model_validate({**entry, "indicator": f"i{n}", "value": Decimal(n) / 100})
        for n in range(ONE_BY_ONE_FROM * 4)
    ]
    file = ActualsFile(actuals=actuals)
    parts = list(encoded(file))
    assert len(parts) > 3  # the list a part of about PART_SIZE bytes at a time, not one text
    assert max(map(len, parts)) < 2 * PART_SIZE
    whole = b"".join(parts)
    assert decoded(ActualsFile, whole) == file
    store.put(store.key("long"), iter(parts))
    assert store.get(store.key("long")) == whole


def test_parts_that_fail_leave_no_entry_and_no_temporary_file(store: CacheStore) -> None:
    def failing() -> Iterator[bytes]:
        yield b"half of an entry"
        raise OSError(28, "No space left on device")

    store.put(store.key("full"), failing())
    assert store.get(store.key("full")) is None
    assert list(store.folder.iterdir()) == []


@pytest.mark.parametrize(
    "payload", [b"[]", b'{"actuals": [{"indicator": "gdp"}]}', b'{"unknown": 1}', b"{", b"\xff"]
)
def test_an_entry_that_does_not_fit_its_model_is_refused(payload: bytes) -> None:
    with pytest.raises(NotThisModel):
        decoded(ActualsFile, payload)


def test_cache_info_says_where_and_how_much(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    runner.invoke(app, ["status", "--data", str(DATA)])
    out = runner.invoke(app, ["cache", "info"]).stdout
    assert f"Cache folder: {tmp_path / 'tzgoals'} (in use)" in out
    assert "Entries: 5, 0.0 MB" in out  # two files, the rules' verdict, and two files' hashes
    assert "Limit: 2,048.0 MB" in out
    monkeypatch.setenv("TZGOALS_CACHE_MAX_MB", "10")
    chinese = runner.invoke(app, ["cache", "info", "--lang", "zh"]).stdout
    assert "缓存文件夹" in chinese and "上限：10.0 MB" in chinese


def test_cache_info_says_when_it_is_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("TZGOALS_NO_CACHE", "1")
    result = runner.invoke(app, ["cache", "info"])
    assert result.exit_code == 0
    assert "(not in use: turned off, or the folder cannot be written)" in result.stdout


def test_cache_clear_removes_every_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert runner.invoke(app, ["cache", "clear"]).stdout.startswith("Removed 0 entries")
    runner.invoke(app, ["status", "--data", str(DATA)])
    (tmp_path / "tzgoals" / ".tmp-left-by-a-stopped-command").write_bytes(b"half")
    result = runner.invoke(app, ["cache", "clear", "--lang", "zh"])
    assert result.exit_code == 0
    assert "删除 5 个条目" in result.stdout
    assert list((tmp_path / "tzgoals").iterdir()) == []
