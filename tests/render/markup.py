"""A page read back as elements, with the standard library's HTML parser."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import NamedTuple

VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr"}


class Element(NamedTuple):
    tag: str
    attrs: dict[str, str]
    text: list[str]

    @property
    def content(self) -> str:
        return "".join(self.text)


class Collector(HTMLParser):
    """Every element with its attributes and the text inside it, its descendants' included."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, [])
        self.elements.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index].tag == tag:
                del self.open[index:]
                return

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.text.append(data)


def elements(html: str) -> list[Element]:
    collector = Collector()
    collector.feed(html)
    collector.close()
    return collector.elements


def find(html: str, tag: str, **attrs: str) -> list[Element]:
    """Elements of `tag` whose attributes include `attrs` (class_ for class)."""
    wanted = {k.rstrip("_"): v for k, v in attrs.items()}
    return [
        e
        for e in elements(html)
        if e.tag == tag and all(e.attrs.get(k) == v for k, v in wanted.items())
    ]
