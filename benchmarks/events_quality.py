"""Event clustering quality on ECB+: BCubed precision, recall, F1 and adjusted Rand index.

ECB+ (Cybulska & Vossen 2014) holds 43 topics, each with two different
real-world events of the same kind (two rehab check-ins, two earthquakes), 86
events in 982 documents. It has no dates, and the file lists documents grouped
by topic, so the feed is scored in file order and in shuffled orders.

    python benchmarks/events_quality.py                 # both modes, file order and seed 0
    python benchmarks/events_quality.py --seeds 0 1 2 --modes tfidf
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from synopsis.events import EventClusterer
from synopsis.events.evaluate import score
from synopsis.events.labelled import read_labelled, shuffled

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "ecbplus_documents.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ECBPLUS), help="ECB+ documents as JSONL (default: %(default)s)")
    parser.add_argument("--modes", nargs="+", default=["tfidf", "embeddings"])
    parser.add_argument("--seeds", nargs="+", type=int, default=[0], help="shuffled orders to score besides file order")
    args = parser.parse_args()
    articles, gold = read_labelled(args.data, "event")
    orders = [("file order", articles, gold)] + [
        (f"shuffled (seed {seed})", *shuffled(articles, gold, seed)) for seed in args.seeds
    ]
    print(f"ECB+: {len(articles)} documents, {len(set(gold))} gold events\n")
    print("| mode | order | events | BCubed P | BCubed R | BCubed F1 | ARI | articles/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for mode in args.modes:
        for name, feed, labels_gold in orders:
            start = time.perf_counter()
            labels = EventClusterer(mode).fit_predict(feed)
            seconds = time.perf_counter() - start
            s = score(labels, labels_gold)
            print(
                f"| {mode} | {name} | {s.events} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
                f"{s.ari:.3f} | {len(feed) / seconds:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
