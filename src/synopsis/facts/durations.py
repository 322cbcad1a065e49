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

So is the lifetime a thing is built for ("the station's 15-year or more lifetime" against "a decade, the
station's estimated lifetime"), compared by whose it is; and the time help took to reach the scene ("had a fire
truck at the scene four minutes later" against "The first fire trucks ... were on the scene six minutes after the
call"), compared by who came: the first to arrive, not those sent after ("more fire trucks arrived an hour later").
"""

from __future__ import annotations

import math
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


# A lifetime by whose it is: "the station's 15-year or more lifetime", "a decade, the station's estimated lifetime",
# "a lifetime of 15 years".
_LIFE = r"(?:(?:estimated|expected|projected|planned|design|useful|service|working|operational)\s+)?(?:lifetime|life\s*span|life)\b"
_LIFETIMES = (
    re.compile(rf"\b(?P<owner>[\w'’-]+)['’]s?\s+{_NUMBER}-{_UNIT}(?P<or_more>\s+or\s+(?:more|longer))?\s+{_LIFE}"),
    re.compile(rf"\b(?:(?P<decade>a\s+decade)|{_NUMBER}\s+{_UNIT}),\s+(?:the|its)\s+(?:(?P<owner>[\w'’-]+)['’]s?\s+)?{_LIFE}"),
    re.compile(rf"\b(?:the\s+)?(?P<owner>[\w'’-]+)['’]s?\s+{_LIFE}\s+of\s+(?:at\s+least\s+(?P<at_least>))?{_NUMBER}\s+{_UNIT}"),
)
# Who comes to help, by kind: fire trucks and firefighters are one.
_RESPONDERS = {
    "fire": "fire", "firefighter": "fire", "firemen": "fire", "fireman": "fire", "police": "police", "officer": "police",
    "ambulance": "ambulance", "paramedic": "ambulance", "rescuer": "rescue", "rescue": "rescue",
}
# "had a fire truck at the scene four minutes later", "The first fire trucks ... were on the scene six minutes after the
# call", "the first fire trucks were on the scene within five minutes of getting the alarm"; never help sent later.
_REACHED_SCENE = re.compile(
    rf"\b(?<!more\s)(?<!other\s)(?<!additional\s)(?<!second\s)(?<!further\s)"
    rf"(?P<who>fire|firefighters?|fire(?:men|man)|police|officers?|ambulances?|paramedics?|rescuers?|rescue)\b"
    rf"[^.;]{{0,40}}?\b(?:at|on|to)\s+the\s+scene\s+(?P<within>within\s+)?{_NUMBER}\s+(?P<unit>minute|hour)s?\s+"
    rf"(?:later|after|of)\b",
    re.IGNORECASE,
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
            # most sentences tell no lifetime and no scene: a plain word test spares the patterns
            lowered = sentence.text.lower()
            found += (lifetimes(sentence) if "life" in lowered else []) + (times_to_the_scene(sentence) if "scene" in lowered else [])
    return found


def lifetimes(sentence) -> list:
    """The lifetimes a sentence gives a thing, as figures keyed by whose lifetime and the unit."""
    from synopsis.facts.figures import standing_figure

    found = []
    for pattern in _LIFETIMES:
        for match in pattern.finditer(sentence.text):
            if match.groupdict().get("decade"):
                value, unit = 10.0, "year"
            else:
                number = number_value(match.group("number"))
                if number is None or number[1]:
                    continue
                value, unit = number[0], match.group("unit").lower()
            owner = (match.group("owner") or "").lower()
            at_least = match.groupdict().get("or_more") or match.groupdict().get("at_least") is not None
            amount = Amount(value, value, math.inf if at_least else value)
            quantity = f"lifetime of the {owner or 'thing'} ({unit}s)"
            found.append(standing_figure(sentence, *match.span(), amount, quantity, quantity, "lasted"))
    return found


def times_to_the_scene(sentence) -> list:
    """The time the first help took to reach the scene, as figures keyed by who came and the unit."""
    from synopsis.facts.figures import standing_figure

    found = []
    for match in _REACHED_SCENE.finditer(sentence.text):
        number = number_value(match.group("number"))
        if number is None or number[1]:
            continue
        who = match.group("who").lower().rstrip("s")
        kind = _RESPONDERS.get(who, _RESPONDERS.get(who.replace("men", "man"), who))
        value = number[0]
        amount = Amount(value, 0 if match.group("within") else value, value)
        quantity = f"time for the first {kind} crews to reach the scene ({match.group('unit').lower()}s)"
        found.append(standing_figure(sentence, *match.span(), amount, quantity, quantity, "lasted"))
    return found
