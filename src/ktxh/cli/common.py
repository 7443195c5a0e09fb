"""What every command shares: the typer app, the console, options, and error handling.

A command is a thin call to one library function. `@friendly_errors` turns a
KtxhError into one clear line on stderr and exit code 1; anything else is a bug
and keeps its traceback.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from ktxh.errors import KtxhError

app = typer.Typer(
    name="ktxh",
    help="ktxh: read, store, check, write and show a province's socio-economic reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: KTXH_DATABASE_URL, else an SQLite file in ./ktxh-data)."),
]


def friendly_errors(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KtxhError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from exc

    return wrapper  # type: ignore[return-value]
