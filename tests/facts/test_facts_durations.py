from facts_builders import conflict_values, conflicts, documents

from synopsis.facts.durations import durations


def test_reports_giving_one_visit_different_lengths_conflict():
    found = conflict_values(
        "The queen will see Oslo, Bergen and Tromso during a five-day trip that begins on May 2.",
        "Officials briefed the cabinet on the queen's four-day visit.",
    )
    assert found == [[4, 5]]


def test_lengths_of_other_occasions_units_or_places_do_not_conflict():
    assert not conflicts("He began a three-day visit to Peru.", "He ended a two-day visit to Chile.")
    assert not conflicts("The talks opened a two-day summit.", "Leaders met for a three-day visit.")
    assert not conflicts("A four-day visit was planned.", "A four-week visit was planned.")
    # a strike grows from report to report: its length is no occasion set in advance
    assert not conflicts("The pilots ended a three-week strike.", "The pilots ended a four-week strike.")


def test_a_stopgaps_term_told_two_ways_conflicts():
    found = conflict_values(
        "Negotiators offered a deal to finance for six months the ministries of Trade and Labor.",
        "The cabinet proposed financing the Trade and Labor ministries only for four months.",
    )
    assert found == [[4, 6]]
    (length,) = durations(documents("Deputies balked at the idea of six months' financing for the survey."))
    assert (length.amount.value, length.group) == (6, "length of financing (months)")
