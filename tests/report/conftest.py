"""Fixtures of the report tests: hand-made observation rows, and the seed's report built once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from ktxh.model import Comparison
from ktxh.report.build import Header, Inputs, assemble
from ktxh.report.context import ReportContext
from ktxh.report.sections import SectionInfo
from ktxh.store.queries import ObservationRow

START, END = dt.date(2012, 1, 1), dt.date(2012, 9, 30)


def make_row(
    obs_id: int, code: str, name: str, value: str | None, unit: str | None, *comps: Comparison, **kw: object
) -> ObservationRow:
    """An observation row as the store's queries give it; `value` as written ("46.9")."""
    fields: dict[str, object] = {
        "id": obs_id,
        "indicator_code": code,
        "indicator_name": name,
        "section_code": "1.1.a",
        "base_unit": unit,
        "indicator_kind": "flow",
        "org_unit_code": "12",
        "org_unit_name": "Lai Châu",
        "period_label": "9 tháng đầu năm 2012",
        "period_type": "ytd",
        "period_start": START,
        "period_end": END,
        "value_kind": "estimate",
        "value": None if value is None else float(value),
        "total": None,
        "unit_written": unit,
        "value_written": value,
        "document_id": None,
        "source": "test.csv",
        "source_offset": obs_id * 100,
        "part_of_offset": None,
        "comparisons": comps,
        "recorded_at": dt.datetime(2026, 1, 1),
    }
    fields.update(kw)
    return ObservationRow(**fields)  # type: ignore[arg-type]


SECTIONS = [
    SectionInfo("1", "Phát triển kinh tế"),
    SectionInfo("1.1", "Sản xuất nông - lâm nghiệp - thủy sản", "1"),
    SectionInfo("1.1.a", "Về Nông nghiệp", "1.1"),
    SectionInfo("1.2", "Sản xuất công nghiệp", "1"),
    SectionInfo("2", "Văn hóa - Xã hội"),
]
HEADER = Header("12", "Lai Châu", "province", "9 tháng đầu năm 2012", START, END, dt.date(2012, 9, 28))


def small_context(rows: list[ObservationRow], **inputs: object) -> ReportContext:
    return assemble(HEADER, Inputs(rows, **inputs), SECTIONS)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def seed_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportContext]:
    """The report of the bundled Lai Châu figures, built once from an SQLite store."""
    from ktxh.report import build_report
    from ktxh.store.db import Store
    from ktxh.store.load import load_bundled

    path: Path = tmp_path_factory.mktemp("report") / "seed.sqlite"
    store = Store(f"sqlite:///{path}")
    store.init()
    load_bundled(store)
    with store.reading() as session:
        yield build_report(session)
    store.dispose()
