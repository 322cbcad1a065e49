"""Lengths of occasions set in advance: "a four-day trip" against "Clinton's three-day visit".

A duration is no count of things, so it is no figure of the fact sheet's list; but
two reports giving one visit, summit or session different lengths, or one stopgap
different terms ("to finance for six months" against "financing ... only for five
months"), is a disagreement a reader must see. Only occasions whose length is fixed
before they start are compared: a strike or a siege grows from report to report, so
its length told a week later is a newer one, not a disagreement. A length is compared
with lengths of the same kind of occasion in the same unit, told of the same owner
("Clinton's") and destination ("to China") when both reports name one; it is a
standing fact, the same whatever day it is told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from synopsis.facts.numbers import Amount, number_value
from synopsis.model import Document

# Occasions whose length is set before they begin, as the kind a reader compares.
OCCASIONS = {
    "visit": "visit", "trip": "visit", "tour": "visit", "stay": "visit", "journey": "visit",
    "summit": "summit", "session": "session", "conference": "conference", "meeting": "meeting",
}
_NUMBER = r"(?P<number>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<unit>hour|day|week|month|year)s?"
_LENGTH_OF = re.compile(
    rf"\b{_NUMBER}-{_UNIT}\s+(?:[a-z]+\s+)?"
    rf"(?P<occasion>{'|'.join(OCCASIONS)})s?\b(?:\s+(?:to|in)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+))?"
)
# Whose occasion it is, just before its length: "Clinton's three-day visit".
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w'’-]+)['’]s\s+(?:(?:an?|the|his|her|their|its)\s+)?$")
# A stopgap's term: "to finance for six months the departments", "financing the census only for five months",
# "six months' financing".
_TERMS_OF = (
    re.compile(
        rf"\b(?:financ|fund)(?:e|es|ed|ing)\b(?:\s+(?!for\b)[\w,'’-]+){{0,8}}?\s+(?:only\s+)?for\s+(?:only\s+)?"
        rf"{_NUMBER}\s+{_UNIT}\b"
    ),
    re.compile(rf"\b{_NUMBER}\s+{_UNIT}['’]\s+(?:of\s+)?(?:financing|funding)\b"),
)


def durations(documents: Sequence[Document]):
    """Every length stated of an occasion set in advance or of a stopgap's financing, as figures
    keyed by the kind of occasion and the unit."""
    from synopsis.facts.figures import standing_figure

    found = []
    for document in documents:
        for sentence in document.sentences:
            for pattern, kind in ((_LENGTH_OF, None), *((term, "financing") for term in _TERMS_OF)):
                for match in pattern.finditer(sentence.text):
                    value = number_value(match.group("number"))
                    if value is None or value[1]:
                        continue
                    occasion = kind or OCCASIONS[match.group("occasion").lower()]
                    unit = match.group("unit").lower()
                    # where or whose: "a visit to China", "Clinton's visit"; a length told of neither meets any
                    owner = _OWNER_BEFORE.search(sentence.text[max(0, match.start() - 40) : match.start()])
                    place = match.groupdict().get("place") or (owner.group("owner") if owner else None)
                    quantity = f"length of {occasion} ({unit}s)"
                    amount = Amount(value[0], value[0], value[0])
                    found.append(standing_figure(sentence, *match.span(), amount, quantity, quantity, "lasted", place))
    return found
