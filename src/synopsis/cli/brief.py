"""`synopsis brief`: an attributed summary of reports about one story."""

from __future__ import annotations

import argparse
import sys

from synopsis.cli.common import check_writable, positive, read_reporting, reported_warnings, write_atomically
from synopsis.errors import NoArticlesError
from synopsis.io.writers import FORMATS

EXAMPLES = """examples:
  synopsis brief examples/idlib
  synopsis brief examples/idlib --words 60 --format json
  synopsis brief reports/*.html feed.jsonl --format html --out brief.html
  cat feed.jsonl | synopsis brief - --sentences 3

input: folders of .txt .md .html .json files (one article each), .jsonl files
(one {"id", "text", "title", "source", "date", "url"} object a line), or - for
stdin. Files that cannot be used are skipped with a warning on stderr.

exit codes: 0 success, 2 bad command line, 3 unreadable input, 4 no articles.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "brief",
        help="summarize reports about one story, citing the reports behind every sentence",
        description="Summarize news reports about one story. Every summary sentence cites the "
        "reports that carry it; figures, quotes and dates are reconciled across reports.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a folder, an article file, a .jsonl file, or - for stdin")
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--words", type=positive, metavar="N", help="at most N words (default: 100)")
    budget.add_argument("--chars", type=positive, metavar="N", help="at most N characters, instead of --words")
    budget.add_argument("--sentences", type=positive, metavar="N", help="at most N sentences, instead of --words")
    parser.add_argument(
        "--format", choices=FORMATS, default="text",
        help="text (default), markdown, html, or json (with character spans); each gives the summary, "
        "its sources and the fact sheet: disagreements, figures, quotes, timeline",
    )
    parser.add_argument("--out", metavar="FILE", help="write to FILE (replaced whole, never half-written) instead of stdout")
    from synopsis.summarize import METHODS  # a table of names; the algorithms load when used

    parser.add_argument(
        "--method", default="default", choices=list(METHODS), metavar="NAME",
        help=f"summarization method: {', '.join(METHODS)} (default: %(default)s)",
    )
    parser.add_argument("--no-facts", action="store_true", help="leave out the fact sheet (figures, quotes, timeline)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from synopsis import api
    from synopsis.io.writers import render

    if args.out:
        check_writable(args.out)  # before the work, not after it
    articles = read_reporting(args.paths)
    words = None if (args.chars or args.sentences) else (args.words or 100)
    facts = not args.no_facts
    with reported_warnings():
        result = api.brief(articles, words, chars=args.chars, sentences=args.sentences, method=args.method, facts=facts)
    if not any(document.sentences for document in result.documents):
        raise NoArticlesError("no story text: cleaning left no sentence in the input")
    if not result.summary:
        print("synopsis: warning: no sentence fits within the budget", file=sys.stderr)
    output = render(result, args.format)
    if args.out:
        write_atomically(args.out, output)
    else:
        sys.stdout.write(output)
        sys.stdout.flush()
    return 0
