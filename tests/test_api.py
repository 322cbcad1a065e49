"""The public API composes the stages: read, brief, cluster, digest."""

from pathlib import Path

import pytest

import synopsis
from synopsis.errors import NoArticlesError
from synopsis.model import Article

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "idlib"


@pytest.fixture(scope="module")
def articles():
    return synopsis.read(EXAMPLE)


def test_brief_cites_spans_that_hold_its_sentences(articles):
    result = synopsis.brief(articles, words=60, facts=False)
    texts = {a.id: a.text for a in articles}
    assert result.summary
    assert sum(len(s.text.split()) for s in result.summary) <= 60
    for sentence in result.summary:
        first = sentence.sources[0]
        assert " ".join(texts[first.doc][first.start:first.end].split()) == " ".join(sentence.text.split())


def test_brief_with_facts_finds_the_towns_conflict(articles):
    result = synopsis.brief(articles, words=60)
    conflicts = [f for f in result.facts.facts if f.verdict == "conflict"]
    values = {v.value for f in conflicts for v in f.values}
    assert {29, 25} <= values


def test_cluster_puts_one_story_in_one_event(articles):
    events = synopsis.cluster(articles)
    assert sorted(i for e in events for i in e.article_ids) == sorted(a.id for a in articles)
    assert len(events) == 1


def test_digest_gives_one_brief_per_event(articles):
    briefs = synopsis.digest(articles, words=30)
    assert len(briefs) == 1 and briefs[0].brief.summary


def test_digest_tells_each_untitled_reports_language_once(articles, monkeypatch):
    import synopsis.text.language as language

    told = []

    def counted(text, tokens=None):
        told.append(text)
        return detect(text, tokens)

    detect = language.detect_language
    french = Article(id="fr1", text="Les forces du régime ont pris des dizaines de villes dans le nord-ouest de la Syrie.")
    monkeypatch.setattr(language, "detect_language", counted)
    briefs = synopsis.digest([*articles, french], words=30, facts=False)
    # The clusterer and the briefs share one answer a report, and the briefs are of reports told.
    assert sorted(told) == sorted(a.text for a in [*articles, french])
    assert {a.id: a.language for entry in briefs for a in entry.articles} == {**{a.id: "en" for a in articles}, "fr1": "fr"}


def test_no_articles_is_an_error():
    with pytest.raises(NoArticlesError):
        synopsis.brief([])


def test_a_character_budget_is_kept(articles):
    result = synopsis.brief(articles, chars=200, facts=False)
    assert 0 < sum(len(s.text) for s in result.summary) <= 200


def test_two_budgets_at_once_are_refused(articles):
    with pytest.raises(ValueError):
        synopsis.brief(articles, words=50, sentences=2)
