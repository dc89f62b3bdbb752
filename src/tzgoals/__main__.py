"""The `tzgoals` command, also run as `python -m tzgoals`."""

import gc


def main() -> None:
    """Run the command line with the cyclic garbage collector paused until the data is read.

    Importing Typer, pydantic and Rich creates a few hundred thousand objects that live as long
    as the process, and the collector would walk them again and again for nothing: about 2% of
    `tzgoals status`. Every command that reads data turns it back on once it has
    (`tzgoals.cli.collector_paused`); the others (help, init) are over in milliseconds.
    """
    gc.disable()
    from tzgoals.cli import main as run

    run()


if __name__ == "__main__":
    main()
