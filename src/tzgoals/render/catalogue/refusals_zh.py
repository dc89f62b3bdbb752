"""The command line's refusals in Chinese (a folder publish may not write, an unknown id, an
option without the one it goes with, a name no dataset can hold), merged into `zh.WORDS`."""

REFUSAL_WORDS: dict[str, str] = {
    "publish.not_folder": "{folder} 不是文件夹；请给出存放发布内容的文件夹。",
    "publish.unreadable": "无法读取 {folder}：{why}",
    "publish.occupied": (
        "{folder} 中有不属于先前 tzgoals 发布内容的文件（{shown}），未写入任何内容。"
        "请给出新的或空的文件夹。"
    ),
    "publish.write_refused": "{folder}：{problem}",
    "publish.write_failed": "无法在 {folder} 中写入发布内容：{why}",
    "unholdable.control": "{what} {value} 含有控制字符，任何数据集都不接受；{advice}。",
    "unholdable.empty": "{what}为空；{advice}。",
    "unholdable.plan_name": "计划的文件名",
    "unholdable.source": "--source",
    "unholdable.area": "--area",
    "unholdable.name_source": "请用 --source 指明来源",
    "unholdable.source_listed": "请给出其 [[sources]] 条目所列的文件名",
    "unholdable.area_listed": "请给出该年某个 [[areas]] 的 id",
    "extract.area_without_into": (
        "--area 须与 --into 同用：TOML 中每个目标归入其所在章节的领域，或留待填写的 TODO。"
    ),
    "suggest.source_control": (
        "来源名 {source} 含有控制字符，数据集的来源名不可如此："
        "请用 --source NAME 给出该回顾在 [[sources]] 中的名称。"
    ),
    "suggest.folder_control": (
        "文件夹 {folder} 的路径含有控制字符，每条 `tzgoals record` 命令都会带上它："
        "请在该文件夹内运行 suggest，不加 --data。"
    ),
    "suggest.no_targets": "数据集没有 {year} 年的目标（有目标的年份：{years}）。",
    "closest_ids": "最接近的 id：{ids}。",
    "history.unknown": "没有 id 为 {id} 的指标。{hint}",
    "show.unknown": "没有 id 为 {id} 的目标。{hint}`tzgoals status --ids` 列出全部 id。",
    "output.closed": "标准输出已关闭，无处写入",
    "output.unwritable": "无法写出输出：{why}",
    "output.bad_epoch": "SOURCE_DATE_EPOCH 须为整数秒，而不是 {epoch}",
    "panel.goals_format": "--goals 只写 csv 或 json，不写 {format}：请加 --format csv",
    "selection.no_targets": "数据集没有任何目标",
    "selection.no_year": "{year} 年没有目标；有目标的年份：{years}",
    "selection.no_area": "{year} 年没有领域 {areas}；领域：{known}",
    "selection.no_area_near": "{year} 年没有领域 {areas}；领域：{known}（是否指 {near!r}？）",
    "years.same": "FROM 与 TO 都是 {year}：请给出两个不同的年份",
    "years.none_of.results": "{year} 年没有结果；有结果的年份：{years}",
    "years.none_of.targets": "{year} 年没有目标；有目标的年份：{years}",
    "paths.variable_unusable": (
        "TZGOALS_DATA 设为 {name}，它不可能是文件夹（{why}）：请指向一个数据集文件夹，或取消设置。"
    ),
    "paths.variable_empty": (
        "TZGOALS_DATA 设为 {name}，其中没有 targets.toml：请指向一个数据集文件夹，或取消设置。"
    ),
    "paths.half_pair": (
        "请同时给出 --targets 和 --actuals，或用 --data DIR 指向同时含有两者的文件夹。"
    ),
    "paths.both_ways": "请给出 --data DIR 或 --targets/--actuals，不可同时给出。",
    "paths.example_not_writable": (
        "这里没有数据集（本文件夹没有 targets.toml，./data 中也没有，且未设置 TZGOALS_DATA），"
        "而 tzgoals 自带的示例不可修改：请在你的数据集文件夹中运行，或给出 --data DIR"
        "（或 --targets 和 --actuals）；`tzgoals init DIR` 可新建一个。"
    ),
}
