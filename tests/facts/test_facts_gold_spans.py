"""The hand annotations name the words they point at, in the text the reader gives.

The quality benchmark re-anchors a span on its words, so a wrong offset or a wrong
report id would be scored quietly against the wrong place; this keeps every gold file
exact. The DUC clusters are checked when their data (NIST licence) is on this machine.
"""

import json
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "facts" / "gold"
DUC = {
    "duc2003": Path("/work/data/duc2003"),
    "duc2004": Path("/work/data/duc2004"),
    "duc2003task3": Path("/work/data/duc2003task3"),
    "multiling2011": ROOT.parent / "shared" / "data" / "multiling2011",
}


@cache
def corpus_texts(corpus: str) -> dict[tuple[str, str], str]:
    """Each report's text in one corpus, by (cluster id, report id)."""
    from synopsis.io.datasets import read_clusters

    clusters = read_clusters(DUC[corpus])
    return {(cluster.id, article.id): article.text for cluster in clusters for article in cluster.articles}


def report_texts(path: Path, cluster: str) -> dict[str, str]:
    """The texts of the cluster's reports, by report id, as the benchmark reads them."""
    if path.name == "idlib.json":
        from synopsis import api

        return {article.id: article.text for article in api.read(ROOT / "examples" / "idlib")}
    # DUC 2003 and 2004 reuse cluster ids, so the file name says which corpus (MultiLing's too)
    corpus = path.name.split("_")[0]
    if not DUC[corpus].exists():
        pytest.skip(f"{corpus} data is not on this machine")
    return {doc: text for (cluster_id, doc), text in corpus_texts(corpus).items() if cluster_id == cluster}


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda path: path.stem)
def test_gold_spans_are_the_words_they_name(path):
    gold = json.loads(path.read_text())
    texts = report_texts(path, gold["cluster"])
    assert texts, f"no reports for cluster {gold['cluster']}"
    for item in gold["figures"] + gold["quotes"]:
        assert item["doc"] in texts, item
        assert texts[item["doc"]][item["start"] : item["end"]] == item["text"], item
    for kind in ("figure", "quote"):
        # the benchmark counts a report's figures as annotated only when the report is listed
        listed = gold.get(f"{kind}_docs")
        if listed is not None:
            assert set(listed) <= set(texts)
            assert {item["doc"] for item in gold[f"{kind}s"]} <= set(listed)
    for quote in gold["quotes"]:
        assert quote["speaker"] and all(alias.strip() for alias in quote["speaker"]), quote
    for conflict in gold["conflicts"]:
        values = [value["value"] for value in conflict["values"]]
        assert len(set(values)) == len(values) >= 2, conflict
        assert all(value["docs"] and set(value["docs"]) <= set(texts) for value in conflict["values"]), conflict
