"""`synopsis brief`: an attributed summary of reports about one story."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import warnings

from synopsis.errors import InputWarning, NoArticlesError, SynopsisError
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
    budget.add_argument("--chars", type=positive, metavar="N", help="at most N characters")
    budget.add_argument("--sentences", type=positive, metavar="N", help="at most N sentences")
    parser.add_argument(
        "--format", choices=FORMATS, default="text",
        help="text (default: the summary and its sources), markdown or html (with the fact "
        "sheet: disagreements, figures, quotes, timeline), json (everything, with character spans)",
    )
    parser.add_argument("--out", metavar="FILE", help="write to FILE (replaced whole, never half-written) instead of stdout")
    from synopsis.summarize import METHODS  # a table of names; the algorithms load when used

    parser.add_argument(
        "--method", default="default", choices=list(METHODS), metavar="NAME",
        help=f"summarization method: {', '.join(METHODS)} (default: %(default)s)",
    )
    parser.add_argument("--no-facts", action="store_true", help="leave out the fact sheet (figures, quotes, timeline)")
    parser.set_defaults(run=run)


def positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return number


def run(args: argparse.Namespace) -> int:
    from synopsis import api
    from synopsis.io.writers import render

    if args.out:
        check_writable(args.out)  # before the work, not after it
    articles = read_reporting(args.paths)
    words = None if (args.chars or args.sentences) else (args.words or 100)
    # The text format shows no fact sheet, so it is not computed for it.
    facts = not args.no_facts and args.format != "text"
    with warnings.catch_warnings():
        warnings.showwarning = show_warning
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


def read_reporting(paths: list[str]):
    """The articles, each input problem on stderr as one line; when the one problem
    leaves nothing to summarize, it is told once, as the error."""
    from synopsis import api

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        try:
            articles = api.read(*paths)
        except NoArticlesError as error:
            if len(caught) == 1:
                raise NoArticlesError(f"no articles: {caught[0].message}") from None
            show_warnings(caught)
            raise error from None
    show_warnings(caught)
    return articles


def show_warnings(caught: list[warnings.WarningMessage]) -> None:
    for warning in caught:
        show_warning(warning.message, warning.category, warning.filename, warning.lineno)


def show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    # One line a problem, in the command's voice, instead of Python's two-line format.
    print(f"synopsis: warning: {message}", file=sys.stderr)


def check_writable(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path) or not os.path.isdir(folder) or not os.access(folder, os.W_OK):
        reason = "it is a folder" if os.path.isdir(path) else f"no writable folder {folder}"
        raise SynopsisError(f"cannot write {path}: {reason}")


def write_atomically(path: str, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as error:
        raise SynopsisError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, file_mode(path))
        os.replace(temporary, path)
    except BaseException as error:
        os.unlink(temporary)
        if isinstance(error, OSError):
            raise SynopsisError(f"cannot write {path}: {error.strerror or error}") from None
        raise


def file_mode(path: str) -> int:
    """The existing file's permissions, or what a new file would get under the umask."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
