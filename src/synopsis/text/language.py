"""Which language a report is written in (ISO 639-1), offline.

py3langid (langid.py's model, shipped inside the package) decides; English,
most of what we read, is recognised first by its function words, so an English
run never pays for loading the model.
"""

from __future__ import annotations

import functools
import re
from itertools import filterfalse

from synopsis.text.tokens import ascii_but_punctuation

_SAMPLE = 5000  # characters: plenty to tell a language, and keeps huge reports fast
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")
# The same words, in lower-cased ASCII text: a space for every other character, then str.split, in about half the time.
_ASCII_SPACES = {code: " " for code in range(128) if not "a" <= chr(code) <= "z"}
# Common English function and news words, none of them common in another language written in Latin letters
# (no "die", "will", "also"): they make up a quarter or more of English prose, even a headline and two sentences,
# and under a tenth of French or Czech.
_ENGLISH = frozenset(
    """the of and to in a is was that for on with as by at from it he said his are were has have be
    an this who its their they she her been into not but had which would more when about after than up out over
    could there what him we them you our some other if new year years first last people told says just because
    while where how did does should these those before during against under between through off down now then
    being one two three""".split()
)
_ENGLISH_SHARE = 0.2
# How much higher (in the model's log-probability) another language must score than English to be named. On a
# headline of names and capitals ("Ellen DeGeneres To Host 86th Oscars") the model's scores are close and a rarer
# language often comes first; English, most of what we read, is then the likelier. Chosen on MultiLing 2011 and ECB+
# headlines (`benchmarks/text_language.py`): English headlines named right 0.93 -> 0.99, French cut to 5 words
# 0.85 -> 0.84, to 8 words and longer unchanged.
_ENGLISH_MARGIN = 8.0


def detect_language(text: str, tokens: list[str] | None = None, read: tuple[int, int] | None = None) -> str:
    """The ISO 639-1 code of the text's language; "en" when there is nothing to tell by.

    `tokens` may give the text's `synopsis.text.tokens.words` when the caller has them, or `read` what
    `words_read` makes of them: an ASCII text (but for punctuation no word holds) of up to `_SAMPLE`
    characters is then told from them without being read again.
    """
    sample = text[:_SAMPLE]
    if (tokens is not None or read is not None) and len(text) <= _SAMPLE and ascii_but_punctuation(text):
        words, english = words_read(tokens) if read is None else read
    else:
        found = letter_runs(sample.lower())
        words, english = len(found), sum(map(_ENGLISH.__contains__, found))
    if not words or english >= _ENGLISH_SHARE * words:
        return "en"
    scores = dict(_identifier().rank(sample))
    code = max(scores, key=scores.__getitem__)
    return "en" if scores[code] - scores["en"] < _ENGLISH_MARGIN else code


def letter_runs(lowered: str) -> list[str]:
    """The words `detect_language` reads in a lower-cased text: its runs of letters."""
    # In ASCII text the letters are a-z, found much faster than by a Unicode class.
    return lowered.translate(_ASCII_SPACES).split() if lowered.isascii() else _WORD.findall(lowered)


def words_read(tokens: list[str]) -> tuple[int, int]:
    """The words `detect_language` reads in ASCII text (runs of a-z) that tokens (runs of a-z0-9) hold, and how many
    of them are English: the sums of `token_words` over the tokens, in one pass; only tokens with digits are split,
    as all of an English word's characters are letters."""
    mixed = list(filterfalse(str.isalpha, tokens))
    runs = _ASCII_WORD.findall(" ".join(mixed))
    english = sum(map(_ENGLISH.__contains__, tokens)) + sum(map(_ENGLISH.__contains__, runs))
    return len(tokens) - len(mixed) + len(runs), english


def token_words(token: str) -> tuple[int, int]:
    """The words `detect_language` reads in one token of ASCII text, and how many of them are English."""
    if token.isalpha():
        return 1, int(token in _ENGLISH)
    runs = _ASCII_WORD.findall(token)
    return len(runs), sum(map(_ENGLISH.__contains__, runs))


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)
