from synopsis.facts.dates import report_dates
from synopsis.facts.figures import figures

from facts_builders import documents


def example_figures(example_documents):
    return figures(example_documents, report_dates(example_documents))


def find(found, doc_prefix, text):
    return next(f for f in found if f.doc.startswith(doc_prefix) and f.text.startswith(text))


def test_a_figure_knows_what_it_counts_the_action_window_and_reporter(example_documents):
    towns = find(example_figures(example_documents), "000", "29 towns")
    assert towns.amount.value == 29
    assert towns.counted == "towns and villages" and towns.action == "seized"
    assert towns.window.text == "since Thursday" and str(towns.window.start) == "2019-12-19"
    assert "Observatory" in towns.reporter
    text = example_documents[0].article.text
    assert text[towns.span.start : towns.span.end] == "29 towns and villages"


def test_number_words_vague_amounts_and_qualifiers(example_documents):
    found = example_figures(example_documents)
    nine = find(found, "000", "nine civilians")
    assert nine.amount.value == 9 and nine.action == "killed" and nine.group == "civilians"
    fled = find(found, "000", "more than 30,000")
    assert fled.amount.qualifier == "more than" and fled.action == "fled"
    assert fled.window.text == "in recent days" and fled.place == "southern Idlib"
    tens = find(found, "001", "tens of thousands")
    assert tens.amount.vague and tens.action == "fled"  # "forced ... to flee"
    assert find(found, "003", "over 3.6 million").amount.value == 3_600_000


def test_groups_readers_compare(example_documents):
    found = example_figures(example_documents)
    assert find(found, "000", "110 jihadists").group == find(found, "001", "103 militants").group
    assert find(found, "003", "77 regime forces").group == find(found, "001", "71 regime").group
    # parts listed side by side are distinct groups
    assert find(found, "004", "42 jihadists").group != find(found, "004", "nine rebels").group


def test_ages_durations_dates_and_ordinals_are_not_counts(example_documents):
    texts = {f.text for f in example_figures(example_documents)}
    for not_a_count in ("29-year-old", "Four days", "2011", "eighth", "16", "24", "60", "five"):
        assert not any(t.split()[0] == not_a_count for t in texts), not_a_count


def test_sentences_without_numbers_give_no_figures():
    docs = documents("The minister spoke to reporters. Nobody was hurt, officials said.")
    assert figures(docs, report_dates(docs)) == []


def test_numbers_in_tables_and_lists_do_not_break_extraction():
    docs = documents(
        "Results by district:\n\n| district | dead | injured |\n|---|---|---|\n| North | 12 | 40 |\n\n"
        "- 3.\n- 2019\n- 4,5,6\n\nFloods killed 12 people in the north, officials said."
    )
    found = figures(docs, report_dates(docs))
    assert any(f.amount.value == 12 and f.action == "killed" for f in found)


def figures_of(text):
    found = figures(documents(text), report_dates(documents(text)))
    return {(f.amount.value, f.action) for f in found}


def values_of(text):
    return sorted(v for v, _ in figures_of(text))


def test_numbers_in_names_times_speeds_and_ap_fractions_are_not_counts():
    assert values_of("The storm destroyed most spans on Highway 5, the main north-south route.") == []
    assert values_of("On Saturday, the rebels shot down a Boeing 727 over the airport.") == []
    assert values_of("A yachtsman was washed overboard from Yahoo 2 and presumed drowned.") == []
    assert values_of("The assault on the town began at 3 a.m. and 18 soldiers were killed.") == [18]
    assert values_of("A 45-knot gale snapped the mast of 12 boats.") == [12]
    assert values_of("A sailor survived for 5 1-2 hours in the water.") == []
    # a number after a capitalised word that counts a noun is still a count
    assert values_of("In Honduras 60 people were killed.") == [60]


def test_a_state_the_counted_are_left_in_is_the_action():
    assert figures_of("The storm killed two crew members, leaving three yachts missing.") >= {(3, "missing")}
    assert (3, "missing") in figures_of("Three yachts remain missing after the storm.")
    assert figures_of("The committee listed 174 dead, 96 missing and 27,000 homeless.") == {
        (174, "killed"), (96, "missing"), (27000, "homeless")
    }


def test_the_condition_of_the_hurt_and_being_taken_to_hospital_are_the_action():
    assert figures_of("Of the wounded, 31 were in intensive care on Friday.") == {(31, "in intensive care")}
    assert figures_of("Eight miners remain in critical condition and 40 were hospitalized.") == {
        (8, "in critical condition"), (40, "hospitalized")
    }
    # carried to a hospital is no seizure
    assert figures_of("Ambulances took 64 passengers to hospitals in the capital.") == {(64, "hospitalized")}
    assert figures_of("The rebels took 64 hostages in the capital.") == {(64, "seized")}
    # two reports of one day disagree on how many are in intensive care
    from facts_builders import conflict_values

    assert conflict_values(
        "Officials said 31 victims were in intensive care.", "Doctors said 35 people were in intensive care."
    ) == [[31, 35]]


def test_a_death_toll_said_to_be_a_number_counts_the_dead():
    assert (110000, "killed") in figures_of("The death toll, as of Friday, is estimated to be 110,000.")
    assert (40, "killed") in figures_of("The death toll is 40.")
    assert (200, "killed") in figures_of("Officials put the death toll at 200.")
    assert (3, "killed") not in figures_of("The death toll was in 1999 at 3 villages.")


def test_people_left_by_a_disaster_did_not_flee():
    # "left" says who fled only of its subject; those a quake left are homeless, displaced or refugees
    assert (2000, "fled") in figures_of("About 2,000 people left the city on Monday.")
    assert (766000, "displaced") in figures_of("The earthquake left 222,570 dead and 766,000 displaced people.")
    assert (1500000, "fled") not in figures_of("About 1.5 million people have been left without homes.")
    assert (90000, "fled") in figures_of("The offensive has killed dozens and left more than 90,000 refugees.")


def test_a_revised_count_keeps_both_values_with_the_toll_action():
    found = figures_of("Officials lowered the confirmed death toll from 7,000 to about 6,100 on Thursday.")
    assert found == {(7000, "killed"), (6100, "killed")}
    found = figures_of("The estimated number of homeless dropped from 580,000 to 569,000 Thursday.")
    assert found == {(580000, "homeless"), (569000, "homeless")}


def test_money_with_wire_and_symbol_marks():
    text = "President Bill Clinton ordered dlrs 30 million in equipment and $36 million in food."
    assert values_of(text) == [30e6, 36e6]
    (found,) = figures(documents("The EU approved 6.8 million ecu for the region."), {})
    assert found.amount.value == 6.8e6 and found.counted == "ecu"


def test_a_day_after_a_number_is_not_what_it_counts():
    assert figures_of("The fire killed 60 people and injured more than 190 Thursday night.") == {
        (60, "killed"), (190, "injured")
    }


def test_a_fraction_counts_its_share():
    text = "Food shortages stunted North Korean children, with two-thirds of children suffering malnourishment."
    assert (2 / 3) in values_of(text)


def test_a_range_ending_in_a_unit_is_no_count():
    assert values_of("North Korea needs 4.5 million to 5 million tons of grain to feed its people.") == []
    assert values_of("He saw children who were said to be 10 or 11 years old.") == []
    assert 20 in values_of("Between 20 and 30 people died in the fire.")  # a range of counts stays


def test_a_number_after_age_is_an_age():
    assert 7 not in values_of("They measured 1,800 children from infants up to age seven in their homes.")


def test_a_share_that_is_the_subject_is_kept_with_what_it_is_said_to_be():
    docs = documents("A survey of North Korean children under 7 found that 65 percent are stunted.")
    (share,) = figures(docs, report_dates(docs))
    assert share.amount.value == 65 and "stunt" in share.predicate
    docs = documents("Shares of Mobil rose 9 percent on Tuesday.")
    assert all(not f.predicate for f in figures(docs, report_dates(docs)))


def test_a_hyphened_size_is_no_count_but_a_fleets_number_of_boats_is():
    assert values_of("It will be launched by a three-stage Proton booster rocket.") == []
    assert 115 in values_of("High seas smash into the remnants of the 115-boat fleet.")


def window_of_figure(text, value):
    docs = documents(text)
    return next(f.window.text for f in figures(docs, report_dates(docs)) if f.amount.value == value)


def test_a_window_in_a_relative_or_a_joined_clause_dates_another_verb():
    text = ("Floods that started in 1995 devastated the farms, forcing the country to rely on aid "
            "to feed its 23 million people.")
    assert window_of_figure(text, 23e6) == ""
    text = "North Korea needs grain to feed its 23 million people, but managed last year to harvest little."
    assert window_of_figure(text, 23e6) == ""
    assert window_of_figure("Rebels have killed 77 soldiers in four days of fighting.", 77) != ""


def test_a_places_population_is_one_quantity_across_wordings():
    docs = documents(
        "Floods forced the country to rely on outside aid to feed its 23 million people.",
        "The harvest only meets two-thirds of the needs of North Korea's 22 million people.",
    )
    found = [f for f in figures(docs, report_dates(docs)) if f.amount.value > 1e6]
    assert {f.action for f in found} == {"population"}


def test_a_percentage_is_a_figure_even_when_it_counts_nothing_named():
    assert 2.6 in values_of("Crude oil for January delivery fell 29 cents, or 2.6 percent, to $11.86 a barrel.")


def test_one_and_a_few_count_only_in_an_event_or_beside_other_counts():
    assert values_of("Some troops reportedly retreated on the one road leading out of town.") == []
    assert values_of("Police patrolled the streets, and a few people wandered amid the houses.") == []
    assert 1 in values_of("At least 12 domestic flights and one international flight were canceled.")
    assert 1 in values_of("One rebel soldier was wounded in the stomach.")


def test_an_amount_of_a_measure_is_no_count():
    assert values_of("The roar of the rocket reverberated for dozens of kilometers across the plain.") == []


def test_the_number_of_things_revised_from_one_value_to_another():
    text = ("The government cut the number of counties to which the WFP has access from 171 to 145, "
            "reducing the number of people who can get aid from 6.7 million to 5.8 million.")
    assert {171, 145, 6.7e6, 5.8e6} <= set(values_of(text))


def test_a_duration_with_more_or_a_half_and_an_age_of_are_not_counts():
    docs = documents(
        "After seven and a half years he failed 200 students. Supporters chanted for two more years. "
        "The astronaut returns to space at the age of 77 with 6 crew members."
    )
    assert sorted(f.amount.value for f in figures(docs, report_dates(docs))) == [6, 200]


def _found(text):
    found = documents(text)
    return [(f.text, f.amount.value) for f in figures(found, report_dates(found))]


def test_durations_ratios_occasions_and_names_are_not_counts():
    assert _found("Questioning is not expected for a week or two.") == []
    assert _found("The deal ended the 3 and one-half year war in the valley.") == []
    assert _found("In the north, farmers outnumber herders 4-to-1.") == []
    assert _found("The party has won four elections in a row.") == []
    assert _found("He will address the Group of Seven on Monday.") == []


def test_hyphenated_millions_vague_couples_and_well_over():
    assert _found("He approved a $12-million advertising campaign.")[0][1] == 12_000_000
    assert _found("No more than a couple of dozen members have spoken out.")[0][1] == 24
    (well_over,) = figures(*(lambda d: (d, report_dates(d)))(documents("Well over 300 people were killed.")))
    assert well_over.amount.qualifier == "well over" and well_over.amount.low == 300


def test_each_end_of_a_range_is_a_figure_allowing_the_whole_range():
    found = documents("Between 30 and 40 people were killed, and rioters burned 20 or 30 houses.")
    ranges = sorted((f.amount.value, f.amount.low, f.amount.high) for f in figures(found, report_dates(found)))
    assert ranges == [(20, 20, 30), (30, 20, 30), (30, 30, 40), (40, 30, 40)]
    found = documents("Officials lowered the toll from 7,000 to 6,100.")
    assert {(f.amount.low, f.amount.high) for f in figures(found, report_dates(found))} == {(7000, 7000), (6100, 6100)}


def test_numbers_that_name_a_thing_or_tell_the_time_are_not_counts():
    # a flight's, a ship type's or a resolution's number names one thing, whatever follows it
    assert values_of("Air France flight 447 carrying 228 people vanished.") == [228]
    assert values_of("The Flight 587 crash was worse.") == []
    assert values_of("Sailors from the Type 22 frigate were seized.") == []
    assert values_of("The search under Resolution 1723 went on.") == []
    # a clock time, and the first digits of a number glued to its unit
    assert values_of("The jet crossed a storm at about 23.00 local time.") == []
    assert values_of("The last contact was about 1,200km north-east of Natal.") == []
    # a count after a flight is still a count
    assert values_of("The flight carried 12 crew members.") == [12]


def test_the_size_of_a_tremor_and_measures_in_short_units_are_not_counts():
    # a magnitude, before or after its word, and a decimal before a tremor's noun
    assert values_of("An 8.8 magnitude earthquake killed 214 people.") == [214]
    assert values_of("The survey said it reached a preliminary magnitude of 5.5 and hurt 12 people.") == [12]
    assert values_of("The USGS reported the quake measured magnitude 4.9.") == []
    assert values_of("Rains hit 300 families after the great 8.8 earthquake.") == [300]
    assert values_of("The quake measured 6.1 on the Richter scale.") == []
    # clock times told with dots, distances in short units, a fraction before its unit
    assert values_of("The earthquake started at 06.34.14 UTC and the wave came at 16.50 UTC.") == []
    assert values_of("It struck 15 km (9.3 mi) away, at 31,000 feet (9,400 kms).") == []
    assert values_of("A 5 1/2 foot wave hit the bay, and thirteen milimeters fell in Temuco.") == []
    # a tremor's count is still a count
    assert values_of("Four aftershocks hit central Chile.") == [4]
