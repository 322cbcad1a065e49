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


def test_lifetimes_of_one_named_thing_conflict_and_a_lower_bound_allows_more():
    assert conflict_values(
        "The union was intended to last Mir's 15-year or more lifetime.",
        "Estimates put the cost of operation for a decade, Mir's estimated lifetime, at $110 billion.",
    ) == [[10, 15]]
    assert conflict_values(
        "The International Space Station's 15-year lifetime begins.",
        "The International Space Station's 10-year lifetime begins.",
    ) == [[10, 15]]
    assert not conflicts(
        "The union was intended to last Mir's 15-year or more lifetime.",
        "Mir has a lifetime of 20 years.",
        "The Hubble telescope's 10-year lifetime ends in 2030.",
    )


def test_lifetimes_told_of_a_common_noun_or_a_life_sentence_are_not_compared():
    # "the station's" may be any of a story's stations; a life sentence is no thing's lifetime
    assert not conflicts("The Iridium satellite's 5-year lifetime is short.", "The GPS satellite's 7-year lifetime is typical.")
    assert not conflicts(
        "Mir was launched in 1986. The station's 5-year design life ran out long ago.",
        "The International Space Station was approved. The station's 10-year design life begins in 2000.",
    )
    assert not conflicts("The man's 25-year life sentence was upheld on appeal.", "The man's 40-year life sentence was reduced.")
    assert not conflicts("Smith's 25-year life sentence was upheld.", "Smith's 40-year life term was reduced.")
    assert not conflicts("The battery's 10-year life is long.", "The battery's 6-year life is short.")
    assert not conflicts("The company's 20-year life ended.", "The company's 30-year life ended.")


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


def test_the_scene_is_compared_only_for_the_first_help_arriving_in_one_place():
    assert conflict_values(
        "Firefighters arrived at the scene four minutes after the alarm.",
        "Firefighters reached the scene six minutes after the alarm.",
    ) == [[4, 6]]
    # two fires in two cities
    assert not conflicts(
        "In Gothenburg, fire trucks arrived at the scene four minutes after the alarm.",
        "In Stockholm, a fire truck arrived at the scene six minutes after the alarm.",
    )
    # being there tells no arrival; more help, a second station's, help that stayed or came back is not the first
    assert not conflicts("Police were at the scene four minutes later.", "More police officers were at the scene seven minutes later.")
    assert not conflicts(
        "A fire truck arrived at the scene four minutes later.",
        "Fire trucks from a second station arrived at the scene seven minutes later.",
    )
    assert not conflicts("Police were still at the scene five hours later.", "Police remained at the scene eight hours after the blast.")
    assert not conflicts("Police opened fire at the scene five minutes later.", "Police arrived at the scene eight minutes after the shooting.")
    assert not conflicts(
        "Firefighters were called back to the scene 20 minutes later.",
        "Firefighters returned to the scene 30 minutes after the fire was out.",
    )
    assert not conflicts(
        "Firefighters stayed at the scene three hours after the blaze was out.",
        "Firefighters arrived at the scene five hours after the blast.",
    )
    # the fire itself is no crew
    assert not conflicts("The fire spread to the scene 10 minutes later.", "The fire reached the scene 15 minutes later.")
