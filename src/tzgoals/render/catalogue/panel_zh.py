"""面板所用的中文词句：多个地区并列，以及各级政府层级。"""

PANEL_WORDS: dict[str, str] = {
    "panel.Place": "地区",
    "panel.Level": "层级",
    "panel.Parent": "上级",
    "panel.Targets": "目标",
    "panel.Met": "完成",
    "panel.Missed": "未完成",
    "panel.Unreported": "未报告",
    "panel.Met share": "已评分中完成",
    "panel.Reported share": "已报告",
    "panel.Target": "目标",
    "panel.Result": "结果",
    "panel.Status": "状态",
    "panel.Vs parent": "较上级",
    "panel.title": "{name}：{year}年目标",
    "panel.indicator title": "{name}：{indicator}，{year}年目标",
    "panel.no year": "{name}：没有地区设定目标",
    "panel.percent": "{percent}%",
    "panel.counts": "目标{targets}项 · 完成{met}项 · 未完成{missed}项 · 未报告{unreported}项",
    "panel.shares": "已评分中完成{met_share} · 已报告{reported_share}",
    "panel.no targets": "没有{year}年的目标",
    "panel.no indicator target": "未就该指标设定目标",
    "panel.unusable": "数据无法使用（{count}个问题）",
    "panel.problems of": "{place}：数据集无法使用；其他地区照常评分：",
    "panel.unusable places": "{total}个地区中有{count}个无法评分（问题见上）",
    "panel.empty": "面板尚未列出任何地区：请用 `tzgoals panel add DIR --id ID --level LEVEL` 添加",
    "panel.inited": "已创建面板 {file}：请用 `tzgoals panel add` 添加地区。",
    "panel.added": "已将地区 {place}（{level}）加入 {file}。",
    "panel.vs.no_parent": "面板中没有上级",
    "panel.vs.no_target": "未就该指标设定目标",
    "panel.vs.no_parent_target": "上级未就该指标设定目标",
    "panel.vs.parent_unusable": "上级的数据无法使用",
    "panel.vs.no_figure": "目标没有具体数字",
    "panel.vs.units_differ": "与上级目标的单位不同",
    "panel.vs note": "较上级：本地区目标减去上级目标，单位同目标（百分比目标以百分点计）。",
    "panel.chart": "{indicator}：各地区的目标与结果",
    "panel.chart target": "目标",
    "panel.chart result": "结果",
    "panel.scorecards": "各地区的评分表",
    "panel.headline named": "图表所示为 panel.toml 指定的主要指标{name}（{indicator}）。",
    "panel.headline most": (
        "图表所示为{name}（{indicator}）：在共享指标中，本年就其设定目标的地区最多"
        "（{total}个地区中有{count}个）。"
    ),
    "panel.headline none": (
        "无图表：本年没有地区就任何共享指标设定目标，panel.toml 也未指定主要指标。"
    ),
    "panel.unusable heading": "数据无法使用的地区（无评分表）",
    "panel.published": (
        "已将{files}及{count}份评分表（每个地区一个文件夹，位于 {places} 下）写入 {folder}。"
    ),
    "panel.as of": "--as-of 用于读取单个数据集在某一日期的状态；面板不接受此选项。",
    "panel.generated": "由 tzgoals 于{time}根据面板的数据文件生成；本页不从外部加载任何内容。",
    "level.nation": "全国",
    "level.province": "省级",
    "level.prefecture": "地市级",
    "level.county": "县区级",
    "panel.places": "{count}个地区",
    "panel.check done": "已检查{places}：{errors}个错误，{warnings}个警告",
    "panel.none here": (
        "当前文件夹中没有 {file}；请用 --panel DIR 指定，或用 `tzgoals panel init DIR` 新建"
    ),
    "panel.none in": (
        "{folder} 中没有 {file}；请用 --panel DIR 指定，或用 `tzgoals panel init DIR` 新建"
    ),
    "panel.unusable panel": "面板无法使用；请先修正上述问题。",
}


#: 面板问题（TZ6xx）的措辞，并入 `problems_zh.PROBLEMS`。
PANEL_PROBLEMS: dict[str, str] = {
    "duplicate-place": "重复的地区 id {place!r}{first}",
    "unknown-parent": "未知的上级 {parent!r}；面板中的地区：{known}",
    "parent-not-above": (
        "上级 {parent!r} 是{parent_level}，并不高于本地区的层级（{level}）："
        "上级须处于更高一级（全国、省级、地市级、县区级）"
    ),
    "parent-cycle": "{place!r} 成了自己的上级（上级关系形成了循环）",
    "place-without-dataset": "{path!r} 中没有 {targets}（查找位置：{folder}）",
    "name-under-other-ids": (
        "指标 {name!r} 在这里的 id 是 {id!r}，但 {users}{more} 用的是 {common!r}；"
        "请改用 {common!r}，以便各地区相互比较"
    ),
    "not-the-shared-id": "{name!r} 是共享指标 {shared!r}；请使用该 id，以便在面板中与其他地区比较",
}

_LEVELS = {"nation": "全国", "province": "省级", "prefecture": "地市级", "county": "县区级"}

#: 其组成部分：层级、没有地区的面板、从不覆盖的面板。
PANEL_PARTS: dict[str, str] = {
    **{
        f"{part}.{lv}": words for part in ("level", "parent_level") for lv, words in _LEVELS.items()
    },
    "known.none": "无",
    "consequence.panel": "panel init 从不覆盖已有的面板",
    "more.some": " 等 {total} 个地区",
}
