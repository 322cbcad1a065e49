"""Run summarization methods (and the oracle) over benchmark clusters, timing each.

Every method sees the same prepared documents, so the seconds a method spends
on a cluster are the shared preparation plus its own selection. With `jobs`
above one the clusters go to a process pool; each worker keeps its lazily
loaded models across the clusters it is given. Summaries are written the
way DUC scores them: whole sentences within the word budget, then one
further sentence cut at the limit (`summarize.benchmark_summary`), unless
whole sentences are asked for.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

from synopsis.errors import SynopsisError
from synopsis.model import Budget, Cluster

ORACLE = "oracle"


@dataclass(frozen=True)
class Run:
    """What the systems made of one cluster: summary text (a sentence a line) and seconds, by system."""

    cluster: str
    summaries: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    error: str | None = None


def available_systems() -> tuple[str, ...]:
    from synopsis.summarize import METHODS

    return (*METHODS, ORACLE)


def check_systems(systems: Sequence[str]) -> None:
    if not systems:
        return
    known = available_systems()
    for name in systems:
        if name not in known:
            raise SynopsisError(f"unknown method {name!r}; choose from {', '.join(known)}")


def summary_text(sentences: Iterable[str]) -> str:
    """One sentence a line, each on a single line, as ROUGE-1.5.5 and the DUC peers have them."""
    return "\n".join(" ".join(s.split()) for s in sentences)


def summarize_cluster(cluster: Cluster, systems: Sequence[str], budget: Budget, whole_sentences: bool = False) -> Run:
    """Every system's summary of the cluster as a benchmark scorer reads it (`summarize.benchmark_summary`)."""
    from synopsis.api import prepare
    from synopsis.summarize import benchmark_summary

    if not cluster.articles:
        raise SynopsisError("no articles")
    start = time.perf_counter()
    documents = prepare(cluster.articles)
    preparing = time.perf_counter() - start
    summaries, seconds = {}, {}
    for system in systems:
        start = time.perf_counter()
        if system == ORACLE:
            from synopsis.evaluate.oracle import oracle_benchmark_summary  # ROUGE's tokenizer: only the oracle needs it

            sentences = oracle_benchmark_summary(documents, cluster.references, budget, whole_sentences)
        else:
            sentences = benchmark_summary(documents, budget, system, whole_sentences)
        seconds[system] = preparing + time.perf_counter() - start
        summaries[system] = summary_text(sentences)
    return Run(cluster.id, summaries, seconds)


def _guarded(cluster: Cluster, systems: Sequence[str], budget: Budget, whole_sentences: bool) -> Run:
    # One bad cluster is reported with its id; the rest of the run goes on.
    try:
        return summarize_cluster(cluster, systems, budget, whole_sentences)
    except SynopsisError as error:
        return Run(cluster.id, error=str(error))
    except Exception as error:  # noqa: BLE001 - a cluster that breaks a method must not end the run
        return Run(cluster.id, error=f"{type(error).__name__}: {error}")


def run_clusters(
    clusters: Iterable[Cluster], systems: Sequence[str], budget: Budget, jobs: int = 1, whole_sentences: bool = False
) -> Iterator[Run]:
    """One `Run` a cluster, in input order; summaries end with a sentence cut at the word limit unless `whole_sentences`.

    `clusters` may be read lazily: with `jobs` above one the pool is handed
    each cluster as it is read, so reading the rest overlaps the work.
    """
    work = partial(_guarded, systems=tuple(systems), budget=budget, whole_sentences=whole_sentences)
    clusters = iter(clusters)
    if jobs <= 1:
        yield from map(work, clusters)
        return
    import multiprocessing  # with the pool, only when there are workers to start
    from concurrent.futures import ProcessPoolExecutor

    # The first cluster runs here, loading every lazy model once; forked workers inherit them.
    first = next(clusters, None)
    if first is None:
        return
    done = work(first)
    # Frozen objects are never scanned by the collector, so the forked workers keep sharing their pages.
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            runs = pool.map(work, clusters, chunksize=1)
            # Given to the caller once the workers are busy, so whatever it does with it (writing) overlaps their work.
            yield done
            yield from runs
    finally:
        # The caller's objects go back to the collector once the workers are done.
        gc.unfreeze()


def median_seconds(runs: Iterable[Run], system: str) -> float | None:
    """Seconds a cluster took, the median: the first cluster also pays for loading the models."""
    import statistics

    times = [run.seconds[system] for run in runs if system in run.seconds]
    return statistics.median(times) if times else None


def by_system(runs: Sequence[Run], systems: Sequence[str]) -> Mapping[str, dict[str, str]]:
    return {s: {r.cluster: r.summaries[s] for r in runs if s in r.summaries} for s in systems}
