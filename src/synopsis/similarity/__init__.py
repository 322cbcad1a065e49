"""Similarity: which reports, and which sentences, say the same thing.

- `duplicates`: syndicated copies of a report (MinHash LSH); `DuplicateIndex`
  for streams, `mark_duplicates` for a set of reports.
- `tfidf`: TF-IDF vectors of token lists and every pair above a cosine threshold.
- `units`: content units, the sentences across reports that say the same thing,
  with their support (how many independent reports carry each).
- `embeddings`: sentence embeddings, for event clustering.

Import the module you need; this package imports nothing heavy.
"""
