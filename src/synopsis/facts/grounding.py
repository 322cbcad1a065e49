"""Grounding: does each summary sentence say only what its cited sources say?

Every number, date and name in a summary sentence must be found in at least one
of the spans it cites: numbers by value (so "nine" matches "9"), dates and names
by their words. A sentence with no sources, or citing a report the brief does
not hold, is a violation too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from synopsis.facts.dates import DATE_EXPRESSION
from synopsis.facts.numbers import AMOUNT, number_value
from synopsis.model import Brief, SummarySentence

# Capitalised words in a row: "Maaret al-Numan", "Syrian Observatory for Human Rights".
_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|al|el|de|bin|ibn)[\s-]+)?[A-Z][\w'’-]*)*"
)
# Capitalised only because they open a sentence or are too common to be a claim.
_COMMON = frozenset(
    "a an the this that these those it its in on at of for to from by with and or but as he she they we "
    "i you his her their our if when while after before since according meanwhile despite although "
    "however also more most some many several about over under there here what who which".split()
)


@dataclass(frozen=True)
class Violation:
    """Something a summary sentence says that none of its cited sources says."""

    sentence: int  # index of the summary sentence, from 0
    kind: str  # "number", "date", "name" or "source"
    text: str  # the words not found
    summary: str  # the summary sentence


def check_grounding(brief: Brief) -> list[Violation]:
    """Every number, date and name of each summary sentence not found in its cited sources."""
    texts = {d.id: d.article.text for d in brief.documents}
    violations = []
    for index, sentence in enumerate(brief.summary):
        violations += _sentence_violations(index, sentence, texts)
    return violations


def _sentence_violations(index: int, sentence: SummarySentence, texts: dict[str, str]) -> list[Violation]:
    missing = [s.doc for s in sentence.sources if s.doc not in texts]
    if not sentence.sources or missing:
        return [Violation(index, "source", ", ".join(missing) or "no sources", sentence.text)]
    sources = [texts[s.doc][s.start : s.end] for s in sentence.sources]
    found = []
    dates = list(DATE_EXPRESSION.finditer(sentence.text))
    for match in dates:
        if not any(_contains_phrase(source, match.group()) for source in sources):
            found.append(Violation(index, "date", match.group(), sentence.text))
    values = {v for source in sources for v in numbers(source)}
    for match in AMOUNT.finditer(sentence.text):
        if _inside(match, dates):
            continue
        parsed = number_value(match.group("number"))
        if parsed is not None and parsed[0] not in values:
            found.append(Violation(index, "number", match.group(), sentence.text))
    for name in names(sentence.text):
        if not any(_contains_words(source, name) for source in sources) and not _inside_text(name, dates):
            found.append(Violation(index, "name", name, sentence.text))
    return found


def numbers(text: str) -> set[float]:
    """The values of every number written in a text."""
    values = set()
    for match in AMOUNT.finditer(text):
        parsed = number_value(match.group("number"))
        if parsed is not None:
            values.add(parsed[0])
    values |= {float(d) for d in re.findall(r"\d+", text)}  # day numbers in dates, years
    return values


def names(text: str) -> list[str]:
    """Capitalised word runs that name someone or something, without a sentence's first word."""
    found = []
    for match in _NAME.finditer(text):
        words = match.group().split()
        if match.start() == len(text) - len(text.lstrip()) and len(words) == 1:
            continue  # "Strikes killed 9": capitalised because it opens the sentence
        while words and words[0].lower() in _COMMON:
            words = words[1:]
        name = " ".join(words)
        if name and not (name.lower() in _COMMON or DATE_EXPRESSION.fullmatch(name)):
            found.append(name)
    return found


def _contains_phrase(source: str, phrase: str) -> bool:
    """The phrase occurs as written, ignoring case, dots and spacing: "Sept. 9" in "sept 9,"."""
    flat = lambda text: " " + " ".join(re.findall(r"\w+", text.lower())) + " "
    return flat(phrase) in flat(source)


def _contains_words(source: str, phrase: str) -> bool:
    """Every word of the phrase occurs in the source, ignoring case and punctuation."""
    words = set(re.findall(r"\w+", source.lower()))
    return all(w in words for w in re.findall(r"\w+", phrase.lower()))


def _inside(match: re.Match, others: list[re.Match]) -> bool:
    return any(o.start() <= match.start() and match.end() <= o.end() for o in others)


def _inside_text(name: str, dates: list[re.Match]) -> bool:
    return any(name in d.group() for d in dates)
