"""Speeds: a thing's speed and a named storm's peak winds told differently by two reports disagree; speeds of other
things, of a pronoun, planned or changing, in other units, and winds at a place, gusts or forecasts do not."""

from facts_builders import conflict_values


def test_reports_giving_one_things_speed_differently_conflict():
    assert conflict_values(
        "The particles from the tail of the comet move at 43 miles (69 kilometers) per second.",
        "A microscopic particle hitting the skin of a spacecraft at 44 miles per second is vaporized.",
    ) == [[43, 44]]


def test_speeds_of_other_things_pronouns_plans_changes_or_units_do_not_conflict():
    particles = "The particles from the tail of the comet move at 43 miles per second."
    assert not conflict_values(particles, "Experts study the meteors as they hit the atmosphere at 45 miles per second.")
    assert not conflict_values(particles, "The probe travels at 30 miles per second.")
    assert not conflict_values(particles, "The particles move at 69 kilometers per second.")
    assert not conflict_values(
        "The new train will travel at 150 mph between the cities.", "The train travels at 100 mph, officials said."
    )
    assert not conflict_values("The train slowed to 60 mph.", "The train was moving at 100 mph when it derailed.")


def test_reports_giving_a_named_storms_peak_winds_differently_conflict():
    assert conflict_values(
        "Georges flirted with catastrophic 150 mph (240 kph) winds over the Atlantic, but entered the Caribbean "
        "near Guadeloupe in a diminished state.",
        "Hurricane Georges left most islands unharmed. The storm and its winds, which reached a peak of 135 miles an "
        "hour, spared Aruba.",
    ) == [[135, 150]]
    assert conflict_values(
        "Hurricane Mitch, with peak winds of 180 mph, sat off Honduras for days.",
        "Hurricane Mitch's top sustained winds of 155 mph made it one of the strongest storms.",
    ) == [[155, 180]]


def test_winds_at_a_place_without_a_peak_gusts_forecasts_or_of_two_storms_do_not_conflict():
    peak = "Hurricane Georges' winds reached a peak of 150 mph over the Atlantic."
    assert not conflict_values(peak, "Hurricane Georges reached its 100 mph peak over the Florida Keys.")
    assert not conflict_values(peak, "Hurricane Georges' 110 mph winds hit the island.")
    assert not conflict_values(peak, "Hurricane Georges' top winds are expected to reach 120 mph.")
    assert not conflict_values(peak, "Hurricane Georges brought peak gusts of 120 mph.")
    assert not conflict_values(peak, "Hurricane Georges weakened, its top winds down to 90 mph.")
    assert not conflict_values(
        peak, "Hurricane Mitch followed Hurricane Georges, and its peak winds of 180 mph were the strongest of the year."
    )


def test_a_peak_word_is_read_only_as_its_own_values_and_weather_drifts():
    from facts_builders import documents

    from synopsis.facts import fact_sheet

    sheet = fact_sheet(documents(
        "Hurricane Mitch's power was easing, and by 1200 GMT it had sustained winds of 80 mph (130 kph), down from "
        "100 mph (160 kph) around midnight and well below its 180 mph (290 kph) peak of early Tuesday.",
        "The 350-mile wide hurricane was moving west at 8 mph (12 kph).",
    ))
    assert sorted((f.quantity, v.value) for f in sheet.facts for v in f.values if "winds" in f.quantity or "speed" in f.quantity) == [
        ("peak winds of Mitch (miles per hour)", 180)
    ]
