"""Made-up reports whose disagreements were kept apart by how the figures were told rather than by what
they count: a share's names taken from who tells it, a share won told through another verb."""

import datetime as dt

from facts_builders import conflict_values, conflicts, documents

from synopsis.facts import fact_sheet
from synopsis.facts.dates import report_dates
from synopsis.facts.figures import figures


def test_two_sources_of_one_report_meet_on_a_share_though_each_names_itself():
    report = (
        "Nationwide, 40 percent of the electorate voted, the Salam newspaper said quoting the Interior Ministry. "
        "An exiled opposition group, the National Council of Resistance, claimed that only about 10 percent of the "
        "electorate voted."
    )
    assert conflict_values(report) == [[10, 40]]
    # the names of the share's own clause still part two places' shares
    assert not conflict_values(
        "In Cambodia, 40 percent of children are stunted, UNICEF said. "
        "In North Korea, 62 percent of children are stunted, the World Food Program said."
    )
    # two sources' shares of other words in one report stay apart by the names of their sentences
    assert not conflict_values(
        "In a study of 500 college students in the San Francisco area, 32 percent of male respondents said they had "
        "threatened gay people. In a survey of the largest school districts, 42 percent do not have policies to protect "
        "students, said the Gay, Lesbian and Straight Education Network."
    )


_DEFEATED = (
    "In preliminary returns, Cardoso appeared to have defeated Luiz Inacio Lula da Silva, the candidate of the "
    "Workers Party, with 56 percent of the vote, a far stronger showing than polls predicted."
)
_WON = (
    "With 22 percent of the vote counted, Cardoso appeared to have won 51 percent of the vote, compared with "
    "34 percent for his main rival, Luiz Inacio Lula da Silva."
)


def _vote_facts(*texts, dates):
    return {(f.verdict, tuple(sorted(v.value for v in f.values))) for f in fact_sheet(documents(*texts, dates=dates)).facts if "vote" in f.quantity}


def test_a_share_won_through_another_verb_or_with_a_share_is_the_candidates():
    same_day = [dt.date(1998, 10, 4)] * 2
    assert ("conflict", (51, 56)) in _vote_facts(_DEFEATED, _WON, dates=same_day)
    # results of two elections stay apart
    assert not conflict_values("Cardoso won 54 percent of the vote in 1994.", "Cardoso won 53 percent of the vote in 1998.")
    # another candidate's share stays apart
    assert not conflict_values("Lula appeared to have won 31 percent of the vote.", _WON)


def test_a_share_counted_so_far_is_a_running_count_of_its_day():
    later = "With 69.5 percent of the votes counted Tuesday, President Cardoso continued to lead with 52.4 percent of the vote."
    facts = _vote_facts(_DEFEATED, _WON, later, dates=[dt.date(1998, 10, 4)] * 2 + [dt.date(1998, 10, 6)])
    assert ("conflict", (51, 56)) in facts
    assert not any(52.4 in values for verdict, values in facts if verdict == "conflict")
    # "with 22 percent of the vote counted" is how far the count had got, not a share anyone won
    assert not any(22 in values for _, values in facts if len(values) > 1)


def test_counts_of_the_same_things_under_the_same_verb_are_compared_whatever_the_verb():
    dates = [dt.date(1998, 10, 5), dt.date(1998, 10, 6)]
    sheet = fact_sheet(
        documents(
            "Monday in 11 cities throughout the country, the players are holding press conferences.",
            "On the day camps were to begin, players held news conferences in 14 NBA cities.",
            dates=dates,
        )
    )
    assert [sorted(v.value for v in f.values) for f in sheet.facts if f.verdict == "conflict"] == [[11, 14]]


def test_counts_done_alike_of_other_things_or_parts_stay_apart():
    assert not conflict_values("The team won three gold medals.", "The team won five bronze medals.")
    assert not conflict_values("Iran detained 15 sailors and marines.", "Iran will release the other 14 sailors and marines.")
    assert not conflict_values("Vinokourov won stage 13 of the Tour.", "Vinokourov won stage 15 of the Tour.")
    # one report's two values count two things
    assert not conflict_values("The team won three gold medals in Bangkok and won five gold medals in Seoul.")


def test_tolls_several_reports_repeat_may_disagree_by_more_than_a_factor_of_two():
    early = ["The agency reported 190 people were taken to hospitals, and about 20 were in intensive care.",
             "About 180 people were taken to hospitals with injuries, and about 20 were in intensive care."]
    late = ["Of the injured, 57 were in intensive care, said a spokesman for the medical authorities.",
            "Of the injured, at least 57 were in intensive care, according to the medical authorities."]
    assert [sorted(set(values)) for values in conflict_values(*early, *late)] == [[20, 57]]
    # one report on each side is not enough: 20 and 57 may count other things
    assert not conflict_values(early[0], late[0])
    # nor are a wire's copies of one sentence two reports' own words
    assert not conflict_values(early[0], early[0], late[0], late[0])
    # and three times apart is still too far
    assert not conflict_values(*early, *(text.replace("57", "70") for text in late))


def test_the_level_a_named_rate_stands_at_is_compared_with_that_rates_level_the_same_day():
    hiked = "To stem capital flight, interest rates were hiked to 50 percent a year."
    of = "More than $300 million a day is draining out of the country despite interest rates of 40 percent."
    assert conflict_values(hiked, of) == [[40, 50]]
    # another rate, or a change by a percentage, is another quantity
    assert not conflict_values(hiked, "Banks kept mortgage rates of 40 percent.")
    assert not conflict_values("Interest rates rose 5 percent.", "Interest rates rose 4 percent.")
    assert not conflict_values("Interest rates climbed 5 percent.", "Interest rates climbed 4 percent.")
    # a rate told days apart has moved, as a running count does
    days = [dt.date(1998, 10, 6), dt.date(1998, 10, 25)]
    assert not [f for f in fact_sheet(documents(hiked, of, dates=days)).facts if f.verdict == "conflict"]


def test_one_report_giving_two_populations_of_one_place_contradicts_itself():
    assert conflict_values(
        "Rescuers entered the building in Goteborg, a city of half a million people on the west coast. "
        "Goteborg has about 435,000 people."
    ) == [[435000, 500000]]
    # a wider stretch of land, or another place, is another population
    assert not conflict_values("Goteborg, a city of 435,000 people, mourned. The greater Goteborg area has 800,000 people.")
    assert not conflict_values("Goteborg, a city of 435,000 people, mourned. Malmo has 300,000 people.")


def test_sources_the_parse_left_without_a_subject_still_tell_two_values_of_one_report_apart():
    report = (
        "Citing ``very reliable sources,'' the former Portuguese governor of East Timor, Mario Carrascalao, said "
        "Tuesday that he has been told that 42 people had been executed in the Alas area. "
        "The Australian-based East Timor Human Rights Center, considered the main watchdog group for East Timorese "
        "rights, issued a statement Tuesday accusing the Indonesian military of executing 50 East Timorese."
    )
    assert conflict_values(report) == [[42, 50]]
    # one source's two values count two things
    assert not conflict_values(
        "Mario Carrascalao said 42 people had been executed in Alas. He said 50 East Timorese had been executed in Same."
    )


def test_sources_listed_each_after_a_bullet_give_their_own_values():
    (fact,) = conflicts(
        '* AP - "The confirmed death toll passed 121,000, and 5 million people were homeless."\n\n'
        '* United Nations - "Jan Egeland said the final toll could climb beyond 150,000. '
        'About 1 million people are homeless and agencies estimate that 5 million people need relief."'
    )
    assert sorted(v.value for v in fact.values) == [1_000_000, 5_000_000]
    # one source's two values stay two things
    assert not conflicts('* AP - "5 million people were homeless. About 1 million people are homeless in Aceh."')
    # without a quote after its dash, a list item names a place or a side, not who gives the figure
    assert not conflicts("* Indonesia - 100,000 people were killed.\n\n* Sri Lanka - 70,000 people were killed.")


def test_a_count_after_a_full_stop_the_splitting_kept_is_read():
    docs = documents('* UN - "The toll could climb beyond 150,000. About 1 million people are homeless."')
    assert 1_000_000 in [f.amount.value for f in figures(docs, report_dates(docs))]


def test_a_count_an_event_told_by_its_day_did_is_that_days_settled_toll():
    dates = [dt.date(1998, 11, 5), dt.date(1998, 10, 7)]
    told_by_day = (
        "Washington blames the group for the Aug. 7 bombings of U.S. embassies in Kenya and Tanzania that killed "
        "224 people."
    )
    undated = "The prosecutors linked him to the attacks, in which more than 250 people died."
    found = [
        sorted(v.value for v in f.values)
        for f in fact_sheet(documents(told_by_day, undated, dates=dates)).facts if f.verdict == "conflict"
    ]
    assert found == [[224, 250]]
    # killed in the day's event, told by a passive
    passive = "Some 224 people were killed in the Aug. 7 bombings of the embassies."
    assert [sorted(v.value for v in f.values) for f in fact_sheet(documents(passive, undated, dates=dates)).facts
            if f.verdict == "conflict"] == [[224, 250]]


def test_a_day_that_dates_no_event_of_the_count_leaves_it_a_running_count():
    dates = [dt.date(1998, 11, 5), dt.date(1998, 10, 7)]
    # the day dates the talks, not what killed the people: two running counts a month apart
    other_day = "At the Aug. 7 meeting, officials said the fighting had killed 224 people."
    undated = "The fighting has killed more than 250 people, officials said."
    assert not [f for f in fact_sheet(documents(other_day, undated, dates=dates)).facts if f.verdict == "conflict"]
