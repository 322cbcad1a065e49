"""Train and tune the concept coverage summarizer on development data; print a ROUGE table.

    python benchmarks/tune_concepts.py /work/data/duc2003            # cross-validated table
    python benchmarks/tune_concepts.py /work/data/duc2003 --write    # also ship the model trained on all clusters

The concept model (a logistic regression over how the reports use a bigram:
how many carry it, how early, how often, whether it names someone, ...) is
trained to tell whether a bigram appears in the human summaries. Scores of the
learned settings are K-fold cross-validated by cluster: every cluster is
summarized by a model that never saw it. Use development data only (DUC 2003,
MultiLing); the test set (DUC 2004) is for reporting, never for choosing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from synopsis.api import prepare
from synopsis.evaluate.rouge import rouge_perl, truncate
from synopsis.io.datasets import read_clusters
from synopsis.model import Budget
from synopsis.similarity.units import content_units
from synopsis.summarize import candidates, guarded
from synopsis.summarize.concepts import (
    MODEL_FILE,
    ConceptCoverage,
    ConceptModel,
    concepts,
    features,
    occurrences,
    proper_stems,
    unigrams,
)

EXTRACT = {"bigram": concepts, "unigram": unigrams}

MODEL_PATH = Path(__file__).resolve().parents[1] / "src" / "synopsis" / "summarize" / MODEL_FILE


@dataclass
class Story:
    id: str
    units: object
    corpus: object
    position: list[int]
    references: tuple[str, ...]


def load(path: str, language: str) -> list[Story]:
    stories = []
    for cluster in read_clusters(path, language=language):
        documents = prepare(cluster.articles)
        units = content_units(documents)
        corpus, position = candidates(documents, units)
        stories.append(Story(cluster.id, units, corpus, position, cluster.references))
    return stories


def training_rows(story: Story, min_support: int, kind: str, words: int | None = None) -> tuple[list[list[float]], list[int]]:
    """One row per concept the reports share, labelled by whether a human summary has it.

    With `words`, only a summary's first `words` words count, as ROUGE-1.5.5 `-l` cuts references too.
    """
    corpus = story.corpus
    extract = EXTRACT[kind]
    found = [extract(s.text) for s in corpus.sentences]
    reports = len({s.doc for s in corpus.sentences})
    proper = proper_stems(corpus)
    wanted = {c for reference in story.references for c in extract(truncate(reference, words))}
    rows, labels = [], []
    for concept, o in occurrences(corpus, found).items():
        if o.support >= min(min_support, reports):
            rows.append(features(concept, o, reports, proper))
            labels.append(int(concept in wanted))
    return rows, labels


def fit(
    stories: list[Story], min_support: int, kind: str = "bigram", words: int | None = None, balanced: bool = False
) -> ConceptModel:
    """The concept model trained on the stories; with `balanced`, each story's rows weigh as much in all as another's."""
    return fitted([training_rows(story, min_support, kind, words) for story in stories], balanced)


def fitted(
    story_rows: list[tuple[list[list[float]], list[int]]],
    balanced: bool = False,
    story_weights: list[float] | None = None,
    c: float = 1.0,
) -> ConceptModel:
    """The concept model trained on each story's rows and labels; `story_weights` scales each story's rows, `c` is the inverse regularization."""
    from sklearn.linear_model import LogisticRegression

    rows, labels, weights = [], [], []
    for k, (r, l) in enumerate(story_rows):
        rows += r
        labels += l
        share = 1.0 / max(1, len(r)) if balanced else 1.0
        weights += [share * (story_weights[k] if story_weights else 1.0)] * len(r)
    x = np.array(rows)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    weight = None
    if balanced or story_weights:
        weight = np.array(weights) * (len(weights) / len(story_rows) if balanced else 1.0)
    regression = LogisticRegression(C=c, max_iter=1000).fit((x - mean) / scale, labels, sample_weight=weight)
    return ConceptModel(
        tuple(round(float(v), 6) for v in mean),
        tuple(round(float(v), 6) for v in scale),
        tuple(round(float(v), 6) for v in regression.coef_[0]),
        round(float(regression.intercept_[0]), 6),
    )


def summary(story: Story, algorithm, budget: Budget) -> str:
    chosen = guarded(algorithm(story.corpus, budget), story.corpus, story.units, story.position, budget)
    return "\n".join(story.corpus.sentences[i].text for i in chosen)


def cross_validated(stories: list[Story], folds: int, settings: dict[str, dict], budget: Budget) -> dict[str, dict[str, str]]:
    """Summaries by each learned setting, every cluster by a model trained on the other folds."""
    out: dict[str, dict[str, str]] = {name: {} for name in settings}
    for k in range(folds):
        held = [s for i, s in enumerate(stories) if i % folds == k]
        training = [s for i, s in enumerate(stories) if i % folds != k]
        model, unigram_model = fit(training, 2, "bigram"), fit(training, 2, "unigram")
        for name, options in settings.items():
            algorithm = ConceptCoverage(model=model, unigram_model=unigram_model, **options)
            for story in held:
                out[name][story.id] = summary(story, algorithm, budget)
    return out


LEARNED = {
    "bigrams": {"unigram_weight": 0.0, "lead_bonus": 0.0},
    "+lead": {"unigram_weight": 0.0},
    "+words": {"lead_bonus": 0.0},
    "+words +lead": {},
    "+words .3 +lead": {"unigram_weight": 0.3},
    "+words +lead .2": {"lead_bonus": 0.2},
}
SUPPORT = {
    "support": {"weighting": "support", "min_support": 3, "lead_bonus": 0.0},
    "support +lead": {"weighting": "support", "min_support": 3},
}


def arguments(description: str) -> argparse.ArgumentParser:
    """The options every tuning script takes: the development data, its language, the budget, the folds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("data", help="development benchmark folder (DUC 2003 layout, or MultiLing)")
    parser.add_argument("--language", default="english")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--folds", type=int, default=5)
    return parser


def print_scores(systems: dict[str, dict[str, str]], stories: list[Story], words: int) -> None:
    """A ROUGE-1.5.5 recall table of the settings' summaries against the stories' references."""
    scores = rouge_perl(systems, {story.id: story.references for story in stories}, words=words)
    print(f"{'setting':<16} {'R-1':>6} {'R-2':>6} {'R-SU4':>6}   ({len(stories)} clusters, ROUGE-1.5.5 recall x100)")
    for name, measures in scores.items():
        r = [100 * measures[m].recall for m in ("rouge1", "rouge2", "rougeSU4")]
        print(f"{name:<16} {r[0]:6.2f} {r[1]:6.2f} {r[2]:6.2f}")


def main() -> int:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write the model trained on every cluster to {MODEL_FILE}")
    args = parser.parse_args()

    budget = Budget(words=args.words)
    stories = load(args.data, args.language)
    systems = cross_validated(stories, args.folds, LEARNED, budget)
    seconds: dict[str, float] = {}
    for name, options in SUPPORT.items():
        algorithm = ConceptCoverage(**options)
        start = time.perf_counter()
        systems[name] = {story.id: summary(story, algorithm, budget) for story in stories}
        seconds[name] = (time.perf_counter() - start) / len(stories)
    print_scores(systems, stories, args.words)
    if args.write:
        models = {kind: fit(stories, 2, kind).to_json() for kind in EXTRACT}
        MODEL_PATH.write_text(json.dumps(models, indent=1) + "\n")
        print(f"model trained on {len(stories)} clusters written to {MODEL_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
