"""`ktxh serve`: the web portal and JSON API on a database (built from the bundled data on first run)."""

from __future__ import annotations

import threading
from typing import Annotated

import typer

from ktxh.cli.common import DbOption, app, console, friendly_errors


@app.command()
@friendly_errors
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the portal (dashboards, indicators, reports, checks, search, upload) and the API under /api/."""
    import uvicorn

    from ktxh.web import create_app
    from ktxh.web.pages.routes import warm_up
    from ktxh.web.setup import prepare_store

    prepared = prepare_store(db)
    if prepared.built:
        console.print(
            f"built {prepared.store.safe_url}: {prepared.loaded_figures} figures loaded, "
            f"{len(prepared.ingested)} reports ingested",
            soft_wrap=True,
        )
    console.print(
        f"ktxh portal at [bold]http://{host}:{port}/[/]  (API docs: http://{host}:{port}/api/docs)", soft_wrap=True
    )
    app = create_app(store=prepared.store)
    threading.Thread(target=warm_up, args=(app,), name="warm-up", daemon=True).start()
    uvicorn.run(app, host=host, port=port, log_level="warning")
