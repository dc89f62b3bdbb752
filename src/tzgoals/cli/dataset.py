"""Which dataset a command reads, and reading it: the options' folder and files, or the one
discovery finds; loaded, or its problems shown and exit 2; the goals a reader selects.

The terminal edge these report through (`say`, `fail`, exit codes) is `cli/output.py`.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from tzgoals.cli.output import fail, refused, report_problems, say_if_example
from tzgoals.render.catalogue import Lang, default_lang, in_lang, label
from tzgoals.vocabulary import Flag, Order, Status

if TYPE_CHECKING:
    from tzgoals.coverage import Selection
    from tzgoals.files.cache_store import CacheStore
    from tzgoals.files.paths import DataPaths, Found
    from tzgoals.models import Dataset


def find(
    data_dir: Path | None, targets: Path | None, actuals: Path | None, lang: Lang | None = None
) -> "Found":
    """The dataset the options name, or the one discovery finds, and how; or exit 2."""
    from tzgoals.files.paths import PathChoiceError, find_dataset

    try:
        return find_dataset(data_dir, targets, actuals)
    except PathChoiceError as error:
        refused(error, lang)


def data_paths(
    data_dir: Path | None,
    targets: Path | None,
    actuals: Path | None,
    writable: bool = False,
    lang: Lang | None = None,
) -> "DataPaths":
    """The dataset the options name (`writable`: one a command may change), or exit 2."""
    from tzgoals.files.paths import PathChoiceError, writable_paths

    if not writable:
        return find(data_dir, targets, actuals, lang).paths
    try:
        return writable_paths(data_dir, targets, actuals)
    except PathChoiceError as error:
        refused(error, lang)


def read(
    data_dir: Path | None,
    targets: Path | None,
    actuals: Path | None,
    lang: Lang | None = None,
    as_of: str | None = None,
) -> "tuple[Dataset, Found]":
    """The dataset and how it was found, saying so on stderr (in `lang`, else the default
    language) when it is the shipped example; with `as_of`, as its sources stood that day.

    The collector is spared while the dataset is read and for the rest of the command
    (`_collector_spared`)."""
    from tzgoals.files.load import load_dataset
    from tzgoals.files.problems import DataError

    found = find(data_dir, targets, actuals, lang)
    say_if_example(found, lang)
    with _collector_spared():
        try:
            dataset = load_dataset(found.paths, command_cache())
        except DataError as error:
            report_problems(error.problems, lang or default_lang())
    if as_of is None:
        return dataset, found
    from tzgoals.vintages import sources_on

    return sources_on(dataset, as_of), found


#: The collector's thresholds once the dataset is read (Python's are 700, 10, 10): what a
#: command builds next, a result a goal, lives until it ends, so a pass seldom frees anything.
#: mypy sets its own likewise.
AFTER_READING = (100_000, 50, 100)


@contextmanager
def _collector_spared() -> Iterator[None]:
    """The collector off while the dataset is read; then what it is made of frozen
    (`gc.freeze`), the collector's passes made rare, and the collector on again if it was.

    Nothing read refers back to itself, so a pass while reading frees nothing. The loader
    pauses the collector too, but turning it on again there sets off a pass over everything
    made meanwhile (and later passes over them again): frozen first, they are never walked.
    The dataset lives until the command ends; without this, the passes that the results
    built next set off walk it again and again, and then the results themselves. At 100,000
    goals over ten years, `history` scores ten times the goals `status` does, and paid about
    0.6 s more for the collector than `status`; with this, both pay the same. `SafeGroup.invoke`
    (cli/app.py) unfreezes and puts the thresholds back when the command is done, so that a
    process running commands in turn (a test) collects as before."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*AFTER_READING)
        if collecting:
            gc.enable()


def load(
    data_dir: Path | None,
    targets: Path | None,
    actuals: Path | None,
    lang: Lang | None = None,
    as_of: str | None = None,
) -> "Dataset":
    return read(data_dir, targets, actuals, lang, as_of)[0]


def dataset_read(found: "Found") -> dict[str, str]:
    """Which dataset was read, for a JSON document: its two files and the rung that found it."""
    return {
        "targets": str(found.paths.targets),
        "actuals": str(found.paths.actuals),
        "found_by": found.rung,
    }


def select(
    dataset: "Dataset",
    year: int | None,
    areas: list[str] | None,
    statuses: list[Status] | None,
    flags: "list[Flag] | None" = None,
    order: Order = Order.AREA,
    lang: Lang | None = None,
) -> "Selection":
    from tzgoals.coverage import SelectionError, select_results

    try:
        return select_results(dataset, year, areas or [], statuses or [], flags or [], order)
    except SelectionError as error:
        refused(error, lang)


def dataset_title(
    dataset: "Dataset", lang: Lang, found: "Found | None" = None, as_of: str | None = None
) -> str:
    """The dataset's name, marked when it is the example shipped with tzgoals, and with the
    date its sources are read as of, when one is asked for."""
    name = in_lang(dataset.info.name, dataset.info.name_en, lang)
    title = label("named example", lang, name=name) if found and found.is_example else name
    return label("title.as_of", lang, title=title, date=as_of) if as_of else title


def chosen_panel(panel_dir: Path | None, dataset_named: Path | None, lang: Lang) -> Path | None:
    """The panel.toml a command that reads a dataset or a panel (`check`, `publish`) reads:
    the one --panel names, else this folder's when no dataset is named and the folder holds no
    targets.toml; None for a dataset."""
    from tzgoals.files.paths import TARGETS_NAME
    from tzgoals.panel import PANEL_NAME

    if panel_dir is not None:
        if not (panel_dir / PANEL_NAME).is_file():
            fail(label("panel.none in", lang, file=PANEL_NAME, folder=panel_dir))
        return panel_dir / PANEL_NAME
    here = Path(PANEL_NAME)
    if dataset_named is None and here.is_file() and not Path(TARGETS_NAME).exists():
        return here
    return None


def command_cache() -> "CacheStore | None":
    """The cache a command reads through: None when `--no-cache` or TZGOALS_NO_CACHE=1 turn
    it off, or when its folder cannot be used (then silently); opened once a run, as the kept
    output and the parsed files both read through it."""
    from tzgoals.cli.app import cache_of_this_run, cache_switched_off

    if cache_switched_off[0]:
        return None
    if not cache_of_this_run:
        from tzgoals.files.cache_store import open_cache

        cache_of_this_run.append(open_cache())
    return cache_of_this_run[0]
