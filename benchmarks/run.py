"""Benchmark tzgoals: start-up against a floor app, and growth with the size of the data.

Usage: python benchmarks/run.py [--repeat 7] [--sizes 1000,10000,100000] [--floor PATH] [--strict]
       [--html-size 10000] [--history-size 100000] [--cache-size 100000] [--skip-startup]
       [--skip-scale] [--skip-html] [--skip-history] [--skip-cache] [--panel-places 2000]
       [--skip-panel]

A million goals: --sizes 100000,1000000 --scale-repeat 1 --skip-startup --skip-html
--skip-history --skip-cache --skip-panel (about 1.3 GB of TOML generated, minutes a run).

Run it with the interpreter tzgoals is installed in (e.g. /work/.venv/bin/python); every command
is run as a child process of that same interpreter, output to /dev/null. Each comparison runs
its two commands alternately (A B A B …) after one discarded warm-up each, so that drift in the
machine's speed affects both alike, and reports the median wall time and the median peak
memory (max RSS of that child alone, from os.wait4); "min ratio" compares the fastest runs,
and "CPU ratio" the median processor times (user and system, from os.wait4), which leave out
the time a run waited while another program held the processor: checks on a noisy machine.
The goals are of wall times. Bytecode caching is turned on for the children even when
PYTHONDONTWRITEBYTECODE is set, in a temporary PYTHONPYCACHEPREFIX, as after an ordinary
install (--environment-as-is to measure without).

The commands' cache of parsed files (docs/cache.md) is a temporary folder of the run's own
(XDG_CACHE_HOME), never the user's.

1. Start-up, on the shipped dataset, against benchmarks/floor_app.py (the least a command on
   tzgoals' stack pays: Typer, a tomli read of the dataset's two files, a pydantic model and a
   one-row Rich table): `tzgoals status` ≤ 1.15x floor `status`; `tzgoals status --format csv`
   ≤ 1.0x floor `status`; `tzgoals --help` ≤ 0.75x floor `--help`; the first two with the cache
   warm, and again cold (emptied before each run).
2. Scale, on synthetic datasets from generate.py: `tzgoals status --format csv --data DIR`,
   cold (an empty cache, which the run fills), against a bare `tomllib` parse of the same two
   files: ≤ 0.8x the time and ≤ 2x the peak memory at the largest size (≤ 1.6x from a million
   goals), and time growing linearly (10x the goals: ≤ 11x the time).
3. The page, on a synthetic dataset of 10,000 goals: `tzgoals status --format html` against
   `tzgoals status --format csv` of the same data: ≤ 2x the time.
4. The track record, on a synthetic dataset of 100,000 goals over 10 years (generate.py
   --years 10): `tzgoals history --format csv` (every goal of every year) against
   `tzgoals status --format csv` (the latest year's) of the same data: ≤ 1.2x the time.
5. The cache, at 100,000 goals: `status --format csv` warm (the same files read just before)
   ≤ 0.2x a bare `tomllib` parse, and cold (an empty cache) ≤ 0.8x.
6. A panel, on a synthetic panel of 2,000 places of 50 goals each (generate.py --panel): `tzgoals
   panel --format csv` and `tzgoals panel --goals --format csv` against `tzgoals status --format
   csv` on one dataset of the same 100,000 goals: ≤ 1.2x the time; and the panel's peak memory
   against that of a panel of a tenth of the places: ≤ 1.2x, since places are read one at a
   time (memory grows with the largest place, not with the panel).

The page, the track record and the panel are measured with `--no-cache` on both sides: their
goals are about the work itself, which the cache (section 5) would otherwise spare both commands
alike after the first run.

It is a report, not a test: it exits 0 whatever the results, unless --strict is given.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_FLOOR = BENCH_DIR / "floor_app.py"
DEFAULT_SIZES = (1_000, 10_000, 100_000)

TABLE_LIMIT = 1.15
CSV_LIMIT = 1.0
HELP_LIMIT = 0.75
SCALE_TIME_LIMIT = 0.8
SCALE_MEMORY_LIMIT = 2.0
MILLION = 1_000_000
MILLION_MEMORY_LIMIT = 1.6  # at a million goals and more
CACHE_WARM_LIMIT = 0.2
CACHE_COLD_LIMIT = 0.8
DEFAULT_CACHE_SIZE = 100_000
GROWTH_SLACK = 1.1  # 10x the goals may take at most 11x the time
HTML_LIMIT = 2.0
DEFAULT_HTML_SIZE = 10_000
HISTORY_LIMIT = 1.2
DEFAULT_HISTORY_SIZE = 100_000
HISTORY_YEARS = 10
STARTUP_LIMITS = (TABLE_LIMIT, CSV_LIMIT, HELP_LIMIT)
PANEL_LIMIT = 1.2
PANEL_MEMORY_LIMIT = 1.2  # peak RSS of the panel / of a panel of a tenth of its places
DEFAULT_PANEL_PLACES = 2_000
PANEL_PER_PLACE = 50

PARSE_SCRIPT = """\
import sys, tomllib
for path in sys.argv[1:]:
    with open(path, "rb") as file:
        tomllib.load(file)
"""


@dataclass(frozen=True, slots=True)
class Run:
    """One child process: wall time, processor time (user and system), its own peak memory,
    how it ended."""

    seconds: float
    max_rss_kb: int
    returncode: int
    stderr: str
    cpu_seconds: float


@dataclass(frozen=True, slots=True)
class Measure:
    """The runs of one command, summarised by their medians."""

    label: str
    runs: tuple[Run, ...]

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def fastest(self) -> float:
        return min(r.seconds for r in self.runs)

    @property
    def cpu_seconds(self) -> float:
        """The median processor time: unlike the wall time, it leaves out the time the run
        waited for a processor another program held."""
        return statistics.median(r.cpu_seconds for r in self.runs)

    @property
    def max_rss_mb(self) -> float:
        return statistics.median(r.max_rss_kb for r in self.runs) / 1024

    @property
    def spread(self) -> float:
        """(slowest − fastest) / median: how noisy the runs were."""
        times = [r.seconds for r in self.runs]
        return (max(times) - min(times)) / self.seconds if self.seconds else 0.0

    @property
    def failed(self) -> Run | None:
        return next((r for r in self.runs if r.returncode != 0), None)


@dataclass(frozen=True, slots=True)
class Goal:
    name: str
    measured: float | None  # None: could not be measured
    limit: float

    @property
    def passed(self) -> bool:
        return self.measured is not None and self.measured <= self.limit

    @property
    def verdict(self) -> str:
        if self.measured is None:
            return "FAIL (not measured)"
        return "PASS" if self.passed else "FAIL"


def run_once(command: Sequence[str], cwd: Path, env: Mapping[str, str]) -> Run:
    """Run a command with output to /dev/null; time it and read its own peak RSS."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            max_rss_kb = usage.ru_maxrss  # KiB on Linux
            cpu_seconds = usage.ru_utime + usage.ru_stime
        else:  # pragma: no cover - no per-child rusage on this platform
            process.wait()
            seconds = time.perf_counter() - start
            max_rss_kb, cpu_seconds = 0, 0.0
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    return Run(seconds, max_rss_kb, process.returncode, stderr, cpu_seconds)


def compare(
    a: tuple[str, Sequence[str]],
    b: tuple[str, Sequence[str]],
    repeat: int,
    cwd: Path,
    env: Mapping[str, str],
    warmup: int = 1,
    before_a: Callable[[], None] | None = None,
) -> tuple[Measure, Measure]:
    """Run two commands alternately, after discarded warm-up runs of each; `before_a` runs
    before each run of the first (to empty its cache, for a cold run)."""
    prepare = before_a or (lambda: None)
    for _ in range(warmup):
        prepare()
        run_once(a[1], cwd, env)
        run_once(b[1], cwd, env)
    runs_a: list[Run] = []
    runs_b: list[Run] = []
    for _ in range(repeat):
        prepare()
        runs_a.append(run_once(a[1], cwd, env))
        runs_b.append(run_once(b[1], cwd, env))
        print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return Measure(a[0], tuple(runs_a)), Measure(b[0], tuple(runs_b))


def tzgoals_command() -> list[str]:
    """The console script next to this interpreter, run by this interpreter."""
    script = Path(sys.executable).parent / "tzgoals"
    if script.is_file():
        return [sys.executable, str(script)]
    return [sys.executable, "-c", "from tzgoals.cli import main; main()"]


def bytecode_cached(env: Mapping[str, str], cache: Path) -> dict[str, str]:
    """The environment with bytecode caching on, as after an ordinary `pip install`.

    With PYTHONDONTWRITEBYTECODE set and no __pycache__ in src/ (an editable install), every
    run would compile tzgoals from source while the floor's libraries load cached bytecode.
    The cache goes to a folder of our own (PYTHONPYCACHEPREFIX), filled by the warm-up runs,
    so the checkout is left untouched.
    """
    changed = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    changed.setdefault("PYTHONPYCACHEPREFIX", str(cache))
    return changed


def describe_bytecode(env: Mapping[str, str]) -> str:
    if env.get("PYTHONDONTWRITEBYTECODE"):
        return "PYTHONDONTWRITEBYTECODE is set: modules without cached bytecode compile every run"
    prefix = env.get("PYTHONPYCACHEPREFIX")
    return f"cached (PYTHONPYCACHEPREFIX={prefix})" if prefix else "cached (__pycache__)"


def source_state() -> str:
    """The commit measured, and whether src/ had changes not yet committed."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--", "src"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"{commit} + {len(changed)} uncommitted file(s) in src/" if changed else commit


def ratio(a: Measure, b: Measure) -> float:
    return a.seconds / b.seconds


def cpu_ratio(a: Measure, b: Measure) -> str:
    """The ratio of median processor times, shown beside the goal's ratio of wall times."""
    return f"{a.cpu_seconds / b.cpu_seconds:.2f}x" if b.cpu_seconds else "-"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:,.2f} s" if seconds >= 1 else ms(seconds)


def print_table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    widths = [max(len(str(row[i])) for row in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        first = f"{cells[0]:<{widths[0]}}"
        rest = (f"{cell:>{width}}" for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join((first, *rest)).rstrip()

    print(f"\n{title}")
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def report_failures(measures: Sequence[Measure]) -> bool:
    """Print the stderr of any command that failed; whether one did."""
    failed = False
    for measure in measures:
        run = measure.failed
        if run is not None:
            failed = True
            print(f"\n!! {measure.label} exited {run.returncode}:\n{run.stderr.strip()[-2000:]}")
    return failed


def bench_startup(floor: Path, repeat: int, env: Mapping[str, str]) -> list[Goal]:
    """Start-up with the cache warm (filled by the warm-up run) and cold (emptied before each
    run, so that the run parses the files and fills it)."""
    names = ("tzgoals status", "tzgoals status --format csv", "tzgoals --help")
    names += ("tzgoals status, cold cache", "tzgoals status --format csv, cold cache")
    limits = (*STARTUP_LIMITS, TABLE_LIMIT, CSV_LIMIT)
    if not floor.is_file():
        print(f"\nStart-up: floor app not found at {floor}; skipped (see --floor).")
        return [Goal(name, None, limit) for name, limit in zip(names, limits, strict=True)]
    tz = tzgoals_command()
    fl = [sys.executable, str(floor)]
    commands = ([*tz, "status"], [*tz, "status", "--format", "csv"], [*tz, "--help"])
    commands += commands[:2]
    floors = (("floor status", [*fl, "status"]),) * 2 + (("floor --help", [*fl, "--help"]),)
    floors += floors[:2]
    rows = []
    goals = []
    for index, (name, command, b, limit) in enumerate(
        zip(names, commands, floors, limits, strict=True)
    ):
        a = (name, command)
        cold = (lambda: empty_cache(env)) if index >= len(STARTUP_LIMITS) else None
        print(f"startup: {a[0]} vs {b[0]} ", end="", file=sys.stderr, flush=True)
        mine, base = compare(a, b, repeat, REPO_ROOT, env, before_a=cold)
        failed = report_failures((mine, base))
        r = ratio(mine, base)
        goals.append(Goal(f"startup: {a[0]} / {b[0]} <= {limit}x", None if failed else r, limit))
        rows.append(
            (
                a[0],
                ms(mine.seconds),
                f"{mine.spread:.0%}",
                b[0],
                ms(base.seconds),
                f"{base.spread:.0%}",
                f"{r:.2f}x",
                f"{mine.fastest / base.fastest:.2f}x",
                f"<= {limit}x",
                goals[-1].verdict,
            )
        )
    print_table(
        f"Start-up on the shipped data (median of {repeat}; spread = (max-min)/median)",
        (
            "command",
            "median",
            "spread",
            "floor",
            "median",
            "spread",
            "ratio",
            "min ratio",
            "goal",
            "result",
        ),
        rows,
    )
    return goals


def generate(size: int, directory: Path) -> None:
    if (directory / "targets.toml").is_file() and (directory / "actuals.toml").is_file():
        return  # the generator is deterministic: a dataset already there is the same one
    print(f"generating {size:,} targets in {directory}", file=sys.stderr)
    subprocess.run(
        [sys.executable, str(BENCH_DIR / "generate.py"), str(size), str(directory)], check=True
    )


def bench_scale(
    sizes: Sequence[int], repeat: int, workdir: Path, env: Mapping[str, str]
) -> list[Goal]:
    tz = tzgoals_command()
    results: list[tuple[int, Measure, Measure]] = []
    for size in sizes:
        directory = workdir / f"n{size}"
        generate(size, directory)
        files = [str(directory / "targets.toml"), str(directory / "actuals.toml")]
        # targets.toml of a million goals is 430 MB, over the usual limit
        sized = {"TZGOALS_MAX_FILE_SIZE": "2G", **env} if size >= MILLION else env
        label = f"scale {size:,}: tzgoals csv vs tomllib parse "
        print(label, end="", file=sys.stderr, flush=True)
        mine, base = compare(
            (f"tzgoals {size:,}", [*tz, "status", "--format", "csv", "--data", str(directory)]),
            (f"parse {size:,}", [sys.executable, "-c", PARSE_SCRIPT, *files]),
            repeat,
            workdir,
            sized,
            before_a=lambda: empty_cache(env),  # cold: the files parsed, and the cache filled
        )
        report_failures((mine, base))
        results.append((size, mine, base))
    rows = []
    for size, mine, base in results:
        rows.append(
            (
                f"{size:,}",
                secs(mine.seconds),
                secs(base.seconds),
                f"{ratio(mine, base):.2f}x",
                f"{mine.fastest / base.fastest:.2f}x",
                cpu_ratio(mine, base),
                f"{mine.max_rss_mb:,.0f} MB",
                f"{base.max_rss_mb:,.0f} MB",
                f"{mine.max_rss_mb / base.max_rss_mb:.2f}x",
                f"{mine.spread:.0%}/{base.spread:.0%}",
            )
        )
    print_table(
        f"Scale: tzgoals status --format csv --data DIR vs bare tomllib parse (median of {repeat})",
        (
            "targets",
            "tzgoals",
            "parse",
            "ratio",
            "min ratio",
            "CPU ratio",
            "tz RSS",
            "parse RSS",
            "RSS ratio",
            "spread",
        ),
        rows,
    )
    growth_rows = []
    goals = []
    for (n1, mine1, base1), (n2, mine2, base2) in itertools.pairwise(results):
        factor = n2 / n1
        limit = factor * GROWTH_SLACK
        grown = mine2.seconds / mine1.seconds
        failed = mine1.failed is not None or mine2.failed is not None
        goal = Goal(
            f"growth: time({n2:,})/time({n1:,}) <= {limit:g}x", None if failed else grown, limit
        )
        goals.append(goal)
        growth_rows.append(
            (
                f"{n1:,} -> {n2:,} ({factor:g}x goals)",
                f"{grown:.2f}x",
                f"{base2.seconds / base1.seconds:.2f}x",
                cpu_ratio(mine2, mine1),
                cpu_ratio(base2, base1),
                f"<= {limit:g}x",
                goal.verdict,
            )
        )
    if growth_rows:
        print_table(
            "Growth of the median time",
            ("step", "tzgoals", "parse", "tzgoals CPU", "parse CPU", "goal", "result"),
            growth_rows,
        )
    if results:
        size, mine, base = results[-1]
        failed = mine.failed is not None
        goals.insert(
            0,
            Goal(
                f"scale {size:,}: time / parse <= {SCALE_TIME_LIMIT}x",
                None if failed else ratio(mine, base),
                SCALE_TIME_LIMIT,
            ),
        )
        memory_limit = MILLION_MEMORY_LIMIT if size >= MILLION else SCALE_MEMORY_LIMIT
        goals.insert(
            1,
            Goal(
                f"scale {size:,}: peak RSS / parse <= {memory_limit}x",
                None if failed else mine.max_rss_mb / base.max_rss_mb,
                memory_limit,
            ),
        )
    return goals


def empty_cache(env: Mapping[str, str]) -> None:
    """Remove the benchmark's own cache folder (never the user's: `main` points
    XDG_CACHE_HOME at a temporary folder), so that the next run is cold."""
    shutil.rmtree(Path(env["XDG_CACHE_HOME"]) / "tzgoals", ignore_errors=True)


def bench_cache(size: int, repeat: int, workdir: Path, env: Mapping[str, str]) -> list[Goal]:
    """`status --format csv` with the cache warm (the same files read just before) and cold
    (an empty cache, filled by the run), each against a bare tomllib parse of the files."""
    directory = workdir / f"n{size}"
    generate(size, directory)
    files = [str(directory / "targets.toml"), str(directory / "actuals.toml")]
    status = [*tzgoals_command(), "status", "--format", "csv", "--data", str(directory)]
    parse = [sys.executable, "-c", PARSE_SCRIPT, *files]
    print(f"cache {size:,}: cold, warm and parse ", end="", file=sys.stderr, flush=True)
    empty_cache(env)
    for command in (status, status, parse):  # warm-up, discarded
        run_once(command, workdir, env)
    cold: list[Run] = []
    warm: list[Run] = []
    parsed: list[Run] = []
    for _ in range(repeat):
        empty_cache(env)
        cold.append(run_once(status, workdir, env))
        warm.append(run_once(status, workdir, env))
        parsed.append(run_once(parse, workdir, env))
        print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    measures = (Measure("cold", tuple(cold)), Measure("warm", tuple(warm)))
    base = Measure("parse", tuple(parsed))
    failed = report_failures((*measures, base))
    goals = [
        Goal(
            f"cache {size:,}: {m.label} time / parse <= {limit}x",
            None if failed else ratio(m, base),
            limit,
        )
        for m, limit in zip(measures, (CACHE_COLD_LIMIT, CACHE_WARM_LIMIT), strict=True)
    ]
    print_table(
        f"The cache: status --format csv, {size:,} goals, cold and warm vs a bare tomllib parse "
        f"(median of {repeat})",
        (
            "run",
            "time",
            "parse",
            "ratio",
            "min ratio",
            "CPU ratio",
            "RSS",
            "parse RSS",
            "spread",
            "result",
        ),
        [
            (
                m.label,
                secs(m.seconds),
                secs(base.seconds),
                f"{ratio(m, base):.2f}x",
                f"{m.fastest / base.fastest:.2f}x",
                cpu_ratio(m, base),
                f"{m.max_rss_mb:,.0f} MB",
                f"{base.max_rss_mb:,.0f} MB",
                f"{m.spread:.0%}/{base.spread:.0%}",
                goal.verdict,
            )
            for m, goal in zip(measures, goals, strict=True)
        ],
    )
    return goals


def bench_html(size: int, repeat: int, workdir: Path, env: Mapping[str, str]) -> list[Goal]:
    """The scorecard page against the csv of the same goals: what the page costs over the data."""
    directory = workdir / f"n{size}"
    generate(size, directory)
    tz = tzgoals_command()
    print(f"html {size:,}: tzgoals html vs tzgoals csv ", end="", file=sys.stderr, flush=True)
    page, table = compare(
        (
            f"html {size:,}",
            [*tz, "--no-cache", "status", "--format", "html", "--data", str(directory)],
        ),
        (
            f"csv {size:,}",
            [*tz, "--no-cache", "status", "--format", "csv", "--data", str(directory)],
        ),
        repeat,
        workdir,
        env,
    )
    failed = report_failures((page, table))
    goal = Goal(
        f"html {size:,}: time / csv <= {HTML_LIMIT}x", None if failed else ratio(page, table),
        HTML_LIMIT,
    )  # fmt: skip
    print_table(
        f"The page: status --format html vs --format csv, {size:,} goals (median of {repeat})",
        ("targets", "html", "csv", "ratio", "min ratio", "html RSS", "csv RSS", "spread", "result"),
        [
            (
                f"{size:,}",
                secs(page.seconds),
                secs(table.seconds),
                f"{ratio(page, table):.2f}x",
                f"{page.fastest / table.fastest:.2f}x",
                f"{page.max_rss_mb:,.0f} MB",
                f"{table.max_rss_mb:,.0f} MB",
                f"{page.spread:.0%}/{table.spread:.0%}",
                goal.verdict,
            )
        ],
    )
    return [goal]


def bench_history(size: int, repeat: int, workdir: Path, env: Mapping[str, str]) -> list[Goal]:
    """Every indicator's record over ten years against one year's status of the same data."""
    directory = workdir / f"n{size}-years{HISTORY_YEARS}"
    if not (directory / "targets.toml").is_file():
        print(f"generating {size:,} targets over {HISTORY_YEARS} years", file=sys.stderr)
        subprocess.run(
            [sys.executable, str(BENCH_DIR / "generate.py"), str(size), str(directory),
             "--years", str(HISTORY_YEARS)],
            check=True,
        )  # fmt: skip
    tz = tzgoals_command()
    print(f"history {size:,}: history csv vs status csv ", end="", file=sys.stderr, flush=True)
    record, status = compare(
        (
            f"history {size:,}",
            [*tz, "--no-cache", "history", "--format", "csv", "--data", str(directory)],
        ),
        (
            f"status {size:,}",
            [*tz, "--no-cache", "status", "--format", "csv", "--data", str(directory)],
        ),
        repeat,
        workdir,
        env,
    )
    failed = report_failures((record, status))
    goal = Goal(
        f"history {size:,}: time / status csv <= {HISTORY_LIMIT}x",
        None if failed else ratio(record, status),
        HISTORY_LIMIT,
    )
    print_table(
        f"The track record: history vs status --format csv, {size:,} goals over "
        f"{HISTORY_YEARS} years (median of {repeat})",
        ("targets", "history", "status", "ratio", "min ratio", "history RSS", "status RSS",
         "spread", "result"),
        [
            (
                f"{size:,}",
                secs(record.seconds),
                secs(status.seconds),
                f"{ratio(record, status):.2f}x",
                f"{record.fastest / status.fastest:.2f}x",
                f"{record.max_rss_mb:,.0f} MB",
                f"{status.max_rss_mb:,.0f} MB",
                f"{record.spread:.0%}/{status.spread:.0%}",
                goal.verdict,
            )
        ],
    )  # fmt: skip
    return [goal]


def generate_panel(places: int, directory: Path) -> None:
    if (directory / "panel.toml").is_file():
        return  # deterministic, as generate()'s datasets
    print(f"generating a panel of {places:,} places in {directory}", file=sys.stderr)
    subprocess.run(
        [sys.executable, str(BENCH_DIR / "generate.py"), str(PANEL_PER_PLACE), str(directory),
         "--panel", str(places)],
        check=True,
    )  # fmt: skip


def bench_panel(places: int, repeat: int, workdir: Path, env: Mapping[str, str]) -> list[Goal]:
    """A panel's table and its tidy export against one dataset of as many goals, and the
    panel's peak memory against a panel of a tenth of its places."""
    goals_count = places * PANEL_PER_PLACE
    one = workdir / f"n{goals_count}"
    generate(goals_count, one)
    big = workdir / f"panel{places}x{PANEL_PER_PLACE}"
    small = workdir / f"panel{max(places // 10, 1)}x{PANEL_PER_PLACE}"
    generate_panel(places, big)
    generate_panel(max(places // 10, 1), small)
    tz = tzgoals_command()
    status = (
        f"status {goals_count:,}",
        [*tz, "--no-cache", "status", "--format", "csv", "--data", str(one)],
    )
    table = [*tz, "--no-cache", "panel", "--format", "csv", "--panel"]
    measured = []
    for label, command in (
        (f"panel {places:,}", [*table, str(big)]),
        (
            f"panel --goals {places:,}",
            [*tz, "--no-cache", "panel", "--goals", "--format", "csv", "--panel", str(big)],
        ),
    ):
        print(f"{label}: vs {status[0]} ", end="", file=sys.stderr, flush=True)
        measured.append(compare((label, command), status, repeat, workdir, env))
    print(f"panel {places:,} vs a tenth of it ", end="", file=sys.stderr, flush=True)
    whole, tenth = compare(
        (f"panel {places:,}", [*table, str(big)]),
        (f"panel {places // 10:,}", [*table, str(small)]),
        repeat,
        workdir,
        env,
    )
    failed = report_failures([m for pair in measured for m in pair] + [whole, tenth])
    goals = [
        Goal(f"{mine.label}: time / {base.label} csv <= {PANEL_LIMIT}x",
             None if failed else ratio(mine, base), PANEL_LIMIT)
        for mine, base in measured
    ]  # fmt: skip
    memory = whole.max_rss_mb / tenth.max_rss_mb
    goals.append(
        Goal(f"panel {places:,}: peak RSS / a tenth of the places <= {PANEL_MEMORY_LIMIT}x",
             None if failed else memory, PANEL_MEMORY_LIMIT)
    )  # fmt: skip
    rows = [
        (mine.label, secs(mine.seconds), secs(base.seconds), f"{ratio(mine, base):.2f}x",
         f"{mine.fastest / base.fastest:.2f}x", f"{mine.max_rss_mb:,.0f} MB",
         f"{base.max_rss_mb:,.0f} MB", f"{mine.spread:.0%}/{base.spread:.0%}", goal.verdict)
        for (mine, base), goal in zip(measured, goals, strict=False)
    ]  # fmt: skip
    rows.append(
        (f"{whole.label} / {tenth.label}", secs(whole.seconds), secs(tenth.seconds),
         f"{ratio(whole, tenth):.2f}x", f"{whole.fastest / tenth.fastest:.2f}x",
         f"{whole.max_rss_mb:,.0f} MB", f"{tenth.max_rss_mb:,.0f} MB",
         f"{whole.spread:.0%}/{tenth.spread:.0%}", f"RSS {memory:.2f}x {goals[-1].verdict}")
    )  # fmt: skip
    print_table(
        f"A panel of {places:,} places x {PANEL_PER_PLACE} goals vs one dataset of "
        f"{goals_count:,} (median of {repeat})",
        ("command", "panel", "other", "ratio", "min ratio", "panel RSS", "other RSS", "spread",
         "result"),
        rows,
    )  # fmt: skip
    return goals


def parse_sizes(text: str) -> list[int]:
    sizes = sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes are positive integers, e.g. 1000,10000,100000")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7, help="timed runs of each command [7]")
    parser.add_argument(
        "--scale-repeat", type=int, default=None, help="timed runs at scale [--repeat]"
    )
    parser.add_argument(
        "--floor",
        type=Path,
        default=None,
        help="the floor app [benchmarks/floor_app.py]",
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="dataset sizes for the scale runs [1000,10000,100000]",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="keep (and reuse) the generated datasets here [a temporary folder]",
    )
    parser.add_argument("--skip-startup", action="store_true", help="no start-up comparison")
    parser.add_argument("--skip-scale", action="store_true", help="no scale comparison")
    parser.add_argument("--skip-html", action="store_true", help="no html vs csv comparison")
    parser.add_argument("--skip-history", action="store_true", help="no history comparison")
    parser.add_argument("--skip-panel", action="store_true", help="no panel comparison")
    parser.add_argument(
        "--panel-places",
        type=int,
        default=DEFAULT_PANEL_PLACES,
        help=f"places of {PANEL_PER_PLACE} goals in the panel comparison "
        f"[{DEFAULT_PANEL_PLACES:,}]",
    )
    parser.add_argument("--skip-cache", action="store_true", help="no cold and warm cache runs")
    parser.add_argument(
        "--cache-size",
        type=int,
        default=DEFAULT_CACHE_SIZE,
        help=f"goals in the cold and warm cache runs [{DEFAULT_CACHE_SIZE:,}]",
    )
    parser.add_argument(
        "--history-size",
        type=int,
        default=DEFAULT_HISTORY_SIZE,
        help=f"goals in the history comparison [{DEFAULT_HISTORY_SIZE:,}]",
    )
    parser.add_argument(
        "--html-size",
        type=int,
        default=DEFAULT_HTML_SIZE,
        help=f"goals in the html vs csv comparison [{DEFAULT_HTML_SIZE:,}]",
    )
    parser.add_argument(
        "--environment-as-is",
        action="store_true",
        help="run the commands in this environment unchanged, even with "
        "PYTHONDONTWRITEBYTECODE set (every run then compiles the uncached modules)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    floor = args.floor if args.floor is not None else DEFAULT_FLOOR
    scale_repeat = args.scale_repeat or args.repeat

    print(
        f"tzgoals benchmarks: Python {platform.python_version()} ({sys.executable}), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    )
    print(f"tzgoals: {' '.join(tzgoals_command())}")
    print(f"floor:   {floor.resolve()}")
    print(f"source:  {source_state()}")
    goals: list[Goal] = []
    with contextlib.ExitStack() as stack:
        env = dict(os.environ)
        if not args.environment_as_is:
            env = bytecode_cached(env, Path(stack.enter_context(tempfile.TemporaryDirectory())))
        # The commands' cache of parsed files: a folder of this run's, never the user's own.
        env["XDG_CACHE_HOME"] = stack.enter_context(tempfile.TemporaryDirectory(prefix="tzc-"))
        env.pop("TZGOALS_NO_CACHE", None)
        print(f"bytecode: {describe_bytecode(env)}")
        if not args.skip_startup:
            goals += bench_startup(floor.resolve(), args.repeat, env)
        if args.workdir is not None:
            workdir = args.workdir.resolve()
            workdir.mkdir(parents=True, exist_ok=True)
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tzb-")))
        if not args.skip_scale:
            goals += bench_scale(args.sizes, scale_repeat, workdir, env)
        if not args.skip_html:
            goals += bench_html(args.html_size, scale_repeat, workdir, env)
        if not args.skip_history:
            goals += bench_history(args.history_size, scale_repeat, workdir, env)
        if not args.skip_cache:
            goals += bench_cache(args.cache_size, scale_repeat, workdir, env)
        if not args.skip_panel:
            goals += bench_panel(args.panel_places, scale_repeat, workdir, env)

    print_table("Goals", ("goal", "measured", "result"), [
        (g.name, "-" if g.measured is None else f"{g.measured:.2f}x", g.verdict) for g in goals
    ])  # fmt: skip
    missed = sum(not g.passed for g in goals)
    print(f"\n{len(goals) - missed} of {len(goals)} goals met.")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
