"""The layers of docs/architecture.md, checked against every import of every module.

The page lists the layers bottom first; a module imports only from its own layer and those
below it. Every import counts: at the top of a module, inside a function (the lazy imports that
keep `tzgoals --help` fast) and under `TYPE_CHECKING`. An import for typing only is still a
dependency of the code on the module it names: were it upward, the layers would no longer say
what may change without touching what.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "tzgoals"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
LONGEST_MODULE = 400

#: Upward imports that stay, each with its reason. A problem is a code and its parameters,
#: and `render/catalogue/` words it; but the values that carry a problem below `render` keep
#: their English words at hand, as a property asked for when needed: `str()` of a `DataError`
#: (which library users print), pydantic's text of a validator's error, the "message" of
#: check's JSON, and the reason an archived text is unreadable, a parameter of the problems it
#: causes. The words stay in the catalogue, never in these modules, and its templates load only
#: when a problem is worded. Moving the catalogue below them would put words under every layer
#: that has none; dropping `message` would change the library's `Problem` and the JSON report.
ALLOWED_UPWARD = {
    ("tzgoals.problem_codes", "tzgoals.render.catalogue"): "ProblemValueError in words",
    ("tzgoals.findings", "tzgoals.render.catalogue"): "Finding.message, in English",
    ("tzgoals.evidence", "tzgoals.render.catalogue"): "an unreadable text's reason, in English",
    ("tzgoals.files.problems", "tzgoals.render.catalogue"): "Problem.message, wording(lang)",
    ("tzgoals.refusal", "tzgoals.render.catalogue"): "str(Refusal), in English",
}
#: What `render` may import from `files/`: values (a problem, the names of a dataset's files),
#: never a module that opens, reads or writes a file.
RENDER_MAY_IMPORT_FROM_FILES = frozenset({"tzgoals.files.problems", "tzgoals.files.paths"})
#: The standard streams, written only by the command line.
STREAMS = frozenset({"stdout", "stderr", "__stdout__", "__stderr__"})


class Import(NamedTuple):
    importer: str
    imported: str
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


MODULES = modules()


def _resolved(importer: str, node: ast.ImportFrom) -> str:
    """The absolute name of a `from … import`, relative ones included."""
    if not node.level:
        return node.module or ""
    is_package = MODULES[importer].name == "__init__.py"
    base = importer.split(".")[: len(importer.split(".")) - node.level + is_package]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(name: str) -> Iterator[Import]:
    """Every module of ours `name` imports, wherever the import statement stands."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    yield Import(name, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            module = _resolved(name, node)
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                target = submodule if submodule in MODULES else module
                if target in MODULES:
                    yield Import(name, target, node.lineno)


def _layer_lines() -> list[str]:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("\n## Layers\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if re.match(r"\d+\. ", line)]


def _named_paths(text: str) -> list[str]:
    """The module paths a text names in backticks: `score.py`, `files/`, `render/html/page.py`."""
    return re.findall(r"`((?:[a-z_]+/)*(?:[a-z_]+\.py|[a-z_]+/))`", text)


def _modules_at(path: str) -> set[str]:
    """The modules a path of the page names: one file, or every module of a package."""
    if path.endswith("/"):
        prefix = "tzgoals." + path.rstrip("/").replace("/", ".")
        return {m for m in MODULES if m == prefix or m.startswith(prefix + ".")}
    name = module_name(PACKAGE / path)
    return {name} if name in MODULES else set()


def layers() -> dict[str, int]:
    """Each module's layer, counted from the bottom; a file named for itself wins over the
    package it is in."""
    by_package: dict[str, int] = {}
    by_file: dict[str, int] = {}
    for number, line in enumerate(_layer_lines()):
        for path in _named_paths(line):
            into = by_package if path.endswith("/") else by_file
            into.update(dict.fromkeys(_modules_at(path), number))
    return by_package | by_file


LAYERS = layers()
ALL_IMPORTS = [found for name in MODULES for found in imports_of(name)]
CLI_LAYER = LAYERS["tzgoals.cli"]


def test_the_page_lists_the_layers_and_puts_every_module_in_one() -> None:
    assert len(_layer_lines()) >= 8
    assert sorted(set(MODULES) - set(LAYERS)) == []


def test_nothing_imports_upwards() -> None:
    upward = [
        f"{found.importer} (layer {LAYERS[found.importer] + 1}) imports {found.imported} "
        f"(layer {LAYERS[found.imported] + 1}) at line {found.line}"
        for found in ALL_IMPORTS
        if LAYERS[found.imported] > LAYERS[found.importer]
        and (found.importer, found.imported) not in ALLOWED_UPWARD
    ]
    assert upward == []


def test_every_allowed_exception_is_still_needed() -> None:
    """An exception whose import is gone is removed with it, so the list stays true."""
    pairs = {(found.importer, found.imported) for found in ALL_IMPORTS}
    assert set(ALLOWED_UPWARD) <= pairs


def test_render_reads_no_file() -> None:
    """`render` turns values into text: it opens no file and imports from `files/` only the
    values it words (problems, the names of a dataset's files). Its own templates are package
    data, read through importlib.resources."""
    found = [
        f"{i.importer} imports {i.imported}"
        for i in ALL_IMPORTS
        if i.importer.startswith("tzgoals.render")
        and i.imported.startswith("tzgoals.files")
        and i.imported not in RENDER_MAY_IMPORT_FROM_FILES
    ]
    for name in MODULES:
        if name.startswith("tzgoals.render"):
            found += [f"{name}:{call.lineno} calls open()" for call in _calls_of(name, "open")]
    assert found == []


def _calls_of(name: str, builtin: str) -> list[ast.Call]:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == builtin
    ]


def _stream_uses(name: str) -> list[int]:
    """Lines where the module names sys.stdout or sys.stderr (to write, flush or swap them)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr in STREAMS
        and isinstance(node.value, ast.Name)
        and node.value.id == "sys"
    ]


def _imports_typer(name: str) -> bool:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] in {"typer", "click"} for a in node.names
        ):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in {
            "typer",
            "click",
        }:
            return True
    return False


@pytest.mark.parametrize("name", sorted(m for m in MODULES if LAYERS.get(m, 0) < CLI_LAYER))
def test_nothing_below_the_command_line_prints_or_imports_typer(name: str) -> None:
    assert not _imports_typer(name)
    assert [call.lineno for call in _calls_of(name, "print")] == []
    assert _stream_uses(name) == []


def test_the_magnitudes_are_written_once() -> None:
    """万亿, 亿 and 万 are a table in `units.py` only; `numerals` and `evidence` read it."""
    writers = sorted(
        name
        for name, path in MODULES.items()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value == "万亿"
    )
    assert writers == ["tzgoals.units"]


def test_every_module_is_named_in_the_architecture_page() -> None:
    """Each file by its path under src/tzgoals (a package's `__init__.py` by the package's
    path, `files/`), so that the map shows every room."""
    named = set(_named_paths(ARCHITECTURE.read_text(encoding="utf-8")))
    unnamed = [
        name
        for name, path in MODULES.items()
        if _path_of(path) not in named
        and not (path.name == "__init__.py" and _package_path(path) in named)
    ]
    assert unnamed == []


def test_the_architecture_page_names_no_module_that_does_not_exist() -> None:
    """Paths under a folder of the repository (`tests/test_score.py`) are not modules."""
    named = _named_paths(ARCHITECTURE.read_text(encoding="utf-8"))
    modules = [path for path in named if not (ROOT / path.split("/")[0]).is_dir()]
    assert [path for path in modules if not _modules_at(path)] == []


def _path_of(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _package_path(path: Path) -> str:
    return path.parent.relative_to(PACKAGE).as_posix() + "/"


def test_no_module_is_longer_than_400_lines() -> None:
    """A module past 400 lines holds two jobs; split it along the seam between them."""
    long = {
        name: lines
        for name, path in MODULES.items()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > LONGEST_MODULE
    }
    assert long == {}
