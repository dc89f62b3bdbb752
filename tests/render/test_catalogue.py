"""The two catalogues: the same keys, and the same named places in each text."""

from __future__ import annotations

import string

from tzgoals.render.catalogue.en import WORDS as EN
from tzgoals.render.catalogue.zh import WORDS as ZH


def places(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_catalogues_have_the_same_keys_in_the_same_order() -> None:
    assert list(EN) == list(ZH)


def test_each_text_takes_the_same_values_in_both_languages() -> None:
    differ = {key: (places(EN[key]), places(ZH[key])) for key in EN}
    assert {k: v for k, v in differ.items() if v[0] != v[1]} == {}


def test_the_page_words_are_translated_but_the_language_names() -> None:
    """Each language is named in its own tongue on both pages' switch."""
    page = [key for key in EN if key.startswith("html.")]
    same = {key for key in page if EN[key] == ZH[key]}
    assert same == {"html.lang.en", "html.lang.zh"}
