"""Cleaning: find the paragraphs that are the report itself, as spans of its original text.

Nothing is rewritten: boilerplate is left out by narrowing or dropping spans, so
every offset still points into ``article.text``. The rules go by shape, not by
outlet: a story paragraph ends like a sentence, a photo caption carries its
credit under itself, a dateline opens a paragraph in capitals or before an
agency's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Paragraph breaks: a blank line, or SGML/HTML markup such as DUC's <P>.
_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*|</?[A-Za-z][\w:-]*(?:\s[^<>\n]{0,200})?/?>")
_LINE = re.compile(r"[^\n]+")
_WRAP_WIDTH = 100  # wire text is wrapped at 70-80 columns; longer lines are whole paragraphs

# Sentence-final marks of the scripts we read (Hindi danda, Arabic and Greek question marks too).
_FINAL = ".!?…。！？।؟\u037e"
_CLOSERS = "\"'”’»)]"
_TERMINAL = re.compile(rf"[{re.escape(_FINAL)}][{re.escape(_CLOSERS)}]*$")
_SENTENCE_END = re.compile(rf"[{re.escape(_FINAL)}][{re.escape(_CLOSERS)}]*(?:\s|$)")

# "date 2019-12-23 At least nine..." : a field name and an ISO date before the story starts.
_METADATA = re.compile(r"(?:[A-Za-z]+:?[ \t]+)?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+")

_SEPARATOR = r"\s*(?::|--|—|–|-|_)\s+"
_REGION = r"(?:,\s[A-Z][\w.]*(?:\s[\w.]+){0,2})?"  # ", Syria" or ", Oct. 16"
_AGENCY = r"\([A-Z][A-Za-z&./ -]{0,30}\)"  # "(Reuters)", "(AP)"
_DATELINE = re.compile(
    "(?:"
    # a place in capitals: "MAARET AL-NUMAN, Syria:", "PHNOM PENH, Cambodia (AP) _"
    rf"[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){{0,3}}{_REGION}(?:\s*{_AGENCY})?"
    # or any capitalised place when an agency follows: "Beirut (Reuters) -"
    rf"|[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){{0,2}}{_REGION}\s*{_AGENCY}"
    # or the agency alone: "(AP) --"
    rf"|{_AGENCY}"
    f"){_SEPARATOR}"
)

# A credit after the last sentence: "...protests. - AFP", "...yesterday.-AFP", "... said. (Reuters)".
# The sentence's last mark opens the pattern, so the search skips to the marks; the credit is group 1.
_CREDIT = re.compile(
    rf"[{re.escape(_FINAL)}{re.escape(_CLOSERS)}](\s*"
    r"(?:(?:[-–—_]+|/)\s*[A-Z][\w&.'’]*(?:[ ,/&]+[A-Z][\w&.'’]*){0,4}"
    r"|\([A-Z][^()\n]{0,100}(?<![.!?])\)))$"  # a parenthesis holding a sentence of its own is story
)
# A quotation signed by the person who said it: '..." - "Fiona"'; the signature is not a sentence.
_SIGNATURE = re.compile(
    rf"(?<=[{re.escape(_FINAL)}{re.escape(_CLOSERS)}])\s*[-–—]+\s*[\"“][^\"“”\n]{{1,40}}[\"”]$"
)
_SIGNATURE_END = ('"', "”")

# Lines that speak to the reader of a web page, not about the story.
_PROMPT_START = re.compile(
    r"(?:please|click|tap (?:here|to)|subscribe|sign (?:up|in)|log ?in|share (?:this|on|via)|follow us|"
    r"read more|leave a (?:comment|reply)|enter your|related (?:articles|stories|coverage|:)|advertisement\W*$|"
    r"(?:print|email|send|save) this (?:article|story|page)|your (?:email|e-mail) address|required fields)",
    re.I,
)
# A picture's own line: "Photo: A man walks past rubble." or "(File photo) Smoke rises."
_CAPTION = re.compile(
    r"\(?(?:photo|image|picture|video|caption|file photo|pictured)\)?\s*[:/)|]"
    r"|(?:image|media|photo|video) (?:copyright|caption|credit)\b",  # "Image caption A man walks past."
    re.I,
)
# Who wrote and edited the report: "By Jane Smith", "Additional reporting by Tom Perry in Beirut."
_BYLINE = re.compile(
    r"\(?(?i:(?:additional )?reporting|writing|editing|compiled|written) by\s"
    r"|[Bb][Yy]\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:,|$|\s+and\s)"  # a name, not "By Monday, ..."
)
_PROMPT_ANYWHERE = re.compile(
    r"all rights reserved|copyright \d{4}|©|(?:use|uses|accept) cookies|cookie policy|our newsletter|"
    r"enable javascript|comments about|originally (?:published|appeared)",
    re.I,
)
_PROMPT_WORDS = 12
# A headline sits above the date line within the first few paragraphs.
_FRONT_MATTER = 3
_DATE_WORDS = 6
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
# A paragraph ending in these runs on into the next: a lead-in to a quote or a list, or a sentence broken in two.
_RUNS_ON = (":", ",")
_LEAD_IN_WORDS = 3  # "Ford said:" and longer; a lone "Photos:" is a label
_CREDIT_REACH = 120  # characters at a paragraph's end where a credit can sit
_SHOUT_LETTERS = 100


@dataclass(frozen=True)
class Paragraph:
    """A kept paragraph: its span in the original text, boilerplate trimmed away."""

    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """The story's paragraphs in `text`, in order, as trimmed spans."""
    candidates = []
    lead_in = None  # where a paragraph that runs on into the next one starts
    for start, end in _after_front_matter(text, _raw_paragraphs(text)):
        candidate = _trim(text, start, end)
        if candidate is not None and lead_in is not None:
            candidate = (lead_in, *candidate[1:])
        lead_in = _lead_in(text, start, end) if candidate is None else None
        if candidate is not None:
            candidates.append(candidate)
    first_uncredited = next((i for i, (_, _, credited) in enumerate(candidates) if not credited), 0)
    # A story carries its credit at its end; a credited paragraph above the story is a picture's caption.
    # (Further down, a credit closes one section of a roundup, which is story.)
    return [Paragraph(start, end) for start, end, _ in candidates[first_uncredited:]]


def _after_front_matter(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs after a date line near the top: what comes before it is a headline or kicker."""
    for i, (start, end) in enumerate(spans[:_FRONT_MATTER]):
        if _is_date_line(text[start:end]):
            return spans[i + 1 :]
    return spans


def _is_date_line(line: str) -> bool:
    """A line that only gives a date, in any language: "Saturday, January 8, 2005", "Πέμπτη, 19 Μαΐου 2005"."""
    words = line.split()
    return len(words) <= _DATE_WORDS and bool(_YEAR.search(line)) and not _SENTENCE_END.search(line)


def _raw_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs as laid out: blocks between breaks, split into lines unless wrapped."""
    spans = []
    position = 0
    for match in _BREAK.finditer(text):
        spans.extend(_block_paragraphs(text, position, match.start()))
        position = match.end()
    spans.extend(_block_paragraphs(text, position, len(text)))
    return spans


def _block_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines = [m.span() for m in _LINE.finditer(text, start, end)]
    lines = [(s, e) for s, e in lines if text[s:e].strip()]
    if not lines:
        return []
    if not _hard_wrapped(text, lines):
        return lines
    # A wrapped block is one paragraph, unless indented lines after a full stop open new ones.
    indented = [text[s:e][:2].isspace() or text[s] == "\t" for s, e in lines]
    if all(indented) or not any(indented):
        return [(lines[0][0], lines[-1][1])]
    spans, first = [], lines[0][0]
    for (s, e), (_, prev_end), opens in zip(lines[1:], lines, indented[1:]):
        if opens and _TERMINAL.search(text[first:prev_end].rstrip()):
            spans.append((first, prev_end))
            first = s
    spans.append((first, lines[-1][1]))
    return spans


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether line ends inside the block are mostly mid-sentence (wire text wrapped at 70-80 columns)."""
    inner = lines[:-1]
    if not inner or max(e - s for s, e in lines) > _WRAP_WIDTH:
        return False
    open_ends = sum(not _TERMINAL.search(text[s:e].rstrip()) for s, e in inner)
    return open_ends * 2 >= len(inner)


def _trim(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The paragraph's story span and whether a credit followed it, or None if it is not story."""
    start, end, credited = _story_span(text, start, end)
    if not _SENTENCE_END.search(text[start:end]) or not _reads_as_story(text[start:end]):
        return None
    return start, end, credited


def _lead_in(text: str, start: int, end: int) -> int | None:
    """Where the paragraph's story starts if it runs on into the next paragraph ("An official, writing on the
    ministry's website, says:" above the quote; a sentence broken after a comma), else None."""
    start, end, _ = _story_span(text, start, end)
    body = text[start:end]
    if not body.endswith(_RUNS_ON) or len(body.split()) < _LEAD_IN_WORDS or not _reads_as_story(body):
        return None
    return start


def _story_span(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The paragraph without its metadata, dateline, signature and credit; and whether a credit followed it."""
    start, end = strip_span(text, start, end)
    for prefix in (_METADATA, _DATELINE):
        match = prefix.match(text, start, end)
        if match and match.end() < end:
            start = match.end()
    signature = text.endswith(_SIGNATURE_END, start, end) and _SIGNATURE.search(text, max(start, end - _CREDIT_REACH), end)
    if signature:
        end = signature.start()
    # From one character before the reach: the mark before a credit may sit there.
    credit = _CREDIT.search(text, max(start, end - _CREDIT_REACH, 1) - 1, end)
    if credit:
        end = credit.start(1)
    start, end = strip_span(text, start, end)
    return start, end, credit is not None


def _reads_as_story(body: str) -> bool:
    """Not a caption, a prompt to the reader, a shouted line or a byline."""
    if _CAPTION.match(body) or _is_prompt(body) or _is_shouting(body):
        return False
    return not (_BYLINE.match(body) and len(body[: _PROMPT_WORDS * 20].split()) <= _PROMPT_WORDS)


def ends_like_a_sentence(text: str) -> bool:
    """Whether the text ends with a sentence-final mark: titles, captions and dividers do not."""
    return bool(_TERMINAL.search(text[-8:]))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span narrowed to exclude surrounding whitespace."""
    span = text[start:end]
    kept = span.lstrip()  # str's strip and isspace() agree on what whitespace is
    start += len(span) - len(kept)
    return start, start + len(kept.rstrip())


def _is_prompt(body: str) -> bool:
    if len(body[: _PROMPT_WORDS * 20].split()) > _PROMPT_WORDS:
        return False
    return bool(_PROMPT_START.match(body) or _PROMPT_ANYWHERE.search(body))


def _is_shouting(body: str) -> bool:
    """Slugs and editors' notes on the wire come in capitals: "(STORY CAN END HERE.)"."""
    if not body.isupper():
        return False
    # Scripts without case (Hebrew, Arabic) with a Latin acronym inside are not shouting.
    head = body[:_SHOUT_LETTERS]
    upper = sum(c.isupper() for c in head)
    return upper >= 4 and upper * 2 >= sum(c.isalpha() for c in head)
