"""Amounts as reports write them: digits, number words, vague amounts and qualifiers.

An `Amount` keeps the value a reader would quote and the interval of true
values the wording allows, so that "more than 170" and 174 can agree while
29 and 25 cannot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORDS = frozenset([*UNITS, *TENS, *SCALES, "a", "an", "dozen", "dozens"])


def wording(text: str) -> frozenset[str]:
    """The stems of a sentence's words without its numbers: "six others died" and "one other died" read alike."""
    from synopsis.text.tokens import stem, words

    return frozenset(stem(w) for w in words(text) if not w.isdigit() and w not in _NUMBER_WORDS)

# Vague amounts: the value shown and the interval the word allows.
# Vague amounts: the least the word asserts (the value shown) and the most it allows.
VAGUE = {
    "a few": (2, 2, 9), "several": (3, 3, 19), "a dozen": (12, 10, 14),
    "a couple of dozen": (24, 20, 36), "dozens": (24, 24, 199), "several dozen": (24, 24, 119), "scores": (40, 40, 199), "hundreds": (200, 200, 1_999),
    "thousands": (2_000, 2_000, 19_999), "tens of thousands": (20_000, 20_000, 199_999),
    "hundreds of thousands": (200_000, 200_000, 1_999_999), "millions": (2e6, 2e6, 1.99e7),
    "tens of millions": (2e7, 2e7, 1.99e8),
}

# Qualifier -> how it widens the interval around the written number.
QUALIFIERS = {
    "more than": "above", "over": "above", "well over": "above", "well above": "above", "just over": "above",
    "just under": "under", "well under": "under", "at least": "from", "upwards of": "above",
    "nearly": "below", "almost": "below", "up to": "upto", "at most": "upto",
    "fewer than": "under", "less than": "under", "under": "under",
    "around": "about", "about": "about", "some": "about", "roughly": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about",
    "as many as": "upto", "as much as": "upto", "close to": "below", "nearly all": "below",
}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_WORD_NUMBER = (
    rf"(?:(?:{_WORD})(?:-(?:{_WORD}))?|a(?=\s+(?:hundred|thousand|million|billion)\b))"
    rf"(?:[ -](?:and[ -])?(?:{_WORD}|hundred|thousand|million|billion))*"
)
# Fractions: "two-thirds", "one-third", "a quarter of"; "a third" alone is an ordinal ("a third time").
DENOMINATORS = {
    "half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
_NUMERATOR = "one|two|three|four|five|six|seven|eight|nine"
_DENOMINATOR = r"(?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
_FRACTION = rf"(?:(?:{_NUMERATOR})-{_DENOMINATOR}|(?:{_NUMERATOR}|a)\s+{_DENOMINATOR}(?=\s+of\b))"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:(?:\s+|-)(?:hundred|thousand|million|billion|bn|m)\b)?"  # "$10-million": the Times' hyphen
_VAGUE = "|".join(sorted(VAGUE, key=len, reverse=True))
_QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))

AMOUNT = re.compile(
    # a qualifier stands before a currency mark: "as much as $60 billion", "more than dlrs 40 billion"
    rf"(?<![\w.,-])(?:(?P<qualifier>{_QUALIFIER})\s+(?:(?:US\$|\$|£|€|dlrs\.?)\s*)?)?"
    rf"(?P<number>half(?:\s+a\s+(?:million|billion))?|{_FRACTION}|(?:{_VAGUE})|(?:{_DIGITS}){_SCALE}|{_WORD_NUMBER})"
    rf"(?P<percent>\s*(?:per\s?cent|percent|%))?(?P<or_more>\s+or\s+more\b)?(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    """A written amount: `value` as a reader would quote it, `low`..`high` what it allows."""

    value: float
    low: float
    high: float
    vague: bool = False
    qualifier: str | None = None
    percent: bool = False

    def compatible(self, other: Amount) -> bool:
        """Two wordings can describe the same true number; an approximation's edges are not reached:
        "roughly 250,000" is below 275,000, so it cannot be "more than 275,000"."""
        if self.upper_bound and other.upper_bound and self.value != other.value:
            return False  # "as much as 18 points" and "as much as 20": each names the largest value, and they differ
        return _at_most(self.low, other.high, self.approximate or other.approximate) and _at_most(
            other.low, self.high, self.approximate or other.approximate
        )

    @property
    def upper_bound(self) -> bool:
        """ "up to 100,000", "as many as 30": the largest value the report gives."""
        return QUALIFIERS.get(self.qualifier or "") == "upto"

    @property
    def approximate(self) -> bool:
        return QUALIFIERS.get(self.qualifier or "") == "about"


def _at_most(low: float, high: float, open_edge: bool) -> bool:
    return low < high if open_edge else low <= high


def words_to_number(text: str) -> float | None:
    """ "twenty-nine" -> 29, "three million" -> 3e6, "a thousand" -> 1000; None if not a number."""
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if word in ("and", ""):
            continue
        if word == "a" and not seen:
            current, seen = 1, True
        elif word in UNITS:
            current, seen = current + UNITS[word], True
        elif word in TENS:
            current, seen = current + TENS[word], True
        elif word in SCALES and seen:
            scale = SCALES[word]
            if scale == 100:
                current *= scale
            else:
                total, current = total + current * scale, 0
        else:
            return None
    return total + current if seen else None


def number_value(text: str) -> tuple[float, bool] | None:
    """The value of a written number and whether the wording is vague."""
    text = re.sub(r"\s+", " ", text.lower().strip())
    if text in VAGUE:
        return VAGUE[text][0], True
    fraction = re.fullmatch(rf"({_NUMERATOR}|a)[\s-]+({_DENOMINATOR})", text)
    if fraction:
        numerator = 1 if fraction.group(1) == "a" else UNITS[fraction.group(1)]
        return numerator / DENOMINATORS[re.sub(r"(?<=[a-z])s$", "", fraction.group(2))], False
    if text.startswith("half"):
        rest = text[4:].strip()
        return (0.5 * SCALES[rest.split()[-1]], False) if rest else (0.5, False)
    match = re.fullmatch(rf"({_DIGITS})[\s-]*(hundred|thousand|million|billion|bn|m)?", text)
    if match:
        value = float(match.group(1).replace(",", ""))
        scale = {"bn": "billion", "m": "million"}.get(match.group(2), match.group(2))
        return value * SCALES.get(scale, 1), False
    value = words_to_number(text)
    return (value, False) if value is not None else None


def parse_amount(text: str) -> Amount | None:
    """An Amount from a whole expression such as "more than 30,000" or "tens of thousands"."""
    match = AMOUNT.fullmatch(text.strip())
    return amount_from_match(match) if match else None


def amount_from_match(match: re.Match) -> Amount | None:
    parsed = number_value(match.group("number"))
    if parsed is None:
        return None
    value, vague = parsed
    qualifier = (match.group("qualifier") or "").lower() or None
    if qualifier is None and match.group("or_more"):
        qualifier = "at least"  # "$30 billion or more"
    percent = bool(match.group("percent"))
    if vague:
        _, low, high = VAGUE[re.sub(r"\s+", " ", match.group("number").lower())]
    else:
        low, high = _bounds(value, QUALIFIERS.get(qualifier or ""))
    return Amount(value, low, high, vague=vague, qualifier=qualifier, percent=percent)


def _bounds(value: float, kind: str | None) -> tuple[float, float]:
    # "more than 170" allows up to 30% above (news rounds down to a round number, it does not
    # write "more than 370,000" for 560,000), "nearly 70" up to 15% below, "around 1,000" +-10%
    # (a reporter with 4,299 writes "some 4,300" or "more than 4,000", never "some 3,000").
    if kind in ("above", "from"):
        return value, max(value * 1.3, _next_round(value))
    if kind == "below":
        return value * 0.85, value
    if kind in ("upto", "under"):
        return 0.0, value
    if kind == "about":
        return value * 0.9, value * 1.1
    return value, value


def _next_round(value: float) -> float:
    """The next round number a lower bound of one figure stops short of: "more than 20" is told of up to 30
    (a reporter with 30 may still write the bound an earlier count gave), "more than 170" of no more than the 30%.
    A bound of a one ("more than 100") keeps the 30%: the next round number is twice it."""
    if value < 2 or value != round(value):
        return value
    step = 10 ** (len(str(int(value))) - 1)
    return value + step if value % step == 0 and value // step >= 2 else value
