import datetime as dt
import random

import pytest

from synopsis.errors import SynopsisError
from synopsis.model import Budget
from synopsis.similarity.duplicates import mark_duplicates
from synopsis.similarity.units import content_units
from synopsis.summarize import METHODS, attribute, summarize
from synopsis.summarize.base import capacity, cost

BUDGETS = [Budget(words=100), Budget(words=35), Budget(chars=400), Budget(sentences=3), Budget()]


def check_invariants(summary, documents, budget):
    """What every method's summary must satisfy, whatever the algorithm chose."""
    articles = {d.id: d.article for d in documents}
    units = content_units(documents)
    where = {s.span: i for i, s in enumerate(units.sentences)}
    assert sum(cost(s.text, budget) for s in summary) <= capacity(budget)
    shown = []
    for sentence in summary:
        first = sentence.sources[0]
        # The shown words are the cited words.
        assert " ".join(articles[first.doc].text[first.start : first.end].split()) == sentence.text
        assert all(span in where for span in sentence.sources), "every source is a kept sentence"
        assert len({span.doc for span in sentence.sources}) == len(sentence.sources), "one span a report"
        assert all(units.groups[where[span]] == units.groups[where[first]] for span in sentence.sources)
        assert all(articles[s.doc] is not None for s in sentence.sources)
        shown.append(where[first])
    groups = [units.groups[i] for i in shown]
    assert len(groups) == len(set(groups)), "one sentence a content unit"
    for a in shown:
        for b in shown:
            assert a == b or not units.say_the_same(a, b)
    originals = {d.id for d in documents if d.duplicate_of is None}
    assert all(s.sources[0].doc in originals for s in summary), "shown wording from an original report"


@pytest.mark.parametrize("method", sorted(METHODS))
@pytest.mark.parametrize("budget", BUDGETS, ids=str)
def test_invariants_on_the_seeds(seeds, method, budget):
    summary = summarize(seeds, budget, method)
    assert summary
    check_invariants(summary, seeds, budget)
    assert summarize(seeds, budget, method) == summary, "deterministic"


def random_corpus(rng: random.Random, pool: list[str], report, renamed):
    reports = []
    for r in range(rng.randint(1, 5)):
        reports.append(report(f"r{r}", rng.sample(pool, rng.randint(1, 8))))
    if rng.random() < 0.3:
        copy = reports[0]
        reports.append(renamed(copy, "copy"))
    return mark_duplicates(reports)


@pytest.mark.parametrize("method", sorted(METHODS))
@pytest.mark.parametrize("seed", range(10))
def test_invariants_on_random_corpora(seeds, method, seed, report, renamed):
    rng = random.Random(seed)
    pool = [s.text for d in seeds for s in d.sentences]
    documents = random_corpus(rng, pool, report, renamed)
    budget = rng.choice([Budget(words=rng.randint(5, 120)), Budget(chars=rng.randint(30, 700)), Budget(sentences=rng.randint(1, 5))])
    summary = summarize(documents, budget, method)
    check_invariants(summary, documents, budget)
    assert summarize(documents, budget, method) == summary


@pytest.mark.parametrize("method", sorted(METHODS))
def test_a_single_report(seeds, method):
    summary = summarize(seeds[:1], Budget(words=60), method)
    assert summary and all(s.support == 1 for s in summary)
    check_invariants(summary, seeds[:1], Budget(words=60))


@pytest.mark.parametrize("method", sorted(METHODS))
def test_identical_reports_are_told_once_and_both_cited(seeds, method, renamed):
    copy = renamed(seeds[1], "copy")
    documents = mark_duplicates([seeds[1], copy])
    summary = summarize(documents, Budget(words=80), method)
    assert summary
    assert all({s.doc for s in sentence.sources} == {seeds[1].id, "copy"} for sentence in summary)
    assert all(sentence.sources[0].doc == seeds[1].id for sentence in summary)


@pytest.mark.parametrize("method", sorted(METHODS))
def test_a_report_with_one_sentence(method, report):
    documents = [report("only", ["Regime forces have seized dozens of towns and villages in northwest Syria."])]
    summary = summarize(documents, Budget(words=100), method)
    assert [s.text for s in summary] == [documents[0].sentences[0].text]


@pytest.mark.parametrize("method", sorted(METHODS))
def test_a_budget_smaller_than_any_sentence_gives_an_empty_summary(seeds, method):
    # The budget is a hard limit: no sentence is cut and none overruns it.
    assert summarize(seeds, Budget(words=3), method) == []


def test_reports_without_sentences_give_an_empty_summary(report):
    assert summarize([report("empty", [])], Budget(words=50)) == []
    assert summarize([], Budget(words=50)) == []


def test_unknown_method_names_the_known_ones(seeds):
    with pytest.raises(SynopsisError, match="unknown method 'best'.*lexrank"):
        summarize(seeds, Budget(words=50), "best")


def test_sources_leave_out_reports_whose_figures_differ(seeds):
    units = content_units(seeds)
    members = units.members()
    i = next(k for k, s in enumerate(units.sentences) if s.doc.startswith("000") and "a total of 29" in s.text)
    cited = {span.doc[:3] for span in attribute(i, units, members).sources}
    # 001 and 002 say 25 towns, 003 says 29 like 000.
    assert cited == {"000", "003"}
    told = {units.sentences[j].doc[:3] for j in members[units.groups[i]]}
    assert told == {"000", "001", "002", "003"}


def test_sources_cite_each_other_report_once_with_its_closest_wording(seeds):
    units = content_units(seeds)
    members = units.members()
    i = next(k for k, s in enumerate(units.sentences) if s.doc.startswith("000") and s.text.startswith("The UN has called"))
    sentence = attribute(i, units, members)
    assert [span.doc[:3] for span in sentence.sources] == ["000", "001", "002", "003"]
    assert sentence.support == 4


def test_summary_tells_the_earlier_report_first(report):
    earlier = report("earlier", ["Clashes in Idlib killed more than 80 fighters on both sides, a war monitor said Friday."], dt.date(2019, 12, 20))
    later = report("later", ["Regime forces seized dozens of towns and villages in northwest Syria, the monitor said Sunday."], dt.date(2019, 12, 22))
    for documents in ([earlier, later], [later, earlier]):
        summary = summarize(documents, Budget(sentences=2), "lead")
        assert [s.sources[0].doc for s in summary] == ["earlier", "later"]


class Everything:
    """A careless algorithm: every index twice, some out of range, in any order."""

    name = "everything"

    def __call__(self, corpus, budget):
        n = len(corpus.sentences)
        return [-1, n, "3", *reversed(range(n)), *range(n)]


@pytest.mark.parametrize("budget", BUDGETS, ids=str)
def test_invariants_hold_whatever_the_algorithm_returns(seeds, budget, monkeypatch):
    monkeypatch.setitem(METHODS, "everything", f"{__name__}:Everything")
    summary = summarize(seeds, budget, "everything")
    assert summary
    check_invariants(summary, seeds, budget)
