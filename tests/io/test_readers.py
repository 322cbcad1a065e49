import datetime as dt
import gzip
import io
import json
import sys
import warnings
from pathlib import Path

import pytest

from synopsis.errors import InputError, InputWarning, NoArticlesError
from synopsis.io.readers import parse_date, read_articles

IDLIB = Path(__file__).resolve().parents[2] / "examples" / "idlib"
BODY = "Russian air strikes killed nine civilians in Idlib on Sunday, a war monitor said."

PAGE = """<!DOCTYPE html><html><head><title>Strikes kill nine in Idlib | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="og:url" content="https://example.com/idlib-strikes">
<meta property="article:published_time" content="2019-12-22T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Strikes kill nine in Idlib</h1>
<p>Russian air strikes killed nine civilians in Idlib province on Sunday, a war monitor said,
as thousands fled the fighting around Maaret al-Numan.</p>
<p>"Nowhere is safe," said a father of five who fled with his family to the north of the
province, where camps are already full.</p>
<p>The Syrian Observatory for Human Rights said more than 30,000 people had fled the area.</p>
</article>
<footer>Copyright 2019 The Daily Planet. All rights reserved.</footer>
</body></html>
"""


def read_quietly(*paths):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = read_articles(paths)
    return articles, [str(w.message) for w in caught if issubclass(w.category, InputWarning)]


def test_folder_with_every_kind_of_file(tmp_path):
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "c.md").write_text("# Strikes in Idlib\n\n" + BODY, encoding="utf-8")
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    record = {"text": BODY, "title": "From JSON", "source": "Wire", "date": "2019-12-21", "url": "https://x.org/1"}
    (tmp_path / "d.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    articles, warned = read_quietly(tmp_path)
    assert [a.id for a in articles] == ["a", "b", "c", "d"]
    assert warned == []
    page, text, markdown, record_article = articles
    assert page.title == "Strikes kill nine in Idlib"
    assert page.source == "The Daily Planet"
    assert page.date == dt.date(2019, 12, 22)
    assert page.url == "https://example.com/idlib-strikes"
    assert page.text.startswith("Russian air strikes killed nine civilians")
    assert "Home" not in page.text and "Copyright" not in page.text
    assert "\n\n" in page.text  # paragraphs kept apart as in text files
    assert text.text == BODY and text.path == str(tmp_path / "b.txt") and text.title is None
    assert markdown.title == "Strikes in Idlib" and markdown.text.startswith("# Strikes in Idlib")
    assert (record_article.title, record_article.source, record_article.url) == ("From JSON", "Wire", "https://x.org/1")
    assert record_article.date == dt.date(2019, 12, 21)


def test_example_folder_reads_dateline_and_keeps_text_whole(tmp_path):
    articles = read_articles([IDLIB])
    assert len(articles) == 5 and read_articles(str(IDLIB)) == articles
    dated = [a for a in articles if a.date]
    assert [(a.id, a.date) for a in dated] == [("003_648a1f843ad61b6d", dt.date(2019, 12, 23))]
    with open(dated[0].path, encoding="utf-8") as file:
        assert dated[0].text == file.read()  # the dateline stays: offsets point into the original
    assert dated[0].text.startswith(" date 2019-12-23")


@pytest.mark.parametrize(
    "opening, date",
    [
        (" date 2019-12-23 At least nine", dt.date(2019, 12, 23)),
        ("Date: 2019-12-23\n\nAt least nine", dt.date(2019, 12, 23)),
        ("2005/01/08 Tsunami aid donations\n\nSaturday", dt.date(2005, 1, 8)),
        ("2019-13-45 is not a day", None),
        ("At least nine civilians died on 2019-12-23.", None),
    ],
)
def test_leading_dateline(tmp_path, opening, date):
    (tmp_path / "report.txt").write_text(opening, encoding="utf-8")
    (article,) = read_articles([tmp_path / "report.txt"])
    assert article.date == date and article.text == opening


def test_jsonl_streams_records_and_warns_on_bad_lines(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "one", "text": BODY, "date": "23 December 2019", "source": "AFP"}),
        "{not json",
        "",
        json.dumps({"id": "two", "title": "no text here"}),
        json.dumps({"text": "A report without an id.", "date": "soon-ish"}),
        json.dumps(["a list"]),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, warned = read_quietly(feed)
    assert [a.id for a in articles] == ["one", "feed-5"]
    assert articles[0].date == dt.date(2019, 12, 23) and articles[0].source == "AFP"
    assert articles[1].date is None and all(a.path == str(feed) for a in articles)
    assert any("line 2" in w and "not valid JSON" in w for w in warned)
    assert any("line 4" in w and '"text"' in w for w in warned)
    assert any("line 5" in w and "soon-ish" in w for w in warned)
    assert any("line 6" in w for w in warned)
    assert len(warned) == 4


def test_stdin_jsonl_and_plain_text(monkeypatch):
    feed = "\n".join(json.dumps({"id": f"r{i}", "text": BODY}) for i in range(3)).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed)))
    assert [a.id for a in read_articles(["-"])] == ["r0", "r1", "r2"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode())))
    (article,) = read_articles(["-"])
    assert (article.id, article.text, article.path) == ("stdin", BODY, None)
    pretty = json.dumps([{"id": "p1", "text": BODY}, {"text": BODY}], indent=2).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(pretty)))
    assert [(a.id, a.path) for a in read_articles(["-"])] == [("p1", None), ("stdin-2", None)]


def test_several_paths_keep_order_and_make_ids_unique(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "report.txt").write_text(BODY, encoding="utf-8")
    (second / "report.txt").write_text(BODY + " Again.", encoding="utf-8")
    (second / "report~2.txt").write_text(BODY + " Third.", encoding="utf-8")
    single = tmp_path / "zeta.txt"
    single.write_text(BODY, encoding="utf-8")
    articles, warned = read_quietly(single, first, second)
    assert [a.id for a in articles] == ["zeta", "report", "report~2", "report~2~2"]
    assert articles[2].text.endswith("Again.")
    assert len(warned) == 2 and "repeated id 'report'" in warned[0]
    assert read_quietly(single, first, second)[0] == articles  # deterministic


def test_bad_files_are_skipped_with_one_warning_each(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 owners in Id\u00eflib said \u201cnowhere is safe\u201d.".encode("cp1252"))
    articles, warned = read_quietly(tmp_path)
    assert [a.id for a in articles] == ["latin"]
    assert articles[0].text == "Caf\u00e9 owners in Id\u00eflib said \u201cnowhere is safe\u201d."
    assert len(warned) == 5
    for name in ("empty.txt", "blank.txt", "binary.txt", "photo.jpg", "latin.txt"):
        assert sum(name in w for w in warned) == 1


def test_utf16_and_windows_line_endings(tmp_path):
    (tmp_path / "wide.txt").write_bytes(("\ufeff" + BODY).encode("utf-16-le"))
    (tmp_path / "windows.txt").write_bytes(b"First line.\r\n\r\nSecond line.\r\n")
    articles, warned = read_quietly(tmp_path)
    assert warned == []
    assert {a.id: a.text for a in articles} == {"wide": BODY, "windows": "First line.\n\nSecond line.\n"}


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder: .*nowhere"):
        read_articles([tmp_path / "nowhere"])


def test_a_link_that_points_at_itself_is_an_input_error(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    with pytest.raises(InputError, match="cannot read .*loop.txt: Too many levels of symbolic links"):
        read_articles([tmp_path])


def test_folder_without_articles_is_no_articles_error(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(NoArticlesError), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        read_articles([tmp_path])
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    with pytest.raises(NoArticlesError, match="no articles found in .*nothing"):
        read_articles([nothing])


def test_a_path_without_articles_among_several_is_named(tmp_path):
    (tmp_path / "nothing").mkdir()
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    articles, warned = read_quietly(tmp_path / "nothing", tmp_path / "one.txt")
    assert [a.id for a in articles] == ["one"]
    assert len(warned) == 1 and "no articles in" in warned[0] and "nothing" in warned[0]


def test_html_fragment_and_page_without_text(tmp_path):
    (tmp_path / "fragment.htm").write_text("<p>Aid convoys reached the camps on Monday.</p>", encoding="utf-8")
    (tmp_path / "shell.html").write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    articles, warned = read_quietly(tmp_path)
    assert [(a.id, a.text) for a in articles] == [("fragment", "Aid convoys reached the camps on Monday.")]
    assert len(warned) == 1 and "shell.html" in warned[0]


def test_html_declared_charset_is_honoured(tmp_path):
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace("Maaret", "Ma\u00e2ret")
    (tmp_path / "page.html").write_bytes(page.encode("latin-1"))
    (article,), warned = read_quietly(tmp_path / "page.html")
    assert warned == [] and "Ma\u00e2ret" in article.text


def test_json_list_and_numeric_ids(tmp_path):
    records = [{"id": 7, "text": BODY}, {"text": BODY + " Second."}]
    (tmp_path / "batch.json").write_text(json.dumps(records), encoding="utf-8")
    assert [a.id for a in read_articles([tmp_path / "batch.json"])] == ["7", "batch-2"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2019-12-23", dt.date(2019, 12, 23)),
        ("2019-12-23T10:15:00Z", dt.date(2019, 12, 23)),
        ("2019-12-23 10:15:00+03:00", dt.date(2019, 12, 23)),
        ("23 December 2019", dt.date(2019, 12, 23)),
        ("Dec 23, 2019", dt.date(2019, 12, 23)),
        ("Monday, December 23, 2019", dt.date(2019, 12, 23)),
        ("not a date", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_many_articles_and_a_large_one_read_fast(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(1000):
        (folder / f"{number:04d}.txt").write_text(f"Report {number}. {BODY}", encoding="utf-8")
    feed = tmp_path / "big.jsonl"
    big = ("Aid convoys reached the camps on Monday. " * 130_000)[: 5_000_000]
    feed.write_text(json.dumps({"id": "big", "text": big}) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing here deserves a warning
        articles = read_articles([folder, feed])
    assert len(articles) == 1001 and articles[-1].text == big
    assert articles[0].id == "0000" and articles[999].id == "0999"


def test_gzipped_feed_and_article(tmp_path):
    import gzip

    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as file:
        file.write(json.dumps({"id": "zipped", "text": BODY}) + "\n")
    with gzip.open(tmp_path / "story.txt.gz", "wt", encoding="utf-8") as file:
        file.write(BODY)
    (tmp_path / "broken.txt.gz").write_bytes(b"not gzip at all")
    assert [(a.id, a.text) for a in read_articles([tmp_path / "feed.jsonl.gz", tmp_path / "story.txt.gz"])] == [
        ("zipped", BODY),
        ("story", BODY),
    ]
    with pytest.raises(InputError, match="cannot read .*broken.txt.gz"):
        read_articles([tmp_path / "broken.txt.gz"])


def test_a_feed_of_bad_lines_warns_ten_times_then_counts(tmp_path):
    feed = tmp_path / "other.jsonl"
    feed.write_text("".join(json.dumps({"id": n, "body": BODY}) + "\n" for n in range(500)), encoding="utf-8")
    with pytest.raises(NoArticlesError), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read_articles([feed])
    told = [str(w.message) for w in caught]
    assert len(told) == 11 and all('no "text"' in line for line in told[:10])
    assert told[10].endswith("490 more lines with problems (skipped lines, dates left empty)")


def test_ecbplus_lines_are_read_as_articles(tmp_path):
    feed = tmp_path / "ecbplus.jsonl"
    lines = [
        {"doc_id": "1_10ecb", "topic": 1, "sentences": ["Tara Reid checked into rehab.", "Her rep confirmed it."]},
        {"doc_id": "1_1ecbplus", "sentences": ["http://www. example.com/reid", "Reid entered Promises on Tuesday."]},
    ]
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    articles, warned = read_quietly(feed)
    assert warned == []
    assert [(a.id, a.text, a.url) for a in articles] == [
        ("1_10ecb", "Tara Reid checked into rehab.\n\nHer rep confirmed it.", None),
        ("1_1ecbplus", "Reid entered Promises on Tuesday.", "http://www.example.com/reid"),
    ]


def test_a_damaged_gzip_file_is_an_input_error(tmp_path):
    whole = gzip.compress(b'{"id": "a", "text": "Rebels took the town on Monday."}\n' * 200)
    cut = tmp_path / "feed.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match="cannot read"):
        read_articles([cut])


def test_control_characters_are_read_as_spaces_that_keep_the_offsets(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a\\u001b[31m", "title": "Town\\u0000 taken", "text": "Rebels\\u0000 took \\u001b[31mthe town.\\tThey\\fstayed."}\n',
        encoding="utf-8",
    )
    (article,) = read_articles([feed])
    assert article.text == "Rebels  took  [31mthe town.\tThey\fstayed." and article.title == "Town taken"
    assert article.id == "a [31m"
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9 \x81 owners said so.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert read_articles([latin])[0].text == "Caf\u00e9   owners said so."


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "title": "x\\ud83d", "text": "Rebels \\ud83d took the town."}\n', encoding="utf-8")
    (article,) = read_articles([feed])
    assert article.text == "Rebels \ufffd took the town." and article.title == "x\ufffd"
    article.text.encode("utf-8")
