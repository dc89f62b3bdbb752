"""The lexicon's word classes: each finds a word of its own in every example and none in its
counter-examples (in either script), and the engines that read them use the same words."""

from __future__ import annotations

import re

import pytest

from tzgoals.draft.lexicon import CLASSES, TRADITIONAL, WordClass, alternation, either_script
from tzgoals.script import simplified

EXAMPLES = [(c, text) for c in CLASSES for text in c.examples]
COUNTERS = [(c, text) for c in CLASSES for text in c.counter_examples]


def test_every_class_has_a_name_of_its_own_words_and_examples_of_both_kinds() -> None:
    names = [c.name for c in CLASSES]
    assert len(names) == len(set(names))
    assert all(c.words and c.examples and c.counter_examples for c in CLASSES)
    assert all(len(c.words) == len(set(c.words)) for c in CLASSES)


@pytest.mark.parametrize(("word_class", "text"), EXAMPLES, ids=[t for _, t in EXAMPLES])
def test_each_example_holds_a_word_of_its_class(word_class: WordClass, text: str) -> None:
    assert re.search(word_class.pattern, simplified(text)), (word_class.name, text)


@pytest.mark.parametrize(("word_class", "text"), COUNTERS, ids=[t for _, t in COUNTERS])
def test_no_counter_example_holds_a_word_of_its_class(word_class: WordClass, text: str) -> None:
    assert not re.search(word_class.pattern, simplified(text)), (word_class.name, text)


def test_the_longest_word_is_tried_first() -> None:
    done = next(c for c in CLASSES if c.name == "works_done")
    found = re.match(done.pattern, "建成投用")
    assert found is not None and found.group() == "建成投用"
    assert alternation(done).index("建成投用|") < alternation(done).index("|建成|")


def test_traditional_forms_are_one_for_one_and_read_as_simplified() -> None:
    for traditional, simple in TRADITIONAL:
        assert len(traditional) == len(simple)
    assert simplified("確保圓滿完成") == "确保圆满完成"


def test_either_script_gives_the_traditional_forms_of_a_pre_filter_s_characters() -> None:
    assert either_script("目确争") == "目确確争爭"
    assert either_script("产") == "产產産"


def test_a_review_in_traditional_script_reads_as_in_simplified() -> None:
    """`announced` once spelled 確 and 圓 beside 确 and 圆 in its own patterns; now the
    lexicon's table reads them, and a clause of either script is announced alike."""
    from tzgoals.draft.announced import announced
    from tzgoals.draft.clauses import split_clauses

    for text in ("確保糧食產量1.3萬億斤以上。", "确保粮食产量1.3万亿斤以上。"):
        assert announced(text, split_clauses(text)) == [True]
    for text in ("全年目標任務圓滿完成。", "全年目标任务圆满完成。"):
        assert announced(text, split_clauses(text)) == [False]


def test_extract_and_suggest_read_the_same_done_words() -> None:
    """A word added to the works-done class is a done-word to both engines."""
    from tzgoals.draft import rulebook, suggest
    from tzgoals.draft.lexicon import WORKS_DONE

    assert WORKS_DONE.pattern in rulebook._DONE
    assert all(suggest._DONE.search(word) for word in WORKS_DONE.words)
