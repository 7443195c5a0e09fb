"""Benchmark: extraction throughput on one core, beside a bare number scan.

Builds a text of at least --mb megabytes (default 10) by repeating the texts at hand
(the seed report and the development set passages, when present), then times
`ktxh.extract.extract` on it and a bare `re.finditer` over the same text with the
extractor's number pattern. Prints MB/s of each and their ratio, by the process's CPU
time (what one core spends, whatever else the machine runs) and by wall-clock time.

    python bench/extract.py [--mb 10] [FILE ...]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from ktxh.extract import extract
from ktxh.extract import scan as scanner
from ktxh.extract.rules.numeral import NUMBER

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = [
    ROOT.parent / "shared" / "corpus" / "laichau-2012-9t.txt",
    *sorted((ROOT / "tests" / "devset").glob("*.txt")),
]


def build_text(paths: list[Path], megabytes: float) -> str:
    """The texts joined, repeated until the UTF-8 size reaches `megabytes`."""
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in paths if p.is_file())
    if not unit:
        raise SystemExit("no text to repeat: pass report files")
    size = len(unit.encode("utf-8"))
    copies = max(1, int(megabytes * 1e6 / size) + 1)
    return "\n\n".join([unit] * copies)


def bare_scan(text: str) -> int:
    return sum(1 for _ in re.finditer(NUMBER, text))


def timed(label: str, func: object, text: str) -> float:
    """Run `func(text)`; print and return MB per CPU second."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = func(text)  # type: ignore[operator]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    mb = len(text.encode("utf-8")) / 1e6
    count = len(result.facts) if hasattr(result, "facts") else result
    print(
        f"{label:<14} {mb:8.2f} MB in {cpu:8.2f} s CPU = {mb / cpu:8.2f} MB/s"
        f"  (wall {wall:.2f} s = {mb / wall:.2f} MB/s; {count} items)"
    )
    return mb / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="texts to repeat (default: seed + devset)")
    parser.add_argument("--mb", type=float, default=10.0, help="size of the text to build, in MB")
    args = parser.parse_args()
    text = build_text(args.files or DEFAULT_SOURCES, args.mb)
    # scripts/bootstrap.sh installs the program's extractor compiled with mypyc; the tests' install is plain Python
    where = scanner.__file__ or ""
    print(f"extractor: {'compiled with mypyc' if where.endswith(('.so', '.pyd')) else 'plain Python'} ({where})")
    extract("warm up: 1.040 tấn")  # loads the lexicon and compiles the patterns
    scan = timed("bare scan", bare_scan, text)
    full = timed("extract()", extract, text)
    print(f"extract() is {scan / full:.1f}x slower than the bare scan; target: >= 1 MB/s and within 10x")
    # The same text at a tenth of the size: a look-up that reaches back over the whole text (not the sentence)
    # makes the full size slower per MB than the tenth, and this ratio says so (about 1 when all stays linear).
    tenth = timed("extract(), 1/10", extract, text[: len(text) // 10])
    print(f"throughput at the full size / at a tenth: {full / tenth:.2f} (below 0.9: something is superlinear)")
    # One sentence of 1 MB with no punctuation: every look-up within a sentence must stay
    # logarithmic, or this one becomes quadratic (the robustness test bounds it generously).
    timed("1M chars, no .", extract, ONE_SENTENCE)


# The robustness test's adversarial text: a dense run of figures and comparisons with no full stop.
ONE_SENTENCE = ("sản lượng lúa ước đạt 37 tấn bằng 32 kế hoạch tăng " * 20_000)[:1_000_000]


if __name__ == "__main__":
    main()
