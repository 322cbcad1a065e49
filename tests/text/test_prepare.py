import datetime as dt

from synopsis.model import Article
from synopsis.text import prepare


def test_prepare_fills_the_language_and_keeps_the_rest_of_the_article():
    article = Article(id="a", text="Le régime a repris la ville. Les habitants ont fui vers le nord.", date=dt.date(2019, 12, 22))
    document = prepare(article)
    assert document.article.language == "fr"
    assert document.article.date == article.date
    assert [s.text for s in document.sentences] == ["Le régime a repris la ville.", "Les habitants ont fui vers le nord."]


def test_prepare_keeps_a_language_already_known():
    document = prepare(Article(id="a", text="Plain text here.", language="de"))
    assert document.article.language == "de"


def test_paragraph_numbers_count_kept_paragraphs():
    text = "A caption with no full stop\n\nFirst paragraph. It has two sentences.\n\n- Divider -\n\nSecond paragraph."
    document = prepare(Article(id="a", text=text))
    assert [(s.paragraph, s.index, s.text) for s in document.sentences] == [
        (0, 0, "First paragraph."),
        (0, 1, "It has two sentences."),
        (1, 2, "Second paragraph."),
    ]


def test_any_text_gives_exact_spans_and_never_fails():
    import random

    pieces = ['"', "``", "''", "“", "”", ".", "?", "!", "\n", "\n\n", "  ", "<P>", "U.S.", "Mr.", "5 p.m.", "- AFP",
              "BEIRUT (Reuters) - ", "Hun Sen", "it", "said", "The", "war", "।", "؟", "Σεισμός", "2019-12-23", "(AP)"]
    generator = random.Random(7)
    for case in range(300):
        text = "".join(generator.choice(pieces) + generator.choice(["", " "]) for _ in range(generator.randint(0, 60)))
        document = prepare(Article(id=str(case), text=text))
        ends = [0]
        for number, sentence in enumerate(document.sentences):
            assert sentence.text == text[sentence.start : sentence.end] == sentence.text.strip() != ""
            assert sentence.index == number and sentence.start >= ends[-1]
            ends.append(sentence.end)
