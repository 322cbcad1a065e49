"""Centroid: Radev, Jing, Styś & Tam (2004), "Centroid-based summarization of
multiple documents", the scorer of MEAD.

The cluster's centroid holds the words that matter to the story: each word's
TF-IDF averaged over the reports, the `words` highest kept. A sentence scores

    SCORE(s) = w_c * C_s + w_p * P_s + w_f * F_s

where C_s sums the centroid values of its words, P_s = (n - i) / n * C_max
favours early sentences (i from 0 among the report's n sentences; C_max is the
report's best C), and F_s is its overlap (tf inner product) with its report's
first sentence. Sentences shorter than `min_words` are left out (MEAD's length
cutoff), and a sentence whose cosine with an already chosen one reaches
`redundancy` is passed over (MEAD's reranker). Without a background corpus,
idf is taken over the cluster's sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from synopsis.model import Budget
from synopsis.similarity.tfidf import inverse_document_frequency, normalize_rows, term_counts
from synopsis.summarize.base import Corpus, fill


def sentence_terms(corpus: Corpus) -> list[list[str]]:
    """Each candidate's stemmed content words."""
    from synopsis.text.tokens import content_stems

    return [content_stems(s.text) for s in corpus.sentences]


def centroid(counts: sparse.csr_matrix, idf: np.ndarray, reports: np.ndarray, words: int) -> np.ndarray:
    """Each word's TF-IDF averaged over the reports, all but the `words` highest set to zero."""
    n_reports = int(reports.max()) + 1 if len(reports) else 1
    tf = np.asarray(counts.sum(axis=0)).ravel() / n_reports
    values = tf * idf
    if words < len(values):
        values[np.argsort(-values, kind="stable")[words:]] = 0.0
    return values


def position_scores(corpus: Corpus, centroid_scores: np.ndarray) -> np.ndarray:
    """P_s = (n - i) / n * C_max, with n and C_max taken within the sentence's report."""
    scores = np.zeros(len(corpus.sentences))
    by_report: dict[str, list[int]] = {}
    for i, s in enumerate(corpus.sentences):
        by_report.setdefault(s.doc, []).append(i)
    for members in by_report.values():
        n = len(members)
        best = centroid_scores[members].max()
        for rank, i in enumerate(members):
            scores[i] = (n - rank) / n * best
    return scores


def first_sentence_overlap(corpus: Corpus, counts: sparse.csr_matrix) -> np.ndarray:
    """F_s: the tf inner product of a sentence with the first sentence of its report."""
    first: dict[str, int] = {}
    for i, s in enumerate(corpus.sentences):
        first.setdefault(s.doc, i)
    leads = np.array([first[s.doc] for s in corpus.sentences], dtype=np.int64)
    return np.asarray(counts.multiply(counts[leads]).sum(axis=1)).ravel()


def not_redundant_with(vectors: sparse.csr_matrix, threshold: float):
    """A test for `fill`: does sentence i repeat (cosine >= threshold) a chosen one?"""

    def redundant(i: int, chosen: list[int]) -> bool:
        if not chosen:
            return False
        return bool((vectors[chosen] @ vectors[i].T).max() >= threshold)

    return redundant


def ranking(scores: np.ndarray, eligible: np.ndarray) -> list[int]:
    """Eligible sentences, best first; ties go to the earlier sentence."""
    order = np.lexsort((np.arange(len(scores)), -scores))
    return [int(i) for i in order if eligible[i]]


def long_enough(corpus: Corpus, min_words: int) -> np.ndarray:
    """MEAD's length cutoff; if no sentence passes it, every sentence may stand."""
    passes = np.array([len(s.text.split()) >= min_words for s in corpus.sentences], dtype=bool)
    return passes if passes.any() else np.ones(len(passes), dtype=bool)


@dataclass(frozen=True)
class Centroid:
    name: str = "centroid"
    words: int = 100
    w_c: float = 1.0
    w_p: float = 1.0
    w_f: float = 1.0
    min_words: int = 9
    redundancy: float = 0.7

    def __call__(self, corpus: Corpus, budget: Budget) -> list[int]:
        if not corpus.sentences:
            return []
        counts, _ = term_counts(sentence_terms(corpus))
        idf = inverse_document_frequency(counts)
        report_of = {d: r for r, d in enumerate(dict.fromkeys(s.doc for s in corpus.sentences))}
        reports = np.array([report_of[s.doc] for s in corpus.sentences])
        values = centroid(counts, idf, reports, self.words)
        c = np.asarray((counts > 0).astype(np.float64) @ values).ravel()
        scores = (
            self.w_c * c
            + self.w_p * position_scores(corpus, c)
            + self.w_f * first_sentence_overlap(corpus, counts)
        )
        vectors = normalize_rows(sparse.csr_matrix(counts @ sparse.diags(idf)))
        eligible = long_enough(corpus, self.min_words)
        return fill(ranking(scores, eligible), corpus, budget, not_redundant_with(vectors, self.redundancy))
