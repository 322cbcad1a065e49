import json
from pathlib import Path

from synopsis.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "idlib"


def test_json_has_facts_quotes_and_timeline(capsys):
    assert main(["facts", str(EXAMPLE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"facts", "quotes", "timeline"} <= set(data)
    conflict = next(f for f in data["facts"] if f["verdict"] == "conflict")
    assert {"value", "text", "sources"} <= set(conflict["values"][0])
    assert {"doc", "start", "end"} == set(conflict["values"][0]["sources"][0])
    assert {"speaker", "text", "support", "sources"} <= set(data["quotes"][0])
    assert len(data["timeline"][0]["date"]) == 10 and isinstance(data["timeline"][0]["inferred"], bool)


def test_text_lists_conflicts_first(capsys, tmp_path):
    out = tmp_path / "facts.txt"
    assert main(["facts", str(EXAMPLE), "--out", str(out)]) == 0
    text = out.read_text()
    assert text.startswith("Sources\n[1]") and "\nWhere the reports disagree\n- " in text
    assert "\nFigures\n" in text and "\nQuotes\n" in text and "\nTimeline\n" in text


def test_check_brief(capsys, tmp_path):
    brief = tmp_path / "brief.json"
    assert main(["brief", str(EXAMPLE), "--format", "json", "--out", str(brief)]) == 0
    assert main(["facts", str(EXAMPLE), "--check", str(brief)]) == 0
    assert "grounded" in capsys.readouterr().out
    data = json.loads(brief.read_text())
    data["summary"][0]["text"] += " It cost 4,242 lives."
    brief.write_text(json.dumps(data))
    assert main(["facts", str(EXAMPLE), "--check", str(brief)]) == 1
    assert "number not in its sources: '4,242'" in capsys.readouterr().out


def test_bad_brief_file_is_one_line_and_exit_3(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main(["facts", str(EXAMPLE), "--check", str(bad)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("synopsis: error:") and err.count("\n") == 1
    assert main(["facts", str(EXAMPLE), "--check", str(tmp_path / "missing.json")]) == 3
