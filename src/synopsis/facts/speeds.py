"""Speeds: the speed a thing moves at ("The particles ... move at 43 miles per second" against "A microscopic particle
hitting the skin of a spacecraft at 44 miles per second") and the peak winds of a named storm ("Georges flirted with
catastrophic 150 mph winds over the Atlantic" against "its winds, which reached a peak of 135 miles an hour").

A speed is no count of things, so it is no figure of the fact sheet's list; but two reports giving one thing
different speeds is a disagreement a reader must see. Speeds are compared only in the unit they are told in ("mph"
and "miles an hour" are one), never converted: "155,000 mph (250,000 kph)" rounds differently in each.

A thing's speed is read where a verb of motion moves it "at" the speed ("move at 43 miles per second", "hit the
atmosphere at speeds of about 45 miles per second"); the thing is the noun that moves, so "particles" and "a
particle" are one, and a pronoun names none, nor does weather, which drifts at a speed that changes by the day ("the
hurricane was moving west at 8 mph"). A speed planned, changing or told of what may happen ("will travel at",
"slowed to", "could reach") is not read.

A storm's winds change from day to day and place to place, so only its peak is compared: winds told with a word of
the peak ("top", "peak", "maximum", "strongest", "flirted with") in a report naming that storm alone (by its name,
which any of the story's reports gives as a storm's: "Hurricane Georges"), and never winds
told at a place on land ("its 100 mph peak over the Florida Keys"), gusts, forecasts or winds dying down. Peak winds
told over the open sea ("over the Atlantic") are the storm's own, as storms peak at sea. The word of the peak must be
the value's own ("its 180 mph peak", "peak winds of 180 mph"): in "down from 100 mph around midnight and well below its
180 mph peak" the 100 is no peak, and a conversion in brackets is no value of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from synopsis.facts.numbers import AMOUNT, amount_from_match
from synopsis.facts.parsing import token_at
from synopsis.model import Document

# A speed's unit after its number, a conversion in brackets passed over: "43 miles (69 kilometers) per second".
_SPEED_UNIT = re.compile(
    r"^(?:\s*\([^)]{0,40}\))?[\s-]*(?:(?P<short>mph|kph|km/h|knots)\b"
    r"|(?P<distance>miles?|kilomet(?:er|re)s?|km|meters?|metres?)\s+(?:\([^)]{0,40}\)\s+)?(?:per|an?|each)\s+"
    r"(?P<time>second|hour|minute)\b)",
    re.IGNORECASE,
)
_SHORT_UNITS = {"mph": "miles per hour", "kph": "kilometers per hour", "km/h": "kilometers per hour", "knots": "knots"}
# A sentence without one of these words states no speed: most are passed over before their amounts are looked for.
_SPEED_WORD = re.compile(r"\b(?:mph|kph|km/h|knots|per\s+(?:second|hour)|an?\s+(?:second|hour))\b", re.IGNORECASE)

# A thing's speed: "at" before the amount, maybe "speeds of" between.
_AT_SPEED = re.compile(r"\bat\s+(?:(?:a\s+)?(?:top\s+)?speeds?\s+of\s+)?$", re.IGNORECASE)
_MOVING = frozenset({
    "move", "travel", "zip", "hurtle", "streak", "speed", "fly", "race", "hit", "strike", "enter", "slam", "plunge",
    "orbit", "spin", "rotate", "zoom", "rush", "whiz", "whizz", "shoot", "fall", "crash", "smash", "impact",
})
# A speed that is not the thing's as it moves: planned, changing, or what may happen.
_NOT_MOVING_NOW = re.compile(
    r"\b(?:will|would|could|might|may|can|should|expected|planned|designed|slow\w*|accelerat\w*|increas\w*|decreas\w*"
    r"|reduc\w*|rais\w*|cut|limit\w*|up\s+to)\b",
    re.IGNORECASE,
)

# A named storm: "Hurricane Georges", "Tropical Storm Mitch", "Typhoon Zeb".
_STORM = re.compile(
    r"(?<![Tt]he\s)\b(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Tropical\s+Depression|Storm)\s+"
    r"(?!(?:Center|Centre|Season|Watch|Warning|Hunters?)\b)(?P<name>[A-Z][a-z]+)\b"
)
# Winds told before the speed ("winds, which reached a peak of 135") or after it ("150 mph winds"), or a peak ("its
# 100 mph peak").
_WINDS_BEFORE = re.compile(r"\bwinds?\b[^.;:]{0,60}$", re.IGNORECASE)
_WINDS_AFTER = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:winds?|peak)\b", re.IGNORECASE)
_PEAK = r"\b(?:peak\w*|top|topp\w*|maximum|highest|strongest|flirted\s+with)\b"
_PEAK_BEFORE = re.compile(rf"{_PEAK}[^,;:()]*$", re.IGNORECASE)
_PEAK_AFTER = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?peak\b", re.IGNORECASE)
# Winds that are not the storm's peak: gusts, forecasts, winds dying down.
_NOT_PEAK = re.compile(
    r"\b(?:gust\w*|will|would|could|might|may|expected|forecast\w*|predicted|weaken\w*|diminish\w*|dropp?\w*|fell"
    r"|fall\w*|slow\w*|decreas\w*|(?:down|up)\s+(?:to|from)|lost|losing|dying)\b",
    re.IGNORECASE,
)
# Where winds are told: a place on land ("over the Florida Keys", "in Puerto Rico") is that place's winds; the open sea
# is where a storm has its own.
_TOLD_AT = re.compile(
    r"\b(?:over|at|in|on|near|across|into|onto|above)\s+(?:the\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b)(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
_SEA = re.compile(r"^(?:Atlantic|Pacific|Caribbean|Gulf|Indian\s+Ocean|Mediterranean|Arabian\s+Sea|South\s+China\s+Sea)\b")
# What ends a clause or a part joined by "and": a speed's words are read within its own.
_CLAUSE_END = re.compile(r"[,;:]|\s_\s|\s--?\s|\b(?:but|and)\b")


def sentence_texts(documents: Sequence[Document]) -> list[str]:
    """The sentences that may state a thing's speed: the only ones this part of the fact sheet parses."""
    return [
        sentence.text
        for document in documents
        if _SPEED_WORD.search(document.article.text)
        for sentence in document.sentences
        if _SPEED_WORD.search(sentence.text) and any(m.speed_at for m in _speeds_in(sentence.text))
    ]


class _Told(NamedTuple):
    """A speed as a sentence tells it: the amount's match, its unit, where the unit's words end, and whether "at" sets
    it on a mover."""

    match: re.Match
    unit: str
    unit_end: int
    speed_at: bool


def _speeds_in(text: str) -> list[_Told]:
    found = []
    for match in AMOUNT.finditer(text):
        told = _SPEED_UNIT.match(text[match.end() :])
        if told is None or match.group("percent") or text[: match.start()].rstrip().endswith("("):
            continue  # "150 mph (240 kph)": a conversion is no value of its own
        if told.group("short"):
            unit = _SHORT_UNITS[told.group("short").lower()]
        else:
            distance = told.group("distance").lower()
            distance = "miles" if distance.startswith("mile") else "kilometers" if distance.startswith("k") else "meters"
            unit = f"{distance} per {told.group('time').lower()}"
        found.append(_Told(match, unit, match.end() + told.end(), _AT_SPEED.search(text[: match.start()]) is not None))
    return found


def speeds(documents: Sequence[Document], parses: dict):
    """Every speed stated of a moving thing, and every peak wind of a named storm, as figures keyed by the thing or
    the storm and the unit."""
    from synopsis.facts.figures import standing_figure

    found = []
    # a report may call the storm by its name alone ("Georges flirted with"): the story's reports tell it is a storm
    named = {m.group("name") for document in documents for m in _STORM.finditer(document.article.text)}
    for document in documents:
        if not _SPEED_WORD.search(document.article.text):
            continue  # most reports state no speed: one test of the text spares its sentences
        storms = {name for name in named if re.search(rf"\b{name}\b", document.article.text)}
        storm = next(iter(storms)) if len(storms) == 1 else None
        for sentence in document.sentences:
            if not _SPEED_WORD.search(sentence.text):
                continue
            for told in _speeds_in(sentence.text):
                amount = amount_from_match(told.match)
                if amount is None or amount.vague:
                    continue
                clause = _clause(sentence.text, told.match)
                if storm is not None and _peak_winds(sentence.text, told, clause):
                    what = f"peak winds of {storm}"
                elif told.speed_at and sentence.text in parses and not _NOT_MOVING_NOW.search(clause):
                    mover = _mover(parses[sentence.text], told.match)
                    if mover is None:
                        continue
                    what = f"speed of {mover}"
                else:
                    continue
                quantity = f"{what} ({told.unit})"
                found.append(standing_figure(sentence, told.match.start(), told.unit_end, amount, quantity, quantity, "measured"))
    return found


def _clause(text: str, match: re.Match) -> str:
    """The words of the amount's own clause."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())]
    end = _CLAUSE_END.search(text, match.end())
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _peak_winds(text: str, told: _Told, clause: str) -> bool:
    """The speed is the peak of a storm's winds, told at sea or at no place."""
    before, after = text[: told.match.start()], text[told.unit_end :]
    winds = _WINDS_BEFORE.search(before) or _WINDS_AFTER.match(after)
    # the peak is this value's: "peak winds of 180 mph", "its 180 mph peak", not "down from 100 mph ... its 180 mph peak"
    peak = _PEAK_BEFORE.search(before[-45:]) or _PEAK_AFTER.match(after)
    if not winds or not peak or _NOT_PEAK.search(clause):
        return False
    return all(_SEA.match(place.group("place")) for place in _TOLD_AT.finditer(clause))


def _mover(doc, match: re.Match) -> str | None:
    """The noun that moves at the speed: the subject of the verb of motion the speed hangs on, the noun that verb
    tells of ("A microscopic particle hitting the skin ... at 44 miles per second"), or the things a count of them
    holds ("millions of particles moving at"); None for a pronoun."""
    verb = _motion(token_at(doc, match.start("number")))
    if verb is None:
        return None
    if verb.pos_ != "VERB":
        # the parser took the verb for a noun ("particles ... move at 43 miles"): the sentence's root noun moves
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        subject = root if root is not None and root.i < verb.i else None
    else:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (subject is None and verb.dep_ in ("acl", "relcl")) or (subject is not None and subject.tag_ == "WDT"):
            subject = verb.head  # "particles that move at", "a particle hitting the skin at"
    if subject is not None and subject.lemma_.lower() in _COUNTS:
        subject = next((g for c in subject.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in _DRIFTING:
        return None
    return subject.lemma_.lower()


def _motion(token):
    """The verb of motion the speed hangs on, climbing from its number; else the word "at" follows, when the parser
    took it for a noun ("move")."""
    node, steps = token, 0
    while node is not None and node.pos_ not in ("VERB", "AUX") and node.head is not node and steps < 6:
        if node.lower_ == "at" and node.head.lemma_.lower() in _MOVING:
            return node.head
        node, steps = node.head, steps + 1
    return node if node is not None and node.pos_ == "VERB" and node.lemma_.lower() in _MOVING else None


# Weather that drifts at a speed that changes from day to day: "the hurricane was moving west at 8 mph".
_DRIFTING = frozenset({"hurricane", "storm", "typhoon", "cyclone", "depression", "front", "system", "tornado", "wind"})
# Words that count what moves: "millions of particles".
_COUNTS = frozenset({"million", "thousand", "hundred", "billion", "dozen", "number", "lot", "swarm", "stream", "cloud", "bit", "piece"})
