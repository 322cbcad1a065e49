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

So is the lifetime a thing is built for ("Mir's 15-year or more lifetime" against "a decade, Mir's estimated
lifetime"), compared only when a name says whose it is: "the station's" or "the satellite's" may be any station's or
satellite's, and a life sentence or a life insurance is no lifetime. So is the time help took to reach the scene ("had
a fire truck at the scene four minutes later" against "The first fire trucks ... were on the scene six minutes after
the call"), compared by who came and where, and only when the words tell an arrival (a verb of arriving, "had ... at",
or the first ones there); never help sent after ("More fire trucks arrived an hour later", "crews from a second
station"), help that stayed or came back ("were still at the scene", "returned to the scene"), or what else happened
there ("Police opened fire at the scene").
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


# A lifetime by whose it is: "Mir's 15-year or more lifetime", "a decade, Mir's estimated lifetime", "a lifetime of 15
# years"; not a life sentence, term or insurance.
_LIFE = (
    r"(?:(?:estimated|expected|projected|planned|design|useful|service|working|operational)\s+)?"
    r"(?:lifetime|life\s*span|life(?!\s+(?:sentences?|terms?|insurance|imprisonment|in\b|behind\b)))\b"
)
_OWNER = r"(?P<owner>[\w'’-]+)['’]s?"
_LIFETIMES = (
    re.compile(rf"\b{_OWNER}\s+{_NUMBER}-{_UNIT}(?P<or_more>\s+or\s+(?:more|longer))?\s+{_LIFE}"),
    re.compile(rf"\b(?:(?P<decade>a\s+decade)|{_NUMBER}\s+{_UNIT}),\s+(?:(?:the|its)\s+)?(?:{_OWNER}\s+)?{_LIFE}"),
    re.compile(rf"\b(?:the\s+)?{_OWNER}\s+{_LIFE}\s+of\s+(?:at\s+least\s+(?P<at_least>))?{_NUMBER}\s+{_UNIT}"),
)
# The capitalised words of a name before its last one: "the International Space Station's".
_NAME_BEFORE = re.compile(r"(?:(?<![\w'’-])[A-Z][\w'’-]*\s+)+$")
# Who comes to help, by kind: fire trucks and firefighters are one; "fire" alone is the blaze, not the crews.
_RESPONDERS = {"fire": "fire", "police": "police", "officer": "police", "ambulance": "ambulance", "paramedic": "ambulance", "rescue": "rescue"}
_RESPONDER = (
    r"(?P<who>fire[\s-]*(?:trucks?|engines?|crews?|brigades?|squads?|fighters?)|fire(?:men|man)|police|officers?"
    r"|ambulances?|paramedics?|rescuers?|rescue\s+(?:workers?|teams?|squads?|crews?))"
)
# "had a fire truck at the scene four minutes later", "The first fire trucks ... were on the scene six minutes after the
# call", "the first fire trucks were on the scene within five minutes of getting the alarm", "Police arrived at the scene".
_REACHED_SCENE = re.compile(
    rf"\b{_RESPONDER}\b(?P<between>[^.;]{{0,40}}?)\b(?P<scene>(?:(?:at|on|to)\s+)?the\s+scene)\s+(?P<within>within\s+)?"
    rf"{_NUMBER}\s+(?P<unit>minute|hour)s?\s+(?:later|after|of)\b",
    re.IGNORECASE,
)
# Words that tell an arrival between who came and the scene, or say they were the first there.
_ARRIVING = re.compile(r"\b(?:arriv\w*|reach\w*|got|gets?|came|comes?|pulled\s+up|rushed|raced|sped)\b", re.IGNORECASE)
_FIRST_THERE = re.compile(r"\b(?:(?:the|its|their)\s+first|had\s+(?:an?|the|its|their)(?:\s+first)?)\s+$", re.IGNORECASE)
# Help that is not the first to arrive, or was there for something else, anywhere before the scene.
_NOT_FIRST_HELP = re.compile(
    r"\b(?:still|remain\w*|stay\w*|return\w*|back|more|other|additional|second|another|further|opened\s+fire)\b",
    re.IGNORECASE,
)
# A place a sentence tells of: "In Gothenburg, fire trucks ..."; two scenes in two places are two fires.
_IN_PLACE = re.compile(
    r"\b[Ii]n\s+(?P<place>(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
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
            owner = _owner_name(sentence.text, match)
            if owner is None:
                continue
            at_least = match.groupdict().get("or_more") or match.groupdict().get("at_least") is not None
            amount = Amount(value, value, math.inf if at_least else value)
            quantity = f"lifetime of {owner} ({unit}s)"
            found.append(standing_figure(sentence, *match.span(), amount, quantity, quantity, "lasted"))
    return found


def _arrival(text: str, match: re.Match) -> bool:
    """The words tell the first help arriving: a verb of arriving between who came and the scene, or "the first"
    or "had a" before who came; and nothing before the scene tells of help sent later, help that stayed or came
    back, or something else done there."""
    told = _ARRIVING.search(match.group("between")) or _FIRST_THERE.search(text[max(0, match.start() - 30) : match.start()])
    return bool(told) and not _NOT_FIRST_HELP.search(text[: match.start("scene")])


def _owner_name(text: str, match: re.Match) -> str | None:
    """The name of whose lifetime it is, with the capitalised words before its last ("the International Space
    Station's"); None for a common noun ("the station's"), which may be any of a story's stations."""
    owner = match.group("owner")
    if not owner or not owner[0].isupper():
        return None
    before = _NAME_BEFORE.search(text[: match.start("owner")])
    name = (before.group(0) if before else "") + owner
    return re.sub(r"^(?:The|A|An|Its|Their)\s+", "", name) or None


def times_to_the_scene(sentence) -> list:
    """The time the first help took to reach the scene, as figures keyed by who came and the unit."""
    from synopsis.facts.figures import standing_figure

    found = []
    for match in _REACHED_SCENE.finditer(sentence.text):
        number = number_value(match.group("number"))
        if number is None or number[1] or not _arrival(sentence.text, match):
            continue
        who = match.group("who").lower()
        kind = next((k for word, k in _RESPONDERS.items() if who.startswith(word)), who)
        value = number[0]
        amount = Amount(value, 0 if match.group("within") else value, value)
        quantity = f"time for the first {kind} crews to reach the scene ({match.group('unit').lower()}s)"
        place = _IN_PLACE.search(sentence.text)
        found.append(
            standing_figure(sentence, *match.span(), amount, quantity, quantity, "lasted", place.group("place") if place else None)
        )
    return found
