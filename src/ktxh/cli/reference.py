"""docs/cli.md, generated from the commands' own help so that the two cannot drift.

`python -m ktxh.cli.reference > docs/cli.md` rewrites it; a test fails when it is stale.
This module registers no command.
"""

from __future__ import annotations

import typer.main
from typer.testing import CliRunner

from ktxh.cli.common import app

HEADER = """# Command line reference

Generated from `ktxh COMMAND --help` by `python -m ktxh.cli.reference > docs/cli.md`; do not edit by hand.
"""
HELP_ENV = {"COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"}


def command_names() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(getattr(group, "commands", {}))


def command_help(name: str) -> str:
    result = CliRunner().invoke(app, [name, "--help"], env=HELP_ENV, terminal_width=100)
    return "\n".join(line.rstrip() for line in result.output.splitlines()).strip()


def cli_reference() -> str:
    """The reference page: one section a command, in alphabetical order."""
    sections = [f"## ktxh {name}\n\n```\n{command_help(name)}\n```\n" for name in command_names()]
    return "\n".join([HEADER, *sections])


if __name__ == "__main__":
    import ktxh.cli  # noqa: F401  (registers every command)

    print(cli_reference(), end="")
