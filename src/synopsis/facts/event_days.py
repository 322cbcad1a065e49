"""The day a one-time event happened: "crashed Sept. 2 off the coast of Nova Scotia" against "the Sept. 3 crash".

A date is no count of things, so it is no figure of the fact sheet's list; but two reports dating the story's
crash a day apart is a disagreement a reader must see. Only events that happen once to what they befall are dated
so: a crash, a sinking, a derailment, a hijacking, an assassination, a coup, an earthquake. Events a story may tell
several of on nearby days (attacks, bombings, raids, shootings, eruptions) are not. The day is read where the report
sets it on the event: before the event's noun ("the Sept. 2 crash", "the Aug. 17, 1999, earthquake") or after its
verb, maybe past one place ("crashed Sept. 2", "crashed off Nova Scotia on Sept. 2"); never a day of something else
the sentence tells ("the crash, investigators said on Sept. 5"), nor a day after the report's own.

Days are compared within one month of one year, as the day of that month, and only with days of the same kind of
event at most two days apart (see `reconcile`): days further apart are two events. A name the report gives the event's
thing ("the crash of Swissair Flight 111", "EgyptAir Flight 990 crashed") must meet the other's when both give one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from synopsis.facts.dates import DATE_EXPRESSION, MONTHS, ReportDate, resolve
from synopsis.facts.numbers import Amount
from synopsis.model import Document

# Events that befall their thing once, by the noun and the verb a report tells them with.
EVENT_NOUNS = {
    "crash": "crash", "sinking": "sinking", "derailment": "derailment", "hijacking": "hijacking",
    "assassination": "assassination", "coup": "coup", "earthquake": "earthquake", "quake": "earthquake",
}
EVENT_VERBS = {
    "crashed": "crash", "sank": "sinking", "derailed": "derailment", "hijacked": "hijacking", "assassinated": "assassination",
}
_DAY = (
    r"(?P<day>(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?)(?!\d)"
)
_EVENT_DAYS = (
    # "the Sept. 2 crash", "the Aug. 17, 1999, earthquake", "the Sept. 3 crash of Swissair Flight 111"
    re.compile(
        rf"\b(?:[Tt]he|[Ii]ts)\s+{_DAY},?\s+(?P<noun>{'|'.join(EVENT_NOUNS)})\b(?!-)"
        r"(?:\s+of\s+(?:the\s+|an?\s+)?(?P<name_after>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+))*))?"
    ),
    # "Swissair Flight 111 crashed Sept. 2", "crashed off Nova Scotia on Sept. 2", "The plane crashed on Sept. 2"; a name
    # after a preposition is a place ("the airliner flying to Geneva crashed"), not the event's thing
    re.compile(
        rf"(?:(?<!to\s)(?<!from\s)(?<!in\s)(?<!of\s)(?<!for\s)(?<!at\s)(?<!near\s)(?<!off\s)(?<!over\s)(?<!and\s)"
        rf"(?P<name_before>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+))*)\s+)?\b(?P<verb>{'|'.join(EVENT_VERBS)})\s+"
        r"(?:(?:off|near|in|into|at|outside|over)\s+(?:the\s+)?(?:coast\s+of\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?"
        rf"(?:on\s+)?{_DAY}"
    ),
)
# The events' words: a sentence without one dates none of them.
_EVENT_WORD = re.compile(rf"\b(?:{'|'.join([*EVENT_NOUNS, *EVENT_VERBS])})\b")
# Capitalised words that open a sentence or a date, not a name: "The plane crashed", "Sept. 2".
_NOT_A_NAME = frozenset({"The", "A", "An", "Its", "It", "Their", "When", "After", "Before", "Since"} | {m.capitalize() for m in MONTHS})


def event_days(documents: Sequence[Document], dates: dict[str, ReportDate]):
    """Every day a report gives a one-time event, as figures keyed by the kind of event and the month."""
    from synopsis.facts.figures import standing_figure

    found = []
    for document in documents:
        report_date = dates.get(document.id, ReportDate(None)).date
        if not _EVENT_WORD.search(document.article.text):
            continue  # most reports tell no such event: one test of the text spares its sentences
        for sentence in document.sentences:
            if not _EVENT_WORD.search(sentence.text):
                continue
            for pattern in _EVENT_DAYS:
                for match in pattern.finditer(sentence.text):
                    day = resolve(match.group("day"), report_date) if DATE_EXPRESSION.fullmatch(match.group("day")) else None
                    if day is None or (report_date is not None and day > report_date):
                        continue
                    groups = match.groupdict()
                    kind = EVENT_NOUNS[groups["noun"].lower()] if groups.get("noun") else EVENT_VERBS[groups["verb"]]
                    name = groups.get("name_after") or groups.get("name_before") or ""
                    # the whole name, so "Swissair Flight 111" and "Pakistan Airlines Flight 544" do not meet on "Flight"
                    words = name.split()
                    while words and words[0] in _NOT_A_NAME:
                        words.pop(0)
                    names = frozenset({" ".join(words)}) if words else frozenset()
                    quantity = f"day of {MONTHS[day.month - 1].capitalize()} {day.year} of the {kind}"
                    amount = Amount(day.day, day.day, day.day)
                    figure = standing_figure(sentence, match.start("day"), match.end("day"), amount, quantity, quantity, "happened")
                    found.append(replace(figure, names=names))
    return found
