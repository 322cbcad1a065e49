"""Ages of the people in a story: "Yusef Ali Mohammed Zughayar, 18," against "he was 22".

Reports often disagree on a named person's age; an age is a figure about that
person, compared across reports by the person's name as the report writes it
nearest the age, and never counted as a number of things.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from synopsis.facts.dates import Window
from synopsis.facts.numbers import Amount
from synopsis.facts.quotes import full_name, nearest_person
from synopsis.model import Document, Sentence, Span

_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|bin\s|ibn\s)?[A-Z][\w'’-]+){0,4})"
_AGE = r"(?P<age>\d{1,3})"
_PATTERNS = (
    # "Zughayar, 18, of Anata"; "the father of Yusef Zughayar, 22." at the sentence's end
    re.compile(rf"{_NAME},\s+{_AGE}(?:,|\.?\s*$)"),
    # "Ahmed Said, aged 31, a driver": the British wires' form
    re.compile(rf"{_NAME},\s+aged\s+{_AGE}\b"),
    # "Zaken, a 23-year-old secretary"; "Hersi, the 17-year-old disc jockey" (not "told The Post, the 21-year-old Matt")
    re.compile(rf"{_NAME},\s+(?:a|an|the)\s+{_AGE}(?:-year-old\b|\s+years\s+old\b)(?!\s+[A-Z])"),
    # "17-year-old Alina Turk"
    re.compile(rf"\b{_AGE}-year-old\s+{_NAME}"),
    # "he was 22", "The 29-year-old arrived": someone named before
    re.compile(rf"\b(?:he|she)\s+(?:was|is)\s+{_AGE}\b(?!\s*(?:%|per|years? (?:ago|in|of)))"),
    re.compile(rf"(?:^|\.\s+)The\s+{_AGE}-year-old\b(?!\s+[A-Z])"),
)
_NOT_PEOPLE = re.compile(r"^(?:The|A|An|In|On|At|He|She|They|It|This|That|Police|Officials?)$")
# A name that opens with a preposition, an article or a day is a time, a place or a body, not the person aged.
_NOT_A_PERSON = re.compile(
    r"^(?:(?:In|On|At|By|From|According|The|A|An)\s"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|Next)\b)"
)


def ages(documents: Sequence[Document]):
    """Every stated age of a person, as figures keyed by the person's last name."""
    from synopsis.facts.figures import Figure

    found = []
    for document in documents:
        for sentence in document.sentences:
            for pattern in _PATTERNS:
                for match in pattern.finditer(sentence.text):
                    person = _person(document, sentence, match)
                    if person is None:
                        continue
                    age = float(match.group("age"))
                    start, end = match.span("age")
                    found.append(
                        Figure(
                            doc=document.id,
                            amount=Amount(age, age, age),
                            text=sentence.text[match.start() : match.end()].strip(" ,"),
                            span=Span(document.id, sentence.start + start, sentence.start + end),
                            counted=f"age of {person}",
                            group="age of " + person_key(person),
                            action="aged",
                            window=Window(text="", start=None, end=None),
                            place=None,
                            reporter=None,
                            sentence=sentence,
                        )
                    )
    return found


def _person(document: Document, sentence: Sentence, match: re.Match) -> str | None:
    name = match.groupdict().get("name")
    after_age = name and match.start("name") > match.start("age")
    if after_age and " " not in name and re.match(r"\s+[a-z]", sentence.text[match.end() :]):
        return None  # "15-year-old Chilean girl": a word about the person, not a name
    at = sentence.start + match.start()
    if name and not _NOT_A_PERSON.match(name):
        words = name.split()
        while words and _NOT_PEOPLE.match(words[0]):
            words = words[1:]
        # "Wang, 31" is the "Wang Youcai" the report named before
        return full_name(words[0], document, at) if len(words) == 1 else " ".join(words) or None
    # "On Friday, the 22-year-old", "The Denver Post, the 21-year-old": someone named before
    return nearest_person(document, at)


def person_key(person: str) -> str:
    """Reports name one person with or without a middle name ("Chastity Vera Pasley" is "Chastity Pasley")
    and spell a transliterated name their own way ("Yusef Zughayar" is "Youssef Zughayer")."""
    words = person.lower().split()
    return " ".join(_transliterated(w) for w in words[:1] + words[1:][-1:])


def _transliterated(word: str) -> str:
    """A name's first letter and its consonants, doubled ones once: wires render vowels and doublings
    of one Arabic or Russian name differently, its consonants alike."""
    rest = re.sub(r"[aeiouy'’-]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", word[:1] + rest)
