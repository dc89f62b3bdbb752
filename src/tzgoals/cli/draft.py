"""Commands that draft a dataset from the documents: extract (a plan's targets) and suggest (a
review's passages for the targets that have no result yet). Neither decides: extract writes
drafts with their quotes and rules, suggest ranks passages; the analyst reads and chooses.
"""

from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tzgoals.cli.app import app
from tzgoals.cli.commands import short_help
from tzgoals.cli.dataset import data_paths, load
from tzgoals.cli.options import DataDirOption, LangOption, choice_of
from tzgoals.cli.output import EXIT_BAD_INPUT, fail, print_problems, refuse, say, write_chunks
from tzgoals.render.catalogue import Lang, default_lang, label

if TYPE_CHECKING:
    from typing import NoReturn

    from tzgoals.draft.extract import Extraction, PassedOver
    from tzgoals.draft.into import LeftOut, Refused

FIRST_YEAR, LAST_YEAR = 1900, 2200
#: A clause passed over is shown up to this many characters: a typing accident of 5,000 digits
#: is found by its start.
SHOWN_CLAUSE = 80


class DraftFormat(StrEnum):
    TOML = "toml"
    JSON = "json"
    CSV = "csv"


class SuggestFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


DocumentYear = Annotated[
    int,
    typer.Option(
        "--year",
        metavar="YEAR",
        min=FIRST_YEAR,
        max=LAST_YEAR,
        help="The year the plan sets targets for (extract), or the review reports on (suggest).",
    ),
]


def _refuse_unholdable(what: str, value: str, advice: str, lang: Lang) -> None:
    """Exit 2 before anything is read or written when no dataset could hold `value` as a
    source or an area: a control character (`vocabulary.CONTROL_CHARACTERS`), or no text."""
    from tzgoals.vocabulary import control_character_pattern

    if control_character_pattern().search(value):
        fail(
            label(
                "unholdable.control",
                lang,
                what=label(what, lang),
                value=repr(value),
                advice=label(advice, lang),
            )
        )
    if not value.strip():
        fail(label("unholdable.empty", lang, what=label(what, lang), advice=label(advice, lang)))


def _read(document: Path, lang: Lang) -> str:
    """The document's text, or exit 2 saying why not (GB18030 and UTF-16 get their advice)."""
    from tzgoals.files.decode import read_text
    from tzgoals.files.problems import DataError

    try:
        return read_text(document)
    except DataError as error:
        refuse(error.problems, lang)


@app.command(short_help=short_help("extract"))
def extract(
    plan: Annotated[Path, typer.Argument(metavar="PLAN.txt", help="The plan's text, UTF-8.")],
    year: DocumentYear,
    source: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="The plan's file name under the dataset's [[sources]] [default: PLAN's].",
        ),
    ] = None,
    output_format: Annotated[
        DraftFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="toml, json or csv.",
            case_sensitive=False,
            parser=choice_of(DraftFormat),
        ),
    ] = DraftFormat.TOML,
    into: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR",
            file_okay=False,
            help=(
                "Append the complete drafts to this dataset, all or none, each under the area "
                "of the plan's section it stands in (made when missing), or under --area."
            ),
        ),
    ] = None,
    area: Annotated[
        str | None,
        typer.Option(
            metavar="AREA",
            help="With --into: the id of the year's area for every target, instead of the "
            "plan's sections.",
        ),
    ] = None,
    force_year: Annotated[
        bool,
        typer.Option(
            "--force-year",
            help="Draft the targets as --year's even when the plan names another year for them.",
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Draft the targets a plan sets, each with its verbatim clause, rule and confidence.

    Figures about earlier years come as draft actuals. Each target is under the area of the
    plan's section it stands in, TOML marking with TODO what a person decides (an area where
    no heading gives one, English names, tolerances); nothing is written unless --into is
    given.

    Examples:

      tzgoals extract plan-2024.txt --year 2024 > drafts.toml

      tzgoals extract plan-2024.txt --year 2024 --format csv > drafts.csv

      tzgoals extract sources/plan-2024.txt --year 2024 --into mydata

      tzgoals extract sources/plan-2024.txt --year 2024 --into mydata --area economy
    """
    from tzgoals.draft.extract import extraction

    lang = lang or default_lang()
    if into is None and area is not None:
        fail(label("extract.area_without_into", lang))
    if source is None:
        _refuse_unholdable("unholdable.plan_name", plan.name, "unholdable.name_source", lang)
    else:
        _refuse_unholdable("unholdable.source", source, "unholdable.source_listed", lang)
    if area is not None:
        _refuse_unholdable("unholdable.area", area, "unholdable.area_listed", lang)
    drafted = extraction(_read(plan, lang), year, source or plan.name)
    stated = drafted.stated
    if stated is not None and stated.year != year and not force_year:
        words = {"plan": plan.name, "stated": stated.year, "words": stated.words, "given": year}
        fail(label("extract.other_year", lang, **words))
    drafts = drafted.drafts
    if into is not None:
        _append(into, drafted, area, plan, lang)
        _list_passed_over(drafted.passed_over, lang)
        return
    from tzgoals.render.drafts import drafts_csv, drafts_json, drafts_toml

    match output_format:
        case DraftFormat.TOML:
            write_chunks([drafts_toml(drafts, lang, drafted.areas)])
        case DraftFormat.JSON:
            write_chunks([drafts_json(drafts)])
        case DraftFormat.CSV:
            write_chunks([drafts_csv(drafts)])
    targets = sum(d.kind == "target" for d in drafts)
    part_year = sum(d.through_month is not None for d in drafts)
    figures = len(drafts) - targets - part_year
    done = label("extract.done", lang, targets=targets, figures=figures, plan=plan.name)
    say(done, err=True)
    if part_year:
        say(label("extract.part_year", lang, count=part_year), err=True)
    _list_passed_over(drafted.passed_over, lang)


def _list_passed_over(passed_over: "list[PassedOver]", lang: Lang) -> None:
    """The clauses a dataset could not hold, escaped (`say`), each with why."""
    from tzgoals.units import LARGEST_PLAUSIBLE, MOST_DIGITS, SMALLEST_PLAUSIBLE

    if not passed_over:
        return
    say(label("extract.passed_over", lang, count=len(passed_over)), err=True)
    bounds = {
        "digits": MOST_DIGITS,
        "smallest": f"10^{SMALLEST_PLAUSIBLE.adjusted()}",
        "largest": f"10^{LARGEST_PLAUSIBLE.adjusted()}",
    }
    for item in passed_over:
        why = label(f"passed_over.{item.reason}", lang, kept=item.kept, **bounds)
        shown = item.quote if len(item.quote) <= SHOWN_CLAUSE else item.quote[:SHOWN_CLAUSE] + "…"
        say("  " + label("titled", lang, name=shown, what=why), err=True)


def _append(into: Path, drafted: "Extraction", area: str | None, plan: Path, lang: Lang) -> None:
    from tzgoals.draft.into import Refused, append_drafts
    from tzgoals.files.problems import DataError
    from tzgoals.render.drafts import provenance

    if not into.is_dir():
        fail(label("into.no_folder", lang, path=into))
    paths = data_paths(into, None, None, writable=True, lang=lang)
    try:
        comment = partial(provenance, lang=lang)
        area_comment = label("into.area_comment", lang)
        added = append_drafts(paths, drafted.drafts, area, comment, area_comment, drafted.areas)
    except DataError as error:
        refuse(error.problems, lang)
    except Refused as refused:
        _say_refused(refused, into, plan, lang)
    print_problems(added.warnings, lang)
    if added.areas:
        say(label("into.areas_added", lang, areas=label("list", lang).join(added.areas)))
    if added.targets:
        counts = {"targets": added.targets, "indicators": added.indicators}
        say(label("into.done", lang, path=added.path, **counts))
    else:
        say(label("into.nothing", lang, path=added.path))
    _list_left_out(added.left_out, lang)


def _say_refused(refused: "Refused", into: Path, plan: Path, lang: Lang) -> "NoReturn":
    """Each reason once, with what to do, then the closing line of a refused write; exit 2."""
    from shlex import quote

    from tzgoals.files.problems import unchanged
    from tzgoals.spelling import closest

    for refusal in refused.refusals:
        if refusal.reason == "unlisted_source":
            command = f"tzgoals source add {quote(str(plan))} --data {quote(str(into))}"
            words = label("into.unlisted_source", lang, source=refusal.named, command=command)
        elif refusal.areas:
            areas = label("list", lang).join(refusal.areas)
            words = label(
                "into.unknown_area", lang, area=refusal.named, year=refusal.year, areas=areas
            )
            found = closest(refusal.named, refusal.areas)
            words += label("did you mean", lang, name=found[0]) if found else ""
        else:
            words = label("into.no_areas", lang, year=refusal.year)
        say(f"{refused.path}: {words}", err=True)
    print_problems([unchanged(refused.path)], lang)
    raise typer.Exit(EXIT_BAD_INPUT)


def _list_left_out(left_out: "list[LeftOut]", lang: Lang) -> None:
    if not left_out:
        return
    say(label("into.left_out", lang, count=len(left_out)), err=True)
    for item in left_out:
        why = label(f"left_out.{item.reason}", lang, year=item.draft.year, known=item.known)
        say("  " + label("titled", lang, name=item.draft.quote, what=why), err=True)


def _refuse_unprintable(source: str, data_dir: Path | None, lang: Lang) -> None:
    """Exit 2 if the source's name or the dataset's folder holds a character a terminal would
    act on: each `tzgoals record` command carries both, and no dataset's source is so named."""
    from tzgoals.render.safe import UNSAFE

    if UNSAFE.search(source):
        fail(label("suggest.source_control", lang, source=source))
    if data_dir is not None and UNSAFE.search(str(data_dir)):
        fail(label("suggest.folder_control", lang, folder=data_dir))


@app.command(short_help=short_help("suggest"))
def suggest(
    review: Annotated[Path, typer.Argument(metavar="REVIEW.txt", help="The review's text, UTF-8.")],
    year: DocumentYear,
    source: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="The review's file name under the dataset's [[sources]] [default: REVIEW's].",
        ),
    ] = None,
    output_format: Annotated[
        SuggestFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table or json.",
            case_sensitive=False,
            parser=choice_of(SuggestFormat),
        ),
    ] = SuggestFormat.TABLE,
    data_dir: DataDirOption = None,
    lang: LangOption = None,
) -> None:
    """For each target of YEAR with no result, the review's passages likeliest to report it.

    Best first, at most three, each with its figure, qualifiers (预计, 以上, 近 …), the scope
    words that differ from the target's, and the `tzgoals record` command that would record
    it. Nothing is written: the analyst decides.

    Examples:

      tzgoals suggest review-2023.txt --year 2023 --data mydata

      tzgoals suggest review-2023.txt --year 2023 --format json
    """
    from tzgoals.draft.suggest import suggest as rank_passages

    lang = lang or default_lang()
    name = source or review.name
    _refuse_unprintable(name, data_dir, lang)
    dataset = load(data_dir, None, None)
    text = _read(review, lang)
    targets = [t for t in dataset.targets if t.year == year]
    if not targets:
        years = ", ".join(str(y) for y in dataset.target_years()) or label("no years", lang)
        fail(label("suggest.no_targets", lang, year=year, years=years))
    open_targets = [t for t in targets if (t.indicator, year) not in dataset.actuals]
    if not open_targets:
        say(label("suggest.none_open", lang, year=year), err=True)
    data = None if data_dir is None else str(data_dir)
    suggestions = rank_passages(text, open_targets, dataset.indicators, name, data)
    if output_format is SuggestFormat.JSON:
        from tzgoals.render.drafts import suggestions_json

        write_chunks([suggestions_json(suggestions)])
        return
    from tzgoals.cli.output import show_renderable
    from tzgoals.render.suggestions import suggestions_view

    show_renderable(suggestions_view(suggestions, {t.id: t for t in open_targets}, lang))
