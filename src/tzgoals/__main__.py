"""The `tzgoals` command, also run as `python -m tzgoals`."""

import gc


def main() -> None:
    """Run the command line with the cyclic garbage collector paused until the data is loaded.

    Importing Typer, pydantic and Rich creates a few hundred thousand objects that live as long
    as the process, and the collector would walk them again and again for nothing: about 2% of
    `tzgoals status`. `tzgoals.cli.load` freezes everything loaded and turns the collector back
    on; a command that loads no dataset is over before its garbage could matter.
    """
    gc.disable()
    from tzgoals.cli import main as run

    run()


if __name__ == "__main__":
    main()
