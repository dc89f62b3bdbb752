"""The `tzgoals` command, also run as `python -m tzgoals`."""

import gc


def main() -> None:
    """Run the command line with the cyclic garbage collector off, and frozen at the end.

    Importing Typer, pydantic and Rich, then reading a dataset, creates objects that live as
    long as the process, and the collector would walk them again and again for nothing; a
    command leaves little cyclic garbage, so it is not missed. Freezing them before the
    interpreter exits spares its final collection the same walk. Measured in instructions
    (callgrind): `tzgoals status` 1,136M with the collector on, 1,098M off, 1,047M off and
    frozen (8% less); at 100,000 goals `status --format csv` 12.2 s on, 9.3 s off and frozen.
    """
    gc.disable()
    try:
        from tzgoals.cli import main as run

        run()
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
