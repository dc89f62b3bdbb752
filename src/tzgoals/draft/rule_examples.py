"""Each drafting rule's name, and the clauses it must read and must not (see `rulebook`).

An example is a clause and the indicator words the rule names from it: the rule that reads it
must be this one (no earlier rule shadows it) and name exactly those words. A counter-example
is a clause this rule must not read, whichever rule then does.
"""

from __future__ import annotations

from enum import StrEnum


class RuleId(StrEnum):
    """Each rule's one name: what drafts, the TOML comments, JSON and CSV call it."""

    RANGE = "range"
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    NOT_LESS_THAN = "not_less_than"
    NOT_MORE_THAN = "not_more_than"
    CONTROL = "control"
    LESS_THAN = "less_than"
    MORE_THAN = "more_than"
    BREAKTHROUGH = "breakthrough"
    REACH = "reach"
    POINTS = "points"
    DECLINE = "decline"
    GROWTH = "growth"
    NEW = "new"
    NEW_COUNT = "new_count"
    LISTED_IN_PLAN = "listed_in_plan"
    LISTED_IN_PLAN_AFTER = "listed_in_plan_after"
    MILESTONE_COUNT = "milestone_count"
    MILESTONE_COUNT_AFTER = "milestone_count_after"
    COUNT_MADE = "count_made"
    COMMITTED = "committed"
    PLANNED = "planned"
    PLANNED_ABOUT = "planned_about"
    PLANNED_AMOUNT = "planned_amount"
    RED_LINE = "red_line"
    COUNT = "count"
    BREAKTHROUGH_AGAIN = "breakthrough_again"
    MILESTONE = "milestone"
    MILESTONE_DONE_AFTER = "milestone_done_after"
    WORKS_PROGRAMME = "works_programme"
    ISSUE_DOCUMENT = "issue_document"
    IN_STEP = "in_step"
    IN_STEP_RATE = "in_step_rate"
    QUOTA = "quota"
    QUOTA_AS_SET = "quota_as_set"
    IMPROVING = "improving"
    STEADY_QUALITY = "steady_quality"
    STABLE = "stable"
    STEADY_CHANGE = "steady_change"
    CONTROLLED = "controlled"
    RANK = "rank"


R = RuleId
#: Per rule: (examples as (clause, indicator words), counter-examples).
EXAMPLES: dict[RuleId, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    R.RANGE: ((("地区生产总值增长5%至6%", "地区生产总值增长"),), ("地区生产总值增长6%",)),
    R.ABOUT: ((("国内生产总值增长5%左右", "国内生产总值增长"),), ("国内生产总值增长5%",)),
    R.AT_LEAST: ((("一般公共预算收入增长8%以上", "一般公共预算收入增长"),), ()),
    R.AT_MOST: ((("城镇调查失业率控制在5.5%以内", "城镇调查失业率"),), ()),
    R.NOT_LESS_THAN: ((("研发投入占比不低于3%", "研发投入占比"),), ()),
    R.NOT_MORE_THAN: ((("政府负债率不超过60%", "政府负债率"),), ()),
    R.CONTROL: ((("财政赤字率控制在3%", "财政赤字率"),), ()),
    R.LESS_THAN: ((("城镇登记失业率低于4%", "城镇登记失业率"),), ("研发投入占比不低于3%",)),
    R.MORE_THAN: ((("实际利用外资超过5亿美元", "实际利用外资"),), ()),
    R.BREAKTHROUGH: ((("社会消费品零售总额突破1000亿元", "社会消费品零售总额"),), ()),
    R.REACH: ((("万人发明专利拥有量达到56件", "万人发明专利拥有量"),), ()),
    R.POINTS: ((("产值占比提升3个百分点", "产值占比"),), ("产值占比提升3%",)),
    R.DECLINE: ((("安全生产事故起数下降10%", "安全生产事故起数下降"),), ()),
    R.GROWTH: ((("地区生产总值增长6%", "地区生产总值增长"),), ("产值占比提升3个百分点",)),
    R.NEW: ((("城镇新增就业5万人", "城镇新增就业"),), ()),
    R.NEW_COUNT: ((("新增5个绿地游园", "新增绿地游园"),), ()),
    R.LISTED_IN_PLAN: ((("20个项目列入市重大项目计划", "项目列入市重大项目计划"),), ()),
    R.LISTED_IN_PLAN_AFTER: ((("列入省重大项目计划5个", "列入省重大项目计划"),), ()),
    R.MILESTONE_COUNT: ((("建成3所学校", "建成学校"),), ()),
    R.MILESTONE_COUNT_AFTER: ((("3所学校建成投用", "学校建成投用"),), ()),
    R.COUNT_MADE: ((("培育5家上市企业", "培育上市企业"),), ()),
    R.COMMITTED: (
        (
            ("使用1000亿元失业保险基金支持稳岗和培训", "使用失业保险基金支持稳岗和培训"),
            ("将2.8万亿元中央财政资金纳入直达机制", "将中央财政资金纳入直达机制"),
            ("用于1500万人次以上的职工技能提升和转岗转业培训", "用于职工技能提升和转岗转业培训"),
        ),
        ("将制造业企业加计扣除比例提高到100%", "用于3个方面"),
    ),
    R.PLANNED: ((("赤字率拟按3%安排", "赤字率"),), ()),
    R.PLANNED_ABOUT: ((("今年赤字率拟按2.8%左右安排", "赤字率"),), ("赤字率拟按3%安排",)),
    R.PLANNED_AMOUNT: (
        (
            ("专项债券拟安排3.8万亿元", "专项债券"),
            ("中央预算内投资安排6400亿元", "中央预算内投资"),
            ("今年安排中央本级支出增长3.9%", "中央本级支出增长"),
        ),
        ("中央本级支出增长3.9%",),
    ),
    R.RED_LINE: (
        (("坚决守住18亿亩耕地红线", "耕地红线"),),
        ("耕地保有量18亿亩",),
    ),
    R.COUNT: (
        (
            ("常住人口城镇化率提升至72%", "常住人口城镇化率"),
            ("森林覆盖率提高到45%", "森林覆盖率"),
            ("外经营营业额8000万美元", "外经营营业额"),
        ),
        ("产值占比提升3个百分点",),
    ),
    R.BREAKTHROUGH_AGAIN: ((("工业投资实现再突破", "工业投资实现再突破"),), ()),
    R.MILESTONE: ((("建成通州大桥", "建成通州大桥"),), ("支持设立海外仓",)),
    R.MILESTONE_DONE_AFTER: ((("通州大桥建成通车", "通州大桥建成通车"),), ()),
    R.WORKS_PROGRAMME: (
        (("大力实施城市更新行动", "大力实施城市更新行动"),),
        ("深入实施产业倍增计划",),
    ),
    R.ISSUE_DOCUMENT: (
        (("出台促进民营经济发展若干措施", "出台促进民营经济发展若干措施"),),
        ("研究出台支持政策",),
    ),
    R.IN_STEP: ((("居民收入增长与经济增长基本同步", "居民收入增长与经济增长基本同步"),), ()),
    R.IN_STEP_RATE: (
        (("货币供应量增速同名义经济增速基本匹配", "货币供应量增速同名义经济增速基本匹配"),),
        (),
    ),
    R.QUOTA: ((("单位GDP能耗完成市下达任务", "单位GDP能耗完成市下达任务"),), ()),
    R.QUOTA_AS_SET: ((("节能减排指标以国家下达为准", "节能减排指标以国家下达为准"),), ()),
    R.IMPROVING: ((("生态环境质量持续改善", "生态环境质量持续改善"),), ()),
    R.STEADY_QUALITY: ((("进出口促稳提质", "进出口促稳提质"),), ()),
    R.STABLE: ((("国际收支基本平衡", "国际收支基本平衡"),), ()),
    R.STEADY_CHANGE: (
        (("单位国内生产总值能耗继续下降", "单位国内生产总值能耗继续下降"),),
        ("不断提升服务质量",),
    ),
    R.CONTROLLED: ((("重点控制化石能源消费", "重点控制化石能源消费"),), ()),
    R.RANK: ((("经济发展争先进位", "经济发展争先进位"),), ()),
}
