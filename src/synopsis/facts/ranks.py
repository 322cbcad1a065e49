"""Ranks in the world: "the world's ninth-largest economy" against "the eighth-largest in the world".

A rank is no count of things, so it is not listed as a figure; but two reports
that rank one thing differently disagree, and a reader must see it. A rank is
compared with ranks by the same measure ("largest", "biggest" are one) of the
same kind of thing, told of the same names when both sentences name any.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from synopsis.facts.dates import Window
from synopsis.facts.numbers import Amount
from synopsis.model import Document, Span

ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
_ORDINAL = rf"(?P<rank>{'|'.join(ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))"
_STOP = r"(?:and|or|but|in|on|of|for|to|with|at|as|by|since|after|now|today|is|was)\b"
_SUPERLATIVE = r"(?P<measure>most\s+[a-z]+|[a-z]+est)"
# "the world's ninth-largest economy"; "the eighth-largest (economy) in the world"
_WORLDS = re.compile(
    rf"\bworld['’]s\s+{_ORDINAL}[\s-]+{_SUPERLATIVE}\s+(?P<thing>(?!{_STOP})[a-z]+(?:\s+(?!{_STOP})[a-z]+)?)",
    re.IGNORECASE,
)
_IN_THE_WORLD = re.compile(
    rf"\b{_ORDINAL}[\s-]+{_SUPERLATIVE}(?:\s+(?P<thing>(?!in\b)[a-z]+(?:\s+(?!in\b)[a-z]+)?))?\s+in\s+the\s+world\b",
    re.IGNORECASE,
)
# "Latin America's biggest economy and the eighth-largest in the world": the thing the rank leaves out
_NAMED_BEFORE = re.compile(rf"\b{_SUPERLATIVE}\s+(?P<thing>(?!{_STOP})[a-z]+(?:\s+(?!{_STOP})[a-z]+)?)\b")
_SAME_MEASURE = {"biggest": "largest"}
_NOT_THINGS = re.compile(rf"^{_STOP}")


def ranks(documents: Sequence[Document]):
    """Every rank in the world a report gives, as figures keyed by measure and thing."""
    from synopsis.facts.figures import Figure

    found = []
    for document in documents:
        for sentence in document.sentences:
            for pattern in (_WORLDS, _IN_THE_WORLD):
                for match in pattern.finditer(sentence.text):
                    thing = _thing(sentence.text, match)
                    if thing is None:
                        continue
                    rank = _rank(match.group("rank"))
                    measure = match.group("measure").lower()
                    counted = f"rank among the world's {_SAME_MEASURE.get(measure, measure)} {thing}"
                    start, end = match.span("rank")
                    found.append(
                        Figure(
                            doc=document.id,
                            amount=Amount(rank, rank, rank),
                            text=match.group(),
                            span=Span(document.id, sentence.start + start, sentence.start + end),
                            counted=counted,
                            group=counted,
                            action="ranked",
                            window=Window(text="", start=None, end=None),
                            place=None,
                            reporter=None,
                            sentence=sentence,
                            names=_owner(sentence.text[: match.start()], sentence.text[match.end() :]),
                        )
                    )
    return found


# "Japan, the world's second-largest", "Brazil is Latin America's biggest economy and the eighth-largest"
_OWNER = re.compile(r"\b(?P<owner>[A-Z][\w'’-]+)(?:,\s+(?:the\s+)?|\s+(?:is|was|remains|became|as)\b[^.;]{0,80}?)$")
# "the second largest economy in the world, Japan,"
_OWNER_AFTER = re.compile(r"^\s*,\s+(?P<owner>[A-Z][\w'’-]+)")


def _owner(before: str, after: str) -> frozenset[str]:
    """The name a rank is told of, when the sentence sets it beside the rank; else none."""
    owner = _OWNER_AFTER.match(after) or _OWNER.search(before)
    return frozenset({owner.group("owner")}) if owner else frozenset()


def _rank(word: str) -> float:
    word = word.lower()
    return float(ORDINALS.get(word) or int(re.match(r"\d+", word).group()))


def _thing(text: str, match: re.Match) -> str | None:
    """What is ranked, singular: the words after the superlative, or those the sentence gave it before."""
    thing = match.group("thing")
    if not thing or _NOT_THINGS.match(thing):
        earlier = [m.group("thing") for m in _NAMED_BEFORE.finditer(text, 0, match.start())]
        thing = earlier[-1] if earlier else None
    return re.sub(r"(?<=[^s])s$", "", thing.lower()) if thing else None
