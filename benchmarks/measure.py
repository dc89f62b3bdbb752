"""What the drafting benchmarks share: where a quote stands in its source, a share as a
person reads it, and processor time, best of three."""

from __future__ import annotations

import re
import resource
import time
from collections.abc import Callable
from typing import NamedTuple


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _spans(quote: str, source: str) -> list[range]:
    """Where a quote stands in its (squeezed) source; every occurrence."""
    quote = squeeze(quote)
    spans, start = [], source.find(quote)
    while quote and start >= 0:
        spans.append(range(start, start + len(quote)))
        start = source.find(quote, start + 1)
    return spans


def overlaps(a: str, b: str, source: str) -> bool:
    """Whether two quotes share at least two characters of the same place in the source."""
    return any(
        len(range(max(x.start, y.start), min(x.stop, y.stop))) >= 2
        for x in _spans(a, source)
        for y in _spans(b, source)
    )


def share(pair: tuple[int, int]) -> str:
    found, total = pair
    return f"{found}/{total} ({found / total:.0%})" if total else "—"


class Seconds(NamedTuple):
    """The time a run took on the clock, and the processor time it used: on a shared machine
    the clock also counts the time other programs had the processor."""

    wall: float
    cpu: float

    def __str__(self) -> str:
        return f"{self.cpu:.3f} s CPU ({self.wall:.3f} s wall)"


def cpu_seconds() -> float:
    """Processor time of this process and of the commands it waited for."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def best_of_three(run: Callable[[], object]) -> Seconds:
    walls, cpus = [], []
    for _ in range(3):
        wall, cpu = time.perf_counter(), cpu_seconds()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(cpu_seconds() - cpu)
    return Seconds(min(walls), min(cpus))
