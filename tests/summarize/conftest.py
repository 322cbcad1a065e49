import datetime as dt
from pathlib import Path

import pytest

from synopsis.model import Article, Document, Sentence

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "idlib"


@pytest.fixture(scope="session")
def seeds():
    """The five Idlib reports, read and prepared as the command line does."""
    from synopsis.api import prepare, read

    return prepare(read(SEEDS))


@pytest.fixture(scope="session")
def report():
    return _report


def _report(id: str, sentences: list[str], date: dt.date | None = None) -> Document:
    """A prepared report made by hand: one paragraph, sentences joined by a space."""
    text, kept = "", []
    for index, sentence in enumerate(sentences):
        if text:
            text += " "
        kept.append(Sentence(doc=id, start=len(text), end=len(text) + len(sentence), text=sentence, index=index))
        text += sentence
    return Document(article=Article(id=id, text=text, date=date), sentences=tuple(kept))


@pytest.fixture(scope="session")
def renamed():
    return _renamed


def _renamed(document, id: str):
    """The same report under another id: what a syndicated copy looks like once prepared."""
    import dataclasses

    sentences = tuple(dataclasses.replace(s, doc=id) for s in document.sentences)
    return dataclasses.replace(document, article=dataclasses.replace(document.article, id=id), sentences=sentences)
