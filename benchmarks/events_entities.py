"""Named entities for event clustering: capitalised runs against spaCy's NER, in documents a second.

The clusterer uses capitalised runs (synopsis.events.features.entities); this
measures what spaCy's small English pipeline (NER only) would cost instead, on
the same ECB+ documents, median of --repeats runs.

    python benchmarks/events_entities.py --documents 200
"""

from __future__ import annotations

import argparse
import statistics
import time

from events_quality import ECBPLUS

from synopsis.events.features import entities
from synopsis.events.labelled import read_labelled


def rate(function, texts: list[str], repeats: int) -> float:
    function(texts[:5])  # load the model
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function(texts)
        times.append(time.perf_counter() - start)
    return len(texts) / statistics.median(times)


def capitalised(texts: list[str]) -> None:
    for text in texts:
        entities(text)


def spacy_ner(texts: list[str]) -> None:
    from synopsis.text.nlp import pipeline

    nlp = pipeline()
    disabled = [name for name in nlp.pipe_names if name not in ("tok2vec", "ner")]
    for doc in nlp.pipe(texts, disable=disabled, batch_size=32):
        [(entity.text, entity.label_) for entity in doc.ents]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ECBPLUS))
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    texts = [a.text for a in read_labelled(args.data, "event")[0][: args.documents]]
    print(f"{len(texts)} ECB+ documents, median of {args.repeats} runs\n")
    print("| entities | documents/s |")
    print("|---|---:|")
    print(f"| capitalised runs (used) | {rate(capitalised, texts, args.repeats):,.0f} |", flush=True)
    print(f"| spaCy en_core_web_sm NER | {rate(spacy_ner, texts, args.repeats):,.0f} |")


if __name__ == "__main__":
    main()
