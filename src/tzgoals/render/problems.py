"""`check`'s report: one line a problem, a closing count, or the problems as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from tzgoals.files.paths import DataPaths
from tzgoals.files.problems import Problem
from tzgoals.lookalikes import Difference, Kind
from tzgoals.render.catalogue import Lang, default_lang, label
from tzgoals.render.safe import printable
from tzgoals.tabular import json_safe


def _hint(difference: Difference, lang: Lang) -> str:
    """One look-alike pair in words; an invisible character named by its code point, since
    printing it would show nothing."""
    quote = difference.in_quote
    if difference.kind is Kind.INVISIBLE:
        quote = f"U+{ord(quote):04X}"
    return label(f"hint.{difference.kind.value}", lang, quote=quote, text=difference.in_text)


def _hints(problem: Problem, lang: Lang) -> str:
    """The look-alike characters of a refused quote in words, or nothing."""
    if not problem.hints:
        return ""
    hints = label("hint.separator", lang).join(_hint(d, lang) for d in problem.hints)
    return label("hints", lang, hints=hints)


def problem_text(problem: Problem, lang: Lang | None = None) -> str:
    """FILE:LINE: message, then the look-alike characters of a refused quote, in `lang`; not
    yet escaped for a terminal."""
    lang = lang or default_lang()
    return problem.located(lang) + _hints(problem, lang)


def problem_lines(problems: Iterable[Problem], lang: Lang = Lang.EN) -> Iterator[str]:
    """One line a problem, FILE:LINE: message [CODE], in `lang`, with control characters from
    the data shown. The code comes last, as the part a reader needs least and a script can
    find (`--ignore CODE` takes it)."""
    for problem in problems:
        yield f"{printable(problem_text(problem, lang))} [{problem.code.value}]\n"


def _count(number: int, kind: str, lang: Lang) -> str:
    return label(f"check.{kind}" if number == 1 else f"check.{kind}s", lang, count=number)


def check_summary(
    problems: Sequence[Problem],
    paths: DataPaths,
    lang: Lang = Lang.EN,
    example: bool = False,
    quotes: tuple[int, int] | None = None,
) -> str:
    """'2 errors, 1 warning in targets.toml and actuals.toml', or 'no problems in …', then how
    many quotes stand in their archived texts.

    `example`: the files are the example shipped with tzgoals, which the line then says.
    `quotes`: (looked for, found) when the evidence was checked.
    """
    files = label("check.files", lang, targets=paths.targets, actuals=paths.actuals)
    if example:
        files = label("check.example", lang, files=files)
    if problems:
        errors = sum(p.severity == "error" for p in problems)
        counts = label("list", lang).join(
            (_count(errors, "error", lang), _count(len(problems) - errors, "warning", lang))
        )
        line = label("check.found", lang, counts=counts, files=files)
    else:
        line = label("check.clean", lang, files=files)
    if quotes is not None:
        checked, found = quotes
        share = (
            str(found)
            if found == checked
            else label("check.share", lang, found=found, checked=checked)
        )
        line += label("check.quote" if checked == 1 else "check.quotes", lang, share=share)
    return line


def problems_json(problems: Iterable[Problem], dataset: dict[str, str] | None = None) -> str:
    """`{"dataset": …, "problems": […]}`; `dataset` says which files were checked and how
    they were found. `message` is the English words with the look-alike hints; the text is
    exact, its control characters written as JSON escapes."""
    items = [
        {
            "file": p.file,
            "line": p.line,
            "column": p.column,
            "code": p.code.value,
            "name": p.code.slug,
            "params": dict(p.params),
            "message": p.message + _hints(p, Lang.EN),
            "severity": p.severity,
        }
        for p in problems
    ]
    document = {**({"dataset": dataset} if dataset is not None else {}), "problems": items}
    return json_safe(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
