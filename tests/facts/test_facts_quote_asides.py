"""Attributions set apart from the quote: a description after the name, an aside between commas, an open
relative clause, an unnamed official, and the next sentence's conjunction."""

from synopsis.facts.quotes import quote_mentions

from facts_builders import documents


def speakers(text):
    (document,) = documents(text)
    return [m.speaker for m in quote_mentions(document)]


def test_a_capitalised_description_after_the_name_is_not_the_speaker():
    assert speakers("Paul Dorn, Greenpeace campaign director, said ``The sea is rising fast and nobody listens.''") == [
        "Paul Dorn"
    ]
    assert speakers("Rep. Mary Cole, Ohio's senator-elect, said: ``The law must be fair to every worker.''") == [
        "Rep Mary Cole"
    ]
    # a name that ends the description is the speaker still
    assert speakers(
        "In a statement provided by Tim Pendry, his adviser, Idris said: ``I will not go back there again.''"
    ) == ["Idris"]


def test_one_quoted_as_asking_spoke():
    text = "The Daily Star quoted Finance Minister Omar Kassem as asking, ``Does the bank really want growth at all?''"
    assert speakers(text) == ["Finance Minister Omar Kassem"]


def test_a_capitalised_conjunction_after_a_question_opens_no_speaker():
    text = "Rep. Ann Fox, D-Ga., said: ``Who among us has not erred? Who?'' But no one said that the vote was wrong."
    assert speakers(text) == ["Rep Ann Fox"]


def test_an_aside_attribution_between_commas():
    text = "The reform, says the finance minister, is ``a disaster for the poor'' and ``a gift to the banks.''"
    assert speakers(text) == ["finance minister", "finance minister"]
    # words after the verb that are no one: a place and an occasion
    text = (
        "Daniel Gold, the head of the agency, said at a news conference following the launch, "
        "``Now we only have 44 launches to go.''"
    )
    assert speakers(text) == ["Daniel Gold"]


def test_an_unnamed_official_is_not_the_body_named_in_the_description():
    assert speakers("``We have argued about this every week,'' one senior Trade Ministry official said recently.") == [
        "one senior Trade Ministry official"
    ]
    assert speakers("The money was wasted, in the words of one IMF official, ``to let the rich get it out.''") == [
        "one IMF official"
    ]
    # a named person in the description is still the one who spoke
    assert speakers("``We will stay,'' said a spokesman for Prime Minister Tony Blair.") != ["Tony Blair"]


def test_an_open_relative_clause_on_a_name_says_whose_words_it_quotes():
    text = "Sam Cole, who earlier called the mayor's plan ``full of holes,'' asked the court for help."
    assert speakers(text) == ["Sam Cole"]
    # a relative clause closed before the quote is not its speaker's
    assert speakers("Sam Cole, who runs the shop, met the mayor. ``We need help,'' Jim Hart said.") == ["Jim Hart"]
    assert speakers("Sam Cole, who runs the shop, met Jim Hart, who said ``We need help.''") == ["Jim Hart"]
    # a clause that neither says nor names quotes a title, no one's words
    text = 'Lin Miaoke, who performed "Ode to the Motherland" during the ceremony, was only a visual effect.'
    assert speakers(text) in ([], [None])


def test_a_described_sayer_right_after_the_closing_mark_without_a_comma():
    text = "Jan Olde spoke first. ``There is a new flexibility at the bank'' a senior Dutch official concluded recently."
    assert speakers(text) == ["senior Dutch official"]
    # a sentence that runs on after the quote with a verb that says nothing names no sayer
    assert speakers("Jan Olde called it ``a new flexibility at the bank'' a year ago.") != ["year"]


def test_who_said_a_clause_adds_the_words_of_the_next():
    text = (
        "``The rate stays where it is,'' the statement said, "
        "adding the 3-percent rate would be kept ``for the foreseeable future.''"
    )
    assert speakers(text) == ["statement", "statement"]
    # "adding" without a verb of saying before it is no attribution
    text = "Paul Dorn, the mayor, said he would rebuild the bridge, adding ``we will not wait for anyone.''"
    assert speakers(text) == ["Paul Dorn"]


def test_words_voiced_by_someone_are_theirs():
    assert speakers("The fear expressed by one Western diplomat is of a ``downward spiral'' in the region.") == [
        "Western diplomat"
    ]


def test_a_body_owned_by_a_full_name_is_not_its_owner():
    text = "Hun Sen's party said it was willing to make an ``appropriate concession'' to end the deadlock."
    assert speakers(text) == ["Hun Sen's party"]
    # the full name before a verb of saying is the speaker still
    assert speakers("Hun Sen said his party would make an ``appropriate concession'' soon.") == ["Hun Sen"]
