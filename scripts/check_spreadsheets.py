"""Open our CSV in a real LibreOffice and say whether the Chinese text survives.

    apt-get install libreoffice-calc   # Debian's; then
    python scripts/check_spreadsheets.py

Writes `tzgoals status --format csv` with and without --bom, converts each to xlsx headless
(`soffice --headless --convert-to xlsx`), with LibreOffice's default import and with the CSV
filter options that name UTF-8 (`--infilter=CSV:44,34,76,1`: comma, double quote, UTF-8, from
line 1), and looks for a goal's Chinese name, and for numbers stored as numbers, in the
workbook. docs/spreadsheets.md, "CSV in a spreadsheet", reports what it found.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from tzgoals.cli import app

REPO = Path(__file__).resolve().parent.parent
NAME = "地区生产总值增长"
#: The same name read as Windows-1252, as a reader guessing a legacy encoding shows it.
MOJIBAKE = NAME.encode("utf-8").decode("cp1252", errors="replace")[:4]
IMPORTS = {"default import": [], "--infilter=CSV:44,34,76,1": ["--infilter=CSV:44,34,76,1"]}


def csv_file(folder: Path, bom: bool) -> Path:
    args = ["status", "--format", "csv", "--data", str(REPO / "data")] + (["--bom"] if bom else [])
    result = CliRunner().invoke(app, args)
    path = folder / ("with-bom.csv" if bom else "without-bom.csv")
    path.write_text(result.stdout, encoding="utf-8")  # --bom writes the mark itself
    return path


def convert(soffice: str, source: Path, options: list[str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [soffice, "--headless", *options, "--convert-to", "xlsx", "--outdir", str(folder), source],
        check=True,
        capture_output=True,
        timeout=300,
        env={"HOME": str(folder.parent / "home"), "PATH": "/usr/bin:/bin"},
    )
    return folder / source.with_suffix(".xlsx").name


def verdict(workbook: Path) -> str:
    with zipfile.ZipFile(workbook) as book:
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    numbers = bool(re.search(r'<c r="H2"[^>]*t="n"', sheet))
    first = re.search(r"<t[^>]*>([^<]*)</t>", strings)
    header = first.group(1) if first else ""
    if NAME in strings:
        text = "Chinese intact"
    elif MOJIBAKE[:2] in strings:
        text = "mojibake"
    else:
        text = "name not found"
    return f"{text}; first header cell {header!r}; target a number: {numbers}"


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("needs LibreOffice: apt-get install libreoffice-calc")
    version = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout
    print(version.strip())
    folder = Path(tempfile.mkdtemp(prefix="tzgoals-calc-"))
    try:
        for bom in (False, True):
            source = csv_file(folder, bom)
            for label, options in IMPORTS.items():
                out = convert(soffice, source, options, folder / label.strip("-").split("=")[0])
                print(f"{source.name:16} {label:28} {verdict(out)}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
