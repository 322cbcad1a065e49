"""Feeds with gold event labels read as the JSONL reader reads any feed."""

import datetime as dt
import json
import warnings

from synopsis.errors import InputWarning
from synopsis.events.labelled import read_labelled
from synopsis.io.readers import read_articles

LINES = [
    {"id": "a", "text": "Flood waters rose in the valley.", "date": "2014-05-20", "source": " Wire ", "event": "flood"},
    {"doc_id": "1_2ecb", "sentences": ["http: / / example. com / b", "The river burst its banks."], "event": "flood"},
    {"id": "c", "text": "2014/05/22 River levels fell.", "event": "flood"},
]


def test_labelled_articles_are_the_readers_articles_with_their_dates(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in LINES))
    articles, labels = read_labelled(path, "event")
    assert labels == ["flood"] * 3
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)  # the reader knows no "sentences"
        assert articles[0] == read_articles([path])[0]
    assert [a.date for a in articles] == [dt.date(2014, 5, 20), None, dt.date(2014, 5, 22)]
    assert (articles[1].id, articles[1].url, articles[1].text) == ("1_2ecb", "http://example.com/b", LINES[1]["sentences"][1])


def test_labelled_feed_tells_a_bad_line_and_a_bad_date_as_the_reader_does(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [json.dumps({"id": "a", "text": "Flood.", "date": "someday", "event": "x"}), "{not json", "[1]"]
    path.write_text("\n".join(rows) + "\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles, _ = read_labelled(path, "event")
    told = [str(w.message) for w in caught if issubclass(w.category, InputWarning)]
    assert [a.id for a in articles] == ["a"]
    assert told == [
        f"{path} line 1: date 'someday' not understood, left empty",
        f"skipped {path} line 2: not a JSON object",
        f"skipped {path} line 3: not a JSON object",
    ]


def test_a_feed_without_its_gold_field_is_one_error_and_many_bad_lines_are_counted(tmp_path):
    import pytest

    from synopsis.errors import NoArticlesError

    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{n}", "text": "Flood."}) + "\n" for n in range(30)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(NoArticlesError, match="no line of .* has the gold field 'event'"):
            read_labelled(path, "event")
    assert not [w for w in caught if issubclass(w.category, InputWarning)]
    path.write_text(path.read_text() + json.dumps({"id": "b", "text": "Flood.", "event": "x"}) + "\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles, _ = read_labelled(path, "event")
    told = [str(w.message) for w in caught if issubclass(w.category, InputWarning)]
    assert [a.id for a in articles] == ["b"]
    assert len(told) == 11 and told[-1] == f"{path}: 20 more lines with problems (skipped lines, dates left empty)"
