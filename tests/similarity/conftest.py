import dataclasses
from pathlib import Path

import pytest

from synopsis.api import read
from synopsis.text import prepare


@pytest.fixture(scope="session")
def seeds():
    # Prepared but not yet marked for copies: the tests here mark them.
    return [prepare(article) for article in read(Path(__file__).parents[2] / "examples" / "idlib")]


@pytest.fixture(scope="session")
def renamed():
    """A function giving the same report under another id, as a syndicated copy arrives."""
    return lambda document, id: prepare(dataclasses.replace(document.article, id=id))
