import datetime as dt
import html.parser
import json

import pytest

from synopsis.errors import SynopsisError
from synopsis.io.writers import render, to_dict
from synopsis.model import (
    Article,
    Brief,
    Document,
    Fact,
    FactSheet,
    FigureValue,
    Quote,
    Sentence,
    Span,
    SummarySentence,
    TimelineEntry,
)

TEXTS = {
    "afp": 'Strikes killed nine civilians on Sunday. "Nowhere is safe," a father said. <b>Aid</b> & hope.',
    "wire": "Air strikes killed 9 civilians in Idlib. Officials said 23 civilians died in the week.",
    "copy": "Strikes killed nine civilians on Sunday.",
}


def span(doc, words):
    start = TEXTS[doc].index(words)
    return Span(doc, start, start + len(words))


def make_brief(facts=True):
    articles = [
        Article("afp", TEXTS["afp"], title="Strikes in *Idlib*", source="AFP", date=dt.date(2019, 12, 22), path="a/afp.txt"),
        Article("wire", TEXTS["wire"], source="Wire <Service>", path="a/wire.txt", url="https://wire.example/a?b=1&c=2"),
        Article("copy", TEXTS["copy"], date=dt.date(2019, 12, 23), path="a/copy.txt", url="javascript:alert(1)"),
    ]
    documents = tuple(
        Document(a, (Sentence(a.id, 0, len(a.text), a.text, 0),), "afp" if a.id == "copy" else None) for a in articles
    )
    first = "Strikes killed nine civilians on Sunday."
    summary = (
        SummarySentence(first, (span("afp", first), span("wire", "Air strikes killed 9 civilians in Idlib."), span("copy", first))),
        SummarySentence("<b>Aid</b> & hope.", (span("afp", "<b>Aid</b> & hope."),)),
    )
    sheet = FactSheet(
        facts=(
            Fact("civilians killed in the week", "conflict", (
                FigureValue(9.0, "nine civilians", (span("afp", "nine civilians"), span("copy", "nine civilians"))),
                FigureValue(23.0, "23 civilians", (span("wire", "23 civilians"),)),
            )),
            Fact("civilians killed on Sunday", "agree", (
                FigureValue(9.0, "nine civilians", (span("afp", "nine civilians"),)),
                FigureValue(9.0, "9 civilians", (span("wire", "9 civilians"),)),
            )),
            Fact("share of Syria held", "single", (FigureValue(0.7, "70 per cent", (span("wire", "Officials"),)),)),
        ),
        quotes=(Quote("a father", "Nowhere is safe,", (span("afp", "Nowhere is safe,"),)),),
        timeline=(TimelineEntry(dt.date(2019, 12, 22), True, "Strikes killed nine civilians.", (span("afp", first),)),),
    ) if facts else FactSheet()
    return Brief(documents, summary, sheet)


def test_json_follows_the_schema():
    data = json.loads(render(make_brief(), "json"))
    assert data == to_dict(make_brief())
    assert set(data) == {"documents", "summary", "facts", "quotes", "timeline"}
    assert data["documents"][0] == {
        "id": "afp", "title": "Strikes in *Idlib*", "source": "AFP", "date": "2019-12-22",
        "path": "a/afp.txt", "duplicate_of": None,
    }
    assert data["documents"][2]["duplicate_of"] == "afp" and data["documents"][1]["date"] is None
    sentence = data["summary"][0]
    assert set(sentence) == {"text", "support", "sources"} and sentence["support"] == 3
    for source in sentence["sources"]:
        assert set(source) == {"doc", "start", "end"}
        assert TEXTS[source["doc"]][source["start"]:source["end"]] in (sentence["text"], "Air strikes killed 9 civilians in Idlib.")
    fact = data["facts"][0]
    assert set(fact) == {"quantity", "verdict", "values"} and fact["verdict"] == "conflict"
    assert fact["values"][0]["value"] == 9 and isinstance(fact["values"][0]["value"], int)
    assert data["facts"][2]["values"][0]["value"] == 0.7
    assert set(fact["values"][0]) == {"value", "text", "sources"}
    assert data["quotes"] == [{"speaker": "a father", "text": "Nowhere is safe,", "support": 1,
                               "sources": [{"doc": "afp", "start": 42, "end": 58}]}]
    assert data["timeline"][0]["date"] == "2019-12-22" and data["timeline"][0]["inferred"] is True


def test_text_lists_sentences_with_citations_then_sources():
    lines = render(make_brief(), "text").splitlines()
    assert lines[0] == "Strikes killed nine civilians on Sunday. [1][2][3]"
    assert lines[1] == "<b>Aid</b> & hope. [1]"
    assert lines[3] == "Sources"
    assert lines[4] == "[1] Strikes in *Idlib* \u2014 AFP, 2019-12-22"
    assert lines[5] == "[2] wire \u2014 Wire <Service>"
    assert lines[6] == "[3] copy \u2014 2019-12-23, a copy of [1]"
    assert lines[8] == "Where the reports disagree"
    assert lines[9:12] == [
        "- civilians killed in the week",
        "  - 9: \u201cnine civilians\u201d [1][3]",
        "  - 23: \u201c23 civilians\u201d [2]",
    ]
    assert "- a father: \u201cNowhere is safe,\u201d [1] (1 report)" in lines
    assert "- 2019-12-22: Strikes killed nine civilians. [1] (date inferred)" in lines


def test_text_omits_an_empty_fact_sheet():
    assert len(render(make_brief(facts=False), "text").splitlines()) == 7


def test_markdown_cites_and_orders_sections():
    page = render(make_brief(), "markdown")
    assert "Strikes killed nine civilians on Sunday. [1][2][3]\n" in page
    assert "\\<b\\>Aid\\</b\\> & hope. [1]\n" in page  # markup in a report is shown, not obeyed
    assert "1. Strikes in \\*Idlib\\* \u2014 AFP, 2019-12-22" in page
    assert "2. [wire](<https://wire.example/a?b=1&c=2>) \u2014 Wire \\<Service\\>" in page
    assert "javascript" not in page
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## Sources", "## Where the reports disagree", "## Figures", "## Quotes", "## Timeline"]
    assert "  - **9**: \u201cnine civilians\u201d [1][3]" in page
    assert "  - **23**: \u201c23 civilians\u201d [2]" in page
    assert "- **civilians killed on Sunday**: nine civilians / 9 civilians [1][2]" in page
    assert "- **a father**: \u201cNowhere is safe,\u201d [1] (1 report)" in page
    assert "- **2019-12-22**: Strikes killed nine civilians. [1] (date inferred)" in page


def test_markdown_omits_an_empty_fact_sheet():
    page = render(make_brief(facts=False), "markdown")
    assert [line for line in page.splitlines() if line.startswith("## ")] == ["## Sources"]


def test_an_empty_summary_leaves_the_sources():
    brief = make_brief(facts=False)
    brief = Brief(brief.documents, ())
    assert render(brief, "text").startswith("Sources\n[1] Strikes")
    assert render(brief, "markdown").startswith("# Brief\n\n## Sources\n\n1. Strikes")
    assert 'class="summary"' not in render(brief, "html")


def test_markdown_escapes_a_line_that_would_become_a_list():
    brief = make_brief(facts=False)
    brief = Brief(brief.documents, (SummarySentence("- 'Nowhere is safe' -", brief.summary[0].sources),))
    assert "\\- 'Nowhere is safe' - [1][2][3]" in render(brief, "markdown")


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text, self.links, self.ids = [], [], [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "href" in attrs:
            self.links.append(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_escaped_self_contained_and_linked():
    page = render(make_brief(), "html")
    parser = Page()
    parser.feed(page)
    assert "b" not in parser.tags  # the report's <b> is text, not markup
    assert "&lt;b&gt;Aid&lt;/b&gt; &amp; hope." in page
    assert "Wire &lt;Service&gt;" in page
    assert '<a href="https://wire.example/a?b=1&amp;c=2">wire</a>' in page and "javascript" not in page
    assert "<style>" in page and "<script" not in page and "http" not in page.split("</style>")[0]
    cites = [link for link in parser.links if link.get("class") == "cite"]
    assert cites and all(link["href"].lstrip("#") in parser.ids for link in cites)
    assert cites[1]["title"] == "Air strikes killed 9 civilians in Idlib."  # the cited words of report 2
    text = "".join(parser.text)
    assert text.index("Where the reports disagree") < text.index("Figures") < text.index("Quotes") < text.index("Timeline")


def test_unknown_format_is_a_user_error():
    with pytest.raises(SynopsisError, match="unknown format 'pdf'"):
        render(make_brief(), "pdf")


def test_a_digest_of_one_event_counts_it_in_the_singular():
    import synopsis
    from synopsis.io.writers import render_digest

    story = Article(id="one", text="A storm hit the coast on Monday, officials said. Roads were closed.", language="en")
    entries = synopsis.digest([story], words=20, facts=False)
    assert render_digest(entries, 1, "markdown").startswith("# Digest: 1 event from 1 report\n")
    assert "<h1>Digest: 1 event from 1 report</h1>" in render_digest(entries, 1, "html")


def test_html_lets_right_to_left_reports_read_right_to_left():
    import synopsis
    from synopsis.io.writers import render_digest

    story = Article(id="ar", text="هزّ زلزال قوي تشيلي يوم الاثنين. وقال مسؤولون إن عشرات الأشخاص قتلوا.")
    entries = synopsis.digest([story], words=20, facts=False)
    page = render_digest(entries, 1, "html")
    # Each paragraph takes the direction of its first letter; the title is kept apart from its English number.
    assert '<p dir="auto">هزّ زلزال قوي تشيلي يوم الاثنين.' in page
    assert "<h2>1. <bdi>هزّ زلزال قوي تشيلي يوم الاثنين.</bdi></h2>" in page
    sources = [line for line in page.splitlines() if line.startswith('<li id="event-1-source-')]
    assert sources and all('dir="auto"' in line for line in sources)
