"""End-to-end speed on a whole benchmark: `synopsis batch` against sumy's LexRank.

Each system reads every cluster, writes a 100-word summary a cluster to a
folder, and is timed as a fresh process (interpreter start, imports and model
loading included), `--repeat` rounds of every system in turn; the table shows median wall seconds,
how many times sumy's time each is, in wall and in CPU seconds (the machine may be
shared, so CPU seconds are the steadier figure), and ROUGE recall of what each one wrote.
A line below times the first method on the first cluster alone, in one
process: what start-up, reading and summarizing the first cluster cost
before `--jobs` workers start.

sumy needs NLTK's punkt data, which cannot be downloaded here; it is given an
offline tokenizer instead (nupunkt sentences, NLTK's data-free Treebank-style
words), and one document per cluster: the reports joined, paragraphs kept.
Its summary is the top-rated sentences, in rating order, that fit the words.
A second table times one cluster in a warm process, without start-up costs,
and a third splits that time by stage, as `synopsis batch` runs them: prepare
(cleaning, sentences), duplicates (syndicated copies), units (content units),
select (the method and the invariants it is held to), tail (story order and
the further sentence cut at the word limit) and write.

    python benchmarks/summarizer_speed.py /work/data/duc2004 [--repeat 3] [--jobs 2] [--methods default lexrank]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path


class OfflineTokenizer:
    """sumy's Tokenizer interface without NLTK data: nupunkt sentences, Treebank words."""

    language = "english"

    def __init__(self):
        import nupunkt
        from nltk.tokenize import NLTKWordTokenizer
        from sumy.nlp.tokenizers import Tokenizer

        self._sentences = nupunkt.sent_tokenize
        self._words = NLTKWordTokenizer().tokenize
        self._is_word = Tokenizer._is_word

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in self._sentences(paragraph) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._words(sentence) if self._is_word(w))


def within_words(words: int):
    """A sumy sentence count that keeps, in rating order, the sentences that fit `words`."""

    def count(infos):
        kept, spent = [], 0
        for info in infos:
            size = len(str(info.sentence).split())
            if spent + size <= words:
                kept.append(info)
                spent += size
        return kept

    return count


def sumy_lexrank():
    """sumy's LexRank as its README sets it up (English stemmer and stop words), with the offline tokenizer."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return OfflineTokenizer(), summarizer


def sumy_summary(cluster, tokenizer, summarizer, words: int) -> list[str]:
    """One document of the cluster's reports joined, paragraphs kept; its best sentences within `words`."""
    from sumy.parsers.plaintext import PlaintextParser

    text = "\n\n".join(article.text for article in cluster.articles)
    document = PlaintextParser.from_string(text, tokenizer).document
    return [str(s) for s in summarizer(document, within_words(words))]


def run_sumy(data: str, out: Path, words: int) -> None:
    """The sumy pipeline: read the clusters, LexRank each, write one file a cluster."""
    from synopsis.io.datasets import read_clusters, summary_file_name

    tokenizer, summarizer = sumy_lexrank()
    out.mkdir(parents=True, exist_ok=True)
    for cluster in read_clusters(data):
        sentences = sumy_summary(cluster, tokenizer, summarizer, words)
        (out / summary_file_name(cluster.id)).write_text("\n".join(sentences) + "\n")


def per_cluster(data: str, words: int, methods: list[str]) -> list[tuple[str, float, float]]:
    """Median wall and CPU seconds a cluster in this process, after one cluster of warm-up: no start-up costs."""
    from synopsis.api import prepare
    from synopsis.io.datasets import read_clusters
    from synopsis.model import Budget
    from synopsis.summarize import benchmark_summary

    clusters = list(read_clusters(data))
    tokenizer, summarizer = sumy_lexrank()
    systems = {
        f"synopsis {method}": partial(lambda c, m: benchmark_summary(prepare(c.articles), Budget(words=words), m), m=method)
        for method in methods
    }
    systems["sumy LexRank"] = lambda c: sumy_summary(c, tokenizer, summarizer, words)
    rows = []
    for name, run in systems.items():
        run(clusters[0])
        walls, cpus = [], []
        for cluster in clusters:
            wall, cpu = time.perf_counter(), time.process_time()
            run(cluster)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        rows.append((name, statistics.median(walls), statistics.median(cpus)))
    return rows


def stages(data: str, words: int, methods: list[str], out: Path) -> list[tuple[str, dict[str, float]]]:
    """Median CPU seconds a cluster of each stage of `synopsis batch`, in a warm process, a row a method."""
    from synopsis.evaluate.systems import summary_text
    from synopsis.io.datasets import read_clusters, summary_file_name
    from synopsis.model import Budget
    from synopsis.similarity.duplicates import mark_duplicates
    from synopsis.similarity.units import content_units
    from synopsis.summarize import cut_at_limit, select, summarizer
    from synopsis.text import prepare as prepare_article

    clusters = list(read_clusters(data))
    budget = Budget(words=words)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for method in methods:
        algorithm = summarizer(method)
        warm = mark_duplicates([prepare_article(a) for a in clusters[0].articles])
        cut_at_limit(select(warm, budget, algorithm))
        spent: dict[str, list[float]] = {stage: [] for stage in ("prepare", "duplicates", "units", "select", "tail", "write")}
        for cluster in clusters:
            clock = time.process_time()
            documents = [prepare_article(article) for article in cluster.articles]
            spent["prepare"].append(-clock + (clock := time.process_time()))
            documents = mark_duplicates(documents)
            spent["duplicates"].append(-clock + (clock := time.process_time()))
            units = content_units(documents)
            spent["units"].append(-clock + (clock := time.process_time()))
            selection = select(documents, budget, algorithm, units)
            spent["select"].append(-clock + (clock := time.process_time()))
            summary = summary_text(cut_at_limit(selection) if selection else [])
            spent["tail"].append(-clock + (clock := time.process_time()))
            (out / summary_file_name(cluster.id)).write_text(summary + "\n")
            spent["write"].append(time.process_time() - clock)
        rows.append((method, {stage: statistics.median(times) for stage, times in spent.items()}))
    return rows


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, all its processes) of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def rouge(folder: Path, data: str, words: int) -> tuple[float, float]:
    from synopsis.evaluate.rouge import rouge_python
    from synopsis.io.datasets import read_clusters, read_summaries

    references = {c.id: c.references for c in read_clusters(data) if c.references}
    if not references:
        return float("nan"), float("nan")
    scores = rouge_python(read_summaries(folder, references), references, words)
    return scores["rouge1"].recall, scores["rouge2"].recall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", help="a benchmark synopsis can read, e.g. /work/data/duc2004")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2, help="synopsis worker processes (default: 2)")
    parser.add_argument("--methods", nargs="+", default=["default", "lexrank"], help="synopsis methods (default: default lexrank)")
    parser.add_argument("--no-rouge", action="store_true", help="time only: leave the ROUGE columns empty (for a test set)")
    parser.add_argument("--sumy-run", type=Path, help=argparse.SUPPRESS)  # the timed sumy child process
    args = parser.parse_args(argv)
    if args.sumy_run:
        run_sumy(args.data, args.sumy_run, args.words)
        return 0

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="speed-") as work:
        work = Path(work)
        batch = [sys.executable, "-m", "synopsis", "batch", args.data, "--words", str(args.words), "--jobs", str(args.jobs)]
        systems = {
            f"synopsis batch --method {m} --jobs {args.jobs}": partial(lambda out, m: batch + ["--method", m, "--out", str(out)], m=m)
            for m in args.methods
        }
        systems["sumy LexRank (1 process)"] = lambda out: [
            sys.executable, __file__, args.data, "--words", str(args.words), "--sumy-run", str(out)
        ]
        folders = {name: work / str(n) for n, name in enumerate(systems)}
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in systems}
        # Round by round, every system once a round: a load that comes and goes on a shared machine
        # then falls on all of them alike, and the ratios stay fair.
        for _ in range(args.repeat):
            for name, command in systems.items():
                runs[name].append(timed(command(folders[name])))
        rows = []
        for name, times in runs.items():
            wall = statistics.median(t for t, _ in times)
            cpu = statistics.median(c for _, c in times)
            clusters = len(list(folders[name].glob("*.txt")))
            scores = (float("nan"), float("nan")) if args.no_rouge else rouge(folders[name], args.data, args.words)
            rows.append((name, wall, cpu, clusters, *scores))
            print(f"  {name}: wall {', '.join(f'{t:.2f}' for t, _ in times)} s", file=sys.stderr)
        # What comes before any worker starts: interpreter, imports, reading and summarizing the first cluster
        # (the other clusters are read while the workers run).
        first = batch[:-2] + ["--jobs", "1", "--limit", "1", "--method", args.methods[0], "--out", str(work / "first")]
        runs = [timed(first) for _ in range(args.repeat)]
        start_wall, start_cpu = statistics.median(t for t, _ in runs), statistics.median(c for _, c in runs)

    sumy_wall, sumy_cpu = rows[-1][1], rows[-1][2]
    print(f"End to end on {args.data} (read, summarize, write), {args.words} words, median of {args.repeat} runs; "
          f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores\n")
    print("| system | wall s | CPU s | clusters | wall s/cluster | sumy wall / wall | sumy CPU / CPU | R-1 | R-2 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, wall, cpu, clusters, r1, r2 in rows:
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {clusters} | {wall / max(clusters, 1):.3f} | "
              f"{sumy_wall / wall:.1f}x | {sumy_cpu / cpu:.1f}x | {100 * r1:.2f} | {100 * r2:.2f} |")
    print(f"\nStart-up, reading and summarizing the first cluster (`--method {args.methods[0]} --limit 1 --jobs 1`): "
          f"{start_wall:.2f} s wall, {start_cpu:.2f} s CPU")

    steady = per_cluster(args.data, args.words, args.methods)
    print("\nOne cluster, in one warm process (median over the clusters; no interpreter start or model loading)\n")
    print("| system | wall s/cluster | CPU s/cluster | sumy wall / wall | sumy CPU / CPU |")
    print("|---|---:|---:|---:|---:|")
    for name, wall, cpu in steady:
        print(f"| {name} | {wall:.4f} | {cpu:.4f} | {steady[-1][1] / wall:.1f}x | {steady[-1][2] / cpu:.1f}x |")

    with tempfile.TemporaryDirectory(prefix="stages-") as work:
        by_stage = stages(args.data, args.words, args.methods, Path(work))
    names = list(by_stage[0][1])
    print("\nBy stage, in one warm process: median CPU ms a cluster\n")
    print("| method | " + " | ".join(names) + " | total |")
    print("|---|" + "---:|" * (len(names) + 1))
    for method, spent in by_stage:
        print(f"| {method} | " + " | ".join(f"{1000 * spent[n]:.1f}" for n in names) + f" | {1000 * sum(spent.values()):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
