import dataclasses

from synopsis.facts.grounding import check_grounding
from synopsis.model import Brief, Span, SummarySentence


def brief_of(documents, sentence_text, *sources):
    return Brief(documents=tuple(documents), summary=(SummarySentence(sentence_text, tuple(sources)),))


def span_of(document, words):
    start = document.article.text.index(words)
    return Span(document.id, start, start + len(words))


def test_a_sentence_saying_what_its_source_says_is_grounded(example_documents):
    source = example_documents[0]
    words = "seizing a total of 29 towns and villages from their control, according to the Britain-based Observatory."
    brief = brief_of(example_documents, "Regime loyalists seized 29 towns and villages, the Observatory said.", span_of(source, words))
    assert check_grounding(brief) == []


def test_numbers_dates_and_names_not_in_the_sources_are_violations(example_documents):
    source = example_documents[0]
    span = span_of(source, "Four days of fighting has killed 110 jihadists and rebels")
    brief = brief_of(example_documents, "Five days of fighting killed 110 rebels on Tuesday, Vladimir Putin said.", span)
    kinds = {(v.kind, v.text) for v in check_grounding(brief)}
    assert ("number", "Five") in kinds and ("date", "Tuesday") in kinds and ("name", "Vladimir Putin") in kinds
    assert not any(text == "110" for _, text in kinds)


def test_number_words_match_digits(example_documents):
    source = example_documents[0]
    span = span_of(source, "killing nine civilians")
    assert check_grounding(brief_of(example_documents, "Strikes killed 9 civilians.", span)) == []


def test_a_sentence_citing_nothing_or_an_unknown_report(example_documents):
    assert check_grounding(brief_of(example_documents, "Something happened."))[0].kind == "source"
    unknown = Span("no-such-report", 0, 10)
    assert check_grounding(brief_of(example_documents, "Something happened.", unknown))[0].kind == "source"


def test_the_example_brief_is_grounded(example_documents):
    from synopsis import api

    brief = api.brief(example_documents, 120, facts=False)
    assert check_grounding(brief) == []
    broken = dataclasses.replace(brief.summary[0], text=brief.summary[0].text + " It cost 4,242 lives.")
    violations = check_grounding(dataclasses.replace(brief, summary=(broken,)))
    assert [(v.kind, v.text) for v in violations] == [("number", "4,242")]
