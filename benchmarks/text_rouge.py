"""What the text stage is worth in ROUGE: the same summarizers on sentences made three ways.

  prepare            cleaning, then nupunkt with the news post-pass (what synopsis does)
  no cleaning        every blank-line paragraph kept whole, split with the post-pass
  nupunkt alone      the raw text split by stock nupunkt, nothing left out

For each benchmark (DUC 2004 task 2 at 100 words, MultiLing 2011 English at
250 words) and each method, prints rouge-score recall x100, as `synopsis eval`
computes it (mean over references, then clusters).

    python benchmarks/text_rouge.py [--duc /work/data/duc2004] [--multiling ../shared/data/multiling2011]

DUC 2004 is rebuilt by benchmarks/build_duc.py (never committed); a benchmark
that is not there is left out of the table.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from pathlib import Path

import nupunkt

from synopsis.evaluate.rouge import rouge_python
from synopsis.evaluate.systems import summary_text
from synopsis.io.datasets import read_clusters
from synopsis.model import Article, Budget, Document, Sentence
from synopsis.similarity.duplicates import mark_duplicates
from synopsis.summarize import summarize
from synopsis.text import prepare
from synopsis.text.clean import strip_span
from synopsis.text.language import detect_language
from synopsis.text.sentences import split

ROOT = Path(__file__).resolve().parents[1]
BLANK_LINE = re.compile(r"\n\s*\n")


def documents_from_spans(article: Article, spans: list[tuple[int, int]]) -> Document:
    article = dataclasses.replace(article, language=article.language or detect_language(article.text))
    sentences = tuple(Sentence(article.id, s, e, article.text[s:e], index=i) for i, (s, e) in enumerate(spans))
    return Document(article, sentences)


def uncleaned(article: Article) -> Document:
    text, spans, position = article.text, [], 0
    for cut in [*BLANK_LINE.finditer(text), None]:
        end = cut.start() if cut else len(text)
        spans += split(text, position, end)
        position = cut.end() if cut else len(text)
    return documents_from_spans(article, spans)


def stock_nupunkt(article: Article) -> Document:
    text = article.text
    spans = [strip_span(text, s, e) for s, e in nupunkt.sent_spans(text)]
    return documents_from_spans(article, [(s, e) for s, e in spans if s < e])


WAYS = {"prepare": prepare, "no cleaning": uncleaned, "nupunkt alone": stock_nupunkt}


def scores(clusters, method: str, words: int) -> dict[str, tuple[float, float]]:
    budget = Budget(words=words)
    references = {c.id: list(c.references) for c in clusters}
    table = {}
    for way, make in WAYS.items():
        summaries = {}
        for cluster in clusters:
            documents = mark_duplicates([make(a) for a in cluster.articles])
            summaries[cluster.id] = summary_text(s.text for s in summarize(documents, budget, method=method))
        result = rouge_python(summaries, references, words)
        table[way] = (100 * result["rouge1"].recall, 100 * result["rouge2"].recall)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duc", type=Path, default=Path("/work/data/duc2004"))
    parser.add_argument("--multiling", type=Path, default=ROOT.parent / "shared" / "data" / "multiling2011")
    parser.add_argument("--methods", nargs="+", default=["default", "lead"])
    args = parser.parse_args()

    benchmarks = []
    if args.duc.exists():
        benchmarks.append(("DUC 2004", list(read_clusters(args.duc, "duc")), 100))
    if args.multiling.exists():
        benchmarks.append(("MultiLing 2011 en", list(read_clusters(args.multiling, "multiling")), 250))
    print("| benchmark | method | sentences from | R-1 | R-2 |")
    print("|---|---|---|---|---|")
    for name, clusters, words in benchmarks:
        for method in args.methods:
            for way, (r1, r2) in scores(clusters, method, words).items():
                size = f"{name} ({len(clusters)} clusters, {words} words)"
                print(f"| {size} | {method} | {way} | {r1:.2f} | {r2:.2f} |")


if __name__ == "__main__":
    main()
