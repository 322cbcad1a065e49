"""Event clustering speed: articles a second, TF-IDF and embeddings modes, with and without workers.

Two feeds: ECB+ (real news, about 330 words a document on average) and the synthetic wire
of events_feed.py (60-word reports, 5% syndicated copies, every report mixing its
event's words with 200 words common to all events, so candidate lookup does far
more work than on real news). Each run clusters the whole feed from a fresh
clusterer in a warm process (models loaded); "in-process" featurizes and assigns
in one process (workers=0), "default workers" featurizes the next batches in
forked processes while this one assigns, and this one featurizes a batch too
whenever the workers fall behind, so long articles keep both cores busy; the
default is one worker in the TF-IDF mode and one a core in the embeddings mode
on this 2-core machine (the row says how many). The worker is forked from the warm process, so it starts with the
language model loaded; its start is part of each run, as it is of a
`synopsis cluster` run.

Rates are medians of --repeats runs, the two settings alternating, so both meet
the same load; "second half" is the default workers' rate over the feed's
second half, beyond start-up (forking the worker, the first batches, each
process's vocabulary still empty), as nearly all of a long feed runs: half the
feed over the time a whole-feed run takes beyond a run of its first half, both
from a fresh clusterer in the same round (medians of the times), so start-up
and the drain of the last batches cancel out; CPU is the milliseconds of
processor time an article costs, both processes counted. The machine's load
average is printed: on a shared machine the wall-clock rates fall with it, CPU
milliseconds far less. Python and numpy
use one core a process; ONNX Runtime uses every core for its matrix products.

    python benchmarks/events_speed.py
    python benchmarks/events_speed.py --synthetic 20000 --repeats 5
    python benchmarks/events_speed.py --feeds synthetic --modes tfidf
    python benchmarks/events_speed.py --modes tfidf --stages

--stages adds, for each feed, the CPU milliseconds an article costs in each
stage, in one process (the least of the runs, which the load inflates least):
featurizing (what a worker does) with a fresh vocabulary, as at the start of a
stream, and again with the vocabulary it made (as a long stream's, where most
words were met before), embedding the lead (embeddings mode) and assigning
(what only the calling process can do: with a second core free for the rest, it
bounds the rate at 1,000 / assign articles/s).
"""

from __future__ import annotations

import os

# One core for Python's numpy, as the header says; set before numpy loads its thread pools.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import functools
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from events_feed import feed  # noqa: E402
from events_quality import ECBPLUS  # noqa: E402

from synopsis.events import EventClusterer  # noqa: E402
from synopsis.events.features import Vocabulary  # noqa: E402
from synopsis.events.labelled import read_labelled  # noqa: E402

# None: the clusterer's default, which takes workers by mode and cores.
SETTINGS = {"in-process": 0, "workers": None}


def cpu_seconds() -> float:
    # Children count once they are reaped: each run's worker ends with its stream.
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def measure(mode: str, articles: list, repeats: int) -> tuple[dict[str, tuple[float, float]], float]:
    """Median articles/s and CPU ms an article for each setting; and the default workers' articles/s over the feed's
    second half: half the feed over the time the whole feed takes beyond its first half, each from a fresh clusterer
    in the same round, so start-up (and the last batches' drain) cancel out."""
    EventClusterer(mode, workers=0).fit_predict(articles[:200])  # load the models
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in SETTINGS}
    seconds: dict[int, list[float]] = {len(articles): [], len(articles) // 2: []}
    for _ in range(repeats):
        for name, workers in SETTINGS.items():
            start, cpu = time.perf_counter(), cpu_seconds()
            EventClusterer(mode, workers=workers).fit_predict(articles)
            wall, used = time.perf_counter() - start, cpu_seconds() - cpu
            runs[name].append((len(articles) / wall, 1000 * used / len(articles)))
            if workers is None:
                seconds[len(articles)].append(wall)
                start = time.perf_counter()
                EventClusterer(mode, workers=workers).fit_predict(articles[: len(articles) // 2])
                seconds[len(articles) // 2].append(time.perf_counter() - start)
    found = {
        name: (statistics.median(r for r, _ in pairs), statistics.median(c for _, c in pairs))
        for name, pairs in runs.items()
    }
    whole, half = (statistics.median(times) for times in seconds.values())
    return found, (len(articles) - len(articles) // 2) / (whole - half)


def stages(mode: str, articles: list, repeats: int) -> tuple[float, float, float, float]:
    """Least CPU ms an article of featurizing (fresh vocabulary, then warm), embedding and assigning, one process,
    batches as a stream makes them."""
    best = [float("inf")] * 4
    for _ in range(repeats):
        clusterer = EventClusterer(mode, workers=0)
        clusterer._check_params()
        count = functools.partial(clusterer._count, vocabulary=Vocabulary())
        size = clusterer.batch_size
        spent = []
        for _ in range(2):  # the second pass meets every word again
            start = time.process_time()
            batches = [count(articles[i : i + size]) for i in range(0, len(articles), size)]
            spent.append(time.process_time() - start)
        start = time.process_time()
        # One thread, as each process that embeds runs MiniLM when a worker shares the cores.
        batches = [clusterer._embed(batch, shared_cores=True) for batch in batches]
        spent.append(time.process_time() - start)
        start = time.process_time()
        for batch in batches:
            clusterer._assign_batch(batch)
        spent.append(time.process_time() - start)
        best = [min(b, 1000 * s / len(articles)) for b, s in zip(best, spent)]
    return tuple(best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ECBPLUS))
    parser.add_argument("--synthetic", type=int, default=5_000, help="synthetic reports (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--modes", nargs="+", default=["tfidf", "embeddings"])
    parser.add_argument("--feeds", nargs="+", choices=("ecbplus", "synthetic"), default=["ecbplus", "synthetic"])
    parser.add_argument("--stages", action="store_true", help="also the CPU of each stage, in one process")
    args = parser.parse_args()
    feeds = {}
    if "ecbplus" in args.feeds:
        feeds["ECB+ (982 news documents, ~330 words)"] = read_labelled(args.data, "event")[0]
    if "synthetic" in args.feeds:
        feeds[f"synthetic wire ({args.synthetic:,} reports, ~60 words)"] = list(feed(args.synthetic))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} cores, load average {load} at the start; median of {args.repeats} runs after a warm-up\n")
    print(
        "| feed | mode | in-process articles/s | default workers articles/s | default workers, second half | "
        "in-process CPU ms/article | default workers CPU ms/article |"
    )
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, articles in feeds.items():
        for mode in args.modes:
            result, second_half = measure(mode, articles, args.repeats)
            rates = " | ".join(f"{result[s][0]:,.0f}" for s in SETTINGS)
            cpu = " | ".join(f"{result[s][1]:.2f}" for s in SETTINGS)
            workers = EventClusterer(mode)._workers()
            print(f"| {name} | {mode} ({workers} worker{'s' * (workers != 1)}) | {rates} | {second_half:,.0f} | {cpu} |", flush=True)
    if args.stages:
        print(f"\nCPU ms an article by stage, one process, least of {args.repeats} runs\n")
        print("| feed | mode | featurize | featurize, words met before | embed | assign | assigning alone allows articles/s |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for name, articles in feeds.items():
            for mode in args.modes:
                featurizing, warm, embedding, assigning = stages(mode, articles, args.repeats)
                print(
                    f"| {name} | {mode} | {featurizing:.2f} | {warm:.2f} | {embedding:.2f} | {assigning:.2f} | "
                    f"{1000 / assigning:,.0f} |",
                    flush=True,
                )
    print(f"\nload average {', '.join(f'{x:.1f}' for x in os.getloadavg())} at the end")


if __name__ == "__main__":
    main()
