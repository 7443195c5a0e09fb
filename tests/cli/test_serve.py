"""`ktxh serve`: builds the store on first run, prints the address, runs uvicorn on the portal."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from ktxh.cli import app
from ktxh.web.pages import routes


def test_serve_builds_the_store_and_prints_the_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served: dict[str, Any] = {}
    warmed: list[FastAPI] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: served.update(app=application, **kw))
    monkeypatch.setattr(routes, "warm_up", warmed.append)
    db = f"sqlite:///{tmp_path / 'ktxh.sqlite'}"
    result = CliRunner().invoke(app, ["serve", "--port", "8765", "--db", db])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8765/" in result.output
    assert "figures loaded" in result.output
    assert isinstance(served["app"], FastAPI)
    assert (served["host"], served["port"]) == ("127.0.0.1", 8765)
    deadline = time.monotonic() + 5
    while not warmed and time.monotonic() < deadline:  # the warm-up runs in its own thread
        time.sleep(0.01)
    assert warmed == [served["app"]]


def test_serve_with_a_bad_database_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", "nosuchdialect://x"])
    assert result.exit_code == 1
    assert "error:" in result.output and "nosuchdialect" in result.output


def test_serve_refuses_a_bad_port() -> None:
    result = CliRunner().invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2
