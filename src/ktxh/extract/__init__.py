"""The extractor: Vietnamese report text to facts (see docs/facts-format.md).

extract(text) -> ExtractResult(facts, diagnostics)
split_magnitude("nghìn tấn") -> (1000.0, "tấn")
"""

from ktxh.extract.engine import ExtractResult, extract
from ktxh.extract.rules.quantity import split_magnitude

__all__ = ["ExtractResult", "extract", "split_magnitude"]
