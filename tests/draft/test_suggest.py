"""suggest: a review's passages ranked for targets without a result."""

from __future__ import annotations

import shlex
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tzgoals.draft.suggest import ScopeWarning, Suggestion, bigrams, record_command, suggest
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.models import Dataset, Indicator, Target
from tzgoals.render.safe import UNSAFE
from tzgoals.vocabulary import Flag

from ..conftest import DATA, REPO

REVIEW = "002_c9cf574e7d5a74e2.txt"


@pytest.fixture(scope="module")
def tongzhou(dataset: Dataset) -> dict[str, Suggestion]:
    text = (DATA / "sources" / REVIEW).read_text(encoding="utf-8")
    targets = [t for t in dataset.targets if t.year == 2023]
    return {s.target: s for s in suggest(text, targets, dataset.indicators, REVIEW)}


@pytest.mark.parametrize(
    ("target", "quote", "value", "flags"),
    [
        (
            "2023-gdp-growth",
            "通州预计实现地区生产总值1730亿元,同比增长6.5%以上",
            "6.5",
            (Flag.ESTIMATE, Flag.LOWER_BOUND),
        ),
        (
            "2023-budget-revenue-growth",
            "一般公共预算收入75亿元,增长11.1%",
            "11.1",
            (Flag.ESTIMATE,),
        ),
        ("2023-new-national-high-tech-firms", "新认定高新技术企业179家", "179", ()),
        ("2023-major-projects-started", "康辉新材料、康源电路等27个重大项目开工建设", "27", ()),
        (
            "2023-leading-industries-output-share",
            "通州‘一主一新一智’三大主导产业的产值占比达42.1%",
            "42.1",
            (),
        ),
    ],
)
def test_the_recorded_result_comes_first(
    tongzhou: dict[str, Suggestion], target: str, quote: str, value: str, flags: tuple[Flag, ...]
) -> None:
    best = tongzhou[target].candidates[0]
    assert (best.quote, best.value, best.flags) == (quote, Decimal(value), flags)


def test_scope_words_that_differ_are_warnings(tongzhou: dict[str, Suggestion]) -> None:
    little_giants = tongzhou["2023-new-little-giant-firms"].candidates[0]
    assert little_giants.value == 6
    assert ScopeWarning("国家级", "passage") in little_giants.warnings
    assert ScopeWarning("新增", "passage") in little_giants.warnings
    assert "国家" not in {w.word for w in little_giants.warnings}  # part of 国家级
    talent = tongzhou["2023-high-level-innovation-talent"].candidates[0]
    assert {ScopeWarning("引进", "passage"), ScopeWarning("引培", "target")} <= set(talent.warnings)
    bridge = tongzhou["2023-tongzhou-bridge-built"].candidates[0]
    assert (bridge.quote, bridge.value, bridge.unit) == ("正场大桥、通州大桥全线贯通", True, None)
    assert {ScopeWarning("建成", "target"), ScopeWarning("贯通", "passage")} <= set(bridge.warnings)
    assert str(ScopeWarning("建成", "target")) == "建成: target only"  # as JSON lists it


def test_only_figures_in_a_fitting_unit_are_offered(
    tongzhou: dict[str, Suggestion], dataset: Dataset
) -> None:
    for target in dataset.targets:
        unit = dataset.indicators[target.indicator].unit
        for candidate in tongzhou[target.id].candidates:
            assert (candidate.unit is None) == (unit is None)


def test_candidates_are_best_first_and_at_most_three(tongzhou: dict[str, Suggestion]) -> None:
    for suggestion in tongzhou.values():
        scores = [c.score for c in suggestion.candidates]
        assert len(scores) <= 3
        assert scores == sorted(scores, reverse=True)


def test_the_record_command_parses_back_to_the_candidate(tongzhou: dict[str, Suggestion]) -> None:
    best = tongzhou["2023-gdp-growth"].candidates[0]
    assert shlex.split(best.record) == [
        "tzgoals",
        "record",
        "gdp-growth",
        "6.5",
        "--year",
        "2023",
        "--unit",
        "%",
        "--source",
        REVIEW,
        "--quote",
        "通州预计实现地区生产总值1730亿元,同比增长6.5%以上",
        "--estimate",
        "--lower-bound",
    ]


def test_record_command_quotes_for_the_shell() -> None:
    command = record_command("x", True, None, 2023, "a b.txt", "it's “quoted”", [Flag.APPROXIMATE])
    assert shlex.split(command) == [
        "tzgoals",
        "record",
        "x",
        "true",
        "--year",
        "2023",
        "--source",
        "a b.txt",
        "--quote",
        "it's “quoted”",
        "--approximate",
    ]


def _target(id_: str, indicator: str, name: str, unit: str | None, comparator: str) -> Target:
    figure = {"value": 1, "unit": unit} if unit else {}
    tolerance = {"tolerance": 0} if comparator == "about" else {}
    return Target.model_validate(
        {"id": id_, "indicator": indicator, "year": 2022, "area": "a", "comparator": comparator}
        | figure
        | tolerance
        | {"name": name, "source": "s", "quote": "q"}
    )


def test_national_2022_results_against_its_targets() -> None:
    """The 2023 report on 2022, against the 2022 targets: each result is the top candidate."""
    review = (
        "过去一年,我国经济发展遇到疫情等国内外多重超预期因素冲击。全年国内生产总值增长3%,"
        "城镇新增就业1206万人,年末城镇调查失业率降到5.5%,居民消费价格上涨2%。"
        "货物进出口总额增长7.7%。粮食产量1.37万亿斤,增产74亿斤。生态环境质量持续改善。"
    )
    indicators = {
        "gdp-growth": Indicator(id="gdp-growth", name="国内生产总值增长", unit="%"),
        "jobs": Indicator(id="jobs", name="城镇新增就业", unit="人"),
        "unemployment": Indicator(id="unemployment", name="城镇调查失业率", unit="%"),
        "cpi": Indicator(id="cpi", name="居民消费价格涨幅", unit="%"),
        "grain": Indicator(id="grain", name="粮食产量", unit="斤"),
        "environment": Indicator(id="environment", name="生态环境质量持续改善"),
    }
    targets = [
        _target("t1", "gdp-growth", "国内生产总值增长", "%", "about"),
        _target("t2", "jobs", "城镇新增就业", "万人", "at_least"),
        _target("t3", "unemployment", "城镇调查失业率", "%", "at_most"),
        _target("t4", "cpi", "居民消费价格涨幅", "%", "about"),
        _target("t5", "grain", "粮食产量", "万亿斤", "at_least"),
        _target("t6", "environment", "生态环境质量持续改善", None, "qualitative"),
    ]
    best = {s.target: s.candidates[0] for s in suggest(review, targets, indicators, "gwr-2023.txt")}
    assert {k: (c.value, c.unit) for k, c in best.items()} == {
        "t1": (Decimal(3), "%"),
        "t2": (Decimal(1206), "万人"),
        "t3": (Decimal("5.5"), "%"),
        "t4": (Decimal(2), "%"),
        "t5": (Decimal("1.37"), "万亿斤"),
        "t6": (True, None),
    }


def test_a_passage_of_another_year_scores_lower() -> None:
    indicators = {"g": Indicator(id="g", name="地区生产总值增长", unit="%")}
    target = _target("t", "g", "地区生产总值增长", "%", "at_least")
    text = "2021年地区生产总值增长8%。2022年地区生产总值增长3%。"
    [suggestion] = suggest(text, [target], indicators, "r.txt")
    assert [c.value for c in suggestion.candidates] == [Decimal(3), Decimal(8)]


def test_nothing_below_the_minimum_score_is_offered() -> None:
    indicators = {"g": Indicator(id="g", name="地区生产总值增长", unit="%")}
    target = _target("t", "g", "地区生产总值增长", "%", "at_least")
    [suggestion] = suggest("企业利润率为12%。", [target], indicators, "r.txt")
    assert suggestion.candidates == ()


def test_bigrams() -> None:
    assert bigrams("高新技术") == frozenset({"高新", "新技", "技术"})
    assert bigrams("高") == frozenset()


def test_another_name_of_a_standard_indicator_finds_its_result() -> None:
    """The plan wrote GDP增长, the review 地区生产总值…增长; 规上 is 规模以上."""
    indicators = {
        "g": Indicator(id="g", name="GDP增长", unit="%"),
        "i": Indicator(id="i", name="规模以上工业增加值增长", unit="%"),
    }
    targets = [
        _target("t1", "g", "GDP增长", "%", "at_least"),
        _target("t2", "i", "规模以上工业增加值增长", "%", "at_least"),
    ]
    review = "2022年工作回顾。全市地区生产总值 3.46 万亿元、增长 6.0%。规上工业增加值增长 6.2%。"
    best = {s.target: s.candidates[0] for s in suggest(review, targets, indicators, "r.txt")}
    assert (best["t1"].value, best["t2"].value) == (Decimal("6.0"), Decimal("6.2"))
    assert not [w for w in best["t2"].warnings if "规" in w]  # one measure, two spellings


def test_next_year_s_targets_in_a_review_are_not_offered() -> None:
    """A review of 2022 lists the 2023 targets after its results: they are not results."""
    indicators = {"g": Indicator(id="g", name="地区生产总值增长", unit="%")}
    target = _target("t", "g", "地区生产总值增长", "%", "at_least")
    review = (
        "●2022年地区生产总值达到12万亿元、增长4.8%;\n"
        "2023年经济社会发展\n报告提出,今年的主要预期目标是:\n◆地区生产总值增长5%;\n"
    )
    [suggestion] = suggest(review, [target], indicators, "r.txt")
    assert [c.quote for c in suggestion.candidates] == ["2022年地区生产总值达到12万亿元、增长4.8%"]


def _grain_and_gdp() -> tuple[list[Target], dict[str, Indicator]]:
    indicators = {
        "g": Indicator(id="g", name="地区生产总值增长", unit="%"),
        "grain": Indicator(id="grain", name="粮食产量", unit="吨"),
    }
    targets = [
        _target("t1", "g", "地区生产总值增长", "%", "at_least"),
        _target("t2", "grain", "粮食产量", "万吨", "at_least"),
    ]
    return targets, indicators


@pytest.mark.parametrize(
    "review",
    [
        # announced without a year: the words of the introduction say what follows is a target
        "全年地区生产总值增长4.8%,粮食产量1250万吨。"
        "主要预期目标是:地区生产总值增长5%左右;粮食产量1270万吨。",
        "报告指出:\n●地区生产总值增长4.8%;\n●粮食产量1250万吨。\n"
        "报告提出,主要预期目标是:\n◆地区生产总值增长5%;\n◆粮食产量1270万吨。\n",
        "地区生产总值增长4.8%,粮食产量1250万吨。力争地区生产总值增长5%,确保粮食产量1270万吨。",
        # a later year: a forecast for it, or the year named
        "地区生产总值增长4.8%,粮食产量1250万吨。预计2023年地区生产总值增长5%,粮食产量1270万吨。",
        "2022年地区生产总值增长4.8%,粮食产量1250万吨。2023年地区生产总值增长5%,粮食产量1270万吨。",
    ],
    ids=["a list in a sentence", "a marked list", "strive, ensure", "a forecast", "a later year"],
)
def test_a_target_the_review_states_is_never_a_candidate(review: str) -> None:
    targets, indicators = _grain_and_gdp()
    found = {s.target: s.candidates for s in suggest(review, targets, indicators, "r.txt")}
    assert [c.value for c in found["t1"]] == [Decimal("4.8")]
    assert [c.value for c in found["t2"]] == [Decimal(1250)]


def test_a_sentence_saying_the_targets_were_met_still_reports_results() -> None:
    targets, indicators = _grain_and_gdp()
    review = "全年主要目标任务圆满完成,地区生产总值增长5.2%,完成全年目标的102%。"
    found = {s.target: s.candidates for s in suggest(review, targets, indicators, "r.txt")}
    assert found["t1"][0].value == Decimal("5.2")


def test_guangdong_s_review_offers_none_of_its_2024_targets_as_2023_results() -> None:
    """The README's example: the review lists the 2024 targets after the 2023 results."""
    folder = REPO / "tests" / "datasets" / "guangdong-2023"
    dataset = load_dataset(DataPaths(folder / "targets.toml", folder / "actuals.toml"))
    text = (folder / "sources" / "gd-2024-review.txt").read_text(encoding="utf-8")
    targets_listed = text[text.index("2024年广东经济社会发展") :]
    targets = [t for t in dataset.targets if t.year == 2023]
    found = {s.target: s for s in suggest(text, targets, dataset.indicators, "gd.txt")}
    offered = [c.quote for s in found.values() for c in s.candidates]
    assert offered  # the 2023 results are still found
    assert not [q for q in offered if q in targets_listed]
    assert found["2023-gdp-growth"].candidates[0].value == Decimal("4.8")
    assert found["2023-grain-output"].candidates == ()  # the review reports no 2023 harvest


def test_this_year_in_a_review_is_the_next_year() -> None:
    indicators = {"g": Indicator(id="g", name="地区生产总值增长", unit="%")}
    target = _target("t", "g", "地区生产总值增长", "%", "at_least")
    review = "今年地区生产总值增长5%以上。过去一年,地区生产总值增长5.8%。"
    [suggestion] = suggest(review, [target], indicators, "r.txt")
    assert suggestion.candidates[0].value == Decimal("5.8")


def test_a_passage_holding_a_control_character_is_not_a_candidate() -> None:
    """`record` would refuse it as a quote; the clean passages of the review are still offered."""
    targets, indicators = _grain_and_gdp()
    review = (
        "地区生产总值增长\x1b[31m4.8%。粮食产量\u202e1250万吨。粮食产量1260\x9b万吨。"
        "全年粮食产量1240万吨。"
    )
    found = {s.target: s.candidates for s in suggest(review, targets, indicators, "r.txt")}
    assert found["t1"] == ()
    assert [c.quote for c in found["t2"]] == ["全年粮食产量1240万吨"]


_CONTROLS = st.sampled_from(["\x1b", "\x07", "\x7f", "\x9b", "\u202e", "\u2066", "\r"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0), _CONTROLS), min_size=1, max_size=6))
def test_no_candidate_carries_a_control_character(inserted: list[tuple[int, str]]) -> None:
    review = list("通州预计实现地区生产总值1730亿元,同比增长6.5%以上。新认定高新技术企业179家。")
    for position, character in inserted:
        review.insert(position % (len(review) + 1), character)
    targets, indicators = _grain_and_gdp()
    indicators["firms"] = Indicator(id="firms", name="新认定高新技术企业", unit="家")
    targets += [_target("t3", "firms", "新认定高新技术企业", "家", "at_least")]
    for suggestion in suggest("".join(review), targets, indicators, "r.txt"):
        for candidate in suggestion.candidates:
            assert not UNSAFE.search(candidate.quote + candidate.record)
