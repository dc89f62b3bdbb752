"""The `tzgoals` command, also run as `python -m tzgoals`."""

import gc
import sys


def main() -> None:
    """Run the command line, then end as any Python program ends.

    No `os._exit` and no collector switched off: the interpreter's own exit runs `atexit`
    handlers, so that `coverage run -m tzgoals` records what ran and `python -m cProfile -m
    tzgoals` prints its profile. What is buffered for the terminal is flushed here, so that a
    stream that cannot take it any more ends in the command's exit code, not in the
    interpreter's complaint.

    One saving is kept, since it changes nothing a tool or a user sees: the objects left when
    the command is done are frozen (`gc.freeze`), so that the interpreter's last collection
    does not walk every one of them again. Measured in instructions (callgrind, `tzgoals
    status` on the shipped data): 1,490M without it, 1,440M with it (3.4% fewer); switching
    the collector off as well saved another 1.0%, and ending with `os._exit` 3.5% more, which
    cost coverage, cProfile and `atexit`.
    """
    from tzgoals.cli import main as run

    try:
        run()
    except SystemExit as exited:
        code = exited.code
    else:
        code = 0
    gc.freeze()
    sys.exit(_flushed(code))


def _flushed(code: object) -> int:
    """The exit code, once what is buffered for the terminal is out. A stream that cannot
    take it (a closed pipe, a full disk) has been dealt with by the command; standard output
    is then sent nowhere, so that the interpreter's last flush finds nothing to complain of."""
    from tzgoals.cli.output import discard_stdout

    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            if stream is sys.stdout:
                discard_stdout()
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)  # as the interpreter does for sys.exit("message")
    return 1


if __name__ == "__main__":
    main()
