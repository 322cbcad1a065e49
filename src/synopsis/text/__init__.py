"""Text: from an article's original text to the sentences of the story, as spans.

`prepare` cleans (see `clean`), splits each kept paragraph into sentences (see
`sentences`) and tells the language; `tokens` gives every stage its words.
"""

from __future__ import annotations

import dataclasses

from synopsis.model import Article, Document, Sentence


def with_language(article: Article) -> Article:
    """The article with its language told from its text, unless it already has one."""
    from synopsis.text.language import detect_language

    if article.language is not None:
        return article
    return dataclasses.replace(article, language=detect_language(article.text))


def prepare(article: Article) -> Document:
    """The article's kept sentences, each a view into ``article.text``."""
    article = with_language(article)
    sentences = []
    for number, spans in enumerate(_story_paragraphs(article.text)):
        for start, end in spans:
            text = article.text[start:end]
            sentences.append(Sentence(article.id, start, end, text, index=len(sentences), paragraph=number))
    return Document(article=article, sentences=tuple(sentences))


def _story_paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Sentence spans of each kept paragraph that still has a sentence once fragments are left out."""
    from synopsis.text.clean import ends_like_a_sentence, paragraphs
    from synopsis.text.sentences import split

    kept = []
    for paragraph in paragraphs(text):
        # A run of words with no final mark is a title, a caption or a list item, not a sentence.
        spans = [(s, e) for s, e in split(text, paragraph.start, paragraph.end) if ends_like_a_sentence(text[s:e])]
        if spans:
            kept.append(spans)
    return kept
