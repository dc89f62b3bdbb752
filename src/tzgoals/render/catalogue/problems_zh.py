"""每个问题的中文表述，键与 `problems_en.py` 相同（问题代码的名称）。"""

PROBLEMS: dict[str, str] = {
    # 1xx 读取文件
    "toml-syntax": "TOML 语法错误{where}：{detail}{hint}",
    "empty-file": "文件是空的",
    "nested-too-deeply": "数组或表嵌套太深，无法读取",
    "unreadable-number": "无法读取一个数字：{detail}",
    "utf16-text": (
        "该文件是 UTF-16 文本，而 tzgoals 读取 UTF-8：请另存为 UTF-8，或用 "
        "`iconv -f utf-16 -t utf-8 {name} > fixed{suffix}` 转换"
    ),
    "gbk-text": (
        "该文件不是 UTF-8 文本：看起来是许多中文 Windows 编辑器保存的 GBK/GB18030 编码，请用 "
        "`iconv -f gb18030 -t utf-8 {name} > fixed{suffix}` 转换，或另存为 UTF-8{csv}"
    ),
    "binary-data": "该文件不是 UTF-8 文本：其中含有二进制数据；是不是选错了文件？",
    "not-utf8": "该文件不是 UTF-8 文本：字节 {byte} 不是有效的 UTF-8；请把文件另存为 UTF-8",
    "nul-bytes": "该文件含有二进制数据（NUL 字节）；是不是选错了文件？",
    "bad-size-limit": "应为以字节计的大小，可加 K、M 或 G（如 512M 或 2G），而不是 {setting!r}",
    "not-a-regular-file": "{what}",
    "file-too-large": (
        "大小为 {size}，超过 tzgoals 读取的上限 {limit}；如果它确实是数据集，"
        "请用 {variable} 提高上限（如 {variable}=2G）"
    ),
    "no-such-file": "文件不存在",
    "cannot-read": "无法读取该文件：{reason}",
    "unknown-encoding": "未知的编码 {encoding!r}",
    "not-a-text-encoding": "{encoding!r} 不是文本编码；请写出文件保存时所用的编码",
    "not-in-encoding": "该文件不是有效的 {encoding} 文本；请检查 --encoding",
    "csv-empty": "文件是空的：没有表头行",
    "csv-blank-column": "表头中有一个空白的列名",
    "csv-repeated-column": "列 {column!r} 在表头中出现了两次",
    "csv-too-many-cells": "这一行有 {cells} 个单元格，而表头只有 {columns} 列",
    "csv-syntax": (
        "CSV 语法错误，出现在从此行开始的一行：{detail}；以双引号开头的单元格必须以双引号结束，"
        '单元格内的双引号要写两遍（""）'
    ),
    "csv-unknown-column": "[[{section}]] 没有列 {column!r}；可用的列：{allowed}{suggestion}",
    # 2xx 条目及其键
    "unknown-table": "未知的表或键 {table!r}；此文件只包含 {allowed}{suggestion}",
    "unknown-key": "{table} 中没有键 {key!r}；可用的键：{allowed}{suggestion}",
    "missing-table": "缺少 {table} 表（至少需要 `name`）",
    "missing-key": "缺少键 {key!r}{hint}",
    "unknown-value": "{named}未知的取值 {found}；可用的取值：{allowed}{suggestion}",
    "expected-boolean": "{named}应为 true 或 false（不加引号），实际是 {found}",
    "expected-ascii-whole-number": "{named}应为用数字 0-9 写的整数，实际是 {found}",
    "expected-whole-number": "{named}应为整数，如 2023，实际是 {found}",
    "year-out-of-range": (
        "{named}{found} 不在 tzgoals 接受的年份范围（{earliest} 至 {latest}）内；请与原文核对"
    ),
    "expected-text": "{named}应为双引号中的文字，实际是 {found}",
    "empty-text": "{named}不能为空{hint}",
    "blank-text": "{named}不能只有空白",
    "control-character": (
        "{named}第 {position} 个字符是控制字符 {character}；文字中不能含有控制字符"
        "（它可能操纵终端：改标题、写剪贴板、清屏，或使文字顺序错乱）：请删除它"
    ),
    "text-not-utf8": (
        "{named}含有不是 UTF-8 文本的字节（终端或文件用了别的编码？）；请用 UTF-8 重新输入"
    ),
    "table-expected": "{table} 应为一个表，实际是 {found}",
    "entry-not-a-table": "{section} 的第 {entry} 个条目应为一个表，实际是 {found}",
    "array-of-tables-expected": "{section} 应为表数组，写作 [[{section}]]，实际是 {found}",
    "invalid-value": "{named}{detail}",
    "exponent-beyond-any-figure": "{named}数字 {number} 的指数超出任何数值的范围；请与原文核对",
    "number-not-boolean": "{named}应为数字，实际是 true/false",
    "number-not-other-digits": "{named}应为用数字 0-9 写的数，实际是文字 {text!r}",
    "number-not-text": (
        "{named}应为数字，实际是文字 {text!r}：请写不加引号的数字，单位写在 `unit` 中"
    ),
    "expected-number": "{named}应为数字，实际是{found}",
    "expected-finite-number": "{named}应为有限的数字，实际是 {number}",
    "too-many-digits": (
        "{named}该数字有 {digits} 位有效数字，超过一个数值最多允许的 {most} 位；请与原文核对"
    ),
    "implausibly-large": "{named}数字 {number} 大得不合常理；请与原文核对",
    "implausible-exponent": (
        "{named}数字 {number} 的指数不合常理（接受的最小数值为 {smallest}）；请与原文核对"
    ),
    "implausibly-small": (
        "{named}数字 {number} 小得不合常理（接受的最小数值为 {smallest}）；请与原文核对"
    ),
    "not-one-line": "{named}含有{found}；它必须只占一行",
    "not-a-web-address": (
        "{named}应为以 http:// 或 https:// 开头、不含空格的网址，实际是 {found!r}"
    ),
    "not-a-sha256": "{named}应为 SHA-256 哈希值的 64 位十六进制数字",
    "comparator-takes-no-direction": "比较方式 {comparator!r} 不带 `direction`",
    "direction-does-not-fit": (
        "方向 {direction!r} 与比较方式 {comparator!r} 不符，它的方向只能是 {allowed}"
    ),
    "outcome-takes-no-figure": "{comparator} 目标不带 {given}：它是否达成取决于引用的结果",
    "needs-value-and-unit": "{comparator} 目标需要同时给出 `value` 和 `unit`",
    "about-needs-tolerance": "`about` 目标需要 `tolerance`，一个不小于 0 的数",
    "tolerance-only-for-about": "只有 `about` 目标才有 `tolerance`",
    "between-needs-value-max": "`between` 目标需要 `value_max`，且不小于 `value`",
    "value-max-only-for-between": "只有 `between` 目标才有 `value_max`",
    "percentage-points-only-for-pp-change": (
        "pp_change 目标以百分点计（单位为 个百分点 或 pp），也只有 pp_change 目标以百分点计"
    ),
    "yes-no-takes-no-unit": "是/否结果（value = true 或 false）不带 `unit`",
    "number-needs-unit": "数值结果需要 `unit`",
    "number-with-digit-separator": (
        "{named}应为数字，实际是文字 {text!r}：数值不用数位分隔符书写（写 1000，而不是 1_000）"
    ),
    "invisible-character": (
        "{named}第 {position} 个字符是不可见字符 {character}，会让它看起来像另一个值："
        "请删除它{reading}"
    ),
    # 3xx 条目之间的规则
    "duplicate": "重复的{what} {repeated}{release}{first}",
    "negative-count": (
        "{key} {figure} {unit} 是负数，但数量或金额不能为负；只有 %、‰ 和百分点可以小于零"
        "（下降请记为单独的下降类指标，取原文给出的正数）"
    ),
    "outcome-indicator-has-unit": (
        "{comparator} 目标需要一个没有单位的指标，但 {indicator!r} 的单位是 {unit}"
    ),
    "indicator-has-no-unit": "指标 {indicator!r} 没有单位，只能设节点性或定性目标，不能设数值目标",
    "pp-change-needs-percent": "百分点变化需要以 % 计的指标，但 {indicator!r} 的单位是 {unit}",
    "unit-does-not-fit": "单位 {unit!r} 与指标 {indicator!r} 不符，该指标以 {indicator_unit!r} 计",
    "unknown-area": "{year} 年没有领域 {area!r}{suggestion}",
    "unknown-indicator": (
        "未知的指标 {indicator!r}：没有哪个 [[indicators]] 条目用这个 id{suggestion}"
    ),
    "unknown-indicator-of-result": (
        "未知的指标 {indicator!r}：目标文件中没有哪个 [[indicators]] 条目用这个 id{suggestion}"
    ),
    "yes-no-result-expected": "指标 {indicator!r} 是是/否结果：请写 value = true 或 false",
    "number-and-unit-expected": "指标 {indicator!r} 以 {unit} 计：请给出数字及其单位",
    "source-not-listed": "来源 {source!r} 没有列在 [[sources]] 中",
    "part-of-unknown": "part_of {whole!r} 不是任何指标",
    "part-of-loop": "part_of 形成了循环：{chain}",
    "part-of-not-a-count": (
        "part_of 关联的是数量或金额，其部分相加等于整体；{indicator!r} → {whole!r} 涉及{measure}，"
        "其部分无法限定任何数值"
    ),
    "part-of-unit-mismatch": "part_of {whole!r} 以 {whole_unit!r} 计，无法与 {unit!r} 比较",
    "about-without-side": (
        "左右目标 {target!r} 没有说明哪一侧为好，指标 {indicator!r} 也没有，因此按下限理解"
        "（不低于 value − tolerance 即达成）；若是上限（物价、失业率），结果会相反。"
        '请给目标加上 direction = "floor"、"ceiling" 或 "band"，'
        '或给指标加上 polarity = "higher" 或 "lower"'
    ),
    "no-baseline": (
        "pp_change 目标 {target!r} 没有基数：指标 {indicator!r} 没有 {year} 年的实际值，"
        "因此记为未报告；请把 {year} 年的结果加入实际值文件后再评分"
    ),
    "already-in-file": (
        "{what}已在 {where} 中；如需修改，请手工编辑文件中的该条目（并同步修改其引文和来源）"
        "{revision}"
    ),
    "given-twice": "{what}出现了两次（另一处在 {where}）",
    # 4xx 证据
    "quote-not-in-source": "引文不在 {folder}/{source} 中（与原文只能有空白之差）；{closest}",
    "figure-not-in-quote": (
        "{key} {figure} 没有出现在引文“{quote}”中（"
        "13800 写作 1.38万、2 写作 两 也算出现）：请与原文核对该数值；由其他数值推算而来的数值"
        "须用 `derivation` 说明推算方法"
    ),
    "archived-text-unreadable": "无法读取存档原文 {where}：{reason}",
    "no-archived-text": (
        "来源 {source!r} 没有存档原文：{where} 不存在，因此无法核对引自它的任何引文；"
        "请把该文件的原文保存在那里（新来源可用 `tzgoals source add FILE`）{allow}"
    ),
    "archived-text-changed": (
        "{where} 在存档后被改动过：其 SHA-256 为 {archived}，而不是此处记录的 {recorded}；"
        "请恢复存档原文，或者，如果新文本才是该文件的原文，请记录它的哈希值并重新核对每条引文"
    ),
    "no-sha256": (
        "来源 {source!r} 没有记录 sha256，{where} 以后若被改动将无人察觉；"
        '请加上 sha256 = "{sha256}"（该处现有文本的哈希值）'
    ),
    "source-not-quoted": "来源 {source!r} 已列出，但没有条目引用它",
    "quotes-uncheckable": (
        "来源 {source!r} 没有列在 [[sources]] 中，因此无法核对它的引文；"
        "请用 `tzgoals source add FILE` 添加该文件"
    ),
    "no-archived-text-yet": (
        "来源 {source!r} 没有存档原文（{where} 不存在或无法读取），"
        "因此无法核对引文：请先把该文件的原文保存在那里"
    ),
    "leftover-text": (
        "这是某个 tzgoals 命令中途被终止时留下的临时文件；"
        "下一次 `tzgoals source add` 会删除它，也可以自行删除"
    ),
    "unlisted-text": (
        "已存档于 sources/，但没有任何 [[sources]] 条目列出它，"
        "因此没有引文可以引用它：{how}，或将其删除"
    ),
    "sources-folder-link": (
        "{folder} 是符号链接；存档原文只在数据集自己的 sources/ 文件夹中读写："
        "请把该链接换成存放原文的真实文件夹"
    ),
    "link-outside": (
        "是指向数据集 sources/ 文件夹之外的符号链接，因此不予读取：请把该链接换成原文本身的副本"
    ),
    "still-unlisted": (
        "{reason}：也请用 `tzgoals source add FILE` 列出它；在此之前，所有报告都会拒绝该数据集"
    ),
    # 5xx 写入
    "nothing-written": "没有写入任何内容；文件未被改动",
    "dataset-has-errors": "数据集有错误；请先改正，再向其中添加",
    "no-entries": "没有要添加的条目",
    "cannot-write": "无法{action}：{reason}",
    "bad-lock-timeout": "应为秒数，如 60，而不是 {setting!r}",
    "lock-held": (
        "另一个 tzgoals 命令已写入它 {seconds} 秒，仍持有它的锁（{lock}）；请等它完成后重试，"
        "或设置 {variable} 以等待更久"
    ),
    "not-writable": (
        "是{whose}（权限 {mode}）；tzgoals 只改动你有权写入的文件，即使文件夹允许替换它："
        "请先使其可写"
    ),
    "hard-links": (
        "有 {links} 个硬链接（同一文件的其他名称）；写入它就要替换它，其他名称将仍指向旧内容："
        "请给 tzgoals 一个独立的文件（先 cp 到新名称，再使用该名称）"
    ),
    "owner-not-kept": "无法保留文件的所有者：{lost}（数字 id）",
    "invalid-after-change": "这样改动后文件将不再有效",
    "changed-meanwhile": "另一个程序在此期间改动了该文件；请重试",
    "already-exists": "已存在；{consequence}",
    "empty-folder-name": "为空：请给出新数据集的文件夹（当前文件夹用 `.`）",
    "folder-too-deep": (
        "是一个 {parts} 层深的文件夹，这不可能是本意；请给出最多 {most} 层深的文件夹"
    ),
    "text-removed-again": "已复制的原文又被删除了",
    "archived-name-taken": (
        "已存在且内容不同；不会覆盖：请给新文件另起一个文件名，或在没有引文引用旧原文时将其删除"
    ),
    "not-a-source-name": "{name!r} 不是 sources/ 中的文件名（不能有上级文件夹，也不能是绝对路径）",
    "backslash-in-source-name": (
        "{name!r} 含有反斜杠，数据集会把它当作文件夹分隔符；请把原文另存为不含反斜杠的文件名"
        "（例如 {other!r}）再添加"
    ),
    "guessed-title-holds-control": (
        "未给出 --title，而标题取自原文第一行，该行含有控制字符 {character}：请用 --title 给出标题"
    ),
    "targets-under-no-heading": (
        "{count} 项目标不在规划中任何标明领域的标题之下（第一项：“{quote}”）："
        "请用 --area ID 把全部目标放在同一个领域下"
    ),
    "example-not-to-be-changed": (
        "这是 tzgoals 自带的示例，不可更改：请记录到你自己的数据集中"
        "（`tzgoals init DIR` 可新建一个）"
    ),
}

#: 参数 `X_kind` 为 `{X}` 选择的表述，键为 "X.kind"。
PARTS: dict[str, str] = {
    "suggestion": "（是不是 {suggested!r}？）",
    "reading.as": "；去掉后是 {meant!r}",
    "where.end": "，在文件末尾",
    "where.column": "，第 {column} 列",
    "hint.quotes": '（文字是否缺了双引号？请写 key = "text"）',
    "hint.unclosed": "（某个字符串缺少结束引号）",
    "hint.key-twice": "（同一个表中某个键写了两次）",
    "hint.table-twice": "（某个 [table] 表头写了两次）",
    "hint.inline-array": "（以 key = [...] 内联写出的数组不能再用 [[key]] 表续写）",
    "hint.percent": "（像 6% 这样的值是否缺了引号？）",
    "hint.quote": "：请从原文逐字复制该段落",
    "hint.source": "：原文文件名，与 [[sources]] 中所列一致",
    "hint.name": "：原文中所写的名称",
    "csv.yes": "，或用 `--encoding gb18030` 直接导入",
    "what.folder": "是文件夹，不是文件",
    "what.fifo": "是 FIFO（命名管道），不是普通文件",
    "what.character-device": "是字符设备，不是普通文件",
    "what.block-device": "是块设备，不是普通文件",
    "what.socket": "是套接字，不是普通文件",
    "what.other": "不是普通文件",
    "what.text": "它不是普通文件",
    "found.table": "一个表",
    "found.array": "一个数组",
    "found.date": "日期/时间 {found}",
    "found.huge": "一个有数千位的数字",
    "found.date-or-time": "一个日期或时间",
    "found.type": "类型为 {found} 的值",
    "found.line-break": "换行符",
    "found.tab": "制表符",
    "what.source": "来源",
    "what.area": "领域（年份，id）",
    "what.indicator": "指标 id",
    "what.target": "目标 id",
    "what.actual": "实际值（指标，年份）",
    "what.actual-entry": "指标 {indicator!r} 的 {year} 年{through}实际值",
    "what.area-entry": "{year} 年的领域 {area!r}",
    "what.source-entry": "来源 {source!r}",
    "what.target-entry": "目标 id {id!r}",
    "what.indicator-entry": "指标 id {id!r}",
    "first.line": "（首次出现在第 {first} 行）",
    "first.entry": "（首次出现在第 {first} 个条目）",
    "where.entry": "第 {entry} 个条目",
    "measure.none": "没有单位的指标",
    "measure.unit": "单位 {unit_shown}",
    "closest.passage": "原文中最接近的段落：“{passage}”",
    "closest.none": "原文中没有与之相似的段落",
    "allow.yes": "，或在数据集尚未完成时用 --allow-unarchived 检查",
    "how.command": "请用 `{command}` 列出它",
    "how.table": '请在 targets.toml 中添加一个 [[sources]] 表，写明 file = "{file}"、标题和 sha256',
    "action.lock": "在旁边创建它的锁文件 {lock}",
    "action.temporary": "在旁边写入临时文件",
    "action.replace": "替换该文件",
    "action.starter-write": "写入起始文件",
    "action.starter-create": "创建起始文件",
    "action.archive": "写入存档原文",
    "lost.owner": "所有者 {owner} 变成了 {new_owner}",
    "lost.group": "所属组 {group} 变成了 {new_group}",
    "lost.both": "所有者 {owner} 变成了 {new_owner}，所属组 {group} 变成了 {new_group}",
    "whose.read-only": "只读的",
    "whose.not-yours": "你无权写入的",
    "consequence.init": "init 从不覆盖文件",
    "consequence.kept": "未覆盖",
    "new.sources": "新来源：",
    "new.areas": "新领域：",
    "new.indicators": "新指标：",
    "new.targets": "新目标：",
    "new.actuals": "新实际值：",
}

# The words of panels, and of years, revisions and pace, kept in files of their own.
from tzgoals.render.catalogue.panel_zh import PANEL_PARTS, PANEL_PROBLEMS  # noqa: E402
from tzgoals.render.catalogue.years_zh import YEARS_PARTS, YEARS_PROBLEMS  # noqa: E402

PROBLEMS.update(PANEL_PROBLEMS | YEARS_PROBLEMS)
PARTS.update(PANEL_PARTS | YEARS_PARTS)
