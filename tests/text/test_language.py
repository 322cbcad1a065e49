from collections import Counter
from pathlib import Path

import pytest

from synopsis.text.language import detect_language

SOURCES = Path(__file__).resolve().parents[3] / "shared" / "data" / "multiling2011" / "SourceTexts"
CODES = {"english": "en", "arabic": "ar", "czech": "cs", "french": "fr", "greek": "el", "hebrew": "he", "hindi": "hi"}


@pytest.mark.skipif(not SOURCES.is_dir(), reason="MultiLing 2011 is not beside the repository")
def test_every_multiling_source_text():
    outcomes = Counter()
    for path in sorted(SOURCES.iterdir()):
        expected = CODES[path.suffix[1:].lower()]
        outcomes[detect_language(path.read_text(encoding="utf-8", errors="replace")) == expected] += 1
    assert outcomes[True] == len(list(SOURCES.iterdir())) > 0, outcomes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Regime forces have seized dozens of towns and villages in northwest Syria, a monitor said.", "en"),
        ("Les forces du régime ont pris des dizaines de villes dans le nord-ouest de la Syrie.", "fr"),
        ("Vládní síly obsadily desítky měst a vesnic na severozápadě Sýrie.", "cs"),
        ("Las fuerzas del régimen tomaron decenas de pueblos en el noroeste de Siria.", "es"),
        ("Die Truppen des Regimes haben Dutzende Städte im Nordwesten Syriens erobert.", "de"),
        ("Οι δυνάμεις του καθεστώτος κατέλαβαν δεκάδες πόλεις στη Συρία.", "el"),
        ("استولت قوات النظام على عشرات البلدات في شمال غرب سوريا", "ar"),
    ],
)
def test_short_news_sentences(text, code):
    assert detect_language(text) == code


def test_nothing_to_tell_by_defaults_to_english():
    assert detect_language("") == "en"
    assert detect_language("2019-12-23 12:00") == "en"
