"""`synopsis eval`: score methods run here and summary folders made elsewhere, in one ROUGE table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from synopsis.cli.batch import add_dataset_arguments

DEFAULT_SYSTEMS = ("default", "lead", "oracle")

EXAMPLES = """examples:
  synopsis eval /work/data/duc2003 --systems lead --limit 5
  synopsis eval /work/data/duc2003 --systems default lead --peers runs/lexrank --rouge both --jobs 2
  synopsis eval /work/data/duc2003 --peers runs/default --details scores.csv --markdown

exit codes: 0 success, 1 a cluster failed or a file cannot be written, 2 bad command line,
3 unreadable input, 4 no clusters.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score summarization methods and summary folders against a benchmark's references",
        description="Run methods on every cluster of a benchmark and/or read summary folders "
        "(DIR/<cluster_id>.txt, as `synopsis batch` writes them), then print one ROUGE table. "
        "Scores are the mean over references (ROUGE-1.5.5 -f A) then over clusters; "
        "a cluster a system has no summary for scores 0.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_dataset_arguments(parser)
    from synopsis.evaluate.systems import available_systems

    parser.add_argument(
        "--systems", nargs="*", metavar="NAME", default=None, choices=available_systems(),
        help=f"methods to run ({', '.join(available_systems())}), 'oracle' for the greedy ROUGE-2 upper bound "
        f"(default: {' '.join(DEFAULT_SYSTEMS)} unless --peers is given)",
    )
    parser.add_argument("--peers", nargs="*", type=Path, default=(), metavar="DIR", help="folders of existing summaries to score (default: none)")
    parser.add_argument("--rouge", choices=("python", "perl", "both"), default="python",
                        help="rouge-score R-1/R-2/R-L, or ROUGE-1.5.5 R-1/R-2/R-SU4 at the DUC 2004 settings (default: python)")
    parser.add_argument("--measure", choices=("recall", "f"), default="recall", help="score shown (default: recall, as in DUC)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--save", type=Path, default=None, metavar="DIR", help="also write each method's summaries to DIR/<method>/ (default: not saved)")
    parser.add_argument("--details", type=Path, default=None, metavar="CSV",
                        help="also write rouge-score per system and cluster to CSV, for error analysis (default: no CSV)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from synopsis.cli.common import reported_warnings

    with reported_warnings():
        return score_systems(args)


def score_systems(args) -> int:
    from synopsis.cli.batch import check_folder, load_clusters, progress, report_failures, write_summary
    from synopsis.cli.common import check_writable
    from synopsis.errors import InputError
    from synopsis.evaluate.systems import available_systems, by_system, check_systems, run_clusters
    from synopsis.io.datasets import read_summaries, summary_file_name
    from synopsis.io.readers import warn
    from synopsis.model import Budget

    systems = list(args.systems if args.systems is not None else [] if args.peers else
                   [s for s in DEFAULT_SYSTEMS if s in available_systems()])
    check_systems(systems)
    if args.details:
        check_writable(str(args.details))  # before the work, not after it
    if args.save:
        check_folder(args.save)
    if not systems and not args.peers:
        raise InputError("nothing to score: name --systems or --peers")
    clusters = [c for c in load_clusters(args) if c.references]
    if not clusters:
        raise InputError(f"no cluster in {args.input} has reference summaries")
    references = {c.id: c.references for c in clusters}

    runs = list(progress(run_clusters(clusters, systems, Budget(words=args.words), args.jobs, args.whole_sentences), len(clusters), "eval"))
    failed = report_failures(runs)
    summaries = dict(by_system(runs, systems))
    if args.save:
        for system, texts in summaries.items():
            check_folder(args.save / system)
            for cluster, text in texts.items():
                write_summary(args.save / system, cluster, text)
    for folder in args.peers:
        found = read_summaries(folder, references)
        if len(found) < len(references):
            # A cluster without a summary scores 0, so a misnamed folder must not pass unnoticed.
            warn(f"{folder} holds summaries of {len(found)} of the {len(references)} clusters "
                 f"(named <cluster id>.txt, e.g. {summary_file_name(next(iter(references)))}); the others score 0")
        summaries[_peer_name(folder, summaries)] = found

    per_cluster = rouge_score_clusters(summaries, references, args)
    print(score_table(summaries, per_cluster, references, runs, args))
    if args.details:
        write_details(args.details, per_cluster)
    # The table is printed all the same; a failed cluster scores 0 and the exit code says so.
    return 1 if failed else 0


def rouge_score_clusters(summaries, references, args) -> dict:
    """Each system's rouge-score on each cluster, computed once for the table and the details alike."""
    from synopsis.cli.batch import progress
    from synopsis.evaluate.rouge import rouge_python_clusters

    if args.rouge == "perl" and not args.details:
        return {}
    scored = progress(summaries.items(), len(summaries), "rouge-score")
    return {name: rouge_python_clusters(texts, references, args.words) for name, texts in scored}


def write_details(path: Path, per_cluster) -> None:
    """system, cluster, then rouge-score precision, recall and F of each measure, a row a pair."""
    import csv
    import io

    from synopsis.cli.common import write_atomically
    from synopsis.evaluate.rouge import PYTHON_MEASURES

    # Rows first, then one atomic write, so a failure never leaves half a file.
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["system", "cluster", *(f"{m}_{f}" for m in PYTHON_MEASURES for f in ("p", "r", "f"))])
    for system, clusters in per_cluster.items():
        for cluster, scores in clusters.items():
            writer.writerow([system, cluster, *(f"{v:.5f}" for m in PYTHON_MEASURES for v in scores[m])])
    write_atomically(str(path), out.getvalue())


def _peer_name(folder: Path, taken) -> str:
    """The folder's name, with its parent's when a method or another folder is called alike."""
    name = folder.resolve().name
    if name.lower() in {t.lower() for t in taken}:
        name = f"{folder.resolve().parent.name}/{name}"
    return name if name not in taken else str(folder)


def score_table(summaries, per_cluster, references, runs, args) -> str:
    """One row a system: its ROUGE scores, seconds per cluster and clusters summarized."""
    from synopsis.evaluate.rouge import PERL_MEASURES, PYTHON_MEASURES, mean_over_clusters, rouge_perl
    from synopsis.evaluate.systems import median_seconds
    from synopsis.evaluate.tables import format_table, percent, seconds

    field = "recall" if args.measure == "recall" else "fmeasure"
    header, columns = ["system"], {name: [] for name in summaries}
    if args.rouge in ("python", "both"):
        header += ["R-1", "R-2", "R-L"]
        for name in summaries:
            scores = mean_over_clusters(per_cluster[name])
            columns[name] += [percent(getattr(scores[m], field)) for m in PYTHON_MEASURES]
    if args.rouge in ("perl", "both"):
        prefix = "1.5.5 " if args.rouge == "both" else ""
        header += [f"{prefix}R-1", f"{prefix}R-2", f"{prefix}R-SU4"]
        print("running ROUGE-1.5.5 ...", file=sys.stderr)
        scores = rouge_perl(summaries, references, args.words)
        for name in summaries:
            columns[name] += [percent(getattr(scores[name][m], field)) if m in scores[name] else "—" for m in PERL_MEASURES]
    header += ["s/cluster", "clusters"]
    rows = [[name, *columns[name], seconds(median_seconds(runs, name)), str(len(texts))] for name, texts in summaries.items()]
    what = "recall" if field == "recall" else "F1"
    caption = (f"ROUGE {what} x100 on {len(references)} clusters, summaries cut to {args.words} words, "
               "stemmed, mean over references then clusters; s/cluster: median seconds, preparation included")
    return format_table(header, rows, markdown=args.markdown) + "\n" + caption
