from pathlib import Path

import ktxh.cli  # noqa: F401  (registers every command)
from ktxh.cli.reference import cli_reference

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_cli_reference_names_every_command():
    text = cli_reference()
    for command in ("init", "catalog", "load", "demo", "ingest"):
        assert f"## ktxh {command}" in text


def test_docs_cli_md_is_up_to_date():
    assert DOCS.read_text(encoding="utf-8") == cli_reference(), (
        "docs/cli.md is stale: run `python -m ktxh.cli.reference > docs/cli.md`"
    )
