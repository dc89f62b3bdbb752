"""The edge of the program: what reaches the terminal, and how failures become exit codes."""

import contextlib
import errno
import os
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NoReturn, TypeVar

import typer

from tzgoals.render.catalogue import Lang, default_lang, label

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from rich.console import RenderableType

    from tzgoals.files.paths import Found
    from tzgoals.files.problems import Problem
    from tzgoals.publish import PublishError
    from tzgoals.refusal import Refusal
    from tzgoals.render.formats import Format

V = TypeVar("V")
EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_BAD_INPUT = 2
MAX_PROBLEMS_SHOWN = 20
#: A refused import of a large file once printed 82,702 lines; the first 50 say what is wrong.
MAX_REFUSALS_SHOWN = 50
#: The errors of a write that found no room or no working device.
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EIO, errno.EPIPE, errno.EDQUOT, errno.EFBIG})


def discard_stdout() -> None:
    """Send what is still buffered for standard output, and all that follows, nowhere: its
    reader has gone (`| head`), or it cannot take more. Python's final flush then succeeds."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


@contextlib.contextmanager
def writing_stdout() -> Iterator[None]:
    """Output that cannot be written: a reader who stopped reading (`| head`) ends it quietly,
    the command going on to its own exit code; a full disk, a closed or broken stream is a
    message and exit 2."""
    if sys.stdout is None:
        fail(label("output.closed", default_lang()))
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        discard_stdout()
    except OSError as error:
        discard_stdout()
        fail(label("output.unwritable", default_lang(), why=error.strerror or error))


def say(message: str, err: bool = False) -> None:
    """A line for people, with any control character from the data shown, not sent."""
    from tzgoals.render.safe import printable

    if err:
        typer.echo(printable(message), err=True)
        return
    with writing_stdout():
        typer.echo(printable(message))


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    say(f"tzgoals: {message}", err=True)
    raise typer.Exit(code)


def print_problems(problems: "Iterable[Problem]", lang: Lang | None = None) -> None:
    """Each problem as FILE:LINE: message, a refused quote's look-alike characters named, in
    `lang`, on stderr."""
    from tzgoals.render.problems import problem_text

    for problem in problems:
        say(problem_text(problem, lang), err=True)


def refuse(problems: "list[Problem]", lang: Lang | None = None) -> NoReturn:
    """A write that was refused: the first 50 reasons and how many more, then the exit code
    for unusable input. The closing "nothing was written" of a refused write is kept."""
    from tzgoals.problem_codes import ProblemCode

    lang = lang or default_lang()
    shown = problems[:MAX_REFUSALS_SHOWN]
    print_problems(shown, lang)
    hidden = problems[MAX_REFUSALS_SHOWN:]
    if hidden:
        closing = hidden[-1] if hidden[-1].code is ProblemCode.NOTHING_WRITTEN else None
        count = len(hidden) - (closing is not None)
        say(label("problems.more_like_these", lang, count=f"{count:,}"), err=True)
        print_problems([closing] if closing else [], lang)
    raise typer.Exit(EXIT_BAD_INPUT)


def refused(error: "Refusal", lang: Lang | None = None) -> NoReturn:
    """Exit 2 saying, in `lang`, why the core refused the request."""
    fail(label(error.key, lang or default_lang(), **error.values))


def publish_refused(error: "PublishError", lang: Lang) -> NoReturn:
    """Exit 2 saying, in `lang`, why the bundle was not written."""
    from tzgoals.render.catalogue import problem_words

    values = dict(error.values)
    if error.problem is not None:
        values["problem"] = problem_words(error.problem.code, error.problem.params, lang)
    fail(label(error.key, lang, **values))


def nearest_ids(ids: "Iterable[str]", lang: Lang) -> str:
    """The ids nearest an unknown one, as the sentence a refusal ends in; empty if none."""
    listed = label("list", lang).join(ids)
    return label("closest_ids", lang, ids=listed) if listed else ""


def report_problems(problems: "list[Problem]", lang: Lang = Lang.EN) -> NoReturn:
    """Show the first problems, each as FILE:LINE: message in `lang`, and exit as for unusable
    input."""
    print_problems(problems[:MAX_PROBLEMS_SHOWN], lang)
    hidden = len(problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        say(label("problems.more", lang, count=hidden), err=True)
    fail(label("problems.unusable", lang))


def say_if_example(found: "Found", lang: Lang | None = None) -> None:
    """Whoever reads the shipped example hears so, and how to start a dataset of their own."""
    from tzgoals.files.paths import DATA_VARIABLE, TARGETS_NAME

    if found.is_example:
        words = {"targets": TARGETS_NAME, "variable": DATA_VARIABLE}
        note = label("example.note", lang or default_lang(), **words)
        width = terminal_width_of_stderr()
        if width is None:
            say(note, err=True)
            return
        from tzgoals.render.wrap import NOTE_LIMIT, Span, wrap_spans

        for line in wrap_spans([Span(note)], width, cut=NOTE_LIMIT):
            say("".join(span.text for span in line), err=True)


def terminal_width_of_stderr() -> int | None:
    """The width of the terminal stderr shows on (COLUMNS when set), or None when stderr is
    a file or a pipe, where a note stays one line for whoever reads it next."""
    import shutil

    stream = sys.stderr
    if stream is None or not stream.isatty():
        return None
    return max(shutil.get_terminal_size().columns, 20)


def write_chunks(chunks: Iterable[str], utf8: bool = True) -> None:
    """Write text as produced; stop quietly on a closed pipe.

    Files for programs (csv, json, a page) are UTF-8 whatever the locale (`utf8`); text for
    people keeps the terminal's encoding, a character it cannot show written as an escape.
    """
    with writing_stdout():
        stream = sys.stdout
        if utf8 and hasattr(stream, "reconfigure") and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(encoding="utf-8")
        for chunk in chunks:
            stream.write(chunk)


def show_renderable(renderable: "RenderableType") -> None:
    """Print to a terminal as laid out; into a pipe or a file, plain."""
    from tzgoals.render.terminal import terminal_text

    write_chunks(terminal_text(renderable), utf8=False)


def write_output(output_format: "Format[V]", value: "V") -> None:
    """A command's result, written in the format asked for."""
    write_chunks(output_format.render(value), utf8=output_format.utf8)


def run_guarded(command: "Callable[[], object]") -> None:
    """Run the command line so that it ends in an exit code and a message, never a traceback.

    Typer already turns usage errors and `typer.Exit` into exit codes; anything else that
    escapes a command is a bug, reported as such with exit 2 (unusable input, as far as the
    user can tell), never 1, which means `--fail-on` matched. TZGOALS_DEBUG=1 shows the
    traceback instead, for the report. A terminal that cannot show a character gets an escape
    for it (Chinese names in an ASCII locale), not a UnicodeEncodeError.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if sys.stdout is None:
        say("tzgoals: standard output is closed, so there is nowhere to write", err=True)
        raise SystemExit(EXIT_BAD_INPUT)
    try:
        command()
    except OSError as error:
        if os.environ.get("TZGOALS_DEBUG"):
            raise
        _refused_by_the_system(error)
    except Exception as error:
        if os.environ.get("TZGOALS_DEBUG"):
            raise
        with contextlib.suppress(Exception):
            discard_stdout()
            shown = f"{type(error).__name__}: {error}"
            say(
                f"tzgoals: internal error ({shown[:300]}); this is a bug in tzgoals, not in "
                "your data: please report it with the command that caused it "
                "(TZGOALS_DEBUG=1 shows where it happened)",
                err=True,
            )
        raise SystemExit(EXIT_BAD_INPUT) from None


def _refused_by_the_system(error: OSError) -> NoReturn:
    """An error of the system no command caught: no bug but a limit met (a full disk under
    `--help > /dev/full`, a name longer than a file name may be), said as such, exit 2."""
    lang = default_lang()
    reason = error.strerror or str(error)
    if error.filename is None and error.errno in _WRITE_ERRORS:
        message = label("cli.cannot write", lang, reason=reason)
    else:
        file = "" if error.filename is None else f": {str(error.filename)[:200]}"
        message = label("cli.system refused", lang, reason=reason, file=file)
    with contextlib.suppress(Exception):
        discard_stdout()
        say(f"tzgoals: {message}", err=True)
    raise SystemExit(EXIT_BAD_INPUT) from None


def generated_at() -> "datetime":
    """The time a page is made: now, or SOURCE_DATE_EPOCH's, to make the same bundle again."""
    import os
    from datetime import UTC, datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except (ValueError, OverflowError, OSError):
        fail(label("output.bad_epoch", default_lang(), epoch=repr(epoch)))
