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


LABELS: dict[str, dict[Lang, str]] = {
    "met": {Lang.EN: "met", Lang.ZH: "达成"},
    "missed": {Lang.EN: "missed", Lang.ZH: "未达成"},
    "unreported": {Lang.EN: "unreported", Lang.ZH: "未报告"},
    "better": {Lang.EN: "better", Lang.ZH: "向好"},
    "worse": {Lang.EN: "worse", Lang.ZH: "变差"},
    "same": {Lang.EN: "same", Lang.ZH: "持平"},
    "unclear": {Lang.EN: "unclear", Lang.ZH: "不确定"},
    "Status": {Lang.EN: "Status", Lang.ZH: "状态"},
    "Goal": {Lang.EN: "Goal", Lang.ZH: "目标"},
    "Target": {Lang.EN: "Target", Lang.ZH: "目标值"},
    "Actual": {Lang.EN: "Actual", Lang.ZH: "实际值"},
    "Gap": {Lang.EN: "Gap", Lang.ZH: "差距"},
    "Attained": {Lang.EN: "Attained", Lang.ZH: "完成率"},
    "Area": {Lang.EN: "Area", Lang.ZH: "领域"},
    "Targets": {Lang.EN: "Targets", Lang.ZH: "目标数"},
    "Reported": {Lang.EN: "Reported", Lang.ZH: "已报告"},
    "Total": {Lang.EN: "Total", Lang.ZH: "合计"},
    "Indicator": {Lang.EN: "Indicator", Lang.ZH: "指标"},
    "Change": {Lang.EN: "Change", Lang.ZH: "变化"},
    "Direction": {Lang.EN: "Direction", Lang.ZH: "方向"},
    "Figure": {Lang.EN: "Figure", Lang.ZH: "数值"},
    "Source": {Lang.EN: "Source", Lang.ZH: "来源"},
    "no targets": {
        Lang.EN: "no targets set in this area by the sources",
        Lang.ZH: "来源未为该领域设定目标",
    },
    "targets for": {Lang.EN: "targets for {year}", Lang.ZH: "{year}年目标"},
    "marks legend": {
        Lang.EN: "≥ lower bound (the true figure is at least this) · ~ approximate · * estimate",
        Lang.ZH: "≥ 下限(实际数不低于此) · ~ 约数 · * 预计数",
    },
    "reported share": {
        Lang.EN: "The sources report a result for {reported} of {targets} targets{share}.",
        Lang.ZH: "来源报告了{targets}项目标中{reported}项的结果{share}。",
    },
    "in both years": {
        Lang.EN: "Reported in both years",
        Lang.ZH: "两年均有报告",
    },
    "only in": {Lang.EN: "Reported only in {year}", Lang.ZH: "仅{year}年有报告"},
    "without target": {
        Lang.EN: "Reported for {year} without a target",
        Lang.ZH: "{year}年报告但未设目标",
    },
    "coverage": {Lang.EN: "Coverage by area, {year}", Lang.ZH: "{year}年各领域报告情况"},
}


def label(key: str, lang: Lang, **values: object) -> str:
    return LABELS[key][lang].format(**values)


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
    return label(value, lang) if value in TRANSLATED_VALUES else value
