"""Memory of event clustering against stream length: peak RSS stays flat once the window is full.

One process streams the synthetic wire of events_feed.py through
`EventClusterer.stream` (a generator in, a generator out: the stream is never
held) and prints a row at each checkpoint: the peak resident set so far, the
open events, and the rate. Peak RSS only grows, so a flat column means bounded memory.
The worker process that featurizes batches holds no state between them; its peak
is printed once the stream ends.

    python benchmarks/events_memory.py                                   # up to 100k reports
    python benchmarks/events_memory.py --checkpoints 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from events_feed import feed  # noqa: E402

from synopsis.events import EventClusterer  # noqa: E402


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoints", nargs="+", type=int, default=[1_000, 10_000, 30_000, 100_000])
    parser.add_argument("--mode", default="tfidf")
    parser.add_argument("--window-articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1, help="featurizing processes (default: %(default)s)")
    args = parser.parse_args()
    checkpoints = sorted(args.checkpoints)
    clusterer = EventClusterer(args.mode, window_articles=args.window_articles, workers=args.workers)
    print(f"mode {args.mode}; an event closes after {args.window_articles:,} arrivals or 7 days without news")
    print(f"(the synthetic wire is dated 2,000 reports a day); peak RSS before streaming: {peak_mb():.0f} MB\n")
    print("| reports streamed | peak RSS (MB) | open events | events started | articles/s |")
    print("|---:|---:|---:|---:|---:|")
    start = time.perf_counter()
    started = 0
    for number, (_, event) in enumerate(clusterer.stream(feed(checkpoints[-1])), 1):
        started = max(started, int(event[1:]))  # event ids count up: "e1", "e2", ...
        if number in checkpoints:
            rate = number / (time.perf_counter() - start)
            print(
                f"| {number:,} | {peak_mb():.0f} | {clusterer.n_open_events_:,} | {started:,} | {rate:,.0f} |",
                flush=True,
            )
    if args.workers:
        print(f"\npeak RSS of a featurizing worker: {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")


if __name__ == "__main__":
    main()
