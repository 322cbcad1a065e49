"""Benchmark output follows the DUC convention: whole sentences, then one cut at the word limit."""

from pathlib import Path

import pytest

from synopsis.evaluate.oracle import oracle_benchmark_summary, oracle_summary
from synopsis.model import Budget
from synopsis.summarize import benchmark_summary, summarize

IDLIB = Path(__file__).resolve().parents[2] / "examples" / "idlib"
METHODS = ("default", "lead", "centroid", "lexrank")


@pytest.fixture(scope="module")
def idlib():
    from synopsis.api import prepare, read

    return prepare(read(IDLIB))


def words(texts):
    return sum(len(t.split()) for t in texts)


def sentence_texts(documents):
    return [" ".join(s.text.split()) for d in documents if d.duplicate_of is None for s in d.sentences]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("limit", [40, 100])
def test_the_whole_sentences_of_the_brief_then_one_cut_at_the_limit(idlib, method, limit):
    whole = [s.text for s in summarize(idlib, Budget(words=limit), method)]
    texts = benchmark_summary(idlib, Budget(words=limit), method, narrow=False)
    assert words(texts) == limit
    if words(whole) == limit:
        assert texts == whole
        return
    assert texts[:-1] == whole
    tail = texts[-1].split()
    assert tail and any(s.split()[: len(tail)] == tail for s in sentence_texts(idlib) if s not in whole)


@pytest.mark.parametrize("method", METHODS)
def test_whole_sentences_only_is_the_brief(idlib, method):
    budget = Budget(words=60)
    assert benchmark_summary(idlib, budget, method, whole_sentences=True) == [s.text for s in summarize(idlib, budget, method)]


def test_lead_fills_the_limit_with_the_first_sentence_it_passed_over(idlib):
    # Round robin: the first sentences of the reports come first, but the first report's does not fit in 20 words.
    whole = [s.text for s in summarize(idlib, Budget(words=20), "lead")]
    first = " ".join(idlib[0].sentences[0].text.split())
    assert words([first]) > 20 and first not in whole
    texts = benchmark_summary(idlib, Budget(words=20), "lead")
    assert texts == whole + [" ".join(first.split()[: 20 - words(whole)])]


def test_budgets_not_in_words_keep_whole_sentences(idlib):
    for budget in (Budget(sentences=2), Budget(chars=300)):
        assert benchmark_summary(idlib, budget) == [s.text for s in summarize(idlib, budget)]


def test_oracle_also_ends_with_a_sentence_cut_at_the_limit(idlib):
    references = ["Government forces seized towns in Idlib and thousands of civilians fled toward the Turkish border."]
    budget = Budget(words=50)
    whole = [" ".join(s.text.split()) for s in oracle_summary(idlib, references, budget)]
    texts = oracle_benchmark_summary(idlib, references, budget)
    assert texts[:-1] == whole and words(whole) < 50 and words(texts) == 50
    assert oracle_benchmark_summary(idlib, references, budget, whole_sentences=True) == whole
