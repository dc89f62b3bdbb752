"""Every Chinese word tzgoals shows people, in the terms official progress reports use.

The keys are those of `en.py`; a test keeps the two catalogues in step.
"""

WORDS: dict[str, str] = {
    # statuses, trends and directions
    "met": "达成",
    "missed": "未达成",
    "unreported": "未报告",
    "better": "向好",
    "worse": "变差",
    "same": "持平",
    "unclear": "不确定",
    "floor": "下限目标：越高越好",
    "ceiling": "上限目标：越低越好",
    "band": "区间目标：落在区间内为达成",
    # headers
    "Status": "状态",
    "Goal": "目标",
    "Target": "目标值",
    "Actual": "实际值",
    "Gap": "差距",
    "Attained": "完成率",
    "Area": "领域",
    "Targets": "目标数",
    "Reported": "已报告",
    "Total": "合计",
    "Indicator": "指标",
    "Change": "变化",
    "Direction": "方向",
    "Figure": "数值",
    "Source": "来源",
    "Quote": "原文",
    "Note": "备注",
    "not scorable": "无法评分",
    # cells
    "milestone": "节点目标",
    "qualitative": "定性目标",
    "done": "已完成",
    "not done": "未完成",
    "pp": "个百分点",
    "not reported": "— 来源未报告",
    # view texts
    "no targets": "来源列出了该领域的标题，但未在其中设定目标",
    "targets for": "{year}年目标",
    "named example": "{name}（tzgoals 自带的示例数据）",
    "example.note": (
        "tzgoals：此处没有数据集（当前文件夹和 ./data 中都没有 {targets}，未给出 --data，"
        "也未设置 {variable}），以下是 tzgoals 自带的示例数据。用 `tzgoals init DIR` "
        "建立自己的数据集。"
    ),
    "cite.retrieved": "获取于{date}",
    "mark.by_scope": "§ 按口径推断（口径较窄或较宽指标的数值）",
    "mark.lower_bound": "≥ 下限（实际数不低于此）",
    "mark.upper_bound": "≤ 上限（实际数不高于此）",
    "mark.approximate": "~ 约数",
    "html.history": "各指标历年完成情况",
    "html.indicator history": "该指标历年情况",
    "after_miss.dropped": "未达成后次年不再设目标",
    "after_miss.lowered": "未达成后次年调低目标",
    "mark.estimate": "* 预计数",
    "mark.pace": "◷ 年内累计数：对照序时进度，并非最终结论",
    "Pace": "序时进度",
    "period": "1-{last}",
    "months": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月",
    "reported share": (
        "来源报告了{targets}项目标中{reported}项的结果{share}；"
        "其中{scored}项可评分，{not_scorable}项无法评分。"
    ),
    "unreported split": "（其中{not_scorable}项有报告但无法评分，{never}项未再提及）",
    "shown of": "显示{total}项目标中的{shown}项。",
    "in both years": "两年均有报告",
    "only in": "仅{year}年有报告",
    "without target": "{year}年报告但未设目标",
    "coverage": "{year}年各领域报告情况",
    # reasons: why a goal has its status
    "reason.compare": "{figure} {symbol} {target}",
    "reason.about.floor.met": "{figure}处于{target}区间内或以上",
    "reason.about.floor.missed": "{figure}低于{target}区间",
    "reason.about.ceiling.met": "{figure}处于{target}区间内或以下",
    "reason.about.ceiling.missed": "{figure}高于{target}区间",
    "reason.band.met": "{figure}处于{target}区间内",
    "reason.band.missed": "{figure}超出{target}区间",
    "reason.pp.met": "{before}% → {after}%：变化{change}个百分点，达到{required}个百分点的要求",
    "reason.pp.missed": (
        "{before}% → {after}%：变化{change}个百分点，未达到{required}个百分点的要求"
    ),
    "reason.pp.bound": "按已报告的界限，变化{change}个百分点",
    "reason.reported_done": "来源报告已完成",
    "reason.reported_not_done": "来源报告未完成",
    "reason.judged_achieved": "来源判定已实现",
    "reason.judged_not_achieved": "来源判定未实现",
    "reason.no_result": "来源未报告该指标{year}年的结果",
    "reason.no_outcome": "来源未说明{year}年是否完成",
    "reason.no_judgement": "来源未对{year}年作出判断",
    "reason.no_baseline": "缺少基数：来源未报告该指标{year}年的结果",
    "reason.bound_undecided": "已报告的数字只给出界限，无法判定是否达到{target}：{bounds}",
    "bound.low": "不低于{figure}",
    "bound.high": "不高于{figure}",
    "bound.none": "{figure}，不构成界限",
    "evidence.own": "{name}",
    "evidence.narrower": "{name}，口径较窄",
    "evidence.wider": "{name}，口径较宽",
    # qualifiers of a verdict
    "qualifier.estimate": "预计数",
    "qualifier.lower_bound": "下限",
    "qualifier.upper_bound": "上限",
    "qualifier.approximate": "约数",
    "qualifier.by_scope.narrower": "按口径推断：{name}口径较窄，是本指标的下限",
    "qualifier.by_scope.wider": "按口径推断：{name}口径较宽，是本指标的上限",
    # the arithmetic of `show`
    "arithmetic": "{reason} → {status}",
    "arithmetic.attained": "完成率{share}%",
    "gap.met": "富余{gap}",
    "gap.floor": "差{gap}",
    "gap.ceiling": "超出{gap}",
    "gap.band": "偏离区间{gap}",
    "clause separator": "，",
    "list": "、",
    "sentence end": "。",
    "sentence separator": "",
    # views in a terminal and in Markdown
    "titled": "{name}：{what}",
    "Id": "编号",
    "short.Attained": "完成率",
    "field": "{name}：{value}",
    "count.met": "达成{count}项",
    "count.missed": "未达成{count}项",
    "count.unreported": "未报告{count}项",
    "figure of year": "{figure}（{year}年）",
    "qualified": "{text}（{notes}）",
    "notes separator": "；",
    "aside": "（{text}）",
    "both names": "{name}（{other}）",
    "share": "（{percent}%）",
    "amount.pp": "{amount}个百分点",
    "sorted": "全部领域（{order}）",
    "order.status": "按状态排序",
    "order.attainment": "按完成率由低到高排序",
    "order.gap": "按差距排序，缺口最大的在前",
    "marks": "标注",
    "footnotes": "注",
    "comparator.at_least": "不低于",
    "comparator.more_than": "超过",
    "comparator.at_most": "不超过",
    "comparator.less_than": "低于",
    "comparator.between": "区间",
    "comparator.about": "左右",
    "comparator.pp_change": "提高或降低若干个百分点",
    "comparator.milestone": "节点目标",
    "comparator.qualitative": "定性目标",
    "target change.tightened": "提高",
    "target change.loosened": "放宽",
    "target change.unchanged": "不变",
    "target change.changed": "调整",
    "target change.added": "新增",
    "target change.dropped": "取消",
    "target changes": "{from_year}年至{to_year}年的目标",
    "nothing to compare": "数据中没有更早年份的{what}（{years}），无从比较。",
    "diff.backwards": (
        "起始年份（{from_year}）晚于结束年份（{to_year}）：diff 比较的是较早年份与较晚年份。"
        "是否想运行 `{meant}`？"
    ),
    "what.targets": "目标",
    "what.results": "结果",
    "no years": "无",
    # messages of the commands that check and write
    "check.error": "{count}个错误",
    "check.errors": "{count}个错误",
    "check.warning": "{count}个警告",
    "check.warnings": "{count}个警告",
    "check.files": "{targets} 和 {actuals}",
    "check.example": "tzgoals 自带的示例数据（{files}）",
    "check.found": "{files} 中有{counts}",
    "check.clean": "{files} 中没有发现问题",
    "check.share": "{checked}条中的{found}",
    "check.quotes": "；存档原文中找到{share}条引文",
    "check.quote": "；存档原文中找到{share}条引文",
    "init.done": (
        "已写入 {targets}、{actuals} 和 {sources} 中的{count}份示例原文："
        "一个示例县的数据集，可通过 `tzgoals check`。\n"
        "试运行：\n"
        "  cd {folder}\n"
        "  tzgoals check\n"
        "  tzgoals status\n"
        "然后改成你自己的：用 `tzgoals source add FILE` 存档你的文件，"
        "再把示例条目换成你自己的（见 README 的“Build a dataset for another place”）。"
    ),
    "extract.part_year": (
        "年内累计数字（上半年、前三季度、1-9月等）{count}个，已注明through_month："
        "只对照序时进度，不作为全年结果。"
    ),
    "extract.done": "从 {plan} 起草了{targets}项目标和{figures}个往年数字；请逐一对照引文核对。",
    "draft.header": (
        "# 由 `tzgoals extract` 起草：请逐条对照引文核对。替换每个 TODO（区域、英文名称、\n"
        "# 容差）；删去数据集已有的区域和指标，并把目标和往年数字指向数据集的 id。"
    ),
    "draft.comment": "# {kind}：规则 {rule}，置信度 {confidence}",
    "draft.kind.target": "目标",
    "draft.kind.actual": "往年数字",
    "draft.rule.part_year": "{rule}；{year}年1-{month}月的累计结果，并非全年结果",
    "draft.rule.result": "{rule}；{year}年的结果（{word}）",
    "draft.rule.side": "{rule}；{side}（{why}）",
    "draft.why.fall": "{word}：降幅是要达到的目标",
    "draft.why.lower": "{word}：越低越好",
    "draft.why.band": "{word}…左右：不宜过高也不宜过低",
    "draft.why.default": "默认：越高越好",
    "draft.todo.area": "TODO：该年某个 [[areas]] 条目的 id",
    "draft.todo.tolerance": "TODO：区间的半宽，单位 {unit}；请说明理由",
    "extract.other_year": (
        "{plan} 的目标是{stated}年的（{words}），不是 --year {given} 的：请改用 --year {stated}，"
        "或加 --force-year 把它们作为{given}年的目标起草。"
    ),
    "into.no_folder": (
        "没有数据集文件夹 {path}：请用 `tzgoals init {path}` 新建，或指定现有数据集的文件夹。"
    ),
    "extract.passed_over": "未起草的分句：{count}条",
    "passed_over.control_character": "含有数据集不接受的控制字符（已转义显示）",
    "passed_over.implausible_figure": (
        "数字超出数据集可接受的范围（有效数字至多{digits}位，不小于{smallest}且小于{largest}）"
    ),
    "passed_over.negative_count": (
        "计数或总量单位的数字小于零，数据集不接受；下降应作为单独指标，记正数（下降X）"
    ),
    "passed_over.points_not_a_change": (
        "以百分点计的数字，数据集只接受为目标的升降（提升/下降X个百分点，比较方式 pp_change），"
        "不接受此分句的写法"
    ),
    "passed_over.points_result": "往年以百分点计的变化，不是结果所记录的水平",
    "passed_over.restated": "与据“{kept}”起草的目标重复",
    "passed_over.span_of_years": (
        "多年合计的数字（五年累计、十年来、五年规划期的目标），不属于某一年"
    ),
    "passed_over.planned_amount": "往年预算安排的金额，不是实际完成的结果",
    "into.areas_added": "按规划的标题新建区域：{areas}。",
    "into.area_comment": "由 tzgoals extract 据标题起草；TODO：英文标题",
    "area.done": "已向 {path} 添加{year}年的区域 {id}。",
    "into.provenance": "由 tzgoals extract 起草：规则 {rule}，置信度 {confidence}",
    "into.done": "已向 {path} 添加{targets}项目标和{indicators}个新指标。",
    "into.nothing": "未向 {path} 添加任何条目。",
    "into.unknown_area": (
        "{year}年没有区域 '{area}'；该年的区域：{areas}。请用 --area 指定其中之一。"
    ),
    "did you mean": "是否指“{name}”？",
    "into.no_areas": (
        "{year}年没有任何区域：请先添加一个 [[areas]] 条目（id、year、title、source、quote），"
        "再用 --area 指定其 id。"
    ),
    "into.unlisted_source": (
        "来源 '{source}' 未列在 [[sources]] 中：请先用 `{command}` 存档该文件，"
        "或用 --source 指定已列出的来源。"
    ),
    "into.left_out": "{count}条未添加（用 --format toml 起草，定夺后再粘贴）：",
    "left_out.past_figure": "{year}年的数字：核对后用 `tzgoals record` 添加",
    "left_out.needs_tolerance": "`about`（左右）目标需要容差，来源没有给出",
    "left_out.already_there": "数据集已有该目标（{known}）",
    "left_out.already_recorded": "数据集已记录该{year}年结果（{known}）",
    "suggest.none_open": "{year}年的每项目标都已有结果，无可建议。",
    "suggest.no_passage": "回顾中似乎没有段落报告此项",
    "suggest.part_year": "仅{period}：对照序时进度，并非全年结果",
    "suggest.score": "得分",
    "suggest.figure": "数值",
    "suggest.notes": "限定词与口径",
    "suggest.quote": "引文",
    "suggest.scope.target": "{word}：仅见于目标",
    "suggest.scope.passage": "{word}：仅见于引文",
    "source.converted": "注意：{document} 是{encoding}编码的文本，已转为 UTF-8 存档。",
    "source.done": "已添加来源 {file}，{where} {text}，列于 {place}，附 SHA-256。",
    "source.archived": "存档为",
    "source.already_archived": "已存档为",
    "source.title_guessed": "标题取自原文第一行：{title}；如需修改请直接编辑。",
    "publish.done": "已将{files}写入 {folder}。",
    "problem.warning": "警告：",
    "problems.more_like_these": "……另有{count}个类似的问题。",
    "problems.more": "……另有{count}个问题。",
    "problems.unusable": "数据无法使用；请改正以上问题（`tzgoals check` 会列出全部问题）。",
    "record.done": "已记录{indicator}的{year}年结果：{place}。",
    "import.done": "已向 {path} 添加{count}条{section}。",
    "section.sources": "来源",
    "section.areas": "领域",
    "section.indicators": "指标",
    "section.targets": "目标",
    "section.actuals": "实际值",
    # html page
    "html.lang.en": "English",
    "html.lang.zh": "中文",
    "html.language": "语言",
    "html.search": "搜索",
    "html.search hint": "名称、编号、原文……",
    "html.statuses": "显示的状态",
    "html.trends": "显示的方向",
    "html.open all": "全部展开",
    "html.close all": "全部收起",
    "html.skip": "跳到目标列表",
    "html.no match": "没有目标符合搜索条件和所选状态。",
    "html.no change matches": "没有指标符合搜索条件和所选方向。",
    "html.open hint": "点开目标，可查看原文、来源和计算过程。",
    "html.never mentioned": "未再提及",
    "html.not scorable": "有报告但无法评分",
    "html.bar": (
        "{targets}项目标中：{met}项达成，{missed}项未达成，"
        "{not_scorable}项有报告但无法评分，{never}项未再提及"
    ),
    "html.sources": "来源文件",
    "html.published": "发布于{date}",
    "html.retrieved": "获取于{date}",
    "html.link": "原文链接",
    "html.generated": "由 tzgoals 于{time}根据数据文件生成；本页不从外部加载任何内容。",
    "html.arithmetic": "计算",
    "html.previous": "{year}年（上年）",
    "html.qualifiers": "来源对数字的标注：{flags}",
    "html.goal id": "编号",
    "html.comparator": "比较方式：{comparator}",
    "html.kind": "比较方式：{comparator}；{direction}",
    "html.title": "{name}：{what}",
    "html.changes": "{from_year}年至{to_year}年的变化",
    "html.shown indicators": "显示{total}项指标中的{shown}项。",
    "html.target changes shown": "显示的变化",
    "html.no target change matches": "没有指标符合搜索条件和所选变化。",
    # a refused quote: the look-alike characters that part it from the text
    "hints": "；有形近字符不同（引文须逐字照录）：{hints}",
    "hint.separator": "；",
    "hint.full-width": "引文中是全角的“{quote}”，原文是“{text}”",
    "hint.half-width": "引文中是半角的“{quote}”，原文是全角的“{text}”",
    "hint.traditional": "引文中是繁体字“{quote}”，原文是简体字“{text}”",
    "hint.simplified": "引文中是简体字“{quote}”，原文是繁体字“{text}”",
    "hint.invisible": "引文中有原文没有的不可见字符 {quote}",
    # a figure worked out rather than quoted
    "Derivation": "推算方法",
    "derivation.line": "推算方法：{text}",
    # the command line's own refusals
    "cli.undecodable": (
        "参数 {argument} 含有不是 {encoding} 文本的字节（文件名或终端用了别的编码？）："
        "请用 {encoding} 重新输入，或把文件改名"
    ),
    "cli.cannot write": "无法写出输出：{reason}",
    "cli.system refused": "系统拒绝了操作：{reason}{file}",
    # 已解析文件的缓存（`tzgoals cache`）
    "cache.folder": "缓存文件夹：{folder}（{state}）",
    "cache.in use": "正在使用",
    "cache.not in use": "未使用：已关闭，或文件夹无法写入",
    "cache.entries": "条目：{entries} 个，{size} MB",
    "cache.limit": "上限：{limit} MB（TZGOALS_CACHE_MAX_MB）；最久未用的条目先删除",
    "cache.cleared": "已从 {folder} 删除 {entries} 个条目。",
}

from tzgoals.render.catalogue.panel_zh import PANEL_WORDS  # noqa: E402

WORDS.update(PANEL_WORDS)

from tzgoals.render.catalogue.years_zh import YEARS_WORDS  # noqa: E402

WORDS.update(YEARS_WORDS)

from tzgoals.render.catalogue.refusals_zh import REFUSAL_WORDS  # noqa: E402

WORDS.update(REFUSAL_WORDS)
