"""Reading and writing a dataset's files, one job a module.

`paths` finds the dataset, `decode` turns bytes into text, `toml_positions` maps an entry to
its line, `messages` says a validation error in our words, `load` reads files into models or
problems; `atomic` replaces a file safely, `append` adds entries to one, `transfer` moves
tables to and from CSV, and `starter` writes a new dataset.
"""
