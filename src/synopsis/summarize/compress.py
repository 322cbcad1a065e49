"""Narrower spans of a sentence for benchmark output: without its opening connective or closing attribution.

A sentence that opens with words linking it to what came before ("Meanwhile, ",
"On Tuesday, ", "But ") or closes on who told it (", officials said Tuesday.",
", according to the police.") says its news in the span between. That span is
still one contiguous piece of the report's original text, so it stays a
`Sentence` with its own start and end. Quoted sentences keep their attribution:
there it names the speaker of the words shown. A span shorter than `min_words`
words is not offered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from synopsis.model import Sentence

_DAY = (
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?"
    r"|today|tonight|yesterday|last\s+(?:night|week|month|year))"
)
_VERB = r"(?:said|says|reported|reports|added|announced|stated|confirmed)"
# ", officials said Tuesday." / ", according to investigators.": the verb ends the sentence, so no content goes with it.
_ATTRIBUTION = re.compile(
    rf",\s+(?:(?:[^,\s]+\s+){{0,6}}?{_VERB}(?:\s+{_DAY})?|according\s+to\s+[^,]{{1,80}}?)\s*\.\s*$"
)
_MONTH = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# "Meanwhile, " / "On Tuesday, " / "In July 1997, " / "But ": words that only link to what came before.
_OPENING = re.compile(
    r"^(?:(?:However|Meanwhile|Also|Still|Indeed|Now|Then|Later|Earlier|Instead|Separately|Moreover|Furthermore"
    r"|Nevertheless|In addition|In any case|After all|At the same time|In recent days|In the meantime"
    rf"|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Last\s+(?:week|month|year)"
    rf"|(?:On|In)\s+{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|In\s+\d{{4}}),\s+|(?:But|And)\s+)(?=[A-Za-z])"
)
# Straight, curly and guillemet quotes, and the DUC wire's `` and '' pairs.
QUOTE = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]|``|''")


def news_span(text: str, openings: bool = True, attributions: bool = True) -> tuple[int, int]:
    """Where in `text` its news starts and ends, leaving out an opening connective and a closing attribution."""
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if openings and (opening := _OPENING.match(text, start)):
        start = opening.end()
    if attributions and not QUOTE.search(text) and (attribution := _ATTRIBUTION.search(text, start)):
        end = len(text[: attribution.start()].rstrip())
    return start, end


def narrowed(sentence: Sentence, min_words: int = 6, openings: bool = True, attributions: bool = True) -> Sentence:
    """The sentence cut to its news span, a view into the same report; the sentence itself if that is too short."""
    start, end = news_span(sentence.text, openings, attributions)
    text = sentence.text[start:end]
    if (start, end) == (0, len(sentence.text)) or len(text.split()) < min_words:
        return sentence
    return replace(sentence, start=sentence.start + start, end=sentence.start + end, text=text)
