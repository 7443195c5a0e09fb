"""Errors: one base class, one subclass per stage.

The CLI and the web layer turn a KtxhError into a clear message in one place each;
anything else is a bug.
"""

from __future__ import annotations


class KtxhError(Exception):
    """An error a user can act on: names what and where (file, line, cell, sentence)."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(KtxhError):
    """A file that cannot be read: missing, binary, wrong encoding."""


class ExtractError(KtxhError):
    """Misuse of the extractor (odd text never raises; it gives diagnostics)."""


class StoreError(KtxhError):
    """The database cannot be opened, migrated or written."""


class CatalogError(KtxhError):
    """A catalog data file is malformed."""


class LoadError(KtxhError):
    """A figures file has a bad row; nothing of it was stored."""


class NotFoundError(KtxhError):
    """An org unit, period, indicator or document that the store does not hold."""


class CheckError(KtxhError):
    """Misuse of the checks (findings are data, never errors)."""


class ReportError(KtxhError):
    """The report cannot be written (no data for the period, a writer failed)."""
