"""Masses of things across reports: compared by the thing and the unit, never listed as counts."""

from facts_builders import conflicts, documents

from synopsis.facts.dates import report_dates
from synopsis.facts.figures import figures
from synopsis.facts.measures import masses


def test_two_reports_giving_one_thing_different_masses_conflict():
    (fact,) = conflicts(
        "The robot arm had never handled an object as massive as the 44,000-pound Zarya.",
        "Koptev said the launching of Zarya, a 42,000-pound space tugboat, was a vindication.",
    )
    assert fact.quantity == "mass of Zarya (pounds)"
    assert sorted(v.value for v in fact.values) == [42_000, 44_000]


def test_a_mass_had_or_weighed_is_the_subjects():
    (fact,) = conflicts(
        "Once completed, the space station will have a mass of 1 million pounds.",
        "More flights will carry parts to form a 900,000-pound research station.",
    )
    assert {v.value for v in fact.values} == {1_000_000, 900_000}
    (found,) = masses(documents("The station will weigh 500 tons."))
    assert found.group == "mass of station (tons)"


def test_other_units_and_other_things_are_other_quantities():
    assert not conflicts(
        "Engineers finished preparations for the liftoff of the 24-ton module.",
        "The 44,000-pound module was launched from Kazakhstan.",
        "Two astronauts attached two 100-pound antennas to the 25,000-pound Unity.",
    )


def test_masses_are_not_counts():
    docs = documents("The 36-foot, 25,000-pound Unity will serve as a passageway.")
    assert figures(docs, report_dates(docs)) == []
    assert [m.amount.value for m in masses(docs)] == [25_000]
