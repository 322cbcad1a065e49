import json

import pytest

from synopsis.cli import main

REPORTS = {
    "d1t": [
        "A strong earthquake struck the northern province on Sunday. Officials said at least forty people died. "
        "Rescue teams searched collapsed houses through the night.",
        "At least forty people died when an earthquake hit the north on Sunday, officials said. "
        "The quake destroyed hundreds of homes. Aid agencies sent tents and water.",
        "The government declared three days of mourning after the earthquake. "
        "Rescue teams were still searching for survivors on Monday.",
    ],
    "d2t": [
        "The central bank raised its main interest rate by half a point on Thursday. "
        "The governor said inflation was too high. Markets had expected a smaller rise.",
        "Borrowing costs rose on Thursday as the central bank lifted rates by half a point. "
        "Shares fell after the decision. Economists expect another rise next month.",
    ],
}
REFERENCES = {
    "d1t": "An earthquake in the north killed at least forty people on Sunday. Rescue teams searched for survivors.",
    "d2t": "The central bank raised rates by half a point to fight inflation. Shares fell.",
}


def sgml(docno, text):
    return f"<DOC>\n<DOCNO> {docno} </DOCNO>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n"


@pytest.fixture
def duc_layout(tmp_path):
    root = tmp_path / "bench"
    for cluster, reports in REPORTS.items():
        folder = root / "docs" / cluster
        folder.mkdir(parents=True)
        for n, text in enumerate(reports):
            docno = f"APW2001010{n + 1}.00{n}{cluster[1]}"
            (folder / docno).write_text(sgml(docno, text))
    (root / "models").mkdir()
    for cluster, text in REFERENCES.items():
        (root / "models" / f"{cluster[:-1].upper()}.M.100.T.A").write_text(text)
    return root


def test_batch_writes_one_file_a_cluster_named_by_its_id(duc_layout, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["batch", str(duc_layout), "--words", "30", "--out", str(out), "--method", "lead"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["d1t.txt", "d2t.txt"]
    lines = (out / "d1t.txt").read_text().splitlines()
    assert lines and all(line.strip() for line in lines)
    assert sum(len(line.split()) for line in lines) <= 30
    assert all(line in " ".join(REPORTS["d1t"]) for line in lines)  # extracts, one sentence a line
    assert "2 summaries written" in capsys.readouterr().err


def test_batch_cuts_a_summary_at_the_limit_by_the_duc_convention(duc_layout, tmp_path):
    out = tmp_path / "out"
    assert main(["batch", str(duc_layout), "--words", "30", "--out", str(out)]) == 0
    lines = (out / "d1t.txt").read_text().splitlines()
    assert sum(len(line.split()) for line in lines) == 30  # what a scorer cutting at 30 words reads, no more
    sentences = " ".join(REPORTS["d1t"]).replace(". ", ".\n").splitlines()
    # Narrowed to its news span (an opening or an attribution dropped), a line is still one run of a sentence's words.
    assert all(any(line in s for s in sentences) for line in lines)
    assert lines[-1] not in sentences


def test_batch_whole_sentences_keeps_every_line_whole(duc_layout, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["batch", str(duc_layout), "--words", "30", "--out", str(out), "--whole-sentences"]) == 0
    lines = (out / "d1t.txt").read_text().splitlines()
    sentences = " ".join(REPORTS["d1t"]).replace(". ", ".\n").splitlines()
    assert lines and all(line in sentences for line in lines)
    assert sum(len(line.split()) for line in lines) < 30
    with pytest.raises(SystemExit):
        main(["batch", "--help"])
    assert "--whole-sentences" in capsys.readouterr().out


def test_batch_skips_a_bad_cluster_and_names_it(duc_layout, tmp_path, capsys):
    empty = duc_layout / "docs" / "d3t"
    empty.mkdir()
    (empty / "README").write_text("no SGML here")
    out = tmp_path / "out"
    code = main(["batch", str(duc_layout), "--out", str(out), "--jobs", "2"])
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == ["d1t.txt", "d2t.txt"]
    err = capsys.readouterr().err
    assert "cluster d3t skipped" in err
    assert "synopsis: warning: " in err and "README" in err  # the file read as no report, in one line


def test_batch_rejects_an_unknown_method_in_one_line(duc_layout, tmp_path, capsys):
    for command in (["batch", str(duc_layout), "--out", str(tmp_path / "o"), "--method"], ["eval", str(duc_layout), "--systems", "lead"]):
        with pytest.raises(SystemExit) as stop:
            main(command + ["nonesuch"])
        err = capsys.readouterr().err
        assert stop.value.code == 2 and err.count("\n") == 1 and "nonesuch" in err and "--help" in err


def test_eval_prints_one_table_for_methods_oracle_and_peer_folders(duc_layout, tmp_path, capsys):
    peer = tmp_path / "mine"
    peer.mkdir()
    for cluster, text in REFERENCES.items():
        (peer / f"{cluster}.txt").write_text(text)  # a perfect peer
    code = main(["eval", str(duc_layout), "--systems", "lead", "oracle", "--peers", str(peer), "--words", "100"])
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["system", "R-1", "R-2", "R-L", "s/cluster", "clusters"]
    rows = {line.split()[0]: line.split() for line in out[2:5]}
    assert set(rows) == {"lead", "oracle", "mine"}
    assert rows["mine"][1:4] == ["100.00", "100.00", "100.00"] and rows["mine"][4] == "—"
    assert float(rows["oracle"][2]) >= float(rows["lead"][2]) > 0
    assert "2 clusters" in out[-1]


def test_eval_markdown_saved_summaries_and_details(duc_layout, tmp_path, capsys):
    saved, details = tmp_path / "saved", tmp_path / "details.csv"
    assert main(["eval", str(duc_layout), "--systems", "lead", "--markdown", "--save", str(saved), "--details", str(details)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("| system | R-1 |") and out[1].startswith("|---|")
    assert sorted(p.name for p in (saved / "lead").iterdir()) == ["d1t.txt", "d2t.txt"]
    rows = [line.split(",") for line in details.read_text().splitlines()]
    assert rows[0][:4] == ["system", "cluster", "rouge1_p", "rouge1_r"]
    assert [row[:2] for row in rows[1:]] == [["lead", "d1t"], ["lead", "d2t"]]
    mean_r1 = sum(float(row[3]) for row in rows[1:]) / 2
    assert f"{100 * mean_r1:.2f}" == out[2].split("|")[2].strip()



def test_eval_scores_each_summary_once_for_the_table_and_the_details(duc_layout, tmp_path, monkeypatch):
    import synopsis.evaluate.rouge as rouge

    scored = []
    real = rouge.score_summary

    def counted(summary, references, words=100):
        scored.append(summary)
        return real(summary, references, words)

    monkeypatch.setattr(rouge, "score_summary", counted)
    details = tmp_path / "details.csv"
    assert main(["eval", str(duc_layout), "--systems", "lead", "oracle", "--details", str(details)]) == 0
    assert len(scored) == 4  # two systems, two clusters
    scored.clear()
    assert main(["eval", str(duc_layout), "--systems", "lead", "--rouge", "perl"]) == (1 if rouge.perl_available() else 0)
    assert scored == []  # ROUGE-1.5.5 alone needs no rouge-score

def test_eval_without_references_is_an_input_error(duc_layout, capsys):
    for model in (duc_layout / "models").iterdir():
        model.unlink()
    assert main(["eval", str(duc_layout), "--systems", "lead"]) == 3
    assert "no cluster" in capsys.readouterr().err


def test_batch_out_that_is_a_file_fails_before_any_work(duc_layout, tmp_path, capsys):
    taken = tmp_path / "taken"
    taken.write_text("keep me")
    assert main(["batch", str(duc_layout), "--words", "20", "--out", str(taken)]) == 1
    assert "cannot write" in capsys.readouterr().err and taken.read_text() == "keep me"


def test_eval_details_in_a_missing_folder_fails_before_any_work(duc_layout, tmp_path, capsys):
    details = tmp_path / "no" / "such" / "scores.csv"
    assert main(["eval", str(duc_layout), "--systems", "lead", "--details", str(details)]) == 1
    assert "cannot write" in capsys.readouterr().err and not details.exists()


def test_eval_keeps_whole_sentences_when_asked(duc_layout, tmp_path):
    for flag, name in (([], "cut"), (["--whole-sentences"], "whole")):
        assert main(["eval", str(duc_layout), "--systems", "lead", "--words", "30", "--save", str(tmp_path / name)] + flag) == 0
    cut = [len(p.read_text().split()) for p in sorted((tmp_path / "cut" / "lead").glob("*.txt"))]
    whole = [len(p.read_text().split()) for p in sorted((tmp_path / "whole" / "lead").glob("*.txt"))]
    assert cut == [30, 30] and all(n <= 30 for n in whole) and whole != cut


def test_batch_in_worker_processes_writes_what_one_process_writes(duc_layout, tmp_path):
    for jobs in ("1", "2"):
        assert main(["batch", str(duc_layout), "--words", "30", "--out", str(tmp_path / jobs), "--jobs", jobs]) == 0
    one, two = (sorted((tmp_path / jobs).glob("*.txt")) for jobs in ("1", "2"))
    assert [p.name for p in one] == [p.name for p in two] == ["d1t.txt", "d2t.txt"]
    assert [p.read_text() for p in one] == [p.read_text() for p in two]


def test_batch_limit_reads_only_the_first_clusters(duc_layout, tmp_path, capsys):
    assert main(["batch", str(duc_layout), "--words", "30", "--out", str(tmp_path / "o"), "--limit", "1", "--jobs", "2"]) == 0
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["d1t.txt"]


def test_batch_with_the_default_method_never_imports_scipy(duc_layout, tmp_path):
    # scipy.sparse alone is 0.2 s of start-up; a fresh interpreter shows what the command imports.
    import subprocess
    import sys

    script = (
        "import sys; from synopsis.cli import main; "
        f"code = main(['batch', {str(duc_layout)!r}, '--out', {str(tmp_path / 'o')!r}]); "
        "sys.exit(code or 10 * any(name.startswith('scipy') for name in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", script], capture_output=True).returncode == 0


def test_batch_progress_knows_the_number_of_clusters(duc_layout):
    from synopsis.cli import build_parser
    from synopsis.cli.batch import cluster_total

    def total(*options):
        return cluster_total(build_parser("batch").parse_args(["batch", str(duc_layout), "--out", "x", *options]))

    assert (total(), total("--limit", "1"), total("--limit", "5")) == (2, 1, 2)


@pytest.mark.parametrize("option", [["--words", "0"], ["--jobs", "0"], ["--limit", "-1"], ["--limit", "0"], ["--words", "ten"]])
def test_batch_and_eval_take_a_bad_number_as_a_usage_error(duc_layout, tmp_path, capsys, option):
    for command in (["batch", str(duc_layout), "--out", str(tmp_path / "out")], ["eval", str(duc_layout)]):
        with pytest.raises(SystemExit) as stop:
            main(command + option)
        err = capsys.readouterr().err
        assert stop.value.code == 2 and err.count("\n") == 1 and option[0] in err and "--help" in err


def test_batch_and_eval_tell_a_bad_benchmark_line_in_one_line(tmp_path, capsys):
    feed = tmp_path / "clusters.jsonl"
    record = {"cluster_id": "c1", "documents": [{"doc_id": "a", "text": REPORTS["d1t"][0]}], "references": [REFERENCES["d1t"]]}
    feed.write_text(json.dumps(record) + "\n{broken\n")
    assert main(["eval", str(feed), "--systems", "lead"]) == 0
    err = capsys.readouterr().err
    assert err == f"synopsis: warning: {feed}:2: not JSON (Expecting property name enclosed in double quotes), skipped\n"
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{broken\n")
    assert main(["batch", str(broken), "--out", str(tmp_path / "out")]) == 3
    assert capsys.readouterr().err.splitlines() == [
        f"synopsis: warning: {broken}:1: not JSON (Expecting property name enclosed in double quotes), skipped",
        f"synopsis: error: {broken}: no line is a JSON object",
    ]


def test_batch_out_that_is_a_file_says_so(duc_layout, tmp_path, capsys):
    out = tmp_path / "summaries"
    out.write_text("")
    assert main(["batch", str(duc_layout), "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"synopsis: error: cannot write to {out}: not a folder\n"


def test_batch_counts_one_summary_in_the_singular(duc_layout, tmp_path, capsys):
    assert main(["batch", str(duc_layout), "--out", str(tmp_path / "out"), "--limit", "1", "--method", "lead"]) == 0
    assert capsys.readouterr().err.endswith("1 summary written to " + str(tmp_path / "out") + "\n")


def test_eval_warns_of_a_peer_folder_missing_summaries(duc_layout, tmp_path, capsys):
    peer = tmp_path / "mine"
    peer.mkdir()
    (peer / "d1t.txt").write_text(REFERENCES["d1t"])
    (peer / "D2T.summary").write_text(REFERENCES["d2t"])  # a name eval does not look for
    assert main(["eval", str(duc_layout), "--peers", str(peer)]) == 0
    assert capsys.readouterr().err == (
        f"synopsis: warning: {peer} holds summaries of 1 of the 2 clusters "
        "(named <cluster id>.txt, e.g. d1t.txt); the others score 0\n"
    )
