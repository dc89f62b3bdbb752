"""Traditional characters read as simplified ones, one for one, so that offsets still hold.

Plans from Hong Kong, Macao and Taiwan sites, and mainland reports republished in traditional
characters (城鎮新增就業1200萬人以上), use the same phrasings in another script. The rules are
written in simplified characters; they match `simplified(text)` and take their words from the
original at the same offsets, so a quote or a name is never rewritten. The table is the
lexicon's (`lexicon.TRADITIONAL`), the one place traditional forms are listed.
"""

from __future__ import annotations

from tzgoals.draft.lexicon import TRADITIONAL

_TABLE = str.maketrans("".join(t for t, _ in TRADITIONAL), "".join(s for _, s in TRADITIONAL))


def simplified(text: str) -> str:
    """The text with the traditional characters of `TRADITIONAL` in simplified form, same length."""
    return text.translate(_TABLE)
