"""Speed of the fact sheet on 10-report clusters, after start-up (spaCy loaded, reports prepared).

    python benchmarks/facts_speed.py [--runs 5] [--duc /work/data/duc2003]

Clusters: the ten MultiLing 2011 English topics (10 reports each, in the
repository's shared data) and, when present, the first DUC 2003 clusters (10
reports each), leaving out the clusters the fact-sheet gold holds out as its test
set (`"split": "test"` in tests/facts/gold), so no rule is ever timed on them. Each fact sheet is computed `--runs` times; nothing is cached
between runs, so every run parses its sentences again. Prints, per cluster, the
sentences read and parsed and the median, fastest and slowest wall-clock time, the median
CPU time of the process (what the work costs when the machine is not shared),
and the medians over clusters; the machine's load is printed too, since
wall-clock time grows with it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

MULTILING = Path(__file__).resolve().parents[2] / "shared" / "data" / "multiling2011"
GOLD = Path(__file__).resolve().parent.parent / "tests" / "facts" / "gold"


def held_out() -> set[str]:
    """The gold files' names ("duc2003_d30005t") of the clusters kept as the fact sheet's test set."""
    return {path.stem for path in GOLD.glob("*.json") if json.loads(path.read_text()).get("split") == "test"}


def clusters(duc: Path, duc_count: int):
    from synopsis.io.datasets import read_clusters

    test = held_out()
    if MULTILING.exists():
        yield from (("MultiLing " + c.id, c.articles) for c in read_clusters(MULTILING) if f"multiling2011_{c.id}" not in test)
    if duc.exists():
        kept = (c for c in read_clusters(duc) if f"duc2003_{c.id}" not in test)
        for number, cluster in enumerate(kept):
            if number >= duc_count:
                break
            yield "DUC 2003 " + cluster.id, cluster.articles


def main(argv: list[str] | None = None) -> int:
    from synopsis import api
    from synopsis.facts import fact_sheet
    from synopsis.facts.figures import sentence_texts as figure_sentences
    from synopsis.facts.measures import sentence_texts as mass_sentences
    from synopsis.facts.quotes import sentence_texts as quote_sentences
    from synopsis.text.nlp import pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--duc", type=Path, default=Path("/work/data/duc2003"))
    parser.add_argument("--duc-clusters", type=int, default=5)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    pipeline()
    print(f"start-up (spaCy pipeline load): {time.perf_counter() - started:.2f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    header = (
        f"{'cluster':<18} {'reports':>7} {'sentences':>9} {'parsed':>6} {'median s':>8} {'min s':>6} {'max s':>6}"
        f" {'median CPU s':>10}"
    )
    print(header)
    print("-" * len(header))
    medians = []
    found = list(clusters(args.duc, args.duc_clusters))
    if not found:
        sys.exit("facts_speed: no clusters found (MultiLing 2011 beside the repository, or DUC 2003 via --duc)")
    for name, articles in found:
        documents = api.prepare(articles)
        fact_sheet(documents)  # warm the code paths, not a cache: nothing is kept between calls
        times, cpu = [], []
        for _ in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            fact_sheet(documents)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        sentences = sum(len(d.sentences) for d in documents)
        parsed = len(set(figure_sentences(documents)) | set(mass_sentences(documents)) | set(quote_sentences(documents)))
        medians.append((statistics.median(times), statistics.median(cpu)))
        print(
            f"{name:<18} {len(documents):>7} {sentences:>9} {parsed:>6} {statistics.median(times):>8.3f}"
            f" {min(times):>6.3f} {max(times):>6.3f} {statistics.median(cpu):>10.3f}"
        )
    print("-" * len(header))
    print(
        f"{'median of clusters':<18} {'':>7} {'':>9} {'':>6} {statistics.median(m[0] for m in medians):>8.3f}"
        f" {'':>6} {'':>6} {statistics.median(m[1] for m in medians):>10.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
