from synopsis.evaluate.oracle import bigrams, gain, greedy_oracle, recall
from synopsis.model import Budget

CANDIDATES = [
    "The weather was mild in the capital.",
    "A strong earthquake struck the northern province on Sunday.",
    "Officials said at least forty people died in the earthquake.",
    "Football results were announced.",
]
REFERENCES = ["A strong earthquake struck the northern province, and at least forty people died, officials said."]


def test_oracle_picks_the_sentences_that_carry_the_references_bigrams():
    chosen = greedy_oracle(CANDIDATES, REFERENCES, Budget(words=100))
    assert sorted(chosen) == [1, 2]


def test_oracle_stays_within_the_budget():
    chosen = greedy_oracle(CANDIDATES, REFERENCES, Budget(words=10))
    assert chosen == [1]  # the best sentence that fits; the second would overflow
    assert greedy_oracle(CANDIDATES, REFERENCES, Budget(words=3)) == []


def test_gain_is_the_rise_in_recall():
    refs = [bigrams(r) for r in REFERENCES]
    summary = bigrams(CANDIDATES[1])
    bag = bigrams(CANDIDATES[2])
    assert abs(gain(summary, bag, refs) - (recall(summary + bag, refs) - recall(summary, refs))) < 1e-12
