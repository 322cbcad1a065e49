"""Masses of the things in a story: "the 44,000-pound Zarya" against "Zarya, a 42,000-pound space tugboat".

A mass is not a count of things, so it is no figure of the fact sheet's list; but
two reports giving one thing different masses is a disagreement a reader must see.
A mass is compared only with masses of the same thing in the same unit: the thing
the measure qualifies ("a 900,000-pound research station"), or the subject that
has or weighs it ("the station will have a mass of 1 million pounds"). Units are
never converted: "24 tons" and "44,000 pounds" round differently, and a rounding
is no disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from synopsis.facts.numbers import AMOUNT, amount_from_match
from synopsis.facts.parsing import parse, token_at
from synopsis.model import Document

# Unit word -> the unit a mass is compared in; "ton" and "tonne" differ by a tenth, so they stay apart.
UNITS = {
    "pound": "pounds", "lb": "pounds", "ton": "tons", "tonne": "tonnes",
    "kilogram": "kilograms", "kg": "kilograms", "kilo": "kilograms",
}
_UNIT = re.compile(r"^(?:-|\s+)(?P<unit>pounds?|lbs?|tons?|tonnes?|kilograms?|kgs?|kilos?)\b(?!-)", re.IGNORECASE)
# Nouns a mass is said through: "a mass of", "a weight of"; the thing is whatever has it.
_MASS_NOUNS = {"mass", "weight"}
_HAVING = {"have", "weigh", "reach"}


def sentence_texts(documents: Sequence[Document]) -> list[str]:
    """The sentences that state a mass: the only ones this part of the fact sheet parses."""
    return [
        sentence.text
        for document in documents
        for sentence in document.sentences
        if any(_UNIT.match(sentence.text[m.end() :]) for m in AMOUNT.finditer(sentence.text))
    ]


def masses(documents: Sequence[Document], parses: dict | None = None):
    """Every mass stated of a thing, as figures keyed by the thing and the unit."""
    from synopsis.facts.figures import standing_figure

    if parses is None:
        parses = parse(sentence_texts(documents))
    found = []
    for document in documents:
        for sentence in document.sentences:
            for match in AMOUNT.finditer(sentence.text):
                unit = _UNIT.match(sentence.text[match.end() :])
                amount = amount_from_match(match) if unit else None
                if amount is None or amount.percent or amount.vague or sentence.text not in parses:
                    continue
                doc = parses[sentence.text]
                thing = _thing(token_at(doc, match.end() + unit.start("unit")))
                if thing is None:
                    continue
                name = UNITS[re.sub(r"s$", "", unit.group("unit").lower())]
                end = match.end() + unit.end()
                found.append(
                    standing_figure(
                        sentence, match.start(), end, amount, f"mass of {thing} ({name})",
                        f"mass of {thing.lower()} ({name})", "weighs",
                    )
                )
    return found


def _thing(unit) -> str | None:
    """The thing a mass is of: the noun the measure qualifies, a name it stands beside, or
    the subject that has or weighs it; None when the mass is of nothing a report names."""
    node = unit
    for _ in range(6):
        if node is None or node.head is node:
            return None
        head = node.head
        if node.dep_ in ("appos", "conj") and head.lower_.rstrip("s") in UNITS:
            node = head  # "500 tons (more than a million pounds)"
        elif node.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN"):
            if head.lemma_.lower() in _MASS_NOUNS:
                node = head  # "a combined mass"
                continue
            return _named(head)
        elif node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _MASS_NOUNS:
            node = head.head  # "a mass of 1 million pounds"
        elif node.dep_ in ("dobj", "npadvmod", "attr") and head.lemma_.lower() in _HAVING:
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return _named(subject) if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
        else:
            return None
    return None


def _named(noun) -> str:
    """A thing by its name when the report gives one beside it ("Zarya, a 42,000-pound space tugboat"),
    else by its head noun ("research station" and "space station" are one station)."""
    if noun.pos_ != "PROPN" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        noun = noun.head
    if noun.pos_ == "PROPN":
        words = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        return " ".join(t.text for t in [*words, noun])
    return noun.lemma_.lower()
