"""Language identification on the MultiLing 2011 source texts: accuracy and speed.

Prints, for each of the seven languages, how many of its reports
`detect_language` names right, with the median milliseconds per report (the
model is loaded once, before timing; its load time is printed apart).

Then short texts, where telling a language is hard: the first 3, 5, 8 and 12
words of the first three lines of ten words or more of each MultiLing report,
and ECB+'s headlines (each document's second sentence, its first being the
address), whole and cut likewise; the share named right at each `--margins`
setting of how much higher another language must score than English (the
shipped one marked *).

    python benchmarks/text_language.py [--sources ../shared/data/multiling2011/SourceTexts] [--margins 0 4 8 12]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

from synopsis.text import language as detection
from synopsis.text.language import detect_language

SOURCES = Path(__file__).resolve().parents[2] / "shared" / "data" / "multiling2011" / "SourceTexts"
ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "ecbplus_documents.jsonl"
CUTS = (3, 5, 8, 12, None)
CODES = {"english": "en", "arabic": "ar", "czech": "cs", "french": "fr", "greek": "el", "hebrew": "he", "hindi": "hi"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--ecbplus", type=Path, default=ECBPLUS)
    parser.add_argument("--margins", type=float, nargs="+", default=[0, 4, detection._ENGLISH_MARGIN, 12])
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
    short_texts(args)


def short_texts(args) -> None:
    """The share of short texts named right, by language and length, at each margin."""
    lines: dict[str, list[list[str]]] = defaultdict(list)
    for path in sorted(args.sources.iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        long_lines = [line.split() for line in text.splitlines() if len(line.split()) >= 10]
        lines[path.suffix[1:].lower()].extend(long_lines[:3])
    codes = dict(CODES)
    if args.ecbplus.exists():
        codes["ECB+ headlines"] = "en"
        for line in args.ecbplus.open(encoding="utf-8"):
            sentences = json.loads(line).get("sentences") or []
            if len(sentences) > 1 and not sentences[1].startswith("http") and len(sentences[1].split()) >= 3:
                lines["ECB+ headlines"].append(sentences[1].split())
    shipped = detection._ENGLISH_MARGIN
    print()
    print("| texts | words | " + " | ".join(f"margin {m:g}{' *' if m == shipped else ''}" for m in args.margins) + " |")
    print("|---|---|" + "---:|" * len(args.margins))
    try:
        for name, found in lines.items():
            for cut in CUTS:
                texts = [" ".join(words[:cut]) for words in found]
                shares = []
                for margin in args.margins:
                    detection._ENGLISH_MARGIN = margin
                    shares.append(sum(detect_language(text) == codes[name] for text in texts) / len(texts))
                print(f"| {name} ({len(texts)}) | {cut or 'all'} | " + " | ".join(f"{s:.3f}" for s in shares) + " |")
    finally:
        detection._ENGLISH_MARGIN = shipped


if __name__ == "__main__":
    main()
