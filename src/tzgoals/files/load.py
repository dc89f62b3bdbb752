"""Reading a dataset: two TOML files into models, or every problem found, each at its line.

Problems are collected, not raised one by one, so a user fixing a file sees all of them at once.
`inspect_dataset` reads and checks; `check_dataset` returns everything it found, errors and
warnings, and `load_dataset` raises `DataError` when any of it is an error, so the two can never
disagree about what is valid.
"""

from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ValidationError

from tzgoals.files.cache_store import CacheStore, Digest
from tzgoals.files.decode import read_text, text_of
from tzgoals.files.messages import validation_problems
from tzgoals.files.model_cache import NotThisModel, decoded, encoded
from tzgoals.files.paths import DataPaths
from tzgoals.files.problems import DataError, Problem
from tzgoals.files.toml_positions import Locator
from tzgoals.files.toml_read import read_toml
from tzgoals.files.validation import collector_paused, validated
from tzgoals.models import ActualsFile, Dataset, TargetsFile
from tzgoals.problem_codes import params
from tzgoals.rules import (
    Finding,
    check_actuals_file,
    check_links,
    check_targets_file,
    source_dates,
)
from tzgoals.vocabulary import Section


class ParsedFile(NamedTuple):
    """One file as read: its model when valid, its problems, and where its entries stand.

    `parsed` is false when the file could not be read or is not TOML at all (as opposed to
    TOML whose entries fail their schema). `locator` is built only for a file with something
    to locate: at 100,000 goals a valid file's text is a hundred megabytes nothing else needs.
    `sha256` is the hash of the bytes read, when the cache was asked (see `parse_file`).
    """

    path: Path
    model: BaseModel | None
    problems: list[Problem]
    parsed: bool = True
    locator: Locator | None = None
    sha256: str | None = None

    def line(self, section: str, entry: int | None, key: str | None = None) -> int | None:
        """The line of an entry (or of one of its keys), when the file has been located."""
        return self.locator.line(section, entry, key) if self.locator else None

    def located(self, text: str) -> "ParsedFile":
        """The same file with its entries' lines known."""
        return self if self.locator else self._replace(locator=Locator(text))


def parse_file(
    path: Path, file_model: type[BaseModel], cache: CacheStore | None = None, keep_text: bool = True
) -> tuple[ParsedFile, str | None]:
    """Read, parse and validate one file, keeping every problem instead of stopping at one.

    The text comes back too, for the caller to locate findings in before letting it go; None
    when the models came from the `cache`, which holds valid files only, and no text was read.
    Without `keep_text` it is let go before the models are made (read again only to locate a
    problem of the schema), and "" comes back: at scale the text, the parsed tables and the
    models would not all fit at once.
    """
    digest = _digest(path, cache)
    if cache is not None and digest is not None:
        model = _cached_model(cache, file_model, digest.sha256)
        if model is not None:
            return ParsedFile(path, model, [], sha256=digest.sha256), None
        if digest.raw is None:  # known by its size and times, but not cached: read it now
            digest = _digest(path, cache, known=False)
    # One pause of the collector for the parse and the validation: turned on between the two,
    # it would walk the whole parsed file once for nothing.
    with collector_paused():
        return _read_and_validated(path, file_model, cache, digest, keep_text)


def _read_and_validated(
    path: Path,
    file_model: type[BaseModel],
    cache: CacheStore | None,
    digest: Digest | None,
    keep_text: bool,
) -> tuple[ParsedFile, str]:
    try:
        # The bytes hashed are the bytes parsed, and let go once they are text.
        read = text_of(path, digest.raw) if digest and digest.raw is not None else None
        digest = Digest(digest.sha256, None) if digest else None
        data, text = read_toml(path, may_be_empty=file_model is ActualsFile, text=read)
        del read
    except DataError as error:
        return ParsedFile(path, None, error.problems, parsed=False), ""
    if not keep_text:
        text = ""
    try:
        model = validated(file_model, data)
        del data  # before the entry is made: at a million goals both would not fit at once
    except ValidationError as error:
        text = text or _text_again(path)
        locator = Locator(text)
        problems = validation_problems(str(path), error, locator, file_model)
        return ParsedFile(path, None, problems, locator=locator), text
    if cache is not None and digest is not None:
        cache.put(cache.key(file_model.__name__, digest.sha256), encoded(model))
    return ParsedFile(path, model, [], sha256=digest.sha256 if digest else None), text


def _text_again(path: Path) -> str:
    """A file's text read again, to locate the problems of its schema ("" if it cannot be)."""
    try:
        return read_text(path)
    except DataError:
        return ""


def _digest(path: Path, cache: CacheStore | None, known: bool = True) -> Digest | None:
    """The file's hash for the cache (`known`: taken from its size and times when they have
    not changed, else from the bytes, read), or None without a cache or when the file cannot
    be read, for the ordinary read to say why."""
    if cache is None:
        return None
    try:
        return cache.digest(path) if known else cache.digest(path, remembered=False)
    except (OSError, DataError):
        return None


def _cached_model(cache: CacheStore, file_model: type[BaseModel], sha256: str) -> BaseModel | None:
    """The validated models of the file with this hash, when the cache holds them intact."""
    payload = cache.get(cache.key(file_model.__name__, sha256))
    if payload is None:
        return None
    try:
        return decoded(file_model, payload)
    except NotThisModel:
        return None


class Inspection(NamedTuple):
    """Both files as read, and what the rules found in them.

    `quotes` is set when the evidence was checked too (see `inspect_dataset`): how many
    quotes were looked for in their archived texts, and how many found.
    """

    targets: ParsedFile
    actuals: ParsedFile
    findings: list[Finding]
    quotes: tuple[int, int] | None = None
    #: Problems with the files of sources/ that are no entry's (a text no entry lists).
    folder_problems: tuple[Problem, ...] = ()

    @property
    def targets_file(self) -> TargetsFile | None:
        model = self.targets.model
        return model if isinstance(model, TargetsFile) else None

    @property
    def actuals_file(self) -> ActualsFile | None:
        model = self.actuals.model
        return model if isinstance(model, ActualsFile) else None

    @property
    def unreadable(self) -> bool:
        """A file could not be read or parsed at all: nothing in it could be checked."""
        return not (self.targets.parsed and self.actuals.parsed)

    def has_errors(self) -> bool:
        return bool(self.targets.problems or self.actuals.problems) or any(
            f.severity == "error" for f in self.findings
        )

    def file_for(self, section: Section) -> ParsedFile:
        return self.actuals if section == Section.ACTUALS else self.targets

    def locate(self, finding: Finding) -> Problem:
        """A rule's finding as FILE:LINE, naming the line of the entry a duplicate repeats."""
        parsed = self.file_for(finding.section)
        values = finding.params
        if finding.first is not None:
            first = parsed.line(finding.section, finding.first)
            values += params(
                first_kind="line" if first else "entry",
                first=first or finding.first + 1,
            )
        line = parsed.line(finding.section, finding.entry, finding.key)
        located = Problem(str(parsed.path), line, finding.code, values)
        return located._replace(hints=finding.hints)

    def problems(self) -> list[Problem]:
        """Every problem, errors and warnings, in file order and then line order."""
        located = [
            *self.targets.problems,
            *self.actuals.problems,
            *(self.locate(f) for f in self.findings),
            *self.folder_problems,
        ]
        rank = {str(self.targets.path): 0, str(self.actuals.path): 1}
        # Each once: a bad setting (TZGOALS_MAX_FILE_SIZE) is found reading either file.
        return sorted(dict.fromkeys(located), key=lambda p: (rank.get(p.file, 2), p.line or 0))


def _findings(targets: ParsedFile, actuals: ParsedFile, advice: bool) -> list[Finding]:
    """Every rule that can be applied: each file's own, and the links once both are valid.

    `advice`: the warnings that only suggest (an indicator's shared id), which loading, showing
    no warning, neither reads the shared list for nor computes."""
    found: list[Finding] = []
    if isinstance(targets.model, TargetsFile):
        found += check_targets_file(targets.model)
        if advice:
            from tzgoals.shared_ids import shared_id_findings

            found += shared_id_findings(targets.model)
    if isinstance(actuals.model, ActualsFile):
        dates = source_dates(targets.model) if isinstance(targets.model, TargetsFile) else None
        found += check_actuals_file(actuals.model, dates)
    if isinstance(targets.model, TargetsFile) and isinstance(actuals.model, ActualsFile):
        found += check_links(targets.model, actuals.model)
    return found


def _parse_both(
    paths: DataPaths, keep_text: bool, cache: CacheStore | None = None
) -> tuple[ParsedFile, str | None, ParsedFile, str | None]:
    """Both files parsed; each text let go at once unless asked for, so that at scale only one
    file's text is held at a time."""
    targets, targets_text = parse_file(paths.targets, TargetsFile, cache, keep_text)
    actuals, actuals_text = parse_file(paths.actuals, ActualsFile, cache, keep_text)
    return targets, targets_text, actuals, actuals_text


def _located(parsed: ParsedFile, text: str | None) -> ParsedFile:
    """The file with its entries' lines known, its text read now if it came from the cache."""
    if text is None:
        try:
            text = read_text(parsed.path)
        except DataError:
            text = ""
    return parsed.located(text)


class _Evidence(NamedTuple):
    findings: list[Finding]
    quotes: tuple[int, int] | None
    stray: list[Problem]


def _evidence(
    paths: DataPaths, targets: ParsedFile, actuals: ParsedFile, allow_unarchived: bool
) -> _Evidence:
    """Each quote against its source's archived text, once both files are valid; and the
    files of sources/ that no source lists."""
    from tzgoals.evidence import check_evidence
    from tzgoals.files.sources import read_archive, stray_files

    if not (isinstance(targets.model, TargetsFile) and isinstance(actuals.model, ActualsFile)):
        return _Evidence([], None, [])
    files = [s.file for s in targets.model.sources]
    archive = read_archive(paths.sources, files)
    report = check_evidence(targets.model, actuals.model, archive, allow_unarchived)
    quotes = (report.quotes_checked, report.quotes_found)
    return _Evidence(report.findings, quotes, stray_files(paths.sources, files))


def inspect_dataset(
    paths: DataPaths,
    locate: bool = True,
    evidence: bool = False,
    allow_unarchived: bool = False,
    cache: CacheStore | None = None,
) -> Inspection:
    """Read both files and apply every rule that can be applied.

    A file that cannot be read or fails its schema is reported, and the other is still checked
    on its own. With `locate`, a file that a finding points into keeps its text to name the
    finding's line; without it, no text outlives its parse (for loading, which shows no
    warnings). With `evidence`, every quote is looked for in its source's archived text too
    (`tzgoals.evidence`): that reads every text, so `check` asks for it and loading does not.
    With a `cache`, a file read before is not parsed and validated again; what the rules and
    the evidence find is found afresh.
    """
    targets, targets_text, actuals, actuals_text = _parse_both(paths, locate, cache)
    findings = _findings(targets, actuals, advice=locate)
    quotes = None
    stray: list[Problem] = []
    if evidence:
        checked = _evidence(paths, targets, actuals, allow_unarchived)
        findings += checked.findings
        quotes, stray = checked.quotes, checked.stray
    if locate and any(f.section != Section.ACTUALS for f in findings):
        targets = _located(targets, targets_text)
    if locate and any(f.section == Section.ACTUALS for f in findings):
        actuals = _located(actuals, actuals_text)
    return Inspection(targets, actuals, findings, quotes, tuple(stray))


def check_dataset(
    paths: DataPaths,
    evidence: bool = False,
    allow_unarchived: bool = False,
    cache: CacheStore | None = None,
) -> list[Problem]:
    """Every problem with the dataset, errors and warnings, each with its file and line.

    `evidence` checks every quote against its archived text as well (see `inspect_dataset`).
    Never raises for bad data: an unreadable file is a problem like any other.
    """
    inspection = inspect_dataset(paths, True, evidence, allow_unarchived, cache)
    return inspection.problems()


def load_dataset(paths: DataPaths, cache: CacheStore | None = None) -> Dataset:
    """Read, validate and index both files, or raise `DataError` with every problem found.

    Warnings (such as a pp_change target without a baseline) do not stop loading. With a
    `cache`, files read before are not parsed and validated again, and two files the rules
    between them have passed are not checked again (an entry keyed by both files' hashes).
    """
    targets, _, actuals, _ = _parse_both(paths, keep_text=False, cache=cache)
    targets_file, actuals_file = targets.model, actuals.model
    if not (isinstance(targets_file, TargetsFile) and isinstance(actuals_file, ActualsFile)):
        raise DataError(check_dataset(paths))  # read again, to name every line
    if not _rules_pass(targets, actuals, cache):
        raise DataError(check_dataset(paths))
    return Dataset.from_files(targets_file, actuals_file)


_RULES_PASSED = b"no error"


def _rules_pass(targets: ParsedFile, actuals: ParsedFile, cache: CacheStore | None) -> bool:
    """Whether the rules find no error in two valid files: remembered for the pair, since
    the rules between them read both."""
    key = None
    if cache is not None and targets.sha256 and actuals.sha256:
        key = cache.key("rules passed", targets.sha256, actuals.sha256)
        if cache.get(key) == _RULES_PASSED:
            return True
    findings = _findings(targets, actuals, advice=False)
    passed = not any(f.severity == "error" for f in findings)
    if passed and key is not None and cache is not None:
        cache.put(key, _RULES_PASSED)
    return passed
