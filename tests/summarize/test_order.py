import datetime as dt

from synopsis.summarize.order import chronological

DEC = {day: dt.date(2019, 12, day) for day in range(1, 32)}


def test_without_dates_earlier_in_a_report_comes_first(report):
    a = report("a", ["A0 first.", "A1 second.", "A2 third.", "A3 fourth."])
    b = report("b", ["B0 first.", "B1 second."])
    units = [[a.sentences[3]], [b.sentences[1]], [a.sentences[0]]]
    # Relative positions: 3/4, 1/2, 0/4.
    assert chronological(units, [a, b]) == [2, 1, 0]


def test_an_earlier_report_comes_first_whatever_the_position(report):
    later = report("later", ["L0 lead.", "L1 more."], DEC[22])
    earlier = report("earlier", ["E0 lead.", "E1 more.", "E2 last."], DEC[20])
    units = [[later.sentences[0]], [earlier.sentences[2]]]
    assert chronological(units, [later, earlier]) == [1, 0]


def test_a_unit_is_placed_by_its_earliest_mention(report):
    later = report("later", ["L0 lead.", "L1 more."], DEC[22])
    earlier = report("earlier", ["E0 lead.", "E1 more.", "E2 last."], DEC[20])
    told_late_and_early = [later.sentences[0], earlier.sentences[2]]
    told_early_once = [earlier.sentences[1]]
    assert chronological([told_late_and_early, told_early_once], [later, earlier]) == [1, 0]


def test_undated_reports_count_as_the_newest(report):
    dated = report("dated", ["D0 lead.", "D1 more.", "D2 last."], DEC[20])
    older_dated = report("old", ["O0 lead."], DEC[18])
    undated = report("undated", ["U0 lead.", "U1 more."])
    units = [[undated.sentences[0]], [dated.sentences[2]], [older_dated.sentences[0]]]
    # The undated lead sits on 20 December with the newest report, before its last sentence.
    assert chronological(units, [dated, older_dated, undated]) == [2, 0, 1]


def test_ties_keep_report_order(report):
    a = report("a", ["A0 lead."])
    b = report("b", ["B0 lead."])
    assert chronological([[b.sentences[0]], [a.sentences[0]]], [a, b]) == [1, 0]
