"""Write a synthetic tzgoals dataset of N targets (one indicator each) for benchmarks.

Usage: python benchmarks/generate.py N DIR [--seed S] [--year Y] [--areas K] [--years T]
       python benchmarks/generate.py N DIR --panel PLACES [--seed S] [--year Y]

A million goals (python benchmarks/generate.py 1000000 DIR) take about 2.5 minutes here. The
text is written as it is made, never held whole (at a million goals the whole text took 4.5 GB;
written as made, 100,000 goals peak at 97 MB).

DIR/targets.toml and DIR/actuals.toml follow docs/data-format.md and pass every rule in
src/tzgoals/models.py: all nine comparators, units in several magnitudes of the same base
(亿元 and 万元, 人 and 万人), both polarities, percentage-point targets with a previous-year
baseline (sometimes missing), milestone and qualitative goals with yes/no results, about 20% of
targets without a result, and results flagged as estimates, lower bounds or approximate.

With `--years T`, the N targets are spread over the T years ending with Y: N/T indicators, each
with a target (and most with a result) every year, as `tzgoals history` reads them; one year
(the default) gives the same dataset as before the option existed.

With `--panel PLACES`, DIR becomes a panel (panel.toml, docs/panels.md) of PLACES places of
N targets each, every place a dataset as above in DIR/places/ID: one nation, then about 1% of
the places provinces, 10% prefectures and the rest counties, each under a place of the level
above, round-robin. 2,000 places of 50 targets hold the 100,000 goals of one dataset of N =
100,000, for comparing `tzgoals panel` with `tzgoals status` on the same number of goals.

The output is deterministic for a given N and seed. The TOML is written as text directly,
which is much faster than building dicts and serialising them at 100k targets.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

SOURCE_FILE = "synthetic_plan_and_review.txt"
MISSING_SHARE = 0.20  # targets with no result for their year
BASELINE_SHARE = 0.85  # pp_change targets whose indicator has a previous-year result
ESTIMATE_SHARE = 0.15
LOWER_BOUND_SHARE = 0.10
APPROXIMATE_SHARE = 0.05
NOTE_SHARE = 0.10

AREA_TITLES = (
    ("经济社会发展目标", "Headline economic and social goals"),
    ("突出扩量提质,着力打造产业创新高地", "Grow and upgrade industry and innovation"),
    ("突出项目攻坚,着力积蓄强劲发展动能", "Push major projects"),
    ("突出区域协调,着力增创开放融合优势", "Regional coordination and openness"),
    ("突出精建细管,着力彰显现代城市品质", "A modern city's quality"),
    ("突出强农惠农,着力推进乡村全面振兴", "Revitalise the countryside"),
    ("突出生态优先,着力守护美丽家园底色", "Ecology first"),
    ("突出共建共享,着力增强民生幸福质感", "People's well-being"),
    ("突出风险防控,着力提升社会治理效能", "Social governance"),
    ("突出改革创新,着力激发市场主体活力", "Reform and market vitality"),
)


def toml_str(text: str) -> str:
    """A TOML basic string; JSON's escapes are a subset of TOML's."""
    return json.dumps(text, ensure_ascii=False)


def num(value: float, places: int = 2) -> str:
    """A TOML number: an integer when whole, else a float with at most `places` decimals."""
    rounded = round(value, places)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.{places}f}".rstrip("0")


@dataclass
class Goal:
    """One indicator, its target and its results, as TOML key/value lines."""

    kind: str
    name: str
    name_en: str
    indicator_unit: str | None
    polarity: str
    comparator: str
    target: dict[str, str] = field(default_factory=dict)  # value, value_max, tolerance, unit
    target_phrase: str = ""
    actual: tuple[str, str | None] | None = None  # (value, unit), value "true"/"false" or a number
    actual_phrase: str = ""
    baseline: tuple[str, str] | None = None  # previous year's (value, unit)


Maker = Callable[[random.Random], Goal]


def growth_at_least(rng: random.Random) -> Goal:
    goal = rng.choice((5, 5.5, 6, 6.5, 7, 8, 10))
    actual = goal * rng.uniform(0.7, 1.3)
    name = rng.choice(("地区生产总值增长", "规上工业增加值增长", "一般公共预算收入增长"))
    return Goal(
        kind="growth",
        name=name,
        name_en="Growth rate",
        indicator_unit="%",
        polarity="higher",
        comparator="at_least",
        target={"value": num(goal), "unit": "%"},
        target_phrase=f"{name}{num(goal)}%",
        actual=(num(actual, 1), "%"),
        actual_phrase=f"{name}{num(actual, 1)}%",
    )


def firms_more_than(rng: random.Random) -> Goal:
    goal = rng.randrange(50, 500, 10)
    actual = int(goal * rng.uniform(0.8, 1.3))
    name = rng.choice(("新认定国家高新技术企业", "新增规上工业企业", "新增专精特新企业"))
    return Goal(
        kind="firms",
        name=name,
        name_en="New firms",
        indicator_unit="家",
        polarity="higher",
        comparator="more_than",
        target={"value": str(goal), "unit": "家"},
        target_phrase=f"{name}超{goal}家",
        actual=(str(actual), "家"),
        actual_phrase=f"{name}{actual}家",
    )


def rate_at_most(rng: random.Random) -> Goal:
    goal = rng.choice((3, 3.5, 4, 4.5, 5))
    actual = goal * rng.uniform(0.8, 1.15)
    name = rng.choice(("城镇调查失业率", "居民消费价格涨幅", "安全生产事故死亡率"))
    return Goal(
        kind="rate-max",
        name=name,
        name_en="Rate kept low",
        indicator_unit="%",
        polarity="lower",
        comparator="at_most",
        target={"value": num(goal), "unit": "%"},
        target_phrase=f"{name}控制在{num(goal)}%以内",
        actual=(num(actual, 1), "%"),
        actual_phrase=f"{name}{num(actual, 1)}%",
    )


def rate_less_than(rng: random.Random) -> Goal:
    goal = rng.choice((1, 2, 2.5, 3))
    actual = goal * rng.uniform(0.7, 1.2)
    name = rng.choice(("农村贫困发生率", "重点企业逾期贷款率", "不良贷款率"))
    return Goal(
        kind="rate-less",
        name=name,
        name_en="Rate below",
        indicator_unit="%",
        polarity="lower",
        comparator="less_than",
        target={"value": num(goal), "unit": "%"},
        target_phrase=f"{name}低于{num(goal)}%",
        actual=(num(actual, 2), "%"),
        actual_phrase=f"{name}{num(actual, 2)}%",
    )


def growth_between(rng: random.Random) -> Goal:
    low = rng.choice((4, 5, 5.5, 6))
    high = low + rng.choice((0.5, 1, 2))
    actual = rng.uniform(low - 1.5, high + 1.5)
    name = rng.choice(("社会消费品零售总额增长", "固定资产投资增长", "外贸进出口增长"))
    return Goal(
        kind="range",
        name=name,
        name_en="Growth within a range",
        indicator_unit="%",
        polarity="higher",
        comparator="between",
        target={"value": num(low), "value_max": num(high), "unit": "%"},
        target_phrase=f"{name}{num(low)}%至{num(high)}%",
        actual=(num(actual, 1), "%"),
        actual_phrase=f"{name}{num(actual, 1)}%",
    )


def money_about(rng: random.Random) -> Goal:
    goal = rng.randrange(100, 2000, 50)
    tolerance = rng.choice((5, 10, 20))
    polarity = rng.choice(("higher", "higher", "lower"))
    actual = goal * rng.uniform(0.9, 1.1)
    if rng.random() < 0.5:
        shown, unit = str(round(actual * 10000)), "万元"
    else:
        shown, unit = num(actual, 2), "亿元"
    name = "政府性债务余额" if polarity == "lower" else rng.choice(("工业投资", "服务业增加值"))
    return Goal(
        kind="money-about",
        name=name,
        name_en="Amount, about",
        indicator_unit="亿元",
        polarity=polarity,
        comparator="about",
        target={"value": str(goal), "tolerance": str(tolerance), "unit": "亿元"},
        target_phrase=f"{name}{goal}亿元左右",
        actual=(shown, unit),
        actual_phrase=f"{name}{shown}{unit}",
    )


def share_pp_change(rng: random.Random) -> Goal:
    polarity = rng.choice(("higher", "higher", "lower"))
    before = rng.uniform(20, 60)
    step = rng.choice((1, 2, 3, 0.5))
    required = step if polarity == "higher" else -step
    now = before + required * rng.uniform(0.3, 1.5)
    unit = rng.choice(("个百分点", "pp"))
    if polarity == "higher":
        name, verb = rng.choice(("战新产业产值占比", "高新技术产业产值占比")), "提升"
    else:
        name, verb = rng.choice(("煤炭消费占比", "传统产业产值占比")), "下降"
    return Goal(
        kind="share-pp",
        name=name,
        name_en="Share, change in points",
        indicator_unit="%",
        polarity=polarity,
        comparator="pp_change",
        target={"value": num(required), "unit": unit},
        target_phrase=f"{name}{verb}{num(step)}个百分点",
        actual=(num(now, 1), "%"),
        actual_phrase=f"{name}达{num(now, 1)}%",
        baseline=(num(before, 1), "%"),
    )


def money_level(rng: random.Random) -> Goal:
    goal_yi = rng.randrange(10, 1500, 5)
    indicator_unit = rng.choice(("亿元", "万元"))
    if rng.random() < 0.5:
        target_value, target_unit = str(goal_yi), "亿元"
    else:
        target_value, target_unit = str(goal_yi * 10000), "万元"
    actual_yi = goal_yi * rng.uniform(0.85, 1.2)
    if rng.random() < 0.5:
        actual_value, actual_unit = num(actual_yi, 2), "亿元"
    else:
        actual_value, actual_unit = str(round(actual_yi * 10000)), "万元"
    name = rng.choice(("地区生产总值", "一般公共预算收入", "实际利用外资", "社会消费品零售总额"))
    return Goal(
        kind="money",
        name=name,
        name_en="Amount",
        indicator_unit=indicator_unit,
        polarity="higher",
        comparator=rng.choice(("at_least", "more_than")),
        target={"value": target_value, "unit": target_unit},
        target_phrase=f"{name}达{target_value}{target_unit}",
        actual=(actual_value, actual_unit),
        actual_phrase=f"{name}{actual_value}{actual_unit}",
    )


def people_level(rng: random.Random) -> Goal:
    goal = rng.choice((0.8, 1, 1.2, 1.5, 2, 3.5))
    actual = round(goal * 10000 * rng.uniform(0.85, 1.2))
    if rng.random() < 0.7:
        actual_value, actual_unit = str(actual), "人"
    else:
        actual_value, actual_unit = num(actual / 10000, 2), "万人"
    name = rng.choice(("城镇新增就业", "新增技能人才", "引进各类人才"))
    return Goal(
        kind="people",
        name=name,
        name_en="People",
        indicator_unit="人",
        polarity="higher",
        comparator="at_least",
        target={"value": num(goal), "unit": "万人"},
        target_phrase=f"{name}{num(goal)}万人",
        actual=(actual_value, actual_unit),
        actual_phrase=f"{name}{actual_value}{actual_unit}",
    )


def count_level(rng: random.Random) -> Goal:
    goal = rng.randrange(5, 120)
    actual = int(goal * rng.uniform(0.7, 1.3))
    name = rng.choice(("新开工重大项目", "新实施制造业技改项目", "列入省市重大项目计划"))
    return Goal(
        kind="count",
        name=name,
        name_en="Projects",
        indicator_unit="个",
        polarity="higher",
        comparator="at_least",
        target={"value": str(goal), "unit": "个"},
        target_phrase=f"{name}{goal}个",
        actual=(str(actual), "个"),
        actual_phrase=f"{name}{actual}个",
    )


def milestone(rng: random.Random) -> Goal:
    done = rng.random() < 0.8
    name = rng.choice(
        ("建成跨江大桥", "设立境外招商联络处", "投运污水处理厂", "实现百亿级项目再突破")
    )
    return Goal(
        kind="milestone",
        name=name,
        name_en="Milestone",
        indicator_unit=None,
        polarity="higher",
        comparator="milestone",
        target={},
        target_phrase=name,
        actual=("true" if done else "false", None),
        actual_phrase=f"{name}{'已完成' if done else '尚未完成'}",
    )


def qualitative(rng: random.Random) -> Goal:
    achieved = rng.random() < 0.7
    name = rng.choice(("生态环境质量持续改善", "完成市下达节能减排任务", "综合排名争先进位"))
    return Goal(
        kind="qualitative",
        name=name,
        name_en="Qualitative goal",
        indicator_unit=None,
        polarity="higher",
        comparator="qualitative",
        target={},
        target_phrase=name,
        actual=("true" if achieved else "false", None),
        actual_phrase=f"{name},{'成效明显' if achieved else '仍有差距'}",
    )


#: Each kind with its weight: levels and growth rates dominate, as in real work plans.
MAKERS: tuple[tuple[Maker, int], ...] = (
    (growth_at_least, 16),
    (firms_more_than, 8),
    (rate_at_most, 6),
    (rate_less_than, 4),
    (growth_between, 6),
    (money_about, 6),
    (share_pp_change, 8),
    (money_level, 12),
    (people_level, 6),
    (count_level, 10),
    (milestone, 10),
    (qualitative, 8),
)


def quoted(source_line: str) -> list[str]:
    return [f"source = {toml_str(SOURCE_FILE)}", f"quote = {toml_str(source_line)}"]


def area_ids(count: int) -> list[str]:
    return ["headline", *(str(i) for i in range(1, count))]


def _same_indicator(first: Goal, maker: Maker, rng: random.Random) -> Goal:
    """Another year's goal on `first`'s indicator: the same kind, unit and polarity."""
    while True:
        goal = maker(rng)
        if (goal.indicator_unit, goal.polarity) == (first.indicator_unit, first.polarity):
            return replace(goal, name=first.name, name_en=first.name_en)


class Lines:
    """Lines written to a file as they are made, with a list's `+=` and `append`: a million
    goals' text is never held whole (the generator's peak memory was 4.5 GB at a million)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def append(self, line: str) -> None:
        self.out.write(line + "\n")

    def __iadd__(self, lines: Iterable[str]) -> Lines:
        self.out.writelines(line + "\n" for line in lines)
        return self


def generate(
    n: int,
    targets_out: TextIO,
    actuals_out: TextIO,
    seed: int = 2023,
    year: int = 2023,
    areas: int = 10,
    years: int = 1,
) -> None:
    """Write the text of targets.toml and actuals.toml for `n` targets over `years` years."""
    rng = random.Random(seed)
    makers = [maker for maker, _ in MAKERS]
    weights = [weight for _, weight in MAKERS]
    ids = area_ids(areas)
    targets = Lines(targets_out)
    targets += [
        "# Synthetic dataset for benchmarks (benchmarks/generate.py); not real figures.",
        "",
        "[dataset]",
        f'name = "合成数据集({n}项目标)"',
        f'name_en = "Synthetic dataset ({n} targets)"',
        "",
        "[[sources]]",
        f"file = {toml_str(SOURCE_FILE)}",
        'title = "合成工作计划与年度回顾"',
        'title_en = "Synthetic work plan and annual review"',
        f'published = "{year}-02"',
    ]
    all_years = list(range(year - years + 1, year + 1))
    for each_year in all_years:
        for index, area_id in enumerate(ids):
            title, title_en = AREA_TITLES[index % len(AREA_TITLES)]
            prefix = f"{index}. " if index else ""
            targets += [
                "",
                "[[areas]]",
                f"id = {toml_str(area_id)}",
                f"year = {each_year}",
                f"title = {toml_str(prefix + title)}",
                f"title_en = {toml_str(prefix + title_en)}",
                *quoted(f"{prefix}{title}。"),
            ]
    count = max(n // years, 1)
    chosen = [rng.choices(makers, weights)[0] for _ in range(count)] if years > 1 else []
    goals = [m(rng) for m in chosen] or [rng.choices(makers, weights)[0](rng) for _ in range(n)]
    indicator_ids = [f"ind-{i:06d}-{goal.kind}" for i, goal in enumerate(goals)]
    for indicator_id, goal in zip(indicator_ids, goals, strict=True):
        targets += [
            "",
            "[[indicators]]",
            f"id = {toml_str(indicator_id)}",
            f"name = {toml_str(goal.name)}",
            f"name_en = {toml_str(goal.name_en)}",
        ]
        if goal.indicator_unit is not None:
            targets.append(f"unit = {toml_str(goal.indicator_unit)}")
        targets.append(f"polarity = {toml_str(goal.polarity)}")
    actuals = Lines(actuals_out)
    actuals.append("# Synthetic results for benchmarks (benchmarks/generate.py); not real figures.")
    for each_year in all_years:
        yearly = goals
        if each_year != all_years[0]:
            yearly = [_same_indicator(g, m, rng) for g, m in zip(goals, chosen, strict=True)]
        first = each_year == all_years[0]
        _year_entries(targets, actuals, indicator_ids, yearly, each_year, ids, rng, first)


def _year_entries(
    targets: Lines,
    actuals: Lines,
    indicator_ids: list[str],
    goals: list[Goal],
    year: int,
    ids: list[str],
    rng: random.Random,
    first: bool,
) -> None:
    """One year's targets and results; the year before's baselines only for the first year,
    whose previous year no other year gives."""
    n = len(goals)
    for i, (indicator_id, goal) in enumerate(zip(indicator_ids, goals, strict=True)):
        area = ids[i * len(ids) // n]  # contiguous blocks, so areas come out in order
        targets += [
            "",
            "[[targets]]",
            f'id = "{year}-{indicator_id}"',
            f"indicator = {toml_str(indicator_id)}",
            f"year = {year}",
            f"area = {toml_str(area)}",
            f"comparator = {toml_str(goal.comparator)}",
        ]
        for key in ("value", "value_max", "tolerance"):
            if key in goal.target:
                targets.append(f"{key} = {goal.target[key]}")
        if "unit" in goal.target:
            targets.append(f"unit = {toml_str(goal.target['unit'])}")
        targets += [
            f"name = {toml_str(goal.name)}",
            f"name_en = {toml_str(goal.name_en)}",
            *quoted(f"{year}年,{goal.target_phrase}(第{i + 1}项)"),
        ]
        if rng.random() < NOTE_SHARE:
            targets.append(f"note = {toml_str('合成数据:口径与上年一致。')}")
        if goal.baseline is not None and rng.random() < BASELINE_SHARE and first:
            before, before_unit = goal.baseline
            actuals += [
                "",
                "[[actuals]]",
                f"indicator = {toml_str(indicator_id)}",
                f"year = {year - 1}",
                f"value = {before}",
                f"unit = {toml_str(before_unit)}",
                f"name = {toml_str(goal.name)}",
                *quoted(f"{year - 1}年,{goal.name}为{before}{before_unit}(第{i + 1}项)"),
            ]
        if goal.actual is None or rng.random() < MISSING_SHARE:
            continue
        value, unit = goal.actual
        actuals += [
            "",
            "[[actuals]]",
            f"indicator = {toml_str(indicator_id)}",
            f"year = {year}",
            f"value = {value}",
        ]
        if unit is not None:
            actuals.append(f"unit = {toml_str(unit)}")
            if rng.random() < ESTIMATE_SHARE:
                actuals.append("estimate = true")
            if goal.polarity == "higher" and rng.random() < LOWER_BOUND_SHARE:
                actuals.append("lower_bound = true")
            if rng.random() < APPROXIMATE_SHARE:
                actuals.append("approximate = true")
        actuals += [
            f"name = {toml_str(goal.name)}",
            f"name_en = {toml_str(goal.name_en)}",
            *quoted(f"{year}年,{goal.actual_phrase}(第{i + 1}项)"),
        ]


def write_dataset(
    n: int, directory: Path, seed: int = 2023, year: int = 2023, areas: int = 10, years: int = 1
) -> None:
    """Both files, each written under a temporary name and renamed when whole, so that a
    generator stopped half way leaves no dataset that `run.py` would take for a finished one."""
    directory.mkdir(parents=True, exist_ok=True)
    names = [directory / "targets.toml", directory / "actuals.toml"]
    partial = [path.with_name(path.name + ".partial") for path in names]
    with (
        partial[0].open("w", encoding="utf-8", newline="\n") as targets,
        partial[1].open("w", encoding="utf-8", newline="\n") as actuals,
    ):
        generate(n, targets, actuals, seed, year, areas, years)
    for written, name in zip(partial, names, strict=True):
        written.replace(name)


def panel_levels(places: int) -> list[tuple[str, str, str | None]]:
    """Each place's id, level and parent: a nation, ~1% provinces, ~10% prefectures, the rest
    counties, each under a place of the level above, taken in turn."""
    provinces = max(1, places // 100) if places > 1 else 0
    prefectures = max(1, places // 10) if places > 2 else 0
    prefectures = min(prefectures, max(places - 1 - provinces, 0))
    counties = max(places - 1 - provinces - prefectures, 0)
    levels: list[tuple[str, str, str | None]] = [("nation", "nation", None)]
    levels += [(f"p{i:04d}", "province", "nation") for i in range(provinces)]
    levels += [(f"c{i:05d}", "prefecture", f"p{i % provinces:04d}") for i in range(prefectures)]
    levels += [(f"x{i:06d}", "county", f"c{i % prefectures:05d}") for i in range(counties)]
    return levels


def write_panel(
    places: int, per_place: int, directory: Path, seed: int = 2023, year: int = 2023
) -> None:
    """A panel of `places` synthetic datasets of `per_place` targets each (see the docstring)."""
    directory.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Synthetic panel for benchmarks (benchmarks/generate.py --panel); not real places.",
        "[panel]",
        f'name = "合成面板({places}个地区)"',
        f'name_en = "Synthetic panel ({places} places)"',
    ]
    for index, (place, level, parent) in enumerate(panel_levels(places)):
        write_dataset(per_place, directory / "places" / place, seed + index, year, areas=3)
        lines += ["", "[[places]]", f'id = "{place}"', f'name = "地区{place}"']
        lines += [f'level = "{level}"', f'path = "places/{place}"']
        lines += [f'parent = "{parent}"'] if parent else []
    (directory / "panel.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of targets (and indicators)")
    parser.add_argument("directory", type=Path, help="folder to write the two files into")
    parser.add_argument("--seed", type=int, default=2023, help="random seed [2023]")
    parser.add_argument("--year", type=int, default=2023, help="year of the targets [2023]")
    parser.add_argument("--areas", type=int, default=10, help="work areas in the year [10]")
    parser.add_argument("--years", type=int, default=1, help="years of targets, ending Y [1]")
    parser.add_argument(
        "--panel", type=int, default=0, metavar="PLACES", help="a panel of PLACES places of N each"
    )
    args = parser.parse_args(argv)
    if args.panel:
        write_panel(args.panel, args.n, args.directory, args.seed, args.year)
        return 0
    if args.n < 1 or args.areas < 1 or args.years < 1:
        parser.error("N, --areas and --years must be at least 1")
    write_dataset(args.n, args.directory, args.seed, args.year, args.areas, args.years)
    return 0


if __name__ == "__main__":
    sys.exit(main())
