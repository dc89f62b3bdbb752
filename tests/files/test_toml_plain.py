"""The plain-line reader gives tomli's document, or declines; it never gives another one."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import tomli
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from tzgoals.files.problems import DataError
from tzgoals.files.toml_plain import read_plain_toml
from tzgoals.files.toml_read import read_toml

ROOT = Path(__file__).resolve().parents[2]


def tomli_reads(text: str) -> dict[str, Any]:
    return tomli.loads(text, parse_float=Decimal)


def assert_same_as_tomli(text: str) -> None:
    plain = read_plain_toml(text)
    assert plain is not None, text
    expected = tomli_reads(text)
    assert plain == expected
    assert repr(plain) == repr(expected)  # the same types, digits and key order


def test_every_kind_of_plain_line_is_read_as_tomli_reads_it() -> None:
    text = (
        "# a comment\n"
        "\n"
        "[dataset]\n"
        'name = "合成数据集"  # after a value\n'
        'note = "a\\"b\\\\c\\td\\u00e9\\U0001F600"\n'
        "\tname_en = 'literal \"quoted\" \\\\ text'\n"
        "retrieved = 2026-11-23\n"
        "\n"
        "[[targets]]\n"
        'id = "a"\n'
        "value = -0.50\n"
        "count = 120\n"
        "approximate = true\n"
        "lower_bound=false\n"
        'other_names = ["经济增长", "GDP增速",]\n'
        "empty = [ ]\n"
        "[[targets]] # the second\n"
        'id = "b"\n'
        "value = 0\n"
    )
    assert_same_as_tomli(text)
    document = read_plain_toml(text)
    assert document is not None
    assert document["dataset"]["retrieved"] == date(2026, 11, 23)
    assert document["targets"][0]["value"] == Decimal("-0.50")
    assert document["targets"][0]["other_names"] == ["经济增长", "GDP增速"]


def test_a_repeated_key_or_short_text_is_one_object() -> None:
    quote = "地区生产总值增长5%左右,一般公共预算收入增长" * 2
    entry = f'[[targets]]\nunit = "%"\nquote = "{quote}"\n'
    document = read_plain_toml(entry * 2)
    assert document is not None
    first, second = document["targets"]
    assert first["unit"] is second["unit"]
    assert next(iter(first)) is next(iter(second))
    assert first["quote"] == second["quote"] and first["quote"] is not second["quote"]


@pytest.mark.parametrize("ending", ["\r\n", "\n"])
def test_either_line_ending_and_no_newline_at_the_end(ending: str) -> None:
    assert_same_as_tomli(ending.join(["[[actuals]]", 'unit = "%"', "value = 5.2"]))


@pytest.mark.parametrize(
    "text",
    [
        'name = "\\e"',  # an escape of TOML 1.1
        'name = "\\x41"',
        'name = "\\ud800"',  # a surrogate
        'name = "\\U00110000"',  # beyond Unicode
        'name = "\\U80000000"',  # beyond what chr() takes
        'name = "\\UFFFFFFFF"',
        " " * 20_000 + "x",  # a long run of blanks, declined without trying each length
        'quote = """two\nlines"""',
        "area = {id = 1}",
        "value.max = 2",
        '"id" = 1',
        "id = 1\nid = 2",
        "[a]\n[a]",
        "[a]\n[[a]]",
        "[[a]]\n[a]",
        "a = 1\n[[a]]",
        "[ a ]",
        "[a.b]",
        "id = 1\r",  # a carriage return on its own
        "id = 1\r\r\n",
        "day = 2023-02-30",
        "day = 2023-02-01T08:00:00",
        "value = 1e3",
        "value = +1",
        "value = 01",
        "value = 1_000",
        "value = inf",
        "value = 5.",
        "\ufeffid = 1",
        "id = 1 # a bell \x07",
        'name = "a\x00b"',
        'unit = "家\x7f"',
        "id = 1 # \x7f",
        "value = -01",
        'names = ["a",\n"b"]',
        "names = [1, 2]",
        "name = 'a' 'b'",
        "value = " + "9" * 5000,
    ],
)
def test_anything_else_is_left_to_tomli(text: str) -> None:
    assert read_plain_toml(text) is None


@pytest.mark.parametrize(
    "path",
    [
        *sorted((ROOT / "data").glob("*.toml")),
        *sorted((ROOT / "examples").rglob("*.toml")),
    ],
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_the_shipped_data_is_read_plainly(path: Path) -> None:
    assert_same_as_tomli(path.read_text(encoding="utf-8"))


def test_a_file_it_declines_still_gets_tomlis_error_and_position(tmp_path: Path) -> None:
    text = '[dataset]\nname = "x"\nname = "y"\n\n[[targets]]\nid = "a"\n'
    path = tmp_path / "targets.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(tomli.TOMLDecodeError) as tomli_error:
        tomli_reads(text)
    with pytest.raises(DataError) as raised:
        read_toml(path)
    problem = raised.value.problems[0]
    assert (problem.line, problem.column) == (tomli_error.value.lineno, tomli_error.value.colno)
    assert dict(problem.params)["detail"] == tomli_error.value.msg


#: Pieces of lines, each list plain first and odd after: a line is made of plain pieces nine
#: times in ten, so that a document of a few lines is often TOML (and read) and often only just
#: not (and declined, or refused by tomli).
KEYS = (["a", "b", "id", "goals", "1", "a-b"], ["a.b", '"a"', "a b", "", "é"])
SPACES = (["", " ", "\t", "  "], ["\u3000", "\x0b", "\r"])
ESCAPES = (
    ['\\"', "\\\\", "\\n", "\\t", "\\b", "\\f", "\\r", "\\u00e9", "\\U0001F600"],
    ["\\e", "\\x41", "\\ud800", "\\U00110000", "\\UFFFFFFFF", "\\u12", "\\ ", "\\"],
)
TEXT = ("ab 中文#'\t,[]=", '"\\\r\n\x00\x07\x1b\x7f\u2028')
NUMBERS = (
    ["0", "-0", "7", "-12", "120", "5.2", "-0.50", "0.0", "16039286"],
    ["+1", "01", "1_000", "1e3", "5.", ".5", "inf", "-nan", "0x1F", "1979-05-27T07:32:00"],
)
DAYS = (["2026-11-23", "2024-02-29", "1000-01-01"], ["2023-02-29", "2023-13-01", "0000-01-01"])
HEADERS = (["[[{}]]", "[[{}]]", "[{}]"], ["[ {}]", "[[{} ]]", "[[{}]", "[{}]]", "[[[{}]]]"])
ENDINGS = (["\n", "\r\n"], ["\r", ""])


def pick(rng: random.Random, pieces: tuple[Sequence[str], Sequence[str]]) -> str:
    plain, odd = pieces
    return rng.choice(plain if rng.random() < 0.95 else odd)


def some_text(rng: random.Random) -> str:
    plain, odd = TEXT
    alphabet = plain if rng.random() < 0.95 else plain + odd
    text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(6)))
    if rng.random() < 0.2:
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(ESCAPES[0] + ESCAPES[1]) + text[at:]
    return text


def some_value(rng: random.Random) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return pick(rng, NUMBERS)
    if kind == 1:
        return pick(rng, DAYS)
    if kind == 2:
        return rng.choice(["true", "false", "True", "{a = 1}"])
    if kind == 3:
        items = [f'"{some_text(rng)}"' for _ in range(rng.randrange(3))]
        return "[" + rng.choice([",", ", ", " ,\t"]).join(items) + rng.choice(["]", ",]", ""])
    quote = rng.choice(['"', '"', "'", '"""'])
    return f"{quote}{some_text(rng)}{quote}"


def some_line(rng: random.Random) -> str:
    kind = rng.randrange(6)
    space = pick(rng, SPACES)
    if kind < 3:
        key = pick(rng, KEYS)
        line = f"{space}{key}{pick(rng, SPACES)}={pick(rng, SPACES)}{some_value(rng)}"
    elif kind < 5:
        line = space + pick(rng, HEADERS).format(pick(rng, KEYS))
    else:
        line = space
    if rng.random() < 0.2:
        line += f"{pick(rng, SPACES)}#{some_text(rng)}"
    return line + pick(rng, ENDINGS)


@settings(max_examples=2000)
@given(st.randoms(use_true_random=False), st.integers(1, 6))
def test_it_gives_tomlis_document_or_declines(rng: random.Random, lines: int) -> None:
    text = "".join(some_line(rng) for _ in range(lines))
    plain = read_plain_toml(text)
    if plain is not None:
        expected = tomli_reads(text)  # would raise if the text were not TOML
        assert repr(plain) == repr(expected)


PLAIN_VALUES = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters='"\\\x7f', min_codepoint=32)).map(
        lambda text: f'"{text}"'
    ),
    # any text at all, as tzgoals writes it: escaped where TOML asks (tomli_w)
    st.text().map(lambda text: tomli_w.dumps({"k": text}).removeprefix("k = ").rstrip("\n")),
    st.integers(-(10**30), 10**30).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(lambda value: f"{value:f}"),
    st.dates(min_value=date(1000, 1, 1)).map(str),
    st.booleans().map(lambda value: str(value).lower()),
)
PLAIN_TABLES = st.dictionaries(
    st.from_regex(r"[A-Za-z0-9_-]{1,6}", fullmatch=True), PLAIN_VALUES, max_size=5
)


@given(st.dictionaries(st.sampled_from(["targets", "actuals", "sources"]), st.lists(PLAIN_TABLES)))
def test_a_file_of_plain_lines_is_always_read_plainly(arrays: dict[str, list[Any]]) -> None:
    text = "".join(
        f"[[{name}]]\n" + "".join(f"{key} = {value}\n" for key, value in table.items())
        for name, tables in arrays.items()
        for table in tables
    )
    assert_same_as_tomli(text)
