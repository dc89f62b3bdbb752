"""Evidence anyone can re-check: every quote against the archived text of its source.

A dataset keeps the text of each document it quotes in `sources/`, and each [[sources]] entry
may record the SHA-256 of that text. Here the texts are checked against the entries: a quote
must stand verbatim in its source's text (the same characters in the same order; whitespace,
including the line breaks of a page's layout, is all that may differ), a figure must appear
in its own quote, and a recorded hash must still be the text's. A quote that is not found comes
with the closest passage of the text, so that a slip of one character is quick to mend.

This module is pure: `tzgoals.files.sources` reads and hashes the texts, and what is found here
is `Finding`s, which the loader places at their file and line like any other rule's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from difflib import SequenceMatcher
from typing import NamedTuple

from tzgoals.findings import Finding, finding
from tzgoals.lookalikes import differences
from tzgoals.models import Actual, ActualsFile, Area, Source, Target, TargetsFile
from tzgoals.problem_codes import Params, ProblemCode
from tzgoals.units import magnitude_scale, parse_unit
from tzgoals.vocabulary import Section

SOURCES_FOLDER = "sources"
#: How many characters of a closest passage are shown beyond the quote's own length.
PASSAGE_SLACK = 20


class ArchivedText(NamedTuple):
    """A source's archived text and the SHA-256 of the file's bytes."""

    text: str
    sha256: str


class Unreadable(NamedTuple):
    """A file in sources/ that is there but cannot be read as text, and why: `reason` in
    English, and, when the reason is a problem of its own, its code and parameters, to word
    it in another language (a reason the system gives, such as "Permission denied", has
    none)."""

    reason: str
    code: ProblemCode | None = None
    params: Params = ()

    @classmethod
    def because(cls, code: ProblemCode, values: Params) -> Unreadable:
        from tzgoals.render.catalogue import Lang, problem_words

        return cls(problem_words(code, values, Lang.EN), code, values)


#: What sources/ holds for each listed file: its text, or why it cannot be read. A file that
#: is not there has no key.
Archive = Mapping[str, ArchivedText | Unreadable]

Quoted = Area | Target | Actual


class Report(NamedTuple):
    """What a check of the evidence found, and how many quotes it looked for and found."""

    findings: list[Finding]
    quotes_checked: int
    quotes_found: int


# ---------------------------------------------------------------- quotes in texts


def squeeze(text: str) -> str:
    """The text without any whitespace: a page's layout breaks lines inside words (新 增)."""
    return "".join(text.split())


class Squeezed:
    """A text without its whitespace, remembering where each character stood, so that a
    passage found in the squeezed text can be shown as the original writes it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.squeezed = squeeze(text)
        self._kept: list[int] | None = None

    @property
    def kept(self) -> list[int]:
        """Where each character of the squeezed text stands in the text: needed only to show
        a passage, so worked out only then."""
        if self._kept is None:
            self._kept = [i for i, char in enumerate(self.text) if not char.isspace()]
        return self._kept

    def _best_window(self, wanted: str) -> int:
        """Where the window of the quote's length sharing the most character pairs with it
        starts: only windows starting at a shared pair need be compared, and those are found
        with `str.find`, so a hundred-page text is not walked character by character."""
        size = 2 if len(wanted) > 1 else 1
        starts: list[int] = []
        for gram in {wanted[i : i + size] for i in range(len(wanted) - size + 1)}:
            at = self.squeezed.find(gram)
            while at >= 0:
                starts.append(at)
                at = self.squeezed.find(gram, at + 1)
        starts.sort()
        best, most, end = 0, 0, 0
        for index, start in enumerate(starts):
            while end < len(starts) and starts[end] < start + len(wanted):
                end += 1
            if end - index > most:
                best, most = start, end - index
        return best

    def closest(self, quote: str) -> str:
        """The passage most like `quote`, its whitespace shown as single spaces."""
        wanted = squeeze(quote)
        if not wanted or not self.squeezed:
            return ""
        best = self._best_window(wanted)
        margin = len(wanted) // 2 + 1
        low = max(0, best - margin)
        high = min(len(self.squeezed), best + len(wanted) + margin)
        matcher = SequenceMatcher(None, wanted, self.squeezed[low:high], autojunk=False)
        blocks = [block for block in matcher.get_matching_blocks() if block.size]
        if not blocks:
            return ""
        first, last = low + blocks[0].b, low + blocks[-1].b + blocks[-1].size
        # As many characters again as the quote has before its first match and after its
        # last, so that a look-alike at either end (％ for %) is shown, and named.
        first = max(0, first - blocks[0].a)
        last += len(wanted) - blocks[-1].a - blocks[-1].size
        last = min(last, first + len(wanted) + PASSAGE_SLACK, len(self.squeezed))
        return " ".join(self.text[self.kept[first] : self.kept[last - 1] + 1].split())


def closest_passage(text: str, quote: str) -> str:
    """The passage of `text` most like `quote`, its whitespace shown as single spaces: what a
    user who mistyped a quote needs to see to mend it."""
    return Squeezed(text).closest(quote)


# ---------------------------------------------------------------- figures in quotes


def figure_in_quote(value: Decimal, unit: str | None, quote: str) -> bool:
    """Whether the quote states the figure, in any of the ways Chinese writes it: the one test
    every write path (`record`, `import`, `extract --into`) and `check` apply.

    The figure is compared as an amount, so 13800 人 appears in 1.38万人 and 0.015 万亿元 in
    150亿元; Chinese numerals count (两项 for 2, 三成 for 30%), and so does the figure without
    its sign, since a fall is written as a positive number after 下降. The quote is read as it
    stands and with its whitespace taken out (12.82 万亿元 is 12.82万亿元), since a space may
    part a figure from its unit or one English word from the next.
    """
    from tzgoals.numerals import find_figures

    scale = parse_unit(unit).scale if unit else Decimal(1)
    wanted = abs(value) * scale
    return any(
        abs(figure.value) * magnitude_scale(figure.unit) == wanted
        for text in {quote, squeeze(quote)}
        for figure in find_figures(text)
    )


def figure_findings(section: Section, index: int, entry: Quoted) -> list[Finding]:
    """An error at each figure of the entry that its quote does not state, unless the entry
    says in `derivation` how the figure was worked out."""
    if isinstance(entry, Area) or entry.derivation:
        return []
    found: list[Finding] = []
    for key, figure, unit in _figures(entry):
        if not figure_in_quote(figure, unit, entry.quote):
            shown = f"{figure} {unit}" if unit else str(figure)
            code = ProblemCode.FIGURE_NOT_IN_QUOTE
            found.append(
                finding(section, index, code, key, key=key, figure=shown, quote=entry.quote)
            )
    return found


# ---------------------------------------------------------------- the checks


def _quoted_entries(
    targets_file: TargetsFile, actuals_file: ActualsFile
) -> Iterator[tuple[Section, int, Quoted]]:
    for index, area in enumerate(targets_file.areas):
        yield Section.AREAS, index, area
    for index, target in enumerate(targets_file.targets):
        yield Section.TARGETS, index, target
    for index, actual in enumerate(actuals_file.actuals):
        yield Section.ACTUALS, index, actual


def _figures(entry: Quoted) -> list[tuple[str, Decimal, str | None]]:
    """The figures an entry takes from its quote, each with its key and unit (a tolerance is
    not one: it is the dataset's own choice)."""
    if isinstance(entry, Target):
        pairs = (("value", entry.value), ("value_max", entry.value_max))
        return [(key, value, entry.unit) for key, value in pairs if value is not None]
    if isinstance(entry, Actual) and isinstance(entry.value, Decimal):
        return [("value", entry.value, entry.unit)]
    return []


class Evidence:
    """The listed sources and their archived texts, each text squeezed once when first needed.

    `allow_unarchived`: `check --allow-unarchived`, a dataset in progress. `writing`: entries
    are being written, which a quote that cannot be checked stops, as no option allows.
    """

    def __init__(
        self,
        sources: Sequence[Source],
        archive: Archive,
        allow_unarchived: bool = False,
        writing: bool = False,
    ) -> None:
        self.listed = {s.file for s in sources}
        self.archive = archive
        self.allow_unarchived = allow_unarchived and not writing
        self.writing = writing
        self._squeezed: dict[str, Squeezed] = {}

    def _text(self, file: str) -> Squeezed | None:
        archived = self.archive.get(file)
        if not isinstance(archived, ArchivedText):
            return None
        squeezed = self._squeezed.get(file)
        if squeezed is None:
            squeezed = self._squeezed[file] = Squeezed(archived.text)
        return squeezed

    def source_findings(self, index: int, source: Source) -> list[Finding]:
        """A listed source whose text is missing, unreadable, or not the one archived."""
        archived = self.archive.get(source.file)
        where = f"{SOURCES_FOLDER}/{source.file}"
        at = (Section.SOURCES, index)
        if isinstance(archived, Unreadable):
            code = ProblemCode.ARCHIVED_TEXT_UNREADABLE
            because = dict(archived.params)
            reason = {"reason": archived.reason, "reason_code": archived.code, **because}
            return [finding(*at, code, "file", where=where, **reason)]
        if archived is None:
            if self.allow_unarchived:
                return []
            allow = None if self.writing else "yes"
            code = ProblemCode.NO_ARCHIVED_TEXT
            return [finding(*at, code, "file", source=source.file, where=where, allow_kind=allow)]
        if source.sha256 and source.sha256 != archived.sha256:
            return [
                finding(
                    *at,
                    ProblemCode.ARCHIVED_TEXT_CHANGED,
                    "sha256",
                    where=where,
                    archived=archived.sha256,
                    recorded=source.sha256,
                )
            ]
        if not source.sha256:
            return [
                finding(
                    *at,
                    ProblemCode.NO_SHA256,
                    "file",
                    source=source.file,
                    where=where,
                    sha256=archived.sha256,
                )
            ]
        return []

    def entry_findings(
        self, section: Section, index: int, entry: Quoted
    ) -> tuple[list[Finding], bool | None]:
        """The entry's problems, and whether its quote was found (None: it could not be looked
        for)."""
        found = figure_findings(section, index, entry)
        if not self.listed:
            code = ProblemCode.QUOTES_UNCHECKABLE
            return [*found, finding(section, index, code, "source", source=entry.source)], None
        text = self._text(entry.source)
        if text is None:
            if self.writing and entry.source in self.listed:
                where = f"{SOURCES_FOLDER}/{entry.source}"
                code = ProblemCode.NO_ARCHIVED_TEXT_YET
                found.append(
                    finding(section, index, code, "source", source=entry.source, where=where)
                )
            return found, None
        if squeeze(entry.quote) in text.squeezed:
            return found, True
        passage = text.closest(entry.quote)
        missing = finding(
            section,
            index,
            ProblemCode.QUOTE_NOT_IN_SOURCE,
            "quote",
            folder=SOURCES_FOLDER,
            source=entry.source,
            passage=passage,
            closest_kind="passage" if passage else "none",
        )
        hints = tuple(differences(entry.quote, passage))
        return [*found, missing._replace(hints=hints)], False


def _cited(targets_file: TargetsFile, actuals_file: ActualsFile) -> set[str]:
    return {entry.source for _, _, entry in _quoted_entries(targets_file, actuals_file)}


def check_evidence(
    targets_file: TargetsFile,
    actuals_file: ActualsFile,
    archive: Archive,
    allow_unarchived: bool = False,
) -> Report:
    """Every source's archived text, and every quote and figure against it."""
    evidence = Evidence(targets_file.sources, archive, allow_unarchived)
    findings: list[Finding] = []
    cited = _cited(targets_file, actuals_file)
    for index, source in enumerate(targets_file.sources):
        findings += evidence.source_findings(index, source)
        if source.file not in cited:
            code = ProblemCode.SOURCE_NOT_QUOTED
            findings.append(finding(Section.SOURCES, index, code, "file", source=source.file))
    checked = verified = 0
    for section, index, entry in _quoted_entries(targets_file, actuals_file):
        entry_found, quote_found = evidence.entry_findings(section, index, entry)
        findings += entry_found
        checked += quote_found is not None
        verified += bool(quote_found)
    return Report(findings, checked, verified)


def check_new_entries(
    targets_file: TargetsFile,
    actuals_file: ActualsFile,
    section: Section,
    first: int,
    archive: Archive,
) -> list[Finding]:
    """What a write must not add: the entries of `section` from position `first` on, in the
    dataset as it would be with them.

    A new quote must stand in its source's archived text, which must be there: a document is
    archived before it is quoted. A new source must have its text in place, unchanged, and
    every quote that already cites it must stand in it.
    """
    evidence = Evidence(targets_file.sources, archive, writing=True)
    if section == Section.INDICATORS:
        return []  # a measure quotes nothing
    if section != Section.SOURCES:
        entries: Sequence[Quoted] = (
            actuals_file.actuals if section == Section.ACTUALS else getattr(targets_file, section)
        )
        return [
            finding
            for index in range(first, len(entries))
            for finding in evidence.entry_findings(section, index, entries[index])[0]
        ]
    added = list(enumerate(targets_file.sources))[first:]
    findings = [f for index, source in added for f in evidence.source_findings(index, source)]
    files = {source.file for _, source in added}
    for entry_section, index, entry in _quoted_entries(targets_file, actuals_file):
        if entry.source in files:
            entry_found = evidence.entry_findings(entry_section, index, entry)[0]
            findings += [f for f in entry_found if f.key == "quote"]
    return findings
