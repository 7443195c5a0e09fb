"""The rules, registered by name with their severity and a one-line doc.

A rule is a function of a `Batch` (figures checked together) returning findings. It is
registered with `@check(name, severity, doc)`; `severity` is the worst it reports
("error": a contradiction beyond rounding, "warning": a doubtful figure, "info").
Rules that need a stored series declare `needs="store"` and are skipped for a text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ktxh.errors import CheckError
from ktxh.model import Finding

SEVERITIES = ("error", "warning", "info")
RuleFunc = Callable[[Any], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    name: str
    severity: str
    doc: str
    func: RuleFunc
    module: str
    needs: str = "batch"  # "batch": any figures; "store": a stored series across periods

    def __call__(self, data: Any) -> list[Finding]:
        return list(self.func(data))


RULES: dict[str, Rule] = {}


def check(name: str, severity: str, doc: str, needs: str = "batch") -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule; a second rule of the same name or an unknown severity is a CheckError."""
    if severity not in SEVERITIES:
        raise CheckError(f"rule {name!r}: unknown severity {severity!r}; expected one of {SEVERITIES}")

    def register(func: RuleFunc) -> RuleFunc:
        if name in RULES:
            raise CheckError(f"rule {name!r} is registered twice ({RULES[name].module}, {func.__module__})")
        RULES[name] = Rule(name, severity, doc, func, func.__module__, needs)
        return func

    return register


def rules(needs: str | None = None) -> list[Rule]:
    """Every registered rule (optionally only those of one kind), in registration order."""
    _load_rule_modules()
    return [r for r in RULES.values() if needs is None or r.needs == needs]


def _load_rule_modules() -> None:
    # the rule modules register themselves when imported
    from ktxh.checks import arithmetic, plan, plausibility, temporal  # noqa: F401
