import pytest

from synopsis.facts.numbers import parse_amount, words_to_number


@pytest.mark.parametrize(
    "text, value",
    [
        ("nine", 9), ("twenty-nine", 29), ("1,300", 1300), ("3.6 million", 3_600_000),
        ("some three million", 3_000_000), ("a thousand", 1000), ("over a million", 1_000_000),
        ("one hundred and twenty", 120), ("22 million", 22_000_000), ("half", 0.5),
    ],
)
def test_written_numbers_are_normalized(text, value):
    assert parse_amount(text).value == value


def test_vague_amounts_keep_the_least_they_assert_and_are_marked_vague():
    dozens = parse_amount("dozens")
    assert dozens.vague and dozens.value == 24
    tens = parse_amount("tens of thousands")
    assert tens.vague and tens.low == 20_000 and tens.high > 100_000


def test_qualifiers_widen_the_interval():
    more = parse_amount("more than 170")
    assert more.qualifier == "more than" and more.low == 170 and 174 <= more.high < 300
    nearly = parse_amount("nearly 70 per cent")
    assert nearly.percent and nearly.high == 70 and nearly.low < 70
    assert parse_amount("at least nine").low == 9


def test_compatibility_rules():
    assert parse_amount("dozens").compatible(parse_amount("29"))
    assert not parse_amount("29").compatible(parse_amount("25"))
    assert parse_amount("more than 170").compatible(parse_amount("174"))
    assert not parse_amount("over 370,000").compatible(parse_amount("560,000"))
    assert parse_amount("around 1,000").compatible(parse_amount("1,050"))


def test_a_round_lower_bound_reaches_the_next_round_number():
    # "more than 20 languages" in one report and "30 languages" in another: the bound a reporter keeps writing
    assert parse_amount("more than 20").compatible(parse_amount("30"))
    assert not parse_amount("more than 20").compatible(parse_amount("31"))
    assert parse_amount("over 2,000").compatible(parse_amount("2,900"))
    # a bound of another figure than a round one keeps its 30%: "more than 170" is no 230, "more than 100" no 150
    assert not parse_amount("more than 170").compatible(parse_amount("230"))
    assert not parse_amount("more than 100").compatible(parse_amount("150"))
    assert not parse_amount("more than 25").compatible(parse_amount("35"))


def test_an_approximation_stays_within_a_tenth_of_its_number():
    # a reporter with 4,300 writes "some 4,300" or "more than 4,000", never "some 3,000"
    assert not parse_amount("some 3,000").compatible(parse_amount("4,300"))
    assert not parse_amount("about 600").compatible(parse_amount("680"))
    assert parse_amount("about 600").compatible(parse_amount("640"))
    # the edge of an approximation is not reached: "roughly 40,000" is no "more than 44,000"
    assert not parse_amount("roughly 40,000").compatible(parse_amount("more than 44,000"))
    assert parse_amount("roughly 40,000").compatible(parse_amount("more than 42,000"))
    # an exact bound is: "at least 50" allows 50
    assert parse_amount("at least 50").compatible(parse_amount("50"))


def test_words_that_are_not_numbers():
    assert words_to_number("war") is None
    assert parse_amount("a war") is None


def test_fractions_are_shares_not_their_numerator():
    assert parse_amount("two-thirds").value == 2 / 3
    assert parse_amount("up to one-third").high == 1 / 3
    assert parse_amount("three-quarters").value == 0.75


def test_a_third_alone_is_an_ordinal():
    from synopsis.facts.numbers import AMOUNT

    found = [m.group() for m in AMOUNT.finditer("He came a third time, and a quarter of the town left.")]
    assert found == ["a quarter"]


def test_or_more_and_as_much_as_bound_the_value():
    assert parse_amount("$30 billion or more".lstrip("$")).low == 30e9
    assert parse_amount("as much as 60 billion").low == 0
    assert parse_amount("30 billion or more").compatible(parse_amount("as much as 60 billion"))
