"""Figures in reports: an amount, what it counts, the action, the time window, place and reporter.

The dependency parse says what a number counts ("29" -> "towns and villages")
and the verb that governs it ("seizing"); the time window, the place and the
reporter come from the same sentence, so "77 regime loyalists killed in four
days of fighting" stays apart from "30 loyalists killed since Thursday night".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from synopsis.facts.dates import DAY_BEFORE_NOUN, SAID_ON, WINDOW, ReportDate, Window, resolve, window_of
from synopsis.facts.numbers import AMOUNT, VAGUE, Amount, amount_from_match, number_value
from synopsis.facts.parsing import parse, token_at
from synopsis.facts.quotes import DASH_SOURCE
from synopsis.facts.tallies import in_tally
from synopsis.model import Document, Sentence, Span

# Words that make a number a measure, a duration, an age, a date or a time rather than a count.
_MEASURES = (
    r"kilomet(?:er|re)s?|kms?|kph|km/h|miles?|mi|mph|met(?:er|re)s?|m|feet|foot|ft|inch(?:es)?|yards?|"
    r"centimet(?:er|re)s?|cm|mill?imet(?:er|re)s?|mm|hectares?|acres?|degrees?|tons?|tonnes?|"
    r"kilograms?|kg|pounds?|lbs?|knots?|square|cubic|megawatts?|mw|barrels?|lit(?:er|re)s?|gallons?|"
    r"celsius|centigrade|fahrenheit|°|F(?=\))|C(?=\))"
)
_NOT_A_COUNT_AFTER = re.compile(
    rf"^(?:[\s-]*(?:{_MEASURES})\b"
    r"|\s*-?\s*(?:years?|months?|weeks?|days?)[\s-]+old\b"
    r"|-(?:year|month|week|day|hour|minute|storey|story)\b"
    r"|\s+(?:hours?|days?|weeks?|months?|years?|decades?|centuries|minutes?|seconds?|times)\b"
    # "seven and a half years", "two more years": still a duration
    r"|\s+(?:and\s+(?:a|one)[\s-]half|more|fewer|full|long|straight)[\s-]+(?:hours?|days?|weeks?|months?|years?|decades?)\b"
    # "outnumber Serbs 9-to-1": a ratio; "three elections in a row": a count of occasions
    r"|-to-\d|\s+[a-z]+\s+in\s+a\s+row\b"
    r"|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    # "16.50 UTC", "06.34.14 UTC": a clock time told with dots
    r"|(?:\.\d\d)?\s*(?:a\.m\.|p\.m\.|(?:am|pm|GMT|BST|EST|UTC)\b)|:\d|\s+local\s+time\b"
    # "8.8 magnitude", "6.1 on the Richter scale": the size of a tremor
    r"|[\s-]*magnitude\b|\s+on\s+the\s+(?:open-ended\s+)?richter\b)",
    re.IGNORECASE,
)
# "Shirin, 13, is hospitalized": an age set off by commas after a name.
_AGE_APPOSITION = re.compile(r"(?:[A-Z][\w'’-]+|\bage[ds]?),\s*$")
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\bno\.|#"
    # "11:30", "06.34": a clock time; "passed 150,000. About 1 million": a full stop the splitting kept inside a quote
    r"|\d:|\d\.(?!\s)|\b(?:father|mother|parent|mum|dad)s?\s+of|\bpage|\bpart|\bnumber|\bcode|\bline|\bpoint|\bages?|\bage\s+of"
    # "Air France flight 447 carrying", "the Type 22 frigate", "Resolution 1723": a number that names one thing
    r"|\b(?:flight|type|resolution|route)"
    # "a week or two", "a day or two ago": the other end of a duration
    r"|\b(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+or"
    # "magnitude 4.9", "a preliminary magnitude of 5.5": the size of a tremor
    r"|\bmagnitude(?:\s+of)?)\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# The nouns a tremor is told by: a decimal before one is its size, no count ("an 8.8 earthquake").
_TREMOR_AFTER = re.compile(r"[\s-]+(?:earthquake|quake|tremor|aftershock|temblor)s?\b", re.IGNORECASE)
_DIGITS_OR_WORD = (
    r"\d{1,3}(?:,\d{3})+|\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
# "a 115-boat fleet": a count of what the whole is made of; "a three-stage rocket": a size.
_SIZE_AFTER = re.compile(r"-(?P<unit>[a-z]+)\s+(?P<whole>[\w'’-]+(?:\s+[\w'’-]+){0,2})")
_COLLECTIVES = {
    "fleet", "convoy", "team", "group", "coalition", "alliance", "delegation", "squad", "crew", "panel",
    "committee", "council", "bloc", "force", "contingent", "mission", "consortium", "jury", "flotilla",
}
# Where a number may be one side of a vote tally: the pattern of tallies is run only there.
_TALLY_NEAR = re.compile(r"\s*[-–]\s*\d|\s+votes?\s+to\s+\d")
_TALLY_NEAR_BEFORE = re.compile(r"\d\s*[-–]\s*$|\bvotes?\s+to\s+$")
# The other end of a range: "to 5 million", "or 11", "-5".
_RANGE_END = re.compile(
    r"\s*(?:to|or|-|and)\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million|billion))?"
    r"|\s+(?:to|or)\s+[a-z]+(?:-[a-z]+)?(?:\s+(?:hundred|thousand|million|billion))?",
    re.IGNORECASE,
)
# A number right after a capitalised word is part of a name ("Highway 5", "Boeing 727") when no
# noun follows it for it to count.
_IN_A_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Some|About|Only|Nearly|"
    r"Almost|Around|Over|Another|All|The|At|In|Of|And|But|With)\b)[A-Z][\w'’-]*\s+$"
)
_NAMED_OF = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]*\s+of\s+$")
_NOT_COUNTED_AFTER_NAME = re.compile(
    r"^(?:\s*[,.;:)]|\s*$|\s+(?:and|or|over|in|on|at|to|from|with|was|is|were|are|had|has|which|that|as|for|near|off)\b)"
)
# Money: "$30 million", "dlrs 30 million", "6.8 million ecu".
_CURRENCY_BEFORE = re.compile(r"(?P<currency>US\$|\$|dlrs\.?|£|€)\s*$", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"^\s+(?P<currency>dollars|dlrs|euros?|ecus?|yen|yuan|rupees?|rubles?|roubles?|francs?|marks)\b", re.I)
_CURRENCIES = {"$": "dollars", "us$": "dollars", "dlrs": "dollars", "dlrs.": "dollars", "£": "pounds", "€": "euros"}

# The field's actions: a verb (or the noun the count hangs on) -> the action a reader names.
ACTIONS = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed",
    "toll": "killed", "life": "killed", "slay": "killed", "massacre": "killed", "execute": "killed",
    "wound": "injured", "injure": "injured", "hurt": "injured",
    "flee": "fled", "escape": "fled", "leave": "fled",
    "displace": "displaced", "drive": "displaced", "uproot": "displaced", "evacuate": "evacuated",
    "seize": "seized", "capture": "seized", "take": "seized", "retake": "seized", "overrun": "seized",
    "arrest": "arrested", "detain": "arrested", "jail": "arrested", "imprison": "arrested",
    "host": "hosted", "home": "hosted", "miss": "missing", "rescue": "rescued",
    "take in": "hosted", "take back": "seized", "aged": "aged", "homeless": "homeless", "strand": "stranded",
    "weigh": "weighs",
    "convict": "convicted", "indict": "indicted", "sentence": "sentenced", "hospitalize": "hospitalized",
}
# The condition of the hurt, told after the count: "57 were in intensive care", "12 remain in critical condition".
CONDITIONS = {"in intensive care", "in critical condition", "in serious condition"}
EVENT_ACTIONS = frozenset(ACTIONS.values()) | CONDITIONS
# Amounts that count only in an event ("one other died") or beside other counts
# ("12 domestic flights and one international flight"): elsewhere they name a thing.
_BARELY = {"one", "a few"}
# Verbs a count passes through on its way to the verb that matters.
_PASS_THROUGH = {"include", "accord", "say", "tell", "add", "report", "be", "have", "bring", "leave"}
_FORCE = {"force", "cause", "compel", "push", "oblige"}
# Nouns the count may hang on without changing what it counts: "a total of 29 towns".
_CONTAINERS = {"total", "toll", "number", "tally", "lives", "life", "death", "deaths", "home"}
# Nouns a count hangs on that are not what it counts: "a total of", "the toll to".
_NOT_COUNTED = {"total", "toll", "number", "tally", "home"}

# Groups a reader treats as one: "jihadists", "rebels" and "militants" are the armed opposition.
GROUPS = {
    "jihadist": "opposition fighters", "rebel": "opposition fighters",
    "militant": "opposition fighters", "insurgent": "opposition fighters",
    "extremist": "opposition fighters", "gunman": "opposition fighters",
    "loyalist": "government forces", "soldier": "government forces", "troop": "government forces",
    "force": "government forces", "policeman": "government forces", "officer": "government forces",
    "civilian": "civilians", "people": "people", "person": "people", "resident": "people",
    "inhabitant": "people", "syrian": "people", "other": "people", "youth": "people", "town": "towns and villages",
    "village": "towns and villages", "locality": "towns and villages",
    "shopper": "people", "passerby": "people", "bystander": "people", "victim": "people",
    "casualty": "people", "man": "people", "teenager": "people", "teen-ager": "people", "death": "people",
    "fatality": "people", "plane": "aircraft", "airplane": "aircraft", "airliner": "aircraft", "jet": "aircraft",
}
_BOTH_SIDES = re.compile(r"^\s*(?:dead\s+)?(?:on|from)\s+(?:both|all)\s+sides\b", re.IGNORECASE)
_TOLL_VERBS = {"rise", "climb", "reach", "increase", "jump", "stand", "hit", "grow", "mount", "soar"}
# The number a death toll is said to be, in the same clause: "the death toll is 40", "... put the death toll at 200".
_TOLL_IS = re.compile(r"\bdeath\s+toll\b[^.;:\d]{0,60}?\b(?:is|was|remains|remained|be|at)\s+$", re.IGNORECASE)
_HUMAN_ACTIONS = {
    "killed", "injured", "fled", "displaced", "arrested", "evacuated", "missing", "rescued", "homeless", "stranded",
    "convicted", "indicted", "sentenced", "hospitalized", *CONDITIONS,
}


@dataclass(frozen=True)
class Figure:
    """One figure as one report states it."""

    doc: str
    amount: Amount
    text: str  # the original wording: the amount and what it counts
    span: Span
    counted: str  # "towns and villages"
    group: str  # what it counts, in the class readers compare: "opposition fighters"
    action: str  # "killed", "seized", ...
    window: Window
    place: str | None
    reporter: str | None
    sentence: Sentence
    earlier: bool = False  # the value a report revised from: "from 7,000 to about 6,100"
    # what a share of a population is said to be or do: "62 percent of children had stunted growth" -> stunt, growth
    predicate: frozenset[str] = frozenset()
    # the names a sum of money is told with: "the United States planning to pay dlrs 21 billion"
    names: frozenset[str] = frozenset()
    # what a sum of money measures: "dlrs 2.1 billion in debt" -> debt; "the $500,000 scholarship fund"
    measure: frozenset[str] = frozenset()
    # the value an earlier one was changed to, when told after it: "to 22 planes from 57" -> 22 (of 57)
    revised_to: float | None = None
    # what a vote is about, in the stems of its sentence: "voted 228-206 to approve the first article" -> articl, first, ...
    about: frozenset[str] = frozenset()
    # the names of a share's own clause, without its teller's: "40 percent of the electorate voted, the Salam newspaper said" -> none
    told_of: frozenset[str] | None = None
    # a level a count may reach, not a count: "the toll could increase to over 100,000"
    forecast: bool = False
    # who did what a count is of, or whose party it counts, when a name tells it: "Clinton visited 12 countries",
    # "Jiang's delegation of 600" -> clinton, jiang; "neg" when the count is of what was not done
    doer: str = ""
    # the day the report told it, for a value that changes with time alone: a person's age
    told_on: dt.date | None = None


def standing_figure(
    sentence: Sentence, start: int, end: int, amount: Amount, counted: str, group: str, action: str, place: str | None = None
) -> Figure:
    """A figure of one thing that holds whatever day a report tells it (a mass, the length of a visit,
    the year of an appointment), citing the words from start to end of its sentence."""
    return Figure(
        doc=sentence.doc, amount=amount, text=sentence.text[start:end],
        span=Span(sentence.doc, sentence.start + start, sentence.start + end), counted=counted, group=group,
        action=action, window=Window(text="", start=None, end=None), place=place, reporter=None, sentence=sentence,
    )


def figures(
    documents: Sequence[Document], dates: dict[str, ReportDate], parses: dict | None = None, found: list | None = None
) -> list[Figure]:
    """Every figure stated in the kept sentences of the reports; `found`: the reports' `candidates`, when the
    caller has them."""
    if found is None:
        found = candidates(documents)
    if parses is None:
        parses = parse(sentence_texts(documents, found))
    stated = []
    for document, sentence, match in found:
        date = dates.get(document.id, ReportDate(None)).date
        figure = _figure(sentence, match, parses[sentence.text], date)
        if figure is not None:
            stated.append(figure)
    return stated


def candidates(documents: Sequence[Document]) -> list[tuple[Document, Sentence, re.Match]]:
    """Each amount of the reports' kept sentences that may be a figure, with its report and sentence."""
    return [
        (document, sentence, match)
        for document in documents
        for sentence in document.sentences
        for match in AMOUNT.finditer(sentence.text)
        if _may_count(sentence.text, match)
    ]


def sentence_texts(documents: Sequence[Document], found: list | None = None) -> list[str]:
    """The sentences that state a figure: the only ones worth parsing. `found`: the reports' `candidates`."""
    return list(dict.fromkeys(sentence.text for _, sentence, _ in (candidates(documents) if found is None else found)))


# A short row ("Hunan, ") in the paragraph after a heading that ends in a colon, before its number
_ROW_UNDER_HEADING = re.compile(r":[ \t]*\n\s*\n[ \t]*[^\n:,]{1,40},\s*$")


def _may_count(text: str, match: re.Match) -> bool:
    """Cheap checks before parsing: not a duration, age, date, time or numbered thing."""
    after, before = text[match.end() :], text[: match.start()]
    if _NOT_A_COUNT_AFTER.match(after) or _NOT_A_COUNT_BEFORE.search(before):
        return False
    if _ROW_UNDER_HEADING.search(before):
        return False  # "Deaths by province on Monday:\n\nHunan, 12.": a table's row joined to its heading, no count
    if re.match(r",\d{3}", after):
        return False  # "1,200km": the first digits of a number glued to its unit, no number of their own
    if _TALLY_NEAR.match(after) or _TALLY_NEAR_BEFORE.search(before):
        if in_tally(text, match.start("number")):
            return False  # "a 228-207 majority", "228 votes to 207": a vote tally, read as one
    size = _SIZE_AFTER.match(after)
    if (
        size and size.group("unit") not in _MEMBERS and not _COLLECTIVES & set(size.group("whole").lower().split())
        and not _CURRENCY_BEFORE.search(before)
    ):
        return False  # "a three-stage rocket", "a 10-bed hospital": a size that describes a thing, not a count
    other_end = _RANGE_END.match(after)
    if other_end and _NOT_A_COUNT_AFTER.match(after[other_end.end() :]):
        return False  # "4.5 million to 5 million tons", "10 or 11 years old": the range's unit is the number's
    if _AGE_APPOSITION.search(before) and re.match(r"\s*(?:,|$|\)|and\b)", after) and not match.group("qualifier"):
        return False
    if match.group("number")[:1].isupper() and _NAMED_OF.search(before):
        return False  # "the Group of Seven", "the Gang of Four": a name
    if _IN_A_NAME.search(before) and not match.group("qualifier") and _NOT_COUNTED_AFTER_NAME.match(after):
        return False  # "Highway 5, the main route", "a Boeing 727 over the airport", "Yahoo 2 and"
    if re.match(rf"\s+of\s+(?:{_MEASURES})\b", after, re.IGNORECASE):
        return False  # "dozens of kilometers"
    if re.search(r"\d\s+$", before) and re.match(r"[-/]\d\b", after):
        return False  # the fraction of "5 1-2 hours", "a 5 1/2 foot wave"
    if _TREMOR_AFTER.match(after) and "." in match.group("number"):
        return False  # "the great 8.8 earthquake": a tremor told by its size
    fraction = re.match(r"\s+\d[-/]\d\b", after)
    if fraction and _NOT_A_COUNT_AFTER.match(after[fraction.end() :]):
        return False  # "5 1-2 hours": AP's five and a half
    number = match.group("number")
    if _YEAR.fullmatch(number) and not match.group("qualifier"):
        return False
    if number.lower() == "half" and not re.match(r"\s+(?:the|of|a|an|their|its|his|her)\b", after):
        return False
    return True


def _figure(sentence: Sentence, match: re.Match, doc, report_date) -> Figure | None:
    amount = _within_range(sentence.text, match, amount_from_match(match))
    token = token_at(doc, match.end("number") - 1)
    if amount is None or token is None:
        return None
    if token.lower_ == "one" and token.dep_ != "nummod":
        return None  # "one of the largest", "hitting one that fell"
    noun, anchor = _counted_noun(token, amount)
    action = _action(anchor)
    if noun is not None and noun.lemma_.lower() in ("injured", "wounded", "injure", "wound"):
        action = "injured"  # "the 162 injured"
    if action == "left" and noun is not None and noun.lemma_.lower() == "refugee":
        action = "fled"  # "left more than 90,000 refugees": those left are the ones who fled
    if re.match(r"\s+(?:people\s+)?dead\b", sentence.text[match.end() :]) or (
        noun is not None and noun.lemma_.lower() in _DEATHS
    ):
        action = "killed"  # "left 2,361 dead", "the 129 deaths", "claimed more than 90 lives"
    elif _of_deaths(token) or (noun is not None and _of_deaths(noun)):
        action = "killed"  # "ended with the deaths of David Koresh and 75 of his followers"
    state = _state(sentence.text, match.end() if noun is None or noun.idx < token.idx else _phrase_end(noun), noun)
    if state:
        action = state  # "leaving three yachts missing", "three yachts remain missing", "96 missing"
    if action in _TOLL_VERBS and re.search(r"\b(?:death\s+)?toll\b", sentence.text[: match.start()], re.I):
        action = "killed"  # "the death toll has risen to 151"
    elif noun is None and _TOLL_IS.search(sentence.text[: match.start()]):
        action = "killed"  # "the death toll, as of Friday, is estimated to be 110,000": a toll with no noun
    if action not in EVENT_ACTIONS and noun is not None:
        action = _relative_action(noun) or action  # "to include some 3,000 people who were killed"
    if noun is not None and _lemma(noun) in _ATTENDEES and (
        action in _MEETING_VERBS or re.match(r"\s+(?:who\s+were\s+)?present\b", sentence.text[_phrase_end(noun) :])
    ):
        action = "attended"  # "98 members of the council met", "the 95 members present were asked"
    elif noun is not None and action not in EVENT_ACTIONS and _lemma(noun) in _ROSTERS and _WHOLE_SET.search(
        sentence.text[: match.start()]
    ):
        action = "listed"  # "most of the 161 candidates" against "the 167 candidates": the whole of one list
    elif noun is not None and action not in EVENT_ACTIONS and _lemma(noun) in _PARTICIPANTS and _CONTEST.search(
        sentence.text
    ) and _takes_part(noun) and _whole_field(noun, action):
        action = "competing"  # "10,000 athletes from 43 nations" at the games: the field of one contest
    rate = _RATE.match(sentence.text, _phrase_end(noun)) if noun is not None and noun.idx > token.idx else None
    if rate and action not in _HUMAN_ACTIONS:
        action = f"per {rate.group('unit').lower()}"  # "150,000 meteors per hour", "a rate of 100,000 meteors an hour"
    counted = _noun_phrase(noun) if noun is not None else ""
    if not counted and action not in _HUMAN_ACTIONS:
        action = _revised(token) or action  # "lowered the death toll from 7,000 to about 6,100"
        named = _revised_count(token)[1] if action not in _HUMAN_ACTIONS else None
        if _noun_or_none(named) is not None:
            noun, counted = named, _noun_phrase(named)  # "cut the number of counties from 171 to 145"
        else:
            number_of = _NUMBER_OF_FROM.search(sentence.text[: match.start()])
            counted = number_of.group("counted") if number_of else ""  # the same, where the parse lost the link
    changed = _CHANGED_FROM.search(sentence.text[: match.start()]) if not counted else None
    revised_to = None
    if changed is not None:
        # "to 22 planes from 57", "22 aircraft _ down from 54": the earlier value of what the change ends at
        told = "to" if changed.group("to") else "to_down"
        noun = _noun_or_none(token_at(doc, changed.start("noun" if told == "to" else "noun_down")))
        value = number_value(changed.group(told))
        if noun is not None and value is not None and not value[1]:
            counted, revised_to = _noun_phrase(noun), value[0]
    start, end = match.start(), match.end()
    currency = _currency(sentence.text, match)
    names: frozenset[str] = frozenset()
    measured: frozenset[str] = frozenset()
    if currency:
        if re.fullmatch(r"dlrs\.?|dollars?", action):
            action = ""  # the parser took the wire's currency mark for a verb: "to pay dlrs 21 billion"
        if _dealt(noun, action):
            action = "deal"  # "a $48.2 billion agreement to buy Amoco", "buy Amoco for $48.2 billion"
        if amount.value >= _LARGE_SUM and action and action not in _PASS_THROUGH and not _part_of_sum(sentence.text, match):
            names = names_in(sentence.text)
        if action != "deal":
            # a deal's price is compared by its names
            measured = _sum_measure(doc, sentence.text, match) or _measure_before(doc, sentence.text, min(start, currency[1]))
        counted, noun = currency[0], None
        start = min(start, currency[1])
    populous = not currency and not amount.percent and amount.value >= _POPULOUS
    peopled = _population_of(noun, token, sentence.text[:start]) if populous else None
    if peopled is not None:
        # "North Korea's 22 million people"; "In Casper, a city of 51,000, in Wyoming's oil belt" is Casper's alone
        action, counted, names = "population", "people", peopled or names_in(sentence.text[:start])
    if noun is not None and noun.lemma_.lower() == "point" and action in _MARGIN_VERBS:
        # "trailing Voinovich by 10 percentage points": a poll margin, compared with margins told of the same names
        action, names = "margin", names_in(sentence.text)
    body = _membership(sentence.text, match) if not currency and not amount.percent else None
    if body:
        action, counted, names = "membership", "members", frozenset({body})  # "the 21-nation APEC forum"
    elif not currency and not amount.percent and _DELEGATION.search(sentence.text) and (
        _DELEGATION_OF.search(sentence.text[:start]) or _MEMBER_DELEGATION.match(sentence.text[match.end() :])
    ):
        # "a 600-member delegation" and "a delegation of 450 people", told of the names beside them
        delegates = names_in(sentence.text)
        if delegates:
            action, counted, names = "delegation", "members of the delegation", delegates
    predicate: frozenset[str] = frozenset()
    told_of: frozenset[str] | None = None
    won = False
    measure = _share_of_output(sentence.text, match) if amount.percent and not currency else None
    if measure:
        # "a deficit of 7 percent of GDP", "debt equal to 60 percent of economic output"
        predicate, names, counted = frozenset({measure}), names_in(sentence.text), "GDP"
    elif amount.percent and not currency:
        predicate = _predicate(anchor)
        if predicate:
            names, told_of = names_in(sentence.text), _clause_names(anchor.head, sentence.text)
        elif noun is not None:
            predicate, names = _share_won(anchor, noun)  # "Chavez won 56 percent of the vote"
            won = bool(predicate)
    level = _RATE_LEVEL.search(sentence.text[: match.start()]) if amount.percent and not counted and not predicate else None
    net = _NET_MEASURE.search(sentence.text[: match.start()]) if amount.percent and not currency and not predicate else None
    if level:
        # "interest rates were hiked to 50 percent", "interest rates of 40 percent": the level a named rate stands at
        rate = token_at(doc, level.end("rate") - 1)
        action, counted = "rate level", (_noun_phrase(rate) if rate is not None else "rates").lower()
        kind = rate.doc[rate.i - 1] if rate is not None and rate.i > 0 else None
        if counted in ("rate", "rates") and kind is not None and kind.head == rate and kind.pos_ in ("NOUN", "ADJ"):
            counted = f"{kind.lower_} {counted}"  # "the undercount rate of 1.8 percent", however the parser hung it
    elif net:
        # "a net undercount of 1.6 percent of the population": the rate the measure's noun stands at
        action, counted = "rate level", f"{net.group('kind').lower()} rate"
    if amount.percent and not counted:
        counted = "share"  # "65 percent are stunted", "fell 29 cents, or 2.6 percent": a share of what was spoken of
    if not counted and action not in _HUMAN_ACTIONS:
        return None  # a bare number tied to nothing a reader could compare
    if match.group("number").lower() in _BARELY and action not in EVENT_ACTIONS and not _listed(noun):
        return None  # "the one road out of town", "a few people wandered": a thing, not a count a report gives
    if noun is not None and noun.idx >= token.idx:
        end = max(end, _phrase_end(noun))
    verbs = _verb_chain(anchor)
    return Figure(
        doc=sentence.doc,
        amount=amount,
        text=sentence.text[start:end],
        span=Span(sentence.doc, sentence.start + start, sentence.start + end),
        counted=counted or "people",
        group=_OWN_GROUPS.get(action) or ("GDP" if measure else _group(noun, sentence.text[end:], counted, action)),
        action=action,
        window=(won and _counting_so_far(sentence.text, report_date)) or _window(doc, match, report_date, verbs),
        place=_place(doc, token, verbs),
        reporter=_source(token) or _listed_source(sentence.text) or _cached_reporter(doc),
        sentence=sentence,
        earlier=revised_to is not None or _revised_from(sentence.text, match),
        predicate=predicate,
        names=names,
        measure=measured,
        revised_to=revised_to,
        told_of=told_of,
        forecast=_foreseen(verbs),
        # a net measure's verb is its estimate ("officials estimated a net undercount"), no doer of the rate's own
        doer=_party_owner(doc, token) if action == "delegation" else "" if net and not level else _doer(verbs),
    )


# Words that make a verb of reaching a level a forecast: "could increase to", "is expected to rise to".
_MAY = {"could", "might", "may", "will", "would", "'ll", "ca"}
_FORESEEING = {"expect", "predict", "forecast", "fear", "project", "likely", "set", "bound", "threaten"}
_REACHING = _TOLL_VERBS | {"approach", "top", "exceed", "pass", "surpass", "double", "go", "near", "swell", "balloon"}


def _foreseen(verbs: list) -> bool:
    """A count told as the level something may reach ("the toll could increase to over 100,000", "is expected to
    climb to 500") is a forecast, not a count of what happened: two forecasts, or a forecast and a count, differ
    without disagreeing."""
    if not verbs or verbs[0].lemma_.lower() not in _REACHING:
        return False
    reaching = verbs[0]
    if any(c.dep_ == "aux" and c.lower_ in _MAY for c in reaching.children):
        return True
    head = reaching.head
    return reaching.dep_ == "xcomp" and head.lemma_.lower() in _FORESEEING


# A vote count in progress: "with 22 percent of the vote counted", "with 90 percent of precincts reporting".
_SO_FAR = re.compile(
    r"\bwith\s+(?:\S+\s+){1,3}(?:of\s+)?(?:the\s+)?(?:votes?|ballots|precincts|polling\s+stations)\s+(?:counted|tallied|reporting|in)\b",
    re.IGNORECASE,
)


def _counting_so_far(text: str, report_date) -> Window | None:
    """A share won while the votes are still being counted is a running count as of its report's day, like a
    toll: "with 69.5 percent of the votes counted" two days after another count is a later count, not a
    disagreement. None when the sentence tells no count in progress: the share is a result, over its own window."""
    so_far = _SO_FAR.search(text)
    return Window(text=so_far.group(), start=None, end=report_date) if so_far else None


# The size of a delegation: "a delegation of 450 people", "a 600-member (strong) delegation"; an entourage or a
# retinue is the party one travels with too ("Clinton's entourage of 1,200 people").
_PARTY = r"(?:delegation|entourage|retinue)"
_DELEGATION = re.compile(rf"\b{_PARTY}\b", re.IGNORECASE)
_DELEGATION_OF = re.compile(
    rf"\b{_PARTY}\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE
)
_MEMBER_DELEGATION = re.compile(rf"-(?:member|strong|person|people)\s+(?:[a-z]+\s+)?{_PARTY}\b", re.IGNORECASE)

def _doer(verbs: list) -> str:
    """Who does what the count's verb tells ("President Clinton has visited 12 countries" -> clinton, "the army opened
    14 shelters" -> army), "neg" when the verb is denied ("did not win three matches"), else nothing (a pronoun)."""
    if not verbs:
        return ""
    verb = verbs[0]
    if any(c.dep_ == "neg" for c in verb.children):
        return "neg"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
    if subject is not None and subject.dep_ == "agent":
        subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "the company, which employs 300 workers": the company employs them
    if subject is not None and subject.pos_ == "NOUN":
        return subject.lemma_.lower()
    return _named(subject)


def _named(token) -> str:
    return token.lower_ if token is not None and token.pos_ == "PROPN" else ""


def _party_owner(doc, number) -> str:
    """Whose party a delegation is, when a name tells it: "Jiang's delegation", "Li Peng arrived with a delegation",
    "Li Peng, leading a delegation"; nothing for "his delegation" or a party no name owns."""
    party = next((t for t in (number, *number.ancestors) if re.fullmatch(_PARTY, t.lower_)), None)
    if party is None:
        return ""
    owner = next((c for c in party.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _named(owner)
    head = party.head
    if party.dep_ == "pobj" and head.lower_ == "with":
        head = head.head  # "arrived with a delegation"
    elif party.dep_ != "dobj":
        return ""
    subject = _subject(head) if head.pos_ in ("VERB", "AUX") else None
    if subject is None and head.dep_ in ("advcl", "acl", "xcomp"):
        subject = _subject(head.head) if head.dep_ != "acl" else head.head  # "Li Peng, leading a delegation"
    return _named(subject)


# Verbs that tell a lead in a poll or a count of votes, in points.
_MARGIN_VERBS = {"trail", "lead", "beat", "edge", "outpoll", "ahead", "behind", "win"}

# Members of a body at one sitting: counted by who is there, whatever is then done.
_ATTENDEES = {"member", "delegate", "deputy", "legislator", "lawmaker"}
_MEETING_VERBS = {"meet", "attend", "gather", "convene", "assemble"}
# Who takes part in a contest, counted as its field: "6,000 athletes from 41 nations".
_PARTICIPANTS = {"athlete", "competitor", "nation", "country", "team", "participant"}
_CONTEST = re.compile(
    r"\b(?:compet(?:e|es|ed|ing|ition|itions|itors?)|games|tournament|championships?|olympics|take\s+part|taking\s+part|"
    r"participat(?:e|es|ed|ing|ion))\b",
    re.IGNORECASE,
)
# "China will send 596 athletes": one party's team, not the contest's field
_TEAM_VERBS = {"send", "bring", "field", "enter", "name", "select", "pick", "dispatch"}


# What ties a count to the contest: its verb is one of taking part, or it hangs on the contest itself.
_TAKING_PART = {"compete", "participate", "attract", "attend", "enter", "contest", "competition", "participation",
                "game", "games", "tournament", "championship", "olympics"}


def _takes_part(noun) -> bool:
    """The counted noun takes part in the contest ("athletes ... will compete", "competition among 5,000 athletes",
    "athletes from 30 countries"), rather than a sentence naming a contest beside another count ("the flu has
    spread to 30 countries ahead of the games", "12 teams have qualified for the tournament")."""
    token = noun
    for _ in range(4):
        takes_part = token.lemma_ == "take" and any(child.lemma_ == "part" for child in token.children)
        if takes_part or token.lemma_.lower() in _TAKING_PART:
            return True
        if token.pos_ in ("VERB", "AUX") and token.lemma_ not in ("be", "expect"):
            return False
        if token.pos_ == "ADP" and token.i > 0 and token.doc[token.i - 1].lemma_.lower() in _TAKING_PART:
            return True  # "competition among 5,000 athletes", however the parser hung "among"
        if token.head is token:
            return False
        token = token.head
    return False


def _whole_field(noun, action: str) -> bool:
    """The count is of everyone taking part, not of one party's team ("North Korea's 317 athletes")."""
    owned = any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in noun.children)
    return action not in _TEAM_VERBS and not owned


# A count told by a unit of time is a rate, compared with rates of the same thing: "45 miles per second".
RATE_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
RATES = frozenset(f"per {unit}" for unit in RATE_UNITS)
_RATE = re.compile(rf"\s+(?:per|an?|each|every)\s+(?P<unit>{'|'.join(RATE_UNITS)})\b", re.IGNORECASE)
# Lists a story has one of, named whole with "the": "the 161 candidates", "all 229 passengers".
_ROSTERS = {"candidate", "contestant", "passenger"}
_WHOLE_SET = re.compile(r"(?:^|\s)(?:[Tt]he|all|[Aa]ll\s+the|of\s+the)\s+$")

# Counts that are their own class, whatever noun they hang on.
_OWN_GROUPS = {"population": "population", "membership": "membership", "delegation": "delegation", "rate level": "rate"}
# The level a named rate is at, told right before its percentage: "interest rates were hiked to 50 percent",
# "interbank loan rates to almost 50 percent", "interest rates of 40 percent", "maintains interest rates over 40
# percent"; a change by a percentage ("rates rose 2 percent") is no level.
_RATE_LEVEL = re.compile(
    r"\b(?P<rate>rates?)\s+(?:(?:(?:were|was|have|has|had|been|be|is|are)\s+){0,2}(?:[a-z]+(?:ed|ing)|rose|grew)\s+to\s+|(?:of|at|to)\s+)?$",
    re.IGNORECASE,
)

# A net measure told as a share: "a net undercount of 1.6 percent", the level of the measure's own rate.
_NET_MEASURE = re.compile(r"\bnet\s+(?P<kind>[a-z]{4,})\s+of\s+(?:about\s+|nearly\s+|some\s+|roughly\s+)?$")

# Nouns that count the members of a body: "the 21-nation APEC forum", "the 15 European Union nations".
_MEMBERS = {"nation", "nations", "country", "countries", "member", "members", "state", "states", "economy", "economies"}
_MEMBER = r"(?:member\s+)?(?:nations?|countr(?:y|ies)|members?|states?|econom(?:y|ies))"
_BODY = r"[A-Z][\w'’&.-]*(?:\s+(?:(?:for|of|and|in|on)\s+)?[A-Z][\w'’&.-]*)*"
_BODY_AFTER = re.compile(rf"^(?:-{_MEMBER}\s+(?P<named>{_BODY})|\s+(?P<before>{_BODY})\s+{_MEMBER}\b)")
_BODY_OWNING = re.compile(rf"(?P<owner>{_BODY})['’]s\s+$")
# A body within the named one, told after its name: "the 11-member IOC executive board", "a 9-member UN panel".
_BODY_WITHIN = re.compile(
    r"\s+(?P<body>(?:[a-z]+\s+)?(?:board|commission|panel|committee|subcommittee|council|jury|cabinet|presidium|"
    r"bureau|court|team|staff|secretariat|executive))\b"
)
# The whole membership, told with "the", "all" or an owner: "the 21 APEC members", "all 15 EU nations", "its 16".
_WHOLE_MEMBERSHIP = re.compile(r"(?:\b(?:[Tt]he|[Aa]ll|[Ii]ts|[Tt]heir|of\s+the)|['’]s)\s+$")
# What makes a name a body nations belong to, when it is not an acronym ("APEC", "OSCE").
_BODY_WORDS = {
    "union", "organization", "organisation", "cooperation", "community", "league", "council", "alliance",
    "association", "forum", "conference", "group", "pact", "treaty", "commonwealth", "bank", "fund", "assembly",
    "committee", "area", "zone", "bloc",
}


def _membership(text: str, match: re.Match) -> str | None:
    """The body a count of nations or members is the membership of, as its initials ("APEC" for
    "Asia-Pacific Economic Cooperation"): "the 18-nation Asia-Pacific Economic Cooperation forum",
    "the 21 APEC members", "NATO's 16 members"; a body within the named one is its own ("the 11-member IOC
    executive board"); None for a count of nations that names no body, or of some members, not all ("spent
    $800,000 on 14 IOC members")."""
    after = _BODY_AFTER.match(text[match.end() :])
    body = after and (after.group("named") or after.group("before"))
    if after and after.group("before") and not _WHOLE_MEMBERSHIP.search(text[: match.start()]):
        return None
    within = _BODY_WITHIN.match(text, match.end() + after.end()) if after and after.group("named") else None
    if not body:
        owner = _BODY_OWNING.search(text[: match.start()])
        body = owner.group("owner") if owner and re.match(rf"\s+{_MEMBER}\b", text[match.end() :]) else None
    if not body:
        return None
    words = [w for w in re.split(r"[\s-]+", body) if w[:1].isupper()]
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        initials = words[0]
    elif not _BODY_WORDS & {w.lower() for w in words}:
        return None  # "three Central American nations": a region's countries, not a body's members
    else:
        initials = "".join(w[0] for w in words).upper()
    return f"{initials} {within.group('body').lower()}" if within else initials


# A share of a country's output is a measure of its economy: "a deficit ... 7 percent of GDP".
_OF_OUTPUT = re.compile(
    r"^\s+of\s+(?:(?:the|its|their|the\s+country['’]s|[A-Z]\w+['’]s)\s+)?"
    r"(?:GDP|GNP|(?:gross\s+(?:domestic|national)\s+product)|(?:(?:annual|national|economic|total)\s+)+output)\b"
)
_ECONOMIC_MEASURE = re.compile(
    r"\b(deficit|surplus|debt|spending|growth|exports|imports|reserves|investment|revenue|budget|subsidies|"
    r"unemployment|inflation)s?\b",
    re.IGNORECASE,
)


def _share_of_output(text: str, match: re.Match) -> str | None:
    """The measure a share of GDP is told of: the last one named before it in the sentence."""
    if not _OF_OUTPUT.match(text[match.end() :]):
        return None
    measures = _ECONOMIC_MEASURE.findall(text[: match.start()])
    return measures[-1].lower() if measures else None


# A place's population: "its 23 million people", "North Korea's 22 million people", "a country of 23 million".
_POPULOUS = 10_000
_PEOPLE = {"people", "inhabitant", "resident", "citizen", "person"}
_PEOPLED = {"country", "nation", "population", "city", "island", "province", "state", "town"}


# "its 4 million people", where the wire's dash "_" took the possessive from the noun in the parse.
_ITS = re.compile(r"\bits\s+$")


def _population_of(noun, number, before: str) -> frozenset[str] | None:
    """The place whose population the count is (its name, or nothing when the report names none before it),
    or None when the count is no population. A population is everyone a place holds: people it owns
    ("its", "X's"), what a country is "of", people a place is "of" or "with" ("Goteborg, a city of half a
    million people"), or people a named place has ("Goteborg has about 435,000 people")."""
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    named_before = _place_named(before)
    if lemma not in _PEOPLE and lemma != "population":
        return named_before if lemma in _PEOPLED and noun.i < number.i else None
    if any(c.dep_ == "poss" for c in noun.children) or _ITS.search(before) or (lemma == "population" and noun.i < number.i):
        return named_before  # "its 23 million people", "Croatia's 4.7 million population"
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "with") else None
    if holder is not None and holder.lemma_.lower() in _PEOPLED:
        # "Goteborg, Sweden's second-largest city with 435,000 people" is Goteborg's, not Sweden's; "living
        # in this city of 27,000" names no place, and the last name before it is another place
        named = holder.head if holder.dep_ == "appos" else _subject(holder.head) if holder.dep_ == "attr" else None
        return frozenset({named.text}) if named is not None and named.pos_ == "PROPN" else None
    subject = _subject(noun.head) if noun.dep_ == "dobj" and noun.head.lemma_ == "have" else None
    if subject is not None and subject.pos_ == "PROPN":
        return frozenset({subject.text})  # "Goteborg has about 435,000 people"
    return None


# Words for deaths: "the 129 deaths", "claimed more than 90 lives", "the deaths of 75 people"
_DEATHS = frozenset({"death", "fatality", "life"})


def _of_deaths(token) -> bool:
    """Whether a count is of the dead: joined to a word for deaths ("the deaths of Koresh and 75 of his
    followers", parsed either way) or what the deaths are "of" ("the deaths of 75 people")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
        if token.lemma_.lower() in _DEATHS:
            return True
    of = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return of is not None and of.head.lemma_.lower() in _DEATHS


def _subject(verb):
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# Sums from a million up are the prices, costs and budgets of a story; smaller ones are prices of
# shares and goods that change from day to day.
_LARGE_SUM = 1_000_000
_DEAL_NOUNS = {"merger", "acquisition", "deal", "agreement", "takeover", "purchase", "buyout", "bid", "offer", "sale"}
_DEAL_VERBS = {"buy", "acquire", "purchase", "merge", "sell", "takeover", "take over"}


_PART_BEFORE = re.compile(r"\b(?:including|of\s+which|plus|with)\s+(?:(?:about|approximately|some|roughly|nearly)\s+)?\S*$", re.I)
_PART_AFTER = re.compile(r"^\s+(?:in|of)\s+(?:cash|stock|shares|debt|equity|loans?|grants?|aid)\b", re.I)


# What a sum is of, right after it: "dlrs 2.1 billion in debt", "$400,000 on scholarships", "the $500,000
# scholarship fund"; the words before the nouns that say nothing of what is measured.
_MEASURED_AFTER = re.compile(
    r"^(?:-worth)?(?:\s+(?:of|in|on)\s+(?:(?:the|its|their|his|her|a|an|new|unpaid|outstanding|total)\s+)?)?\s*(?=[a-z])"
)
# Nouns that name money itself or what a sum is paid in, not what it measures.
_NOT_MEASURES = {"dollar", "money", "cash", "stock", "share", "currency", "bill", "note", "year", "month", "week", "day"}


def _sum_measure(doc, text: str, match: re.Match) -> frozenset[str]:
    """The nouns a sum of money measures, as lemmas: "dlrs 2.1 billion of debt" -> {debt};
    compared only with sums of the same thing, so a debt and a fund of one story stay apart."""
    after = _MEASURED_AFTER.match(text[match.end() :])
    if after is None:
        return frozenset()
    token = token_at(doc, match.end() + after.end())
    nouns = []
    while token is not None and token.pos_ == "NOUN" and len(nouns) < 3:
        nouns.append(token.lemma_.lower())
        token = token.nbor() if token.i + 1 < len(doc) else None
    return frozenset(nouns) - _NOT_MEASURES


# What a sum is of, told before it: "Clinton's request for $14 billion", "a package of $30 billion or more".
_MEASURED_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:of|for)\s+(?:(?:about|some|roughly|nearly|almost|perhaps|up\s+to)\s+)?$")
# Nouns before "of" that tell how much, not what of: "a total of $30 billion", "in the range of $5 million".
_NOT_MEASURED_BEFORE = _NOT_MEASURES | {"total", "sum", "amount", "value", "worth", "figure", "range", "tune", "excess",
                                        "average", "estimate", "maximum", "minimum", "upwards", "equivalent", "part"}


def _measure_before(doc, text: str, at: int) -> frozenset[str]:
    """The noun a sum is "of" or "for", right before it, as a lemma: "the request for $14 billion" -> {request},
    so it meets "the $18 billion request"."""
    before = _MEASURED_BEFORE.search(text[:at])
    token = token_at(doc, before.start("noun")) if before else None
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() in _NOT_MEASURED_BEFORE:
        return frozenset()
    return frozenset({token.lemma_.lower()})


def _part_of_sum(text: str, match: re.Match) -> bool:
    """A sum told as a part of another: "$334 million, including $281 million in cash"."""
    return bool(_PART_BEFORE.search(text[: match.start()]) or _PART_AFTER.match(text[match.end() :]))


def _listed(noun) -> bool:
    """The counted noun is listed with others that have numbers of their own."""
    return noun is not None and any(
        any(c.like_num for c in other.children) for other in noun.conjuncts
    )


def _dealt(noun, action: str) -> bool:
    """A sum is the price of a deal: it qualifies a merger or an agreement, or is what is bought."""
    return action in _DEAL_VERBS or (noun is not None and noun.lemma_.lower() in _DEAL_NOUNS)


_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’&-]*[a-z][\w'’&-]*")
_NOT_NAMES = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|The|But|And|In|On|At|He|She|It|They|We|I|Mr|Mrs|Ms|Dr|Inc|Corp|Co)"
)


def names_in(text: str) -> frozenset[str]:
    """The capitalised names of a sentence, past its first word: the parties a sum or a share is told with."""
    return frozenset(_name_words(text))


def _clause_names(verb, text: str) -> frozenset[str]:
    """The names of a share's own clause, without those of who tells it: "40 percent of the electorate voted,
    the Salam newspaper said quoting the Interior Ministry" is told of no name."""
    telling = [c for c in verb.children if c.dep_ == "parataxis" or (c.pos_ == "VERB" and c.lemma_ in _GIVING)]
    outside = {t.i for c in telling for t in c.subtree}
    inside = {t.i for t in verb.subtree} - outside
    words = []
    for name in _NAME_WORD.finditer(text):
        token = token_at(verb.doc, name.start())
        if token is not None and token.i in inside:
            words.append(re.sub(r"['’]s$", "", name.group()))
    return frozenset(w for w in words if not _NOT_NAMES.fullmatch(w))


def _place_named(text: str) -> frozenset[str]:
    """The place a population is of: the last name before the number."""
    return frozenset(_name_words(text)[-1:])


def _name_words(text: str) -> list[str]:
    words = (re.sub(r"['’]s$", "", w) for w in _NAME_WORD.findall(text))
    return [w for w in words if not _NOT_NAMES.fullmatch(w)]


# Verbs and words that say nothing of what a share is: "62 percent had", "65 percent are", "suffer from".
_LIGHT = {"be", "have", "suffer", "find", "show", "remain", "become", "get", "say", "include", "from", "of", "in",
          "with", "for", "all", "other", "more", "also", "now", "still", "percent", "%", "cent",
          "ago", "day", "week", "month", "year", "today", "yesterday", "time"}


def _share_won(anchor, noun) -> tuple[frozenset[str], frozenset[str]]:
    """A share a named subject wins, takes or holds: "Chavez won 56 percent of the vote" ->
    ({win, vote}, {Chavez}), also "Chavez appeared to have won ..." and "Chavez beat Salas with ...";
    compared only with shares told of the same name, so another
    candidate's share in the same sentence is another quantity. Empty when the subject is no name."""
    verb = anchor.head
    if anchor.dep_ == "pobj" and verb.lower_ == "with" and not any(c.dep_ in ("acl", "relcl") for c in noun.children):
        verb = verb.head  # "defeated Lula with 56 percent of the vote"; not "with 22 percent of the vote counted"
    elif anchor.dep_ not in ("dobj", "attr"):
        return frozenset(), frozenset()
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT:
        return frozenset(), frozenset()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "Cardoso appeared to have won"
    if subject is None or subject.pos_ != "PROPN":
        return frozenset(), frozenset()
    named = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subject]
    names = frozenset(re.sub(r"['’]s$", "", t.text) for t in named)
    return frozenset({verb.lemma_.lower(), noun.lemma_.lower()}), names


def _predicate(anchor) -> frozenset[str]:
    """What a share is said to be or do, when the share is the subject: "62 percent of children
    (had) stunted growth" -> {stunt, growth}. A share that is the object or measure of a verb
    ("shares rose 9 percent") is a change, not a share of a population, and has none."""
    if anchor.dep_ not in ("nsubj", "nsubjpass") or anchor.head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    verb = anchor.head
    words = [verb]
    for child in verb.children:
        if child.dep_ in ("acomp", "dobj", "attr", "oprd", "xcomp", "prep", "advmod"):
            words.extend(t for t in child.subtree if t.pos_ in ("NOUN", "VERB", "ADJ", "ADV"))
    return frozenset(t.lemma_.lower() for t in words if t.lemma_.lower() not in _LIGHT and not t.like_num)


# A state the counted things are left in: "leaving three yachts missing", "96 missing and 27,000 homeless".
_STATES = {
    "missing": "missing", "homeless": "homeless", "stranded": "stranded", "dead": "killed", "displaced": "displaced",
    "hospitalized": "hospitalized", "hospitalised": "hospitalized", **{c: c for c in CONDITIONS},
}
_STATE_WORDS = "|".join(state.replace(" ", r"\s+") for state in _STATES)
_STATE_AFTER = re.compile(
    r"^\s+(?:(?:were|are|was|is|remain(?:s|ed)?|still|reported|listed|believed|presumed|left)\s+){0,3}"
    rf"(?P<state>{_STATE_WORDS})\b",
    re.IGNORECASE,
)


# Verbs that bring the hurt to hospital: "taken to hospitals", "rushed to a hospital", "admitted to hospital".
_TO_HOSPITAL_VERBS = {"take", "rush", "bring", "fly", "airlift", "carry", "admit", "send", "transport"}
# Verbs that also bring staff and goods to hospitals ("sent 12 nurses to hospitals"): only the hurt they bring count.
_SENDING = {"bring", "carry", "send"}
_HURT = {"injured", "wounded", "hurt", "injure", "wound", "victim", "casualty", "patient", "survivor"}


def _hurt(anchor) -> bool:
    """Whether a count is of hurt people: "12 injured", "12 wounded villagers", "12 victims"."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    return any(t.lemma_.lower() in _HURT or t.lower_ in _HURT for t in (anchor, noun, *noun.children))


def _to_hospital(verb) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() == "hospital" for o in c.children)
        for c in verb.children
    )


def _state(text: str, end: int, noun) -> str | None:
    """The state named right after the counted phrase, or as its adjective ("three missing yachts")."""
    after = _STATE_AFTER.match(text[end:])
    if after:
        return _STATES[" ".join(after.group("state").lower().split())]
    if noun is not None and any(c.dep_ == "amod" and c.lower_ in _STATES for c in noun.children):
        return _STATES[next(c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _STATES)]
    return None


def _revised_from(text: str, match: re.Match) -> bool:
    """The first value of "from 7,000 to about 6,100": the one the report replaced."""
    return bool(
        re.search(r"\bfrom\s+(?:an?\s+)?$", text[: match.start()], re.I)
        and re.match(r"\s+to\s+(?:[a-z]+\s+){0,2}\d", text[match.end() :])
    )


def _currency(text: str, match: re.Match) -> tuple[str, int] | None:
    """The currency a number counts and where its mark starts: "dlrs 30 million", "6.8 million ecu"."""
    before = _CURRENCY_BEFORE.search(text[: match.start("number")])
    if before:
        mark = before.group("currency").lower()
        return _CURRENCIES.get(mark, mark), before.start()
    after = _CURRENCY_AFTER.match(text[match.end() :])
    if after:
        return after.group("currency").lower(), match.start()
    return None


# Nouns a revised count is told by: "lowered the death toll from 7,000 to 6,100",
# "the number of homeless dropped from 580,000 to 569,000".
_REVISED = {"toll", "number", "estimate", "count", "tally", "figure"}


_NUMBER_OF_FROM = re.compile(
    r"\bnumber\s+of\s+(?:the\s+)?(?P<counted>[a-z]+)\b(?:(?!\bnumber\s+of\b)[^.;:])*?"
    r"\bfrom\s+(?:(?:[\w.,]+\s+){1,2}to\s+)?$",
    re.IGNORECASE,
)


def _revised(token) -> str | None:
    """The action of a count revised "from X to Y": the toll's, or that of what "the number of" names."""
    told, named = _revised_count(token)
    if named is not None:
        return _STATES.get(named.lower_) or ACTIONS.get(named.lemma_.lower())
    if told is not None and told.lemma_.lower() == "toll":
        return "killed"  # "the death toll", "the toll"
    return None


def _revised_count(token) -> tuple:
    """The noun a count revised "from X to Y" is told by ("number") and what it names ("counties"),
    each None when the sentence does not say."""
    if token.dep_ == "quantmod" and token.head.like_num:
        token = token.head  # "from 580,000 to 569,000" read as one range
    link = token.head if token.dep_ == "pobj" and token.head.lower_ in ("from", "to") else None
    verb = _governing_verb(link) if link is not None else None
    if verb is None or not any(c.lower_ == "from" for c in [link.head, *verb.children]):
        return None, None
    for told in verb.children:
        if told.dep_ not in ("nsubj", "nsubjpass", "dobj") or told.lemma_.lower() not in _REVISED:
            continue
        of = _child(told, "prep", "of")
        named = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
        return told, named
    return None, None


# "between 30 and 40", "20 or 30", "30 to 40": each end of a range allows the whole range.
_RANGE_AFTER = re.compile(rf"^\s+(?:or|to)\s+(?P<other>{_DIGITS_OR_WORD})\b")
_RANGE_AFTER_BETWEEN = re.compile(rf"^\s+and\s+(?P<other>{_DIGITS_OR_WORD})\b")
_RANGE_BEFORE = re.compile(
    rf"(?:(?<!from\s)(?<![\d,.])\b(?P<other>{_DIGITS_OR_WORD})\s+(?:or|to)|\b[Bb]etween\s+(?P<first>{_DIGITS_OR_WORD})\s+and)\s+$"
)


def _within_range(text: str, match: re.Match, amount: Amount | None) -> Amount | None:
    """The amount widened to the range it is an end of: "between 30 and 40 people" allows 30 to 40."""
    if amount is None or amount.vague or amount.percent:
        return amount
    before, after = text[: match.start()], text[match.end() :]
    # "from 7,000 to 6,100" is a revision, not a range
    ends = [] if re.search(r"\bfrom\s+(?:\S+\s+)?$", before) else [_RANGE_AFTER.match(after)]
    if re.search(r"\bbetween\s+$", before, re.IGNORECASE):
        ends.append(_RANGE_AFTER_BETWEEN.match(after))
    ends.append(_RANGE_BEFORE.search(before))
    for end in filter(None, ends):
        other = number_value(end.group("other") or end.group("first"))
        if other is not None and not other[1]:
            return replace(amount, low=min(amount.low, other[0]), high=max(amount.high, other[0]))
    return amount


def _counted_noun(token, amount: Amount):
    """The noun a number counts and the token whose head leads to the action.

    "29 towns": towns, towns; "dozens of towns": towns, dozens; "a population of 22 million":
    population, population.
    """
    top = token
    # climb within the number itself: "22 million", "tens of thousands"
    while top.head is not top and top.dep_ in ("compound", "quantmod") and top.head.like_num:
        top = top.head
    if top.dep_ == "conj" and top.head.like_num and top.head.i < top.i:
        return _counted_noun(top.head, amount)  # "between 30 and 40 people", "20 or 30 Muslims": the range's noun
    if amount.percent:
        of = _child(top.head if top.head.lower_ in ("cent", "percent", "%") else top, "prep", "of")
        noun = _child(of, "pobj") if of is not None else None
        return _noun_or_none(noun), top.head if top.head.lower_ in ("cent", "percent") else top
    if top.dep_ in ("nummod", "quantmod", "amod", "predet", "det", "compound", "nmod") and top.head.pos_ in (
        "NOUN", "PROPN", "ADJ"
    ) and not top.head.like_num:
        noun = _noun_or_none(top.head)
        return noun, top.head
    for preposition in ("of", "as"):
        link = _child(top, "prep", preposition)
        if link is not None and _child(link, "pobj") is not None:
            return _noun_or_none(_child(link, "pobj")), top  # "dozens of towns", "6 million as refugees"
    if top.dep_ == "pobj" and top.head.lower_ == "of" and _noun_or_none(top.head.head) is not None:
        return top.head.head, top.head.head  # "a population of 22 million"
    verb = top.head
    partitive = _child(verb, "prep", "of") if top.dep_ in ("nsubj", "nsubjpass") else None
    if partitive is not None and partitive.i < top.i and _noun_or_none(_child(partitive, "pobj")) is not None:
        return _child(partitive, "pobj"), top  # "Of the 129 deaths, 67 were attributed to landslides"
    return None, top


# A change told with its end first: "to 22 planes from 57", "the retention of 22 aircraft _ down from 54".
_CHANGED_FROM = re.compile(
    rf"(?:\bto\s+(?P<to>{_DIGITS_OR_WORD})\s+(?P<noun>[a-z]+)\s+|(?<![\w,.])(?P<to_down>{_DIGITS_OR_WORD})\s+(?P<noun_down>[a-z]+)"
    r"[\s_,—-]+(?:down|up)\s+)from\s+$"
)


def _noun_or_none(token):
    if token is not None and (
        _NOT_PLACES.fullmatch(token.text) or any(_NOT_PLACES.fullmatch(c.text) for c in token.lefts)
    ):
        return None  # "rose to 156 Sunday", "more than 190 Thursday night"
    if token is None or token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.like_num or token.lemma_.lower() in _NOT_COUNTED:
        return None
    if not any(c.isalpha() for c in token.text):  # the wire's dash "_" tagged as a noun
        return None
    return token


def _child(token, dep: str, lower: str | None = None):
    for child in token.children:
        if child.dep_ == dep and (lower is None or child.lower_ == lower):
            return child
    return None


def _conjoined(noun) -> list:
    """Nouns listed with the counted one that share its number: "towns and villages"."""
    return [
        c
        for c in noun.conjuncts
        if c.i > noun.i and c.pos_ in ("NOUN", "PROPN") and not c.like_num
        and c.lower_ not in VAGUE and not any(x.like_num for x in c.children)
    ]


def _noun_phrase(noun) -> str:
    """The noun with its compounds and the conjoined nouns that share its number."""
    words = [t.text for t in noun.lefts if t.dep_ == "compound" and t.i == noun.i - 1]
    return " and ".join([" ".join([*words, noun.text]), *(c.text for c in _conjoined(noun))])


def _phrase_end(noun) -> int:
    return max(t.idx + len(t.text) for t in [noun, *_conjoined(noun)])


def _action(anchor) -> str:
    """The action a count takes part in, from the nearest governing verb."""
    if anchor.lemma_.lower() in ("dead", "death"):
        return "killed"
    own = _own_verb(anchor)
    if own is not None:
        lemma = own.lemma_.lower()
        return ACTIONS.get(lemma, lemma)
    node = anchor
    for _ in range(8):
        head = node.head
        if head is node:
            return ""
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX"):
            particle = _child(head, "prt")
            phrasal = f"{lemma} {particle.lower_}" if particle is not None else lemma
            if lemma == "leave" and node.dep_ != "nsubj":
                return "left"  # "the quake left 766,000 displaced", "1.5 million were left without homes": no one fled
            if lemma in _FORCE and _child(head, "xcomp") is not None:
                xcomp = _child(head, "xcomp").lemma_.lower()
                return ACTIONS.get(xcomp, xcomp)  # "forced ... to flee"
            if lemma == "take" and any(c.lemma_ == "part" for c in head.children):
                return "take part"  # "6,000 athletes take part in the games": nothing is seized
            if lemma in _TO_HOSPITAL_VERBS and _to_hospital(head) and (lemma not in _SENDING or _hurt(anchor)):
                return "hospitalized"  # "190 people were taken to hospitals": nobody was seized
            if phrasal in ACTIONS or lemma in ACTIONS:
                return ACTIONS.get(phrasal, ACTIONS.get(lemma))
            if lemma not in _PASS_THROUGH:
                return lemma
        elif head.pos_ in ("NOUN", "PROPN", "ADJ") and node.dep_ not in ("conj", "appos"):
            if lemma in ACTIONS:
                return ACTIONS[lemma]  # "claiming the lives of", "home to"
            if lemma not in _CONTAINERS:
                return ""  # the count hangs on another thing: "aid deliveries to four million"
        node = head
    return ""


def _relative_action(noun) -> str | None:
    """The field's action a clause on the counted noun tells of: "people who were killed or
    disappeared", "refugees who have been forced to flee", "the civilians killed in the raid"."""
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB":
            continue
        lemma = clause.lemma_.lower()
        if lemma in _FORCE and _child(clause, "xcomp") is not None:
            lemma = _child(clause, "xcomp").lemma_.lower()
        if lemma in ACTIONS:
            return ACTIONS[lemma]
    return None


def _own_verb(noun):
    """The verb right after a noun the parser hung on another noun ("... province and another 102
    people were injured"): a verb with no subject of its own takes this noun as its subject."""
    if noun.dep_ != "conj":
        return None
    for token in noun.doc[noun.i + 1 : noun.i + 4]:
        if token.pos_ == "VERB":
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            return None if has_subject else token
        if token.pos_ not in ("AUX", "ADV", "PART"):
            return None
    return None


def _group(noun, after: str, counted: str, action: str) -> str:
    """The class a reader compares counts within; parts listed side by side stay apart."""
    if _BOTH_SIDES.match(after):
        return "both sides"
    if noun is None:
        return "people" if action in _HUMAN_ACTIONS else ""
    lemma = _lemma(noun)
    group = GROUPS.get(lemma, lemma)
    if lemma == "force" and not re.search(r"regime|government|army|pro-|syrian|security", counted, re.I):
        group = lemma
    # "42 jihadists and nine rebels": counts of the same class side by side are distinct parts
    if any(any(c.like_num for c in s.children) and GROUPS.get(_lemma(s)) == group for s in noun.conjuncts):
        return noun.lemma_.lower()  # "three Muslims, two Croats": each its own part, though both are people
    return group


def _lemma(noun) -> str:
    """The noun's lemma, singular even where the tagger took a plural for a name ("Syrians").

    A capitalised plural that is no name ("21 Israelis", "50 East Timorese") counts people.
    """
    lemma = noun.lemma_.lower()
    if lemma.endswith("s") and lemma[:-1] in GROUPS:
        return lemma[:-1]
    if noun.text[:1].isupper() and noun.text.endswith("s") and noun.tag_ in ("NNPS", "NNS"):
        return "people"
    if noun.text[:1].isupper() and noun.text.endswith("ese"):
        return "people"  # "50 East Timorese", "12 Chinese": a people's name is its plural too
    return lemma


def _window(doc, match: re.Match, report_date, verbs: list) -> Window:
    """The time window nearest the figure in its sentence; none stated means "as of the report".

    A single day counts only when it hangs on the figure's own verbs: in "offered no
    word Sunday on the fire that killed 60", Sunday dates the words, not the deaths.
    """
    text = doc.text
    candidates = [
        w
        for w in WINDOW.finditer(text)
        if not (w.start() < match.end() and match.start() < w.end())
        and not _said_on(text, w)
        and _dates_the_figure(doc, w, verbs)
    ]
    if not candidates:
        return _event_day(doc, verbs, report_date) or Window(text="", start=None, end=report_date)
    nearest = min(candidates, key=lambda w: min(abs(w.start() - match.end()), abs(match.start() - w.end())))
    window = window_of(nearest, report_date)
    verb = _governing_verb(token_at(doc, nearest.start())) if _is_day(nearest) else None
    if verb is not None and verb.lemma_.lower() in _REVISING and window.start == window.end:
        # "lowered the toll from 7,000 to 6,100 on Thursday": the day the count was told, a running count as of then
        return Window(window.text, None, window.end)
    return window


def _event_day(doc, verbs: list, report_date) -> Window | None:
    """The day of the event that did what the count tells, set before the event's noun: "the Aug. 7 bombings ...
    that killed 224 people", "were killed in the Sept. 2 crash" count that day's happening, so told months later
    they are the settled toll, not a running count as of the report's day. None when no such day is told."""
    if not verbs:
        return None
    verb = verbs[0]
    events = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(c.tag_ == "WDT" for c in events):
        events = [verb.head]  # "the bombings that killed 224": the bombings did it
    events += [g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by") for g in c.children if g.dep_ == "pobj"]
    for event in events:
        if event.pos_ != "NOUN":
            continue
        told = DAY_BEFORE_NOUN.search(doc.text[max(0, event.idx - 60) : event.idx])
        day = resolve(told.group("day"), report_date) if told else None
        if day is not None and (report_date is None or day <= report_date):
            return Window(text=f"on {told.group('day')}", start=day, end=day)
    return None


# Verbs that revise a running count: a day on them dates the count's telling, not what happened.
_REVISING = _TOLL_VERBS | {"lower", "drop", "fall", "revise", "raise", "put", "update", "decline"}


def _dates_the_figure(doc, window: re.Match, verbs: list) -> bool:
    """A window dates the figure unless it hangs on another verb: a day or a possessive on any
    verb but the figure's own, any window in a relative clause ("floods that started in 1995") or in a clause
    joined beside the figure's ("needs grain to feed its 23 million people, but managed last
    year to harvest")."""
    verb = _governing_verb(token_at(doc, window.start()))
    if verb is None or verb in verbs:
        return True
    if _is_day(window) or re.match(r"['’]s\b", doc.text[window.end() :]):
        return False  # "Sunday", "last year's harvest": dates of another verb's doing
    beside = (verb.dep_ == "conj" and verb.head in verbs) or any(c in verbs for c in verb.children if c.dep_ == "conj")
    return not (verb.dep_ == "relcl" or beside)


def _is_day(window: re.Match) -> bool:
    """A window naming one day ("Sunday", "on Aug. 7", "a week ago"): news uses these for
    every verb of a sentence, so they count only when they hang on the figure's own verb."""
    return any(window.group(g) for g in ("on_weekday", "on_date", "ago_unit"))


def _governing_verb(token):
    """The nearest verb above a token (itself if it is one)."""
    steps = 0
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head is not token and steps < 12:
        token, steps = token.head, steps + 1
    return token if token is not None and token.pos_ in ("VERB", "AUX") else None


def _verb_chain(anchor) -> list:
    """The figure's verb and the verbs it is a clause of: "died early Monday, bringing the toll to 62"."""
    verb = _governing_verb(anchor.head if anchor.head is not anchor else anchor)
    chain = []
    while verb is not None and verb not in chain:
        chain.append(verb)
        if verb.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "pcomp") or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    return chain


def _said_on(text: str, window: re.Match) -> bool:
    said = SAID_ON.search(text[max(0, window.start() - 30) : window.end()])
    return said is not None and window.group("on_weekday") is not None


_FUNCTION_WORDS = (
    "in|on|at|since|and|or|from|to|with|for|of|after|before|where|which|that|who|as|by|during|is|was|were|"
    "has|have|had|near|over|under|until|when|while|but|amid|despite|following|into|across|along|around|said|says"
)
_DIRECTION = r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?western|north-?eastern|south-?western|south-?eastern|northwest|northeast|southwest|southeast)"
_PLACE = re.compile(
    rf"\b(?:in|on|near|around|across|outside|inside|throughout)\s+(?P<place>(?:the\s+)?(?:(?:nearby|hard-hit|neighbou?ring|{_DIRECTION})\s+){{0,2}}"
    r"[A-Z][\w'’-]+(?:\s+(?:al-|al\s)?[A-Z][\w'’-]+)*(?:\s+(?:province|region|island|city|town|district|area"
    r"|border|zone|county|state|village|valley|coast|strip|camp))?)(?![\w'’-])"
    # a capitalised word before a lowercase noun is a modifier: "in Russian air strikes"
    rf"(?!\s+(?!(?:{_FUNCTION_WORDS})\b)[a-z])"
)
_NOT_PLACES = re.compile(
    r"(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b"
)


def _place(doc, token, verbs: list) -> str | None:
    """The place the figure's own clause names, nearest the figure: "on Catanduanes island".

    A place elsewhere in the sentence ("the monitor, which relies on sources inside Syria")
    is not where the counted thing happened.
    """
    places = [
        m for m in _PLACE.finditer(doc.text)
        if not _NOT_PLACES.match(m.group("place")) and _hangs_on(token_at(doc, m.start()), verbs, token)
    ]
    if not places:
        return None
    return min(places, key=lambda m: abs(m.start() - token.idx)).group("place")


def _hangs_on(preposition, verbs: list, number) -> bool:
    """The phrase hangs on one of the figure's verbs, through nouns and prepositions only."""
    node = preposition
    for _ in range(6):
        if node is None or node.head is node:
            return False
        node = node.head
        if node in verbs or node == number or node == number.head:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


# The words a list item opens its quote with: the source is named only where the quote follows its dash.
_QUOTE_OPENS = re.compile(r"[\"“”`]")


def _listed_source(text: str) -> str | None:
    """The source a list item names after its bullet and before the dash that opens its quote ('* AP - "confirmed
    death toll passed 121,000"'): its figures are that source's, whoever they quote. Without the quote a list
    item names a place or a side ("* Indonesia - 100,000 people were killed"), not who gives the figure."""
    opens = _QUOTE_OPENS.search(text)
    listed = DASH_SOURCE.search(text[: opens.start()]) if opens else None
    return listed.group("speaker") if listed and not text[: listed.start()].strip() else None


def _cached_reporter(doc) -> str | None:
    # one sentence often holds several figures; find its reporter once
    if "reporter" not in doc.user_data:
        doc.user_data["reporter"] = _reporter(doc)
    return doc.user_data["reporter"]


def _reporter(doc) -> str | None:
    """Who gives the figure: "according to X", or the one who "said" it."""
    for token in doc:
        if token.lower_ == "according" and (source := _according_to(token)):
            return source
    for token in doc:
        if (token.lemma_ in ("say", "add", "report", "tell") or _issues_statement(token)) and token.pos_ == "VERB":
            subject = _teller(token)
            if subject is None and token.lemma_ == "add":
                subject = _child(token, "dobj")  # "..., added the monitor"
            if subject is not None and subject.pos_ != "PRON":
                return _head_phrase(subject)
            if subject is None and token.lemma_ == "say" and (named := _NAMED_BEFORE.search(doc.text[: token.idx])):
                return named.group("name")  # "..., the former governor of East Timor, Mario Carrascalao, said"
    return None


# Nouns of what a body issues to give its figures: "issued a statement accusing the military of executing 50".
_STATEMENTS = {"statement", "report", "communique", "communiqué", "announcement", "declaration", "release"}
# The name right before a "said" the parse gave no subject.
_NAMED_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),?\s*$")


def _issues_statement(verb) -> bool:
    return verb.lemma_ in ("issue", "release", "publish") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _STATEMENTS for c in verb.children
    )


def _teller(verb):
    """The subject of a verb of saying, or of the verb it is joined to: "The Center ..., issued a statement"."""
    subject = _child(verb, "nsubj")
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        subject = _child(verb.head, "nsubj")
    return subject


# Verbs by which a source gives a figure: "police said 22 were wounded, while hospital officials counted 19".
_GIVING = {"say", "add", "report", "tell", "claim", "count", "estimate", "state", "announce", "confirm", "put", "give"}


def _source(number) -> str | None:
    """Who gives this figure, when its own clause names one: the subject of the verb of saying it hangs
    under ("rights groups put the toll at 200"), or the one it is "according to"."""
    token, steps = number, 0
    while token.head is not token and steps < 12:
        token, steps = token.head, steps + 1
        according = next((c for c in token.children if c.lower_ == "according"), None)
        if according is not None and (source := _according_to(according)):
            return source
        if token.pos_ == "VERB" and (token.lemma_ in _GIVING or _issues_statement(token)):
            subject = _teller(token)
            if token.lemma_ == "put" and _child(token, "prep", "at") is None:
                subject = None  # "put 200 people to work" gives no figure; "put the toll at 200" does
            if subject is not None and subject.pos_ != "PRON":
                return _head_phrase(subject)
    return None


def _according_to(according) -> str | None:
    """The one a figure is "according to"."""
    to = _child(according, "prep", "to")
    source = _child(to, "pobj") if to is not None else None
    return _head_phrase(source) if source is not None else None


def _head_phrase(noun) -> str:
    """A noun with what stands before it and its "of"/"for" phrase, without relative clauses."""
    left = min([noun.i, *(t.i for t in noun.lefts)])
    right = noun.i
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            right = max(t.i for t in child.subtree)
    return noun.doc[left : right + 1].text
