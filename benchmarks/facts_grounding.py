"""How well the grounding check tells supported summary sentences from altered ones.

    python benchmarks/facts_grounding.py [--clusters 10] [--words 100]

For the example and the first DUC 2003 clusters (when present) it writes a brief
and checks it: every violation on an untouched extractive sentence is a false
alarm. Then it alters each sentence once per kind, as an unfaithful summary
would: a number raised by 7, a weekday or month moved to the next one, a name
swapped for one no report gives ("Vladimir Putin"); each altered sentence the
check passes is a miss. Prints false alarms and detection rates per kind.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


def alterations(text: str) -> dict[str, str]:
    """One altered copy of a sentence per kind it allows."""
    from synopsis.facts.grounding import names
    from synopsis.facts.numbers import AMOUNT

    altered = {}
    digits = next((m for m in AMOUNT.finditer(text) if re.fullmatch(r"\d[\d,]*", m.group("number"))), None)
    if digits:
        value = int(digits.group("number").replace(",", "")) + 7
        altered["number"] = text[: digits.start("number")] + f"{value:,}" + text[digits.end("number") :]
    day = re.search(r"\b(" + "|".join(WEEKDAYS + MONTHS) + r")\b", text)
    if day:
        cycle = WEEKDAYS if day.group() in WEEKDAYS else MONTHS
        following = cycle[(cycle.index(day.group()) + 1) % len(cycle)]
        altered["date"] = text[: day.start()] + following + text[day.end() :]
    found = [n for n in names(text) if not re.fullmatch("|".join(WEEKDAYS + MONTHS), n)]
    if found:
        altered["name"] = text.replace(found[0], "Vladimir Putin", 1)
    return altered


def clusters(count: int, duc: Path):
    from synopsis import api

    yield "idlib", api.read(ROOT / "examples" / "idlib")
    if duc.exists():
        from synopsis.io.datasets import read_clusters

        for number, cluster in enumerate(read_clusters(duc)):
            if number >= count:
                break
            yield cluster.id, list(cluster.articles)


def main(argv: list[str] | None = None) -> int:
    from synopsis import api
    from synopsis.facts.grounding import check_grounding

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=10, help="DUC 2003 clusters to use")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--duc", type=Path, default=Path("/work/data/duc2003"))
    args = parser.parse_args(argv)

    sentences = alarms = 0
    caught = {"number": [0, 0], "date": [0, 0], "name": [0, 0]}
    used = 0
    for _, articles in clusters(args.clusters, args.duc):
        used += 1
        brief = api.brief(articles, args.words, facts=False)
        sentences += len(brief.summary)
        alarms += len({v.sentence for v in check_grounding(brief)})
        for sentence in brief.summary:
            for kind, text in alterations(sentence.text).items():
                changed = dataclasses.replace(brief, summary=(dataclasses.replace(sentence, text=text),))
                caught[kind][1] += 1
                caught[kind][0] += bool(check_grounding(changed))
    print(f"clusters: {used}; summary sentences: {sentences}")
    print(f"{'sentences':<28} {'checked':>7} {'flagged':>7} {'rate':>6}")
    print("-" * 51)
    print(f"{'untouched (false alarms)':<28} {sentences:>7} {alarms:>7} {alarms / max(sentences, 1):>6.2f}")
    for kind, (flagged, total) in caught.items():
        print(f"{'altered ' + kind:<28} {total:>7} {flagged:>7} {flagged / max(total, 1):>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
