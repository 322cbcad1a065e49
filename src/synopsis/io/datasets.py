"""Readers for multi-document summarization benchmarks: clusters of reports with reference summaries.

Layouts (``fmt``):
  duc        DUC/TAC NIST layout: ``docs/<cluster>/<DOCNO>`` SGML files and
             ``models/D30001.M.100.T.A`` reference summaries
  multinews  Multi-News ``<split>.src`` / ``<split>.tgt`` line pairs
  wcep       WCEP (ACL 2020) JSONL, one cluster a line with ``summary`` and ``articles``
  multiling  MultiLing 2011 ``SourceTexts/M00TD.<language>`` and ``Model_Summaries/<Language>/M00T.X.250``
  jsonl      ``{"cluster_id", "documents": [{"doc_id", "text"}], "references": [str]}`` a line
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

from synopsis.errors import InputError, InputWarning
from synopsis.io.readers import READ_ERRORS, from_record, unreadable
from synopsis.model import Article, Cluster

FORMATS = ("duc", "multinews", "wcep", "multiling", "jsonl")
REFERENCE_FOLDERS = ("models", "references", "summaries", "model_summaries")
# Outlets of the DUC/TAC newswire collections, by DOCNO prefix.
OUTLETS = {
    "APW": "Associated Press",
    "NYT": "New York Times",
    "XIE": "Xinhua",
    "AFP": "Agence France-Presse",
    "LTW": "Los Angeles Times-Washington Post",
    "FT": "Financial Times",
    "LA": "Los Angeles Times",
    "FBIS": "Foreign Broadcast Information Service",
}
LANGUAGE_CODES = {
    "english": "en", "arabic": "ar", "czech": "cs", "french": "fr",
    "greek": "el", "hebrew": "he", "hindi": "hi",
}


def read_clusters(path: str | os.PathLike, fmt: str = "auto", *, language: str = "english") -> Iterator[Cluster]:
    """The clusters of a benchmark, in the order the benchmark lists them."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    fmt = detect_format(path) if fmt == "auto" else fmt
    readers = {
        "duc": read_duc,
        "multinews": read_multinews,
        "wcep": read_wcep,
        "multiling": lambda p: read_multiling(p, language),
        "jsonl": read_jsonl_clusters,
    }
    if fmt not in readers:
        raise InputError(f"unknown benchmark format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return readers[fmt](path)


def count_clusters(path: str | os.PathLike, fmt: str = "auto", *, language: str = "english") -> int | None:
    """How many clusters `read_clusters` will bring, when names or lines tell it without reading them; else None."""
    path = Path(path)
    if not path.exists():
        return None
    fmt = detect_format(path) if fmt == "auto" else fmt
    if fmt == "duc":
        return len(_duc_cluster_folders(path)[1])
    if fmt == "multiling":
        return len({file.name[:4] for file in (path / "SourceTexts").glob(f"M*.{language.lower()}")})
    if fmt == "multinews":
        sources = _multinews_sources(path) if path.is_dir() else [path]
        targets = [_multinews_target(source) for source in sources]
        return None if None in targets else sum(_count_lines(target, blank=True) for target in targets)
    if fmt in ("wcep", "jsonl"):
        files = sorted(p for p in path.iterdir() if _is_jsonl(p)) if path.is_dir() else [path]
        # A compressed feed would be read twice to count it.
        return None if any(f.suffix == ".gz" for f in files) else sum(_count_lines(f) for f in files)
    return None


def detect_format(path: Path) -> str:
    """The layout `path` is in, judged from its names and, for JSONL, its first record's keys."""
    if path.is_dir():
        if (path / "docs").is_dir() or _holds_sgml_clusters(path):
            return "duc"
        if (path / "SourceTexts").is_dir():
            return "multiling"
        if _multinews_sources(path):
            return "multinews"
        jsonl = sorted(p for p in path.iterdir() if _is_jsonl(p))
        if jsonl:
            return _jsonl_kind(jsonl[0])
    elif _multinews_target(path) is not None:
        return "multinews"
    elif _is_jsonl(path):
        return _jsonl_kind(path)
    raise InputError(f"cannot tell the benchmark layout of {path}; pass --format ({', '.join(FORMATS)})")


# DUC / TAC


def _holds_sgml_clusters(folder: Path) -> bool:
    """A folder of cluster folders whose first file is SGML news, as a bare ``docs/`` is."""
    first = next((p for p in sorted(folder.iterdir()) if p.is_dir()), None)
    file = next((f for f in sorted(first.rglob("*")) if f.is_file()), None) if first else None
    return file is not None and "<DOC" in _read_text(file)[:2000].upper()


# Up to the first closing tag, as a lazy .*? would go, but a run of characters at a time rather than one.
_UNTIL = r"([^<]*(?:<(?!/{0}>)[^<]*)*)</{0}>"
DOC = re.compile(r"<DOC\b[^>]*>" + _UNTIL.format("DOC"), re.I)
_TAG = re.compile(r"<[^>]+>")
_FIELDS = {
    name: re.compile(rf"<{name}[^>]*>" + _UNTIL.format(name), re.I) for name in ("DOCNO", "TEXT", "HEADLINE", "DATE_TIME", "DATE")
}
DOCNO_DATE = re.compile(r"^([A-Z]+)_?(?:[A-Z]+_)?(\d{4})(\d{2})(\d{2})")


def read_duc(path: Path) -> Iterator[Cluster]:
    """NIST layout: one folder a cluster under ``docs/``, references matched by cluster id."""
    root, clusters = _duc_cluster_folders(path)
    references = _duc_references(root)
    for folder in clusters:
        articles = tuple(a for f in sorted(folder.rglob("*")) if f.is_file() for a in read_sgml(f))
        yield Cluster(folder.name, articles, _references_of(folder.name, references))


def _duc_cluster_folders(path: Path) -> tuple[Path, list[Path]]:
    """The benchmark's root and its cluster folders, in name order."""
    # Given the docs folder itself, the references sit beside it.
    root = path if (path / "docs").is_dir() else path.parent
    docs = root / "docs" if root is path else path
    clusters = sorted(p for p in docs.iterdir() if p.is_dir())
    if not clusters:
        raise InputError(f"no cluster folders in {docs}")
    return root, clusters


def _duc_references(root: Path) -> dict[str, list[str]]:
    """Reference texts by cluster key, from ``D30001.M.100.T.A``-style names (any case)."""
    found: dict[str, list[str]] = {}
    for name in REFERENCE_FOLDERS:
        folder = root / name
        if not folder.is_dir():
            continue
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            parts = file.name.split(".")
            # Only multi-document abstracts (".M."); DUC folders also hold per-document ones (".P.").
            if len(parts) >= 3 and parts[1].upper() == "M":
                found.setdefault(parts[0].lower().replace("-", ""), []).append(_read_text(file).strip())
    return found


def _references_of(cluster: str, references: dict[str, list[str]]) -> tuple[str, ...]:
    # TAC names references by cluster and document set (D0801-A.M... for D0801A); DUC drops
    # the set letter (D30001.M... for d30001t).
    key = cluster.lower().replace("-", "")
    return tuple(references.get(key) or references.get(key[:-1]) or ())


def read_sgml(file: Path) -> list[Article]:
    """The articles of one SGML file: DOCNO as id, TEXT without tags, paragraphs kept."""
    raw = _read_text(file)
    articles = []
    for match in DOC.finditer(raw):
        doc = match.group(1)
        docno = _field(doc, "DOCNO")
        text = sgml_text(_field(doc, "TEXT") or "")
        if not docno or not text:
            warnings.warn(f"{file}: a DOC without DOCNO or TEXT was skipped", InputWarning, stacklevel=2)
            continue
        articles.append(
            Article(
                id=docno,
                text=text,
                title=_one_line(_field(doc, "HEADLINE")),
                source=_outlet(docno),
                date=_docno_date(docno) or _date_time(_field(doc, "DATE_TIME") or _field(doc, "DATE")),
                path=str(file),
                language="en",  # the NIST newswire collections are English
            )
        )
    if not articles and "<DOC" not in raw.upper():
        warnings.warn(f"{file}: not an SGML news file, skipped", InputWarning, stacklevel=2)
    return articles


def _field(doc: str, name: str) -> str | None:
    match = _FIELDS[name].search(doc)
    return match.group(1).strip() if match else None


def sgml_text(body: str) -> str:
    """TEXT content as plain text: one paragraph a block, separated by blank lines, wrapped lines joined."""
    if re.search(r"<P>", body, re.I):
        paragraphs = re.split(r"</?P>", body, flags=re.I)
    elif _has_indent(body) and re.search(r"^(\t| {2,})[ \t]*\S", body, re.M):
        # Wire copy marks a paragraph by indenting its first line.
        paragraphs = re.split(r"\n(?=\t| {2,})", body)
    else:
        paragraphs = re.split(r"\n\s*\n", body)
    cleaned = (_unescape(" ".join((_TAG.sub(" ", p) if "<" in p else p).split())) for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def _has_indent(body: str) -> bool:
    # What an indented line needs, found by plain substring search before the regex scans every line.
    return body.startswith(("\t", "  ")) or "\n\t" in body or "\n  " in body


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    for entity, char in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"')):
        text = re.sub(re.escape(entity), char, text, flags=re.I)
    return text


def _one_line(text: str | None) -> str | None:
    if not text:
        return None
    return " ".join(_TAG.sub(" ", text).split()) or None


def _outlet(docno: str) -> str | None:
    match = re.match(r"[A-Z]+", docno)
    return OUTLETS.get(match.group(0), match.group(0)) if match else None


def _docno_date(docno: str) -> dt.date | None:
    match = DOCNO_DATE.match(docno)
    return _date(*map(int, match.groups()[1:])) if match else None


def _date_time(text: str | None) -> dt.date | None:
    """DUC's DATE_TIME ``10/17/1998 05:50:00`` or an ISO date."""
    if not text:
        return None
    if match := re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        month, day, year = map(int, match.groups())
        return _date(year, month, day)
    if match := re.search(r"(\d{4})-?(\d{2})-?(\d{2})", text):
        return _date(*map(int, match.groups()))
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Multi-News

MULTINEWS_DOCUMENT_SEPARATORS = re.compile(r"story_separator_special_tag|\|\|\|\|\|")


def read_multinews(path: Path) -> Iterator[Cluster]:
    """``<split>.src`` lines (documents split by the separator tag) paired with ``<split>.tgt`` lines."""
    sources = _multinews_sources(path) if path.is_dir() else [path]
    for source in sources:
        target = _multinews_target(source)
        if target is None:
            raise InputError(f"{source}: no matching .tgt file of reference summaries")
        split = source.name.split(".src")[0]
        for n, (line, summary) in enumerate(zip(_lines(source), _lines(target))):
            cluster = f"{split}-{n}"
            documents = [_multinews_text(d) for d in MULTINEWS_DOCUMENT_SEPARATORS.split(line)]
            articles = tuple(
                Article(id=f"{cluster}.{i}", text=text, path=str(source))
                for i, text in enumerate(d for d in documents if d)
            )
            reference = _multinews_text(summary).lstrip("–- ").strip()
            yield Cluster(cluster, articles, (reference,) if reference else ())


def _multinews_text(text: str) -> str:
    paragraphs = (" ".join(p.split()) for p in text.split("NEWLINE_CHAR"))
    return "\n\n".join(p for p in paragraphs if p)


def _multinews_sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and _multinews_target(p) is not None)


def _multinews_target(source: Path) -> Path | None:
    if ".src" not in source.name:
        return None
    target = source.with_name(source.name.replace(".src", ".tgt", 1))
    return target if target.is_file() else None


# WCEP


def read_wcep(path: Path) -> Iterator[Cluster]:
    """WCEP: one event a line, its Wikipedia Current Events summary and its articles."""
    for file, n, record in _json_records(path):
        cluster = str(record.get("id", f"{file.stem}-{n}"))
        articles = []
        for i, item in enumerate(_items(record.get("articles"))):
            if _blank(item):
                continue
            if isinstance(item, dict):
                item = {
                    **item,
                    "id": item.get("id") or item.get("archive_url") or item.get("url"),
                    "source": item.get("origin"),
                    "date": item.get("time") or record.get("date"),
                }
            article = from_record(item, f"{cluster}.{i}", str(file), f"{file}:{n} article {i}")
            if article is not None:
                articles.append(article)
        yield Cluster(cluster, tuple(articles), _texts(record.get("summary")))


def _blank(item: object) -> bool:
    # Benchmark releases hold many articles whose text extraction failed: left out quietly.
    text = item.get("text") if isinstance(item, dict) else item
    return text is None or (isinstance(text, str) and not text.strip())


def _items(value: object) -> list:
    return value if isinstance(value, list) else []


def _texts(value: object) -> tuple[str, ...]:
    """Reference summaries: a string or a list of them; anything else is no reference."""
    values = [value] if isinstance(value, str) else _items(value)
    return tuple(v.strip() for v in values if isinstance(v, str) and v.strip())


# MultiLing 2011


def read_multiling(path: Path, language: str = "english") -> Iterator[Cluster]:
    """MultiLing 2011: topic M00T holds M00T0..M00T9.<language>; references under Model_Summaries/<Language>/."""
    language = language.lower()
    sources = sorted((path / "SourceTexts").glob(f"M*.{language}"))
    if not sources:
        raise InputError(f"no MultiLing source texts in language {language!r} under {path / 'SourceTexts'}")
    models = path / "Model_Summaries" / language.capitalize()
    topics: dict[str, list[Path]] = {}
    for file in sources:
        topics.setdefault(file.name[:4], []).append(file)
    for topic, files in topics.items():
        articles = tuple(_multiling_article(f, language) for f in files)
        references = tuple(_read_text(m).strip() for m in sorted(models.glob(f"{topic}.*")) if m.is_file())
        yield Cluster(topic, articles, references)


def _multiling_article(file: Path, language: str) -> Article:
    # The first line is "2005/01/08 Title"; the text is kept whole, as the offsets point into it.
    text = _read_text(file)
    first = text.strip().splitlines()[0] if text.strip() else ""
    match = re.match(r"(\d{4})/(\d{2})/(\d{2})\s+(.*)", first)
    return Article(
        id=file.name.split(".")[0],
        text=text,
        title=match.group(4).strip() if match else None,
        date=_date(*map(int, match.groups()[:3])) if match else None,
        path=str(file),
        language=LANGUAGE_CODES.get(language, language),
    )


# JSONL of clusters


def read_jsonl_clusters(path: Path) -> Iterator[Cluster]:
    """One cluster a line: ``cluster_id``, ``documents`` [{``doc_id``, ``text``, ...}], ``references``."""
    for file, n, record in _json_records(path):
        cluster = str(record.get("cluster_id") or f"{file.stem}-{n}")
        articles = []
        for i, item in enumerate(_items(record.get("documents"))):
            if _blank(item):
                continue
            if isinstance(item, str):
                item = {"text": item}
            if isinstance(item, dict):
                item = {**item, "id": item.get("doc_id") or item.get("id")}
            article = from_record(item, f"{cluster}.{i}", str(file), f"{file}:{n} document {i}")
            if article is not None:
                articles.append(article)
        yield Cluster(cluster, tuple(articles), _texts(record.get("references")))


# Summaries a system wrote, one file a cluster


def summary_file_name(cluster_id: str) -> str:
    """`<cluster id>.txt`, the id kept as the input names it unless it would leave the folder."""
    return cluster_id.replace(os.sep, "_").replace("/", "_") + ".txt"


def read_summaries(folder: str | os.PathLike, cluster_ids: Iterable[str]) -> dict[str, str]:
    """The summaries a folder holds for the given clusters (`<cluster>.txt` or `<cluster>`); missing ones left out."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"no such folder of summaries: {folder}")
    found = {}
    for cluster in cluster_ids:
        for path in (folder / summary_file_name(cluster), folder / cluster):
            if path.is_file():
                found[cluster] = _read_text(path)
                break
    return found


# Files


def _is_jsonl(path: Path) -> bool:
    return path.is_file() and path.name.endswith((".jsonl", ".jsonl.gz", ".json", ".json.gz"))


def _jsonl_kind(file: Path) -> str:
    for _, _, record in _json_records(file):
        if "articles" in record and "summary" in record:
            return "wcep"
        if "documents" in record:
            return "jsonl"
        raise InputError(f"{file}: JSON lines are neither WCEP events nor clusters with 'documents'")
    raise InputError(f"{file}: no line is a JSON object")


def _json_records(path: Path) -> Iterator[tuple[Path, int, dict]]:
    """(file, line number, record) for every JSON object line; a bad line is warned about and skipped."""
    files = sorted(p for p in path.iterdir() if _is_jsonl(p)) if path.is_dir() else [path]
    for file in files:
        yield from _records(file, _lines(file))


def _records(file: Path, lines: Iterable[str]) -> Iterator[tuple[Path, int, dict]]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            warnings.warn(f"{file}:{n}: not JSON ({error.msg}), skipped", InputWarning, stacklevel=2)
            continue
        if not isinstance(record, dict):
            warnings.warn(f"{file}:{n}: not a JSON object, skipped", InputWarning, stacklevel=2)
            continue
        yield file, n, record


def _lines(file: Path) -> Iterator[str]:
    try:
        with _open(file) as lines:
            yield from lines
    except READ_ERRORS as error:
        raise unreadable(file, error) from None


def _count_lines(file: Path, blank: bool = False) -> int:
    """Lines of a file, blank ones too or not, read as bytes and never parsed."""
    try:
        with open(file, "rb") as lines:
            return sum(1 for line in lines if blank or line.strip())
    except READ_ERRORS as error:
        raise unreadable(file, error) from None


def _open(file: Path):
    if file.suffix == ".gz":
        return gzip.open(file, "rt", encoding="utf-8", errors="replace")
    return open(file, encoding="utf-8", errors="replace")


def _read_text(file: Path) -> str:
    # Old newswire is mostly ASCII with stray Latin-1 bytes.
    data = file.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")
