"""Words shown to people, in English and Chinese; csv and json keep stable English keys."""

from __future__ import annotations

import os
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `--help` words no problem
    from tzgoals.problem_codes import Params, ProblemCode


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


class _Filled(dict[str, object]):
    """A problem's values; a place the problem gives no value for (or None) is left empty."""

    def __missing__(self, key: str) -> str:
        return ""


def problem_words(code: ProblemCode, params: Params, lang: Lang) -> str:
    """A problem in words: its code's template in `lang`, filled from its parameters.

    A parameter `X_kind` words `{X}` from the catalogue's parts ("where.end"); `suggestion`
    becomes "(did you mean …?)"; `key` names the key the problem is about ("value: …"); `new`
    (a section) says the entry is one being added, not one in the file.
    """
    from tzgoals.problem_codes import ProblemCode

    if lang is Lang.ZH:
        from tzgoals.render.catalogue.problems_zh import PARTS, PROBLEMS
    else:
        from tzgoals.render.catalogue.problems_en import PARTS, PROBLEMS
    values = _Filled((name, "" if value is None else value) for name, value in params)
    because = values.get("reason_code")
    if isinstance(because, str) and because:
        inner = tuple((name, value) for name, value in params if name != "reason_code")
        values["reason"] = problem_words(ProblemCode(because), inner, lang)
    if values.get("key"):
        values["named"] = f"{values['key']}: " if lang is Lang.EN else f"{values['key']}："
    if values.get("suggestion"):
        values["suggestion"] = PARTS["suggestion"].format(suggested=values["suggestion"])
    for name, kind in params:  # in order: a part may hold one given before it
        if name.endswith("_kind") and kind is not None:
            part = name.removesuffix("_kind")
            values[part] = PARTS[f"{part}.{kind}"].format_map(values)
    text = PROBLEMS[code.slug].format_map(values)
    new = values.get("new")
    return f"{PARTS[f'new.{new}']}{text}" if new else text


def warning_mark(lang: Lang) -> str:
    """What marks a warning's line: 'warning: ' in English."""
    return label("problem.warning", lang)
