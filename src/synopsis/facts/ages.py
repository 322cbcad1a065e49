"""Ages of the people in a story: "Yusef Ali Mohammed Zughayar, 18," against "he was 22".

Reports often disagree on a named person's age; an age is a figure about that
person, compared across reports by the person's name as the report writes it
nearest the age, and never counted as a number of things.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from synopsis.facts.dates import Window, header_date
from synopsis.facts.numbers import Amount
from synopsis.facts.quotes import full_name, nearest_person
from synopsis.model import Document, Sentence, Span

# A name's particles in small letters belong to it: "Gilberto Manuel da Silva" and "Luiz Inacio Lula da Silva"
# are two people, not two "Silva"s.
_PARTICLE = r"(?:al-|(?:bin|ibn|da|das|de|del|della|der|di|do|dos|du|van|von)\s+)"
_NAME = rf"(?P<name>[A-Z][\w'’-]+(?:\s+{_PARTICLE}?[A-Z][\w'’-]+){{0,4}})"
_AGE = r"(?P<age>\d{1,3})"
_PATTERNS = (
    # "Zughayar, 18, of Anata"; "the father of Yusef Zughayar, 22." at the sentence's end
    re.compile(rf"{_NAME},\s+{_AGE}(?:,|(?P<closing>\.?\s*$))"),
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


def ages(documents: Sequence[Document], dates: dict | None = None):
    """Every stated age of a person, as figures keyed by the person's last name, with the day its report told it
    (`dates`: the reports' dates), since a person ages between reports a year apart."""
    from synopsis.facts.figures import Figure

    found = []
    for document in documents:
        reported = (dates or {}).get(document.id)
        told = reported.date if reported and reported.date else header_date(document)
        for sentence in document.sentences:
            for pattern in _PATTERNS:
                for match in pattern.finditer(sentence.text):
                    if match.groupdict().get("closing") is not None and not _named_in_a_sentence(sentence.text, match):
                        continue
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
                            group="age of " + person,
                            action="aged",
                            window=Window(text="", start=None, end=None),
                            place=None,
                            reporter=None,
                            sentence=sentence,
                            told_on=told,
                        )
                    )
    return _one_key_a_person(found)


def _one_key_a_person(found: list) -> list:
    """Each age keyed by the person it is of: spellings that meet (see `same_person`) share the first one's key,
    unless one report writes both (then they are two people) or a spelling meets two people (then it is neither)."""
    spellings_of: dict[str, set[str]] = {}
    for figure in found:
        spellings_of.setdefault(figure.doc, set()).add(person_key(figure.group))
    apart = {(a, b) for spellings in spellings_of.values() for a in spellings for b in spellings if a != b}
    people: list[list[str]] = []  # the spellings of each person, the first one naming them
    keyed = []
    for figure in found:
        spelling = person_key(figure.group)
        meeting = [
            p for p in people
            if spelling in p or all(same_person(spelling, s) and (spelling, s) not in apart for s in p)
        ]
        if len(meeting) == 1:
            meeting[0].append(spelling)
            key = meeting[0][0]
        else:
            key = spelling
            if not meeting:
                people.append([spelling])
        keyed.append(replace(figure, group="age of " + key))
    return keyed


def _named_in_a_sentence(text: str, match: re.Match) -> bool:
    """An age closing a sentence is told of a full name other words lead to ("the father of Yusef Zughayar, 22."),
    not a table's row ("Hunan, 12.")."""
    return " " in match.group("name") and bool(re.search(r"\w", text[: match.start("name")]))


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
    """Reports name one person with or without a middle name ("Chastity Vera Pasley" is "Chastity Pasley"):
    the first and last names, lower-cased."""
    words = person.lower().removeprefix("age of ").split()
    return " ".join(words[:1] + words[1:][-1:])


def same_person(a: str, b: str) -> bool:
    """Two keys name one person when each name is spelt alike up to how wires render one transliterated name
    ("Yusef Zughayar" is "Youssef Zughayer"); "Mario" and "Maria", "Hassan" and "Hussein", "Said" and "Saad" differ."""
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) and all(_same_name(x, y) for x, y in zip(words_a, words_b))


def _same_name(a: str, b: str) -> bool:
    a, b = _spelling(a), _spelling(b)
    if a == b:
        return True
    # a vowel of a long name told two ways ("Zughayar", "Zughayer"), never the last letter ("Daniel", "Daniela")
    return (
        min(len(a), len(b)) >= 6 and len(a) == len(b) and a[-1] == b[-1] and _consonants(a) == _consonants(b)
        and sum(x != y for x, y in zip(a, b)) == 1
    )


def _spelling(word: str) -> str:
    """A name as wires' transliterations share it: "ou" and "oo" are "u", doubled letters once ("Youssef" is "Yusef")."""
    word = re.sub(r"['’-]", "", word).replace("ou", "u").replace("oo", "u")
    return re.sub(r"(.)\1+", r"\1", word)


def _consonants(word: str) -> str:
    return re.sub(r"[aeiouy]", "", word[1:])
