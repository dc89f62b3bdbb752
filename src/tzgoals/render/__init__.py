"""Turning results into text: rows for csv and json, reports in Markdown, tables for terminals.

Nothing here scores or reads files; every function takes results and returns text or a
renderable. Rich is imported only by the terminal views (`views`, `table`, `stacked`, `wrap`,
`detail`, `diff`), so csv, json and Markdown never pay for it, and Jinja2 only by `html`.
"""
