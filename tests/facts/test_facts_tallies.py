from facts_builders import conflict_values, documents

from synopsis.facts.figures import figures
from synopsis.facts.dates import report_dates
from synopsis.facts.tallies import tallies


def read(text):
    docs = documents(text)
    return sorted((f.counted, f.amount.value) for f in figures(docs, report_dates(docs)) + tallies(docs))


def test_a_tally_is_two_figures_in_each_of_its_forms():
    sides = [("tally: the other side", 207), ("tally: the winning side", 228)]
    assert read("The House passed the bill by a 228-207 vote.") == sides
    assert read("The House passed the bill 228 votes to 207.") == sides
    assert read("The Senate voted 52-47 to pass the bill.") == [("tally: the other side", 47), ("tally: the winning side", 52)]
    assert read("The Supreme Court ruled in a 5-4 decision.") == [("tally: the other side", 4), ("tally: the winning side", 5)]
    # a score or a range is no tally
    assert not [c for c, _ in read("Brazil beat Chile 3-2 on Sunday.") if c.startswith("tally")]
    assert not [c for c, _ in read("The mayor expects 10-15 new schools.") if c.startswith("tally")]


def test_tallies_of_one_body_are_compared_across_reports():
    assert conflict_values(
        "The House passed the bill by a 228-207 vote.", "The House approved the bill 228 votes to 206."
    ) == [[206, 207]]
    assert not conflict_values("The House passed the bill by a 228-207 vote.", "The House passed it 228 votes to 207.")
    # told with no name, two votes of one story could meet: only equal tallies are put together
    assert not conflict_values("The bill passed by a 228-207 vote.", "It passed by a 221-212 vote.")
    # two votes one report gives stay apart
    assert not conflict_values("The House passed the bill by a 228-207 vote, and the rule by a 221-212 vote.")


def test_a_delegations_size_is_compared_whatever_its_wording():
    member = "Li Peng arrived in Tokyo with a 600-member delegation."
    assert conflict_values(member, "Li Peng arrived in Tokyo with a delegation of 450 people.") == [[450, 600]]
    assert conflict_values(member, "Li Peng arrived in Tokyo, leading a delegation of about 450.") == [[450, 600]]
    # an entourage is the party a delegation is ("Clinton's entourage of 1,200 people" and "his 600-member
    # delegation" at one hotel); another leader's delegation is another
    assert conflict_values(member, "Li Peng arrived in Tokyo with an entourage of 450 people.") == [[450, 600]]
    assert not conflict_values(member, "Jiang Zemin arrived in Moscow with a delegation of 450 people.")
    assert not conflict_values(member, "Jiang Zemin arrived in Moscow with an entourage of 450 people.")
