"""The facts format on disk: one JSON object a line (see docs/facts-format.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ktxh.errors import InputError
from ktxh.model import Fact


def dumps(facts: Iterable[Fact], explain: bool = False) -> str:
    """The facts as JSON lines, each ending with a newline."""
    return "".join(json.dumps(f.to_json(explain), ensure_ascii=False) + "\n" for f in facts)


def read_facts(path: str | Path) -> list[Fact]:
    """Facts from a .jsonl file; InputError names the file and line of a bad record."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read facts ({exc})", where=str(p)) from exc
    facts: list[Fact] = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            facts.append(_parse(line, f"{p}:{n}"))
    return facts


def _parse(line: str, where: str) -> Fact:
    try:
        data = json.loads(line)
        return Fact.from_json(data)
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"not a fact ({exc})", where=where) from exc
