"""HTML pages: the scorecard and the year-over-year change, one self-contained file each.

`page` is the frame both share (Jinja2 with autoescape, both languages, the inlined assets and
the sources); `scorecard` and `changes` build what each page shows from the facts.
"""

from tzgoals.render.html.changes import diff_html, no_changes_html, target_changes_html
from tzgoals.render.html.scorecard import scorecard_html

__all__ = ["diff_html", "no_changes_html", "scorecard_html", "target_changes_html"]
