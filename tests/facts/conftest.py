from pathlib import Path

import pytest

from synopsis import api

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "idlib"


@pytest.fixture(scope="session")
def example_documents():
    return api.prepare(api.read(EXAMPLE))


@pytest.fixture(scope="session")
def example_sheet(example_documents):
    from synopsis.facts import fact_sheet

    return fact_sheet(example_documents)
