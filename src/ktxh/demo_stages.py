"""The demo's stages after loading, in pipeline order: ingest, check, report.

Each takes (store, out_dir, console) and returns the files it wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from ktxh.store.db import Store

Stage = Callable[[Store, Path, Console], list[Path]]

STAGES: list[Stage] = []
