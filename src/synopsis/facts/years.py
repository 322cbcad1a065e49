"""Years of the one-time events of a life: "appointed army commander in 1988" against "in 1989".

A year is no count of things, so it is no figure of the fact sheet's list; but two
reports dating one event of a person's life differently is a disagreement a reader
must see. Only events that happen once to a person in a role are compared: being
born, founding something, being appointed, named or elected to a role; the person
is the one named nearest before the event, by surname, and the role is the words
the report gives between the verb and the year ("army commander"), so "elected
president" and "elected to parliament" stay apart, as do re-elections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from synopsis.facts.numbers import Amount
from synopsis.facts.quotes import nearest_person
from synopsis.model import Document

_EVENT_IN_YEAR = re.compile(
    r"(?<![\w-])(?P<verb>born|founded|established|appointed|named|elected)\s+"
    r"(?:as\s+)?(?P<role>(?:(?!in\b)[a-z][\w-]*\s+){0,3}?)in\s+(?P<year>(?:1[89]|20)\d\d)\b(?![-–]\d)"
)


def event_years(documents: Sequence[Document]):
    """Every year a report gives a person's birth, founding, appointment or election, as figures
    keyed by the person, the event and the role."""
    from synopsis.facts.figures import standing_figure

    found = []
    for document in documents:
        for sentence in document.sentences:
            for match in _EVENT_IN_YEAR.finditer(sentence.text):
                person = nearest_person(document, sentence.start + match.start())
                if person is None:
                    continue
                year = float(match.group("year"))
                event = " ".join([match.group("verb"), *match.group("role").split()])
                # by surname: a report may give the full name of another of the family first
                quantity = f"year {person.split()[-1]} was {event}"
                found.append(standing_figure(sentence, *match.span(), Amount(year, year, year), quantity, quantity, "dated"))
    return found
