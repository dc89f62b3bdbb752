"""Turning results into text: rows for csv/json/markdown, and a Rich table for terminals.

Nothing here scores or reads files; every function takes results and returns text or a
renderable. Rich is imported only by `table`, so the machine formats never pay for it, and
Jinja2 only by `html`.
"""

from enum import StrEnum


class OutputFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"
