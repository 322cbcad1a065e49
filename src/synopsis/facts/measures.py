"""Masses and lengths of the things in a story ("the 44,000-pound Zarya" against "Zarya, a 42,000-pound space
tugboat"; "the 36-foot Unity" against "the unit is 18 feet long"), and the magnitude and depth each agency gives
a tremor ("The USGS reported the quake measured magnitude 4.9, although the University of Chile reported it as 6.1").

A mass is not a count of things, so it is no figure of the fact sheet's list; but
two reports giving one thing different masses is a disagreement a reader must see.
A mass is compared only with masses of the same thing in the same unit: the thing
the measure qualifies ("a 900,000-pound research station"), or the subject that
has or weighs it ("the station will have a mass of 1 million pounds"). Units are
never converted: "24 tons" and "44,000 pounds" round differently, and a rounding
is no disagreement.

A length is read only where the report sets it on a thing: a measure before its noun ("the 36-foot Unity") or
a dimension said of it ("Zarya, 41 feet long", "the unit is 18 feet long"), never a distance ("within 10 feet
of Zarya", "240 miles above the Earth"). Only lengths of named things are compared: "a 30-mile stretch" and "a
50-mile stretch" are two stretches; a name keeps its number ("the Boeing 747", "TWA Flight 800"). A thing a report
calls by a bare "the" and a common noun ("the unit", "the 40,000-pound cylinder") is the one the sentence before
named ("the Unity module", "the Russian-made Zarya control module"), when it named no other: a report varies its
words for the thing it has just named, and after "the Zarya module to the Unity module" the unit may be either.
A length that is not yet or no longer the thing's is not read: one planned or growing ("will be 1,776 feet tall",
"when complete", "now 450 miles wide", a storm's width), one with parts added ("including its antennas"), an
altitude ("240 miles high", a plane "13,700 feet high"), or a height told in two units ("7 feet 6 inches").

A magnitude or a depth is no count either; two agencies measuring one tremor differently is the
disagreement. A report tells of one tremor after another ("The first shaking ... The second tremor ...
Another aftershock"), so its measures are compared only within the stretch of the report about one
tremor: a stretch ends where a tremor is brought in as a new one (a subject told with "a", "another",
an ordinal, a number or a date). Only values each given by an agency of its own can disagree: the
report's own figure is no one's other estimate. Across reports a tremor is not told apart from the
next one by its words alone ("the quake" of May 21 and of July 14), so reports are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from synopsis.facts.numbers import AMOUNT, Amount, amount_from_match
from synopsis.facts.parsing import parse, token_at
from synopsis.model import Document

# Unit word -> the unit a mass is compared in; "ton" and "tonne" differ by a tenth, so they stay apart.
UNITS = {
    "pound": "pounds", "lb": "pounds", "ton": "tons", "tonne": "tonnes",
    "kilogram": "kilograms", "kg": "kilograms", "kilo": "kilograms",
}
_UNIT = re.compile(r"^(?:-|\s+)(?P<unit>pounds?|lbs?|tons?|tonnes?|kilograms?|kgs?|kilos?)\b(?!-)", re.IGNORECASE)
# A sentence without a unit's word states no mass or length: most are passed over before their amounts are looked for.
_UNIT_WORD = re.compile(r"\b(?:pound|lb|ton|kilo|kg|foot|feet|ft|meter|metre|inch|yard|mile|kilomet)", re.IGNORECASE)
# A length set on a thing: a measure before its noun ("the 36-foot Unity") or a dimension said of it ("18 feet long").
_LENGTH_UNITS = r"feet|foot|ft|meters?|metres?|inch(?:es)?|yards?|miles?|kilomet(?:er|re)s?"
_LENGTH = re.compile(
    rf"^(?:-(?P<before>foot|meter|metre|inch|yard|mile|kilomet(?:er|re))\b(?!-)"
    rf"|\s+(?P<unit>{_LENGTH_UNITS})\s+(?P<dimension>long|tall|high|wide)\b)",
    re.IGNORECASE,
)
_LENGTH_NAMES = {"f": "feet", "me": "meters", "i": "inches", "y": "yards", "mi": "miles", "k": "kilometers"}
_DIMENSIONS = {"long": "length", "tall": "height", "high": "height", "wide": "width"}
# A length that is not the thing's as it stands: planned, changing, with parts added ("will be", "when complete",
# "now 450 miles wide", "including its antennas"), or of something that grows (a storm, a fire, a spill).
_NOT_STANDING = re.compile(
    r"\b(?:will|would|to)\s+(?:be|measure|stand|reach)\b|\bwhen\s+(?:complete|completed|finished|built|done)\b"
    r"|\b(?:now|currently|includ(?:ing|es)|grew|grown|growing|widen\w*|expand\w*)\b"
    r"|\b(?:hurricane|typhoon|cyclone|storm|tornado|fire|blaze|wildfire|spill|slick|plume|cloud|flood)s?\b",
    re.IGNORECASE,
)
# "N miles high" is an altitude, and so is a height told of something that flies ("TWA Flight 800, 13,700 feet high").
_ALTITUDE = re.compile(
    r"\b(?:flight|plane|airplane|jet|airliner|aircraft|helicopter|balloon|craft|spacecraft|shuttle|station|satellite"
    r"|rocket|capsule|orbit\w*|fly\w*|flew|flown|altitude|airborne)\b",
    re.IGNORECASE,
)
# The first part of a height told in two units: "7 feet 6 inches tall" is read whole or not at all.
_FEET_BEFORE = re.compile(r"\d\s*(?:-|\s)(?:feet|foot|ft)\s*,?\s*(?:and\s+)?$", re.IGNORECASE)
# Names a report gives no thing: "the main cargo Thursday", "the October launch".
_NOT_A_THING = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)$"
)
# Nouns a mass is said through: "a mass of", "a weight of"; the thing is whatever has it.
_MASS_NOUNS = {"mass", "weight"}
_HAVING = {"have", "weigh", "reach"}


def sentence_texts(documents: Sequence[Document]) -> list[str]:
    """The sentences that state a mass or a length, with the sentence before each (which may name the thing), and
    those of a report on a tremor that state its size or bring one in: the only ones this part of the fact sheet parses."""
    measures_told = [
        text
        for document in documents
        for before, sentence in zip([None, *document.sentences], document.sentences)
        if _UNIT_WORD.search(sentence.text) and _measured_amounts(sentence.text)
        for text in ((before.text, sentence.text) if before is not None and _KIND_TOLD.search(sentence.text) else (sentence.text,))
    ]
    tremors_told = [sentence.text for document in documents for sentence in _tremor_sentences(document)]
    return measures_told + tremors_told


def _measured_amounts(text: str) -> list[tuple[re.Match, re.Match, str]]:
    """(amount, unit, kind) of each mass or length the sentence states, kind "mass" or a length's dimension."""
    found = []
    for match in AMOUNT.finditer(text):
        after = text[match.end() :]
        if unit := _UNIT.match(after):
            found.append((match, unit, "mass"))
        elif (length := _LENGTH.match(after)) and not match.group("qualifier") and _standing_length(text, match, length):
            found.append((match, length, _DIMENSIONS.get((length.group("dimension") or "long").lower())))
    return found


def _standing_length(text: str, match: re.Match, length: re.Match) -> bool:
    """The length is the thing's as it stands, in one unit, and no altitude."""
    if _NOT_STANDING.search(text) or _FEET_BEFORE.search(text[: match.start()]):
        return False
    if (length.group("dimension") or "").lower() == "high":
        return not (length.group("unit").lower().startswith(("mile", "kilomet")) or _ALTITUDE.search(text))
    return True


def sizes(documents: Sequence[Document], parses: dict | None = None):
    """Every mass and length stated of a thing, as figures keyed by the thing, the dimension and the unit."""
    from synopsis.facts.figures import standing_figure

    if parses is None:
        parses = parse(sentence_texts(documents))
    found = []
    for document in documents:
        for before, sentence in zip([None, *document.sentences], document.sentences):
            if not _UNIT_WORD.search(sentence.text) or sentence.text not in parses:
                continue
            doc = parses[sentence.text]
            named_before = _named_thing(parses.get(before.text)) if before is not None else None
            for match, unit, kind in _measured_amounts(sentence.text):
                amount = amount_from_match(match)
                if amount is None or amount.percent or amount.vague:
                    continue
                if kind == "mass":
                    thing = _thing(token_at(doc, match.end() + unit.start("unit")), named_before)
                    name = UNITS[re.sub(r"s$", "", unit.group("unit").lower())]
                else:
                    unit_word = unit.group("before") or unit.group("unit")
                    thing = _length_thing(doc, match, unit, named_before)
                    name = next(n for prefix, n in _LENGTH_NAMES.items() if unit_word.lower().startswith(prefix))
                if thing is None:
                    continue
                end = match.end() + unit.end()
                found.append(
                    standing_figure(
                        sentence, match.start(), end, amount, f"{kind} of {thing} ({name})",
                        f"{kind} of {thing.lower()} ({name})", "weighs" if kind == "mass" else "measured",
                    )
                )
    return found


def _length_thing(doc, match: re.Match, length: re.Match, named_before: str | None) -> str | None:
    """The named thing a length is set on: the noun the measure stands before ("the 36-foot, 25,000-pound Unity"),
    the subject a dimension is said of ("the unit is 18 feet long") or the noun it follows ("Zarya, 41 feet long");
    None when the thing has no name."""
    if length.group("before"):
        unit = token_at(doc, match.end() + length.start("before"))
        noun = unit.head if unit is not None and unit.dep_ in ("compound", "amod", "nmod") else None
    else:
        dimension = token_at(doc, match.end() + length.start("dimension"))
        noun = None
        if dimension is not None and dimension.dep_ == "acomp":
            noun = next((c for c in dimension.head.children if c.dep_ == "nsubj"), None)
        elif dimension is not None and dimension.dep_ in ("amod", "appos"):
            noun = dimension.head
        if noun is None:
            named = re.search(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:\s+\d[\w-]*)?),\s*$", doc.text[: match.start()])
            return named.group("name") if named and not _NOT_A_THING.match(named.group("name")) else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    thing = _named(noun, named_before)
    return thing if thing and thing[:1].isupper() else None


def _named_thing(doc) -> str | None:
    """The one thing a sentence names by a name set before a common noun ("the Unity module", "the Russian-made
    Zarya control module"); None when it names another thing too ("the Zarya module to the Unity node", "the
    Greenpeace ship Rainbow Warrior ... the frigate Jeanne d'Arc"), as either may be the one called by its kind."""
    if doc is None:
        return None
    names = {
        _name_of(t) for t in doc
        if t.pos_ == "PROPN" and not (t.dep_ == "compound" and t.head.pos_ == "PROPN") and not _NOT_A_THING.match(t.text)
        and (t.head.pos_ == "NOUN" or any(c.pos_ == "NOUN" for c in t.children))
    }
    before_nouns = [t for t in doc if t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.pos_ == "NOUN"]
    return _name_of(before_nouns[-1]) if len(names) == 1 and before_nouns and _name_of(before_nouns[-1]) in names else None


def _name_of(token) -> str:
    """A name with the capitalised words set before its last and the number after it ("TWA Flight 800")."""
    words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    numbers = [t for t in token.rights if t.dep_ == "nummod" and t.i == token.i + 1]
    return " ".join(t.text for t in [*words, token, *numbers])


def _thing(unit, named_before: str | None = None) -> str | None:
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
            return _named(head, named_before)
        elif node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _MASS_NOUNS:
            node = head.head  # "a mass of 1 million pounds"
        elif node.dep_ in ("dobj", "npadvmod", "attr") and head.lemma_.lower() in _HAVING:
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return _named(subject, named_before) if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
        else:
            return None
    return None


def _named(noun, named_before: str | None = None) -> str | None:
    """A thing by its name when the report gives one beside it ("Zarya, a 42,000-pound space tugboat") or named it
    in the sentence before and now calls it by a bare "the" and a common noun ("the 40,000-pound cylinder"), else
    by its head noun ("research station" and "space station" are one station); None for a thing called by its kind
    when the sentence before named no one thing."""
    if noun.pos_ != "PROPN" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        noun = noun.head
    if noun.pos_ == "NOUN" and _told_bare(noun):
        return named_before
    if noun.pos_ == "PROPN":
        return _name_of(noun)
    return noun.lemma_.lower()


# Nouns that call a thing by its kind or shape, as a report calls one it has just named: "the unit", "the cylinder".
_KIND_NOUNS = frozenset({
    "unit", "module", "component", "piece", "part", "section", "segment", "element", "cylinder", "craft", "spacecraft",
    "vessel", "ship", "boat", "plane", "aircraft", "jet", "vehicle", "structure", "building", "tower", "device",
    "object", "satellite", "probe", "capsule",
})


# A kind's noun after "the", maybe with a measure between: the sentence before is parsed to find the name.
_KIND_TOLD = re.compile(rf"\bthe\s+(?:[\w,.-]+\s+){{0,3}}(?:{'|'.join(sorted(_KIND_NOUNS))})s?\b", re.IGNORECASE)


def _told_bare(noun) -> bool:
    """A noun of a thing's kind told with "the" and nothing else but a measure: "the unit", "the 40,000-pound
    cylinder"; not "the 50-foot arm", a thing of its own."""
    lefts = list(noun.lefts)
    return noun.lemma_.lower() in _KIND_NOUNS and bool(lefts) and lefts[0].lower_ == "the" and all(
        t.dep_ in ("compound", "nmod", "amod") and any(c.like_num for c in t.subtree) for t in lefts[1:]
    )


# The nouns a tremor is told by.
_TREMOR = re.compile(r"\b(?:earthquake|quake|tremor|aftershock|temblor|shake|shaking|movement|seism|jolt)s?\b", re.IGNORECASE)
_MAIN_SHOCK = {"earthquake", "quake", "temblor"}
# A magnitude: one digit and its tenths, by its word ("magnitude 4.9", "a 5.7 magnitude", "6.1 on the Richter scale",
# "measured the aftershock's magnitude as 6.6").
_SIZE = r"(?P<value>\d(?:\.\d{1,2})?)(?!\d|[.,]\d)"
_MAGNITUDES = (
    re.compile(rf"\bmagnitude(?:\s+(?:of|as|at))?\s+(?:about\s+|around\s+|approximately\s+)?{_SIZE}", re.IGNORECASE),
    re.compile(rf"(?<![\d.,]){_SIZE}[\s-]+magnitude\b", re.IGNORECASE),
    re.compile(rf"(?<![\d.,]){_SIZE}\s+on\s+the\s+(?:open-ended\s+)?Richter\b", re.IGNORECASE),
)
# Another agency's value of the magnitude the sentence has just told: "although the University reported it as 6.1".
_ALSO_AS = re.compile(rf"\bit\s+(?:as|at)\s+{_SIZE}(?!\s*(?:km|kilomet|mile|met|percent|%))", re.IGNORECASE)
# A depth, in the unit it is told in: "at a depth of 10 kilometers", "35 km deep"; a conversion in brackets is no value of its own.
_DEPTHS = (
    re.compile(
        r"\bdepth\s+of\s+(?:about\s+|around\s+|approximately\s+|some\s+)?(?P<value>\d+(?:\.\d+)?)\s*"
        r"(?P<unit>kilomet(?:er|re)s?|kms?|miles?|mi)\b", re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\d.,(])(?P<value>\d+(?:\.\d+)?)[\s-]*(?P<unit>kilomet(?:er|re)s?|kms?|miles?|mi)(?:\s*\([^)]*\))?\s+"
        r"(?:deep|below\s+the\s+(?:surface|ground|sea\s*bed|sea\s+floor|ocean\s+floor))\b", re.IGNORECASE,
    ),
)
_DEPTH_UNITS = {"k": "kilometers", "m": "miles"}
# Verbs an agency gives a measure by; the subject of the nearest one over the value is who gives it.
_GIVING = {
    "report", "say", "measure", "specify", "record", "register", "put", "place", "estimate", "give", "calculate",
    "announce", "state", "update", "rate", "detect", "indicate", "show", "tell", "find", "read",
}
_GIVEN_BY = re.compile(
    r"\b(?i:according\s+to|reported\s+by|measured\s+by|as\s+per)\s+(?:the\s+)?"
    r"(?P<source>[A-Z][\w'.-]*(?:\s+(?:(?:of|de|la|del|for|and|the)\s+)*[A-Z][\w'.-]*)*)"
)
# Words that bring a tremor in as a new one: "Another aftershock", "The second tremor", "Four strong aftershocks".
_NEW_MARKS = {
    "a", "an", "another", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "further", "next", "new",
    "other", "last", "final", "latest", "earlier", "previous",
}


def _tremor_sentences(document: Document):
    """The sentences of a report on a tremor that state a magnitude or a depth, or name a tremor before the last
    that states one (a tremor named after it brings in nothing measured)."""
    if not _TREMOR.search(document.article.text) or not any(
        pattern.search(document.article.text) for pattern in (*_MAGNITUDES, *_DEPTHS)
    ):
        return []
    found, last_measured = [], 0
    for sentence in document.sentences:
        measured = any(p.search(sentence.text) for p in (*_MAGNITUDES, *_DEPTHS))
        if measured or _TREMOR.search(sentence.text):
            found.append(sentence)
            last_measured = len(found) if measured else last_measured
    return found[:last_measured]


def tremor_measures(documents: Sequence[Document], parses: dict | None = None):
    """The magnitudes and depths each report gives its tremors, as figures keyed by the report's stretch on one
    tremor and by who gives them."""
    from synopsis.facts.figures import standing_figure

    if parses is None:
        parses = parse(sentence_texts(documents))
    found = []
    for document in documents:
        stretch, told_of = 0, None
        for sentence in _tremor_sentences(document):
            doc = parses.get(sentence.text)
            if doc is None:
                continue
            brought_in = _brought_in(doc, told_of)
            if brought_in is not None:
                stretch, told_of = stretch + 1, brought_in
            for start, end, value, what, unit in _measures_in(sentence.text):
                told = f"{what} of the {told_of or 'tremor'}" + (f" ({unit})" if unit else "")
                figure = standing_figure(
                    sentence, start, end, Amount(value=value, low=value, high=value), told,
                    f"{what} ({unit}) of tremor {stretch} of {document.id}", "measured",
                )
                found.append(replace(figure, reporter=_giver(doc, start)))
    return found


def _measures_in(text: str) -> list[tuple[int, int, float, str, str]]:
    """(start, end, value, what, unit) of each magnitude and depth a sentence states, in the order told."""
    found = []
    for pattern in _MAGNITUDES:
        found += [(m.start("value"), m.end("value"), float(m.group("value")), "magnitude", "") for m in pattern.finditer(text)]
    if found:
        first = min(start for start, *_ in found)
        found += [
            (m.start("value"), m.end("value"), float(m.group("value")), "magnitude", "")
            for m in _ALSO_AS.finditer(text) if m.start() > first
        ]
    for pattern in _DEPTHS:
        for m in pattern.finditer(text):
            unit = _DEPTH_UNITS[m.group("unit")[0].lower()]
            found.append((m.start("value"), m.end("value"), float(m.group("value")), "depth", unit))
    return sorted(set(found))


def _brought_in(doc, told_of: str | None) -> str | None:
    """The noun of a tremor the sentence brings in as a new one (its subject, told with "a", "another", an ordinal,
    a number or a date; or an aftershock after a main shock), else None."""
    for token in doc:
        if not _TREMOR.fullmatch(token.text) or not (
            token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.dep_ == "agent")
        ):
            continue
        noun = token.lemma_.lower()
        marks = [
            c for c in token.children
            if (c.dep_ in ("det", "amod", "advmod") and c.lower_ in _NEW_MARKS)
            or c.dep_ == "nummod" or (c.dep_ in ("compound", "nmod") and c.pos_ in ("NUM", "PROPN"))
        ]
        if marks or (noun == "aftershock" and told_of in _MAIN_SHOCK):
            return noun
    return None


def _giver(doc, offset: int) -> str | None:
    """Who gives the measure at this offset: the named subject of the nearest verb of giving over it
    ("the USGS reported"), a verb joined to one taking its subject ("USGS updated ... and specified"),
    or the name after "according to" or "reported by"; None when the report gives it as its own."""
    token = token_at(doc, offset)
    while token is not None and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _GIVING:
            subject = _subject(token)
            if subject is not None:
                return subject
    text = doc.text
    given_by = _GIVEN_BY.search(text)
    return given_by.group("source") if given_by else None


def _subject(verb) -> str | None:
    """A verb's named subject, or the subject of the verb it is joined to; pronouns name no one, nor does the tremor
    itself ("an 8.8 magnitude earthquake was recorded")."""
    for node in (verb, verb.head if verb.dep_ == "conj" else None):
        if node is None:
            continue
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN") and not _TREMOR.fullmatch(subject.text):
            words = [t for t in subject.subtree if t.dep_ != "det"]
            end = next((i for i, t in enumerate(words) if t.text in ("(", ",")), len(words))
            return " ".join(t.text for t in words[:end]) or None
        if subject is not None:
            return None
    return None
