"""The API against its own OpenAPI spec: schemathesis generates requests, none may get a 5xx.

In-process (schemathesis.openapi.from_asgi), on the small store of conftest.py over
SQLite. Every response is also checked against the schema it declares (status
codes, content type, body), so the spec and the code cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from tests.web.conftest import seed

from ktxh.store.db import Store
from ktxh.web import create_app


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('openapi') / 'api.sqlite'}")
    store.init()
    seed(store)
    yield schemathesis.openapi.from_asgi("/api/openapi.json", create_app(store=store))
    store.dispose()


def run_operations(schema: schemathesis.BaseSchema, examples: int, **checks: object) -> list[str]:
    """Run each API operation on `examples` generated cases; the labels of those that failed.

    (schemathesis's pytest plugin does not run under pytest 9, so the operations are
    driven here with hypothesis directly.)
    """
    failed = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def call(case: schemathesis.Case) -> None:
            case.call_and_validate(**checks)  # type: ignore[arg-type]

        try:
            call()
        except Exception as exc:  # a failed check: keep going to report every operation
            failed.append(f"{operation.label}: {str(exc)[:500]}")
    return failed


def test_no_server_errors(api_schema: schemathesis.BaseSchema) -> None:
    assert run_operations(api_schema, 60, checks=[not_a_server_error]) == []


def test_responses_match_the_spec(api_schema: schemathesis.BaseSchema) -> None:
    assert run_operations(api_schema, 25) == []


def test_spec_is_written_to_test_output(api_schema: schemathesis.BaseSchema, output_dir: Path) -> None:
    """A copy of the spec for a person to read; every operation has a 422 answer in the error shape."""
    import json

    raw = api_schema.raw_schema
    (output_dir / "openapi.json").write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    for path, ops in raw["paths"].items():
        for op in ops.values():
            assert "422" in op["responses"], path
