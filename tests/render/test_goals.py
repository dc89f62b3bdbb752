"""Goals as a reader is shown them: the short titles of a narrow table."""

import re

from hypothesis import given
from hypothesis import strategies as st

from tzgoals.render.goals import first_clause, short_titles

#: Text made mostly of the marks that end a clause, so that most examples hold several.
_TITLES = st.text(alphabet=st.sampled_from(list(":：,，;；ab 增长①")), max_size=12)


@given(_TITLES)
def test_first_clause_ends_at_the_first_mark_of_any_kind(title: str) -> None:
    assert first_clause(title) == re.split("[:：,，;；]", title, maxsplit=1)[0]


def test_a_title_is_cut_at_its_first_clause_in_either_script() -> None:
    titles = {
        "1": "① Grow and upgrade: build a modern industrial system",
        "2": "② 突出扩量提质，着力构建现代产业体系",
        "3": "③ No mark at all",
    }
    assert short_titles(titles) == {
        "1": "① Grow and upgrade",
        "2": "② 突出扩量提质",
        "3": "③ No mark at all",
    }


def test_a_cut_that_would_make_two_labels_alike_keeps_both_whole() -> None:
    titles = {"1": "① Grow: industry", "2": "① Grow: services", "3": ": nothing before"}
    assert short_titles(titles) == {
        "1": "① Grow: industry",
        "2": "① Grow: services",
        "3": ": nothing before",
    }
