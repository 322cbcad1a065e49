"""Text: from an article's original text to the sentences of the story, as spans.

`prepare` cleans (see `clean`), splits each kept paragraph into sentences (see
`sentences`) and tells the language; `tokens` gives every stage its words.
"""

from __future__ import annotations

import dataclasses

from synopsis.model import Article, Document, Sentence


def prepare(article: Article) -> Document:
    """The article's kept sentences, each a view into ``article.text``."""
    from synopsis.text.clean import paragraphs
    from synopsis.text.language import detect_language
    from synopsis.text.sentences import split

    if article.language is None:
        article = dataclasses.replace(article, language=detect_language(article.text))
    sentences = []
    for number, paragraph in enumerate(paragraphs(article.text)):
        for start, end in split(article.text, paragraph.start, paragraph.end):
            sentences.append(
                Sentence(
                    doc=article.id,
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    index=len(sentences),
                    paragraph=number,
                )
            )
    return Document(article=article, sentences=tuple(sentences))
