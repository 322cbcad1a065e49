"""Masses of things across reports: compared by the thing and the unit, never listed as counts."""

from facts_builders import conflicts, documents

from synopsis.facts.dates import report_dates
from synopsis.facts.figures import figures
from synopsis.facts.measures import sizes


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
    (found,) = sizes(documents("The station will weigh 500 tons."))
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
    assert [m.amount.value for m in sizes(docs)] == [36, 25_000]  # a length and a mass of Unity


def test_two_agencies_measuring_one_tremor_differently_conflict():
    (fact,) = conflicts(
        "A strong earthquake hit the coast on Friday. The Geological Survey reported the quake measured magnitude 4.9, "
        "although the National Seismic Service reported it as 6.1. Nobody was hurt."
    )
    assert fact.quantity == "magnitude of the earthquake"
    assert sorted(v.value for v in fact.values) == [4.9, 6.1]
    (fact,) = conflicts(
        "An aftershock struck the region on Monday. The aftershock, as reported by the National Seismic Service, "
        "occurred at a depth of 32.6 kilometers (20.3 miles). The Geological Survey said it occurred at a depth of 7 km "
        "(4.4 miles)."
    )
    assert fact.quantity == "depth of the aftershock (kilometers)"
    assert sorted(v.value for v in fact.values) == [7, 32.6]


def test_measures_of_other_tremors_or_of_no_agency_do_not_conflict():
    # a tremor brought in as a new one ("The second tremor", "Another aftershock") is measured apart
    assert not conflicts(
        "The first shaking, according to the National Seismic Service, had a 4.7 magnitude. "
        "The second tremor took place at 02:21. The Geological Survey said it had a magnitude of 4.1. "
        "Another aftershock, magnitude 5.1, took place later, the Geological Survey reported."
    )
    # the report's own value is no agency's other estimate
    assert not conflicts(
        "The quake had a magnitude of 5.6. The Geological Survey reported that the earthquake had a magnitude of 5.4."
    )
    # two reports are not matched by tremor: "the earthquake" of one may be another day's
    assert not conflicts(
        "The earthquake measured magnitude 6.5, the Geological Survey reported.",
        "The earthquake measured magnitude 6.6, the National Seismic Service reported.",
    )


def test_magnitudes_are_no_counts():
    found = documents("An 8.8 magnitude earthquake killed at least 214 people; a magnitude 6.9 quake followed.")
    assert [f.amount.value for f in figures(found, report_dates(found))] == [214]


def test_lengths_of_one_named_thing_conflict_whatever_words_call_it():
    (fact,) = conflicts(
        "The 36-foot, 25,000-pound Unity will serve as a passageway for future modules.",
        "The main cargo was the Tranquility module, the first station part. "
        "Small compared with the giants to come, the unit is 18 feet long and is to serve as a hub.",
        "Built in Russia, Tranquility, 36 feet long, is a kind of tugboat.",
    )
    assert fact.quantity == "length of Tranquility (feet)"
    assert sorted(v.value for v in fact.values) == [18, 36]


def test_a_thing_called_by_its_kind_after_its_name_is_the_named_one():
    (fact,) = conflicts(
        "The arm had never handled an object as massive as the 44,000-pound Zarya.",
        "The shuttle snared the Russian-made Zarya control module after a chase. "
        "Currie used the 50-foot arm to grab the 40,000-pound cylinder as the craft passed above Russia.",
    )
    assert fact.quantity == "mass of Zarya (pounds)"
    # the arm is a thing of its own, not the module the sentence before named
    docs = documents(
        "The shuttle snared the Zarya control module. Currie used the 50-foot arm to grab it.",
        "Zarya, 41 feet long, is a kind of tugboat.",
    )
    assert [m.group for m in sizes(docs)] == ["length of zarya (feet)"]


def test_lengths_of_unnamed_things_and_distances_are_not_compared():
    assert not conflicts(
        "Floods cut a 30-mile stretch of the highway.",
        "Floods cut a 50-mile stretch of the highway.",
        "When the payload bay is within 10 feet of Zarya, the arm will reach out.",
        "The payload bay came within 30 feet of Zarya, a 41-foot module.",
    )


def test_a_thing_called_by_its_kind_after_two_named_things_is_neither():
    # after "the Zarya control module to the Unity module" the unit may be either
    assert not conflicts(
        "Astronauts joined the Zarya control module to the Unity module on Sunday. The unit is 41 feet long and carries fuel.",
        "Built in the United States, Unity, 36 feet long, is a connecting node.",
    )
    assert not conflicts(
        "The arm lifted the Zarya control module toward the Unity node. The 44,000-pound cylinder was then joined.",
        "The 25,000-pound Unity will serve as a passageway.",
    )
    assert not sizes(documents(
        "The Greenpeace ship Rainbow Warrior was shadowed by the French navy frigate Jeanne d'Arc. The 600-foot vessel stayed offshore.",
        "The Iridium satellite collided with the Russian Cosmos satellite. The 1,200-pound satellite was destroyed.",
    ))


def test_a_name_keeps_its_number():
    assert not conflicts("The Boeing 747, 231 feet long, is the biggest jet.", "The Boeing 777, 209 feet long, is newer.")
    assert [m.group for m in sizes(documents("The Boeing 747, 231 feet long, is the biggest jet."))] == [
        "length of boeing 747 (feet)"
    ]


def test_planned_changing_or_added_to_lengths_and_altitudes_are_not_read():
    for first, second in (
        ("TWA Flight 800, 13,700 feet high, exploded.", "TWA Flight 800, 10,000 feet high, was hijacked in 1985."),
        ("Hurricane Mitch, 300 miles wide, churned toward Honduras.", "Hurricane Mitch, now 450 miles wide, stalled off the coast."),
        ("When finished, the Freedom Tower will be 1,776 feet tall.", "The Freedom Tower is 1,368 feet tall at its roof."),
        ("The International Space Station will be 356 feet long when complete.", "The International Space Station is now 240 feet long."),
        ("The Sears Tower, 1,450 feet tall, was evacuated.", "The Sears Tower is 1,729 feet high including its antennas."),
        ("Mir, orbiting 240 miles high, passed overhead.", "Mir, 250 miles high, passed overhead on Tuesday."),
    ):
        assert not conflicts(first, second)
    # a tower's height is no altitude
    assert [m.amount.value for m in sizes(documents("The Sears Tower is 1,450 feet high."))] == [1450]


def test_a_height_told_in_feet_and_inches_is_not_read_in_part():
    assert not sizes(documents("Yao Ming, 7 feet 6 inches tall, was drafted."))
    assert not conflicts("Yao Ming, 7 feet 6 inches tall, was drafted.", "Yao Ming, 7 feet tall, was drafted.")
