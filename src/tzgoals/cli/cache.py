"""`tzgoals cache`: where the cache of parsed files is and what it holds (`cache info`), and
emptying it (`cache clear`); and the cache a reading command uses, unless `--no-cache` or
TZGOALS_NO_CACHE=1 turn it off.

What is cached, and why it is safe, is `files/cache_store.py`'s and `files/model_cache.py`'s.
"""

import typer

from tzgoals.cli.app import app
from tzgoals.cli.commands import short_help
from tzgoals.cli.options import LangOption
from tzgoals.cli.output import say
from tzgoals.render.catalogue import default_lang, label

cache_app = typer.Typer(
    name="cache",
    help=short_help("cache"),
    no_args_is_help=True,
    rich_markup_mode=None,
)

app.add_typer(cache_app)


@cache_app.callback()
def cache() -> None:
    """The cache of parsed data files ($XDG_CACHE_HOME/tzgoals, else ~/.cache/tzgoals).

    A command that reads a dataset keeps each file it parsed and validated there, so that the
    next command on the same files skips that work. Any change to a file's bytes, or a new
    version of tzgoals, misses; `tzgoals --no-cache COMMAND` or TZGOALS_NO_CACHE=1 turn it off.
    """


@cache_app.command("info")
def info(lang: LangOption = None) -> None:
    """Where the cache is, how many entries and bytes it holds, and its limit.

    Examples:

    \b
      tzgoals cache info
    """
    from tzgoals.files.cache_store import cache_info

    shown = cache_info()
    lang = lang or default_lang()
    state = "cache.in use" if shown.usable else "cache.not in use"
    say(label("cache.folder", lang, folder=str(shown.folder), state=label(state, lang)))
    say(label("cache.entries", lang, entries=shown.entries, size=_megabytes(shown.size)))
    say(label("cache.limit", lang, limit=_megabytes(shown.limit)))


@cache_app.command("clear")
def clear(lang: LangOption = None) -> None:
    """Remove every entry of the cache; the next command reads its files afresh.

    Examples:

    \b
      tzgoals cache clear
    """
    from tzgoals.files.cache_store import cache_folder, clear_cache

    removed = clear_cache()
    lang = lang or default_lang()
    say(label("cache.cleared", lang, entries=removed, folder=str(cache_folder())))


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:,.1f}"
