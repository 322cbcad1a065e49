"""How BCubed F1 on ECB+ moves around the clusterer's defaults: figure weight, embedding weight and
embedded word pieces against threshold.

ECB+ is the only labelled set here, so it is both where the defaults were chosen
and where they are reported; this table shows whether a default sits on a
plateau (neighbours score alike) or on a peak, in file order and shuffled orders.
`--halves` also chooses the best setting of the grid on the odd-numbered topics
and scores it on the even ones, and the other way round: what a setting chosen
on some stories gives on others.

    python benchmarks/tune_events.py --modes tfidf
    python benchmarks/tune_events.py --modes embeddings --seeds 0 1 2 --steps -0.02 0 0.02
    python benchmarks/tune_events.py --modes embeddings --figure-weights 0.3 --tokens 16 32 \
        --embedding-weights 0.15 0.3 --steps -0.02 0 0.02 0.04 --halves

The embeddings defaults (16 word pieces, weight 0.15, threshold 0.28) came
from such a grid (the last command above): 16 pieces at the old weight and
threshold (0.3, 0.32) fall to a mean F1 of 0.892 over the four orders, as the
embedding of a headline says less than that of a lead; at 0.15 and 0.28 they
reach 0.910 (worst order 0.906), as 32 pieces did at the old setting (0.910),
and 32 pieces at 0.15 and 0.28 give 0.913. The best setting chosen on either
half of the topics has weight 0.15 and threshold 0.26-0.28 and scores 0.924 and
0.895 on the other half: 16 pieces cost half as much to embed for 0.003 of F1.
"""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

import numpy as np

import synopsis.similarity.embeddings as embeddings
from synopsis.events import EventClusterer
from synopsis.events.cluster import THRESHOLDS
from synopsis.events.evaluate import bcubed
from synopsis.events.labelled import read_labelled, shuffled

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "ecbplus_documents.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ECBPLUS), help="ECB+ documents as JSONL (default: %(default)s)")
    parser.add_argument("--modes", nargs="+", default=["tfidf", "embeddings"])
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2], help="shuffled orders besides file order")
    parser.add_argument("--figure-weights", nargs="+", type=float, default=[0.0, 0.2, 0.3, 0.4])
    parser.add_argument("--steps", nargs="+", type=float, default=[-0.04, -0.02, 0.0, 0.02], help="added to the mode's threshold")
    defaults = EventClusterer()
    parser.add_argument(
        "--embedding-weights", nargs="+", type=float, default=[defaults.embedding_weight], help="embeddings mode only"
    )
    parser.add_argument("--tokens", nargs="+", type=int, default=[defaults.embedding_tokens], help="embeddings mode only")
    parser.add_argument("--halves", action="store_true", help="also choose on odd topics and score on even ones, and back")
    args = parser.parse_args()
    articles, gold = read_labelled(args.data, "event")
    order_names = ["file"] + [f"seed {seed}" for seed in args.seeds]
    _embed_each_lead_once()
    print(f"ECB+: {len(articles)} documents; BCubed F1 per order ({', '.join(order_names)})\n")
    print("| mode | pieces | embedding weight | figure weight | threshold | " + " | ".join(order_names) + " | min | mean |")
    print("|---|---:|---:|---:|---:|" + "---:|" * (len(order_names) + 2))
    grid = [
        (mode, tokens, embedding_weight, weight, round(THRESHOLDS[mode] + step, 3))
        for mode in args.modes
        for tokens in (args.tokens if mode == "embeddings" else [defaults.embedding_tokens])
        for embedding_weight in (args.embedding_weights if mode == "embeddings" else [defaults.embedding_weight])
        for weight in args.figure_weights
        for step in args.steps
    ]
    for setting in grid:
        f1 = _f1(setting, _orders(articles, gold, args.seeds))
        cells = " | ".join(f"{x:.3f}" for x in f1)
        mode, tokens, embedding_weight, weight, threshold = setting
        pieces, share = (str(tokens), f"{embedding_weight:.2f}") if mode == "embeddings" else ("", "")
        print(
            f"| {mode} | {pieces} | {share} | {weight:.2f} | {threshold:.2f} | {cells} | {min(f1):.3f} | {np.mean(f1):.3f} |",
            flush=True,
        )
    if args.halves:
        _halves(articles, gold, args.seeds, grid)


def _orders(articles, gold, seeds) -> list:
    return [(articles, gold)] + [shuffled(articles, gold, seed) for seed in seeds]


def _f1(setting, orders) -> list[float]:
    mode, tokens, embedding_weight, weight, threshold = setting
    # One process, so that every lead is embedded once, into this process's cache, for the whole grid.
    clusterer = EventClusterer(
        mode, threshold=threshold, figure_weight=weight, embedding_weight=embedding_weight, embedding_tokens=tokens,
        workers=0,
    )
    return [bcubed(clusterer.fit_predict(feed), labels)[2] for feed, labels in orders]


def _halves(articles, gold, seeds, grid) -> None:
    """Each mode's best setting on one half of the topics (by mean F1 over the orders), scored on the other half."""
    # ECB+ document ids start with their topic number: "12_3ecb".
    topic_odd = [int(article.id.split("_")[0]) % 2 for article in articles]
    halves = []
    for odd in (1, 0):
        kept = [i for i, flag in enumerate(topic_odd) if flag == odd]
        halves.append(_orders([articles[i] for i in kept], [gold[i] for i in kept], seeds))
    print("\n| mode | chosen on | setting (pieces, embedding weight, figure weight, threshold) | mean F1 there | mean F1 on the other half |")
    print("|---|---|---|---:|---:|")
    for mode in dict.fromkeys(setting[0] for setting in grid):
        for name, (train, test) in (("odd topics", halves), ("even topics", halves[::-1])):
            scored = [(np.mean(_f1(setting, train)), setting) for setting in grid if setting[0] == mode]
            best_f1, best = max(scored, key=lambda pair: pair[0])
            print(f"| {mode} | {name} | {best[1:]} | {best_f1:.3f} | {np.mean(_f1(best, test)):.3f} |", flush=True)


def _embed_each_lead_once() -> None:
    # Every run embeds the same leads: keep each vector, so the grid costs one embedding per article.
    encode = embeddings.encode
    vectors: dict[tuple[str, int], np.ndarray] = {}

    @functools.wraps(encode)
    def remembered(texts, *, max_tokens=embeddings.MAX_TOKENS, **options):
        texts = list(texts)
        new = list(dict.fromkeys(t for t in texts if (t, max_tokens) not in vectors))
        for text, vector in zip(new, encode(new, max_tokens=max_tokens, **options)):
            vectors[text, max_tokens] = vector
        return np.stack([vectors[t, max_tokens] for t in texts]) if texts else encode(texts)

    embeddings.encode = remembered


if __name__ == "__main__":
    main()
