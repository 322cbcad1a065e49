"""How fast a brief (the summary, no fact sheet) is made, on one core.

Prints median wall seconds and the CPU seconds this process used (the two
differ when other work shares the machine), after start-up, for:
  - the Idlib example twice over (10 reports, 5 of them syndicated copies),
  - one MultiLing 2011 English topic (10 reports, DUC-like), for every method,
  - 1,000 reports built from the MultiLing English reports (each a rewrite:
    paragraphs kept at random and reordered), end to end and stage by stage,
  - syndicated-copy lookups per second in a DuplicateIndex,
  - `synopsis --help` as a subprocess.

    python benchmarks/brief_speed.py [--runs 5] [--reports 1000]
"""

from __future__ import annotations

import os

# One core, as the targets say; set before numpy loads its thread pools.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from synopsis.api import brief, read  # noqa: E402
from synopsis.model import Article, Budget  # noqa: E402
from synopsis.similarity.duplicates import DuplicateIndex, mark_duplicates  # noqa: E402
from synopsis.similarity.units import content_units  # noqa: E402
from synopsis.summarize import METHODS, candidates, summarizer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
IDLIB = ROOT / "examples" / "idlib"
MULTILING = ROOT.parent / "shared" / "data" / "multiling2011" / "SourceTexts"


def median_seconds(work, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `runs` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def idlib_twice() -> list[Article]:
    articles = read(IDLIB)
    return articles + [dataclasses.replace(a, id=a.id + "-copy") for a in articles]


def multiling_reports() -> list[Article]:
    return [Article(id=p.name, text=p.read_text(encoding="utf-8")) for p in sorted(MULTILING.glob("*.english"))]


def rewrites(articles: list[Article], count: int, seed: int = 0) -> list[Article]:
    """`count` reports, each a MultiLing report with about three quarters of its paragraphs, reordered."""
    rng = random.Random(seed)
    made = []
    for n in range(count):
        base = articles[n % len(articles)]
        paragraphs = [p for p in base.text.split("\n") if p.strip()]
        kept = rng.sample(paragraphs, max(1, round(len(paragraphs) * 0.75)))
        made.append(Article(id=f"{base.id}-{n}", text="\n\n".join(kept)))
    return made


def row(label: str, reports: int, seconds: tuple[float, float], target: str) -> None:
    wall, cpu = seconds
    print(f"| {label} | {reports} | {wall:.3f} | {cpu:.3f} | {target} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args()

    idlib = idlib_twice()
    topic = [a for a in multiling_reports() if a.id.startswith("M000")]
    brief(idlib, facts=False)  # start-up: imports, models, caches
    print("| case | reports | median wall s | median CPU s | target |")
    print("|---|---:|---:|---:|---|")
    row("brief, Idlib x2 (default)", len(idlib), median_seconds(lambda: brief(idlib, facts=False), args.runs), "< 0.2")
    for method in METHODS:
        seconds = median_seconds(lambda: brief(topic, facts=False, method=method), args.runs)
        row(f"brief, MultiLing topic M000 ({method})", len(topic), seconds, "< 0.2")

    many = rewrites(multiling_reports(), args.reports)
    timings: dict[str, float] = {}

    def stage(name, work):
        found = []
        timings[name] = median_seconds(lambda: found.append(work()), 1)
        return found[0]

    prepared = stage("prepare", lambda: prepare_each(many))
    marked = stage("syndication", lambda: mark_duplicates(prepared))
    units = stage("content units", lambda: content_units(marked))
    corpus, _ = candidates(marked, units)
    stage("select (default)", lambda: summarizer("default")(corpus, Budget(words=100)))
    for name, seconds in timings.items():
        row(f"{args.reports} reports: {name}", args.reports, seconds, "")
    row(f"{args.reports} reports: brief end to end", args.reports, median_seconds(lambda: brief(many, facts=False), 1), "< 20")

    texts = [a.text for a in many]
    wall, cpu = median_seconds(lambda: add_all(DuplicateIndex(), texts), 3)
    target = f"{len(texts) / wall:,.0f} reports/s wall, {len(texts) / cpu:,.0f} per CPU second"
    row(f"DuplicateIndex.add x {len(texts)}", len(texts), (wall, cpu), target)

    command = [sys.executable, "-m", "synopsis", "--help"]
    subprocess.run(command, capture_output=True, check=True)
    wall, _ = median_seconds(lambda: subprocess.run(command, capture_output=True, check=True), args.runs)
    print(f"| synopsis --help (subprocess) | 0 | {wall:.3f} | — | < 1 |")
    print(f"\n{len(units.sentences)} sentences in the {args.reports} reports; {len(corpus.sentences)} candidates.")


def prepare_each(articles: list[Article]):
    from synopsis.text import prepare as prepare_article

    return [prepare_article(a) for a in articles]


def add_all(index: DuplicateIndex, texts: list[str]) -> None:
    for n, text in enumerate(texts):
        index.add(str(n), text)


if __name__ == "__main__":
    main()
