"""How fast cleaning and sentence splitting run on very long articles.

Builds articles of a given size from ECB+ news sentences (paragraphs of four
sentences in a shuffled order, in three layouts: blank-line paragraphs, wire text wrapped at 72
columns inside <P> tags, and one paragraph with no breaks at all) and prints
median CPU seconds over a few runs, side by side with nupunkt alone on the same
text (nupunkt memoizes boundary decisions, so after the first run both are
warm); then how many tokens a second the tokenizer and the stemmer get through.

    python benchmarks/text_speed.py [--mb 5] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import textwrap
import time
import timeit
from pathlib import Path

import nupunkt

from synopsis.model import Article
from synopsis.text import prepare
from synopsis.text.clean import paragraphs
from synopsis.text.tokens import content_stems, stem, words

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "ecbplus_documents.jsonl"


def news_sentences(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        return [sentence for line in lines for sentence in json.loads(line)["sentences"]]


def article_text(sentences: list[str], size: int, layout: str) -> str:
    # ECB+ holds under 2 MB: each pass over it takes the sentences in a new order, so boundaries do not repeat.
    order = random.Random(layout)  # a new order for each layout, so no layout reuses the memo of another
    parts, total = [], 0
    while total < size:
        shuffled = order.sample(sentences, len(sentences))
        for i in range(0, len(shuffled), 4):
            paragraph = " ".join(shuffled[i : i + 4])
            if layout == "wire":
                paragraph = "<P>\n   " + "\n".join(textwrap.wrap(paragraph, 72)) + "\n</P>"
            parts.append(paragraph)
            total += len(paragraph) + 2
            if total >= size:
                break
    joiner = {"paragraphs": "\n\n", "wire": "\n", "one paragraph": " "}[layout]
    return joiner.join(parts)[:size]


def median_seconds(work, runs: int) -> float:
    # CPU time of this process: the machine may be shared, and the work is single-threaded.
    return statistics.median(timeit.repeat(work, number=1, repeat=runs, timer=time.process_time))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="article size in megabytes of text")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ecbplus", type=Path, default=ECBPLUS)
    args = parser.parse_args()

    sentences = news_sentences(args.ecbplus)
    size = int(args.mb * 1_000_000)
    nupunkt.sent_spans("Warm up. The model loads once.")
    prepare(Article(id="warm", text="Warm up. The model loads once."))
    print(f"article of {size:,} characters, median of {args.runs} runs, CPU seconds")
    print("| layout | sentences | nupunkt alone | clean | prepare (clean+split+language) |")
    print("|---|---|---|---|---|")
    for layout in ("paragraphs", "wire", "one paragraph"):
        text = article_text(sentences, size, layout)
        article = Article(id="long", text=text)
        row = [
            layout,
            f"{len(prepare(article).sentences):,}",
            f"{median_seconds(lambda: nupunkt.sent_spans(text), args.runs):.2f}",
            f"{median_seconds(lambda: paragraphs(text), args.runs):.2f}",
            f"{median_seconds(lambda: prepare(article), args.runs):.2f}",
        ]
        print("| " + " | ".join(row) + " |")

    tokens = sum(len(words(s)) for s in sentences)
    print(f"\nwords of all {len(sentences):,} ECB+ sentences ({tokens:,} tokens), tokens per second")
    print("| words() | content_stems(), stem cache cold | content_stems(), stem cache warm |")
    print("|---|---|---|")
    stem.cache_clear()
    cold = median_seconds(lambda: [content_stems(s) for s in sentences], 1)
    warm = median_seconds(lambda: [content_stems(s) for s in sentences], args.runs)
    plain = median_seconds(lambda: [words(s) for s in sentences], args.runs)
    print(f"| {tokens / plain:,.0f} | {tokens / cold:,.0f} | {tokens / warm:,.0f} |")

if __name__ == "__main__":
    main()
