"""`synopsis cluster`: group a feed of articles into events, or score the grouping against gold labels."""

from __future__ import annotations

import argparse
import sys

EXAMPLES = """examples:
  synopsis cluster feed.jsonl --out events.jsonl
  synopsis cluster feed.jsonl --mode embeddings --window 3
  synopsis cluster ecbplus_documents.jsonl --gold event
  synopsis cluster ecbplus_documents.jsonl --gold event --shuffle 0

output: one JSON line {"id": ARTICLE, "event": EVENT} an article, in input order.
Articles are taken in input order, each assigned once, as a news desk would;
articles without a date count by arrival. With --gold FIELD the input is a JSONL
file whose lines carry the gold event in FIELD (text in "text" or a "sentences"
list, id in "id" or "doc_id"), and BCubed and adjusted Rand scores are printed.

exit codes: 0 success, 2 bad command line, 3 unreadable input, 4 no articles.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "cluster",
        help="group a feed of articles into events (one real-world happening each)",
        description="Group a feed of articles into events, one pass in arrival order; "
        "syndicated copies join their original's event.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a folder, an article file, a .jsonl file, or - for stdin")
    parser.add_argument("--out", metavar="FILE", help="write the assignments to FILE instead of stdout")
    add_clustering_options(parser)
    parser.add_argument("--gold", metavar="FIELD", help="print scores against the gold event in FIELD of each JSONL line instead of the assignments")
    parser.add_argument("--shuffle", type=int, metavar="SEED", help="take the articles in a random order fixed by SEED (default: input order)")
    parser.set_defaults(run=run)


def add_clustering_options(parser: argparse.ArgumentParser) -> None:
    from synopsis.cli.common import nonnegative, positive

    parser.add_argument(
        "--mode", choices=("tfidf", "embeddings"), default="tfidf",
        help="tfidf (default, fast) or embeddings (adds MiniLM sentence embeddings of each lead)",
    )
    parser.add_argument("--window", type=positive, default=7, metavar="DAYS", help="an event closes after DAYS without an article (default: 7)")
    parser.add_argument(
        "--window-articles", type=positive, default=10_000, metavar="N",
        help="an event also closes after N articles without one of its own (default: 10000)",
    )
    parser.add_argument("--threshold", type=unit_interval, metavar="X", help="similarity at which an article joins an event (default: the mode's)")
    parser.add_argument(
        "--workers", type=nonnegative, metavar="N",
        help="processes that featurize the next batches while this one assigns "
        "(default: one fewer than the cores in tfidf mode, the cores in embeddings mode, at most 4, none on one core; "
        "0 for one process)",
    )


def unit_interval(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value}")
    return number


def clusterer(args: argparse.Namespace):
    from synopsis.events import EventClusterer

    options = {"threshold": args.threshold} if args.threshold is not None else {}
    return EventClusterer(
        args.mode, window=args.window, window_articles=args.window_articles, workers=args.workers, **options
    )


def run(args: argparse.Namespace) -> int:
    import json

    from synopsis.cli.common import check_writable, read_reporting, write_atomically

    if args.out:
        check_writable(args.out)
    if args.gold:
        articles, gold = read_gold(args)
    else:
        articles, gold = read_reporting(args.paths), None
    if args.shuffle is not None:
        from synopsis.events.labelled import shuffled

        articles, gold = shuffled(articles, gold or [None] * len(articles), args.shuffle)
    labels = clusterer(args).fit_predict(articles)
    if gold is not None and args.gold:
        print_scores(labels, gold, args)
        if not args.out:
            return 0
    lines = "".join(json.dumps({"id": a.id, "event": e}, ensure_ascii=False) + "\n" for a, e in zip(articles, labels))
    if args.out:
        write_atomically(args.out, lines)
    else:
        sys.stdout.write(lines)
    return 0


def read_gold(args: argparse.Namespace):
    import os

    from synopsis.cli.common import reported_warnings
    from synopsis.errors import InputError
    from synopsis.events.labelled import read_labelled

    if len(args.paths) != 1 or args.paths[0] == "-" or os.path.isdir(args.paths[0]):
        raise InputError("--gold reads one JSONL file")
    with reported_warnings():
        return read_labelled(args.paths[0], args.gold)


def print_scores(labels: list[str], gold: list[str], args: argparse.Namespace) -> None:
    from synopsis.events.evaluate import score

    result = score(labels, gold)
    order = "file order" if args.shuffle is None else f"shuffled (seed {args.shuffle})"
    print("| articles | order | mode | events (gold) | BCubed P | BCubed R | BCubed F1 | ARI |")
    print("|---:|---|---|---:|---:|---:|---:|---:|")
    print(
        f"| {len(labels)} | {order} | {args.mode} | {result.events} ({result.gold_events}) | "
        f"{result.precision:.3f} | {result.recall:.3f} | {result.f1:.3f} | {result.ari:.3f} |"
    )
