"""Made-up reports whose numbers are not counts of what happened (a territory's communities, a town's residents):
two reports' close values of the same things, told of the same name, are set side by side; parts, other years,
counts to come, values further apart and other things counted are not. And a place's toll against the toll of
two places joined, and one long-past toll told alike weeks apart."""

from facts_builders import conflict_values, day, documents

from synopsis.facts import fact_sheet


def test_close_values_of_the_same_things_told_of_one_name_conflict():
    assert conflict_values(
        "The 26 communities of Nunavut are unconnected by road.",
        "There are just 28 communities within the boundaries of Nunavut, most of them small.",
    ) == [[26, 28]]
    # a one-letter slip of a long noun is the same noun
    assert conflict_values(
        "The 26 communites of Nunavut are unconnected by road.",
        "There are just 28 communities within the boundaries of Nunavut, most of them small.",
    ) == [[26, 28]]
    # the museum's theater, told with its modifier in one report
    assert conflict_values(
        "The Schulz museum in Santa Rosa opens a theater with 99 seats.",
        "The theater of the Schulz museum has 100 red seats, the architect said.",
    ) == [[99, 100]]


def test_numbers_told_of_no_shared_name_or_further_apart_stay_apart():
    # no name of the sentences in common: a yacht's crew and another's
    assert not conflict_values(
        "Another helicopter lifted the entire crew of 12 from the dismasted yacht.",
        "The yacht, which has a crew of 11, was halfway across the strait when it overturned.",
    )
    # values more than a tenth apart count other things of the same name
    assert not conflict_values(
        "The 26 communities of Nunavut are unconnected by road.",
        "There are just 30 communities within the boundaries of Nunavut, most of them small.",
    )
    # other nouns are other things
    assert not conflict_values(
        "The 26 communities of Nunavut are unconnected by road.",
        "There are just 28 schools within the boundaries of Nunavut, most of them small.",
    )
    # a vague word is no value to set against a number
    assert not conflict_values(
        "Protesters in Tehran decried the rejection of scores of candidates.",
        "Voters in Tehran picked from a list of 32 candidates.",
    )


def test_parts_other_years_and_counts_to_come_are_not_disagreements():
    # "Ten of the 11": a part told against its whole
    assert not conflict_values(
        "Ten of the 11 countries of the Euro zone cut their rates.",
        "The 11 countries of the Euro zone launched the currency.",
    )
    # a count of another year
    assert not conflict_values(
        "In 1995 the 26 communities of Nunavut had no road.",
        "There are just 28 communities within the boundaries of Nunavut, most of them small.",
    )
    # a count to come, and a change rather than a level
    assert not conflict_values(
        "The 26 communities of Nunavut are unconnected by road.",
        "Planners say Nunavut will have 28 communities within ten years.",
    )
    assert not conflict_values(
        "Republicans hold 55 seats in the Senate, where Democrats hold 45.",
        "Democrats fear Republicans gaining 60 seats in the Senate.",
    )


def test_a_number_ending_a_name_counts_nothing():
    assert not conflict_values(
        "Microsoft linked its browser with the Windows 95 operating system.",
        "Microsoft said demand for the Windows 98 operating system exceeded its projections.",
    )


def test_sums_of_money_are_not_compared_this_way():
    assert not conflict_values(
        "Analysts in New York valued Mobil at $61.1 billion.",
        "A takeover of Mobil, analysts in New York said, would cost $60 billion.",
    )


def test_a_population_meets_the_same_people_told_loosely():
    assert conflict_values(
        "The blackout plunged Puerto Rico and its 4 million people into darkness.",
        "Insurers shun the small Puerto Rico market of 3.8 million people, an analyst said.",
    ) == [[3.8e6, 4e6]]


def test_a_population_told_without_its_place_is_not_compared_by_the_peoples_it_names():
    # Inuit and Eskimo are peoples of the population, not the place it is of
    assert not conflict_values(
        "The Inuit, known as Eskimos, will make up 85 percent of a population of 26,000.",
        "After division, 52 percent of its 40,000 residents are nonindigenous and 10 percent Eskimo.",
        dates=[day("1998-06-11"), day("1999-04-01")],
    )


def test_a_single_places_toll_is_a_part_of_two_places_joined():
    dated = [day("1998-11-05"), day("1998-11-12")]
    assert not conflict_values(
        "Washington blames the group for the Aug. 7 bombings of embassies in Kenya and Tanzania that killed 224 people.",
        "The blast at the embassy building in downtown Nairobi on Aug. 7 killed 213 people.",
        dates=dated,
    )
    # both places told: one toll, and a disagreement
    assert conflict_values(
        "Washington blames the group for the Aug. 7 bombings of embassies in Kenya and Tanzania that killed 224 people.",
        "The Aug. 7 attacks on the embassies in Kenya and Tanzania killed 257 people, officials said.",
        dates=dated,
    ) == [[224, 257]]


def test_a_long_past_toll_told_alike_weeks_apart_agrees():
    sheet = fact_sheet(
        documents(
            "The assault on the complex near Waco ended with David Koresh and some 80 followers dead.",
            "David Koresh and some 80 followers died during the blaze, some from the fire.",
            dates=[day("1999-09-03"), day("1999-09-14")],
        )
    )
    agreed = [f for f in sheet.facts if f.verdict == "agree"]
    assert [sorted({s.doc for v in f.values for s in v.sources}) for f in agreed] == [["r0", "r1"]]
    # with no name in common the two tolls stay single
    sheet = fact_sheet(
        documents(
            "The assault on the complex ended with some 80 followers dead.",
            "Some 80 followers died during the blaze, some from the fire.",
            dates=[day("1999-09-03"), day("1999-09-14")],
        )
    )
    assert all(f.verdict == "single" for f in sheet.facts)


def test_the_deaths_of_a_named_man_and_others_count_the_dead():
    from synopsis.facts.dates import report_dates
    from synopsis.facts.figures import figures

    docs = documents("The assault ended with the deaths of the leader David Koresh and 75 of his followers.")
    assert [(f.amount.value, f.action) for f in figures(docs, report_dates(docs))] == [(75, "killed")]
