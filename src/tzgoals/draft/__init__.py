"""Drafting a dataset from the documents: targets from a plan, candidate results from a review.

Functions with rules a person can read, text and models in and values out:
`clauses` splits a text, `numerals` reads figures, `timing` says which year a passage is about,
`phrasing` recognises the glossary's target phrasings (shared/domain/target-phrasing.md) and
others plans use, `extract` turns a plan into drafts, `aliases` spells the standard indicators'
other names one way, `announced` tells which of a review's clauses state targets rather than
results, `suggest` ranks a review's passages for targets that have no result yet,
`render` writes drafts and suggestions as TOML, JSON or CSV, and `table` shows suggestions in a
terminal. `into` is the one that writes: the complete drafts appended to a dataset through
`files.append`.

Only `suggest` and `into` need the pydantic models, and only `table` Rich; the rest import
nothing heavy, so that a command which drafts from a plan reads no dataset at all.
"""
