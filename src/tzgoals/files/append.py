"""Adding entries to a dataset: new `[[section]]` tables at the end, no byte already there touched.

Files are edited by hand, with comments that matter, so a command never rewrites one. Every
write is checked first (the new entries against the whole dataset, and their quotes against
the archived texts in sources/), then the file is replaced atomically (`tzgoals.files.atomic`)
once the dataset with the new tables in place still loads. On any refusal the file is left
exactly as it was, and the caller gets a `WriteError`.

The whole transaction, from reading the dataset to the rename, holds the lock of the file
written, so that concurrent appends all land, one after the other. The other file is read
under that lock only: appends to it add entries and never remove one, so what the check found
there stays true.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from tzgoals.evidence import check_new_entries
from tzgoals.files.atomic import replace_checked, writing
from tzgoals.files.decode import read_bytes
from tzgoals.files.load import Inspection, inspect_dataset
from tzgoals.files.messages import entry_problems
from tzgoals.files.paths import DataPaths
from tzgoals.files.problems import Problem, WriteError, problem, unchanged
from tzgoals.files.sources import (
    read_archive,
)
from tzgoals.files.toml_positions import Locator
from tzgoals.files.toml_tables import table_text
from tzgoals.models import (
    SECTION_MODELS,
    Actual,
    ActualsFile,
    Area,
    Entry,
    Indicator,
    Source,
    Target,
    TargetsFile,
)
from tzgoals.problem_codes import Params, ProblemCode, params
from tzgoals.rules import Finding, cross_check
from tzgoals.vocabulary import Section


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to append and where it came from, so that a refusal can point there.

    `file` and `line` name a CSV row for an import; for an entry given on the command line,
    `file` is the data file it was meant for and `line` is None.
    """

    entry: Entry
    file: str
    line: int | None = None
    #: Written as a TOML comment just above the table, one `# ` line per line: how a tool
    #: drafted the entry, which a person editing the file reads and no report shows.
    comment: str = ""


@dataclass(frozen=True, slots=True)
class Appended:
    """What a successful append did: the file, the entries, the line of the first new table.

    `warnings` are about the new entries only, e.g. a pp_change target with no baseline yet.
    """

    path: Path
    entries: list[Entry]
    first_line: int
    warnings: list[Problem]


# ---------------------------------------------------------------- the new tables as text


def _appended_bytes(original: bytes, tables: Mapping[Section, Sequence[NewEntry]]) -> bytes:
    """The original bytes, untouched, then a blank line and the new tables, in its line endings.

    An empty file gets the tables alone, from its first line.
    """
    newline = "\r\n" if b"\r\n" in original else "\n"
    rendered = (
        table_text(section, n.entry, n.comment) for section, new in tables.items() for n in new
    )
    text = "\n".join(rendered).replace("\n", newline)
    if not original:
        return text.encode()
    lead = "" if original.endswith(b"\n") else newline
    return original + f"{lead}{newline}{text}".encode()


# ---------------------------------------------------------------- what the new entries clash with


def _describe_entry(entry: Entry) -> dict[str, object]:
    """The entry a clash is about, as parameters: its kind (a part of the catalogue) and ids."""
    if isinstance(entry, Actual):
        # A month first: the words of the entry hold it.
        month: dict[str, object] = {"through_kind": "month", "month": entry.through_month}
        described = month if entry.through_month is not None else {}
        return described | {
            "what_kind": "actual-entry",
            "indicator": entry.indicator,
            "year": entry.year,
        }
    if isinstance(entry, Area):
        return {"what_kind": "area-entry", "area": entry.id, "year": entry.year}
    if isinstance(entry, Source):
        return {"what_kind": "source-entry", "source": entry.file}
    if isinstance(entry, Target):
        return {"what_kind": "target-entry", "id": entry.id}
    assert isinstance(entry, Indicator)
    return {"what_kind": "indicator-entry", "id": entry.id}


class _Batch:
    """New entries of one section against the file they go to, for messages about a clash."""

    def __init__(
        self, section: Section, new: Sequence[NewEntry], existing: int, path: Path, text: str
    ) -> None:
        self.section, self.new, self.existing, self.path = section, new, existing, path
        self._text = text
        self._locator: Locator | None = None

    def line_in_file(self, entry: int) -> int | None:
        """The line of an entry already in the file, located on first need."""
        if self._locator is None:
            self._locator = Locator(self._text)
        return self._locator.line(self.section, entry)

    def problem(self, finding: Finding) -> Problem:
        """A finding about a new entry, pointing at where it came from and what it clashes with."""
        source = self.new[finding.entry - self.existing]
        code, values = finding.code, finding.params
        if finding.first is not None:
            code, values = self._clash(source, finding.first)
        if source.line is None:
            values += params(new=self.section.value)
        return Problem(source.file, source.line, code, values)._replace(hints=finding.hints)

    def _clash(self, source: NewEntry, first: int) -> tuple[ProblemCode, Params]:
        what = _describe_entry(source.entry)
        if first < self.existing:
            line = self.line_in_file(first)
            where = f"{self.path}:{line}" if line else str(self.path)
            # A later figure that revises an actual is one more entry, with its own as_of.
            revision = {"revision_kind": "actual"} if isinstance(source.entry, Actual) else {}
            return ProblemCode.ALREADY_IN_FILE, params(where=where, **what, **revision)
        other = self.new[first - self.existing]
        if other.line:
            return ProblemCode.GIVEN_TWICE, params(where=f"{other.file}:{other.line}", **what)
        return ProblemCode.GIVEN_TWICE, params(where_kind="entry", entry=first + 1, **what)


def _with(
    inspection: Inspection, tables: Mapping[Section, Sequence[NewEntry]]
) -> tuple[TargetsFile, ActualsFile]:
    """The two files as they would be with the new tables in place."""
    targets_file, actuals_file = inspection.targets_file, inspection.actuals_file
    assert targets_file is not None and actuals_file is not None  # no errors, so both valid
    for section, new in tables.items():
        entries = [n.entry for n in new]
        if section == Section.ACTUALS:
            added = [*actuals_file.actuals, *entries]
            actuals_file = actuals_file.model_copy(update={"actuals": added})
        else:
            added = [*getattr(targets_file, section), *entries]
            targets_file = targets_file.model_copy(update={str(section): added})
    return targets_file, actuals_file


def _existing(inspection: Inspection, section: Section) -> int:
    """How many entries the section has before the new ones."""
    targets_file, actuals_file = inspection.targets_file, inspection.actuals_file
    assert targets_file is not None and actuals_file is not None
    return len(
        actuals_file.actuals if section == Section.ACTUALS else getattr(targets_file, section)
    )


def _cites_unlisted(finding: Finding) -> bool:
    """Whether a finding is an entry citing a source that [[sources]] does not list yet.

    While documents are being listed, one `source add` at a time, entries written first may
    cite several of them: each listing mends its own, and the others are not its business.
    """
    return finding.key == "source" and finding.section != Section.SOURCES


def _still_unlisted(cited: Problem) -> Problem:
    """An entry citing a source not listed yet, said while another is listed: a warning, as
    listing the documents one at a time must be possible, but one that says what follows."""
    because = (("reason_code", cited.code.value), *cited.params)
    return cited._replace(code=ProblemCode.STILL_UNLISTED, params=because)


def inspected(paths: DataPaths, path: Path, listing: bool = False) -> Inspection:
    """The dataset as it is, refused with every error when it already has some.

    `listing`: a source is about to be listed, so entries citing sources not listed yet are
    what listing mends, not a reason to refuse.
    """
    inspection = inspect_dataset(paths)
    if listing:
        kept = [f for f in inspection.findings if not _cites_unlisted(f)]
        inspection = inspection._replace(findings=kept)
    if inspection.has_errors():
        errors = [p for p in inspection.problems() if p.severity == "error"]
        fix = problem(path, None, ProblemCode.DATASET_HAS_ERRORS)
        raise WriteError([*errors, fix, unchanged(path)])
    return inspection


def _evidence(
    paths: DataPaths,
    dataset: tuple[TargetsFile, ActualsFile],
    section: Section,
    existing: int,
) -> list[Finding]:
    """What the archived texts say of the new entries: only the texts they need are read."""
    targets_file, actuals_file = dataset
    if section == Section.INDICATORS:
        return []  # a measure quotes nothing
    if section == Section.SOURCES:
        files = [s.file for s in targets_file.sources[existing:]]
    elif section == Section.ACTUALS:
        files = [a.source for a in actuals_file.actuals[existing:]]
    else:
        files = [e.source for e in getattr(targets_file, section)[existing:]]
    archive = read_archive(paths.sources, files)
    return check_new_entries(targets_file, actuals_file, section, existing, archive)


def append_checked(
    paths: DataPaths,
    inspection: Inspection,
    tables: Mapping[Section, Sequence[NewEntry]],
    listing: bool = False,
) -> Appended:
    """Check the new entries against the dataset and the archived texts, then write them, all
    or none, in one replacement of their file.

    `tables` are the new entries of one or more sections of the same file (indicators and the
    targets that measure them), written in that order. `listing`: as for `inspected`.
    """
    (path,) = {paths.file_for(section) for section in tables}
    original = read_bytes(path)
    text = original.decode("utf-8-sig")
    existing = {section: _existing(inspection, section) for section in tables}
    batches = {
        section: _Batch(section, new, existing[section], path, text)
        for section, new in tables.items()
    }
    after = _with(inspection, tables)
    findings = [*cross_check(*after)]
    for section in tables:
        findings += _evidence(paths, after, section, existing[section])
    problems: list[Problem] = []
    warnings: list[Problem] = []
    if findings:
        inspection = _located(inspection, path, text)
    if listing:
        warnings += [_still_unlisted(inspection.locate(f)) for f in findings if _cites_unlisted(f)]
        findings = [f for f in findings if not _cites_unlisted(f)]
    for finding in findings:
        about_new = finding.section in tables and finding.entry >= existing[finding.section]
        if about_new:
            found = batches[finding.section].problem(finding)
        else:
            found = inspection.locate(finding)
        if found.severity == "error":
            problems.append(found)
        elif about_new:
            warnings.append(found)
    if problems:
        raise WriteError([*problems, unchanged(path)])

    def check(temporary: Path) -> list[Problem]:
        written = (
            DataPaths(paths.targets, temporary)
            if path == paths.actuals
            else DataPaths(temporary, paths.actuals)
        )
        checked = inspect_dataset(written)
        if listing:
            checked = checked._replace(
                findings=[f for f in checked.findings if not _cites_unlisted(f)]
            )
        return checked.problems()

    warnings += replace_checked(path, original, _appended_bytes(original, tables), check)
    first_line = (
        original.count(b"\n") + (1 if original.endswith(b"\n") else 2) + 1 if original else 1
    )
    return Appended(path, [n.entry for new in tables.values() for n in new], first_line, warnings)


def _located(inspection: Inspection, path: Path, text: str) -> Inspection:
    """The inspection able to name lines in `path`, whose text is at hand: inspecting keeps a
    file's text only when it found something to point at."""
    if path == inspection.targets.path:
        return inspection._replace(targets=inspection.targets.located(text))
    return inspection._replace(actuals=inspection.actuals.located(text))


def append_entries(
    paths: DataPaths,
    section: Section,
    entries: Sequence[Entry | NewEntry],
) -> Appended:
    """Append entries of one section to their file, all or none, after checking every one.

    Refused with `WriteError`, the file untouched, when the dataset already has errors (fix
    them first), when an entry is invalid or clashes with one already there (an actual for the
    same indicator and year, a repeated id), when a quote is not in its source's archived text
    (or that text is missing: archive a document before quoting it), or when the written
    file would not load.
    """
    return append_tables(paths, {section: entries})


def append_tables(
    paths: DataPaths, tables: Mapping[Section, Sequence[Entry | NewEntry]]
) -> Appended:
    """Append the entries of several sections of one file in one write, all or none: new
    indicators with the targets that measure them. Refused as `append_entries` is."""
    sections = [Section(section) for section in tables]
    files = {paths.file_for(section) for section in sections}
    if len(files) != 1:
        raise ValueError("the sections of one append must live in one file")
    (path,) = files
    new: dict[Section, list[NewEntry]] = {}
    for section, entries in zip(sections, tables.values(), strict=True):
        model = SECTION_MODELS[section]
        new[section] = [e if isinstance(e, NewEntry) else NewEntry(e, str(path)) for e in entries]
        for item in new[section]:
            if not isinstance(item.entry, model):
                raise TypeError(f"a {type(item.entry).__name__} cannot go under [[{section}]]")
    new = {section: entries for section, entries in new.items() if entries}
    if not new:
        raise WriteError([problem(path, None, ProblemCode.NO_ENTRIES), unchanged(path)])
    with writing(path):
        return append_checked(paths, inspected(paths, path), new)


def record_actual(paths: DataPaths, fields: Mapping[str, object]) -> Appended:
    """Record one result: `fields` as an [[actuals]] table, appended.

    `name` and `name_en`, when not given, are the indicator's. Refused, the file untouched, for
    an unknown indicator, a unit that does not fit it, an indicator and year that already
    have a result (change that one by hand), or a quote that is not in its source's archived
    text (the closest passage is shown).
    """
    with writing(paths.actuals):
        inspection = inspected(paths, paths.actuals)
        assert inspection.targets_file is not None
        indicators = {i.id: i for i in inspection.targets_file.indicators}
        known = indicators.get(str(fields.get("indicator")))
        given = {key: value for key, value in fields.items() if value is not None}
        given.setdefault("name", known.name if known else fields.get("indicator"))
        given.setdefault("name_en", known.name_en if known else "")
        try:
            actual = Actual.model_validate(given)
        except ValidationError as error:
            problems = entry_problems(Section.ACTUALS, error, str(paths.actuals))
            described = [p._replace(params=(*p.params, ("new", "actuals"))) for p in problems]
            raise WriteError([*described, unchanged(paths.actuals)]) from None
        new = [NewEntry(actual, str(paths.actuals))]
        return append_checked(paths, inspection, {Section.ACTUALS: new})
