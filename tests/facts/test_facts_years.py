from facts_builders import conflict_values, conflicts


def test_reports_dating_one_appointment_differently_conflict():
    found = conflict_values(
        "General Marek Dolan was sworn in on Monday. Dolan, appointed navy chief in 1991 amid a mutiny, rebuilt the fleet.",
        "General Marek Dolan took office. Dolan, who was appointed navy chief in 1992, is popular.",
    )
    assert found == [[1991, 1992]]


def test_other_people_events_or_roles_do_not_conflict():
    assert not conflicts(  # two people
        "Senator Ann Ruiz was elected governor in 1994.", "Senator Tom Berg was elected governor in 1998."
    )
    assert not conflicts(  # one person, two roles
        "Mayor Ann Ruiz was elected senator in 1994.", "Mayor Ann Ruiz was elected governor in 1998."
    )
    assert not conflicts(  # a re-election is another event
        "Mayor Ann Ruiz was elected in 1994.", "Mayor Ann Ruiz was re-elected in 1998."
    )
