"""The frame of a page: Jinja2 with autoescape, both languages, the assets inlined, sources.

Jinja2 escapes every value it writes (autoescape); the page's CSS and JS are inlined, and its
Content-Security-Policy allows no request at all and no script but the page's own, by hash.
A name such as `<script>…</script>` is shown as text, and would not run if it were not. Every
text is given in English and Chinese (`Both`); the page's switch shows one or the other.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from tzgoals.models import Actual, DatasetInfo, Source
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.catalogue.en import WORDS as EN
from tzgoals.render.catalogue.zh import WORDS as ZH
from tzgoals.render.figures import (
    FLAG_MARKS,
    figure_text,
)
from tzgoals.score import flags_of
from tzgoals.tabular import normalised as fmt
from tzgoals.vocabulary import Flag

if TYPE_CHECKING:
    pass

#: What the page lets a browser fetch: nothing. Styles are inline; the one script is allowed
#: by its hash; the only image is the empty data: favicon that stops a request for one.

#: What the page lets a browser fetch: nothing. Styles are inline; the one script is allowed
#: by its hash; the only image is the empty data: favicon that stops a request for one.
CSP = (
    "default-src 'none'; script-src '{script}'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
LINK_SCHEMES = ("https://", "http://")


class Both(NamedTuple):
    """A text in English and in Chinese; the page shows the one the reader chose."""

    en: str
    zh: str


def each(text: Callable[[Lang], str]) -> Both:
    return Both(text(Lang.EN), text(Lang.ZH))


@cache
def both(key: str, **values: str | int) -> Both:
    """A catalogue text in both languages; the same few are asked for on every goal's row."""
    return each(lambda lang: label(key, lang, **values))


@cache
def year_heading(key: str, year: int) -> Both:
    return each(lambda lang: f"{label(key, lang)} {year}")


@lru_cache(maxsize=4096)
def bilingual(text: Both) -> Markup:
    """Both texts, each marked with its language, for CSS to show one; one text if they agree.

    Each is escaped here, as autoescape would: this filter runs for nearly every cell, and the
    same texts (headings, status words) recur on every row, hence the cache."""
    if text.en == text.zh:
        return escape(text.en)
    return Markup(
        f'<span class="t" lang="en">{escape(text.en)}</span>'
        f'<span class="t" lang="zh">{escape(text.zh)}</span>'
    )


def text_lang(text: str) -> str:
    """The language of a note the data does not label: Chinese when Han characters outnumber
    Latin letters (an English note may quote Chinese terms)."""
    if not text:
        return "en"
    han = sum("\u3400" <= c <= "\u9fff" for c in text)
    latin = sum(c.isascii() and c.isalpha() for c in text)
    return "zh" if han > latin else "en"


def note_text(note: str, note_en: str) -> tuple[Both, str]:
    """A note in both languages, each side the other's text when the data gives one only; and
    that one text's language, for the page to mark it, or "" when each side marks its own."""
    text = Both(note_en or note, note or note_en)
    return text, text_lang(text.en) if text.en == text.zh else ""


def link(url: str) -> str:
    """A source's URL when it is a web address; anything else (javascript:…) is not a link."""
    return url if url.lower().startswith(LINK_SCHEMES) else ""


class SourceView(NamedTuple):
    """A document as the sources list gives it; quotes cite it by `short`, its title in the
    language shown, linked to that entry (`anchor`) and to its URL."""

    file: str
    anchor: str
    short: Both
    published_date: str
    title: str
    title_en: str
    publisher: str
    published: Both | None
    retrieved: Both | None
    url: str
    shown_url: str
    sha256: str
    cite: Markup


class FigureView(NamedTuple):
    """A reported figure with its quote: the goal's own, a related measure's, or last year's."""

    heading: Both
    figure: Both
    lead: Both | None
    qualifiers: Both | None
    quote: str
    source: SourceView
    derivation: Both
    derivation_lang: str
    note: Both
    note_lang: str


class Sources:
    """Each cited file's view, made once; a file not listed under [[sources]] is its own title."""

    def __init__(self, listed: dict[str, Source]) -> None:
        self.listed = listed
        self.views: dict[str, SourceView] = {}

    def __getitem__(self, file: str) -> SourceView:
        view = self.views.get(file)
        if view is None:
            position = list(self.listed).index(file) + 1 if file in self.listed else 0
            view = source_view(self.listed.get(file), file, position)
            view = self.views[file] = view._replace(cite=macro("cite")(view, words_both()))
        return view

    def all(self) -> list[SourceView]:
        return [self[file] for file in self.listed]


def source_view(source: Source | None, file: str, position: int) -> SourceView:
    """`position` counts listed sources from 1; 0 for a file not listed, which has no entry."""
    if source is None:
        return SourceView(
            file, "", Both(file, file), "", file, "", "", None, None, "", "", "", Markup()
        )
    url = link(source.url)
    return SourceView(
        file=source.file,
        anchor=f"source-{position}",
        short=Both(source.title_en or source.title, source.title),
        published_date=source.published,
        title=source.title,
        title_en=source.title_en,
        publisher=source.publisher,
        published=both("html.published", date=source.published) if source.published else None,
        retrieved=(
            both("html.retrieved", date=source.retrieved.isoformat()) if source.retrieved else None
        ),
        url=url,
        shown_url=source.url if not url else "",
        sha256=source.sha256,
        cite=Markup(),
    )


def _qualifiers(actual: Actual) -> Both | None:
    if not (actual.is_estimate or actual.lower_bound or actual.approximate):
        return None
    return qualifiers_text(flags_of(actual))


@cache
def qualifiers_text(flags: tuple[Flag, ...]) -> Both:
    return each(
        lambda lang: label(
            "html.qualifiers",
            lang,
            flags=label("list", lang).join(label(f"qualifier.{f}", lang) for f in flags),
        )
    )


def figure_view(
    heading: Both, actual: Actual, sources: Sources, lead: Both | None = None
) -> FigureView:
    note, note_lang = note_text(actual.note, actual.note_en)
    derivation, derivation_lang = note_text(actual.derivation, actual.derivation_en)
    return FigureView(
        heading=heading,
        figure=each(lambda lang: figure_text(actual, lang)),
        lead=lead,
        qualifiers=_qualifiers(actual),
        quote=actual.quote,
        source=sources[actual.source],
        derivation=derivation,
        derivation_lang=derivation_lang,
        note=note,
        note_lang=note_lang,
    )


def sort_key(value: Decimal | bool | None) -> str:
    """A figure as a sort key: plain digits, empty for none (sorted last) and for yes/no."""
    return fmt(value) if isinstance(value, Decimal) else ""


def legend(flags: Iterable[Flag]) -> list[Both]:
    present = set(flags)
    return [both(f"mark.{flag}") for flag in FLAG_MARKS if flag in present]


# ---------------------------------------------------------------- the page


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("tzgoals.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # A page ends in a line break like every other output, so that a terminal's prompt
        # does not start on its last line.
        keep_trailing_newline=True,
    )
    env.filters["t"] = bilingual
    return env


@cache
def asset(name: str) -> str:
    return (resources.files("tzgoals.render") / "templates" / name).read_text(encoding="utf-8")


def _css_string(text: str) -> str:
    """A CSS string literal whose text cannot close the style element or the string."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return f'"{escaped}"'


def cell_labels_css(table: str, labels: dict[int, Both]) -> str:
    """On a phone a row is a card, and CSS labels its cells (by column number) in the language
    shown: the labels are written once here rather than in every row."""
    rules = [
        f':root[data-ui="{lang}"] .{table} td:nth-child({column})::before'
        f"{{content:{_css_string(getattr(text, lang))}}}"
        for lang in ("en", "zh")
        for column, text in labels.items()
    ]
    return "@media (max-width: 60rem) {" + "".join(rules) + "}"


@cache
def words_both() -> dict[str, Both]:
    return {key: Both(EN[key], ZH[key]) for key in EN}


def macro(name: str) -> Callable[..., Markup]:
    """A macro of the shared template, for a piece made once and used on many rows."""
    module = environment().get_template("macros.html.j2").module
    found: Callable[..., Markup] = getattr(module, name)
    return found


def page_title(info: DatasetInfo, what: Both) -> Both:
    """The dataset's name in the language shown (Chinese when it has no English one): what."""
    return each(
        lambda lang: label(
            "html.title",
            lang,
            name=info.name_en if lang is Lang.EN and info.name_en else info.name,
            what=getattr(what, lang.value),
        )
    )


def render_page(
    template: str, lang: Lang, generated: datetime, labels: str, **context: object
) -> str:
    script = asset("page.js")
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    stamp = generated.isoformat(timespec="seconds")
    page = environment().get_template(template)
    # A text file ends in a line end: a page printed to a terminal leaves the prompt on a
    # line of its own.
    return (
        page.render(
            lang=lang.value,
            w=words_both(),
            csp=CSP.format(script=f"sha256-{digest}"),
            css=Markup(asset("page.css") + labels),
            js=Markup(script),
            generated=stamp,
            generated_text=both("html.generated", time=stamp),
            **context,
        ).rstrip("\n")
        + "\n"
    )
