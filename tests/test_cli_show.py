"""`tzgoals show`: the quotes and arithmetic behind a met, a missed, an unreported goal."""

from __future__ import annotations

import io

from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.models import Dataset
from tzgoals.render.catalogue import Lang

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "200"})


def show(goal: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["show", goal, "--data", str(DATA), *args])
    return result.exit_code, result.stdout, result.stderr


def test_missed_goal_shows_its_arithmetic_and_both_quotes() -> None:
    code, out, _ = show("2023-major-projects-started")
    assert code == 0
    assert "27个 < 30个 → missed, 90.0% attained, 3个 short" in out
    assert "“全年新开工重大项目30个”" in out
    assert "康辉新材料、康源电路等27个重大项目开工建设" in out
    assert "19个" in out  # the previous year's figure


def test_met_goal_shows_flags() -> None:
    code, out, _ = show("2023-gdp-growth")
    assert code == 0
    assert "6.5% ≥ 6%" in out
    assert "→ met, 108.3% attained, 0.5 pp to spare" in out
    assert "estimate, lower bound" in out


def test_unreported_goal_says_so_and_gives_the_note() -> None:
    code, out, _ = show("2023-tongzhou-bridge-built")
    assert code == 0
    assert "not reported in the sources" in out
    assert "全线贯通" in out


def test_no_baseline_goal() -> None:
    code, out, _ = show("2023-leading-industries-output-share")
    assert code == 0
    assert "no baseline: no 2022 result for this indicator → unreported" in out
    assert "42.1%" in out


def test_unknown_id_lists_the_closest() -> None:
    code, _, err = show("2023-major-project-started")
    assert code == 2
    assert "Closest ids: 2023-major-projects-started" in err
    code, _, err = show("2023-major-project-started", "--lang", "zh")
    assert code == 2
    assert (
        "没有 id 为 '2023-major-project-started' 的目标。最接近的 id：2023-major-projects-started"
        in err
    )
    assert "Closest" not in err


GUANGDONG = DATA.parent / "tests" / "datasets" / "guangdong-2023"


def test_each_quote_is_cited_with_title_publisher_date_and_url() -> None:
    result = runner.invoke(app, ["show", "2023-gdp-growth", "--data", str(GUANGDONG)])
    assert result.exit_code == 0
    lines = [line.strip() for line in result.stdout.splitlines()]
    quote = lines.index("“地区生产总值增长5%以上”")
    cited = ""
    for line in lines[quote + 1 : quote + 4]:
        # a line may break between two Chinese characters, where no space was
        between_han = cited[-1:] >= "\u4e00" and line[:1] >= "\u4e00"
        cited += ("" if between_han or not cited else " ") + line
    assert cited.startswith(
        "— 广东省政府工作报告(2023年1月12日,省长王伟中):新华网报道 (Guangdong Government Work "
        "Report 2023 (Governor Wang Weizhong): a Xinhuanet report of its main targets, on Sina "
        "Guangdong) · 新华网 (Xinhuanet), on 新浪广东 (gd.sina.com.cn) · 2023-01-12 · "
        "http://gd.sina.com.cn/news/2023-01-12/detail-imxzxpam5839054.shtml · "
        "retrieved 2026-12-01 · gd-2023-targets.txt"
    )


def test_a_source_without_a_url_is_cited_without_one() -> None:
    code, out, _ = show("2023-major-projects-started")
    assert code == 0
    assert "— 通州:争当全市高质量发展排头兵 (Tongzhou: striving to lead the city in" in out
    assert "· 2023-02 · retrieved 2026-11-23 · 000_ba23479a29e53de9.txt" in out
    assert "http" not in out


def test_a_comparison_stays_on_one_line_at_any_width() -> None:
    for width in ("30", "40", "50", "80"):
        result = runner.invoke(
            app, ["show", "2023-new-national-high-tech-firms", "--data", str(DATA)],
            env={"COLUMNS": width},
        )  # fmt: skip
        assert "179家 > 150家" in result.stdout, width


def test_a_very_long_name_is_cut_before_it_is_laid_out(dataset: Dataset) -> None:
    """Rich crops a line in time that grows with the square of its length; `show` hands it
    no text longer than SHOW_LIMIT, so a name of millions of characters is quick to show."""
    from rich.console import Console

    from tzgoals.lookup import goal_detail
    from tzgoals.render.detail import SHOW_LIMIT, detail_view

    found = goal_detail(dataset, "2023-gdp-growth")
    result = found.result
    long_name = "龘" * 3_000_000
    target = result.target.model_copy(update={"name": long_name, "note": "靐" * 3_000_000})
    detail = found._replace(result=result._replace(target=target))
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(detail_view(detail, Lang.EN, dataset.sources))
    shown = console.export_text()
    assert shown.count("龘") == SHOW_LIMIT - 1 and shown.count("靐") == SHOW_LIMIT - 1
    assert "龘…" in shown and "靐…" in shown
