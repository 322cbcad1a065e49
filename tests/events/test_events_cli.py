"""`synopsis cluster` and `synopsis digest` end to end, as a user runs them."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = shutil.which("synopsis") or [sys.executable, "-m", "synopsis"]


def synopsis(*args, stdin=None):
    command = [SCRIPT] if isinstance(SCRIPT, str) else list(SCRIPT)
    done = subprocess.run(command + [str(a) for a in args], input=stdin, capture_output=True, timeout=600)
    stderr = done.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    return done.returncode, done.stdout.decode("utf-8"), stderr


@pytest.fixture
def feed_file(tmp_path, stories):
    """The nine reports as JSONL, interleaved, with a gold field, a bad line and a copy."""
    lines = []
    for round in range(3):
        for name, texts in stories.items():
            record = {"id": f"{name}-{round}", "text": texts[round], "event": name, "source": f"Outlet {round}"}
            record["date"] = f"2014-05-{20 + round:02d}"
            lines.append(json.dumps(record))
    lines.insert(4, "{this is not json")
    lines.append(json.dumps({"id": "copy", "text": stories["final"][0], "event": "final", "date": "2014-05-23"}))
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_cluster_writes_one_line_an_article_in_input_order(feed_file, stories):
    code, out, err = synopsis("cluster", feed_file)
    assert code == 0
    assert "line 5: not valid JSON" in err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows][:4] == ["quake-0", "final-0", "election-0", "quake-1"]
    events = {r["id"]: r["event"] for r in rows}
    assert len(rows) == 10
    for name in stories:
        assert len({events[f"{name}-{i}"] for i in range(3)}) == 1
    assert len(set(events.values())) == 3
    assert events["copy"] == events["final-0"]


def test_cluster_out_file_and_stdin(feed_file, tmp_path):
    out_file = tmp_path / "events.jsonl"
    code, out, _ = synopsis("cluster", "-", "--out", out_file, "--mode", "tfidf", stdin=feed_file.read_bytes())
    assert code == 0 and out == ""
    assert len(out_file.read_text().splitlines()) == 10


def test_cluster_scores_against_gold(feed_file):
    for extra in ([], ["--shuffle", "3"]):
        code, out, err = synopsis("cluster", feed_file, "--gold", "event", *extra)
        assert code == 0
        assert err.count("\n") == 1 and "line 5: not a JSON object" in err  # skipped, the rest scored
        row = out.splitlines()[-1].split("|")
        assert row[1].strip() == "10" and row[4].strip() == "3 (3)" and row[7].strip() == "1.000"


def test_cluster_gold_reads_ecbplus_lines(tmp_path, stories):
    lines = [
        {"doc_id": "1_1ecbplus", "event": "1b", "sentences": ["http: / / example. com / a", stories["quake"][0]]},
        {"doc_id": "1_2ecbplus", "event": "1b", "sentences": [stories["quake"][1]]},
        {"doc_id": "2_1ecb", "sentences": [stories["final"][0]]},
    ]
    path = tmp_path / "ecb.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    code, out, err = synopsis("cluster", path, "--gold", "event", "--out", tmp_path / "events.jsonl")
    assert code == 0 and "no gold field 'event'" in err
    assert "| 2 |" in out
    assert [json.loads(l)["id"] for l in (tmp_path / "events.jsonl").read_text().splitlines()] == ["1_1ecbplus", "1_2ecbplus"]


def test_cluster_missing_input(tmp_path):
    code, _, err = synopsis("cluster", tmp_path / "nothing.jsonl")
    assert code == 3 and "no such file" in err


def test_cluster_bad_option():
    code, _, _ = synopsis("cluster", "x.jsonl", "--threshold", "3")
    assert code == 2


def test_cluster_workers_do_not_change_the_events(tmp_path, stories):
    # More articles than one batch (64), so the workers featurize some of them.
    lines = [
        json.dumps({"id": f"{name}-{i}", "text": f"{texts[i % 3]} Update {i}.", "date": "2014-05-20"})
        for i in range(50) for name, texts in stories.items()
    ]
    feed = tmp_path / "long.jsonl"
    feed.write_text("\n".join(lines) + "\n")
    outputs = [synopsis("cluster", feed, "--workers", n)[1] for n in (0, 1, 2)]
    assert len(outputs[0].splitlines()) == 150 and outputs[0] == outputs[1] == outputs[2]
    code, _, err = synopsis("cluster", feed, "--workers", "-1")
    assert code == 2 and "--workers" in err and len(err.strip().splitlines()) == 1


def test_digest_markdown_lists_events_biggest_first(feed_file):
    code, out, err = synopsis("digest", feed_file, "--words", 30)
    assert code == 0, err
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert len(headings) == 3
    assert headings[0].startswith("## 1. ") and "Real Madrid" in out.split("## 2.")[0]  # four reports, with the copy
    assert "*4 reports · Outlet 0, Outlet 1, Outlet 2 · 2014-05-20 to 2014-05-23*" in out
    assert "[1]" in out  # the brief cites its reports


def test_digest_json_and_html(feed_file, tmp_path):
    code, out, err = synopsis("digest", feed_file, "--format", "json", "--top", 2)
    assert code == 0, err
    data = json.loads(out)
    assert data["reports"] == 10 and len(data["events"]) == 2
    first = data["events"][0]
    assert first["reports"] == 4 and first["first_date"] == "2014-05-20" and first["last_date"] == "2014-05-23"
    assert first["brief"]["summary"] and all(s["sources"] for s in first["brief"]["summary"])
    page = tmp_path / "digest.html"
    code, _, err = synopsis("digest", feed_file, "--format", "html", "--out", page)
    assert code == 0, err
    html = page.read_text()
    assert html.count("<article") == 3 and html.count("<h1>") == 1
    ids = [part.split('"', 1)[0] for part in html.split(' id="')[1:]]
    assert len(ids) == len(set(ids))  # each event's citations point into its own source list
    assert 'href="#event-2-source-1"' in html


def test_digest_min_articles(feed_file):
    code, out, _ = synopsis("digest", feed_file, "--min-articles", 4)
    assert code == 0 and out.count("\n## ") == 1
