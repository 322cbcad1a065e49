import datetime as dt

from facts_builders import conflict_values, conflicts

from synopsis.facts.dates import Window
from synopsis.facts.figures import Figure
from synopsis.facts.numbers import parse_amount
from synopsis.facts.reconcile import reconcile
from synopsis.model import Span


def figure(doc, text, action="killed", group="civilians", window=None):
    amount = parse_amount(text)
    return Figure(
        doc=doc, amount=amount, text=text, span=Span(doc, 0, len(text)), counted=group, group=group,
        action=action, window=window or Window("", None, dt.date(2019, 12, 22)), place=None,
        reporter=None, sentence=None,
    )


def test_different_values_from_different_reports_conflict():
    (fact,) = reconcile([figure("a", "29"), figure("b", "25"), figure("c", "29")])
    assert fact.verdict == "conflict"
    assert [(v.value, len(v.sources)) for v in fact.values] == [(29, 2), (25, 1)]


def test_compatible_values_agree_and_one_report_is_single():
    (fact,) = reconcile([figure("a", "dozens"), figure("b", "29")])
    assert fact.verdict == "agree"  # vague against exact is no conflict
    (fact,) = reconcile([figure("a", "more than 170"), figure("b", "174")])
    assert fact.verdict == "agree"  # a qualifier allows larger values
    (fact,) = reconcile([figure("a", "9"), figure("a", "at least nine")])
    assert fact.verdict == "single"


def test_other_window_action_or_group_is_another_quantity():
    august = Window("in August", dt.date(2019, 8, 1), dt.date(2019, 8, 31))
    deal = Window("in September 2018", dt.date(2018, 9, 1), dt.date(2018, 9, 30))
    facts = reconcile(
        [
            figure("a", "more than 290", window=august),
            figure("b", "over 1,300", window=deal),
            figure("c", "25", action="injured"),
            figure("d", "30", group="government forces"),
        ]
    )
    assert len(facts) == 4 and {f.verdict for f in facts} == {"single"}


def test_numbers_tied_to_no_event_are_never_a_conflict():
    facts = reconcile([figure("a", "400", action=""), figure("b", "435,000", action="")])
    assert {f.verdict for f in facts} == {"single"}


def test_conflicts_come_first_and_values_are_never_averaged():
    facts = reconcile([figure("a", "9"), figure("b", "9", action="injured"), figure("a", "60", action="fled"),
                       figure("b", "70", action="fled")])
    assert facts[0].verdict == "conflict"
    assert {v.value for v in facts[0].values} == {60, 70}


def test_the_example_conflicts(example_sheet):
    conflicts = {f.quantity: {v.value for v in f.values} for f in example_sheet.facts if f.verdict == "conflict"}
    assert sorted(conflicts.values(), key=min) == [{25, 29}, {71, 77}, {103, 110}, {370_000, 560_000}]
    agree = [f for f in example_sheet.facts if f.verdict == "agree"]
    assert any(f.values[0].text == "around 1,000 civilians" and len(f.values[0].sources) == 5 for f in agree)
    # "290 civilians killed since the August ceasefire" and "1,300 since the 2018 deal" do not conflict
    assert not any({290, 1300} <= {v.value for v in f.values} for f in example_sheet.facts)


def test_a_running_toll_as_of_a_day_and_an_unstated_one_told_a_day_later_are_different_tolls():
    from facts_builders import documents

    from synopsis.facts import fact_sheet

    thursday = dt.date(1998, 11, 5)
    reports = documents(
        "As of Thursday, the storm had killed 6,076 people in Honduras.",
        "Officials estimate the storm killed more than 10,000 people.",
        dates=[thursday, thursday + dt.timedelta(days=1)],
    )
    assert {f.verdict for f in fact_sheet(reports).facts} == {"single"}
    # told the same day, the unstated toll is the same quantity
    reports = documents(
        "As of Thursday, the storm had killed 6,076 people in Honduras.",
        "Officials estimate the storm killed more than 10,000 people.",
        dates=[thursday, thursday],
    )
    assert [f.verdict for f in fact_sheet(reports).facts] == ["conflict"]


def test_a_day_on_a_revised_count_dates_its_telling_but_a_day_on_a_happening_dates_the_happening():
    from facts_builders import documents

    from synopsis.facts import fact_sheet

    thursday = dt.date(1998, 11, 5)
    friday = thursday + dt.timedelta(days=1)
    revised = documents(
        "Officials lowered the confirmed death toll from 7,000 to about 6,100 on Thursday.",
        "Officials estimate the storm killed more than 10,000 people.",
        dates=[thursday, friday],
    )
    assert "conflict" not in {f.verdict for f in fact_sheet(revised).facts}
    happened = documents(
        "More than 190 people were injured in the fire Thursday night.",
        "The fire injured 173 people.",
        dates=[friday, friday],
    )
    assert "conflict" in {f.verdict for f in fact_sheet(happened).facts}


def test_a_revised_value_is_kept_apart_as_the_earlier_estimate():
    from facts_builders import documents

    from synopsis.facts import fact_sheet

    thursday = dt.date(1998, 11, 5)
    reports = documents(
        "Officials lowered the confirmed death toll from 7,000 to about 6,100 on Thursday.",
        "The storm killed about 6,100 people, officials said.",
        dates=[thursday, thursday],
    )
    facts = {f.quantity: (f.verdict, [v.value for v in f.values]) for f in fact_sheet(reports).facts}
    assert facts["people killed, on Thursday"] == ("agree", [6100])
    assert facts["people killed (earlier estimate), on Thursday"] == ("single", [7000])


def test_sums_told_with_the_same_action_and_names_are_compared_across_values():
    (fact,) = conflicts(
        "The station is expected to cost at least $40 billion, with the United States planning to pay $21 billion.",
        "The station is expected to cost at least $40 billion, with the United States planning to pay $24 billion.",
    )
    assert {v.value for v in fact.values} == {21e9, 24e9}


def test_the_price_of_one_deal_told_as_merger_agreement_or_purchase_is_one_quantity():
    (fact,) = conflicts(
        "This summer, British Petroleum announced a $48.2 billion agreement to buy Amoco Corp.",
        "Regulators are also considering the proposed $54 billion merger of British Petroleum and Amoco.",
    )
    assert fact.quantity == "dollars (deal)"


def test_sums_told_of_other_parties_or_small_prices_are_not_compared():
    assert not conflicts(
        "Exxon agreed to buy Mobil for $75 billion.",
        "British Petroleum agreed to buy Amoco for $48.2 billion.",
    )
    assert not conflicts("Mobil shares rose $3 to $85 on Monday.", "Mobil shares rose $5 to $87 on Tuesday.")


def test_shares_said_to_be_the_same_thing_conflict_and_other_peoples_shares_do_not():
    (fact,) = conflicts(
        "A survey of North Korean children under 7 found that 65 percent are stunted.",
        "The data show that 67 percent of all North Korean children are physically stunted.",
        "A WFP survey found that 49 percent of Cambodian children are stunted by lack of food.",
    )
    assert {v.value for v in fact.values} == {65, 67}
    assert fact.quantity.startswith("share of")


def test_reports_giving_a_country_different_populations_conflict():
    (fact,) = conflicts(
        "Three years of floods devastated North Korea, forcing it to rely on outside aid to feed its 23 million people.",
        "The harvest only meets two-thirds of the needs of North Korea's 22 million people.",
        "The WFP is supporting 1.7 million hungry Cambodians, about 15 percent of Cambodia's 11 million people.",
    )
    assert {v.value for v in fact.values} == {23e6, 22e6}
    (fact,) = conflicts(  # a population told after its number, against a country "of" a number
        "Some 80 percent of Croatia's 4.7 million population is Catholic.",
        "The pope arrived in Croatia, a country of 4 million that is more than 75 percent Catholic.",
    )
    assert {v.value for v in fact.values} == {4.7e6, 4e6}


def test_a_part_of_a_sum_is_not_compared_with_the_whole():
    assert not conflicts(
        "AMD will pay $334 million for SeaMicro, including $281 million in cash.",
        "AMD is paying $334 million for SeaMicro, the companies said.",
        "AMD is paying $281 million in cash for SeaMicro and the remainder in stock.",
    )


def test_a_share_a_named_subject_wins_is_compared_with_that_names_share_only():
    (fact,) = conflicts(
        "Chavez won 56 percent of the vote, while Rosales won 38 percent.",
        "Chavez won 61 percent of the vote on Sunday, officials said.",
        "Rosales won 38 percent of the vote.",
    )
    assert {v.value for v in fact.values} == {56, 61}
    assert not conflicts(
        "The affected cable systems, which run from Alexandria in Egypt to Sicily, carry more than 75 percent of traffic.",
        "Cable systems carrying 52 percent of traffic were cut.",
    )


def test_ages_are_compared_for_one_person_however_a_report_shortens_the_name():
    from facts_builders import conflicts

    found = conflicts(
        "Police detained Chen Lixin and Zhou Bo. Chen, 31, was held overnight.",
        "Chen Lixin, 32, a founder of the group, was detained with Zhou Bo.",
        "Mara Ellen Novak, 20, was charged. Tom Reed, 44, was not.",
        "Mara Novak, 21, appeared in court.",
    )
    assert sorted(sorted(v.value for v in f.values) for f in found) == [[20, 21], [31, 32]]
    assert not conflicts("As his uncle told The Post, the 21-year-old Sam was kind.", "Sam Hale, 22, died.")


def test_an_age_closing_a_sentence_and_a_name_spelt_another_way_are_one_persons_age():
    from facts_builders import conflict_values

    # wires spell one transliterated name their own way: its consonants are what they share
    assert conflict_values(
        "Neighbours mourned the driver, Mustafa Haddad, 34.",
        "The driver, Moustafa Hadad, 33, came from the coast.",
    ) == [[33, 34]]
    assert not conflict_values("The driver was Mustafa Haddad, 34.", "The guard was Mahmoud Hindi, 33.")
    # "aged 31", as British wires write it
    assert conflict_values("The driver, Ahmed Said, aged 31, was arrested.", "Police named him as Ahmed Said, 33.") == [
        [31, 33]
    ]


def test_populations_of_two_towns_of_one_state_do_not_conflict():
    from facts_builders import conflicts

    assert not conflicts(
        "Residents recalled another side of Wyoming's college town, which has a population of more than 26,000.",
        "In Casper, a conservative city of 51,000 in the heart of Wyoming's oil belt, tolerance is the watchword.",
    )
    assert conflicts(
        "North Korea needs grain to feed its 23 million people.",
        "Famine threatens North Korea's 22 million people.",
    )


def test_a_population_is_told_as_what_a_named_place_is_of_has_or_holds():
    from facts_builders import conflict_values

    assert conflict_values(
        "Rescuers reached Lindau, a lakeside town of 40,000 people.",
        "Lindau has about 34,000 people.",
    ) == [[34000, 40000]]
    assert conflict_values(
        "Lindau, the region's largest town with 40,000 people, was flooded.",
        "The flood cut off Lindau and its 34,000 people.",
    ) == [[34000, 40000]]
    # a town the report does not name is not the last place named before it; a region or a firm is no named place
    assert not conflict_values(
        "Leaving Lindau, the student settled in this quiet town of 40,000 people.", "Lindau has 34,000 people."
    )
    assert not conflict_values("The region has 40,000 people.", "The company has 34,000 people.")


def _dated_conflicts(*dated: tuple[str, str]):
    from facts_builders import day, documents

    from synopsis.facts import fact_sheet

    sheet = fact_sheet(documents(*(text for _, text in dated), dates=[day(d) for d, _ in dated]))
    return [sorted(v.value for v in f.values) for f in sheet.facts if f.verdict == "conflict"]


def test_a_count_over_a_past_era_is_settled_and_an_approximation_does_not_stretch_to_it():
    # the verb of the clause on the counted noun is the action: "people who were killed"
    assert _dated_conflicts(
        ("2001-03-01", "A truth commission found that 2,115 people died or vanished during the junta's rule."),
        ("2001-03-05", "The case could grow to include some 1,500 people who were killed or disappeared during his rule."),
    ) == [[1500, 2115]]
    assert not _dated_conflicts(
        ("2001-03-01", "A truth commission found that 2,115 people died or vanished during the junta's rule."),
        ("2001-03-05", "The case could grow to include some 2,000 people who were killed or disappeared during his rule."),
    )


def test_a_window_of_months_to_the_report_day_is_that_days_running_total():
    left = "The offensive has killed dozens and left more than 90,000 refugees."
    forced = "He must let the roughly 80,000 refugees who have been forced to flee in the last four months go home."
    assert _dated_conflicts(("1999-05-10", left), ("1999-05-10", forced)) == [[80_000, 90_000]]
    assert not _dated_conflicts(("1999-05-10", left), ("1999-05-13", forced))  # three days on: a newer count
    week = "He must let the roughly 80,000 refugees who have been forced to flee in the past week go home."
    assert not _dated_conflicts(("1999-05-10", left), ("1999-05-10", week))  # a week's flight is not the total


def test_a_count_estimated_on_a_day_is_the_count_told_that_day():
    assert not _dated_conflicts(
        ("2005-10-11", "Officials estimated Tuesday that about 2,000 people have died in the region."),
        ("2005-10-12", "The storm killed an estimated 2,600 people across the region."),
    )


def test_reports_giving_a_body_different_memberships_conflict():
    assert conflicts(
        "Ministers of the 12-nation Baltic Sea Council met in Riga.",
        "The leaders of the 11 Baltic Sea Council members will meet in Riga.",
    )
    assert not conflicts(  # a region's countries belong to no body
        "Aid reached three Central American nations on Monday.",
        "Aid reached four Central American nations on Monday.",
    )
    assert not conflicts(  # two bodies
        "The 12-nation Baltic Sea Council met in Riga.",
        "The 15 Nordic Council members will meet in Riga.",
    )


def test_shares_of_gdp_are_compared_by_the_measure_they_tell():
    assert conflicts(
        "The government wants to curb a budget deficit equal to about 5 percent of gross domestic product.",
        "The fund said the country should cut its budget deficit from an expected 7 percent of GDP to zero.",
    )
    assert not conflicts(
        "The government wants to curb a budget deficit equal to about 5 percent of gross domestic product.",
        "Public debt has reached 7 percent of economic output.",
    )


def test_parts_listed_side_by_side_are_compared_part_by_part():
    found = conflicts(
        "The court has convicted four Croats, two Serbs and a Muslim of war crimes.",
        "The court has convicted three Croats, two Serbs and a Muslim of war crimes.",
    )
    assert [sorted(v.value for v in f.values) for f in found] == [[3, 4]]


def test_poll_margins_told_of_the_same_candidate_are_compared():
    found = conflicts(
        "In the latest polls she is trailing Halvorsen by 6 percentage points.",
        "In the latest polls she is trailing Halvorsen by 11 percentage points.",
        "The index fell 9 points on Monday.",
        "The index fell 14 points on Monday.",
    )
    assert [sorted(v.value for v in f.values) for f in found] == [[6, 11]]
    assert not conflicts(
        "She is trailing Halvorsen by 6 percentage points.", "He is trailing Brandt by 11 percentage points."
    )


def test_reports_ranking_one_thing_differently_conflict():
    found = conflicts(
        "Chile is South America's biggest copper exporter and the fourth-largest in the world.",
        "Investors fled the world's fifth-largest copper exporter on Monday.",
    )
    assert [sorted(v.value for v in f.values) for f in found] == [[4, 5]]
    assert not conflicts(  # ranks of two countries
        "Japan, the world's second-largest economy, cut rates.", "China, the world's third-largest economy, did not."
    )
    assert not conflicts(  # ranks of two kinds of thing
        "Norway, the world's third-largest gas exporter, agreed.", "Norway, the world's fifth-largest oil producer, agreed."
    )


def test_a_rank_named_after_it_is_that_names_rank():
    assert not conflicts(
        "The second largest economy in the world, Japan, is in recession.",
        "Although Peru is the ninth-largest economy in the world, wages are low.",
    )


def test_sums_are_compared_by_what_they_measure_across_report_days():
    # a debt told on different days with no window is one standing amount, not a running count
    assert _dated_conflicts(
        ("1998-10-03", "The carrier has been unable to make payments on dlrs 3.4 billion of debt."),
        ("1998-11-20", "The carrier, which cannot pay dlrs 3.4 billion in debts, shut down."),
        ("1998-12-18", "With $3.6 billion in debt and falling revenue, the carrier is in trouble."),
    ) == [[3.4e9, 3.6e9]]
    found = _dated_conflicts(
        ("1998-12-11", "The payment of nearly dlrs 300,000 in grants to relatives of members is under study."),
        ("1998-12-12", "He called the dlrs 450,000 grant fund a bribe."),
    )
    assert found == [[300_000, 450_000]]


def test_sums_of_different_things_or_with_nothing_measured_do_not_conflict():
    assert not _dated_conflicts(  # a debt and a loss of one firm are two quantities
        ("1998-10-03", "The carrier cannot pay dlrs 3.4 billion of debt."),
        ("1998-10-03", "The carrier reported dlrs 3.6 billion in losses."),
    )
    assert not _dated_conflicts(  # sums told with nothing they measure stay apart, as before
        ("1998-10-03", "The carrier needs dlrs 3.4 billion."),
        ("1998-10-04", "The carrier needs $3.6 billion."),
    )
    assert not _dated_conflicts(  # a sum spent over a stated window is a flow, not the standing amount
        ("1998-12-11", "From 1991 to 1995 the committee spent nearly dlrs 300,000 on grants."),
        ("1998-12-12", "He called the dlrs 450,000 grant fund a bribe."),
    )


def test_the_values_a_cut_started_from_are_compared_when_it_ends_at_one_value():
    # told end first, days apart: the fleet before the cut is one standing quantity
    assert _dated_conflicts(
        ("1998-12-03", "He said the plan includes the retention of 14 aircraft _ down from 40 _ and new loans."),
        ("1998-12-18", "The carrier said it would prune its fleet to 14 planes from 44."),
    ) == [[40, 44]]
    (fact,) = conflicts(
        "He said the plan includes the retention of 14 aircraft _ down from 40 _ and new loans.",
        "The carrier said it would prune its fleet to 14 planes from 44.",
    )
    assert fact.quantity == "aircraft before the change to 14"
    assert not _dated_conflicts(  # cuts that end at different values are different cuts
        ("1998-12-03", "He said the plan includes the retention of 14 aircraft _ down from 40 _ and new loans."),
        ("1998-12-18", "The carrier said it would prune its fleet to 20 planes from 44."),
    )


def test_members_at_one_sitting_are_compared_whatever_is_then_done():
    # "on Thursday" in one report and no day a day later: the same sitting
    found = _dated_conflicts(
        ("1998-12-10", "On Thursday, 71 members of the 90-member Central Board met in Ramallah to vote."),
        ("1998-12-11", "The 66 members present were asked whether they approved the letter."),
    )
    assert found == [[66, 71]]
    assert not _dated_conflicts(  # members of a body counted by what they did, not by who sat
        ("1998-12-10", "On Thursday, 71 members of the board voted for the letter."),
        ("1998-12-10", "On Thursday, 66 members of the board signed a petition."),
    )


def test_a_vague_count_is_compared_only_with_values_of_its_own_order():
    (fact,) = reconcile([figure("a", "dozens"), figure("b", "150")])
    assert fact.verdict == "agree"
    # "dozens of dead" on the first day and "about 200,000" a week later are not one count
    assert {f.verdict for f in reconcile([figure("a", "dozens"), figure("b", "about 200,000")])} == {"single"}
    assert {f.verdict for f in reconcile([figure("a", "hundreds"), figure("b", "four")])} == {"single"}
    assert not conflicts(
        "A reporter said he had seen dozens of people killed amid collapsed buildings.",
        "The earthquake killed about 200,000 people.",
    )


def test_a_zero_disagrees_with_a_handful_but_is_not_compared_with_hundreds():
    (fact,) = reconcile([figure("a", "zero"), figure("b", "2")])
    assert fact.verdict == "conflict"
    assert {f.verdict for f in reconcile([figure("a", "zero"), figure("b", "300")])} == {"single"}
    assert conflict_values("The blast killed 0 people, police said.", "Two people were killed in the blast.") == [[0, 2]]


def test_a_list_named_whole_is_compared_across_report_days():
    found = _dated_conflicts(
        ("1998-10-22", "Most of the 161 candidates _ all clergymen _ are hard-liners."),
        ("1998-10-23", "Voters had little choice, as most of the 167 candidates were hard-liners."),
    )
    assert found == [[161, 167]]
    assert not _dated_conflicts(  # a part of a list, not named whole, is another count
        ("1998-10-22", "Most of the 161 candidates are hard-liners."),
        ("1998-10-23", "Some 150 candidates campaigned in the provinces."),
    )


def test_the_field_of_a_contest_is_compared_across_report_days():
    found = _dated_conflicts(
        ("1998-10-02", "The regional games are expected to attract more than 9,000 athletes from 30 countries."),
        ("1998-12-06", "The ceremony opened two weeks of competition among 5,000 athletes from 28 countries."),
    )
    assert sorted(found) == [[28, 30], [5000, 9000]]
    assert not _dated_conflicts(  # one party's team is no count of the whole field
        ("1998-11-19", "Ruritania plans to send 310 athletes to next month's regional games."),
        ("1998-11-25", "Freedonia will send 590 athletes to the games and compete in 30 sports."),
    )
    found = _dated_conflicts(  # "take part" is taking part, not taking a town
        ("1998-10-02", "Some 6,000 athletes from 41 nations take part in the games."),
        ("1998-12-06", "The 5,000 athletes from 41 nations will compete in the games."),
    )
    assert found == [[5000, 6000]]
    # a count the sentence only sets beside a contest is no field: it runs on from day to day
    assert not _dated_conflicts(
        ("1998-10-02", "The flu has spread to 30 countries ahead of the games."),
        ("1998-10-09", "The flu has spread to 41 countries ahead of the games."),
    )
    assert not _dated_conflicts(
        ("1998-10-02", "So far 12 teams have qualified for the tournament."),
        ("1998-10-09", "So far 20 teams have qualified for the tournament."),
    )


def test_rates_are_compared_with_rates_of_the_same_thing_in_the_same_window():
    assert conflict_values(
        "In 1966, the meteor display peaked at 140,000 meteors per hour.",
        "In 1966, observers counted up to 90,000 meteors an hour at the peak of the storm.",
    ) == [[90000, 140000]]
    assert not conflicts(  # a rate and a count of the same thing are two quantities
        "In 1966, the meteor display peaked at 140,000 meteors per hour.",
        "In 1966, observers counted 90,000 meteors at the peak of the storm.",
    )


def test_two_largest_values_that_differ_disagree():
    (fact,) = reconcile([figure("a", "as much as 18"), figure("b", "as much as 20")])
    assert fact.verdict == "conflict"  # each report names the largest value
    (fact,) = reconcile([figure("a", "up to 20"), figure("b", "as many as 20")])
    assert fact.verdict == "agree"
    (fact,) = reconcile([figure("a", "up to 20"), figure("b", "18")])
    assert fact.verdict == "agree"  # one value within the other's bound


def test_a_sentence_a_wire_revised_compares_its_numbers_whatever_their_order():
    from facts_builders import conflict_values

    # one statement told in the same words but for its number: a value of one order or not, it is one quantity
    assert conflict_values(
        "Firefighters said 40 bodies were pulled from the ferry and five others died in hospital later.",
        "Firefighters said 40 bodies were pulled from the ferry and one other died in hospital later.",
    ) == [[1, 5]]
    # told in other words, a count six times another is still a count of something else
    assert not conflict_values(
        "One passenger died in hospital later, the ferry company said.",
        "Firefighters said 40 bodies were pulled from the ferry and six others died in hospital on Monday.",
    )


def test_two_sources_of_one_report_disagree():
    from facts_builders import conflict_values

    # each figure given by its own source, or set against the other, in one report
    assert conflict_values(
        "Police said 22 people were wounded in the blast on Monday, but hospital officials said 19 people were wounded."
    ) == [[19, 22]]
    assert conflict_values(
        "22 people were wounded in the blast on Monday, police said, but hospital officials said 19 people were wounded."
    ) == [[19, 22]]
    assert conflict_values(
        "The government said 50 people died in the clashes on Monday. Rights groups put the death toll at 90."
    ) == [[50, 90]]
    assert conflict_values(
        "At least 50 people died in the clashes on Monday, police said. Other estimates put the death toll at 90."
    ) == [[50, 90]]
    # a report giving both values beside another report: the value only it gives is compared too
    assert conflict_values(
        "Exiled groups said troops killed one villager and wounded 22 others. A church statement said 19 men were wounded.",
        "Exiled groups said troops killed one villager and wounded 22 others.",
    ) == [[19, 22]]


def test_one_source_or_none_keeps_a_reports_values_apart():
    from facts_builders import conflict_values

    # a count updated later in the story, by the same source or by none
    assert not conflict_values("At least 50 people died in the clashes on Monday. The death toll later rose to 90.")
    assert not conflict_values(
        "At least 50 people died in the clashes on Monday, police said. "
        "Police officials said 90 people died in the clashes on Monday."
    )
    # sub-counts told with no source of their own
    assert not conflict_values("Police said 22 people were wounded on Monday. Fifteen people were wounded seriously.")
    # the same source named twice, "the statement" and "a statement"
    assert not conflict_values(
        "The statement said 22 people were wounded on Monday. A statement later said 30 people were wounded on Monday."
    )


def test_two_sources_of_one_report_disagree_further_apart_than_reports_do():
    from facts_builders import conflict_values

    # an official toll against activists' four times larger, in one report
    assert conflict_values(
        "A government report put the death toll at 50. Human rights activists say about 200 people were killed."
    ) == [[50, 200]]
    assert conflict_values(
        "Police said 30 people died in the clashes on Monday. Opposition groups said 250 people died in the clashes."
    ) == [[30, 250]]
    # beyond one order of magnitude they count other things; one source or none keeps its values apart
    assert not conflict_values(
        "Police said 3 people died in the clashes on Monday. Opposition groups said 300 people died in the clashes."
    )
    assert not conflict_values("Police said 50 people were killed on Monday. Police officials said 200 people were killed.")
    assert not conflict_values("At least 50 people were killed on Monday. The death toll later rose to 200.")
    # a part of what the other counts
    assert not conflict_values(
        "Rebels said 47 soldiers and police officers were killed on Monday. "
        "The state media said 10 police officers were killed in the fighting on Monday."
    )


def test_a_sum_told_after_what_it_is_of_measures_that():
    # "a request for $14 billion" is the request "the $18 billion request" is
    assert _dated_conflicts(
        ("1998-10-05", "Conservative Republicans object to Clinton's request for $14 billion to shore up the fund."),
        ("1998-10-11", "House Republicans had blocked all but $3.4 billion of the $18 billion request."),
    ) == [[14e9, 18e9]]
    assert _dated_conflicts(
        ("1998-10-03", "Officials put the final touches on a package of $30 billion to stabilize the economy."),
        ("1998-10-05", "The $40 billion package was announced on Monday."),
    ) == [[30e9, 40e9]]
    # a total, a sum or a part of something tells how much, not what of; a request and a loan are two things
    assert not _dated_conflicts(
        ("1998-10-05", "The fund lent a total of $14 billion to the region."),
        ("1998-10-11", "The $18 billion request was blocked."),
    )
    assert not _dated_conflicts(
        ("1998-10-05", "Clinton's request for $14 billion was blocked."),
        ("1998-10-11", "The $18 billion loan was approved."),
    )


def test_a_loan_and_a_package_told_of_one_name_are_one_rescue():
    assert _dated_conflicts(
        ("1998-10-02", "Primakov warned he might act if Russia does not receive the next installment in a dlrs 22.6 billion loan."),
        ("1998-10-01", "The pattern was repeated this summer, when the United States raced to put together a $17 billion package for Russia."),
    ) == [[17e9, 22.6e9]]
    # told without names, or of other names, a loan and a package are two things
    assert not _dated_conflicts(
        ("1998-10-03", "Donors had to assemble more than dlrs 100 billion in bailouts for Thailand, Indonesia and Korea."),
        ("1998-10-05", "By some calculations, the developing world might need $150 billion in new loans."),
    )
    assert not _dated_conflicts(
        ("1998-10-02", "Primakov said Russia needs the next installment in a dlrs 22.6 billion loan."),
        ("1998-10-01", "The United States raced to put together a $17 billion package for Brazil."),
    )


def test_a_rate_is_compared_by_the_measure_it_is_the_rate_of():
    # "a net undercount of 1.6 percent" and "the undercount rate of 1.8 percent" tell one rate
    assert conflicts(
        "In 1990, Census officials estimated a net undercount of 1.6 percent of the population.",
        "The undercount rate of 1.8 percent in 1990 was greater than in 1980.",
    )
    assert not conflicts(  # another measure's rate
        "In 1990, Census officials estimated a net undercount of 1.6 percent of the population.",
        "The unemployment rate of 1.8 percent in 1990 was greater than in 1980.",
    )
