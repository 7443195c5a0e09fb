"""The command line: `ktxh COMMAND`. One module a group of commands, each a thin call to the library.

Every module of this package registers its commands on `common.app` when imported;
they are found here by listing the package, so adding a command is adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil

from ktxh.cli.common import app


def _register_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name != "common":
            importlib.import_module(f"{__name__}.{info.name}")


_register_commands()


def main() -> None:
    app()


__all__ = ["app", "main"]
