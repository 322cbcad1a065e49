"""Read news reports from folders, files and stdin into `Article`s.

`Article.text` is the text every offset points into: the file's text as
decoded (line endings read as "\\n", a byte-order mark dropped), or for HTML the
text trafilatura extracts. Nothing else is removed; cleaning is a later stage.

Problems a user can cause in part of the input (an empty file, a bad JSONL
line, a guessed encoding) are reported as `InputWarning`s and the rest is read;
a missing path is an `InputError`, and input with no article at all is a
`NoArticlesError`.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import gzip
import io
import json
import os
import re
import sys
import warnings
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from synopsis.errors import InputError, InputWarning, NoArticlesError
from synopsis.model import Article

STDIN = "-"
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

# A dateline some feeds put before the body: " date 2019-12-23 At least nine ...", "2005/01/08 Tsunami aid ..."
LEADING_DATE = re.compile(r"\A\s*(?:date\s*:?\s*)?(\d{4}([-/])\d{2}\2\d{2})\b", re.IGNORECASE)
HTML_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
MARKDOWN_TITLE = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
LINE_WARNINGS = 10  # problems told line by line in one feed; the rest are counted
# Formats tried before the slower general date parser.
DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d",
    "%A, %B %d, %Y", "%A %d %B %Y", "%A, %d %B %Y", "%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M:%S %Z",
)


def read_articles(paths: Iterable[str | os.PathLike]) -> list[Article]:
    """Every article in `paths` (folders, files, "-" for stdin), ids unique, in input order."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path given bare, not a sequence of its characters
    paths = [os.fspath(path) for path in paths]
    if not paths:
        raise InputError("no input given: name a folder, a file, or - for stdin")
    for path in paths:
        if path != STDIN and not os.path.exists(path):
            raise InputError(f"no such file or folder: {path}")
    articles = unique_ids(article for path in paths for article in read_path_noting_empty(path, paths))
    if not articles:
        raise NoArticlesError(f"no articles found in {', '.join(paths)}")
    return articles


def read_path_noting_empty(path: str, paths: list[str]) -> Iterator[Article]:
    """The articles of one path; among several, a folder with none gets a warning."""
    found = False
    for article in read_path(path):
        found = True
        yield article
    # A file with nothing has been warned about already; a folder may hold no files at all.
    if not found and len(paths) > 1 and os.path.isdir(path):
        warn(f"no articles in folder {path}")


def read_path(path: str) -> Iterator[Article]:
    if path == STDIN:
        yield from read_stdin()
    elif os.path.isdir(path):
        yield from read_folder(path)
    else:
        yield from read_file(path)


def read_folder(folder: str) -> Iterator[Article]:
    """The articles of a folder's visible files, sorted by name; subfolders are not entered."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        raise InputError(f"cannot read folder {folder}: {error.strerror or error}") from None
    for entry in entries:
        if entry.name.startswith(".") or not is_file(entry):
            continue
        if kind(entry.name) not in KNOWN_SUFFIXES:
            warn(f"skipped {entry.path}: not an article file (.txt .md .html .json .jsonl)")
            continue
        yield from read_file(entry.path)


def is_file(entry: os.DirEntry) -> bool:
    """Whether a folder's entry is a file (a broken link is not); one whose kind cannot be told is unreadable."""
    try:
        return entry.is_file()
    except OSError as error:  # a link that points at itself, a folder that may not be searched
        raise unreadable(entry.path, error) from None


def read_file(path: str) -> Iterator[Article]:
    """The article(s) of one file, read by its suffix; an unknown suffix is read as text."""
    suffix = kind(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    data = read_bytes(path)
    text = decode_article(data, path, html_charset(data) if suffix in HTML_SUFFIXES else None)
    if text is None:
        return
    stem = file_id(path)
    if suffix in HTML_SUFFIXES:
        article = from_html(text, stem, path)
        if article is not None:
            yield article
    elif suffix in JSON_SUFFIXES:
        yield from from_json(text, path, stem, path)
    elif suffix in MARKDOWN_SUFFIXES:
        yield from_markdown(text, stem, path)
    else:
        yield from_text(text, stem, path)


def read_stdin() -> Iterator[Article]:
    """JSONL when the first line is a JSON object, a JSON document when it parses, else text."""
    text = decode_article(sys.stdin.buffer.read(), "stdin")
    if text is None:
        return
    first = text.lstrip().split("\n", 1)[0]
    if isinstance(parse_json(first), dict):
        yield from from_jsonl_lines(io.StringIO(text), "stdin", "stdin", None)
    elif text.lstrip()[:1] in ("{", "[") and parse_json(text) is not None:
        yield from from_json(text, "stdin", "stdin", None)
    else:
        yield from_text(text, "stdin", None)


def kind(path: str) -> str:
    """The suffix that says how to read a file: ".jsonl" for "feed.jsonl.gz"."""
    name = Path(path)
    if name.suffix.lower() == ".gz":
        name = name.with_suffix("")
    return name.suffix.lower()


def file_id(path: str) -> str:
    name = Path(path)
    return (name.with_suffix("") if name.suffix.lower() == ".gz" else name).stem


# What an unreadable file raises: the system's errors, and a cut-off or corrupt gzip stream.
READ_ERRORS = (OSError, EOFError, zlib.error)

# JSON can carry lone surrogate escapes ("\ud83d") that no output encoding accepts.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def unreadable(path: object, error: BaseException) -> InputError:
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return InputError(f"cannot read {path}: {reason}")


def open_binary(path: str):
    # Large feeds are often kept compressed; they are read as they are.
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def read_bytes(path: str) -> bytes:
    try:
        with open_binary(path) as file:
            return file.read()
    except READ_ERRORS as error:
        raise unreadable(path, error) from None


def decode_article(data: bytes, name: str, charset: str | None = None) -> str | None:
    """The text of a whole file, or None (with a warning) when it holds no text."""
    if is_binary(data):
        warn(f"skipped {name}: binary file, not text")
        return None
    text, guessed = decode(data, charset)
    if guessed:
        warn(f"{name}: not UTF-8, read as Windows-1252")
    if not text.strip():
        warn(f"skipped {name}: empty file")
        return None
    return text


def is_binary(data: bytes) -> bool:
    # UTF-16 text has NUL bytes too, but starts with its byte-order mark.
    return b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode(data: bytes, charset: str | None = None) -> tuple[str, bool]:
    """The text and whether its encoding was guessed: UTF-8 (or UTF-16 with a byte-order
    mark, or a page's declared charset), else Windows-1252, so nothing is lost."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return normalize_text(data.decode("utf-16")), False
    for encoding in ("utf-8-sig", charset):
        if encoding:
            try:
                return normalize_text(data.decode(encoding)), False
            except UnicodeDecodeError:
                pass
    return normalize_text(decode_legacy(data)), True


def html_charset(data: bytes) -> str | None:
    """The charset a web page declares in its head, when Python knows it."""
    match = HTML_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_legacy(data: bytes) -> str:
    # cp1252 leaves five bytes undefined; latin-1 maps every byte, so it never fails.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# Control characters that no output shows (NUL, terminal escapes): JSON escapes them, a stray byte decodes to them.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def normalize_text(text: str) -> str:
    """Newlines as Python's text files read them, and each control character a space, which keeps every later offset."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def from_text(text: str, id: str, path: str | None) -> Article:
    """A plain-text report; a leading "date YYYY-MM-DD" dateline gives its date."""
    return Article(id=id, text=text, date=dateline(text), path=path)


def dateline(text: str) -> dt.date | None:
    match = LEADING_DATE.match(text)
    return parse_date(match.group(1)) if match else None


def from_markdown(text: str, id: str, path: str | None) -> Article:
    """A Markdown report: a leading "# Heading" is its title; the text keeps it, offsets hold."""
    article = from_text(text, id, path)
    match = MARKDOWN_TITLE.match(text)
    if match is None:
        return article
    return dataclasses.replace(article, title=match.group(1).strip())


def from_html(html: str, id: str, path: str | None) -> Article | None:
    """The main text and metadata trafilatura finds in a web page, or None with a warning."""
    extracted = extract_html(html)
    if extracted is None or not (extracted.text or "").strip():
        warn(f"skipped {path or id}: no article text found in the HTML")
        return None
    title = clean_field(extracted.title)
    return Article(
        id=id,
        text=html_body(extracted.text, title),
        title=title,
        source=clean_field(extracted.sitename),
        date=parse_date(extracted.date),
        url=clean_field(extracted.url),
        path=path,
        language=clean_field(extracted.language),
    )


def extract_html(html: str):
    import trafilatura

    options = dict(with_metadata=True, include_comments=False, include_tables=False)
    extracted = trafilatura.bare_extraction(html, **options)
    if extracted is None and "<html" not in html[:2048].lower():
        # A bare fragment (a few <p>s) is extracted once it has a page around it.
        extracted = trafilatura.bare_extraction(f"<html><body>{html}</body></html>", **options)
    return extracted


def html_body(text: str, title: str | None) -> str:
    """Paragraphs separated by blank lines, as in text files, without a leading headline."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and title and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(lines)


def from_json(text: str, name: str, stem: str, path: str | None) -> Iterator[Article]:
    """A .json file: one article object, or a list of them."""
    value = parse_json(text)
    if value is None:
        warn(f"skipped {name}: not valid JSON")
        return
    records = value if isinstance(value, list) else [value]
    for number, record in enumerate(records, start=1):
        where = name if len(records) == 1 else f"{name} item {number}"
        default_id = stem if len(records) == 1 else f"{stem}-{number}"
        article = from_record(record, default_id, path, where)
        if article is not None:
            yield article


def read_jsonl(path: str) -> Iterator[Article]:
    """A JSONL file, read a line at a time so a large feed is never held whole."""
    try:
        with open_binary(path) as file:
            yield from from_jsonl_lines(file, path, file_id(path), path)
    except READ_ERRORS as error:
        raise unreadable(path, error) from None


def from_jsonl_lines(lines: Iterable[bytes | str], name: str, stem: str, path: str | None) -> Iterator[Article]:
    guessed = False
    note, untold = first_problems(LINE_WARNINGS)
    for number, line in enumerate(lines, start=1):
        where = f"{name} line {number}"
        if isinstance(line, bytes):
            line, guess = decode(line)
            if guess and not guessed:
                warn(f"{where}: not UTF-8, read as Windows-1252 (warned once a file)")
            guessed = guessed or guess
        if not line.strip():
            continue
        record = parse_json(line)
        if record is None:
            note(f"skipped {where}: not valid JSON")
            continue
        article = from_record(record, f"{stem}-{number}", path, where, note)
        if article is not None:
            yield article
    if untold():
        warn(f"{name}: {untold()} more lines with problems (skipped lines, dates left empty)")


def first_problems(limit: int):
    """A `note` that warns of the first `limit` problems only, and a count of the rest."""
    count = 0

    def note(message: str) -> None:
        nonlocal count
        count += 1
        if count <= limit:
            warn(message)

    return note, lambda: max(0, count - limit)


def from_record(record: object, default_id: str, path: str | None, where: str, note=None) -> Article | None:
    """An article from a {"id", "text", "title", "source", "date", "url"} object, or from an ECB+ line."""
    note = note or warn
    if not isinstance(record, dict):
        note(f"skipped {where}: not a JSON object")
        return None
    record = ecbplus_fields(record)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        note(f'skipped {where}: no "text"')
        return None
    # One replacement character a surrogate, so every offset still counts the same characters.
    text = normalize_text(_LONE_SURROGATE.sub("\ufffd", text))
    record_id = record.get("id")
    return Article(
        # An id is written back to the terminal and the reports: no escape in it may act there.
        id=_CONTROL.sub(" ", str(record_id)) if record_id not in (None, "") else default_id,
        text=text,
        title=clean_field(record.get("title")),
        source=clean_field(record.get("source")),
        date=record_date(record.get("date"), where, note) or dateline(text),
        url=clean_field(record.get("url")),
        path=path,
        language=clean_field(record.get("language")),
    )


def ecbplus_fields(record: dict) -> dict:
    """ECB+'s `doc_id` and `sentences` read as the id and the text (paragraphs), its added documents'
    first "sentence", the page's address, as the url; any other record as it is."""
    sentences = record.get("sentences")
    if "text" in record or not isinstance(sentences, list):
        return record
    fields = dict(record)
    if fields.get("id") in (None, ""):
        fields["id"] = fields.get("doc_id")
    sentences = [str(sentence) for sentence in sentences]
    if sentences and sentences[0].startswith("http"):
        fields["url"], sentences = sentences[0].replace(" ", ""), sentences[1:]
    fields["text"] = "\n\n".join(sentences)
    return fields


def record_date(value: object, where: str, note) -> dt.date | None:
    if value in (None, ""):
        return None
    date = parse_date(value)
    if date is None:
        note(f"{where}: date {value!r} not understood, left empty")
    return date


def parse_json(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return None


def clean_field(value: object) -> str | None:
    if value is None:
        return None
    value = " ".join(_CONTROL.sub(" ", _LONE_SURROGATE.sub("\ufffd", str(value))).split())
    return value or None


def parse_date(value: object) -> dt.date | None:
    """A calendar date from ISO strings ("2019-12-23", "2019-12-23T10:00Z") or common formats."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    for form in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, form).date()
        except ValueError:
            continue
    # Without a digit there is no day or year to read ("yesterday" has no fixed date).
    return parse_date_freely(value) if any(c.isdigit() for c in value) else None


def parse_date_freely(value: str) -> dt.date | None:
    # dateparser is slow to load, so only text the fixed formats miss reaches it.
    import dateparser

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def unique_ids(articles: Iterable[Article]) -> list[Article]:
    """The articles with repeated ids renamed "id~2", "id~3", ... in order, each with a warning."""
    seen: set[str] = set()
    result = []
    for article in articles:
        article_id = article.id
        if article_id in seen:
            number = 2
            while f"{article.id}~{number}" in seen:
                number += 1
            article_id = f"{article.id}~{number}"
            warn(f"repeated id {article.id!r} ({article.path or 'stdin'}) renamed {article_id!r}")
            article = dataclasses.replace(article, id=article_id)
        seen.add(article_id)
        result.append(article)
    return result


def warn(message: str) -> None:
    warnings.warn(message, InputWarning, stacklevel=2)
