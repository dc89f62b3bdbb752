"""Every problem code can be reached: a table from each code to an input that produces it.

An input is a case of tests/bad (by its folder's name), or a scenario built here: the valid
dataset of tests/bad/_valid with one thing broken, or a call of the function that refuses.
A code nothing produces is a code the docs describe in vain; a merge that adds a problem
without a row here fails `test_the_table_names_every_code`.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from tzgoals.files import atomic
from tzgoals.files.append import append_entries, record_actual
from tzgoals.files.archive import add_source
from tzgoals.files.decode import read_text
from tzgoals.files.load import check_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.files.problems import DataError, Problem
from tzgoals.files.sources import read_archived, write_archived
from tzgoals.files.starter import init_dataset
from tzgoals.files.transfer import read_csv, rows_to_entries
from tzgoals.models import Source
from tzgoals.problem_codes import ProblemCode
from tzgoals.render.catalogue import Lang
from tzgoals.render.catalogue.problems_en import PARTS as EN_PARTS
from tzgoals.render.catalogue.problems_en import PROBLEMS as EN_PROBLEMS
from tzgoals.render.catalogue.problems_zh import PARTS as ZH_PARTS
from tzgoals.render.catalogue.problems_zh import PROBLEMS as ZH_PROBLEMS
from tzgoals.vocabulary import Comparator, Section

from .builders import target

BAD = Path(__file__).parent / "bad"
VALID = BAD / "_valid"

Scenario = Callable[[Path], list[Problem]]


def _copy(tmp: Path) -> DataPaths:
    folder = shutil.copytree(VALID, tmp / "data")
    return DataPaths(folder / "targets.toml", folder / "actuals.toml")


def _broken(file: str, old: str, new: str, *more: tuple[str, str]) -> Scenario:
    """The valid dataset with `old` replaced by `new` in `file` (and each further pair in the
    same file), checked with its evidence."""

    def scenario(tmp: Path) -> list[Problem]:
        paths = _copy(tmp)
        path = paths.targets.parent / file
        text = path.read_text(encoding="utf-8")
        for was, now in ((old, new), *more):
            assert was in text, was
            text = text.replace(was, now, 1)
        path.write_text(text, encoding="utf-8")
        return check_dataset(paths, evidence=True)

    return scenario


def _added(file: str, table: str) -> Scenario:
    """The valid dataset with a table added at the end of `file`."""

    def scenario(tmp: Path) -> list[Problem]:
        paths = _copy(tmp)
        with (paths.targets.parent / file).open("a", encoding="utf-8") as stream:
            stream.write(f"\n{table}\n")
        return check_dataset(paths, evidence=True)

    return scenario


def _refused(call: Callable[[Path], object]) -> Scenario:
    """The problems of the `DataError` a call raises."""

    def scenario(tmp: Path) -> list[Problem]:
        with pytest.raises(DataError) as raised:
            call(tmp)
        return raised.value.problems

    return scenario


def _file(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _csv(text: str, section: Section = Section.ACTUALS) -> Scenario:
    def call(tmp: Path) -> object:
        path = _file(tmp, "rows.csv", text.encode())
        return rows_to_entries(section, read_csv(path), str(path))

    return _refused(call)


def _with_env(name: str, value: str, call: Callable[[Path], object]) -> Scenario:
    def scenario(tmp: Path) -> list[Problem]:
        os.environ[name] = value
        try:
            return _refused(call)(tmp)
        finally:
            del os.environ[name]

    return scenario


def _record(**changes: object) -> Callable[[Path], object]:
    """A result recorded in the dataset of `tmp`/data (the valid one copied there if none is)."""

    def call(tmp: Path) -> object:
        paths = DataPaths(tmp / "data" / "targets.toml", tmp / "data" / "actuals.toml")
        fields = {
            "indicator": "new-firms",
            "year": 2025,
            "value": 130,
            "unit": "家",
            "source": "review.txt",
            "quote": "新增规上工业企业120家",
            **changes,
        }
        return record_actual(paths if paths.targets.exists() else _copy(tmp), fields)

    return call


def _record_in_installed_example(tmp: Path) -> object:
    """The library's `record` into the example as installed inside a package."""
    from types import SimpleNamespace

    import tzgoals
    from tzgoals.files import paths

    package = tmp / "site-packages" / "tzgoals"
    example = shutil.copytree(VALID, package / "data")
    with mock.patch.object(paths, "resources", SimpleNamespace(files=lambda _: package)):
        return tzgoals.record(example, "new-firms", 98, year=2023, quote="98家", source="plan.txt")


def _append_targets(*ids: str) -> Callable[[Path], object]:
    def call(tmp: Path) -> object:
        made = [
            target(Comparator.AT_LEAST, "5", "%", id=i, indicator="gdp-growth", area="headline")
            for i in ids
        ]
        cited = {"source": "plan.txt", "quote": "地区生产总值增长5%", "year": 2024}
        entries = [entry.model_copy(update=cited) for entry in made]
        return append_entries(_copy(tmp), Section.TARGETS, entries)

    return call


def _replace(original: bytes, check: Callable[[Path], list[Problem]]) -> Scenario:
    def call(tmp: Path) -> object:
        path = _file(tmp, "file.toml", b"a = 1\n")
        with atomic.writing(path):
            return atomic.replace_checked(path, original, b"a = 2\n", check)

    return _refused(call)


def _fail_replace(tmp: Path) -> object:
    path = _file(tmp, "file.toml", b"a = 1\n")
    raise atomic.io_failure(path, "replace", OSError(28, "No space left on device"))


def _locked(tmp: Path) -> object:
    path = _file(tmp, "file.toml", b"a = 1\n")
    with atomic.writing(path), atomic.writing(path):
        return None


def _read_only(tmp: Path) -> object:
    path = _file(tmp, "file.toml", b"a = 1\n")
    path.chmod(0o444)
    with atomic.writing(path):
        return None


def _linked(tmp: Path) -> object:
    path = _file(tmp, "file.toml", b"a = 1\n")
    os.link(path, tmp / "other.toml")
    with atomic.writing(path):
        return None


def _owner_not_kept(tmp: Path) -> list[Problem]:
    """A file owned by someone else, and a chown the system refuses (as it does to all but
    root)."""
    path = _file(tmp, "file.toml", b"a = 1\n")
    temporary = _file(tmp, "new.toml", b"a = 2\n")
    status = os.stat_result((0o100644, 0, 0, 1, 4242, 4242, 6, 0, 0, 0))
    with mock.patch("os.chown", side_effect=PermissionError(1, "Operation not permitted")):
        return atomic._keep_owner_and_mode(path, temporary, status)


def _without_text(tmp: Path, then: Callable[..., object], *args: object) -> Any:
    """The valid dataset with review.txt's archived text gone, then `then(paths, *args)`."""
    paths = _copy(tmp)
    (paths.sources / "review.txt").unlink()
    return then(paths, *args)


def _source_add(
    name: str, data: bytes, setup: Callable[[DataPaths], object] | None = None
) -> Callable[[Path], object]:
    def call(tmp: Path) -> object:
        paths = _copy(tmp)
        if setup:
            setup(paths)
        document = tmp / name
        document.write_bytes(data)
        return add_source(paths, document, {})

    return call


def _unlist_review(paths: DataPaths) -> None:
    """The valid dataset as it is while its documents are listed one at a time: review.txt
    not listed yet (its text not archived), a third document about to be."""
    text = paths.targets.read_text(encoding="utf-8")
    start = text.index('[[sources]]\nfile = "review.txt"')
    end = text.index("[[areas]]")
    paths.targets.write_text(text[:start] + text[end:], encoding="utf-8")
    (paths.sources / "review.txt").unlink()


def _quoted_before_archived(paths: DataPaths) -> None:
    """An entry quoting a document not listed, whose quote the document will not hold."""
    with paths.actuals.open("a", encoding="utf-8") as stream:
        stream.write(
            '\n[[actuals]]\nindicator = "new-firms"\nyear = 2023\nvalue = 90\nunit = "家"\n'
            'name = "新增90家"\nsource = "later.txt"\nquote = "新增规上工业企业90家"\n'
        )


def _unreadable_text(tmp: Path) -> list[Problem]:
    paths = _copy(tmp)
    (paths.sources / "review.txt").write_bytes(b"\xff\xfe\x00broken")
    return check_dataset(paths, evidence=True)


def _leftover(tmp: Path) -> list[Problem]:
    paths = _copy(tmp)
    (paths.sources / ".plan.txt.tzgoals-x1y2.tmp").write_text("", encoding="utf-8")
    return check_dataset(paths, evidence=True)


def _unlisted_text(tmp: Path) -> list[Problem]:
    paths = _copy(tmp)
    (paths.sources / "spare.txt").write_text("spare", encoding="utf-8")
    return check_dataset(paths, evidence=True)


def _link_outside(tmp: Path) -> list[Problem]:
    paths = _copy(tmp)
    outside = _file(tmp, "outside.txt", "示例县2024年政府工作报告".encode())
    (paths.sources / "plan.txt").unlink()
    (paths.sources / "plan.txt").symlink_to(outside)
    return check_dataset(paths, evidence=True)


def _folder_link(tmp: Path) -> object:
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    (tmp / "sources").symlink_to(elsewhere)
    return write_archived(tmp / "sources", "plan.txt", b"text")


def _not_utf8_text(tmp: Path) -> object:
    return Source.model_validate({"file": "a.txt", "title": "\ud800"})


def _through_validation(call: Callable[[Path], object]) -> Scenario:
    """Problems of a model validated outside a file, worded as a writer words them."""

    def scenario(tmp: Path) -> list[Problem]:
        from pydantic import ValidationError

        from tzgoals.files.messages import entry_problems

        with pytest.raises(ValidationError) as raised:
            call(tmp)
        return entry_problems(Section.SOURCES, raised.value, "targets.toml")

    return scenario


def _drafted_under_no_heading(tmp: Path) -> object:
    """extract --into without --area, of a plan whose target stands under no heading."""
    from tzgoals.draft.extract import extraction
    from tzgoals.draft.into import append_drafts

    drafted = extraction("地区生产总值增长6%以上；城镇新增就业1万人以上。", 2024, "plan.txt")
    return append_drafts(_copy(tmp), drafted.drafts, None, Lang.EN, drafted.areas)


_ADD_TARGET = """[[targets]]
id = "2024-extra"
indicator = "gdp-growth"
year = 2024
area = "headline"
name = "地区生产总值增长5%"
source = "plan.txt"
quote = "地区生产总值增长5%"
"""


def _panel(*places: str) -> Scenario:
    """A panel.toml of the places given (each a [[places]] table's keys), read, beside a copy
    of the valid dataset in data/."""

    def scenario(tmp: Path) -> list[Problem]:
        from tzgoals.panel import inspect_panel

        shutil.copytree(VALID, tmp / "data")
        tables = "".join(f"\n[[places]]\n{keys}" for keys in places)
        path = _file(tmp, "panel.toml", f'[panel]\nname = "面板"\n{tables}'.encode())
        return inspect_panel(path)[1]

    return scenario


def _place(place_id: str, level: str, parent: str | None = None, path: str = "data") -> str:
    above = f'parent = "{parent}"\n' if parent else ""
    return f'id = "{place_id}"\nname = "{place_id}"\nlevel = "{level}"\n{above}path = "{path}"\n'


def _names_differ(tmp: Path) -> list[Problem]:
    from tzgoals.panel_check import NamedIndicator, name_problems

    targets = _copy(tmp).targets
    filed = [NamedIndicator(place, "gdp-growth", targets, 0) for place in ("a", "b")]
    return name_problems(
        {"地区生产总值增长": [*filed, NamedIndicator("c", "gdp-rate", targets, 0)]}
    )


_ADD_INDICATOR = """[[indicators]]
id = "extra"
name = "额外指标"
"""

#: Each code, and the input that produces it: a case of tests/bad, or a scenario.
REACHED_BY: dict[ProblemCode, str | Scenario] = {
    ProblemCode.TOML_SYNTAX: "syntax_duplicate_key",
    ProblemCode.EMPTY_FILE: "empty_targets",
    ProblemCode.NESTED_TOO_DEEPLY: "syntax_nested_too_deeply",
    ProblemCode.UNREADABLE_NUMBER: "number_with_thousands_of_digits",
    ProblemCode.UTF16_TEXT: "utf16_encoded",
    ProblemCode.GBK_TEXT: "gbk_encoded",
    ProblemCode.BINARY_DATA: "random_bytes",
    ProblemCode.NOT_UTF8: _refused(lambda tmp: read_text(_file(tmp, "a.toml", b"a = '\xff'"))),
    ProblemCode.NUL_BYTES: "binary_nul_bytes",
    ProblemCode.BAD_SIZE_LIMIT: _with_env(
        "TZGOALS_MAX_FILE_SIZE", "lots", lambda tmp: read_text(_file(tmp, "a.toml", b""))
    ),
    ProblemCode.NOT_A_REGULAR_FILE: "is_a_directory",
    ProblemCode.FILE_TOO_LARGE: _with_env(
        "TZGOALS_MAX_FILE_SIZE", "4", lambda tmp: read_text(_file(tmp, "a.toml", b"a = 12"))
    ),
    ProblemCode.NO_SUCH_FILE: _refused(lambda tmp: read_text(tmp / "missing.toml")),
    ProblemCode.CANNOT_READ: _refused(
        lambda tmp: read_text(_file(tmp, "a.toml", b"") / "inside.toml")
    ),
    ProblemCode.UNKNOWN_ENCODING: _refused(
        lambda tmp: read_text(_file(tmp, "a.csv", b"a"), encoding="klingon")
    ),
    ProblemCode.NOT_A_TEXT_ENCODING: _refused(
        lambda tmp: read_text(_file(tmp, "a.csv", b"a"), encoding="base64")
    ),
    ProblemCode.NOT_IN_ENCODING: _refused(
        lambda tmp: read_text(_file(tmp, "a.csv", b"\xff\xff"), encoding="ascii")
    ),
    ProblemCode.CSV_EMPTY: _csv(""),
    ProblemCode.CSV_BLANK_COLUMN: _csv("indicator,,year\n"),
    ProblemCode.CSV_REPEATED_COLUMN: _csv("year,year\n"),
    ProblemCode.CSV_TOO_MANY_CELLS: _csv("year\n2024,2025\n"),
    ProblemCode.CSV_SYNTAX: _csv('year\n"2024\n'),
    ProblemCode.CSV_UNKNOWN_COLUMN: _csv("yaer\n2024\n"),
    ProblemCode.UNKNOWN_TABLE: "unknown_table",
    ProblemCode.UNKNOWN_KEY: "unknown_key",
    ProblemCode.MISSING_TABLE: "missing_dataset",
    ProblemCode.MISSING_KEY: "missing_quote",
    ProblemCode.UNKNOWN_VALUE: "unknown_comparator",
    ProblemCode.EXPECTED_BOOLEAN: "bool_as_text",
    ProblemCode.EXPECTED_ASCII_WHOLE_NUMBER: "year_in_fullwidth_digits",
    ProblemCode.EXPECTED_WHOLE_NUMBER: "year_as_float",
    ProblemCode.YEAR_OUT_OF_RANGE: "both_files_bad",
    ProblemCode.EXPECTED_TEXT: "number_as_text_key",
    ProblemCode.EMPTY_TEXT: "empty_quote",
    ProblemCode.BLANK_TEXT: "blank_optional_note",
    ProblemCode.CONTROL_CHARACTER: "bidi_override_in_a_target_id",
    ProblemCode.TEXT_NOT_UTF8: _through_validation(_not_utf8_text),
    ProblemCode.TABLE_EXPECTED: "dataset_not_a_table",
    ProblemCode.ENTRY_NOT_A_TABLE: "entry_not_a_table",
    ProblemCode.ARRAY_OF_TABLES_EXPECTED: "section_not_an_array",
    ProblemCode.INVALID_VALUE: _broken(
        "targets.toml", 'file = "plan.txt"', 'file = "plan.txt"\nretrieved = "last spring"'
    ),
    ProblemCode.EXPONENT_BEYOND_ANY_FIGURE: "number_beyond_any_exponent",
    ProblemCode.NUMBER_NOT_BOOLEAN: "boolean_for_number",
    ProblemCode.NUMBER_NOT_OTHER_DIGITS: "value_in_arabic_indic_digits",
    ProblemCode.NUMBER_NOT_TEXT: "text_for_number",
    ProblemCode.EXPECTED_NUMBER: "date_for_number",
    ProblemCode.EXPECTED_FINITE_NUMBER: "nan_value",
    ProblemCode.TOO_MANY_DIGITS: "too_many_digits",
    ProblemCode.IMPLAUSIBLY_LARGE: "both_files_bad",
    ProblemCode.IMPLAUSIBLE_EXPONENT: "zero_with_a_huge_exponent",
    ProblemCode.IMPLAUSIBLY_SMALL: "tiny_number_1e-999999",
    ProblemCode.NOT_ONE_LINE: _broken("targets.toml", 'file = "plan.txt"', 'file = "plan\\t.txt"'),
    ProblemCode.NOT_A_WEB_ADDRESS: _broken(
        "targets.toml", 'file = "plan.txt"', 'file = "plan.txt"\nurl = "javascript:alert(1)"'
    ),
    ProblemCode.NOT_A_SHA256: _broken("targets.toml", 'sha256 = "00e9', 'sha256 = "zz'),
    ProblemCode.COMPARATOR_TAKES_NO_DIRECTION: _added(
        "targets.toml",
        _ADD_TARGET.replace(
            'area = "headline"', 'area = "headline"\ncomparator = "milestone"\ndirection = "floor"'
        ),
    ),
    ProblemCode.DIRECTION_DOES_NOT_FIT: _broken(
        "targets.toml", 'comparator = "at_least"', 'comparator = "at_least"\ndirection = "ceiling"'
    ),
    ProblemCode.OUTCOME_TAKES_NO_FIGURE: "milestone_with_value",
    ProblemCode.NEEDS_VALUE_AND_UNIT: _added(
        "targets.toml",
        _ADD_TARGET.replace('area = "headline"', 'area = "headline"\ncomparator = "at_least"'),
    ),
    ProblemCode.ABOUT_NEEDS_TOLERANCE: _broken(
        "targets.toml", 'comparator = "at_least"', 'comparator = "about"'
    ),
    ProblemCode.TOLERANCE_ONLY_FOR_ABOUT: _broken(
        "targets.toml", 'comparator = "at_least"', 'comparator = "at_least"\ntolerance = 1'
    ),
    ProblemCode.BETWEEN_NEEDS_VALUE_MAX: "between_without_max",
    ProblemCode.VALUE_MAX_ONLY_FOR_BETWEEN: _broken(
        "targets.toml", 'comparator = "at_least"', 'comparator = "at_least"\nvalue_max = 9'
    ),
    ProblemCode.PERCENTAGE_POINTS_ONLY_FOR_PP_CHANGE: _broken(
        "targets.toml", 'value = 5\nunit = "%"', 'value = 5\nunit = "个百分点"'
    ),
    ProblemCode.YES_NO_TAKES_NO_UNIT: _broken(
        "actuals.toml", "value = true", 'value = true\nunit = "座"'
    ),
    ProblemCode.NUMBER_NEEDS_UNIT: "figure_result_without_unit",
    ProblemCode.DUPLICATE: "duplicate_target_id",
    ProblemCode.NEGATIVE_COUNT: "negative_count",
    ProblemCode.OUTCOME_INDICATOR_HAS_UNIT: _added(
        "targets.toml",
        _ADD_TARGET.replace('area = "headline"', 'area = "headline"\ncomparator = "milestone"'),
    ),
    ProblemCode.INDICATOR_HAS_NO_UNIT: _added(
        "targets.toml",
        _ADD_TARGET.replace('"gdp-growth"', '"bridge"').replace(
            'area = "headline"',
            'area = "headline"\ncomparator = "at_least"\nvalue = 1\nunit = "座"',
        ),
    ),
    ProblemCode.PP_CHANGE_NEEDS_PERCENT: _added(
        "targets.toml",
        _ADD_TARGET.replace('"gdp-growth"', '"new-firms"').replace(
            'area = "headline"',
            'area = "headline"\ncomparator = "pp_change"\nvalue = 1\nunit = "pp"',
        ),
    ),
    ProblemCode.UNIT_DOES_NOT_FIT: "incompatible_unit_target",
    ProblemCode.UNKNOWN_AREA: "unknown_area",
    ProblemCode.UNKNOWN_INDICATOR: "unknown_indicator_in_target",
    ProblemCode.UNKNOWN_INDICATOR_OF_RESULT: "unknown_indicator_in_actual",
    ProblemCode.YES_NO_RESULT_EXPECTED: "yes_no_for_a_figure",
    ProblemCode.NUMBER_AND_UNIT_EXPECTED: _broken(
        "actuals.toml", 'value = 120\nunit = "家"', "value = true"
    ),
    ProblemCode.SOURCE_NOT_LISTED: "unlisted_source",
    ProblemCode.PART_OF_UNKNOWN: _added("targets.toml", _ADD_INDICATOR + 'part_of = "nowhere"'),
    ProblemCode.PART_OF_LOOP: _broken(
        "targets.toml",
        'id = "new-firms"\nname = "新增规上工业企业"\nunit = "家"',
        'id = "new-firms"\nname = "新增规上工业企业"\nunit = "家"\npart_of = "new-firms"',
    ),
    ProblemCode.PART_OF_NOT_A_COUNT: _added(
        "targets.toml", _ADD_INDICATOR + 'unit = "家"\npart_of = "gdp-growth"'
    ),
    ProblemCode.PART_OF_UNIT_MISMATCH: _added(
        "targets.toml", _ADD_INDICATOR + 'unit = "元"\npart_of = "new-firms"'
    ),
    ProblemCode.ABOUT_WITHOUT_SIDE: _broken(
        "targets.toml", 'comparator = "at_least"', 'comparator = "about"\ntolerance = 0.5'
    ),
    ProblemCode.NO_BASELINE: "pp_change_without_baseline",
    ProblemCode.ALREADY_IN_FILE: _refused(_append_targets("2024-gdp-growth")),
    ProblemCode.GIVEN_TWICE: _refused(_append_targets("2024-x", "2024-x")),
    ProblemCode.QUOTE_NOT_IN_SOURCE: _broken(
        "targets.toml", 'quote = "地区生产总值增长5%"', 'quote = "地区生产总值增长9%"'
    ),
    ProblemCode.FIGURE_NOT_IN_QUOTE: _broken(
        "targets.toml",
        "value = 5\n",
        "value = 5.5\n",
        ('name = "地区生产总值增长5%"', 'name = "x"'),
    ),
    ProblemCode.ARCHIVED_TEXT_UNREADABLE: _unreadable_text,
    ProblemCode.NO_ARCHIVED_TEXT: lambda tmp: _without_text(tmp, check_dataset, True),
    ProblemCode.ARCHIVED_TEXT_CHANGED: _broken("targets.toml", 'sha256 = "00e9', 'sha256 = "11e9'),
    ProblemCode.NO_SHA256: _broken(
        "targets.toml",
        'sha256 = "00e987bf959421e9610c73487768097861b6724813dbb8de515714abb4b5a375"\n',
        "",
    ),
    ProblemCode.SOURCE_NOT_QUOTED: _added(
        "targets.toml", '[[sources]]\nfile = "spare.txt"\ntitle = "Spare"'
    ),
    ProblemCode.QUOTES_UNCHECKABLE: lambda tmp: _no_sources_listed(tmp),
    ProblemCode.NO_ARCHIVED_TEXT_YET: _refused(
        lambda tmp: _without_text(tmp, lambda paths: _record()(paths.targets.parent.parent))
    ),
    ProblemCode.LEFTOVER_TEXT: _leftover,
    ProblemCode.UNLISTED_TEXT: _unlisted_text,
    ProblemCode.SOURCES_FOLDER_LINK: _refused(_folder_link),
    ProblemCode.LINK_OUTSIDE: _link_outside,
    ProblemCode.STILL_UNLISTED: lambda tmp: list(
        add_source(_with_setup(tmp, _unlist_review), tmp / "third.txt", {}).appended.warnings
    ),
    ProblemCode.NOTHING_WRITTEN: _refused(_record(unit="座")),
    ProblemCode.DATASET_HAS_ERRORS: _refused(
        lambda tmp: record_actual(_broken_copy(tmp), {"indicator": "gdp-growth"})
    ),
    ProblemCode.NO_ENTRIES: _refused(lambda tmp: append_entries(_copy(tmp), Section.TARGETS, [])),
    ProblemCode.CANNOT_WRITE: _refused(_fail_replace),
    ProblemCode.BAD_LOCK_TIMEOUT: _with_env("TZGOALS_LOCK_TIMEOUT", "soon", _locked),
    ProblemCode.LOCK_HELD: _with_env("TZGOALS_LOCK_TIMEOUT", "0", _locked),
    ProblemCode.NOT_WRITABLE: _refused(_read_only),
    ProblemCode.HARD_LINKS: _refused(_linked),
    ProblemCode.OWNER_NOT_KEPT: _owner_not_kept,
    ProblemCode.INVALID_AFTER_CHANGE: _replace(
        b"a = 1\n", lambda path: [Problem(str(path), 1, ProblemCode.EMPTY_FILE)]
    ),
    ProblemCode.CHANGED_MEANWHILE: _replace(b"a = 0\n", lambda path: []),
    ProblemCode.ALREADY_EXISTS: _refused(lambda tmp: init_dataset(_copy(tmp).targets.parent)),
    ProblemCode.EMPTY_FOLDER_NAME: _refused(lambda tmp: init_dataset("")),
    ProblemCode.FOLDER_TOO_DEEP: _refused(lambda tmp: init_dataset("a/" * 101)),
    ProblemCode.TEXT_REMOVED_AGAIN: _refused(
        _source_add("later.txt", "无关的文字".encode(), _quoted_before_archived)
    ),
    ProblemCode.ARCHIVED_NAME_TAKEN: _refused(_source_add("plan.txt", "另一份文本".encode())),
    ProblemCode.NUMBER_WITH_DIGIT_SEPARATOR: _refused(_record(value="1_000")),
    ProblemCode.INVISIBLE_CHARACTER: _refused(_record(indicator="new-\u200bfirms")),
    ProblemCode.NOT_A_PARTIAL_DATE: _broken(
        "actuals.toml", "estimate = true\n", 'estimate = true\nas_of = "2025-3"\n'
    ),
    ProblemCode.NOT_A_CALENDAR_DATE: _refused(_record(as_of="2025-02-30")),
    ProblemCode.ESTIMATE_CONTRADICTS_VINTAGE: _broken(
        "actuals.toml", "estimate = true\n", 'estimate = true\nvintage = "final"\n'
    ),
    ProblemCode.EXPECTED_THROUGH_MONTH: _broken(
        "actuals.toml", "estimate = true\n", "estimate = true\nthrough_month = 12\n"
    ),
    ProblemCode.BACKSLASH_IN_SOURCE_NAME: _refused(_source_add("a\\b.txt", "文本".encode())),
    ProblemCode.GUESSED_TITLE_HOLDS_CONTROL: _refused(
        _source_add("coloured.txt", "\x1b[31m标题\n正文\n".encode())
    ),
    ProblemCode.TARGETS_UNDER_NO_HEADING: _refused(_drafted_under_no_heading),
    ProblemCode.EXAMPLE_NOT_TO_BE_CHANGED: _refused(_record_in_installed_example),
    ProblemCode.DUPLICATE_PLACE: _panel(_place("a", "province"), _place("a", "county")),
    ProblemCode.UNKNOWN_PARENT: _panel(_place("a", "county", "nowhere")),
    ProblemCode.PARENT_NOT_ABOVE: _panel(_place("a", "county"), _place("b", "province", "a")),
    ProblemCode.PARENT_CYCLE: _panel(_place("a", "county", "b"), _place("b", "province", "a")),
    ProblemCode.PLACE_WITHOUT_DATASET: _panel(_place("a", "county", path="nowhere")),
    ProblemCode.NAME_UNDER_OTHER_IDS: _names_differ,
    ProblemCode.NOT_THE_SHARED_ID: _added(
        "targets.toml", '[[indicators]]\nid = "jobless"\nname = "城镇调查失业率"\nunit = "%"'
    ),
    ProblemCode.NOT_A_SOURCE_NAME: lambda tmp: [
        Problem("sources", None, archived.code, archived.params)
        for archived in [read_archived(tmp, "../targets.toml")]
        if archived is not None and not hasattr(archived, "text") and archived.code
    ],
}


def _with_setup(tmp: Path, setup: Callable[[DataPaths], object]) -> DataPaths:
    paths = _copy(tmp)
    setup(paths)
    (tmp / "third.txt").write_text("第三份文件", encoding="utf-8")
    return paths


def _broken_copy(tmp: Path) -> DataPaths:
    paths = _copy(tmp)
    text = paths.targets.read_text(encoding="utf-8")
    paths.targets.write_text(text.replace('area = "headline"', 'area = "nowhere"', 1), "utf-8")
    return paths


def _no_sources_listed(tmp: Path) -> list[Problem]:
    paths = _copy(tmp)
    text = paths.targets.read_text(encoding="utf-8")
    start, end = text.index("[[sources]]"), text.index("[[areas]]")
    paths.targets.write_text(text[:start] + text[end:], encoding="utf-8")
    return check_dataset(paths, evidence=True)


def test_the_table_names_every_code() -> None:
    assert [code for code in ProblemCode if code not in REACHED_BY] == []


@pytest.mark.parametrize("code", list(REACHED_BY), ids=lambda c: f"{c.value}-{c.slug}")
def test_every_code_is_reached(code: ProblemCode, tmp_path: Path) -> None:
    way = REACHED_BY[code]
    if isinstance(way, str):
        from .files.test_load import case_paths

        problems = check_dataset(case_paths(BAD / way))
    else:
        problems = way(tmp_path)
    # A problem may be the reason of another: a link out of sources/ makes a text unreadable.
    reasons = {v for p in problems for k, v in p.params if k == "reason_code"}
    assert code in {p.code for p in problems} | reasons, problems
    for problem in problems:
        assert isinstance(problem.code, ProblemCode)
        assert problem.message and problem.wording(Lang.ZH) != problem.message
        assert "None" not in problem.message  # a part left out is left out, not named


# ---------------------------------------------------------------- the catalogues and the page

PAGE = Path(__file__).parents[1] / "docs" / "problems.md"
ENTRY = re.compile(r"^- \*\*(TZ\d+)\*\* `([a-z0-9-]+)` \((error|warning)\): (.+)$", re.MULTILINE)
PLACE = re.compile(r"\{[^{}]*\}")


def test_every_code_has_words_in_both_catalogues_and_nothing_else_does() -> None:
    names = {code.slug for code in ProblemCode}
    assert set(EN_PROBLEMS) == names
    assert set(ZH_PROBLEMS) == names
    assert set(EN_PARTS) == set(ZH_PARTS)
    for words in (*ZH_PROBLEMS.values(), *ZH_PARTS.values()):
        assert PLACE.sub("", words).strip() == "" or re.search(r"[\u4e00-\u9fff]", words), words


def test_codes_are_unique_and_shaped_by_family() -> None:
    values = [code.value for code in ProblemCode]
    assert len(values) == len(set(values))
    assert all(re.fullmatch(r"TZ[1-6]\d\d", value) for value in values)


def _wording(code: ProblemCode) -> re.Pattern[str]:
    """The English template of a code as a pattern, each place matching anything."""
    pieces = PLACE.split(EN_PROBLEMS[code.slug])
    return re.compile(".*".join(re.escape(piece) for piece in pieces), re.DOTALL)


def test_the_problems_page_lists_every_code_with_its_name_severity_and_an_example() -> None:
    listed = {
        code: (name, severity, example)
        for code, name, severity, example in ENTRY.findall(PAGE.read_text(encoding="utf-8"))
    }
    assert sorted(listed) == sorted(code.value for code in ProblemCode)
    for code in ProblemCode:
        name, severity, example = listed[code.value]
        assert (name, severity) == (code.slug, code.severity)
        assert _wording(code).search(example), (code, example)


def test_the_page_check_would_see_a_code_that_does_not_exist() -> None:
    assert ENTRY.findall("- **TZ999** `made-up` (error): words") == [
        ("TZ999", "made-up", "error", "words")
    ]


# ---------------------------------------------------------------- a problem always has a code

SRC = Path(__file__).parents[1] / "src" / "tzgoals"
MAKERS = {"Problem", "problem", "Finding", "finding"}


def _sentence(node: ast.expr) -> bool:
    """Words where a code belongs: an f-string, a text with a space in it, or texts joined."""
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value


def _made_without_a_code(tree: ast.AST) -> list[int]:
    """Lines that make a problem from a sentence rather than from a code and its values."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", getattr(node.func, "attr", None)) in MAKERS
        and any(_sentence(arg) for arg in node.args[1:])  # the file may be an f-string
    ]


def test_no_problem_is_made_without_a_code() -> None:
    """A merge that brings back `Problem(file, line, "a sentence")` fails here (and in mypy)."""
    found = {
        str(path.relative_to(SRC)): lines
        for path in SRC.rglob("*.py")
        if (lines := _made_without_a_code(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def test_the_code_check_sees_a_problem_made_with_a_sentence() -> None:
    made = ast.parse('Problem(str(path), None, f"cannot {x}")\nfinding(s, 1, "a text")')
    assert _made_without_a_code(made) == [1, 2]


def test_a_problem_with_a_sentence_for_a_code_cannot_be_worded() -> None:
    with pytest.raises(AttributeError):
        Problem("targets.toml", 1, "a sentence").message  # type: ignore[arg-type]  # noqa: B018
