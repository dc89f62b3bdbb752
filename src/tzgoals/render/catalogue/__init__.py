"""Words shown to people, in English and Chinese; csv and json keep stable English keys."""

from __future__ import annotations

import os
from enum import StrEnum


class Lang(StrEnum):
    EN = "en"
    ZH = "zh"


def default_lang(environ: dict[str, str] | None = None) -> Lang:
    """Chinese when the locale says so (LANG=zh_CN.UTF-8 and the like), else English."""
    env = os.environ if environ is None else environ
    return Lang.ZH if env.get("LANG", "").lower().startswith("zh") else Lang.EN


_LOADED: dict[Lang, dict[str, str]] = {}


def words(lang: Lang) -> dict[str, str]:
    """The catalogue of one language, imported when first needed, then kept at hand: a page
    asks for a word some hundred thousand times, and an import statement is not free."""
    loaded = _LOADED.get(lang)
    if loaded is not None:
        return loaded
    if lang is Lang.ZH:
        from tzgoals.render.catalogue.zh import WORDS
    else:
        from tzgoals.render.catalogue.en import WORDS
    _LOADED[lang] = WORDS
    return WORDS


def in_lang(zh: str, en: str, lang: Lang) -> str:
    """A text the data gives in its own language (Chinese) and perhaps English, in the
    reader's language, else in the other one: a text given once is shown in either.

    The first is the dataset's own (`name`, `title`, `note`), so a dataset written before it
    had `note_en`, whose `note` is English, still shows its notes in both languages.
    """
    return zh if (lang is Lang.ZH and zh) or not en else en


def label(key: str, lang: Lang, **values: object) -> str:
    """The catalogue's text for `key` in `lang`, its named places filled with `values`."""
    text = words(lang)[key]
    return text.format(**values) if values else text
