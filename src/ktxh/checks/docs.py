"""docs/checks.md, generated from the registry: `python -m ktxh.checks.docs > docs/checks.md`.

A test fails when the page and the registry drift apart.
"""

from __future__ import annotations

from pathlib import Path

from ktxh.checks.registry import rules

INTRO_FILE = Path(__file__).resolve().parent / "templates" / "checks_intro.md"

SCOPE = {"batch": "document, store", "store": "store (history)"}


def rules_markdown() -> str:
    """The checks page: the introduction (templates/checks_intro.md) and one table row per rule."""
    lines = [
        INTRO_FILE.read_text(encoding="utf-8"),
        "| rule | severity | checks | what it says |",
        "| --- | --- | --- | --- |",
    ]
    for rule in rules():
        lines.append(f"| `{rule.name}` | {rule.severity} | {SCOPE[rule.needs]} | {rule.doc.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(rules_markdown(), end="")
