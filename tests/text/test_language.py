from collections import Counter
from pathlib import Path

import pytest

from synopsis.text.language import _WORD, detect_language, letter_runs

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
        ("Le forze del regime hanno conquistato decine di città nel nord-ovest della Siria, ha detto un osservatorio.", "it"),
        ("As forças do regime tomaram dezenas de cidades no noroeste da Síria, disse um observatório.", "pt"),
        ("De troepen van het regime hebben tientallen steden in het noordwesten van Syrië ingenomen, zei een waarnemer.", "nl"),
    ],
)
def test_short_news_sentences(text, code):
    assert detect_language(text) == code


def test_nothing_to_tell_by_defaults_to_english():
    assert detect_language("") == "en"
    assert detect_language("2019-12-23 12:00") == "en"


def test_short_english_reports_are_english_whatever_came_before():
    # A headline and a sentence or two carry fewer of the commonest words than long prose does.
    reports = [
        "An Australian climber who survived two nights stuck on Mount Cook after seeing his brother die also narrowly"
        " escaped being buried alive himself.",
        "The BBC says little-known actor Matt Smith will take over the title role in the long-running sci-fi series"
        ' "Doctor Who."',
    ]
    french = "Les forces du régime ont pris des dizaines de villes dans le nord-ouest de la Syrie."
    first = [detect_language(report) for report in reports]
    # The same answers before and after a report in another language, and when asked again.
    after_french = [detect_language(report) for report in [french, *reports, french]]
    assert first == ["en", "en"] and after_french == ["fr", "en", "en", "fr"]
    assert [detect_language(report) for report in reports] == first


def test_letter_runs_of_ascii_text_are_those_of_the_unicode_class():
    text = "".join(f"{chr(code)}ab{code}" for code in range(128)).lower() + " x_y 3rd"
    assert letter_runs(text) == _WORD.findall(text)
    assert letter_runs("le séisme, 7,1") == ["le", "séisme"]


@pytest.mark.parametrize(
    "headline",
    [
        "Ellen DeGeneres To Host 86th Oscars",
        "Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab",
        "Esther Williams Dead: Technicolor Star Dies At Age 91",
        "Obama wins Nobel Peace Prize",
        "Chelsea sacks Mourinho",
    ],
)
def test_english_headlines_of_names_and_capitals_are_english(headline):
    # Few common words to tell by: the model alone names Bikol, Pidgin or Latin for these.
    assert detect_language(headline) == "en"


@pytest.mark.parametrize(
    ("headline", "code"),
    [
        ("Poutine limoge son ministre de la Défense", "fr"),
        ("Erdbeben erschüttert Mittelitalien", "de"),
        ("Sarkozy rencontre Merkel à Berlin", "fr"),
    ],
)
def test_short_headlines_in_other_languages_keep_their_language(headline, code):
    assert detect_language(headline) == code
