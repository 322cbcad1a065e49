"""The greedy extractive oracle: an upper bound for systems that pick whole sentences.

It sees the references, which no real system does, and greedily adds the
candidate sentence that most raises ROUGE-2 recall (averaged over the
references, stemmed as rouge-score stems), while the summary stays within the
budget; it stops when no sentence that fits raises the score. For benchmark
output (`oracle_benchmark_summary`) it then follows the DUC convention as the
methods do: one further sentence, the one whose words up to the limit most
raise the score, cut at the limit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from synopsis.evaluate.rouge import tokenize
from synopsis.model import Budget, Document, Sentence
from synopsis.summarize.base import capacity, cost


def bigrams(text: str) -> Counter:
    tokens = tokenize(text)
    return Counter(zip(tokens, tokens[1:]))


def recall(summary: Counter, references: Sequence[Counter]) -> float:
    """ROUGE-2 recall of a bag of bigrams, averaged over the references."""
    scores = [sum((summary & ref).values()) / max(1, sum(ref.values())) for ref in references]
    return sum(scores) / len(scores) if scores else 0.0


def gain(summary: Counter, bag: Counter, references: Sequence[Counter]) -> float:
    """How much adding `bag` raises `recall(summary)`, counting only the bigrams it adds."""
    total = 0.0
    for ref in references:
        matched = sum(min(summary[b] + n, ref[b]) - min(summary[b], ref[b]) for b, n in bag.items() if b in ref)
        total += matched / max(1, sum(ref.values()))
    return total / len(references) if references else 0.0


def greedy_oracle(candidates: Sequence[str], references: Sequence[str], budget: Budget) -> list[int]:
    """Indices of the candidates the greedy ROUGE-2 oracle selects, in selection order."""
    targets = [bigrams(r) for r in references]
    bags = [bigrams(c) for c in candidates]
    chosen: list[int] = []
    summary: Counter = Counter()
    spent = 0
    while True:
        best, best_gain = None, 0.0
        for i, bag in enumerate(bags):
            if i in chosen or spent + cost(candidates[i], budget) > capacity(budget):
                continue
            gained = gain(summary, bag, targets)
            if gained > best_gain:
                best, best_gain = i, gained
        if best is None:
            return chosen
        chosen.append(best)
        summary += bags[best]
        spent += cost(candidates[best], budget)


def oracle_summary(documents: Sequence[Document], references: Sequence[str], budget: Budget) -> list[Sentence]:
    """The oracle's sentences from the reports that copy no other, in reading order."""
    sentences = [s for d in documents if d.duplicate_of is None for s in d.sentences]
    chosen = greedy_oracle([s.text for s in sentences], references, budget)
    order = {d.id: n for n, d in enumerate(documents)}
    return sorted((sentences[i] for i in chosen), key=lambda s: (order[s.doc], s.index))


def oracle_benchmark_summary(
    documents: Sequence[Document], references: Sequence[str], budget: Budget, whole_sentences: bool = False
) -> list[str]:
    """The oracle's sentences, then (unless `whole_sentences`) the best further one cut at the word limit."""
    from synopsis.summarize.base import unit

    texts = [" ".join(s.text.split()) for s in oracle_summary(documents, references, budget)]
    name, limit = unit(budget)
    left = limit - sum(len(text.split()) for text in texts)
    if whole_sentences or name != "words" or left <= 0:
        return texts
    targets = [bigrams(r) for r in references]
    summary = sum((bigrams(text) for text in texts), Counter())
    told = set(texts)
    best, most = None, -1.0
    for d in documents:
        if d.duplicate_of is not None:
            continue
        for s in d.sentences:
            if " ".join(s.text.split()) in told:
                continue
            kept = " ".join(s.text.split()[:left])
            gained = gain(summary, bigrams(kept), targets)
            if gained > most:
                best, most = kept, gained
    return texts + ([best] if best else [])
