"""How fast `synopsis.read` takes in large inputs: prints a table of median times.

    python benchmarks/read_speed.py [--runs 5]

The inputs are generated from the example story in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from synopsis.io.readers import read_articles

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "idlib"


def paragraphs() -> list[str]:
    return [p for seed in sorted(EXAMPLE.iterdir()) for p in seed.read_text(encoding="utf-8").split("\n") if p.strip()]


def story(number: int, pool: list[str], size: int = 3) -> str:
    return "\n\n".join(pool[(number * 7 + k * 13) % len(pool)] for k in range(size))


def page(number: int, pool: list[str]) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in story(number, pool, 6).split("\n\n"))
    return (
        f"<html><head><title>Report {number}</title><meta property='og:site_name' content='Wire'>"
        f"<meta property='article:published_time' content='2019-12-2{number % 10}'></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Report {number}</h1>{body}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )


def build(root: Path) -> dict[str, tuple[Path, int]]:
    """Each case: the path to read and how many articles it holds."""
    pool = paragraphs()
    cases = {}
    folder = root / "small"
    folder.mkdir()
    for number in range(1000):
        (folder / f"{number:04d}.txt").write_text(story(number, pool), encoding="utf-8")
    cases["1,000 .txt files"] = (folder, 1000)
    feed = root / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as file:
        for number in range(10_000):
            file.write(json.dumps({"id": f"r{number}", "text": story(number, pool), "date": "2019-12-22"}) + "\n")
    cases["10,000-line .jsonl"] = (feed, 10_000)
    big = root / "big.txt"
    text, number = [], 0
    while sum(map(len, text)) < 5_000_000:
        text.append(pool[number % len(pool)])
        number += 1
    big.write_text("\n\n".join(text), encoding="utf-8")
    cases["one 5 MB .txt article"] = (big, 1)
    pages = root / "pages"
    pages.mkdir()
    for number in range(100):
        (pages / f"{number:03d}.html").write_text(page(number, pool), encoding="utf-8")
    cases["100 .html pages (trafilatura)"] = (pages, 100)
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        cases = build(Path(temporary))
        read_articles([cases["100 .html pages (trafilatura)"][0]])  # load trafilatura once, outside the timing
        print(f"| input | articles | MB | median s ({args.runs} runs) | articles/s |")
        print("|---|---:|---:|---:|---:|")
        for name, (path, expected) in cases.items():
            size = sum(p.stat().st_size for p in ([path] if path.is_file() else path.iterdir())) / 1e6
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                articles = read_articles([path])
                times.append(time.perf_counter() - start)
            assert len(articles) == expected, (name, len(articles))
            median = statistics.median(times)
            print(f"| {name} | {expected:,} | {size:.1f} | {median:.3f} | {expected / median:,.0f} |")


if __name__ == "__main__":
    main()
