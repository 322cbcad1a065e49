import pytest

from synopsis.evaluate.rouge import perl_available, rouge_perl, rouge_python, score_summary, truncate

REFERENCES = {
    "c1": ["the storm closed the port on monday", "a storm shut the harbour on monday"],
    "c2": ["rescuers found two climbers alive"],
}
SUMMARIES = {
    "c1": "the storm closed the harbour\nships waited outside",
    "c2": "two climbers were found alive by rescuers",
}
needs_perl = pytest.mark.skipif(perl_available() is not None, reason=f"ROUGE-1.5.5 cannot run: {perl_available()}")


def test_truncate_keeps_the_first_words_and_the_line_breaks():
    assert truncate("one two three\nfour five", 4) == "one two three\nfour"
    assert truncate("one two", None) == "one two"


def test_identical_summary_scores_one():
    scores = score_summary("The storm closed the port.", ["The storm closed the port."])
    assert all(s.recall == pytest.approx(1.0) and s.precision == pytest.approx(1.0) for s in scores.values())


def test_python_rouge_averages_over_references_then_clusters():
    # c1 by hand: "the the storm closed" match 4 of 7 words, "storm the harbour" 3 of 7.
    c1 = score_summary(SUMMARIES["c1"], REFERENCES["c1"])["rouge1"].recall
    assert c1 == pytest.approx((4 / 7 + 3 / 7) / 2)
    c2 = score_summary(SUMMARIES["c2"], REFERENCES["c2"])["rouge1"].recall
    assert c2 == pytest.approx(5 / 5)
    system = rouge_python(SUMMARIES, REFERENCES)
    assert system["rouge1"].recall == pytest.approx((c1 + c2) / 2)


def test_a_missing_summary_scores_zero_for_its_cluster():
    only_c2 = rouge_python({"c2": SUMMARIES["c2"]}, REFERENCES)
    assert only_c2["rouge1"].recall == pytest.approx(1.0 / 2)


def test_word_limit_cuts_the_summary_before_scoring():
    long = "rescuers found two climbers alive " + "and more words " * 50
    assert score_summary(long, REFERENCES["c2"], words=5)["rouge1"].precision == pytest.approx(1.0)
    assert score_summary(long, REFERENCES["c2"], words=None)["rouge1"].precision < 0.2


@needs_perl
def test_perl_scores_identical_summaries_one():
    scores = rouge_perl({"same": {c: refs[0] for c, refs in REFERENCES.items()}}, {c: refs[:1] for c, refs in REFERENCES.items()})
    assert scores["same"]["rouge1"].recall == pytest.approx(1.0)
    assert scores["same"]["rouge2"].recall == pytest.approx(1.0)
    assert scores["same"]["rougeSU4"].recall == pytest.approx(1.0)


@needs_perl
def test_perl_and_python_agree_on_plain_lower_case_text():
    both = rouge_perl({"sys": SUMMARIES, "other name": {"c1": "ships waited"}}, REFERENCES)
    python = rouge_python(SUMMARIES, REFERENCES)
    for measure in ("rouge1", "rouge2"):
        assert both["sys"][measure].recall == pytest.approx(python[measure].recall, abs=1e-4)
    assert both["other name"]["rouge1"].recall == pytest.approx(0.0)


@needs_perl
def test_rouge_data_is_built_in_the_users_cache(tmp_path, monkeypatch):
    from synopsis.evaluate.rouge import rouge_data

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "")  # set but empty: unset, by the XDG spec
    built = rouge_data.__wrapped__()
    assert built == tmp_path / "home" / ".cache" / "synopsis" / "rouge-1.5.5"
    assert (built / "WordNet-2.0.exc.db").is_file() and list(work.iterdir()) == []
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # relative: unset too, by the same spec
    assert rouge_data.__wrapped__() == built and list(work.iterdir()) == []
