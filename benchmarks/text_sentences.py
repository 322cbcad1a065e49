"""Sentence boundaries against ECB+'s gold sentences: nupunkt alone and with the news post-pass.

Each ECB+ document's gold sentences are joined by single spaces into running
text; a gold boundary counts only after a sentence that ends with a final mark
(a headline without one cannot be told from running text by any splitter).
Prints boundary precision, recall and F1 over all 982 documents, and the
boundaries the two disagree on, by kind, for reading.

    python benchmarks/text_sentences.py [--show 10]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import nupunkt

from synopsis.text.clean import ends_like_a_sentence
from synopsis.text.sentences import quotation_spans, split

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "ecbplus_documents.jsonl"


def gold(sentences: list[str]) -> tuple[str, set[int], set[int]]:
    """Running text, its gold boundaries, and the boundaries no splitter can see (after a headline)."""
    text, boundaries, unseen = "", set(), set()
    for sentence in sentences:
        if text:
            text += " "
        text += sentence.strip()
        (boundaries if ends_like_a_sentence(sentence.strip()) else unseen).add(len(text))
    return text, boundaries - {len(text)}, unseen


def ends(spans: list[tuple[int, int]], text: str) -> set[int]:
    return {end for _, end in spans if end < len(text)}


def nupunkt_spans(text: str) -> list[tuple[int, int]]:
    return [(s, len(text[:e].rstrip())) for s, e in nupunkt.sent_spans(text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecbplus", type=Path, default=ECBPLUS)
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements of each kind")
    args = parser.parse_args()

    names = ("nupunkt", "nupunkt + post-pass")
    scopes = ("all gold boundaries", "gold boundaries inside quotations set aside")
    counts = {(name, scope): Counter() for scope in scopes for name in names}
    shown = Counter()
    with args.ecbplus.open(encoding="utf-8") as lines:
        for line in lines:
            text, truth, unseen = gold(json.loads(line)["sentences"])
            # The post-pass keeps a quotation of several sentences whole, on purpose.
            quoted = {at for at in truth if any(a < at <= b for a, b in quotation_spans(text))}
            for name, spans in zip(names, (nupunkt_spans(text), split(text))):
                for scope, aside in zip(scopes, (set(), quoted)):
                    found = ends(spans, text) - unseen - aside
                    truth_here = truth - aside
                    c = counts[name, scope]
                    c["tp"] += len(found & truth_here)
                    c["fp"] += len(found - truth_here)
                    c["fn"] += len(truth_here - found)
                    if name != names[1] or scope != scopes[1]:
                        continue
                    for kind, positions in (("false", found - truth_here), ("missed", truth_here - found)):
                        for at in sorted(positions):
                            if shown[kind] < args.show:
                                shown[kind] += 1
                                print(f"{kind}: ...{text[max(0, at - 60):at]} | {text[at:at + 40]}...")

    print("| splitter | scored on | boundaries | precision | recall | F1 |")
    print("|---|---|---|---|---|---|")
    for (name, scope), c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"])
        recall = c["tp"] / (c["tp"] + c["fn"])
        f1 = 2 * precision * recall / (precision + recall)
        print(f"| {name} | {scope} | {c['tp'] + c['fn']:,} | {precision:.3f} | {recall:.3f} | {f1:.3f} |")

if __name__ == "__main__":
    main()
