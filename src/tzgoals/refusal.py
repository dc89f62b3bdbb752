"""A request the core cannot answer, as a value: why, as a catalogue key and its values.

A year with no targets, an area the year lacks, two years that cannot be compared, a dataset
named in two ways at once: the core says which, and `render` words it in the reader's language
(`render/catalogue/refusals_en.py`, `refusals_zh.py`), as it words a problem's code.
"""


class Refusal(ValueError):
    """Why the core refused a request: `key` in the catalogue, filled with `values`."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def __str__(self) -> str:
        """The English words, for a library's caller and a log; a command words it in --lang."""
        from tzgoals.render.catalogue import Lang, label

        return label(self.key, Lang.EN, **self.values)
