"""Scaling a value written in one unit ("46,9 nghìn tấn") to an indicator's base unit ("tấn")."""

from __future__ import annotations


def scale_to_base(value: float, unit_written: str | None, base_unit: str | None) -> float:
    """`value` in `unit_written`, expressed in `base_unit`: magnitude words are multiplied out.

    The magnitude words ("nghìn", "triệu", "tỷ", ...) are the extractor's lexicon, so the
    store and the reader agree on what "nghìn tỷ đồng" means.
    """
    from ktxh.extract import split_magnitude

    scale_written, _ = split_magnitude(unit_written or "")
    scale_base, _ = split_magnitude(base_unit or "")
    return value * scale_written / scale_base


def bare_unit(unit: str | None) -> str:
    """The unit without its magnitude word: "nghìn tấn" -> "tấn"."""
    from ktxh.extract import split_magnitude

    return split_magnitude(unit or "")[1]
