"""Rebuild the NIST layout of DUC 2003 tasks 2 and 3 and DUC 2004 task 2 from public copies.

The DUC data is under a NIST licence, so the repository never holds it. This
script takes local copies of two public GitHub repositories (a checkout or a
bare git directory, in any order) and writes

    OUT/duc2003/docs/<cluster>/<DOCNO>       30 TDT clusters (d30003t ...)
    OUT/duc2003/models/D30003.M.100.T.B      4 reference summaries a cluster
    OUT/duc2004/docs/<cluster>/<DOCNO>       50 clusters of 10 reports
    OUT/duc2004/models/D30001.M.100.T.A      4 reference summaries a cluster
    OUT/duc2004/peers/<system>/<cluster>.txt 13 published systems (SumRepo)

and, with --duc2003-task3, a second set of development clusters:

    OUT/duc2003task3/docs/<cluster>/<DOCNO>  DUC 2003 task 3: 30 TREC clusters (d100a ... d129j)
    OUT/duc2003task3/models/D100.M.100.A.G   4 reference summaries a cluster, 100 words

Task 3's writers summarized each cluster from a viewpoint they were given,
so its summaries are more focused than task 2's; same assessors, same length.
The readers match a model to its cluster by the cluster's name less its
last letter (D100 for d100a), as for task 2.

Sources:
    ayushoriginal/Multi-Document-Summarization  duc2003/, duc2004/docs/
    stuartmackie/duc-2004-rouge                 models-txt/, peers-txt/

    python benchmarks/build_duc.py MDS_REPO DUC2004_ROUGE_REPO --out /work/data
    python benchmarks/build_duc.py MDS_REPO --duc2003-task3 --out /work/data
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

# DUC 2003 task 2 (TDT clusters, names ending in "t") and task 3 (TREC clusters d100a ... d129j) share the folders.
DUC2003_DOC = re.compile(r"^duc2003/docs\.without\.headlines/(d3\d{4}t)/([^/]+)$")
DUC2003_MODEL = re.compile(r"^duc2003/detagged\.duc2003\.abstracts/models/(D3\d{4}\.M\.100\.T\.[A-Z])\.html$")
DUC2003_TASK3_DOC = re.compile(r"^duc2003/docs\.without\.headlines/(d1\d\d[a-j])/([^/]+)$")
# Only the 100-word multi-document abstracts; ".P.10." are per-document ones.
DUC2003_TASK3_MODEL = re.compile(r"^duc2003/detagged\.duc2003\.abstracts/models/(D1\d\d\.M\.100\.[A-J]\.[A-Z])\.html$")
DUC2004_DOC = re.compile(r"^duc2004/docs/(d3\d{4}t)/([^/]+)$")
DUC2004_MODEL = re.compile(r"^models-txt/(d3\d{4}\.m\.100\.t\.[a-z])$")
DUC2004_PEER = re.compile(r"^peers-txt/(d3\d{4})\.([A-Za-z0-9_]+)$")


def is_bare_git(path: Path) -> bool:
    return (path / "HEAD").is_file() and (path / "objects").is_dir()


def files(source: Path, task3: bool = False) -> Iterator[tuple[str, bytes]]:
    """Every file of the layout in a checkout or a bare git directory's HEAD, as (relative path, bytes)."""
    if is_bare_git(source):
        yield from git_files(source, task3)
        return
    for path in sorted(source.rglob("*")):
        name = path.relative_to(source).as_posix()
        if path.is_file() and destination(name, task3) is not None:
            yield name, path.read_bytes()


def git_files(git_dir: Path, task3: bool = False) -> Iterator[tuple[str, bytes]]:
    # Read blobs one by one: a snapshot may lack large unrelated files, which `git archive` trips on.
    listing = subprocess.run(
        ["git", f"--git-dir={git_dir}", "ls-tree", "-r", "-z", "HEAD"],
        check=True, capture_output=True, text=True,
    ).stdout
    wanted = []
    for entry in filter(None, listing.split("\0")):
        meta, name = entry.split("\t", 1)
        if meta.split()[1] == "blob" and destination(name, task3) is not None:
            wanted.append((name, meta.split()[2]))
    batch = subprocess.run(
        ["git", f"--git-dir={git_dir}", "cat-file", "--batch"],
        input="".join(f"{oid}\n" for _, oid in wanted).encode(),
        check=True, capture_output=True,
    ).stdout
    stream = io.BytesIO(batch)
    for name, _ in wanted:
        size = int(stream.readline().split()[2])
        yield name, stream.read(size)
        stream.read(1)  # the newline after each blob


def destination(name: str, task3: bool = False) -> Path | None:
    """Where one source file goes in the NIST layout, or None if it is not part of it (task 3's unless `task3`)."""
    if match := DUC2003_DOC.match(name):
        return Path("duc2003/docs", *match.groups())
    if match := DUC2003_MODEL.match(name):
        return Path("duc2003/models", match[1])
    if task3 and (match := DUC2003_TASK3_DOC.match(name)):
        return Path("duc2003task3/docs", *match.groups())
    if task3 and (match := DUC2003_TASK3_MODEL.match(name)):
        return Path("duc2003task3/models", match[1])
    if match := DUC2004_DOC.match(name):
        return Path("duc2004/docs", *match.groups())
    if match := DUC2004_MODEL.match(name):
        return Path("duc2004/models", match[1].upper())
    if match := DUC2004_PEER.match(name):
        cluster, system = match.groups()
        return Path("duc2004/peers", system, f"{cluster}t.txt")
    return None


def build(sources: list[Path], out: Path, task3: bool = False) -> Counter:
    written: Counter = Counter()
    for source in sources:
        for name, data in files(source, task3):
            target = destination(name, task3)
            if target is None:
                continue
            (out / target).parent.mkdir(parents=True, exist_ok=True)
            (out / target).write_bytes(data)
            written[target.parts[0], target.parts[1]] += 1
    return written


def census(out: Path) -> list[str]:
    """One line a collection: clusters, documents, references, and clusters lacking 4 references."""
    lines = []
    for year in ("duc2003", "duc2003task3", "duc2004"):
        docs = out / year / "docs"
        if year == "duc2003task3" and not docs.is_dir():
            continue
        clusters = sorted(p.name for p in docs.iterdir()) if docs.is_dir() else []
        documents = sum(len(list((docs / c).iterdir())) for c in clusters)
        # A model names its cluster less the cluster's last letter (D30003 for d30003t, D100 for d100a).
        models = Counter(p.name.split(".")[0].lower() for p in (out / year / "models").glob("D*"))
        short = [c for c in clusters if models[c[:-1]] != 4]
        lines.append(
            f"{year}: {len(clusters)} clusters, {documents} documents, "
            f"{sum(models.values())} references; clusters without 4 references: {short or 'none'}"
        )
    peers = out / "duc2004" / "peers"
    if peers.is_dir():
        systems = sorted(p.name for p in peers.iterdir())
        sizes = {len(list((peers / s).iterdir())) for s in systems}
        lines.append(f"duc2004 peers: {len(systems)} systems ({', '.join(systems)}), {sizes} summaries each")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", type=Path, help="checkouts or bare git dirs of the public copies")
    parser.add_argument("--out", type=Path, required=True, help="where to write the NIST layout")
    parser.add_argument("--duc2003-task3", action="store_true", help="also write DUC 2003 task 3 to OUT/duc2003task3")
    args = parser.parse_args(argv)
    for source in args.sources:
        if not source.is_dir():
            parser.error(f"not a folder: {source}")
    written = build(args.sources, args.out, args.duc2003_task3)
    if not written:
        print("no DUC files found in the given sources", file=sys.stderr)
        return 1
    for line in census(args.out):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
