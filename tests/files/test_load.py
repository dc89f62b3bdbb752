"""Loading: each bad file of the corpus gives its message at its line; nothing raises but
DataError."""

from __future__ import annotations

import os
import tempfile
import tomllib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tzgoals.files.load import check_dataset, load_dataset
from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME, DataPaths
from tzgoals.files.problems import DataError, Problem
from tzgoals.files.toml_read import read_toml

from ..conftest import DATA

BAD = Path(__file__).resolve().parents[1] / "bad"


VALID = BAD / "_valid"


CASES = sorted(p.name for p in BAD.iterdir() if p.is_dir() and not p.name.startswith("_"))


def case_paths(case: Path) -> DataPaths:
    """The case's own files, and for a file it does not have, the valid one."""
    return DataPaths(
        *(
            case / name if os.path.lexists(case / name) else VALID / name
            for name in (TARGETS_NAME, ACTUALS_NAME)
        )
    )


def fragments(case: Path) -> tuple[list[str], list[str]]:
    lines = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    wanted = [line for line in lines if line.strip() and not line.startswith(("#", "!"))]
    unwanted = [line[1:] for line in lines if line.startswith("!")]
    return wanted, unwanted


def report(problems: list[Problem]) -> str:
    return "\n".join(str(p) for p in problems)


def test_the_corpus_has_cases() -> None:
    assert len(CASES) > 50
    assert check_dataset(DataPaths(VALID / TARGETS_NAME, VALID / ACTUALS_NAME)) == []


@pytest.mark.parametrize("name", CASES)
def test_bad_input_case(name: str) -> None:
    case = BAD / name
    paths = case_paths(case)
    wanted, unwanted = fragments(case)
    problems = check_dataset(paths)
    text = report(problems)
    for fragment in wanted:
        assert fragment in text, f"{fragment!r} not in:\n{text}"
    for fragment in unwanted:
        assert fragment not in text, f"{fragment!r} should not be in:\n{text}"
    if not wanted:
        assert problems == []
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        with pytest.raises(DataError) as raised:
            load_dataset(paths)
        assert raised.value.problems == problems
    else:
        load_dataset(paths)
    for problem in problems:
        assert Path(problem.file).name in {TARGETS_NAME, ACTUALS_NAME}
        assert "Traceback" not in problem.message


def test_every_case_names_its_file_and_a_line_where_there_is_one() -> None:
    for name in CASES:
        for problem in check_dataset(case_paths(BAD / name)):
            assert problem.file
            assert problem.line is None or problem.line >= 1


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "nope" / TARGETS_NAME, VALID / ACTUALS_NAME)
    (problem,) = check_dataset(paths)
    assert str(problem) == f"{tmp_path / 'nope' / TARGETS_NAME}: no such file"
    with pytest.raises(DataError, match="no such file"):
        load_dataset(paths)


def test_both_files_missing_are_both_named(tmp_path: Path) -> None:
    problems = check_dataset(DataPaths(tmp_path / TARGETS_NAME, tmp_path / ACTUALS_NAME))
    assert [Path(p.file).name for p in problems] == [TARGETS_NAME, ACTUALS_NAME]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    locked = tmp_path / ACTUALS_NAME
    locked.write_bytes((VALID / ACTUALS_NAME).read_bytes())
    locked.chmod(0)
    (problem,) = check_dataset(DataPaths(VALID / TARGETS_NAME, locked))
    assert "cannot read the file: Permission denied" in problem.message


def test_the_shipped_dataset_has_no_errors_and_one_known_warning(data_paths: DataPaths) -> None:
    problems = check_dataset(data_paths)
    assert [p.severity for p in problems] == ["warning"]
    assert "2023-leading-industries-output-share" in problems[0].message
    assert problems[0].file == str(data_paths.targets)


def test_read_toml_keeps_figures_exact() -> None:
    data, _ = read_toml(VALID / ACTUALS_NAME)
    assert data["actuals"][0]["value"] == Decimal("5.2")
    assert isinstance(data["actuals"][0]["value"], Decimal)


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def assert_only_data_errors(paths: DataPaths) -> None:
    """load_dataset either succeeds or raises DataError; check_dataset never raises."""
    problems = check_dataset(paths)
    assert all(isinstance(p, Problem) for p in problems)
    try:
        load_dataset(paths)
    except DataError as error:
        assert error.problems
        assert any(p.severity == "error" for p in error.problems)
    else:
        assert all(p.severity == "warning" for p in problems)


def write_case(
    folder: Path, targets: bytes | None = None, actuals: bytes | None = None, base: Path = VALID
) -> DataPaths:
    """The given file(s) in `folder`, and the other from `base` (small, so examples run fast)."""
    targets_path, actuals_path = folder / TARGETS_NAME, folder / ACTUALS_NAME
    targets_path.write_bytes(targets if targets is not None else (base / TARGETS_NAME).read_bytes())
    actuals_path.write_bytes(actuals if actuals is not None else (base / ACTUALS_NAME).read_bytes())
    return DataPaths(targets_path, actuals_path)


@FUZZ
@given(text=st.text(), which=st.sampled_from(["targets", "actuals"]))
def test_arbitrary_text_raises_only_data_error(workdir: Path, text: str, which: str) -> None:
    raw = text.encode("utf-8", errors="surrogatepass")
    paths = write_case(workdir, **{which: raw})
    assert_only_data_errors(paths)


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_data_error(workdir: Path, raw: bytes) -> None:
    assert_only_data_errors(write_case(workdir, actuals=raw))


KEYS = [
    *("dataset", "sources", "areas", "indicators", "targets", "actuals"),
    *("id", "indicator", "year", "area", "comparator", "value", "value_max", "tolerance"),
    *("unit", "name", "name_en", "source", "quote", "note", "file", "title", "polarity"),
    *("estimate", "lower_bound", "approximate"),
]


SCALARS = st.one_of(
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["at_least", "pp_change", "milestone", "%", "家", "亿元", "pp", "gdp-growth"]),
    st.sampled_from([2022, 2023, 2024, 1850, 99999]),
    st.dates(),
)


TOML_VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), children, max_size=6),
    ),
    max_leaves=10,
)


DOCUMENTS = st.dictionaries(
    st.sampled_from(KEYS) | st.text(max_size=8),
    TOML_VALUES
    | st.lists(st.dictionaries(st.sampled_from(KEYS), TOML_VALUES, max_size=10), max_size=4),
    max_size=6,
)


@FUZZ
@given(document=DOCUMENTS, which=st.sampled_from(["targets", "actuals"]))
def test_arbitrary_toml_raises_only_data_error(
    workdir: Path, document: dict[str, Any], which: str
) -> None:
    raw = tomli_w.dumps(document).encode()
    assert_only_data_errors(write_case(workdir, **{which: raw}))


SHIPPED = {
    name: tomllib.loads((DATA / name).read_text(encoding="utf-8"))
    for name in (TARGETS_NAME, ACTUALS_NAME)
}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """The shipped data with a few entries changed: a key dropped, replaced or added."""
    name = draw(st.sampled_from([TARGETS_NAME, ACTUALS_NAME]))
    document = {k: (list(v) if isinstance(v, list) else v) for k, v in SHIPPED[name].items()}
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        section = draw(st.sampled_from(sorted(document)))
        entries = document[section]
        if not isinstance(entries, list) or not entries:
            document[section] = draw(TOML_VALUES)
            continue
        index = draw(st.integers(min_value=0, max_value=len(entries) - 1))
        if not isinstance(entries[index], dict):
            entries[index] = draw(TOML_VALUES)
            continue
        entry = dict(entries[index])
        actions = ["drop", "replace", "add", "duplicate"] if entry else ["add", "duplicate"]
        action = draw(st.sampled_from(actions))
        if action == "duplicate":
            entries.append(entry)
            continue
        key = draw(st.sampled_from(sorted(entry)) if action != "add" else st.sampled_from(KEYS))
        if action == "drop":
            entry.pop(key, None)
        else:
            entry[key] = draw(TOML_VALUES)
        entries[index] = entry
    return name, document


@FUZZ
@given(case=mutated())
def test_mutated_shipped_data_raises_only_data_error(
    workdir: Path, case: tuple[str, dict[str, Any]]
) -> None:
    name, document = case
    raw = tomli_w.dumps(document).encode()
    if name == TARGETS_NAME:
        assert_only_data_errors(write_case(workdir, targets=raw, base=DATA))
    else:
        assert_only_data_errors(write_case(workdir, actuals=raw, base=DATA))


@FUZZ
@given(
    position=st.integers(min_value=0, max_value=60_000),
    cut=st.integers(min_value=0, max_value=200),
    insert=st.text(max_size=20),
)
def test_edited_shipped_text_raises_only_data_error(
    workdir: Path, position: int, cut: int, insert: str
) -> None:
    """A slip of the keyboard anywhere in the real file: characters deleted and typed."""
    text = (DATA / TARGETS_NAME).read_text(encoding="utf-8")
    position %= len(text)
    edited = text[:position] + insert + text[position + cut :]
    raw = edited.encode("utf-8", errors="surrogatepass")
    assert_only_data_errors(write_case(workdir, targets=raw, base=DATA))
