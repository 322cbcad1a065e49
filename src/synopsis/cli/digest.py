"""`synopsis digest`: a feed turned into its events, biggest and newest first, each with a brief."""

from __future__ import annotations

import argparse
import re
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
    parser.add_argument("--min-articles", type=positive, default=1, metavar="N", help="leave out events with fewer than N reports")
    parser.add_argument("--top", type=positive, metavar="N", help="keep only the N first events")
    parser.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    add_clustering_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from synopsis.cli.common import check_writable, read_reporting, reported_warnings, write_atomically
    from synopsis.cli.cluster import clusterer
    from synopsis.api import digest

    if args.out:
        check_writable(args.out)
    articles = read_reporting(args.paths)
    with reported_warnings():
        entries = digest(
            articles, args.words, clusterer=clusterer(args), min_articles=args.min_articles, top=args.top,
            facts=args.format != "markdown",
        )
    output = {"markdown": to_markdown, "html": to_html, "json": to_json}[args.format](entries, len(articles))
    if args.out:
        write_atomically(args.out, output)
    else:
        sys.stdout.write(output)
    return 0


def facts_line(entry) -> str:
    """How many reports, from which outlets, over which dates."""
    count = len(entry.articles)
    parts = [f"{count} report{'s' * (count != 1)}"]
    if entry.outlets:
        parts.append(", ".join(entry.outlets))
    first, last = entry.first_date, entry.last_date
    if first:
        parts.append(first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}")
    return " \u00b7 ".join(parts)


def to_markdown(entries, total: int) -> str:
    from synopsis.io.writers import md, to_markdown as brief_markdown

    lines = [f"# Digest: {len(entries)} events from {total} reports", ""]
    for number, entry in enumerate(entries, 1):
        lines += [f"## {number}. {md(entry.title)}", "", f"*{md(facts_line(entry))}*", ""]
        # The brief's own headings sit one level below the event's.
        body = brief_markdown(entry.brief).splitlines()
        lines += ["##" + line if line.startswith("#") else line for line in body[2:]]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# Anchors the brief page uses for its sources; each event gets its own prefix so citations stay in their event.
_ANCHOR = re.compile(r'(id="|href="#)source-')
_META = re.compile(r'<p class="meta">.*?</p>', re.DOTALL)
_HEADING = re.compile(r"<(/?)h([1-5])\b")


def to_html(entries, total: int) -> str:
    from synopsis.io.writers import STYLE, esc, to_html as brief_html

    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Digest of {total} reports</title>",
        f"<style>{STYLE}article{{margin-bottom:3rem}}</style></head><body><main>",
        f"<h1>Digest: {len(entries)} events from {total} reports</h1>",
    ]
    for number, entry in enumerate(entries, 1):
        page = brief_html(entry.brief)
        body = page[page.index("<main>") + len("<main>") : page.rindex("</main>")]
        # The brief's own heading and report count give way to the event's title and facts line.
        body = _META.sub("", body.split("</h1>", 1)[1], count=1)
        body = _ANCHOR.sub(rf"\1event-{number}-source-", body)
        body = _HEADING.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", body)
        parts += [
            f'<article id="event-{number}">',
            f"<h2>{number}. {esc(entry.title)}</h2>",
            f'<p class="meta">{esc(facts_line(entry))}</p>',
            body,
            "</article>",
        ]
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def to_json(entries, total: int) -> str:
    import json

    from synopsis.io.writers import iso, to_dict

    data = {
        "reports": total,
        "events": [
            {
                "event": entry.event.id,
                "title": entry.title,
                "reports": len(entry.articles),
                "outlets": list(entry.outlets),
                "first_date": iso(entry.first_date),
                "last_date": iso(entry.last_date),
                "articles": list(entry.event.article_ids),
                "brief": to_dict(entry.brief),
            }
            for entry in entries
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
