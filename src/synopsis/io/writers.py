"""Write a `Brief` as text, Markdown, JSON or one self-contained HTML page.

Writers only read the model. Every format numbers the reports in the order of
`brief.documents` and cites them by number after each statement, so each
sentence, figure, quote and date leads back to the reports that carry it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass

from synopsis.errors import SynopsisError
from synopsis.model import Brief, Document, Fact, Span

FORMATS = ("text", "markdown", "json", "html")
CONFLICT = "conflict"
# Anything else (javascript:, data:) is never made a link; spaces and brackets would break one.
WEB_ADDRESS = re.compile(r"https?://[^\s<>()]+\Z", re.IGNORECASE)


def render(brief: Brief, fmt: str = "text") -> str:
    """The brief in one of FORMATS, ending with a newline."""
    writers = {"text": to_text, "markdown": to_markdown, "json": to_json, "html": to_html}
    if fmt not in writers:
        raise SynopsisError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return writers[fmt](brief)


# JSON: the stable contract other tools read.


def to_dict(brief: Brief) -> dict:
    """The brief as plain JSON-ready data; spans are offsets into each report's original text."""
    sheet = brief.facts
    return {
        "documents": [document_dict(document) for document in brief.documents],
        "summary": [
            {"text": s.text, "support": s.support, "sources": spans_list(s.sources)} for s in brief.summary
        ],
        "facts": [
            {
                "quantity": fact.quantity,
                "verdict": fact.verdict,
                "values": [
                    {"value": plain_number(v.value), "text": v.text, "sources": spans_list(v.sources)}
                    for v in fact.values
                ],
            }
            for fact in sheet.facts
        ],
        "quotes": [
            {"speaker": q.speaker, "text": q.text, "support": q.support, "sources": spans_list(q.sources)}
            for q in sheet.quotes
        ],
        "timeline": [
            {
                "date": e.date.isoformat(),
                "precision": e.precision,
                "inferred": e.inferred,
                "text": e.text,
                "sources": spans_list(e.sources),
            }
            for e in sheet.timeline
        ],
    }


def document_dict(document: Document) -> dict:
    article = document.article
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "date": iso(article.date),
        "path": article.path,
        "duplicate_of": document.duplicate_of,
    }


def spans_list(spans: tuple[Span, ...]) -> list[dict]:
    return [{"doc": s.doc, "start": s.start, "end": s.end} for s in spans]


def plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def to_json(brief: Brief) -> str:
    return json.dumps(to_dict(brief), ensure_ascii=False, indent=2) + "\n"


# The outline the human formats share: sections of cited items.


@dataclass(frozen=True)
class Cite:
    number: int  # the report's place in the source list, from 1
    excerpt: str  # the cited words as that report wrote them


@dataclass(frozen=True)
class Item:
    """One statement with the reports behind it: "label: text [1][3] (note)"."""

    text: str
    cites: tuple[Cite, ...] = ()
    label: str | None = None
    note: str | None = None
    children: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Section:
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Source:
    number: int
    title: str
    details: str  # outlet, date, and whose copy it is
    url: str | None = None  # only a web address (http or https), safe to link


def outline(brief: Brief) -> tuple[tuple[Item, ...], tuple[Source, ...], tuple[Section, ...]]:
    """The summary, the source list, and the non-empty fact-sheet sections, disagreements first."""
    cite = citer(brief.documents)
    summary = tuple(Item(s.text, cite(s.sources)) for s in brief.summary)
    sheet = brief.facts
    conflicts = [fact for fact in sheet.facts if fact.verdict == CONFLICT]
    figures = [fact for fact in sheet.facts if fact.verdict != CONFLICT]
    sections = (
        Section("Where the reports disagree", tuple(conflict_item(f, cite) for f in conflicts)),
        Section("Figures", tuple(figure_item(f, cite) for f in figures)),
        Section(
            "Quotes",
            tuple(Item(f"\u201c{q.text}\u201d", cite(q.sources), q.speaker, reports(q.support)) for q in sheet.quotes),
        ),
        Section(
            "Timeline",
            tuple(
                Item(e.text, cite(e.sources), e.when, "date inferred" if e.inferred else None)
                for e in sheet.timeline
            ),
        ),
    )
    return summary, sources(brief.documents), tuple(s for s in sections if s.items)


def citer(documents: tuple[Document, ...]):
    """A function from spans to citations, numbered in source-list order, one per report."""
    numbers = {document.id: number for number, document in enumerate(documents, start=1)}
    texts = {document.id: document.article.text for document in documents}

    def cite(spans: tuple[Span, ...]) -> tuple[Cite, ...]:
        first: dict[str, Span] = {}
        for span in spans:
            if span.doc in numbers:
                first.setdefault(span.doc, span)
        return tuple(
            Cite(numbers[doc], texts[doc][span.start : span.end].strip())
            for doc, span in sorted(first.items(), key=lambda pair: numbers[pair[0]])
        )

    return cite


def conflict_item(fact: Fact, cite) -> Item:
    values = tuple(Item(f"\u201c{v.text}\u201d", cite(v.sources), number_text(v.value)) for v in fact.values)
    return Item("", label=fact.quantity, children=values)


def figure_item(fact: Fact, cite) -> Item:
    spans = tuple(span for value in fact.values for span in value.sources)
    texts = dict.fromkeys(value.text for value in fact.values)
    note = "one report" if fact.verdict == "single" else None
    return Item(" / ".join(texts), cite(spans), fact.quantity, note)


def sources(documents: tuple[Document, ...]) -> tuple[Source, ...]:
    numbers = {document.id: number for number, document in enumerate(documents, start=1)}
    result = []
    for number, document in enumerate(documents, start=1):
        article = document.article
        details = [article.source or "", iso(article.date) or ""]
        if document.duplicate_of in numbers:
            details.append(f"a copy of [{numbers[document.duplicate_of]}]")
        url = article.url if WEB_ADDRESS.match(article.url or "") else None
        result.append(Source(number, article.title or article.id, ", ".join(d for d in details if d), url))
    return tuple(result)


def number_text(value: float) -> str:
    value = plain_number(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def reports(count: int) -> str:
    return "1 report" if count == 1 else f"{count} reports"


def digest_heading(entries, total: int) -> str:
    events = "1 event" if len(entries) == 1 else f"{len(entries)} events"
    return f"Digest: {events} from {reports(total)}"


# Text: the summary a line a sentence, the source list, then the fact sheet's sections.


def to_text(brief: Brief) -> str:
    summary, source_list, sections = outline(brief)
    lines = [joined(item.text, cite_marks(item.cites)) for item in summary] + [""] * bool(summary)
    lines += ["Sources"] + [joined(f"[{s.number}] {s.title}", s.details, sep=" \u2014 ") for s in source_list]
    for section in sections:
        lines += ["", section.title]
        for item in section.items:
            lines += text_item(item)
    return "\n".join(lines) + "\n"


def text_item(item: Item, indent: str = "") -> list[str]:
    label = item.label + (":" if item.text else "") if item.label else None
    note = f"({item.note})" if item.note else None
    lines = [indent + "- " + joined(label, " ".join(item.text.split()), cite_marks(item.cites), note)]
    for child in item.children:
        lines += text_item(child, indent + "  ")
    return lines


def cite_marks(cites: tuple[Cite, ...]) -> str:
    return "".join(f"[{c.number}]" for c in cites)


def joined(*parts: str | None, sep: str = " ") -> str:
    return sep.join(part for part in parts if part)


# Markdown.

MARKDOWN_SPECIAL = re.compile(r"([\\`*_<>\[\]])")
# At a line's start these would open a heading, a list or a quote.
MARKDOWN_LEADING = re.compile(r"^([#>+=-]|\d+(?=[.)]))")


def to_markdown(brief: Brief) -> str:
    return "\n".join(["# Brief", ""] + markdown_brief(brief)) + "\n"


def markdown_brief(brief: Brief, level: int = 2) -> list[str]:
    """The summary, sources and fact sheet as Markdown lines, sections headed at `level`."""
    summary, source_list, sections = outline(brief)
    heading = "#" * level
    lines = [joined(md(item.text), cite_marks(item.cites)) for item in summary] + [""] * bool(summary)
    lines += [f"{heading} Sources", ""]
    lines += [joined(f"{s.number}. {markdown_title(s)}", md(s.details), sep=" \u2014 ") for s in source_list]
    for section in sections:
        lines += ["", f"{heading} {section.title}", ""]
        for item in section.items:
            lines += markdown_item(item)
    return lines


def markdown_title(source: Source) -> str:
    return f"[{md(source.title)}](<{source.url}>)" if source.url else md(source.title)


def markdown_item(item: Item, indent: str = "") -> list[str]:
    label = f"**{md(item.label)}**" + (":" if item.text else "") if item.label else None
    note = f"({md(item.note)})" if item.note else None
    lines = [indent + "- " + joined(label, md(item.text), cite_marks(item.cites), note)]
    for child in item.children:
        lines += markdown_item(child, indent + "  ")
    return lines


def md(text: str) -> str:
    """Text shown as written: characters Markdown would read as markup are escaped."""
    escaped = MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return MARKDOWN_LEADING.sub(r"\1\\" if escaped[:1].isdigit() else r"\\\1", escaped, count=1)


# HTML: one page, no outside resources.

STYLE = """
body{margin:0;background:#f7f7f5;color:#1d1d1b;font:17px/1.6 Georgia,'Times New Roman',serif}
main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1{font-size:1.7rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;
font-family:system-ui,sans-serif;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#666;font:.9rem system-ui,sans-serif;margin:0 0 1.5rem}
.summary p{margin:0 0 .6rem}
a.cite{font:.75rem system-ui,sans-serif;vertical-align:super;text-decoration:none;color:#1a5fb4;margin-left:1px}
a.cite:hover{text-decoration:underline}
ol.sources li:target{background:#fff3bf}
.details{color:#666}
ul{padding-left:1.2rem}li{margin:.25rem 0}
.conflict{border-left:4px solid #c01c28;padding-left:.75rem}
.note{color:#666;font-size:.9rem}
"""


def to_html(brief: Brief) -> str:
    sources_count = esc(reports(len(brief.documents)))
    return page(
        f"Brief of {sources_count}",
        ["<h1>Brief</h1>", f'<p class="meta">From {sources_count}{esc(date_range(brief))}.</p>']
        + html_brief(brief),
    )


def page(title: str, body: list[str], style: str = "") -> str:
    """One self-contained HTML page around `body`."""
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>{STYLE}{style}</style></head><body><main>",
        *body,
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def html_brief(brief: Brief, level: int = 2, anchor: str = "source-") -> list[str]:
    """The summary, sources and fact sheet, headed at <h`level`>; source ids start with `anchor`.

    Each paragraph and item of a report's words takes the direction of its first letter (`dir="auto"`),
    so Arabic or Hebrew reads right to left within the English page.

    A page holding several briefs (a digest) gives each its own `anchor`, so citations stay in their brief.
    """
    summary, source_list, sections = outline(brief)
    parts = []
    if summary:
        parts += ['<section class="summary">'] + [f'<p dir="auto">{esc(i.text)}{html_cites(i.cites, anchor)}</p>' for i in summary]
        parts.append("</section>")
    parts += [f"<h{level}>Sources</h{level}>", '<ol class="sources">']
    parts += [
        f'<li id="{anchor}{s.number}" dir="auto">{html_title(s)}'
        + (f' <span class="details">\u2014 {esc(s.details)}</span>' if s.details else "")
        + "</li>"
        for s in source_list
    ]
    parts.append("</ol>")
    for section in sections:
        css = ' class="conflict"' if section.title.startswith("Where") else ""
        parts += [f"<h{level}>{esc(section.title)}</h{level}>", f"<ul{css}>"]
        parts += [html_item(item, anchor) for item in section.items]
        parts.append("</ul>")
    return parts


def html_title(source: Source) -> str:
    return f'<a href="{esc(source.url)}">{esc(source.title)}</a>' if source.url else esc(source.title)


def html_item(item: Item, anchor: str = "source-") -> str:
    label = f"<strong>{esc(item.label)}</strong>" + (": " if item.text else "") if item.label else ""
    note = f' <span class="note">({esc(item.note)})</span>' if item.note else ""
    children = "<ul>" + "".join(html_item(c, anchor) for c in item.children) + "</ul>" if item.children else ""
    return f'<li dir="auto">{label}{esc(item.text)}{html_cites(item.cites, anchor)}{note}{children}</li>'


def html_cites(cites: tuple[Cite, ...], anchor: str = "source-") -> str:
    # The tooltip shows the words of that report, so a reader can check the claim in place.
    return "".join(
        f'<a class="cite" href="#{anchor}{c.number}" title="{esc(c.excerpt)}">[{c.number}]</a>' for c in cites
    )


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def date_range(brief: Brief) -> str:
    dates = sorted(d.article.date for d in brief.documents if d.article.date)
    if not dates:
        return ""
    first, last = dates[0].isoformat(), dates[-1].isoformat()
    return f", {first}" if first == last else f", {first} to {last}"


# A digest: one brief per event, each headed by its title and a line of facts.


def render_digest(entries, total: int, fmt: str = "markdown") -> str:
    """A digest (a sequence of `EventBrief`) of `total` reports in markdown, html or json."""
    writers = {"markdown": digest_markdown, "html": digest_html, "json": digest_json}
    if fmt not in writers:
        raise SynopsisError(f"unknown digest format {fmt!r}: choose one of {', '.join(writers)}")
    return writers[fmt](entries, total)


def event_line(entry) -> str:
    """How many reports, from which outlets, over which dates."""
    count = len(entry.articles)
    parts = [reports(count)]
    if entry.outlets:
        parts.append(", ".join(entry.outlets))
    first, last = entry.first_date, entry.last_date
    if first:
        parts.append(first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}")
    return " \u00b7 ".join(parts)


def digest_markdown(entries, total: int) -> str:
    lines = [f"# {digest_heading(entries, total)}", ""]
    for number, entry in enumerate(entries, 1):
        lines += [f"## {number}. {md(entry.title)}", "", f"*{md(event_line(entry))}*", ""]
        lines += markdown_brief(entry.brief, level=3) + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def digest_html(entries, total: int) -> str:
    body = [f"<h1>{esc(digest_heading(entries, total))}</h1>"]
    for number, entry in enumerate(entries, 1):
        body += [
            f'<article id="event-{number}">',
            f'<h2>{number}. <bdi>{esc(entry.title)}</bdi></h2>',
            f'<p class="meta">{esc(event_line(entry))}</p>',
            *html_brief(entry.brief, level=3, anchor=f"event-{number}-source-"),
            "</article>",
        ]
    return page(f"Digest of {reports(total)}", body, style="article{margin-bottom:3rem}")


def digest_json(entries, total: int) -> str:
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
