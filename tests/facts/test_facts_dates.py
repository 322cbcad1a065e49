import datetime as dt

from synopsis.facts.dates import Window, report_dates, resolve, weekday_on_or_before, windows_match

from facts_builders import day, documents

MONDAY = day("2019-12-23")


def test_weekdays_resolve_on_or_before_the_report_date():
    assert weekday_on_or_before("Sunday", MONDAY) == day("2019-12-22")
    assert weekday_on_or_before("Monday", MONDAY) == MONDAY
    assert resolve("Thursday", MONDAY) == day("2019-12-19")


def test_a_weekday_naming_the_next_day_is_that_day_unless_last_or_since():
    sunday = day("1998-12-27")
    # a report from Sydney carrying Sunday's US date says "Monday" for its own day
    assert resolve("Monday", sunday) == day("1998-12-28")
    assert resolve("Monday morning", sunday) == day("1998-12-28")
    assert resolve("last Monday", sunday) == day("1998-12-21")
    assert resolve("Saturday", sunday) == day("1998-12-26")
    (document,) = documents(
        "Winds battered yachts in the race Monday, killing two crew members. "
        "Searches have gone on since Monday, and the storm last Monday killed 11 people.",
        dates=[sunday],
    )
    from synopsis.facts.figures import figures

    windows = {f.amount.value: f.window for f in figures([document], report_dates([document]))}
    assert windows[2].start == day("1998-12-28")
    assert windows[11].start == day("1998-12-21")


def test_written_dates_resolve_against_the_report_date():
    assert resolve("December 16", MONDAY) == day("2019-12-16")
    assert resolve("April", MONDAY) == day("2019-04-01")
    assert resolve("September 2018", MONDAY) == day("2018-09-01")
    assert resolve("yesterday", MONDAY) == day("2019-12-22")
    assert resolve("two months ago", MONDAY) == day("2019-10-24")
    assert resolve("December 30", MONDAY) == day("2018-12-30")  # not yet this year: last year's
    assert resolve("Thursday", None) is None
    assert resolve("a few days ago", MONDAY) == day("2019-12-21")
    assert resolve("several weeks ago", MONDAY) == day("2019-12-02")


def test_report_dates_come_from_metadata_text_or_the_story(example_documents):
    dates = {k[:3]: v for k, v in report_dates(example_documents).items()}
    assert dates["003"].date == MONDAY and not dates["003"].inferred
    # "a war monitor said Sunday" in reports sharing the story of the Monday report
    assert dates["000"].date == day("2019-12-22") and dates["000"].inferred
    assert dates["001"].date == day("2019-12-22")
    assert dates["004"].date == day("2019-12-20")  # "said Friday"
    assert dates["002"].date == MONDAY and dates["002"].inferred


def test_a_report_alone_without_a_date_stays_undated():
    (only,) = documents("Clashes killed 12 people on Sunday, officials said.")
    assert report_dates([only])[only.id].date is None


def test_date_line_at_the_top_of_a_report():
    (dated,) = documents("date 2020-03-01 Floods killed 12 people, officials said on Sunday.")
    assert report_dates([dated])[dated.id].date == day("2020-03-01")


def window(start, end):
    return Window("", start and day(start), end and day(end))


def test_window_rules():
    # "four days of fighting" told a day later is the same window
    assert windows_match(window("2019-12-18", "2019-12-22"), window("2019-12-19", "2019-12-23"))
    # the past 24 hours on Friday is not four days to Sunday
    assert not windows_match(window("2019-12-19", "2019-12-20"), window("2019-12-18", "2019-12-22"))
    # single days must be the same day
    assert not windows_match(window("2019-12-22", "2019-12-22"), window("2019-12-23", "2019-12-23"))
    # unstated windows: as of reports of the same day; a toll told a day later is a new toll
    assert windows_match(window(None, "2019-12-23"), window(None, "2019-12-23"))
    assert not windows_match(window(None, "2019-12-22"), window(None, "2019-12-23"))
    # a stated day matches an unstated window of a report from that day or the two after
    assert windows_match(window("2019-12-22", "2019-12-22"), window(None, "2019-12-23"))
    assert not windows_match(window("2019-08-01", "2019-12-22"), window(None, "2019-12-22"))
    # weeks later a day's toll is settled: "248 killed on Aug. 7" told Oct. 2 against "250 dead" told Oct. 5
    assert windows_match(window("1998-08-07", "1998-08-07"), window(None, "1998-10-05"))
    assert not windows_match(window("1998-08-07", "1998-08-07"), window(None, "1998-08-15"))
    # eight years of war and "since 2011" are the same stretch
    assert windows_match(window("2011-12-22", "2019-12-22"), window("2011-01-01", "2019-12-22"))
    assert isinstance(window(None, None).end, (dt.date, type(None)))


def test_looking_months_back_is_the_running_total_of_the_report_day():
    months = Window("in the last six months", day("2019-06-22"), day("2019-12-22"))
    assert windows_match(months, window(None, "2019-12-22"))
    assert not windows_match(months, window(None, "2019-12-23"))  # a day later the total is a newer one
    since = Window("since the August ceasefire", day("2019-08-01"), day("2019-12-22"))
    assert not windows_match(since, window(None, "2019-12-22"))  # starts at an event: maybe a part of the story
    years = Window("in the past eight years", day("2011-12-22"), day("2019-12-22"))
    assert not windows_match(years, window(None, "2019-12-22"))


def test_a_past_era_is_a_settled_total():
    from synopsis.facts.dates import WINDOW, window_of

    era = window_of(WINDOW.search("were killed during his 17-year rule"), day("1998-10-24"))
    assert era.text == "during his 17-year rule" and windows_match(era, window(None, "1998-10-19"))
    assert WINDOW.search("during the term limits debate") is None


def test_a_weekday_with_a_time_of_day_after_last():
    # "last Wednesday evening" once read "evening" as the weekday and raised.
    sunday = dt.date(1998, 11, 29)
    assert resolve("last Wednesday evening", sunday) == dt.date(1998, 11, 25)
    assert resolve("Wednesday evening", sunday) == dt.date(1998, 11, 25)


def test_durations_beyond_the_calendar_name_no_day():
    sunday = dt.date(1998, 11, 29)
    assert resolve("12000 years ago", sunday) is None
    assert resolve("two years ago", sunday) == sunday - dt.timedelta(days=2 * 365.25)


def test_a_month_or_day_with_its_year_needs_no_report_date():
    from synopsis.facts.dates import WINDOW, window_of

    month = window_of(WINDOW.search("In June 2004, eight sailors were arrested"), None)
    assert (month.start, month.end) == (day("2004-06-01"), day("2004-06-30"))
    on = window_of(WINDOW.search("arrested on March 23, 2007 in the gulf"), None)
    assert (on.start, on.end) == (day("2007-03-23"), day("2007-03-23"))
    # without a year, an undated report's month stays unplaced
    assert window_of(WINDOW.search("arrested in June"), None).start is None
