"""Quality of the fact sheet against hand annotations: conflicts, figures and quote speakers.

    python benchmarks/facts_quality.py [--split dev|test|all] [--clusters ID,ID...] [--details] [--duc /work/data/duc2003]
        [--duc2004 /work/data/duc2004] [--duc2003task3 /work/data/duc2003task3] [--multiling ../shared/data/multiling2011]

Gold files are tests/facts/gold/*.json: the example story (examples/idlib),
DUC 2003 (task 2 and task 3), DUC 2004 and MultiLing 2011 clusters (used when their folders exist;
the gold files hold ids, offsets and short strings, never the articles). The
development set is every file whose "split" is not "test": the example and the
DUC 2003, DUC 2004 and MultiLing clusters whose errors were studied while the
rules were written (most were first held out, then used; their "split_note" says
so). The test set is the files with "split": "test": clusters annotated by
hand before the fact sheet was ever run on them, and never used to change a rule;
their rows are printed apart, so the held-out figures are not mixed with the
tuned ones. `--split dev` scores the development set alone, without reading a
test cluster, so rules can be worked on while the test set stays unseen;
`--split test` scores the test set alone; `--clusters` scores only the clusters
named (a batch's clusters, to see how it does now). For each cluster it prints:

- conflicts: a found conflict is right when it shows two or more of a gold
  conflict's values, each from a report the gold gives it to;
- figures (in the reports whose figures were annotated): a found figure is right
  when it covers an annotated figure's words in the same report with its value;
- quote speakers: of the annotated quotes, the share the fact sheet lists with
  the right speaker (a quote not found counts as wrong).

`--details` prints, under each cluster's row, every gold conflict no found
conflict covers (with the found facts that hold its values) and every annotated
quote not found or given another speaker (with the words around it): the errors
to study, so use it on development clusters only.

What is annotated: figures that count people, things, places or money, with
percentages and fractions (not ages, durations, dates, times or measures of
length, speed or area); conflicts: quantities two reports give incompatible
values for (any quantity: an age or a mass too); every double-quoted passage
that a person or body is said to have said, with who said it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import chain
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "facts" / "gold"
MULTILING = ROOT.parent / "shared" / "data" / "multiling2011"


def load_gold(path: Path, texts: dict[str, str]) -> dict:
    """The gold file with every span re-anchored on its words, nearest to the stored offset."""
    gold = json.loads(path.read_text())
    for item in gold["figures"] + gold["quotes"]:
        text = texts[item["doc"]]
        starts = [m.start() for m in re.finditer(re.escape(item["text"]), text)]
        if starts:
            start = min(starts, key=lambda s: abs(s - item["start"]))
            item["end"] = start + (item["end"] - item["start"])
            item["start"] = start
    return gold


def conflict_scores(facts, gold) -> tuple[int, int, int, int]:
    """(right found, found, gold found, gold) for conflicts."""
    found = [f for f in facts if f.verdict == "conflict"]

    def covers(fact, conflict) -> bool:
        shown = 0
        for value in conflict["values"]:
            docs = set(value["docs"])
            if any(abs(v.value - value["value"]) < 1e-9 and docs & {s.doc for s in v.sources} for v in fact.values):
                shown += 1
        return shown >= 2

    right = sum(any(covers(f, c) for c in gold["conflicts"]) for f in found)
    recalled = sum(any(covers(f, c) for f in found) for c in gold["conflicts"])
    return right, len(found), recalled, len(gold["conflicts"])


def figure_scores(figures, gold) -> tuple[int, int, int, int]:
    """(right found, found, gold found, gold) for figures in the annotated reports."""
    docs = set(gold.get("figure_docs") or {f["doc"] for f in gold["figures"]})
    found = [f for f in figures if f.doc in docs]

    def same(figure, item) -> bool:
        return (
            figure.doc == item["doc"]
            and figure.span.start <= item["start"] < figure.span.end
            and abs(figure.amount.value - item["value"]) < 1e-9
        )

    right = sum(any(same(f, g) for g in gold["figures"]) for f in found)
    recalled = sum(any(same(f, g) for f in found) for g in gold["figures"])
    return right, len(found), recalled, len(gold["figures"])


def speaker_scores(quotes, gold) -> tuple[int, int, int]:
    """(quotes found, found with the right speaker, gold quotes)."""
    found = right = 0
    for item in gold["quotes"]:
        quote = next(
            (
                q for q in quotes
                for s in q.sources
                if s.doc == item["doc"] and s.start < item["end"] and item["start"] < s.end
            ),
            None,
        )
        if quote is None:
            continue
        found += 1
        right += any(_names_speaker(quote.speaker, alias) for alias in item["speaker"])
    return found, right, len(gold["quotes"])


def _names_speaker(speaker: str, alias: str) -> bool:
    words = _words(speaker)
    alias_words = _words(alias)
    return bool(alias_words) and all(w in words for w in alias_words)


def _words(text: str) -> list[str]:
    # "U.S." and "US" are one word
    return [w for w in re.findall(r"\w+", text.replace(".", "").lower()) if w not in ("the", "a", "an")]


def example():
    """(name, gold file, articles) for the example story, always development data."""
    from synopsis import api

    yield "idlib (example)", GOLD / "idlib.json", api.read(ROOT / "examples" / "idlib")


def duc_clusters(duc: Path, corpus: str, pattern: str, split: str | None = None):
    """(name, gold file, articles) for the clusters of one corpus that have a gold file
    (of one split, "test" or not, when split is given); DUC 2003 and 2004 reuse cluster ids,
    so gold files are matched within their own corpus; a cluster of another split is never scored or printed."""
    duc_gold = [p for p in sorted(GOLD.glob(pattern)) if split is None or _split(p) == split]
    if not duc_gold:
        return
    if not duc.exists():
        print(f"(skipping {corpus}: {duc} not found)", file=sys.stderr)
        return
    from synopsis.io.datasets import read_clusters

    wanted = {json.loads(p.read_text())["cluster"]: p for p in duc_gold}
    for cluster in read_clusters(duc):
        if cluster.id in wanted:
            yield f"{corpus} {cluster.id}", wanted[cluster.id], list(cluster.articles)


def _split(path: Path) -> str:
    # a file says "test" only while no rule has been changed by looking at it
    return "test" if json.loads(path.read_text()).get("split") == "test" else "dev"


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def main(argv: list[str] | None = None) -> int:
    from synopsis import api
    from synopsis.facts import fact_sheet
    from synopsis.facts.dates import report_dates
    from synopsis.facts.figures import figures
    from synopsis.model import FactSheet

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duc", type=Path, default=Path("/work/data/duc2003"), help="DUC 2003 folder (dev)")
    parser.add_argument("--duc2004", type=Path, default=Path("/work/data/duc2004"), help="DUC 2004 folder")
    parser.add_argument(
        "--duc2003task3", type=Path, default=Path("/work/data/duc2003task3"), help="DUC 2003 task 3 folder"
    )
    parser.add_argument("--multiling", type=Path, default=MULTILING, help="MultiLing 2011 folder")
    parser.add_argument(
        "--split", choices=("dev", "test", "all"), default="all",
        help="score the development clusters, the held-out test clusters, or both (default)",
    )
    parser.add_argument(
        "--clusters", type=lambda text: set(text.split(",")), default=None,
        help="score only these cluster ids (comma-separated; the example is 'idlib')",
    )
    parser.add_argument(
        "--details", action="store_true",
        help="also print each missed gold conflict and each annotated quote given no or the wrong speaker",
    )
    args = parser.parse_args(argv)

    header = (
        f"{'cluster':<24} {'conflicts P':>11} {'R':>5} {'(n)':>4}  {'figures P':>9} {'R':>5} {'(n)':>4}"
        f"  {'quotes found':>12} {'speaker acc':>11} {'(n)':>4}"
    )
    print(header)
    print("-" * len(header))

    def scored(named_clusters) -> list[int]:
        """Print a row per cluster; the summed counts."""
        totals = [0] * 11
        for name, gold_path, articles in named_clusters:
            if args.clusters is not None and name.split()[-1] not in args.clusters and name.split()[0] not in args.clusters:
                continue
            documents = api.prepare(articles)
            gold = load_gold(gold_path, {d.id: d.article.text for d in documents})
            mark = " *" if gold.get("held_out") else ""
            try:
                sheet = fact_sheet(documents)
                mentions = figures(documents, report_dates(documents))
            except Exception as error:  # noqa: BLE001 - a crash is scored, not hidden
                # a cluster the fact sheet fails on counts as nothing found, so the totals stay honest
                print(f"{name}: the fact sheet failed: {type(error).__name__}: {error}", file=sys.stderr)
                sheet, mentions, mark = FactSheet(), [], mark + " !"
            c = conflict_scores(sheet.facts, gold)
            f = figure_scores(mentions, gold)
            q = speaker_scores(sheet.quotes, gold)
            totals = [t + x for t, x in zip(totals, (*c, *f, *q))]
            print(_row(name + mark, c, f, q))
            if args.details:
                print(_details(sheet, gold, {d.id: d.article.text for d in documents}))
        return totals

    def split_clusters(split: str):
        yield from duc_clusters(args.duc, "DUC 2003", "duc2003_*.json", split)
        yield from duc_clusters(args.duc2004, "DUC 2004", "duc2004_*.json", split)
        yield from duc_clusters(args.duc2003task3, "DUC 2003 task 3", "duc2003task3_*.json", split)
        yield from duc_clusters(args.multiling, "MultiLing", "multiling*_*.json", split)

    totals = {}
    if args.split in ("dev", "all"):
        totals["dev (tuned on)"] = scored(chain(example(), split_clusters("dev")))
        print("-" * len(header))
        print(_row("dev (tuned on)", *_parts(totals["dev (tuned on)"])))
        print("-" * len(header))
    if args.split in ("test", "all"):
        totals["test (held out)"] = scored(split_clusters("test"))
        print("-" * len(header))
        print(_row("test (held out)", *_parts(totals["test (held out)"])))
        print("-" * len(header))
    if len(totals) > 1:
        print(_row("all", *_parts([sum(column) for column in zip(*totals.values())])))
    print("* annotated after the rules were written and first scored unseen; the rules changed after")
    print("! the fact sheet raised an error on this cluster (on stderr); scored as nothing found")
    print("dev: the example and the clusters seen while writing the rules; test: the")
    print("clusters marked test, annotated before the fact sheet was run on them, never used to change a rule")
    return 0


def _details(sheet, gold, texts: dict[str, str]) -> str:
    """The gold conflicts no found conflict covers, with the found facts that hold their values,
    and the annotated quotes not found or given another speaker, with the words around each."""
    lines = []
    found = [f for f in sheet.facts if f.verdict == "conflict"]
    for conflict in gold["conflicts"]:
        if any(conflict_scores([f], {"conflicts": [conflict]})[2] for f in found):
            continue
        values = ", ".join(f"{v['value']:g} {sorted(v['docs'])}" for v in conflict["values"])
        lines.append(f"    missed conflict: {conflict.get('quantity', '')}: {values}")
        for fact in sheet.facts:
            shown = [v for v in fact.values if any(abs(v.value - g["value"]) < 1e-9 for g in conflict["values"])]
            if shown:
                given = "; ".join(f"{v.value:g} {sorted({s.doc for s in v.sources})}" for v in fact.values)
                lines.append(f"      found {fact.verdict}: {fact.quantity}: {given}")
    for item in gold["quotes"]:
        quote = next(
            (q for q in sheet.quotes for s in q.sources
             if s.doc == item["doc"] and s.start < item["end"] and item["start"] < s.end),
            None,
        )
        if quote is not None and any(_names_speaker(quote.speaker, alias) for alias in item["speaker"]):
            continue
        text = texts[item["doc"]]
        around = " ".join(text[max(0, item["start"] - 160) : item["end"] + 100].split())
        given = "not found" if quote is None else repr(quote.speaker)
        lines.append(f"    speaker {given}, gold {item['speaker']}: {item['doc']} ... {around} ...")
    return "\n".join(lines)


def _parts(totals: list[int]) -> tuple[list[int], list[int], list[int]]:
    """Conflict, figure and speaker counts of one row of totals."""
    return totals[0:4], totals[4:8], totals[8:11]


def _row(name, c, f, q) -> str:
    return (
        f"{name:<24} {ratio(c[0], c[1]):>11} {ratio(c[2], c[3]):>5} {c[3]:>4}  {ratio(f[0], f[1]):>9} {ratio(f[2], f[3]):>5} {f[3]:>4}"
        f"  {ratio(q[0], q[2]):>12} {ratio(q[1], q[2]):>11} {q[2]:>4}"
    )


if __name__ == "__main__":
    sys.exit(main())
