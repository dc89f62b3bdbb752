"""Drafting a dataset from the documents: targets from a plan, candidate results from a review.

Pure functions, text and models in and values out, with rules a person can read:
`clauses` splits a text, `numerals` reads figures, `timing` says which year a passage is about,
`phrasing` recognises the glossary's target phrasings (shared/domain/target-phrasing.md),
`extract` turns a plan into drafts, `suggest` ranks a review's passages for targets that have no
result yet, and `render` writes drafts and suggestions as TOML, JSON or CSV.

Only `suggest` needs the pydantic models; the rest import nothing heavy, so that a command which
drafts from a plan starts as fast as `tzgoals --help`.
"""
