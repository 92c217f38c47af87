"""Corpus stage: clean, chunk, embed and store articles; search the store."""
