"""Concept selection, branch and bound against HiGHS: the same optimum, and how long each takes.

For every cluster of each benchmark, the concept summarizer is run on the
cluster as `synopsis batch` prepares it, and every selection problem it poses
(its candidates, their costs, groups and priors, the concept weights) is
recorded. Each problem is then solved as `select` solves it (`branch_and_bound`,
and HiGHS after it for a search it hands over past `MAX_NODES`) and by HiGHS
alone (`highs`, what the summarizer used before), each `--repeat` times in
this warm process. The table shows, a benchmark a row, the median and largest
CPU milliseconds a problem of each way, how many problems the branch and
bound handed over, and the largest difference between the two optima, which
must stay within 1e-9: the script exits with status 1 if it does not. HiGHS is given `--highs-time-limit`
seconds, far more than the summarizer gives it, so that on a loaded machine it
still proves its optimum instead of returning the best it found in time.

`--max-candidates all` gives the solvers every candidate instead of the
summarizer's 50 densest, to see how both grow with the problem.

    python benchmarks/ilp_speed.py /work/data/duc2003 /work/data/duc2004 [--words 100] [--repeat 3]
        [--weighting learned|support] [--max-candidates 50|all] [--highs-time-limit 60]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from synopsis.summarize import concepts

TOLERANCE = 1e-9


@contextmanager
def recorded_selections():
    """The arguments of every `concepts.select` call made inside the block; select itself runs as usual."""
    calls: list[tuple] = []
    solve = concepts.select

    def select(*args):
        calls.append(args)
        return solve(*args)

    concepts.select = select
    try:
        yield calls
    finally:
        concepts.select = solve


def problems(data: str, words: int, summarizer: concepts.ConceptCoverage) -> list[tuple[concepts.CoverageProblem, int, float]]:
    """Each selection problem the summarizer poses on the benchmark's clusters: the problem, its limit and gap."""
    from synopsis.api import prepare
    from synopsis.io.datasets import read_clusters
    from synopsis.model import Budget
    from synopsis.similarity.units import content_units
    from synopsis.summarize import candidates

    found = []
    for cluster in read_clusters(data):
        documents = prepare(cluster.articles)
        corpus, _ = candidates(documents, content_units(documents))
        if not corpus.sentences:
            continue
        with recorded_selections() as calls:
            summarizer(corpus, Budget(words=words))
        for weights, units, costs, groups, limit, _, gap, max_candidates, prior in calls:
            chosen = concepts.densest(weights, units, costs, limit, max_candidates, prior)
            earned = [prior[i] if prior else 0.0 for i in chosen]
            found.append((concepts.coverage_problem(weights, units, costs, groups, chosen, earned), limit, gap))
    return found


def cpu_ms(solve, repeat: int):
    """The solver's answer and its median CPU milliseconds over `repeat` runs."""
    times = []
    for _ in range(repeat):
        clock = time.process_time()
        answer = solve()
        times.append(1000 * (time.process_time() - clock))
    return answer, statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="+", help="benchmarks synopsis can read, e.g. /work/data/duc2003")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--weighting", default="learned", choices=("learned", "support"))
    parser.add_argument("--max-candidates", default="50", help="candidates a problem, or 'all' (default: 50)")
    parser.add_argument("--highs-time-limit", type=float, default=60.0, help="seconds HiGHS may take a problem (default: 60)")
    args = parser.parse_args(argv)
    most = None if args.max_candidates == "all" else int(args.max_candidates)
    summarizer = concepts.ConceptCoverage(weighting=args.weighting, max_candidates=most)

    print(f"Concept selection, {args.words} words, {args.weighting} weights, {args.max_candidates} candidates at most; "
          f"CPU ms a problem, median of {args.repeat} runs\n")
    print("| benchmark | problems | candidates (median) | select median | select max | handed to HiGHS | "
          "HiGHS median | HiGHS max | HiGHS / select (sum) | largest |difference| |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    worst = 0.0
    for data in args.data:
        exact, solver, handed, differences, sizes = [], [], 0, [], []
        for problem, limit, gap in problems(data, args.words, summarizer):
            ours, ms = cpu_ms(lambda: concepts.branch_and_bound(problem, limit, gap), args.repeat)
            theirs, highs_ms = cpu_ms(lambda: concepts.highs(problem, limit, args.highs_time_limit, gap), args.repeat)
            if ours is None:
                # What select does next: the same HiGHS, after the search's time.
                handed += 1
                ours, ms = theirs, ms + highs_ms
            exact.append(ms)
            solver.append(highs_ms)
            sizes.append(len(problem.costs))
            differences.append(abs(problem.value(ours) - problem.value(theirs)))
        largest = max(differences, default=0.0)
        worst = max(worst, largest)
        print(f"| {Path(data).name} | {len(exact)} | {statistics.median(sizes):.0f} | {statistics.median(exact):.2f} | "
              f"{max(exact):.2f} | {handed} | {statistics.median(solver):.1f} | {max(solver):.1f} | "
              f"{sum(solver) / sum(exact):.0f}x | {largest:.1e} |")
    if worst > TOLERANCE:
        print(f"\nbranch and bound and HiGHS disagree by {worst:.1e}, more than {TOLERANCE:.0e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
