import re

from synopsis.text.tokens import STOPWORDS, content_stems, stem, words


def test_words_are_lower_cased_runs_of_letters_and_digits():
    assert words("Maaret al-Numan's 3.6 million, U.S.") == ["maaret", "al", "numan", "s", "3", "6", "million", "u", "s"]


def test_ascii_words_are_the_runs_a_regular_expression_finds():
    # Every ASCII character, among letters and digits: each but a-z, A-Z and 0-9 parts words.
    text = "".join(f"{chr(code)}Ab{code}" for code in range(128)) + " x_y  \x1c\x1dz\t\n"
    assert words(text) == re.findall(r"[a-z0-9]+", text.lower())
    assert words("") == [] and words(" .,; ") == []


def test_words_of_other_scripts():
    assert words("Σεισμός στη Σουμάτρα") == ["σεισμός", "στη", "σουμάτρα"]
    assert words("قال المرصد") == ["قال", "المرصد"]
    assert words("हिन्दी भाषा में सुनामी") == ["हिन्दी", "भाषा", "में", "सुनामी"]
    assert words("Maaret al-Numan, “Idlib” été") == ["maaret", "al", "numan", "idlib", "été"]


def test_porter_stems():
    assert [stem(w) for w in ["fleeing", "bombardment", "civilians", "killed", "displaced"]] == [
        "flee",
        "bombard",
        "civilian",
        "kill",
        "displac",
    ]


def test_stopwords_are_rouges_smart_list():
    assert {"the", "of", "and", "said", "would"} <= STOPWORDS
    assert not {"syria", "civilians", "killed", "million"} & STOPWORDS
    assert 550 < len(STOPWORDS) < 600


def test_content_stems_leave_out_stopwords():
    assert content_stems("The fighters were fleeing the bombardments in the region.") == [
        "fighter",
        "flee",
        "bombard",
        "region",
    ]
