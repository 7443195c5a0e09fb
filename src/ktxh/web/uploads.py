"""Uploading a report: read its text, show what would be stored, store it when confirmed.

Nothing is written by `preview`; `confirm` ingests the same text in one transaction.
The page carries the text from the preview to the confirmation in a form field, so
no half-uploaded state lives on the server.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy.orm import Session

from ktxh.errors import InputError
from ktxh.model import Fact, Finding
from ktxh.store.db import Store

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


@dataclass(frozen=True)
class Preview:
    """What an upload would add: its title, org unit and period as read, each fact with the
    catalog code it matched (None when uncatalogued), and the checks' findings."""

    text: str
    title: str
    org_unit_code: str
    period_label: str
    facts: tuple[Fact, ...]
    matched: dict[int, str]
    findings: tuple[Finding, ...]

    @property
    def uncatalogued(self) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.offset not in self.matched)


def read_upload(filename: str, data: bytes) -> str:
    """The text of an uploaded .txt (UTF-8) or .docx file."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"file is larger than {MAX_UPLOAD_BYTES // 2**20} MB", where=filename)
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".docx":
        return docx_text(filename, data)
    if suffix not in TEXT_SUFFIXES:
        raise InputError("only .txt and .docx reports can be uploaded", where=filename)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", where=filename) from exc


def docx_text(filename: str, data: bytes) -> str:
    """Paragraphs of a .docx, one a line."""
    from docx import Document as DocxDocument

    try:
        doc = DocxDocument(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types for a bad file
        raise InputError(f"not a readable .docx file: {exc}", where=filename) from exc
    return "\n".join(p.text for p in doc.paragraphs)


def check_text(text: str) -> tuple[Finding, ...]:
    """The checks' findings on the text."""
    from ktxh.checks import check_text as run_checks

    return tuple(run_checks(text))


def newlines(text: str) -> str:
    """Line ends as LF: a browser sends a form's text with CRLF, and the preview and the
    stored document must be the same text for their offsets to agree."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def preview(session: Session, text: str, org_code: str | None = None, period_label: str | None = None) -> Preview:
    """Extract and check `text`; store nothing. The org unit and period are read from the
    report's title unless given."""
    from ktxh.store.ingest import preview_text

    text = newlines(text)
    if not text.strip():
        raise InputError("the report is empty", where="upload")
    found = preview_text(session, text, org_code or None, period_label or None)
    facts = tuple(o.fact for o in found.outcomes)
    matched = {o.fact.offset: o.indicator_code for o in found.outcomes if o.status == "matched" and o.indicator_code}
    return Preview(text, found.title, found.org_unit_code, found.period_label, facts, matched, check_text(text))


def extract_facts(session: Session, text: str) -> Preview:
    """The facts of any text, each matched to the catalog, and the checks' findings.

    Unlike `preview`, the text need not be a whole report: no org unit or period is
    read from a title, as nothing is to be stored.
    """
    from ktxh.extract import extract
    from ktxh.store.catalog import IndicatorMatcher

    text = newlines(text)
    facts = tuple(extract(text).facts)
    matcher = IndicatorMatcher.from_session(session)
    codes = {f.offset: matcher.match(f.indicator, unit=f.unit) for f in facts}
    matched = {offset: code for offset, code in codes.items() if code}
    return Preview(text, "", "", "", facts, matched, check_text(text))


def confirm(
    store: Store, text: str, source: str, org_code: str | None = None, period_label: str | None = None
) -> int | None:
    """Store the text and its facts; returns the new document's id."""
    from ktxh.store.ingest import ingest_text

    text = newlines(text)
    if not text.strip():
        raise InputError("the report is empty", where="upload")
    result = ingest_text(store, text, source=source, org_unit_code=org_code or None, period_label=period_label or None)
    return result.document_id
