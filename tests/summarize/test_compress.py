"""Benchmark output may narrow chosen sentences to their news spans and fill the freed words."""

import pytest

from synopsis.model import Budget
from synopsis.summarize import benchmark_summary, narrowed_and_refilled, select, summarizer
from synopsis.summarize.compress import narrowed


def words(texts):
    return sum(len(t.split()) for t in texts)


@pytest.mark.parametrize(
    "sentence, news",
    [
        (
            "Meanwhile, regime forces seized dozens of towns in the northwest, a war monitor said Sunday.",
            "regime forces seized dozens of towns in the northwest",
        ),
        (
            "On Tuesday, rescuers pulled four more survivors from the rubble of the school.",
            "rescuers pulled four more survivors from the rubble of the school.",
        ),
        (
            "The storm flooded 40 villages along the coast, according to the provincial governor.",
            "The storm flooded 40 villages along the coast",
        ),
        (
            "But the ministry denied that any prisoners had been released overnight.",
            "the ministry denied that any prisoners had been released overnight.",
        ),
    ],
)
def test_a_narrowed_sentence_is_still_a_span_of_its_report(report, sentence, news):
    document = report("a", ["A first sentence of the report stands here.", sentence])
    shorter = narrowed(document.sentences[1])
    assert shorter.text == news
    assert document.article.text[shorter.start : shorter.end] == news
    assert (shorter.doc, shorter.index) == ("a", 1)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Nowhere is safe, we will die either way," said Abu Akram.',  # the attribution names the speaker
        "But it was over, officials said.",  # what is left is too short to stand
        "Rescuers pulled four more survivors from the rubble of the school.",
    ],
)
def test_a_sentence_with_nothing_to_leave_out_stays_whole(report, sentence):
    document = report("a", [sentence])
    assert narrowed(document.sentences[0]) == document.sentences[0]


@pytest.mark.parametrize("limit", [60, 100])
def test_narrowed_benchmark_summaries_fill_the_limit_with_spans_of_the_reports(seeds, limit):
    texts = benchmark_summary(seeds, Budget(words=limit))
    whole = benchmark_summary(seeds, Budget(words=limit), narrow=False)
    assert words(texts) == limit and texts != whole
    spans = [" ".join(s.text.split()) for d in seeds for s in d.sentences]
    # Every line but the cut one is a contiguous piece of a report's sentence, never one rewritten.
    assert all(any(t in s for s in spans) for t in texts)


def test_the_refill_keeps_every_invariant_of_the_selection(seeds):
    budget = Budget(words=100)
    selection = select(seeds, budget, summarizer("default"))
    refilled = narrowed_and_refilled(selection)
    assert refilled.chosen[: len(selection.chosen)] == selection.chosen
    assert words(refilled.corpus.sentences[i].text for i in refilled.chosen) <= 100
    groups = [refilled.corpus.groups[i] for i in refilled.chosen]
    assert len(groups) == len(set(groups))
    for i in refilled.chosen:
        shorter, whole = refilled.corpus.sentences[i], selection.corpus.sentences[i]
        assert whole.start <= shorter.start <= shorter.end <= whole.end
        assert shorter.text == whole.text[shorter.start - whole.start : shorter.end - whole.start]


@pytest.mark.parametrize("method", ["lead", "centroid", "lexrank"])
def test_other_methods_are_not_narrowed(seeds, method):
    budget = Budget(words=100)
    assert benchmark_summary(seeds, budget, method, narrow=True) == benchmark_summary(seeds, budget, method)
