"""The English wording of every problem, keyed by its code's name (`tzgoals.problem_codes`).

`problems_zh.py` has the same keys. Each text is filled from the problem's parameters; a
parameter `X_kind` chooses the wording of `{X}` from `PARTS` (`where_kind = "end"` gives
`{where}` the text of "where.end"), and a place with no parameter is left empty, so that an
optional part (a hint, a "did you mean") costs a template nothing.
"""

PROBLEMS: dict[str, str] = {
    # 1xx reading a file
    "toml-syntax": "TOML syntax error{where}: {detail}{hint}",
    "empty-file": "the file is empty",
    "nested-too-deeply": "arrays or tables are nested too deeply to read",
    "unreadable-number": "cannot read a number: {detail}",
    "utf16-text": (
        "the file is UTF-16 text, but tzgoals reads UTF-8: re-save it as UTF-8, or convert it "
        "with `iconv -f utf-16 -t utf-8 {name} > fixed{suffix}`"
    ),
    "gbk-text": (
        "the file is not UTF-8 text: it looks like GBK/GB18030, as saved by many Chinese "
        "Windows editors: convert it with `iconv -f gb18030 -t utf-8 {name} > fixed{suffix}`, "
        "or re-save it as UTF-8{csv}"
    ),
    "binary-data": "the file is not UTF-8 text: it holds binary data; is this the right file?",
    "not-utf8": (
        "the file is not UTF-8 text: byte {byte} is not valid UTF-8; re-save the file as UTF-8"
    ),
    "nul-bytes": "the file holds binary data (NUL bytes); is it the right file?",
    "bad-size-limit": (
        "must be a size in bytes, with K, M or G if you like (e.g. 512M or 2G), not {setting!r}"
    ),
    "not-a-regular-file": "{what}",
    "file-too-large": (
        "is {size}, more than the {limit} tzgoals reads; if it really is a dataset, raise the "
        "limit with {variable} (e.g. {variable}=2G)"
    ),
    "no-such-file": "no such file",
    "cannot-read": "cannot read the file: {reason}",
    "unknown-encoding": "unknown encoding {encoding!r}",
    "not-a-text-encoding": (
        "{encoding!r} is not a text encoding; name the one the file was saved in"
    ),
    "not-in-encoding": "the file is not valid {encoding} text; check --encoding",
    "csv-empty": "the file is empty: no header row",
    "csv-blank-column": "the header has a blank column name",
    "csv-repeated-column": "column {column!r} appears twice in the header",
    "csv-too-many-cells": "{cells} cells but the header has {columns} columns",
    "csv-syntax": (
        "CSV syntax error in the row that starts here: {detail}; a cell that opens with a "
        'double quote must close with one, and a quote inside a cell is written twice ("")'
    ),
    "csv-unknown-column": (
        "unknown column {column!r} for [[{section}]]; allowed columns: {allowed}{suggestion}"
    ),
    # 2xx one entry and its keys
    "unknown-table": "unknown table or key {table!r}; this file holds only {allowed}{suggestion}",
    "unknown-key": "unknown key {key!r} in {table}; allowed keys: {allowed}{suggestion}",
    "missing-table": "missing the {table} table (it needs at least `name`)",
    "missing-key": "missing key {key!r}{hint}",
    "unknown-value": "{named}unknown value {found}; allowed values: {allowed}{suggestion}",
    "expected-boolean": "{named}expected true or false (without quotes), found {found}",
    "expected-ascii-whole-number": (
        "{named}expected a whole number written with the digits 0-9, found {found}"
    ),
    "expected-whole-number": "{named}expected a whole number such as 2023, found {found}",
    "year-out-of-range": (
        "{named}{found} is outside the years tzgoals accepts, {earliest} to {latest}; check it "
        "against the source"
    ),
    "expected-text": "{named}expected text in double quotes, found {found}",
    "empty-text": "{named}must not be empty{hint}",
    "blank-text": "{named}must not be blank",
    "control-character": (
        "{named}holds the control character {character} at character {position}; a text may "
        "not hold one (it could drive a terminal: set its title, write its clipboard, clear "
        "the screen; or make text read out of order): remove it"
    ),
    "text-not-utf8": (
        "{named}holds bytes that are not UTF-8 text (a terminal or file in another encoding?); "
        "type it again as UTF-8"
    ),
    "table-expected": "{table} must be a table, found {found}",
    "entry-not-a-table": "entry {entry} of {section} must be a table, found {found}",
    "array-of-tables-expected": (
        "{section} must be an array of tables, written [[{section}]], found {found}"
    ),
    "invalid-value": "{named}{detail}",
    "exponent-beyond-any-figure": (
        "{named}the number {number} has an exponent beyond any figure; check it against the source"
    ),
    "number-not-boolean": "{named}expected a number, found true/false",
    "number-not-other-digits": (
        "{named}expected a number written with the digits 0-9, found the text {text!r}"
    ),
    "number-not-text": (
        "{named}expected a number, found the text {text!r}: write the bare number, without "
        "quotes, and the unit in `unit`"
    ),
    "expected-number": "{named}expected a number, found {found}",
    "expected-finite-number": "{named}expected a finite number, found {number}",
    "too-many-digits": (
        "{named}the number has {digits} significant digits, more than the {most} a figure may "
        "have; check it against the source"
    ),
    "implausibly-large": (
        "{named}the number {number} is implausibly large; check it against the source"
    ),
    "implausible-exponent": (
        "{named}the number {number} is written with an implausible exponent (the smallest "
        "figure accepted is {smallest}); check it against the source"
    ),
    "implausibly-small": (
        "{named}the number {number} is implausibly small (the smallest figure accepted is "
        "{smallest}); check it against the source"
    ),
    "not-one-line": "{named}holds {found}; it must be one line",
    "not-a-web-address": (
        "{named}expected a web address starting with http:// or https://, with no spaces, "
        "found {found!r}"
    ),
    "not-a-sha256": "{named}must be the 64 hexadecimal digits of a SHA-256 hash",
    "comparator-takes-no-direction": "comparator {comparator!r} takes no `direction`",
    "direction-does-not-fit": (
        "direction {direction!r} does not fit comparator {comparator!r}, whose direction can "
        "only be {allowed}"
    ),
    "outcome-takes-no-figure": (
        "a {comparator} target takes no {given}: it is met or not from a quoted result"
    ),
    "needs-value-and-unit": "a {comparator} target needs both `value` and `unit`",
    "about-needs-tolerance": "an `about` target needs `tolerance`, a number of 0 or more",
    "tolerance-only-for-about": "`tolerance` belongs only to an `about` target",
    "between-needs-value-max": "a `between` target needs `value_max`, at least `value`",
    "value-max-only-for-between": "`value_max` belongs only to a `between` target",
    "percentage-points-only-for-pp-change": (
        "a pp_change target is in percentage points (unit 个百分点 or pp), and only a pp_change "
        "target is"
    ),
    "yes-no-takes-no-unit": "a yes/no result (value = true or false) takes no `unit`",
    "number-needs-unit": "a numeric result needs a `unit`",
    "number-with-digit-separator": (
        "{named}expected a number, found the text {text!r}: a figure is written without digit "
        "separators (1000, not 1_000)"
    ),
    "invisible-character": (
        "{named}holds the invisible character {character} at character {position}, which makes "
        "it look like another it is not: remove it{reading}"
    ),
    # 3xx rules between entries
    "duplicate": "duplicate {what} {repeated}{release}{first}",
    "negative-count": (
        "{key} {figure} {unit} is negative, but a count or an amount cannot be; only %, ‰ and "
        "percentage points may be below zero (record a fall as its own decline indicator, with "
        "the positive figure the source gives)"
    ),
    "outcome-indicator-has-unit": (
        "a {comparator} target needs an indicator without a unit, but {indicator!r} is "
        "measured in {unit}"
    ),
    "indicator-has-no-unit": (
        "indicator {indicator!r} has no unit, so it takes a milestone or qualitative target, "
        "not a figure"
    ),
    "pp-change-needs-percent": (
        "a percentage-point change needs an indicator in %, but {indicator!r} is in {unit}"
    ),
    "unit-does-not-fit": (
        "unit {unit!r} does not fit indicator {indicator!r}, measured in {indicator_unit!r}"
    ),
    "unknown-area": "unknown area {area!r} for {year}{suggestion}",
    "unknown-indicator": (
        "unknown indicator {indicator!r}: no [[indicators]] entry has this id{suggestion}"
    ),
    "unknown-indicator-of-result": (
        "unknown indicator {indicator!r}: no [[indicators]] entry in the targets file has this id"
        "{suggestion}"
    ),
    "yes-no-result-expected": (
        "indicator {indicator!r} is a yes/no outcome: write value = true or false"
    ),
    "number-and-unit-expected": (
        "indicator {indicator!r} is measured in {unit}: give a number and its unit"
    ),
    "source-not-listed": "source {source!r} is not listed under [[sources]]",
    "part-of-unknown": "part_of {whole!r} names no indicator",
    "part-of-loop": "part_of makes a loop: {chain}",
    "part-of-not-a-count": (
        "part_of relates counts or amounts, whose parts add up to the whole; {indicator!r} → "
        "{whole!r} involves {measure}, whose part bounds nothing"
    ),
    "part-of-unit-mismatch": (
        "part_of {whole!r} is measured in {whole_unit!r}, which {unit!r} cannot be compared with"
    ),
    "about-without-side": (
        "about target {target!r} (左右) does not say which side is good, and neither does "
        "indicator {indicator!r}, so it is read as a floor (met at or above value − "
        "tolerance); a ceiling (prices, unemployment) would score the other way. Add "
        'direction = "floor", "ceiling" or "band" to the target, or polarity = "higher" or '
        '"lower" to the indicator'
    ),
    "no-baseline": (
        "pp_change target {target!r} has no baseline: no actual for indicator {indicator!r} "
        "in {year}, so it is scored unreported; add the {year} result to the actuals file to "
        "score it"
    ),
    "already-in-file": (
        "{what} is already in {where}; to change it, edit that entry in the file by hand (and "
        "keep its quote and source in step){revision}"
    ),
    "given-twice": "{what} is given twice (also at {where})",
    # 4xx evidence
    "quote-not-in-source": (
        "the quote is not in {folder}/{source} (only whitespace may differ from the text); "
        "{closest}"
    ),
    "figure-not-in-quote": (
        "{key} {figure} does not appear in the quote “{quote}” (1.38万 for 13800, or 两 for 2, "
        "would count): check the figure against the source; a figure worked out from others "
        "needs a `derivation` saying how"
    ),
    "archived-text-unreadable": "the archived text {where} cannot be read: {reason}",
    "no-archived-text": (
        "no archived text for source {source!r}: {where} is missing, so no quote from it can "
        "be checked; save the document's text there (`tzgoals source add FILE` does it for a "
        "new source){allow}"
    ),
    "archived-text-changed": (
        "{where} has changed since it was archived: its SHA-256 is {archived}, not the "
        "{recorded} recorded here; restore the archived text, or, if the new text is the "
        "document's, record its hash and check every quote again"
    ),
    "no-sha256": (
        "source {source!r} records no sha256, so a later change to {where} would go unnoticed; "
        'add sha256 = "{sha256}" (the hash of the text there now)'
    ),
    "source-not-quoted": "source {source!r} is listed, but no entry quotes it",
    "quotes-uncheckable": (
        "source {source!r} is not listed under [[sources]], so its quotes cannot be checked; "
        "add the document with `tzgoals source add FILE`"
    ),
    "no-archived-text-yet": (
        "source {source!r} has no archived text ({where} is missing or unreadable), so the "
        "quote cannot be checked: save the document's text there first"
    ),
    "leftover-text": (
        "a temporary file left by a tzgoals command that was stopped before it finished; the "
        "next `tzgoals source add` removes it, or delete it yourself"
    ),
    "unlisted-text": (
        "is archived in sources/, but no [[sources]] entry lists it, so no quote can cite it: "
        "{how}, or remove it"
    ),
    "sources-folder-link": (
        "{folder} is a symbolic link; archived texts are read and written only in the "
        "dataset's own sources/ folder: replace the link by a real folder holding the texts"
    ),
    "link-outside": (
        "is a symbolic link that leads out of the dataset's sources/ folder, so it is not "
        "read: replace the link by a copy of the text itself"
    ),
    "still-unlisted": (
        "{reason}: list it with `tzgoals source add FILE` too; until then every report refuses "
        "the dataset"
    ),
    # 5xx writes
    "nothing-written": "nothing was written; the file is unchanged",
    "dataset-has-errors": "the dataset has errors; fix them before adding to it",
    "no-entries": "no entries to add",
    "cannot-write": "cannot {action}: {reason}",
    "bad-lock-timeout": "must be a number of seconds such as 60, not {setting!r}",
    "lock-held": (
        "another tzgoals command has been writing it for {seconds} s and still holds its lock "
        "({lock}); try again once it is done, or set {variable} to wait longer"
    ),
    "not-writable": (
        "is {whose} (mode {mode}); tzgoals changes only a file you may write, even where the "
        "folder would let it replace the file: make it writable first"
    ),
    "hard-links": (
        "has {links} hard links (other names for the same file); writing it means replacing "
        "it, which would leave the other names with the old content: give tzgoals a file of "
        "its own (cp it to a new name, then use that name)"
    ),
    "owner-not-kept": "could not keep who owns the file: its {lost} (numeric ids)",
    "invalid-after-change": "the file would not be valid after this change",
    "changed-meanwhile": "another program changed the file meanwhile; try again",
    "already-exists": "already exists; {consequence}",
    "empty-folder-name": (
        "is empty: give the folder for the new dataset (`.` for the current folder)"
    ),
    "folder-too-deep": (
        "is a folder {parts} levels deep, which cannot be meant; give one at most {most} deep"
    ),
    "text-removed-again": "the copied text was removed again",
    "archived-name-taken": (
        "already exists with other content; it is not overwritten: give the new document "
        "another file name, or remove the old text if nothing quotes it"
    ),
    "not-a-source-name": (
        "{name!r} is not a file name inside sources/ (no folder above it, no absolute path)"
    ),
    "backslash-in-source-name": (
        "{name!r} holds a backslash, which a dataset reads as a folder separator; copy the text "
        "under a name without one (e.g. {other!r}) and add that file"
    ),
    "guessed-title-holds-control": (
        "no --title was given, and the text's first line, from which the title is taken, holds "
        "the control character {character}: give the title with --title"
    ),
    "targets-under-no-heading": (
        "targets that stand under no heading of the plan that names an area: {count} (the first: "
        "“{quote}”); give --area ID to put every target under one area"
    ),
    "example-not-to-be-changed": (
        "this is the example shipped with tzgoals, which is not to be changed: record in a "
        "dataset of your own (`tzgoals init DIR` starts one)"
    ),
}

#: The wordings a parameter `X_kind` chooses for `{X}`, keyed "X.kind".
PARTS: dict[str, str] = {
    "suggestion": " (did you mean {suggested!r}?)",
    "reading.as": "; it reads as {meant!r}",
    "where.end": ", at the end of the file",
    "where.column": ", column {column}",
    "hint.quotes": ' (is text missing its double quotes? write key = "text")',
    "hint.unclosed": " (a string is missing its closing quote)",
    "hint.key-twice": " (a key is given twice in the same table)",
    "hint.table-twice": " (a [table] header is given twice)",
    "hint.inline-array": (
        " (an array written inline, as key = [...], cannot be continued with [[key]] tables)"
    ),
    "hint.percent": " (is a value such as 6% missing its quotes?)",
    "hint.quote": ": copy the passage verbatim from the source document",
    "hint.source": ": the file name of the document, as listed under [[sources]]",
    "hint.name": ": the name as written in the source",
    "csv.yes": ", or import it as it is with `--encoding gb18030`",
    "what.folder": "is a folder, not a file",
    "what.fifo": "is a FIFO (a named pipe), not a regular file",
    "what.character-device": "is a character device, not a regular file",
    "what.block-device": "is a block device, not a regular file",
    "what.socket": "is a socket, not a regular file",
    "what.other": "is not a regular file",
    "what.text": "it is not a regular file",
    "found.table": "a table",
    "found.array": "an array",
    "found.date": "the date/time {found}",
    "found.huge": "a number with thousands of digits",
    "found.date-or-time": "a date or time",
    "found.type": "a value of type {found}",
    "found.line-break": "a line break",
    "found.tab": "a tab",
    "what.source": "source",
    "what.area": "area (year, id)",
    "what.indicator": "indicator id",
    "what.target": "target id",
    "what.actual": "actual for (indicator, year)",
    "what.actual-entry": "an actual for indicator {indicator!r} in {year}{through}",
    "what.area-entry": "area {area!r} of {year}",
    "what.source-entry": "source {source!r}",
    "what.target-entry": "target id {id!r}",
    "what.indicator-entry": "indicator id {id!r}",
    "first.line": " (first at line {first})",
    "first.entry": " (first at entry {first})",
    "where.entry": "entry {entry}",
    "measure.none": "no unit",
    "measure.unit": "unit {unit_shown}",
    "closest.passage": "the closest passage there: “{passage}”",
    "closest.none": "nothing there is like it",
    "allow.yes": ", or check with --allow-unarchived while the dataset is in progress",
    "how.command": "list it with `{command}`",
    "how.table": (
        'list it in targets.toml as a [[sources]] table with file = "{file}", its title and '
        "its sha256"
    ),
    "action.lock": "create its lock file {lock} beside it",
    "action.temporary": "write a temporary file beside it",
    "action.replace": "replace the file",
    "action.starter-write": "write the starter files",
    "action.starter-create": "create the starter files",
    "action.archive": "write the archived text",
    "lost.owner": "owner {owner} is now {new_owner}",
    "lost.group": "group {group} is now {new_group}",
    "lost.both": "owner {owner} is now {new_owner} and its group {group} is now {new_group}",
    "whose.read-only": "read-only",
    "whose.not-yours": "not yours to write",
    "consequence.init": "init never overwrites a file",
    "consequence.kept": "not overwritten",
    "new.sources": "new source: ",
    "new.areas": "new area: ",
    "new.indicators": "new indicator: ",
    "new.targets": "new target: ",
    "new.actuals": "new actual: ",
}

from tzgoals.render.catalogue.panel_en import PANEL_PARTS, PANEL_PROBLEMS  # noqa: E402
from tzgoals.render.catalogue.years_en import YEARS_PARTS, YEARS_PROBLEMS  # noqa: E402

PROBLEMS.update(PANEL_PROBLEMS | YEARS_PROBLEMS)
PARTS.update(PANEL_PARTS | YEARS_PARTS)
