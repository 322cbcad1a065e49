"""Event clustering speed: articles a second, TF-IDF and embeddings modes side by side.

Two feeds: ECB+ (real news, about 250 words a document) and the synthetic wire
of events_feed.py (60-word reports, 5% syndicated copies). Each run clusters
the whole feed in a warm process (models loaded, word stems cached by a first
tfidf run); the table shows the median of --repeats runs, one process, one core for
Python (ONNX Runtime uses what it is given).

    python benchmarks/events_speed.py
    python benchmarks/events_speed.py --synthetic 20000 --repeats 5
    python benchmarks/events_speed.py --feeds synthetic --modes tfidf
"""

from __future__ import annotations

import os

# One core for Python, as the header says; set before numpy loads its thread pools.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from events_feed import feed  # noqa: E402
from events_quality import ECBPLUS  # noqa: E402

from synopsis.events import EventClusterer  # noqa: E402
from synopsis.events.labelled import read_labelled  # noqa: E402


def rate(mode: str, articles: list, repeats: int) -> float:
    EventClusterer(mode).fit_predict(articles[:200])  # load the models
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        EventClusterer(mode).fit_predict(articles)
        rates.append(len(articles) / (time.perf_counter() - start))
    return statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ECBPLUS))
    parser.add_argument("--synthetic", type=int, default=5_000, help="synthetic reports (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--modes", nargs="+", default=["tfidf", "embeddings"])
    parser.add_argument("--feeds", nargs="+", choices=("ecbplus", "synthetic"), default=["ecbplus", "synthetic"])
    args = parser.parse_args()
    feeds = {}
    if "ecbplus" in args.feeds:
        feeds["ECB+ (982 news documents, ~250 words)"] = read_labelled(args.data, "event")[0]
    if "synthetic" in args.feeds:
        feeds[f"synthetic wire ({args.synthetic:,} reports, ~60 words)"] = list(feed(args.synthetic))
    print(f"{os.cpu_count()} cores; median of {args.repeats} runs after a warm-up\n")
    print("| feed | " + " | ".join(f"{mode} articles/s" for mode in args.modes) + " |")
    print("|---|" + "---:|" * len(args.modes))
    for name, articles in feeds.items():
        EventClusterer("tfidf").fit_predict(articles)  # fill the word-stem cache, as a long-running feed would
        print(f"| {name} | " + " | ".join(f"{rate(mode, articles, args.repeats):,.0f}" for mode in args.modes) + " |", flush=True)


if __name__ == "__main__":
    main()
