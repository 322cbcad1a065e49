"""Which syndicated copies `mark_duplicates` finds, against exact shingle Jaccard.

ECB+ holds real wire copies among its 982 news documents. For every pair of
documents in the same topic this script computes the exact Jaccard similarity
of their 5-word shingle sets, and prints, by band of that similarity, how many
pairs there are and how many `mark_duplicates` (MinHash LSH, threshold 0.8)
put in one chain. Pairs across topics are left out: they share no story.

    python benchmarks/syndication.py
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from pathlib import Path

from synopsis.model import Article, Document
from synopsis.similarity.duplicates import mark_duplicates, shingle_hashes, words

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "ecbplus_documents.jsonl"
BANDS = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.5, 0.7), (0.0, 0.5)]


def main() -> None:
    with ECBPLUS.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    texts = {r["doc_id"]: " ".join(r["sentences"]) for r in records}
    shingles = {i: set(shingle_hashes(words(t), 5).tolist()) for i, t in texts.items()}
    topics: dict[str, list[str]] = defaultdict(list)
    for r in records:
        topics[str(r["topic"])].append(r["doc_id"])

    marked = mark_duplicates([Document(article=Article(id=i, text=t), sentences=()) for i, t in texts.items()])
    chain = {d.id: d.duplicate_of or d.id for d in marked}

    counts = {band: [0, 0] for band in BANDS}
    for ids in topics.values():
        for a, b in itertools.combinations(ids, 2):
            union = len(shingles[a] | shingles[b])
            jaccard = len(shingles[a] & shingles[b]) / union if union else 0.0
            band = next(band for band in BANDS if band[0] <= jaccard < band[1])
            counts[band][0] += 1
            counts[band][1] += chain[a] == chain[b]

    print(f"{len(records)} ECB+ documents, {sum(c[0] for c in counts.values())} same-topic pairs")
    print("| exact Jaccard of 5-word shingles | pairs | marked as copies |")
    print("|---|---:|---:|")
    for (low, high), (pairs, found) in counts.items():
        print(f"| {low:.1f} - {min(high, 1.0):.1f} | {pairs} | {found} |")


if __name__ == "__main__":
    main()
