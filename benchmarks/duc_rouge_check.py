"""Check the ROUGE-1.5.5 wrapper against published DUC 2004 task 2 scores.

Scores the 13 SumRepo systems (Hong et al., LREC 2014) whose summaries
stuartmackie/duc-2004-rouge ships, with `synopsis.evaluate.rouge.rouge_perl`
at the DUC 2004 settings, and prints them beside the recall that repository
publishes (its README, same settings); then rouge-score's numbers for contrast.

    python benchmarks/build_duc.py ... --out /work/data
    python benchmarks/duc_rouge_check.py /work/data/duc2004
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Published ROUGE-1.5.5 recall x100: stuartmackie/duc-2004-rouge README.txt.
PUBLISHED = {
    "Lead": (31.46, 6.13, 0.62),
    "LexRank": (36.00, 7.51, 0.83),
    "Centroid": (36.42, 7.98, 1.20),
    "FreqSum": (35.31, 8.12, 1.00),
    "TsSum": (35.93, 8.16, 1.03),
    "GreedyKL": (38.03, 8.56, 1.27),
    "CLASSY04": (37.71, 9.02, 1.53),
    "CLASSY11": (37.21, 9.21, 1.48),
    "Submodular": (39.23, 9.37, 1.39),
    "DPP": (39.84, 9.62, 1.57),
    "OCCAMS_V": (38.50, 9.75, 1.33),
    "RegSum": (38.60, 9.78, 1.62),
    "ICSISumm": (38.44, 9.81, 1.74),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("duc2004", type=Path, help="the DUC 2004 folder build_duc.py wrote (docs/, models/, peers/)")
    args = parser.parse_args(argv)

    from synopsis.evaluate.rouge import rouge_perl, rouge_python
    from synopsis.io.datasets import read_clusters, read_summaries

    references = {c.id: c.references for c in read_clusters(args.duc2004, "duc")}
    systems = {name: read_summaries(args.duc2004 / "peers" / name, references) for name in PUBLISHED}
    perl = rouge_perl(systems, references, words=100, su4=False)

    print("| system | published R-1 | ours R-1 | Δ | published R-2 | ours R-2 | Δ | published R-4 | ours R-4 | Δ | rouge-score R-1 | rouge-score R-2 |")
    print("|---|" + "---:|" * 11)
    deltas = []
    for name, published in PUBLISHED.items():
        ours = [100 * perl[name][m].recall for m in ("rouge1", "rouge2", "rouge4")]
        python = rouge_python(systems[name], references, words=100)
        cells = []
        for p, o in zip(published, ours):
            cells += [f"{p:.2f}", f"{o:.2f}", f"{o - p:+.2f}"]
            deltas.append(abs(o - p))
        print(f"| {name} | " + " | ".join(cells) + f" | {100 * python['rouge1'].recall:.2f} | {100 * python['rouge2'].recall:.2f} |")
    print(f"\nlargest |Δ|: {max(deltas):.2f} points over {len(PUBLISHED)} systems x 3 measures, {len(references)} clusters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
