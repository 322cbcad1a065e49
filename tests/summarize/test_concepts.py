import itertools
import random
from pathlib import Path

import pytest

from synopsis.model import Article, Budget, Document, Sentence
from synopsis.summarize.base import Corpus, cost
from synopsis.summarize.concepts import ConceptCoverage, concept_weights, concepts, greedy, select

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "idlib"


def corpus_of(texts_by_doc: list[list[str]], groups: list[int] | None = None) -> Corpus:
    documents, sentences = [], []
    for d, texts in enumerate(texts_by_doc):
        own = []
        text = " ".join(texts)
        start = 0
        for index, t in enumerate(texts):
            own.append(Sentence(f"d{d}", start, start + len(t), t, index))
            start += len(t) + 1
        documents.append(Document(Article(f"d{d}", text), tuple(own)))
        sentences.extend(own)
    groups = groups if groups is not None else list(range(len(sentences)))
    return Corpus(tuple(documents), tuple(sentences), tuple(groups), tuple(1 for _ in sentences))


def covered_weight(chosen, weights, units) -> float:
    return sum(weights[c] for c in {c for i in chosen for c in units[i]} if c in weights)


def test_concepts_are_stemmed_bigrams_without_stopword_pairs():
    found = concepts("The rebels were shelling the towns of it")
    assert found == ("the rebel", "rebel were", "were shell", "shell the", "the town", "town of")


def test_ilp_finds_the_optimum_greedy_misses():
    weights = {"a": 3.0, "b": 3.0, "c": 4.0}
    units = [("c",), ("a", "b")]
    costs = [2, 4]
    assert greedy(weights, units, costs, [0, 1], 4, [0, 1]) == [0]
    assert select(weights, units, costs, [0, 1], 4) == [1]


def test_ilp_matches_brute_force_on_random_instances():
    rng = random.Random(7)
    for _ in range(30):
        names = [f"c{k}" for k in range(8)]
        weights = {c: float(rng.randint(1, 5)) for c in names}
        units = [tuple(rng.sample(names, rng.randint(1, 4))) for _ in range(7)]
        costs = [rng.randint(2, 9) for _ in units]
        groups = [rng.randint(0, 4) for _ in units]
        limit = rng.randint(5, 20)
        prior = [rng.choice([0.0, 0.5, 1.5]) for _ in units]

        def value(subset):
            return covered_weight(subset, weights, units) + sum(prior[i] for i in subset)

        best = 0.0
        for r in range(len(units) + 1):
            for subset in itertools.combinations(range(len(units)), r):
                if sum(costs[i] for i in subset) <= limit and len({groups[i] for i in subset}) == len(subset):
                    best = max(best, value(subset))
        chosen = select(weights, units, costs, groups, limit, prior=prior)
        assert sum(costs[i] for i in chosen) <= limit
        assert len({groups[i] for i in chosen}) == len(chosen)
        assert value(chosen) == pytest.approx(best)


def test_a_concept_counts_once_so_repeats_are_not_chosen():
    shared = "Rebels shelled the town of Maarat al-Numan on Monday morning"
    corpus = corpus_of([[shared + "."], [shared + " again."], [shared + " too."], ["Aid workers fled north to the border camps overnight."]])
    chosen = ConceptCoverage(min_support=1, min_words=3)(corpus, Budget(words=25))
    assert len(chosen) == 2
    assert {corpus.sentences[i].doc for i in chosen} >= {"d3"}


def test_weights_count_reports_and_prune_rare_concepts():
    corpus = corpus_of([["Rebels shelled the town."], ["Rebels shelled the city."], ["Rebels shelled a village."]])
    units = [concepts(s.text) for s in corpus.sentences]
    weights = concept_weights(corpus, units, min_support=3, position_bonus=0.0)
    assert weights == {"rebel shell": 3.0}


def test_questions_and_quotes_are_not_candidates():
    corpus = corpus_of(
        [
            ["Will the rebels shell the town of Maarat again this week?", '"The rebels shelled the town of Maarat," he said.'],
            ["The rebels shelled the town of Maarat on Monday, residents said."],
            ["The rebels shelled the town of Maarat, killing five people."],
        ]
    )
    chosen = ConceptCoverage(min_words=3)(corpus, Budget(words=40))
    assert chosen and all(corpus.sentences[i].doc != "d0" for i in chosen)


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    from synopsis.io.readers import read_articles
    from synopsis.text import prepare

    documents = [prepare(a) for a in read_articles([EXAMPLES])]
    sentences = tuple(s for d in documents for s in d.sentences)
    # Pair sentences into groups so the one-per-group rule has something to refuse.
    groups = tuple(i // 2 for i in range(len(sentences)))
    return Corpus(tuple(documents), sentences, groups, tuple(1 for _ in sentences))


@pytest.mark.parametrize("budget", [Budget(words=100), Budget(words=40), Budget(chars=500), Budget(sentences=3)])
def test_seeds_within_budget_one_per_group_and_deterministic(seeds, budget):
    algorithm = ConceptCoverage()
    chosen = algorithm(seeds, budget)
    assert chosen, "the seeds share concepts: something must be chosen"
    assert chosen == algorithm(seeds, budget)
    assert len(set(chosen)) == len(chosen)
    assert len({seeds.groups[i] for i in chosen}) == len(chosen)
    limit = budget.words or budget.chars or budget.sentences
    assert sum(cost(seeds.sentences[i].text, budget) for i in chosen) <= limit


def test_nothing_to_choose_when_nothing_fits(seeds):
    assert ConceptCoverage()(seeds, Budget(words=3)) == []
    assert ConceptCoverage()(corpus_of([[]]), Budget(words=100)) == []


def test_shipped_model_prefers_concepts_many_reports_give_early():
    from synopsis.summarize.concepts import Occurrences, features, trained_model

    model = trained_model()
    wide = model.probability(features("rebel shell", Occurrences(support=8, count=12, first=0, early=5.0, lead=4), 10, frozenset()))
    rare = model.probability(features("rebel shell", Occurrences(support=2, count=2, first=14, early=0.1, lead=0), 10, frozenset()))
    assert 0.0 < rare < wide < 1.0


def test_support_weighting_respects_the_budget_on_seeds(seeds):
    chosen = ConceptCoverage(weighting="support", min_support=3)(seeds, Budget(words=60))
    assert chosen
    assert sum(cost(seeds.sentences[i].text, Budget(words=60)) for i in chosen) <= 60


def test_unigram_concepts_are_content_stems():
    from synopsis.summarize.concepts import unigrams

    assert unigrams("The rebels were shelling the towns") == ("rebel", "shell", "town")


def test_content_words_count_only_with_learned_weights(seeds):
    with_words = ConceptCoverage(unigram_weight=0.4)(seeds, Budget(words=60))
    bigrams_only = ConceptCoverage(unigram_weight=0.0)(seeds, Budget(words=60))
    assert with_words and bigrams_only
    for chosen in (with_words, bigrams_only):
        assert sum(cost(seeds.sentences[i].text, Budget(words=60)) for i in chosen) <= 60


def test_quotes_and_short_sentences_stand_in_when_nothing_else_can():
    corpus = corpus_of([['"Rebels shelled the town," he said.'], ['"Rebels shelled the town," she said.']])
    assert len(ConceptCoverage()(corpus, Budget(words=8))) == 1
