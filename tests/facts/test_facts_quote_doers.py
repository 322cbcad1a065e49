"""A quote in a clause with no verb of saying: the words are those of whoever acts on them, when that is
someone who speaks, and a term or a title in marks stays no one's."""

from synopsis.facts.quotes import quote_mentions

from facts_builders import documents


def speakers(text):
    (document,) = documents(text)
    return [m.speaker for m in quote_mentions(document)]


def test_a_body_acting_on_a_clause_in_marks_said_it():
    text = "In response, the Israeli cabinet suspended ratification until there ``is verification that the attacks stopped.''"
    assert speakers(text) == ["Israeli cabinet"]
    assert speakers("But the parliament voted to introduce the measure ``when the first bomb drops on our territory.''") == [
        "parliament"
    ]


def test_a_person_acting_on_a_clause_in_marks_said_it():
    text = "Mary Smith opened the meeting. She ended her remarks by asserting that the mayor had ``lost the moral authority to lead.''"
    assert speakers(text) == ["Mary Smith"]


def test_a_term_or_a_title_in_marks_is_no_ones_words():
    # a noun phrase, a title, a definition and what someone is called are the writer's words
    assert speakers("He committed $3 billion to a ``second line of defense'' for the region last year.") == [None]
    assert speakers("The local club completed plans on Tuesday for ``Gay Awareness Week 1998.''") == [None]
    assert speakers("The group has built a new lidar (which stands for ``light detection and ranging'') for the test.") == [None]
    assert speakers("To his targets, Goran Jelisic was ``the face of a war that never ends.''") == [None]


def test_someone_introduced_by_description_is_named_with_the_next_words():
    text = (
        "But another industry expert suggested the talks might still be ``pretty fluid.'' "
        "``This game has been going on for a while,'' said airline analyst Peter Tang at Fleming Securities."
    )
    assert speakers(text) == ["Peter Tang", "Peter Tang"]
    # a name the report gave before is someone else, not the one just introduced
    text = (
        "Peter Tang spoke first. Then another industry expert suggested the talks might still be ``pretty fluid.'' "
        "``This game has been going on for a while,'' said airline analyst Peter Tang."
    )
    assert speakers(text)[0] == "another industry expert"


def test_who_is_the_person_a_description_is_set_beside_not_an_agent_inside_it():
    text = (
        "Falouji shared a platform with Abdallah Shami, leader of the Islamic Jihad, a militant group sponsored by Iran, "
        "who affirmed ``our right to fight the occupiers as our religion and laws dictate.''"
    )
    assert speakers(text) == ["Abdallah Shami"]
    text = "He was sentenced to 20 years by Karibi-Whyte, who denounced rape as ``a despicable act against dignity.''"
    assert speakers(text) == ["Karibi-Whyte"]


def test_a_chant_is_the_words_of_the_people_it_rose_from():
    text = "A chant of ``Allahu Akbar,'' or God is Great, rose from a crowd of thousands who had pushed onto the airfield."
    assert speakers(text) == ["crowd"]
