"""`synopsis digest`: a feed turned into its events, biggest and newest first, each with a brief."""

from __future__ import annotations

import argparse
import sys

DIGEST_FORMATS = ("markdown", "html", "json")

EXAMPLES = """examples:
  synopsis digest feed.jsonl
  synopsis digest feed.jsonl --format html --out digest.html
  synopsis digest feed.jsonl --words 40 --min-articles 2 --top 10 --format json

Each event gets a title, its brief (every sentence cites its reports), the
number of reports, the outlets and the dates they cover.

exit codes: 0 success, 2 bad command line, 3 unreadable input, 4 no articles.
"""


def register(subparsers) -> None:
    from synopsis.cli.common import positive
    from synopsis.cli.cluster import add_clustering_options

    parser = subparsers.add_parser(
        "digest",
        help="one brief per event of a feed, biggest and newest first",
        description="Group a feed into events and write a digest: per event a title, a brief "
        "citing its reports, the number of reports, the outlets and the date range.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a folder, an article file, a .jsonl file, or - for stdin")
    parser.add_argument("--format", choices=DIGEST_FORMATS, default="markdown", help="markdown (default), html or json")
    parser.add_argument("--words", type=positive, default=60, metavar="N", help="at most N words a brief (default: 60)")
    parser.add_argument("--min-articles", type=positive, default=1, metavar="N", help="leave out events with fewer than N reports (default: 1)")
    parser.add_argument("--top", type=positive, metavar="N", help="keep only the N first events (default: all)")
    parser.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    add_clustering_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from synopsis.cli.common import check_writable, read_reporting, reported_warnings, write_atomically
    from synopsis.cli.cluster import clusterer
    from synopsis.api import digest
    from synopsis.io.writers import render_digest

    if args.out:
        check_writable(args.out)
    articles = read_reporting(args.paths)
    with reported_warnings():
        entries = digest(
            articles, args.words, clusterer=clusterer(args), min_articles=args.min_articles, top=args.top,
            facts=args.format != "markdown",
        )
    output = render_digest(entries, len(articles), args.format)
    if args.out:
        write_atomically(args.out, output)
    else:
        sys.stdout.write(output)
    return 0
