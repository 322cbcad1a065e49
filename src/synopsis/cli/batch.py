"""`synopsis batch`: one summary a benchmark cluster, written to OUT/<cluster_id>.txt."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path

FORMAT_CHOICES = ("auto", "duc", "multinews", "wcep", "multiling", "jsonl")

EXAMPLES = """examples:
  synopsis batch /work/data/duc2003 --out runs/default
  synopsis batch /work/data/duc2003 --out runs/lead --method lead --limit 5
  synopsis batch multiling2011 --format multiling --language french --words 250 --out runs/fr

A cluster that fails is named on stderr and skipped.

exit codes: 0 success, 1 a cluster failed or OUT cannot be written, 2 bad command line,
3 unreadable input, 4 no clusters.
"""


def add_dataset_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that say how to read a benchmark; `synopsis eval` shares them."""
    parser.add_argument("input", metavar="INPUT", help="benchmark folder or file (DUC/TAC, Multi-News, WCEP, MultiLing, JSONL)")
    parser.add_argument("--format", default="auto", choices=FORMAT_CHOICES, help="layout of INPUT (default: auto, told by its names and first record)")
    parser.add_argument("--language", default="english", help="MultiLing language (default: english)")
    from synopsis.cli.common import positive

    # Checked as the line is read, so a bad number is a usage error (exit 2) like brief's.
    parser.add_argument("--words", type=positive, default=100, metavar="N", help="summary budget in words (default: 100)")
    parser.add_argument("--jobs", type=positive, default=1, metavar="N", help="worker processes (default: 1)")
    parser.add_argument("--limit", type=positive, default=None, metavar="N", help="only the first N clusters (default: all)")
    parser.add_argument(
        "--whole-sentences", action="store_true",
        help="whole sentences only, as in a brief: no sentence cut at the limit (summaries may fall a few words short)",
    )


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="summarize every cluster of a benchmark into a folder",
        description="Summarize every cluster of a benchmark: OUT/<cluster_id>.txt, one sentence a line. "
        "By the DUC convention a summary is cut at the word limit: the whole sentences chosen within "
        "--words, then the best further sentence cut where the budget ends, so each file holds exactly "
        "what a scorer truncating at --words reads (no more than --words words).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_dataset_arguments(parser)
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the summaries, made if missing")
    from synopsis.evaluate.systems import available_systems

    # A wrong name is a usage error (exit 2), as in `synopsis brief`.
    parser.add_argument("--method", default="default", choices=available_systems(), metavar="NAME",
                        help=f"summarization method: {', '.join(available_systems())} (default: %(default)s)")
    parser.set_defaults(run=run)


def load_clusters(args) -> Iterator:
    """The benchmark's clusters as they are read, so the first is at work while the others are still read."""
    from synopsis.errors import NoArticlesError
    from synopsis.io.datasets import read_clusters

    clusters = read_clusters(args.input, args.format, language=args.language)
    if args.limit is not None:
        clusters = itertools.islice(clusters, args.limit)
    first = next(clusters, None)
    if first is None:
        raise NoArticlesError(f"no clusters in {args.input}")
    return itertools.chain([first], clusters)


def cluster_total(args) -> int | None:
    """The clusters a run will go through, for the progress bar, when the benchmark tells it cheaply."""
    from synopsis.io.datasets import count_clusters

    total = count_clusters(args.input, args.format, language=args.language)
    if args.limit is not None:
        return args.limit if total is None else min(total, args.limit)
    return total


def progress(iterable, total: int | None, what: str):
    # Drawn on stderr and only on a terminal, so redirected output stays clean (and tqdm's import is spared).
    if not sys.stderr.isatty():
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=what, unit="cluster", file=sys.stderr, leave=False)


def check_folder(folder: Path) -> None:
    """Make the output folder before any work, so a bad --out costs nothing."""
    from synopsis.errors import SynopsisError

    if folder.exists() and not folder.is_dir():
        raise SynopsisError(f"cannot write to {folder}: not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SynopsisError(f"cannot write to {folder}: {error.strerror or error}") from None
    if not os.access(folder, os.W_OK):
        raise SynopsisError(f"cannot write to {folder}: not writable")


def write_summary(folder: Path, cluster_id: str, text: str) -> Path:
    from synopsis.cli.common import write_atomically
    from synopsis.io.datasets import summary_file_name

    path = folder / summary_file_name(cluster_id)
    write_atomically(str(path), text + "\n" if text else "")
    return path


def report_failures(runs) -> int:
    """Print one line a failed cluster; how many failed."""
    failed = [run for run in runs if run.error]
    for run in failed:
        print(f"synopsis: warning: cluster {run.cluster} skipped: {run.error}", file=sys.stderr)
    return len(failed)


def run(args) -> int:
    from synopsis.cli.common import reported_warnings

    with reported_warnings():
        return summarize_clusters(args)


def summarize_clusters(args) -> int:
    from synopsis.errors import SynopsisError
    from synopsis.evaluate.systems import check_systems, run_clusters
    from synopsis.model import Budget

    check_systems([args.method])
    if args.method == "oracle":
        raise SynopsisError("the oracle needs references; use it with `synopsis eval`")
    check_folder(args.out)
    clusters = load_clusters(args)
    runs = []
    for result in progress(run_clusters(clusters, [args.method], Budget(words=args.words), args.jobs, args.whole_sentences), cluster_total(args), "batch"):
        runs.append(result)
        if not result.error:
            write_summary(args.out, result.cluster, result.summaries[args.method])
    failed = report_failures(runs)
    written = len(runs) - failed
    skipped = f"; {failed} {'cluster' if failed == 1 else 'clusters'} skipped" if failed else ""
    print(f"{written} {'summary' if written == 1 else 'summaries'} written to {args.out}{skipped}", file=sys.stderr)
    if failed == len(runs):
        raise SynopsisError("no cluster could be summarized")
    return 1 if failed else 0
