"""Would more training clusters of the same kind help the concept model? Measured on development data only.

    python benchmarks/tune_training.py /work/data/duc2003 --extra-train /work/data/duc2003task3 \\
        --splits 3 5 10 --shuffles 1 2 [--extra-weights 1 0.5] [--check /work/shared/data/multiling2011 --check-words 250]

The development clusters are cross-validated as in tune_compression.py (the
same folds: cluster i is held out in fold i % K, in the clusters' own order
and in each `--shuffles` order), and every summary is benchmark output
(selected, narrowed and refilled, cut at the limit, as `synopsis batch`
writes it). Each fold's model is trained on the other development clusters
("shipped") and on those plus every `--extra-train` cluster, whose rows weigh
each of `--extra-weights` ("+extra w"). The extra clusters are never scored
here. For every split the table gives R-1 and R-2 (ROUGE-1.5.5 recall) of
each training set, the gain over the development clusters alone, and how
many clusters each one scores better and worse on (R-2, rouge-score); then
the mean over all splits. With `--check`, the models trained on all
development clusters (with and without the extra ones) summarize a second
development set at `--check-words`.

DUC 2003 task 3 (`build_duc.py --duc2003-task3`: 30 TREC clusters, 4
100-word summaries each by the same assessors, written from a given
viewpoint) as extra training data for the 30 task-2 clusters does not help.
R-2 gain over task 2 alone, 3 / 5 / 10 folds (task 2 alone: 12.48, 12.59,
12.64 in cluster order; 12.58, 12.55, 12.55 with `--shuffles 1`; 12.51,
12.47, 12.59 with 2):

| extra weight | cluster order | shuffle 1 | shuffle 2 | mean R-1 / R-2 | splits up |
|---|---|---|---|---:|---:|
| 1 | -0.11 -0.25 -0.24 | -0.26 -0.15 -0.06 | -0.10 -0.25 -0.27 | -0.21 / -0.19 | 0 of 9 |
| 0.5 | -0.09 -0.05 -0.06 | -0.13 -0.10 -0.02 | -0.06 -0.04 -0.06 | -0.14 / -0.07 | 0 of 9 |
| 0.25 | -0.11 -0.05 +0.08 | -0.10 +0.06 +0.08 | +0.05 -0.04 -0.00 | -0.06 / -0.00 | 4 of 9 |

At weight 1 every split has 1 to 3 clusters better and 3 to 6 worse.
MultiLing 2011 English at 250 words (ROUGE-1.5.5 R-1 / R-2 / SU4) falls
too: 50.45 / 19.36 / 23.12 trained on task 2, 50.18 / 18.78 / 22.72 with
task 3 at weight 1, 50.40 / 19.00 / 22.84 at 0.5 and 0.25. An intercept of
task 3's own (`--own-intercept`) gives the same summaries (5 folds: -0.25):
the base rates agree (14.2% of shared bigrams in some summary against
14.7%), the slopes do not. Trained on task 3 alone, the first-sentence
feature weighs 0.07 for bigrams and 0.04 for content words (task 2: 0.19,
0.25), names -0.11 (+0.04), earliness of content words 0.93 (0.64): a TREC
cluster gathers reports on one topic over years, not on one event over a
few days as task 2's TDT clusters (and DUC 2004's) do, so its reports'
first sentences say less of what its summaries hold. Letting each
collection keep slopes of its own beside the shared ones (`--augmented`,
Daume 2007: every feature copied per collection, the development clusters'
copy and the shared one kept) halves the loss and gains nothing: R-2 -0.10
-0.04 -0.06 in cluster order, -0.25 -0.02 -0.15 and +0.03 -0.17 -0.28
shuffled (mean -0.10 R-1, -0.12 R-2, 1 of 9 splits up; MultiLing 50.52 /
19.17 / 22.95). The other way round
task 2 does carry over: task 3 cross-validated (R-2 9.19 over 3, 5 and 10
folds in cluster order, mean) gains +0.11 R-2 (+0.28 R-1) with task 2 as extra
training data at weight 1 and +0.13 (+0.44) at 0.5. The shipped model stays
trained on task 2 alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from statistics import mean

import numpy as np
from tune_concepts import EXTRACT, Story, arguments, fitted, training_rows
from tune_overflow import Told, load

from synopsis.evaluate.rouge import rouge_perl, score_summary
from synopsis.model import Budget
from synopsis.summarize import cut_at_limit, narrowed_and_refilled, select
from synopsis.summarize.concepts import ConceptCoverage, ConceptModel

BASE = "shipped"
Rows = dict[str, dict[str, tuple[list[list[float]], list[int]]]]  # kind -> cluster -> (rows, labels)


def story_rows(stories: list[Story]) -> Rows:
    """Each story's training rows of both kinds, found once: every fold reuses them."""
    return {kind: {s.id: training_rows(s, 2, kind) for s in stories} for kind in EXTRACT}


def models(rows: Rows, training: list[str], extra: list[str], weight: float, adapt: str = "") -> dict:
    """The bigram and content-word models trained on `training` plus `extra` clusters weighing `weight` each.

    With `adapt` "intercept" the extra clusters' rows carry a flag, so they
    may have another base rate of concepts in their summaries; with
    "augmented" every feature also has a copy for each collection (Daume
    2007), so the extra clusters share only what the two have in common. The
    models keep what holds for the development clusters: the common
    coefficients plus the development clusters' own.
    """
    clusters = training + (extra if weight else [])
    weights = [1.0] * len(training) + [weight] * (len(clusters) - len(training))
    kinds = {"bigram": "model", "unigram": "unigram_model"}
    out = {}
    for kind, name in kinds.items():
        chosen = (rows[kind][c] for c in clusters)
        training_rows = [([adapted(r, k >= len(training), adapt) for r in x], y) for k, (x, y) in enumerate(chosen)]
        model = fitted(training_rows, story_weights=weights if weight else None)
        out[name] = for_development(model, len(rows[kind][training[0]][0][0]), adapt) if adapt else model
    return out


def adapted(row: list[float], is_extra: bool, adapt: str) -> list[float]:
    """One feature row as the adapted model reads it."""
    if adapt == "intercept":
        return row + [float(is_extra)]
    if adapt == "augmented":
        zeros = [0.0] * len(row)
        return row + (zeros + row if is_extra else row + zeros)
    return row


def for_development(model: ConceptModel, width: int, adapt: str) -> ConceptModel:
    """The adapted model as a plain one over `width` features, read as for a development cluster's rows."""
    c, m, s = (np.array(v) for v in (model.coef, model.mean, model.scale))
    development = np.array(adapted([1.0] * width, False, adapt))  # which columns a development row fills
    # z = b + sum c (x' - m) / s, x' the row's columns where `development` is 1 and 0 elsewhere.
    intercept = model.intercept - float(np.sum(c * m / s))
    slopes = (c / s * development)[:width] + sum(
        (c / s * development)[k : k + width] for k in range(width, len(c) - width + 1, width)
    )
    return ConceptModel(tuple([0.0] * width), tuple([1.0] * width), tuple(float(v) for v in slopes), intercept)


def benchmark_output(told: Told, algorithm: ConceptCoverage, budget: Budget) -> str:
    """The summary `synopsis batch` writes, with the given concept summarizer."""
    selection = select(told.documents, budget, algorithm, told.story.units)
    return "\n".join(cut_at_limit(narrowed_and_refilled(selection))) if selection else ""


def better_worse(systems: dict[str, dict[str, str]], name: str, stories: list[Told], limit: int) -> tuple[int, int]:
    """On how many clusters `name` scores a higher and a lower R-2 (rouge-score) than the shipped training set."""
    better = worse = 0
    for told in stories:
        cluster, references = told.story.id, told.story.references
        before, after = (score_summary(systems[n][cluster], references, limit)["rouge2"].recall for n in (BASE, name))
        better += after > before + 1e-9
        worse += after < before - 1e-9
    return better, worse


def compared(
    told: list[Told],
    settings: list[str],
    summaries: Callable[[str, list[str], list[Told], int], dict[str, str]],
    splits: list[int],
    shuffles: list[int],
    limit: int,
) -> None:
    """Print each setting's R-1 / R-2 and its gain over the first (BASE), split by split, then the mean over splits.

    A split is a fold count in the clusters' own order or in a shuffled one;
    `summaries(setting, training cluster ids, held-out clusters, draw)` gives
    the held-out summaries of a setting trained on the rest, `draw` a number
    of its own for each fold, for settings that draw at random.
    """
    references = {t.story.id: t.story.references for t in told}
    gains: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in settings}
    print(f"{'split':<18} {'setting':<16} {'R-1':>6} {'R-2':>6} {'dR-1':>6} {'dR-2':>6}  R-2 by cluster")
    for seed in [None, *shuffles]:
        stories = list(told)
        if seed is not None:
            random.Random(seed).shuffle(stories)
        for folds in splits:
            systems: dict[str, dict[str, str]] = {name: {} for name in settings}
            for k in range(folds):
                training = [t.story.id for i, t in enumerate(stories) if i % folds != k]
                for name in settings:
                    systems[name] |= summaries(name, training, stories[k::folds], 1000 * (seed or 0) + 10 * folds + k)
            scores = rouge_perl(systems, references, words=limit)
            before = [100 * scores[BASE][m].recall for m in ("rouge1", "rouge2")]
            split = f"{folds} folds, {'order' if seed is None else f'shuffle {seed}'}"
            for name in settings:
                r1, r2 = (100 * scores[name][m].recall for m in ("rouge1", "rouge2"))
                better, worse = better_worse(systems, name, stories, limit) if name != BASE else (0, 0)
                gains[name].append((r1, r2, r1 - before[0], r2 - before[1]))
                print(f"{split:<18} {name:<16} {r1:6.2f} {r2:6.2f} {r1 - before[0]:+6.2f} {r2 - before[1]:+6.2f}  "
                      f"{better} better, {worse} worse", flush=True)
    print(f"\nmean over {len(gains[BASE])} splits")
    for name, split_scores in gains.items():
        columns = [mean(r[j] for r in split_scores) for j in range(4)]
        up = sum(r[3] > 0 for r in split_scores)
        print(f"{name:<27} {columns[0]:6.2f} {columns[1]:6.2f} {columns[2]:+6.2f} {columns[3]:+6.2f}  R-2 higher in {up} of {len(split_scores)} splits")


def checked(check: list[Told], settings: list[str], algorithm: Callable[[str], ConceptCoverage], words: int, title: str) -> None:
    """Print each setting's ROUGE-1.5.5 R-1 / R-2 / SU4 on a second development set, its summarizer `algorithm(setting)`."""
    budget = Budget(words=words)
    systems = {}
    for name in settings:
        summarizer = algorithm(name)
        systems[name] = {t.story.id: benchmark_output(t, summarizer, budget) for t in check}
    scores = rouge_perl(systems, {t.story.id: t.story.references for t in check}, words=words)
    print(f"\n{title}")
    for name, measures in scores.items():
        r = [100 * measures[m].recall for m in ("rouge1", "rouge2", "rougeSU4")]
        print(f"{name:<16} {r[0]:6.2f} {r[1]:6.2f} {r[2]:6.2f}")


def main() -> int:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--extra-train", required=True, help="a benchmark whose clusters are added to every fold's training set")
    parser.add_argument("--extra-weights", type=float, nargs="+", default=[1.0], help="how much each extra cluster's rows weigh")
    parser.add_argument("--own-intercept", action="store_true", help="also give the extra clusters an intercept of their own")
    parser.add_argument("--augmented", action="store_true", help="also give each collection its own copy of every feature")
    parser.add_argument("--splits", type=int, nargs="+", help="fold counts to run one after another (default: --folds)")
    parser.add_argument("--shuffles", type=int, nargs="*", default=[], help="also shuffle the clusters with these seeds")
    parser.add_argument("--check", help="a second development set, scored with models trained on all of the first")
    parser.add_argument("--check-words", type=int, default=250)
    args = parser.parse_args()

    limit = args.words
    budget = Budget(words=limit)
    told = load(args.data, args.language)
    extra = load(args.extra_train, args.language)
    rows = story_rows([t.story for t in told + extra])
    extra_ids = [t.story.id for t in extra]
    settings = {BASE: (0.0, ""), **{f"+extra {w:g}": (w, "") for w in args.extra_weights}}
    if args.own_intercept:
        settings |= {f"+extra {w:g} own": (w, "intercept") for w in args.extra_weights}
    if args.augmented:
        settings |= {f"+extra {w:g} aug": (w, "augmented") for w in args.extra_weights}
    print(f"{len(told)} development clusters, {len(extra)} extra training clusters from {args.extra_train}")

    def summaries(name: str, training: list[str], held: list[Told], draw: int) -> dict[str, str]:
        trained = models(rows, training, extra_ids, *settings[name])
        return {t.story.id: benchmark_output(t, ConceptCoverage(**trained), budget) for t in held}

    compared(told, list(settings), summaries, args.splits or [args.folds], args.shuffles, limit)
    if args.check:
        every = [t.story.id for t in told]
        title = f"trained on all {len(every)} development clusters (+ extra), scored on {args.check} at {args.check_words} words"

        def algorithm(name: str) -> ConceptCoverage:
            return ConceptCoverage(**models(rows, every, extra_ids, *settings[name]))

        checked(load(args.check, args.language), list(settings), algorithm, args.check_words, title)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
