"""Build hook: everything is declared in pyproject.toml; this file only adds the compiled extractor.

With KTXH_COMPILE=1 the modules listed under [tool.ktxh] compiled are compiled with mypyc into C extensions
(about 1.3x faster extraction, the same facts: tests/extract/test_compiled.py checks it on every set). The
build then needs mypy and a C compiler; scripts/bootstrap.sh does it for the program and falls back to plain
Python when it cannot. Without the variable (editable installs, the tests) the package is plain Python.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent


def compiled_modules() -> list[str]:
    """The source files to compile, relative to this folder, from pyproject.toml."""
    config = tomllib.loads((HERE / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ktxh"]
    files = sorted({str(p.relative_to(HERE)) for pattern in config["compiled"] for p in HERE.glob(pattern)})
    excluded = {str(Path(p)) for p in config["not_compiled"]}
    return [f for f in files if f not in excluded]


def ext_modules() -> list:
    if os.environ.get("KTXH_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy

    return mypycify(compiled_modules(), opt_level="3")


setup(ext_modules=ext_modules())
