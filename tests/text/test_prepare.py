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
