"""Regenerate the expected outputs under tests/golden/ from what `status` prints now.

    python scripts/make_golden.py

Then read `git diff tests/golden` line by line: the files are the record of what a reader sees.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.golden import CASES, produce


def main() -> None:
    for case in CASES:
        case.path.write_text(produce(case), encoding="utf-8")
        print(f"wrote {case.path}")


if __name__ == "__main__":
    main()
