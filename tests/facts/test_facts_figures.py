from synopsis.facts.dates import report_dates
from synopsis.facts.figures import figures

from facts_builders import documents


def example_figures(example_documents):
    return figures(example_documents, report_dates(example_documents))


def find(found, doc_prefix, text):
    return next(f for f in found if f.doc.startswith(doc_prefix) and f.text.startswith(text))


def test_a_figure_knows_what_it_counts_the_action_window_and_reporter(example_documents):
    towns = find(example_figures(example_documents), "000", "29 towns")
    assert towns.amount.value == 29
    assert towns.counted == "towns and villages" and towns.action == "seized"
    assert towns.window.text == "since Thursday" and str(towns.window.start) == "2019-12-19"
    assert "Observatory" in towns.reporter
    text = example_documents[0].article.text
    assert text[towns.span.start : towns.span.end] == "29 towns and villages"


def test_number_words_vague_amounts_and_qualifiers(example_documents):
    found = example_figures(example_documents)
    nine = find(found, "000", "nine civilians")
    assert nine.amount.value == 9 and nine.action == "killed" and nine.group == "civilians"
    fled = find(found, "000", "more than 30,000")
    assert fled.amount.qualifier == "more than" and fled.action == "fled"
    assert fled.window.text == "in recent days" and fled.place == "southern Idlib"
    tens = find(found, "001", "tens of thousands")
    assert tens.amount.vague and tens.action == "fled"  # "forced ... to flee"
    assert find(found, "003", "over 3.6 million").amount.value == 3_600_000


def test_groups_readers_compare(example_documents):
    found = example_figures(example_documents)
    assert find(found, "000", "110 jihadists").group == find(found, "001", "103 militants").group
    assert find(found, "003", "77 regime forces").group == find(found, "001", "71 regime").group
    # parts listed side by side are distinct groups
    assert find(found, "004", "42 jihadists").group != find(found, "004", "nine rebels").group


def test_ages_durations_dates_and_ordinals_are_not_counts(example_documents):
    texts = {f.text for f in example_figures(example_documents)}
    for not_a_count in ("29-year-old", "Four days", "2011", "eighth", "16", "24", "60", "five"):
        assert not any(t.split()[0] == not_a_count for t in texts), not_a_count


def test_sentences_without_numbers_give_no_figures():
    docs = documents("The minister spoke to reporters. Nobody was hurt, officials said.")
    assert figures(docs, report_dates(docs)) == []


def test_numbers_in_tables_and_lists_do_not_break_extraction():
    docs = documents(
        "Results by district:\n\n| district | dead | injured |\n|---|---|---|\n| North | 12 | 40 |\n\n"
        "- 3.\n- 2019\n- 4,5,6\n\nFloods killed 12 people in the north, officials said."
    )
    found = figures(docs, report_dates(docs))
    assert any(f.amount.value == 12 and f.action == "killed" for f in found)
