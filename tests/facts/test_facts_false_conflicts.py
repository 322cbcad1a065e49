"""Made-up reports that once read as disagreements: different people, table rows, ranges, two votes,
a part against its whole, two statements of other words, and people sent to hospitals to work there."""

import datetime as dt

from facts_builders import conflict_values, day, documents

from synopsis.facts.dates import report_dates
from synopsis.facts.figures import figures
from synopsis.facts.tallies import tallies


def test_people_whose_names_differ_in_a_vowel_or_two_are_not_one_persons_age():
    assert not conflict_values("The baker Mario Rossi, 45, was buried.", "His wife Maria Rossi, 43, was buried.")
    assert not conflict_values("The dead included Ali Hassan, 34, a driver.", "Among the wounded was Ali Hussein, 19.")
    assert not conflict_values("The dead included Daniel Weber, 30, a driver.", "The wounded included Daniela Weber, 28.")
    assert not conflict_values("The dead included Jan Novak, 50, a guard.", "The wounded included Jana Novak, 48.")
    assert not conflict_values("The dead included Ahmed Said, 40, a guard.", "The wounded included Ahmed Saad, 22.")
    # one report naming both spellings names two people
    assert not conflict_values(
        "The dead were Mustafa Haddad, 34, a driver, and his cousin Moustafa Hadad, 12, a pupil.",
        "The pupil Mustafa Hadad, 13, died.",
    )
    # one transliterated name spelt two ways is still one person
    assert conflict_values(
        "The father of Yusef Zughayar, 18, spoke.", "Youssef Zughayer, 22, was shot at the gate."
    ) == [[18, 22]]


def test_a_table_row_closing_a_sentence_is_no_age():
    table = "Deaths by province on {}:\n\nHunan, {}.\n\nHubei, 8.\n\nThe floods have killed 51 people."
    assert not conflict_values(table.format("Monday", 12), table.format("Tuesday", 14))
    assert conflict_values(
        "Neighbours mourned the driver, Mustafa Haddad, 34.", "The driver, Moustafa Hadad, 33, came from the coast."
    ) == [[33, 34]]


def _read(text):
    docs = documents(text)
    return sorted((f.counted, f.amount.value) for f in figures(docs, report_dates(docs)) + tallies(docs))


def test_a_range_before_a_unit_is_no_tally():
    assert not [c for c, _ in _read("The storm passed 10-15 miles north of the island.") if c.startswith("tally")]
    assert not [c for c, _ in _read("The bill passed 12-30 days after its reading.") if c.startswith("tally")]
    assert not conflict_values(
        "The storm passed 10-15 miles north of the island.", "The storm passed 20-30 miles north of the island."
    )


def test_two_votes_of_one_body_on_other_things_do_not_conflict():
    dated = [dt.date(2003, 5, 5)] * 2
    from synopsis.facts import fact_sheet

    sheet = fact_sheet(
        documents(
            "The House voted 228-206 to approve the first article of impeachment, on perjury.",
            "The House voted 221-212 to approve the second article, on obstruction of justice.",
            dates=dated,
        )
    )
    assert not [f for f in sheet.facts if f.verdict == "conflict"]
    # the same tally told in other words is one vote
    sheet = fact_sheet(
        documents(
            "The House voted 228-206 to approve the first article of impeachment, on perjury.",
            "The House passed the perjury article 228 votes to 206.",
            dates=dated,
        )
    )
    assert [f.verdict for f in sheet.facts if f.quantity.startswith("tally")] == ["agree", "agree"]


def test_a_part_one_source_gives_is_not_set_against_the_whole_another_gives():
    assert not conflict_values("Police said 40 people were injured on Monday. Doctors said 25 people were seriously injured.")
    assert not conflict_values(
        "The Red Cross said 300 people were killed in the first wave. The government said 500 people were killed in total."
    )
    assert not conflict_values(
        "The government said 500 people were killed in the fighting. "
        "The Red Cross said 60 people were killed in the first attack."
    )
    assert not conflict_values("Police said 40 people were injured. Among them, 25 people were injured by glass, doctors said.")
    # a part told after the count is the part's mark, not the count's
    assert conflict_values("Police said 22 people were wounded. Hospital officials said 19 people were wounded.") == [
        [19, 22]
    ]
    assert conflict_values(
        "Police said 22 people were wounded. Hospital officials said 19 people were wounded, eight seriously."
    ) == [[19, 22]]


def test_two_statements_of_other_words_are_not_one_statement_revised():
    dated = [dt.date(2003, 5, 5)] * 2
    from synopsis.facts import fact_sheet

    def found(*texts):
        sheet = fact_sheet(documents(*texts, dates=dated))
        return [f for f in sheet.facts if f.verdict == "conflict"]

    assert not found(
        "Officials said 59 people died in the first wave of the flood that hit the town.",
        "Officials said 300 people died in the second wave of the flood that hit the town.",
    )
    assert not found(
        "Officials said 59 people died in the flood that hit the town on Monday.",
        "Officials said 300 people died in the flood that hit the town on Tuesday.",
    )


def test_people_sent_to_hospitals_to_work_are_not_hospitalized():
    docs = documents("The ministry sent 12 nurses to hospitals in the north.")
    assert not [f for f in figures(docs, report_dates(docs)) if f.action == "hospitalized"]
    docs = documents("Rescuers took 12 injured people to hospitals in the north.")
    assert [f for f in figures(docs, report_dates(docs)) if f.action == "hospitalized"]


def test_a_forecast_is_no_count_of_what_happened():
    # a spokesman's "could increase to over 100,000" against a province's "as many as 80,000" a day later
    assert not conflict_values(
        "A spokesman speculated that the toll could increase to over 100,000 as the islands are checked.",
        "The province alone may have as many as 80,000 dead.",
    )
    assert not conflict_values("The death toll is expected to rise to 500.", "The death toll rose to 300.")
    assert not conflict_values("The toll is likely to reach 300.", "Officials said the toll could climb to 500.")
    docs = documents("The toll could increase to 1,000.", "The death toll rose to 300.")
    assert [f.forecast for f in sorted(figures(docs, report_dates(docs)), key=lambda f: f.doc)] == [True, False]
    # a toll that rose, told by two reports, is still compared
    assert conflict_values("The death toll rose to 300 on Monday.", "The death toll rose to 250 on Monday.") == [[250, 300]]


def test_counts_done_alike_by_others_or_not_done_are_not_compared():
    # the same verb and things, done by two others
    assert not _conflicts_same_day("President Clinton has visited 12 countries this year.", "Vice President Gore has visited 20 countries this year.")
    assert not _conflicts_same_day("The Red Cross opened 11 shelters in the city.", "The army opened 14 shelters in the city.")
    # the doer of a relative clause is the noun it tells of
    assert not _conflicts_same_day("The company, which employs 300 workers, opened a plant.", "The rival firm employs 500 workers.")
    # a count of what was not done
    assert not _conflicts_same_day("The team did not win 3 matches.", "The team won 5 matches.")
    # the same doers still disagree
    assert _conflicts_same_day("Players held news conferences in 11 cities.", "Players from across the country held news conferences in 14 cities.") == [[11, 14]]


def test_two_leaders_parties_in_one_city_are_not_one_delegation():
    assert not _conflicts_same_day("Clinton arrived in Beijing with an entourage of 1,200 people.", "Jiang's 600-member delegation waited in Beijing.")
    assert _conflicts_same_day("Clinton arrived in Beijing with an entourage of 1,200 people.", "Clinton's 600-member delegation stayed in Beijing.") == [
        [600, 1200]
    ]


def test_counts_several_reports_repeat_are_of_other_doings_when_told_so():
    # each count repeated by two reports, two or three times apart: other events, a sum, or other doers
    assert not _conflicts_same_day(
        "The first bomb killed 15 people at the market.", "A bomb at the market killed 15 people.",
        "A second blast killed 40 people at the station.", "Forty people were killed at the station by a second blast.",
    )
    assert not _conflicts_same_day(
        "Twenty people were injured when the bus overturned.", "The bus crash injured 20 people.",
        "In all, 55 people were injured in the storms.", "The storms injured 55 people.",
    )
    assert not _conflicts_same_day(
        "The bus crash injured 20 people.", "A crash of the bus injured 20 people on the road.",
        "The storms injured 55 people.", "Storms injured 55 people across the state.",
    )
    # a sum over a wider place
    assert not _conflicts_same_day(
        "Twenty people were killed at the market.", "The attack at the market killed 20 people.",
        "At least 45 people were killed across Iraq.", "Attacks across Iraq killed 45 people.",
    )


def _conflicts_same_day(*texts):
    """The values of each conflict of these reports, all told the same day."""
    from synopsis.facts import fact_sheet

    sheet = fact_sheet(documents(*texts, dates=[dt.date(2003, 5, 5)] * len(texts)))
    return [sorted(v.value for v in f.values) for f in sheet.facts if f.verdict == "conflict"]


def test_an_undated_reports_dated_past_count_is_not_set_against_todays():
    # undated reports (no metadata, no date line): "in June 2004" still names a month long before the story
    past = "In June 2004, eight sailors were arrested by the coast guard after they crossed the border."
    assert not conflict_values(past, "The coast guard arrested fifteen sailors who crossed the border.")
    assert not conflict_values(
        "On March 3, 2004, eight sailors were arrested by the coast guard.",
        "The coast guard arrested fifteen sailors.",
    )
    # the same month told by both is still one count
    assert conflict_values(past, "In June 2004, fifteen sailors were arrested by the coast guard.") == [[8, 15]]


def test_counts_done_alike_of_things_told_apart_by_a_small_word_are_not_compared():
    # a qualifier in small letters tells other things; a name in capitals does not
    assert not _conflicts_same_day("Phelps won 4 gold medals in Athens.", "Phelps won 6 medals in Athens.")
    assert _conflicts_same_day("Players held news conferences in 11 cities.", "Players held news conferences in 14 NBA cities.") == [[11, 14]]
    # rate levels meet only on the same words
    assert not _conflicts_same_day("The central bank raised rates to 45 percent.", "Banks kept mortgage rates of 40 percent.")
    assert _conflicts_same_day("The central bank raised interest rates to 45 percent.", "The central bank raised rates to 40 percent.") == [[40, 45]]


def test_rate_levels_of_others_are_not_compared():
    assert not _conflicts_same_day("China posted growth rates of 9 percent.", "India posted growth rates of 6 percent.")
    assert _conflicts_same_day("China posted growth rates of 9 percent.", "China posted growth rates of 6 percent.") == [[6, 9]]


def test_a_table_row_joined_to_its_heading_is_no_count_of_the_heading():
    # the heading ending in a colon runs on into its first row; the row's number counts a province, not the deaths
    joined = "Deaths by province on {}:\n\nHunan, {}. Hubei, 8. The floods have killed 51 people."
    assert not conflict_values(joined.format("Monday", 12), joined.format("Tuesday", 14))
    # a count told in a sentence of its own after a colon is read still
    assert conflict_values(
        "The toll on Monday:\n\nThe floods have killed 51 people.", "The toll on Monday:\n\nThe floods have killed 75 people."
    ) == [[51, 75]]


def test_ages_told_a_year_apart_differ_by_the_birthday_between():
    older, younger = "Sgt. Santos Cardona, 32, was sentenced today.", "Sgt. Santos Cardona, 31, stands accused."
    assert not conflict_values(younger, older, dates=[day("2005-07-28"), day("2006-06-02")])
    # told days apart, or by undated reports, a year's difference is a disagreement
    assert conflict_values(younger, older, dates=[day("2005-07-28"), day("2005-08-02")]) == [[31, 32]]
    assert conflict_values(younger, older) == [[31, 32]]
    # a year apart, two years' difference is a disagreement still
    assert conflict_values(
        younger, "Sgt. Santos Cardona, 33, was sentenced today.", dates=[day("2005-07-28"), day("2006-06-02")]
    ) == [[31, 33]]
    # the date a page prints under its headline dates its ages when nothing else does
    assert not conflict_values(
        "Hearing on dog handlers\n\nThursday, July 28, 2005\n\n" + younger,
        "Dog handler sentenced\n\nFriday, June 2, 2006\n\n" + older,
    )
    assert conflict_values(
        "Hearing on dog handlers\n\nThursday, July 28, 2005\n\n" + younger,
        "Dog handler sentenced\n\nFriday, August 5, 2005\n\n" + older,
    ) == [[31, 32]]


def test_people_who_share_a_surname_after_a_particle_are_not_one_persons_age():
    # "da Silva" closes two full names: the given names tell two people apart
    assert not conflict_values(
        "The rival, Luiz Inacio Lula da Silva, 52, opposes the bailout.",
        "Gilberto Manuel da Silva, 40, who owns an ice cream parlor, said he expected to suffer.",
    )
    # one person's name told with its particle in two reports is compared still
    assert conflict_values(
        "The rival, Luiz Inacio Lula da Silva, 52, opposes the bailout.",
        "Luiz Inacio Lula da Silva, 53, a union leader, spoke on Monday.",
    ) == [[52, 53]]


def test_a_hyphenated_size_of_a_body_within_a_named_one_is_not_its_membership():
    # "the 11-member IOC executive board" is the board's size, not the IOC's
    assert not conflict_values(
        "Hodler said only the 11-member IOC executive board should select Olympic cities.",
        "The 13 IOC members will vote in Seoul.",
    )
    assert conflict_values(  # two reports of one board's size still disagree
        "The 11-member IOC executive board met in Lausanne.",
        "The 9-member IOC executive board met in Lausanne.",
    ) == [[9, 11]]


def test_some_members_acted_on_are_not_a_bodys_membership():
    # "spent $800,000 on 14 IOC members" counts the members paid, not all the IOC's
    assert not conflict_values(
        "The 13 IOC members will vote in Seoul.",
        "The bid committee spent $800,000 on 14 IOC members.",
    )
    assert conflict_values(  # the whole membership, told with "the", is still compared
        "Ministers of the 12-nation Baltic Sea Council met in Riga.",
        "The leaders of the 11 Baltic Sea Council members will meet in Riga.",
    ) == [[11, 12]]


def test_a_part_of_a_whole_its_sentence_told_is_not_another_reports_toll():
    # "more than 3,000 people, 1,320 of them along the Yangtze": the 1,320 are a part of the toll
    dated = [day("1998-08-07"), day("1998-08-07")]
    assert not conflict_values(
        "Floods have killed 1,268 people in China this year.",
        "This year's floods have killed more than 3,000 people, 1,320 of them along the Yangtze.",
        dates=dated,
    )
    assert conflict_values(  # the same toll told whole by both still disagrees
        "Floods have killed 1,268 people in China this year.",
        "This year's floods have killed 2,000 people in China.",
        dates=dated,
    ) == [[1268, 2000]]
    assert conflict_values(  # "killed 67 of them", with no whole before it, is the whole toll
        "The fire killed 60 people at the dance hall.",
        "Friends wept at a fire that killed 67 of them.",
        dates=dated,
    ) == [[60, 67]]


def test_a_total_so_far_this_year_told_on_later_days_is_a_newer_count():
    # a growing total: 1,268 on Aug. 3 and more than 2,000 on Aug. 7 are that year's toll on each day
    assert not conflict_values(
        "Floods have killed at least 1,268 people in China so far this year.",
        "So far this year, more than 2,000 people have died in summer floods in China.",
        dates=[day("1998-08-03"), day("1998-08-07")],
    )
    assert conflict_values(  # told the same day, the two totals disagree
        "Floods have killed at least 1,268 people in China so far this year.",
        "So far this year, more than 2,000 people have died in summer floods in China.",
        dates=[day("1998-08-03"), day("1998-08-03")],
    ) == [[1268, 2000]]
