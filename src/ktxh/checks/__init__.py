"""The checks: the arithmetic a careful reader does on a report's figures.

`check_facts(facts, text)` and `check_text(text)` check one document within itself;
`check_store(session, ...)` checks what the store holds, with each figure's history.
Findings are data (ktxh.model.Finding), never exceptions. The rules are listed in
`ktxh.checks.registry.RULES` (docs/checks.md is generated from it).
"""

from __future__ import annotations

from ktxh.checks.registry import RULES, Rule, rules
from ktxh.checks.run import check_batch, check_facts, check_store, check_text

__all__ = ["RULES", "Rule", "check_batch", "check_facts", "check_store", "check_text", "rules"]
