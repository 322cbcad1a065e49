"""The dependency parse of the few sentences the fact sheet needs, each distinct text parsed once."""

from __future__ import annotations

from collections.abc import Iterable


# Names and dates are found by pattern; the entity recognizer would double the parsing time.
UNNEEDED = ("ner",)


def parse(texts: Iterable[str]) -> dict:
    """spaCy Docs keyed by text; syndicated copies of a sentence share one parse."""
    from synopsis.text.nlp import pipeline

    unique = list(dict.fromkeys(texts))
    if not unique:
        return {}
    nlp = pipeline()
    disable = [name for name in UNNEEDED if name in nlp.pipe_names]
    return dict(zip(unique, nlp.pipe(unique, batch_size=64, disable=disable)))


def token_at(doc, offset: int):
    """The spaCy token covering a character offset of the parsed text, or None."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
