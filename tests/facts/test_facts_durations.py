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


def test_lifetimes_of_one_thing_conflict_and_a_lower_bound_allows_more():
    assert conflict_values(
        "The union was intended to last the station's 15-year or more lifetime.",
        "Estimates put the cost of operation for a decade, the station's estimated lifetime, at $110 billion.",
    ) == [[10, 15]]
    assert not conflicts(
        "The union was intended to last the station's 15-year or more lifetime.",
        "The station has a lifetime of 20 years.",
        "The telescope's 10-year lifetime ends in 2030.",
    )


def test_times_the_first_help_took_to_reach_the_scene_conflict():
    assert conflict_values(
        "Fire officials were alerted at 11:43 p.m. and had a fire truck at the scene four minutes later.",
        "The first fire trucks and rescue squads were on the scene six minutes after the call was received.",
    ) == [[4, 6]]
    assert not conflicts(
        "Fire officials had a fire truck at the scene four minutes later.",
        "Officials said the first fire trucks were on the scene within five minutes of getting the alarm.",
        "More fire trucks arrived at the scene 40 minutes later.",
        "Police were on the scene 12 minutes after the call.",
    )
