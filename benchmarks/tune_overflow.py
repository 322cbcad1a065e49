"""Would one sentence past the word budget raise ROUGE? Measured on development data only.

    python benchmarks/tune_overflow.py /work/data/duc2003

ROUGE-1.5.5 with `-l 100` keeps a summary's first 100 words, so a DUC system
may end with a sentence that runs past the budget and let the scorer cut it
(summaries of whole sentences within budget average a word or two short).
This compares, with the concept coverage summarizer cross-validated as in
tune_concepts.py, the summary within budget against the same summary followed
by the one sentence whose words up to the budget add the most concept weight
not yet covered ("overflow"), or the most per word ("overflow dense"). Briefs
keep whole sentences within budget whatever this shows; only benchmark output
for a truncating scorer could use it.

On DUC 2003 the overflow sentence adds about 0.35 R-1 and 0.1 R-2.
"""

from __future__ import annotations


from tune_concepts import arguments, fit, load, print_scores

from synopsis.model import Budget
from synopsis.summarize import guarded
from synopsis.summarize.base import capacity, cost
from synopsis.summarize.concepts import ConceptCoverage, concepts, is_candidate, learned_weights, unigrams


def weighted(text: str) -> set[str]:
    return set(concepts(text) + unigrams(text))


def overflow(story, algorithm: ConceptCoverage, chosen: list[int], budget: Budget) -> dict[str, int]:
    """The sentence each overflow rule adds: a candidate of a new unit that repeats no chosen sentence."""
    corpus = story.corpus
    weights = algorithm.weights(corpus, [concepts(s.text) for s in corpus.sentences])
    words_of = [unigrams(s.text) for s in corpus.sentences]
    content = learned_weights(corpus, words_of, algorithm.unigram_model, algorithm.min_support, algorithm.min_probability)
    weights.update({c: algorithm.unigram_weight * w for c, w in content.items()})
    covered = set().union(*(weighted(corpus.sentences[i].text) for i in chosen))
    used = {corpus.groups[i] for i in chosen}
    left = capacity(budget) - sum(cost(corpus.sentences[i].text, budget) for i in chosen)
    best: dict[str, tuple[float, int]] = {}
    for i, sentence in enumerate(corpus.sentences):
        if left <= 0 or corpus.groups[i] in used or not is_candidate(sentence, algorithm.min_words, algorithm.quotes):
            continue
        if any(story.units.say_the_same(story.position[i], story.position[j]) for j in chosen):
            continue
        kept = " ".join(sentence.text.split()[:left])  # what the scorer keeps of it
        gains = {
            "overflow": sum(weights.get(c, 0.0) for c in weighted(kept) - covered),
            "overflow dense": sum(weights.get(c, 0.0) for c in weighted(sentence.text) - covered) / cost(sentence.text, budget),
        }
        for name, gain in gains.items():
            if name not in best or gain > best[name][0]:
                best[name] = (gain, i)
    return {name: i for name, (_, i) in best.items()}


def main() -> int:
    args = arguments(__doc__.splitlines()[0]).parse_args()

    budget = Budget(words=args.words)
    stories = load(args.data, args.language)
    systems: dict[str, dict[str, str]] = {"within budget": {}, "overflow": {}, "overflow dense": {}}
    for k in range(args.folds):
        training = [s for i, s in enumerate(stories) if i % args.folds != k]
        algorithm = ConceptCoverage(model=fit(training, 2, "bigram"), unigram_model=fit(training, 2, "unigram"))
        for story in stories[k :: args.folds]:
            chosen = guarded(algorithm(story.corpus, budget), story.corpus, story.units, story.position, budget)
            texts = [story.corpus.sentences[i].text for i in chosen]
            systems["within budget"][story.id] = "\n".join(texts)
            extra = overflow(story, algorithm, chosen, budget)
            for name in ("overflow", "overflow dense"):
                more = [story.corpus.sentences[extra[name]].text] if name in extra else []
                systems[name][story.id] = "\n".join(texts + more)
    print_scores(systems, stories, args.words)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
