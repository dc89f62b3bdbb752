"""年份、修订与序时进度的中文措辞，并入 `zh.WORDS` 与 `problems_zh.PROBLEMS`。"""

YEARS_WORDS: dict[str, str] = {
    "title.as_of": "{title}（截至{date}）",
    "history.title": "历年完成情况",
    "history.record": "已评分的{scored}年中达成{met}年",
    "history.unreported": "（另有{count}年未报告）",
    "history.chart key": "{target} 目标  {result} 实际  {both} 二者重合",
    "history.none": "没有指标在两年或以上设有目标；请指定一个指标查看其历年情况。",
    "history.Year": "年份",
    "history.Result": "实际",
    "history.After a miss": "未达成之后",
    "vintage.published": "{date}公布",
    "vintage.estimate": "预计数",
    "vintage.preliminary": "初步核算数",
    "vintage.final": "最终核实数",
    "vintage.revised": "修订数",
    "mark.revised": "† 已修订（后来公布的数字改变了最初数字的结论）",
    "pace.on_pace": "达到序时进度",
    "pace.behind_pace": "低于序时进度",
    "pace.no_pace_rule": "无序时进度规则",
    "pace.count": "只有年内累计数的{judged}项目标中，{on}项达到序时进度",
    "pace.cell": "{pace}（{gap}）",
    "pace.level": "{period}{figure}，对照全年目标{target}：{pace}，{gap}",
    "pace.completion.behind": (
        "{period}{figure}，完成年度目标{target}的{completion}%，低于序时进度{gap}个百分点"
        "（序时进度{expected}%）"
    ),
    "pace.completion.ahead": (
        "{period}{figure}，完成年度目标{target}的{completion}%，高于序时进度{gap}个百分点"
        "（序时进度{expected}%）"
    ),
    "pace.completion.exact": (
        "{period}{figure}，完成年度目标{target}的{completion}%，达到序时进度（{expected}%）"
    ),
    "pace.none": "{period}{figure}：节点目标、定性目标和百分点变化目标没有序时进度规则",
    "pace.not verdict": "序时进度不是结论：达标与否只看全年数据",
    "revised count": "；其中{count}项结论因后来公布的数字而改变（†）",
    "qualifier.revised": "已修订：最初公布的数字得出的结论不同",
}

YEARS_PROBLEMS: dict[str, str] = {
    "not-a-partial-date": "{named}日期应写作 YYYY、YYYY-MM 或 YYYY-MM-DD，实际是 {found!r}",
    "not-a-calendar-date": "{named}{found!r} 不是日历上存在的日期",
    "estimate-contradicts-vintage": (
        'estimate = true 与 vintage = "{vintage}" 相矛盾；请只保留其中一个'
    ),
    "expected-through-month": (
        "{named}应为年内累计数截至的月份，即 1 至 11 的整数"
        "（1-9月或前三季度写 9；全年数据不写此项），实际是 {found}"
    ),
}

YEARS_PARTS: dict[str, str] = {
    "release.date": "，且发布日期相同（{date}）；修订值须有自己的 as_of",
    "revision.actual": "；修订它的后续数值请用它自己的 --as-of 另行记录",
    "through.month": "（截至 {month} 月）",
}
