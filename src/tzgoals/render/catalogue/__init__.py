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
    """A text the data gives in Chinese and perhaps English, in the reader's language."""
    return zh if lang is Lang.ZH or not en else en


def label(key: str, lang: Lang, **values: object) -> str:
    """The catalogue's text for `key` in `lang`, its named places filled with `values`."""
    text = words(lang)[key]
    return text.format(**values) if values else text


#: Column headers for Markdown read by Chinese readers; csv and json keep the English keys.
FIELD_LABELS_ZH: dict[str, str] = {
    "id": "编号",
    "indicator": "指标",
    "year": "年份",
    "area": "领域",
    "name": "名称",
    "name_en": "英文名称",
    "comparator": "比较方式",
    "target": "目标值",
    "unit": "单位",
    "actual": "实际值",
    "status": "状态",
    "attainment": "完成率",
    "gap": "差距",
    "reason": "依据",
    "title": "领域名称",
    "targets": "目标数",
    "met": "达成",
    "missed": "未达成",
    "unreported": "未报告",
    "reported": "已报告",
    "reported_share": "报告比例",
    "from_year": "起始年",
    "to_year": "对比年",
    "from_value": "起始值",
    "to_value": "对比值",
    "change": "变化",
    "change_pct": "变化率(%)",
    "direction": "方向",
    "flags": "标注",
}

#: Cell values that are words for people (status, direction) and so are translated in Markdown.
TRANSLATED_VALUES = frozenset({"met", "missed", "unreported", "better", "worse", "same", "unclear"})


def field_label(field: str, lang: Lang) -> str:
    return FIELD_LABELS_ZH.get(field, field) if lang is Lang.ZH else field


def value_label(value: str, lang: Lang) -> str:
    """A cell that is a word for people (a status, a trend) in `lang`; any other as it is."""
    return label(value, lang) if value in TRANSLATED_VALUES else value
