"""One module per dimension of a fact; each compiles its patterns from the lexicon once."""
