"""One test a row of the glossary (shared/domain/target-phrasing.md), positive and negative.

Rules read by the second of two rules once of the same name now carry that rule's own name
(new_count, listed_in_plan_after, milestone_count_after, milestone_done_after, in_step_rate,
quota_as_set, planned_amount): every rule's name is unique."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tzgoals.draft.phrasing import direction_of, indicator_words, read
from tzgoals.vocabulary import Comparator, Direction, Flag

C = Comparator


def reads(text: str) -> tuple[str, Comparator, str, str | None, str | None]:
    reading = read(text)
    assert reading is not None, text
    value = None if reading.value is None else format(reading.value, "f")
    return reading.rule, reading.comparator, reading.name, value, reading.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 增长X% (bare): a floor to reach
        ("地区生产总值增长6%", ("growth", C.AT_LEAST, "地区生产总值增长", "6", "%")),
        ("进出口总额增长3.1%", ("growth", C.AT_LEAST, "进出口总额增长", "3.1", "%")),
        # X%左右 / X左右
        ("国内生产总值增长5%左右", ("about", C.ABOUT, "国内生产总值增长", "5", "%")),
        ("城镇新增就业1200万人左右", ("about", C.ABOUT, "城镇新增就业", "1200", "万人")),
        # X以上 / 不低于X
        ("一般公共预算收入增长8%以上", ("at_least", C.AT_LEAST, "一般公共预算收入增长", "8", "%")),
        ("新增有效信贷150亿元以上", ("at_least", C.AT_LEAST, "新增有效信贷", "150", "亿元")),
        ("研发投入占比不低于3%", ("not_less_than", C.AT_LEAST, "研发投入占比", "3", "%")),
        # 超X / 超过X
        (
            "新认定国家高新技术企业超150家",
            ("more_than", C.MORE_THAN, "新认定国家高新技术企业", "150", "家"),
        ),
        ("实际利用外资超过5亿美元", ("more_than", C.MORE_THAN, "实际利用外资", "5", "亿美元")),
        # 达X / 达到X
        ("全社会研发投入占比达2.97%", ("reach", C.AT_LEAST, "全社会研发投入占比", "2.97", "%")),
        ("万人发明专利拥有量达到56件", ("reach", C.AT_LEAST, "万人发明专利拥有量", "56", "件")),
        # X以内 / 控制在X以内 / 不超过X
        ("城镇调查失业率控制在5.5%以内", ("at_most", C.AT_MOST, "城镇调查失业率", "5.5", "%")),
        ("财政赤字率控制在3%", ("control", C.AT_MOST, "财政赤字率", "3", "%")),
        ("政府负债率不超过60%", ("not_more_than", C.AT_MOST, "政府负债率", "60", "%")),
        # 低于X (README)
        ("城镇登记失业率低于4%", ("less_than", C.LESS_THAN, "城镇登记失业率", "4", "%")),
        # 下降X%以上: its own decline indicator, higher is better
        ("单位GDP能耗下降3%以上", ("at_least", C.AT_LEAST, "单位GDP能耗下降", "3", "%")),
        ("安全生产事故起数下降10%", ("decline", C.AT_LEAST, "安全生产事故起数下降", "10", "%")),
        # 保持在X以上
        ("粮食产量保持在1.3万亿斤以上", ("at_least", C.AT_LEAST, "粮食产量", "1.3", "万亿斤")),
        # 提升/提高X个百分点
        ("产值占比提升3个百分点", ("points", C.PP_CHANGE, "产值占比", "3", "个百分点")),
        ("城镇化率提高1个百分点", ("points", C.PP_CHANGE, "城镇化率", "1", "个百分点")),
        # 新增X (家, 个, 项, 名), figure after or before its noun
        ("新增规上工业企业140家", ("new", C.AT_LEAST, "新增规上工业企业", "140", "家")),
        ("新增5个绿地游园", ("new_count", C.AT_LEAST, "新增绿地游园", "5", "个")),
        ("新增鲁班奖两项", ("new", C.AT_LEAST, "新增鲁班奖", "2", "项")),
        # 列入…计划 X个
        (
            "康辉新材料等20个项目列入省市重大项目计划",
            ("listed_in_plan", C.AT_LEAST, "项目列入省市重大项目计划", "20", "个"),
        ),
        (
            "列入省重大项目计划5个",
            ("listed_in_plan_after", C.AT_LEAST, "列入省重大项目计划", "5", "个"),
        ),
        # a count of milestones
        ("建成3所学校", ("milestone_count", C.AT_LEAST, "建成学校", "3", "所")),
        ("确保10个项目竣工", ("milestone_count_after", C.AT_LEAST, "项目竣工", "10", "个")),
        # a bare figure after the indicator: a floor, or a ceiling where lower is better
        ("外经营营业额8000万美元", ("count", C.AT_LEAST, "外经营营业额", "8000", "万美元")),
        ("全年新开工重大项目30个", ("count", C.AT_LEAST, "新开工重大项目", "30", "个")),
        ("主要污染物排放总量2万吨", ("count", C.AT_MOST, "主要污染物排放总量", "2", "万吨")),
    ],
)
def test_figure_phrasings(
    text: str, expected: tuple[str, Comparator, str, str | None, str | None]
) -> None:
    assert reads(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("增长5%至6%", "5", "6"), ("增长5-6%", "5", "6"), ("增速4.5～5%", "4.5", "5")],
)
def test_ranges(text: str, low: str, high: str) -> None:
    reading = read(text)
    assert reading is not None
    assert (reading.rule, reading.comparator, reading.unit) == ("range", C.BETWEEN, "%")
    assert (reading.value, reading.value_max) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("text", "rule", "comparator"),
    [
        ("建成通州大桥、正场大桥", "milestone", C.MILESTONE),
        ("西站大道二期竣工通车", "milestone_done_after", C.MILESTONE),
        ("沪陕高速扩建工程建成投运", "milestone_done_after", C.MILESTONE),
        ("通扬线航道整治工程开工建设", "milestone_done_after", C.MILESTONE),
        ("启动城市更新示范项目", "milestone", C.MILESTONE),
        ("实施通扬运河改线提升工程", "milestone", C.MILESTONE),
        ("设立境外招商联络处", "milestone", C.MILESTONE),
        ("应税销售超百亿元企业实现再突破", "breakthrough_again", C.MILESTONE),
        ("百亿级项目再突破", "breakthrough_again", C.MILESTONE),
        ("城乡居民人均可支配收入与经济增长保持同步", "in_step", C.QUALITATIVE),
        ("居民收入增长和经济增长同步", "in_step", C.QUALITATIVE),
        ("居民收入增长与经济增长基本同步", "in_step", C.QUALITATIVE),
        ("单位GDP能耗、主要污染物排放完成市下达任务", "quota", C.QUALITATIVE),
        ("能耗强度完成省下达的目标任务", "quota", C.QUALITATIVE),
        ("生态环境质量持续改善", "improving", C.QUALITATIVE),
        ("生态环境质量稳定改善", "improving", C.QUALITATIVE),
        ("经济运行稳中向好", "improving", C.QUALITATIVE),
        ("实现国家、省综合排名持续争先进位", "rank", C.QUALITATIVE),
        ("全力冲刺全市项目建设考核第一方阵", "rank", C.QUALITATIVE),
        ("争当全省高质量发展排头兵", "rank", C.QUALITATIVE),
    ],
)
def test_outcome_phrasings(text: str, rule: str, comparator: Comparator) -> None:
    reading = read(text)
    assert reading is not None
    assert (reading.rule, reading.comparator, reading.value, reading.unit) == (
        rule,
        comparator,
        None,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "两个确立",  # a figure before a noun, no verb that counts it
        "重点抓好八个方面工作",
        "钻孔车间上百台钻孔机只需要20多名一线操作工人",
        "该项目总投资近125亿元人民币",  # the figure is followed by more words
        "深入实施产业倍增计划",  # an effort, not a deliverable
        "支持设立海外仓",
        "更大力度推行“拿地即开工”",
        "加快建设国家级创新型特色园区",
        "规模以上工业",  # 以上 with no figure
        "加快转化达产",  # 达 with no figure
        "左右逢源",
        "与经济增长",
        "2023年12月底前",
        "226省道通州段",  # a number with no unit
    ],
)
def test_what_no_rule_reads(text: str) -> None:
    assert read(text) is None


@pytest.mark.parametrize(
    ("text", "not_rule"),
    [
        ("应税销售超百亿元企业实现再突破", "more_than"),  # 超百亿元 qualifies the firms
        ("规模以上企业5家", "at_least"),  # 以上 is part of a name
        ("企业增长6家", "growth"),  # growth is in %
        ("工业增加值提高30%", "points"),  # a growth in %, not percentage points
        ("城镇新增就业1200万人左右", "new"),  # 左右 on the figure decides first
        ("利润下降0.5个百分点", "decline"),  # a fall in points is not a decline in %
    ],
)
def test_a_rule_does_not_fire_where_another_phrasing_decides(text: str, not_rule: str) -> None:
    reading = read(text)
    assert reading is None or reading.rule != not_rule


def test_a_range_refuses_a_maximum_below_its_minimum() -> None:
    reading = read("增长6-5%")
    assert reading is None or reading.comparator is not C.BETWEEN


@pytest.mark.parametrize(
    ("text", "direction", "word"),
    [
        ("国内生产总值增长5%左右", Direction.FLOOR, ""),
        ("城镇新增就业1200万人左右", Direction.FLOOR, ""),
        ("居民消费价格涨幅3%左右", Direction.CEILING, "涨幅"),
        ("城镇调查失业率5.5%左右", Direction.CEILING, "失业率"),
        ("城鎮調查失業率5.5%左右", Direction.CEILING, "失业率"),
        ("单位GDP能耗3.5%左右", Direction.CEILING, "能耗"),
        ("二氧化碳排放强度18%左右", Direction.CEILING, "排放"),
        ("单位国内生产总值能耗降低2.5%左右", Direction.FLOOR, "降低"),
        ("宏观杠杆率保持在270%左右", Direction.BAND, "保持在"),
        ("研发投入强度2.5%左右", Direction.FLOOR, ""),
    ],
)
def test_direction_of_about(text: str, direction: Direction, word: str) -> None:
    reading = read(text)
    assert reading is not None
    assert reading.comparator is C.ABOUT
    assert reading.direction is direction
    assert reading.direction_word == word


def test_direction_is_only_for_about() -> None:
    reading = read("城镇调查失业率控制在5.5%以内")
    assert reading is not None
    assert reading.direction is None


def test_direction_of_words() -> None:
    assert direction_of("居民消费价格涨幅") == (Direction.CEILING, "涨幅")
    assert direction_of("地区生产总值增长")[0] is Direction.FLOOR


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("总投资超450亿元", (Flag.LOWER_BOUND,)),
        ("总产值突破2600亿元", (Flag.LOWER_BOUND,)),
        ("同比增长6.5%以上", (Flag.LOWER_BOUND,)),
        ("总投资近125亿元", (Flag.APPROXIMATE,)),
        ("计划总投资约70亿元", (Flag.APPROXIMATE,)),
        ("新引进人才20多名", (Flag.LOWER_BOUND, Flag.APPROXIMATE)),
        ("新增就业1.38万人", ()),
    ],
)
def test_result_qualifiers_on_the_figure(text: str, flags: tuple[Flag, ...]) -> None:
    reading = read(text)
    assert reading is not None
    assert reading.flags == flags


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("全年新注册重大产业项目", "新注册重大产业项目"),
        ("力争2023年地区生产总值", "地区生产总值"),
        ("通州拥有国家、省市专精特新“小巨人”企业", "国家、省市专精特新“小巨人”企业"),
        ("万人发明专利拥有量", "万人发明专利拥有量"),
        ("地区生产总值同比增长", "地区生产总值增长"),
    ],
)
def test_indicator_words(text: str, words: str) -> None:
    assert indicator_words(text) == words


def test_traditional_characters_read_as_simplified_and_names_stay_as_written() -> None:
    assert reads("城鎮新增就業1200萬人以上") == (
        "at_least",
        C.AT_LEAST,
        "城鎮新增就業",
        "1200",
        "万人",
    )
    assert reads("國內生産總值增長5%") == ("growth", C.AT_LEAST, "國內生産總值增長", "5", "%")


# ---------------------------------------------------------------- beyond the glossary's list
# Phrasings work plans use for the same kinds of goal; each rule with what it reads and what
# it must leave alone.


@pytest.mark.parametrize(
    ("text", "rule", "comparator"),
    [
        ("进出口促稳提质", "steady_quality", C.QUALITATIVE),
        ("进出口保稳提质", "steady_quality", C.QUALITATIVE),
        ("外贸进出口、实际使用外资稳中提质", "steady_quality", C.QUALITATIVE),
        ("粮食产量稳中有升", "steady_quality", C.QUALITATIVE),
        ("国际收支基本平衡", "stable", C.QUALITATIVE),
        ("粮食产量保持基本稳定", "stable", C.QUALITATIVE),
        ("保持人民币汇率在合理均衡水平上的基本稳定", "stable", C.QUALITATIVE),
        ("物价总体平稳", "stable", C.QUALITATIVE),
        ("单位国内生产总值能耗和主要污染物排放量继续下降", "steady_change", C.QUALITATIVE),
        ("城乡居民收入持续增长", "steady_change", C.QUALITATIVE),
        ("森林覆盖率稳步提高", "steady_change", C.QUALITATIVE),
        ("重点控制化石能源消费", "controlled", C.QUALITATIVE),
        ("严格控制新增建设用地规模", "controlled", C.QUALITATIVE),
        (
            "保持广义货币供应量和社会融资规模增速同名义经济增速基本匹配",
            "in_step_rate",
            C.QUALITATIVE,
        ),
        ("节能减排指标以国家和广东省下达为准", "quota_as_set", C.QUALITATIVE),
        ("能耗强度以省下达的目标为准", "quota_as_set", C.QUALITATIVE),
        ("出台园区土地整备实施专项规划", "issue_document", C.MILESTONE),
        ("制定出台促进民营经济发展壮大的若干措施", "issue_document", C.MILESTONE),
        ("印发实施新一轮产业发展行动方案", "issue_document", C.MILESTONE),
        ("大力实施“工业上楼”优质厂房空间建设计划", "works_programme", C.MILESTONE),
        ("实施老旧小区改造行动", "works_programme", C.MILESTONE),
        ("开工建设欣旺达动力电池总部及灯塔工厂项目", "milestone", C.MILESTONE),
        ("建成深汕高中园", "milestone", C.MILESTONE),
        (
            "推动比亚迪深汕工业园一期零部件项目产能爬坡、二期整车项目投产",
            "milestone_done_after",
            C.MILESTONE,
        ),
    ],
)
def test_more_outcome_phrasings(text: str, rule: str, comparator: Comparator) -> None:
    reading = read(text)
    assert reading is not None, text
    assert (reading.rule, reading.comparator, reading.value) == (rule, comparator, None)


@pytest.mark.parametrize(
    "text",
    [
        "坚持稳中求进工作总基调",  # a principle of work, not a goal
        "稳定就业",  # 稳定 as a verb with its object
        "就业形势稳定向好",
        "不断提升服务质量",  # an effort with its object
        "窗口不断提升",  # 不断 and 进一步 lead efforts, not trends
        "进一步规范涉企检查",
        "严格控制",  # nothing controlled
        "货币供应量增速较快",  # no second growth to match
        "以市场需求为准",  # nothing set by a level above
        "研究出台支持政策",  # studying is not issuing
        "出台政策",  # policies in general
        "深入实施产业倍增计划",  # a programme of policy, not of works
        "实施乡村振兴战略",
        "建成美丽家园",  # a slogan's homeland, not a facility
        "打造一批示范样本",  # no figure
        "加快建设20大先进制造业园区",  # 20大: "the twenty major", no unit
    ],
)
def test_what_the_further_rules_do_not_read(text: str) -> None:
    assert read(text) is None, read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "新组建25个公办中小学教育集团",
            ("count_made", C.AT_LEAST, "新组建公办中小学教育集团", "25", "个"),
        ),
        (
            "打造10所以上国内一流的特色高中",
            ("count_made", C.AT_LEAST, "打造国内一流的特色高中", "10", "所"),
        ),
        ("培育5家上市企业", ("count_made", C.AT_LEAST, "培育上市企业", "5", "家")),
        ("赤字率拟按3%安排", ("planned", C.AT_MOST, "赤字率", "3", "%")),
        (
            "地方政府专项债券拟安排3.8万亿元",
            ("planned_amount", C.AT_MOST, "地方政府专项债券", "3.8", "万亿元"),
        ),
    ],
)
def test_more_figure_phrasings(
    text: str, expected: tuple[str, Comparator, str, str | None, str | None]
) -> None:
    assert reads(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "赤字率按3%计算",  # no budget arranging it
        "安排3亿元",  # no 拟: spent, not proposed
    ],
)
def test_planned_needs_a_proposed_arrangement(text: str) -> None:
    reading = read(text)
    assert reading is None or reading.rule != "planned"


def test_further_rules_read_traditional_characters() -> None:
    assert read("單位國內生產總值能耗繼續下降") is not None
    reading = read("國際收支基本平衡")
    assert reading is not None and reading.rule == "stable"
    reading = read("赤字率擬按3%安排")
    assert reading is not None and reading.rule == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level reached by a rise: the whole verb stays out of the name
        ("常住人口城镇化率提升至72%", ("count", C.AT_LEAST, "常住人口城镇化率", "72", "%")),
        ("森林覆盖率提高到45%", ("count", C.AT_LEAST, "森林覆盖率", "45", "%")),
        ("粮食产量增加到120万吨", ("count", C.AT_LEAST, "粮食产量", "120", "万吨")),
        ("人均收入升至5万元", ("count", C.AT_LEAST, "人均收入", "5", "万元")),
        # a level reached by a fall: a ceiling, whatever the indicator
        ("万元GDP能耗降低到0.3吨", ("count", C.AT_MOST, "万元GDP能耗", "0.3", "吨")),
        ("库存量下降至20万吨", ("count", C.AT_MOST, "库存量", "20", "万吨")),
        # signed figures keep their sign and leave it out of the name
        ("地区生产总值增长-2%以上", ("at_least", C.AT_LEAST, "地区生产总值增长", "-2", "%")),
        ("出口增长－3%以上", ("at_least", C.AT_LEAST, "出口增长", "-3", "%")),
    ],
)
def test_a_level_reached_and_a_signed_figure(
    text: str, expected: tuple[str, Comparator, str, str, str]
) -> None:
    assert reads(text) == expected
