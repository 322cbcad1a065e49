"""`synopsis brief` end to end: the installed console script on real and bad input."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IDLIB = ROOT / "examples" / "idlib"
BOILERPLATE = ("Comments About This Article", "Please fill the fields below", "- AFP", "DANA, Syria:", "- 'Nowhere is safe' -")
SCRIPT = shutil.which("synopsis") or [sys.executable, "-m", "synopsis"]


def synopsis(*args, stdin=None, cwd=ROOT):
    command = [SCRIPT] if isinstance(SCRIPT, str) else list(SCRIPT)
    done = subprocess.run(
        command + [str(arg) for arg in args], input=stdin, capture_output=True, cwd=cwd, timeout=600,
    )
    stderr = done.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    return done.returncode, done.stdout.decode("utf-8"), stderr


def words(text):
    return len(text.split())


@pytest.fixture(scope="module")
def idlib_json():
    code, out, err = synopsis("brief", IDLIB, "--words", 60, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_idlib_brief_keeps_the_budget(idlib_json):
    summary = idlib_json["summary"]
    assert summary and sum(words(s["text"]) for s in summary) <= 60


def test_idlib_brief_cites_the_words_reports_wrote(idlib_json):
    originals = {d["id"]: Path(ROOT, d["path"]).read_text(encoding="utf-8") for d in idlib_json["documents"]}
    assert len(originals) == 5
    for sentence in idlib_json["summary"]:
        assert sentence["support"] == len({s["doc"] for s in sentence["sources"]}) >= 1
        for source in sentence["sources"]:
            original = originals[source["doc"]]
            assert 0 <= source["start"] < source["end"] <= len(original)
        shown = sentence["sources"][0]
        assert " ".join(originals[shown["doc"]][shown["start"]:shown["end"]].split()) == " ".join(sentence["text"].split())


def test_idlib_brief_has_no_boilerplate(idlib_json):
    for sentence in idlib_json["summary"]:
        for junk in BOILERPLATE:
            assert junk not in sentence["text"]


def test_idlib_nowhere_is_safe_quote_cites_three_reports(idlib_json):
    quotes = [q for q in idlib_json["quotes"] if "Nowhere is safe" in q["text"]]
    assert quotes
    for quote in quotes:
        assert quote["support"] == 3
    for sentence in idlib_json["summary"]:
        if '"Nowhere is safe' in sentence["text"]:
            assert sentence["support"] == 3


def test_idlib_dates_and_documents(idlib_json):
    dated = {d["id"]: d["date"] for d in idlib_json["documents"] if d["date"]}
    assert dated.get("003_648a1f843ad61b6d") == "2019-12-23"
    assert idlib_json["timeline"]
    for entry in idlib_json["timeline"]:
        assert len(entry["date"]) == 10 and isinstance(entry["inferred"], bool)


def test_default_text_output_cites_sources():
    code, out, err = synopsis("brief", IDLIB)
    assert code == 0 and err == ""
    summary, sources = out.split("\nSources\n")
    assert sum(words(line.rsplit(" [", 1)[0]) for line in summary.strip().splitlines()) <= 100
    assert all(line.endswith("]") for line in summary.strip().splitlines())
    assert sources.splitlines()[0].startswith("[1] 000_89f7b9961b56dfa5")


def test_html_and_markdown_to_files(tmp_path):
    page = tmp_path / "brief.html"
    page.write_text("an older brief", encoding="utf-8")
    code, out, err = synopsis("brief", IDLIB, "--sentences", 3, "--format", "html", "--out", page)
    assert code == 0 and out == "" and err == ""
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") and 'href="#source-' in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.html"]  # no temporary file left
    code, out, _ = synopsis("brief", IDLIB, "--chars", 400, "--format", "markdown", "--no-facts")
    assert code == 0 and out.startswith("# Brief") and "## Sources" in out
    assert "## Quotes" not in out and "## Figures" not in out


def test_a_budget_too_small_for_any_sentence_is_said():
    code, out, err = synopsis("brief", IDLIB, "--words", 3)
    assert code == 0 and out.startswith("Sources\n") and "no sentence fits" in err


def test_out_into_a_missing_folder_is_one_line(tmp_path):
    code, _, err = synopsis("brief", IDLIB, "--out", tmp_path / "no" / "brief.txt")
    assert code == 1 and err.count("\n") == 1 and "cannot write" in err


def test_stdin_jsonl(tmp_path):
    lines = [
        json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "source": "AFP"}) for p in sorted(IDLIB.iterdir())
    ]
    code, out, err = synopsis("brief", "-", "--format", "json", "--no-facts", stdin="\n".join(lines).encode())
    assert code == 0, err
    data = json.loads(out)
    assert [d["source"] for d in data["documents"]] == ["AFP"] * 5 and data["facts"] == []


def one_line_error(code, err, expected_code):
    assert code == expected_code
    assert err.count("\n") == 1 and err.startswith("synopsis: error: ")


@pytest.mark.parametrize(
    "content, reason",
    [(b"", "empty"), (b"  \n\t \n", "empty"), (b"GIF89a\x00\x01\x00\x00", "binary")],
)
def test_unusable_file_is_one_line_and_exit_4(tmp_path, content, reason):
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    code, out, err = synopsis("brief", path)
    one_line_error(code, err, 4)
    assert reason in err and out == ""


def test_text_without_a_sentence_exit_4(tmp_path):
    (tmp_path / "hello.txt").write_text("hello", encoding="utf-8")
    code, _, err = synopsis("brief", tmp_path / "hello.txt")
    one_line_error(code, err, 4)
    assert "no story text" in err


def test_folder_without_articles_exit_4(tmp_path):
    code, _, err = synopsis("brief", tmp_path)
    one_line_error(code, err, 4)


def test_missing_path_exit_3(tmp_path):
    code, _, err = synopsis("brief", tmp_path / "nowhere")
    one_line_error(code, err, 3)
    assert "nowhere" in err


def test_unreadable_entry_in_a_folder_exit_3(tmp_path):
    (tmp_path / "loop").symlink_to("loop")
    code, _, err = synopsis("brief", tmp_path)
    one_line_error(code, err, 3)
    assert "loop" in err


def test_unknown_option_exit_2():
    code, out, err = synopsis("brief", IDLIB, "--colour")
    assert code == 2 and out == "" and "--colour" in err.splitlines()[-1]


def test_unknown_method_exit_2():
    code, _, err = synopsis("brief", IDLIB, "--method", "magic")
    assert code == 2 and "magic" in err.splitlines()[-1]


def test_bad_budget_exit_2():
    code, _, err = synopsis("brief", IDLIB, "--words", "0")
    assert code == 2 and "at least 1" in err.splitlines()[-1]


def test_non_utf8_file_is_read_with_a_warning(tmp_path):
    text = (IDLIB / "001_9df5b1ac11d9e067.txt").read_text(encoding="utf-8").replace("Syria", "Syri\u00e9")
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    code, out, err = synopsis("brief", path, "--words", 40)
    assert code == 0 and out.strip()
    assert err.count("\n") == 1 and "not UTF-8" in err


def test_single_article(tmp_path):
    code, out, err = synopsis("brief", IDLIB / "004_08568067e60227ef.txt", "--words", 50, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == ["004_08568067e60227ef"]
    assert data["summary"] and all(s["support"] == 1 for s in data["summary"])


def test_identical_articles_make_one_story(tmp_path):
    for name in ("a.txt", "b.txt"):
        shutil.copy(IDLIB / "000_89f7b9961b56dfa5.txt", tmp_path / name)
    code, out, err = synopsis("brief", tmp_path, "--words", 50, "--format", "json", "--no-facts")
    assert code == 0, err
    data = json.loads(out)
    assert [d["duplicate_of"] for d in data["documents"]] == [None, "a"]
    texts = [s["text"] for s in data["summary"]]
    assert texts and len(texts) == len(set(texts))


def test_a_thousand_small_articles(tmp_path):
    seeds = sorted(IDLIB.iterdir())
    paragraphs = [p for seed in seeds for p in seed.read_text(encoding="utf-8").split("\n") if len(p.split()) > 8]
    for number in range(1000):
        chosen = [paragraphs[(number * 7 + k * 13) % len(paragraphs)] for k in range(3)]
        (tmp_path / f"{number:04d}.txt").write_text("\n\n".join(chosen), encoding="utf-8")
    code, out, err = synopsis("brief", tmp_path, "--words", 80, "--format", "json", "--no-facts")
    assert code == 0, err
    data = json.loads(out)
    assert len(data["documents"]) == 1000 and sum(words(s["text"]) for s in data["summary"]) <= 80


def test_a_five_megabyte_article(tmp_path):
    paragraphs = [p for p in (IDLIB / "002_b3f68b403b8df955.txt").read_text(encoding="utf-8").split("\n") if p.strip()]
    big, number = [], 0
    while sum(map(len, big)) < 5_000_000:
        big.append(f"Report {number}: {paragraphs[number % len(paragraphs)]}")
        number += 1
    path = tmp_path / "big.txt"
    path.write_text("\n\n".join(big), encoding="utf-8")
    assert os.path.getsize(path) >= 5_000_000
    code, out, err = synopsis("brief", path, "--words", 60, "--format", "json", "--no-facts")
    assert code == 0, err
    assert sum(words(s["text"]) for s in json.loads(out)["summary"]) <= 60


def test_a_usage_error_is_one_line():
    code, out, err = synopsis("brief", "--wordz", "3", "x")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "unrecognized arguments: --wordz" in err and "--help" in err


def test_an_unknown_option_points_to_the_help_of_its_command():
    code, out, err = synopsis("cluster", "feed.jsonl", "--format", "json")
    assert code == 2 and out == ""
    assert err == "synopsis cluster: error: unrecognized arguments: --format json (see synopsis cluster --help)\n"
