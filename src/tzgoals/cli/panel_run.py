"""What `tzgoals panel` and `check --panel` do once their options are read: score or check each
place, render, report the places that could not be scored. The table and the export return
whether any place's dataset was unusable, for `--strict`."""

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from tzgoals.cli.dataset import command_cache
from tzgoals.cli.output import (
    EXIT_BAD_INPUT,
    EXIT_FAIL_ON,
    EXIT_OK,
    fail,
    generated_at,
    print_problems,
    publish_refused,
    say,
    write_output,
)
from tzgoals.cli.panel import read_panel_or_exit
from tzgoals.files.paths import TARGETS_NAME
from tzgoals.files.problems import Problem
from tzgoals.panel import Panel, Place
from tzgoals.problem_codes import ProblemCode
from tzgoals.render.catalogue import Lang, default_lang, in_lang, label
from tzgoals.render.formats import CheckFormat, CheckOutput, check_format
from tzgoals.render.formats.panel import (
    IndicatorTable,
    PanelFormat,
    PanelGoalsFormat,
    PanelGoalsOutput,
    PanelOutput,
    PlaceTable,
    panel_format,
    panel_goals_format,
)
from tzgoals.render.panel_text import panel_title
from tzgoals.tabular import Row
from tzgoals.vocabulary import Level, PanelOrder


def report_unusable(unusable: Sequence[tuple[Place, Sequence[Problem]]], lang: Lang) -> None:
    """Each place that could not be scored, and its problems, on stderr."""
    for place, problems in unusable:
        name = in_lang(place.name, place.name_en, lang)
        say(label("panel.problems of", lang, place=name), err=True)
        print_problems(problems, lang)


def run_table(
    panel: Panel,
    year: int | None,
    levels: Sequence[Level],
    order: PanelOrder,
    indicator: str | None,
    output_format: PanelFormat,
    lang: Lang,
    bom: bool,
) -> bool:
    from tzgoals.amplification import indicator_rows
    from tzgoals.panel_scores import common_year, place_rows, score_panel

    scores = score_panel(panel, indicator, command_cache())
    chosen = year if year is not None else common_year(scores)
    view: PlaceTable | IndicatorTable
    if indicator:
        view = IndicatorTable(indicator, indicator_rows(scores, chosen, levels, order))
    else:
        view = PlaceTable(place_rows(scores, chosen, levels, order))
    title = panel_title(panel, chosen, indicator, lang)
    if not panel.places:
        say(label("panel.empty", lang), err=True)
    value = PanelOutput(title, panel, chosen, view, lang, bom, generated_at)
    write_output(panel_format(output_format), value)
    unusable = [(s.place, s.problems) for s in scores if not s.usable]
    report_unusable(unusable, lang)
    return bool(unusable)


def _goal_rows(
    panel: Panel,
    year: int | None,
    levels: Sequence[Level],
    unusable: list[tuple[Place, Sequence[Problem]]],
) -> Iterator[Row]:
    """Every goal of every place chosen, place by place, each dataset let go after its rows."""
    from tzgoals.panel_scores import place_datasets
    from tzgoals.render.panel_rows import goal_rows
    from tzgoals.score import score_year

    for place, dataset, problems in place_datasets(panel, levels, command_cache()):
        if dataset is None:
            unusable.append((place, problems))
            continue
        years = dataset.target_years() if year is None else [year]
        for each in years:
            yield from goal_rows(place, dataset, score_year(dataset, each))


def run_goals(
    panel: Panel,
    year: int | None,
    levels: Sequence[Level],
    output_format: PanelFormat,
    bom: bool,
) -> bool:
    match output_format:
        case PanelFormat.CSV:
            chosen = PanelGoalsFormat.CSV
        case PanelFormat.JSON:
            chosen = PanelGoalsFormat.JSON
        case _:
            fail(label("panel.goals_format", default_lang(), format=output_format))
    unusable: list[tuple[Place, Sequence[Problem]]] = []
    rows = _goal_rows(panel, year, levels, unusable)
    write_output(panel_goals_format(chosen), PanelGoalsOutput(rows, bom))
    report_unusable(unusable, default_lang())
    return bool(unusable)


def run_panel_check(
    panel_file: Path,
    output_format: CheckFormat,
    allow_unarchived: bool,
    reported: frozenset[ProblemCode],
    lang: Lang,
) -> int:
    """`check` of a panel: each place, then the panel, only the problems `reported` (what
    --select and --ignore leave); the exit code `check` would give."""
    from tzgoals.panel import inspect_panel
    from tzgoals.panel_check import NamedIndicator, check_places, name_problems
    from tzgoals.render.problems import check_summary

    panel, own = inspect_panel(panel_file)
    if panel is None:
        print_problems(own, lang)
        return EXIT_BAD_INPUT
    chosen = check_format(output_format)
    names: dict[str, list[NamedIndicator]] = defaultdict(list)
    found: list[Problem] = []
    unreadable = False
    placed = [p for p in panel.places if (panel.folder(p) / TARGETS_NAME).is_file()]
    checked = replace(panel, places=tuple(placed))
    for place, inspection in check_places(checked, allow_unarchived, names):
        problems = [p for p in inspection.problems() if p.code in reported]
        unreadable = unreadable or inspection.unreadable
        found += problems
        if not chosen.for_programs:
            write_output(chosen, CheckOutput(problems, lang=lang))
            paths = checked.paths(place)
            say(check_summary(problems, paths, lang, False, inspection.quotes), err=True)
    panel_problems = [p for p in (*own, *name_problems(names)) if p.code in reported]
    found += panel_problems
    if chosen.for_programs:
        write_output(chosen, CheckOutput(found, {"panel": str(panel_file)}, lang))
    else:
        write_output(chosen, CheckOutput(panel_problems, lang=lang))
    if unreadable:
        return EXIT_BAD_INPUT
    return EXIT_FAIL_ON if any(p.severity == "error" for p in found) else EXIT_OK


def run_panel_publish(panel_file: Path, outdir: Path, year: int | None, lang: Lang) -> bool:
    """`publish` of a panel: the bundle written, or exit 2 with why not; whether any place's
    dataset was unusable (listed on the index page and here, with their problems)."""
    from tzgoals.publish import PublishError
    from tzgoals.publish_panel import PLACES_DIR, write_panel_bundle

    panel = read_panel_or_exit(panel_file.parent, lang)
    try:
        bundle = write_panel_bundle(outdir, panel, year, lang, generated_at())
    except PublishError as error:
        publish_refused(error, lang)
    files = label("list", lang).join(path.name for path in bundle.files)
    count, places = bundle.scorecards, f"{PLACES_DIR}/"
    say(label("panel.published", lang, files=files, count=count, places=places, folder=outdir))
    report_unusable(bundle.unusable, lang)
    return bool(bundle.unusable)
