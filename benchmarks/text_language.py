"""Language identification on the MultiLing 2011 source texts: accuracy and speed.

Prints, for each of the seven languages, how many of its reports
`detect_language` names right, with the median milliseconds per report (the
model is loaded once, before timing; its load time is printed apart).

    python benchmarks/text_language.py [--sources ../shared/data/multiling2011/SourceTexts]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path

from synopsis.text.language import detect_language

SOURCES = Path(__file__).resolve().parents[2] / "shared" / "data" / "multiling2011" / "SourceTexts"
CODES = {"english": "en", "arabic": "ar", "czech": "cs", "french": "fr", "greek": "el", "hebrew": "he", "hindi": "hi"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=SOURCES)
    args = parser.parse_args()

    start = time.perf_counter()
    detect_language("Ceci est une phrase en français.")  # loads the model
    print(f"model load: {time.perf_counter() - start:.2f} s")
    right, times = defaultdict(int), defaultdict(list)
    for path in sorted(args.sources.iterdir()):
        language = path.suffix[1:].lower()
        text = path.read_text(encoding="utf-8", errors="replace")
        start = time.perf_counter()
        code = detect_language(text)
        times[language].append(time.perf_counter() - start)
        right[language] += code == CODES[language]
    print("| language | reports | named right | median ms per report |")
    print("|---|---|---|---|")
    for language in CODES:
        count = len(times[language])
        print(f"| {language} | {count} | {right[language]} | {1000 * statistics.median(times[language]):.2f} |")


if __name__ == "__main__":
    main()
