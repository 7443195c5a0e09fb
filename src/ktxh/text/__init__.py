"""Reading report text: files (.txt, .html, .docx) to raw text, normalisation with a map
back to raw offsets, and splitting into sentences and clauses."""

from ktxh.text.normalise import NormalText, normalise
from ktxh.text.reader import SourceText, read_source
from ktxh.text.segment import Span, inline_labels, split_clauses, split_sentences, unwrap

__all__ = [
    "NormalText",
    "SourceText",
    "Span",
    "inline_labels",
    "normalise",
    "read_source",
    "split_clauses",
    "split_sentences",
    "unwrap",
]
