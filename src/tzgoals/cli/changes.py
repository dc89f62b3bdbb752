"""What `diff` writes in each format: the change of indicators or of targets between two
years, or, with nothing to compare, why not (an empty document of the format for a program)."""

from typing import TYPE_CHECKING

from tzgoals.cli.output import fail, generated_at, say, show_renderable, write_chunks
from tzgoals.render import OutputFormat
from tzgoals.render.catalogue import Lang, label

if TYPE_CHECKING:
    from tzgoals.change import YearChoice
    from tzgoals.models import Dataset

NO_TARGETS_PAGE = "diff --of targets has no html format: give table, csv, json or markdown."


def say_nothing_to_compare(
    dataset: "Dataset", choice: "YearChoice", output_format: OutputFormat, lang: Lang
) -> None:
    """Why there is no change to show: to a person, on stdout; to a program (csv, json,
    html), on stderr, with an empty document of the format asked for on stdout."""
    from tzgoals.render.html.page import each

    def sentence(in_lang: Lang) -> str:
        listed = label("list", in_lang).join(map(str, choice.known)) or label("no years", in_lang)
        what = label(f"what.{choice.what}", in_lang)
        return label("nothing to compare", in_lang, what=what, years=listed)

    match output_format:
        case OutputFormat.TABLE | OutputFormat.MARKDOWN:
            say(sentence(lang))
        case OutputFormat.CSV | OutputFormat.JSON:
            from tzgoals.render.machine import render_rows
            from tzgoals.render.rows import DIFF_FIELDS, TARGET_DIFF_FIELDS

            fields = TARGET_DIFF_FIELDS if choice.what == "targets" else DIFF_FIELDS
            say(sentence(lang), err=True)
            write_chunks(render_rows([], fields, output_format))
        case OutputFormat.HTML:
            from tzgoals.render.html import no_changes_html

            say(sentence(lang), err=True)
            write_chunks([no_changes_html(dataset, each(sentence), lang, generated_at())])


def show_indicator_changes(
    dataset: "Dataset",
    from_year: int,
    to_year: int,
    output_format: OutputFormat,
    lang: Lang,
    title: str,
) -> None:
    from tzgoals.change import diff_years

    changes = diff_years(dataset, from_year, to_year)
    match output_format:
        case OutputFormat.TABLE:
            from tzgoals.render.diff import diff_view

            show_renderable(diff_view(title, changes, from_year, to_year, lang))
        case OutputFormat.HTML:
            from tzgoals.render.html import diff_html

            write_chunks([diff_html(dataset, changes, from_year, to_year, lang, generated_at())])
        case OutputFormat.MARKDOWN:
            from tzgoals.render.markdown import diff_report

            write_chunks(diff_report(title, changes, from_year, to_year, lang))
        case OutputFormat.CSV | OutputFormat.JSON:
            from tzgoals.render.machine import render_rows
            from tzgoals.render.rows import DIFF_FIELDS, diff_rows

            write_chunks(render_rows(diff_rows(changes), DIFF_FIELDS, output_format))


def show_target_changes(
    dataset: "Dataset",
    from_year: int,
    to_year: int,
    output_format: OutputFormat,
    lang: Lang,
    title: str,
) -> None:
    from tzgoals.change import diff_targets

    pairs = diff_targets(dataset, from_year, to_year)
    match output_format:
        case OutputFormat.TABLE:
            from tzgoals.render.diff import target_changes_view

            show_renderable(target_changes_view(title, pairs, from_year, to_year, lang))
        case OutputFormat.MARKDOWN:
            from tzgoals.render.markdown import target_changes_report

            write_chunks(target_changes_report(title, pairs, from_year, to_year, lang))
        case OutputFormat.CSV | OutputFormat.JSON:
            from tzgoals.render.machine import render_rows
            from tzgoals.render.rows import TARGET_DIFF_FIELDS, target_diff_rows

            rows = target_diff_rows(pairs, from_year, to_year)
            write_chunks(render_rows(rows, TARGET_DIFF_FIELDS, output_format))
        case OutputFormat.HTML:
            fail(NO_TARGETS_PAGE)  # refused by diff before reading; here for the match
