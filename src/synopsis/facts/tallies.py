"""Vote tallies: "a 228-207 majority", "voted 52-47", "a 5-4 decision", "228 votes to 207".

A tally is two figures, the winning side and the other, told of the body or
the parties the sentence names ("the House", "the Senate"): "a 228-207 vote" in one
report and "228 votes to 207" in another give the same two figures, and a tally
that differs in either is a disagreement a reader must see. A tally no name is told
with is listed but compared only with equal ones (two votes of one story would meet).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from synopsis.facts.numbers import Amount, wording
from synopsis.model import Document
from synopsis.text.tokens import STOPWORDS

_COUNT = r"\d{1,3}(?:,\d{3})?"
# The hyphen form needs a word of voting around it, or "1-0" and "3-2" scores would be read.
TALLY = re.compile(
    rf"(?:\b(?:voted|vote\s+of|votes\s+of|passed|approved|rejected|defeated|ruled)\s+)?"
    rf"\b(?P<for>{_COUNT})(?:\s*[-–]\s*|\s+votes?\s+to\s+)(?P<against>{_COUNT})\b(?!-)"
    r"(?:\s+(?P<what>vote|majority|decision|ruling|verdict|margin|tally)\b)?"
    # "passed 10-15 miles north" is a range of a measure, not a vote
    r"(?!\s+(?:miles?|kilometers?|kilometres?|km|meters?|metres?|feet|yards|inches|days|weeks|months|years|hours"
    r"|minutes|percent|per\s+cent|people|points|degrees|times)\b)",
    re.IGNORECASE,
)
# Words of voting, left out of what a vote is about: "passed the bill by a 228-207 vote" and "approved the bill
# 228 votes to 206" are about the bill.
_VOTING = frozenset({"vote", "pass", "approv", "reject", "defeat", "rule", "majority", "decis", "verdict", "margin", "talli"})
# the first number is the side that carried the vote or holds the majority
SIDES = ("tally: the winning side", "tally: the other side")


def tallies_in(text: str) -> list[re.Match]:
    """The tallies of a sentence: a hyphen pair with a word of voting, or "N votes to M"."""
    return [
        m for m in TALLY.finditer(text)
        # the winning side comes first: "10-15" rising is a range
        if _count(m.group("for")) >= _count(m.group("against"))
        and (m.group("what") or m.group().lower().startswith(("vote", "pass", "appro", "reject", "defeat", "ruled"))
        or re.search(r"\svotes?\s+to\s", m.group()))
    ]


def _count(text: str) -> float:
    return float(text.replace(",", ""))


def in_tally(text: str, start: int) -> bool:
    """Whether the number at start is one side of a tally, read here rather than as a count."""
    return any(m.start("for") <= start < m.end("against") for m in tallies_in(text))


def tallies(documents: Sequence[Document]):
    """Every vote tally a report gives, as two figures each, keyed by side and by the names told with it."""
    from synopsis.facts.figures import names_in, standing_figure

    found = []
    for document in documents:
        for sentence in document.sentences:
            if "-" not in sentence.text and "–" not in sentence.text and " to " not in sentence.text:
                continue
            for match in tallies_in(sentence.text):
                names = names_in(sentence.text)
                # one body votes on several things: different tallies are compared only when told in the same words
                about = wording(sentence.text) - _VOTING - STOPWORDS
                for side, group in zip(SIDES, ("for", "against")):
                    value = _count(match.group(group))
                    start, end = match.span(group)
                    # with no name told, two votes of one story could meet: then only equal tallies are put together
                    action = "voted" if names else "tallied"
                    figure = standing_figure(sentence, start, end, Amount(value, value, value), side, side, action)
                    found.append(replace(figure, names=names, about=about))
    return found
