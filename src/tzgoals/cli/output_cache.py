"""A reading command's whole output, kept in the cache: the bytes it wrote to standard output
and to standard error, in the order written, and its exit code.

The cache of parsed files spares a second run the parse, not the scoring and the writing of
every row, which at 100,000 goals are most of what is left. A command whose output depends only
on its options, a few environment variables, the terminal it writes to and the bytes of its two
files is keyed by all of them (and the tool that ran it); a second run with the same key writes
the same bytes and exits with the same code without reading the dataset at all.

The files' hashes come from the memo of each file's size and times the cache of parsed files
keeps, so an unchanged file is not read to make the key; a file not remembered is a miss. A miss
runs the command as always, its output going out as it is made and copied on the way, and keeps
it only when the command ended with 0 or 1, every byte reached its reader (a reader that closed
the pipe early leaves nothing), the output was not too large, and both files are as they were
before the run. The entry is data only: a JSON header naming each part's stream and length, then
the bytes, behind the cache's own header of length and SHA-256.
"""

import functools
import os
from collections.abc import Callable
from enum import Enum
from typing import ParamSpec

P = ParamSpec("P")

#: The formats for programs and for pages, which no terminal's width or colours lay out.
_MACHINE_FORMATS = frozenset({"csv", "json", "markdown"})


def cacheable_format(output_format: Enum) -> bool:
    """Whether a format's output can be kept: csv, json and Markdown always; a page only when
    SOURCE_DATE_EPOCH fixes the time it gives; never a terminal's layout."""
    if output_format.value in _MACHINE_FORMATS:
        return True
    return output_format.value == "html" and bool(os.environ.get("SOURCE_DATE_EPOCH", "").strip())


def cached_output(command: Callable[P, None]) -> Callable[P, None]:
    """The command, answered from the cache when it ran before with the same key, and kept
    there when it runs now; left as it is for a format that is not `cacheable_format`, or
    without a cache (then nothing more is imported: a table or `--no-cache` pays nothing)."""

    @functools.wraps(command)
    def answered(*args: P.args, **kwargs: P.kwargs) -> None:
        from tzgoals.cli.dataset import command_cache

        output_format = kwargs.get("output_format")
        cacheable = isinstance(output_format, Enum) and cacheable_format(output_format)
        store = command_cache() if cacheable else None
        if store is None:
            command(*args, **kwargs)
            return
        from tzgoals.cli.kept_output import answer_or_keep

        answer_or_keep(store, command.__name__, kwargs, lambda: command(*args, **kwargs))

    return answered
