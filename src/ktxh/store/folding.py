"""Folding names for matching (the store's callers import it from here): see `ktxh.text.folding`."""

from ktxh.text.folding import fold, fold_case, fold_words

__all__ = ["fold", "fold_case", "fold_words"]
