"""The floor of tzgoals' start-up: the least any command on its stack pays.

A Typer application of two commands (so that Typer builds a group, as it does for tzgoals)
whose `status` reads the two TOML files of a dataset with tomli, floats as Decimal, puts one
target into a pydantic model and prints it as a one-row Rich table. `benchmarks/run.py` runs
`status` and `--help` side by side with tzgoals', from the repository root, so that both read
the shipped dataset in data/.
"""

from decimal import Decimal
from pathlib import Path
from typing import Any

import pydantic
import tomli
import typer
from rich.console import Console
from rich.table import Table

DATA = Path("data")

app = typer.Typer()


class Row(pydantic.BaseModel):
    name: str
    value: Decimal


def read(path: Path) -> dict[str, Any]:
    return tomli.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


@app.command()
def status(data: Path = DATA) -> None:
    """The first target of the dataset as a one-row table."""
    targets = read(data / "targets.toml")
    read(data / "actuals.toml")
    first = targets["targets"][0]
    row = Row.model_validate({"name": first["name"], "value": first["value"]})
    table = Table("name", "value")
    table.add_row(row.name, str(row.value))
    Console().print(table)


@app.command()
def other() -> None:
    """A second command, doing nothing."""


if __name__ == "__main__":
    app()
