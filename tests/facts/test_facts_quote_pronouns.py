"""Whom "she" and "he" stand for when the report tells a person's gender, and what a description stands for."""

from synopsis.facts.quotes import quote_mentions

from facts_builders import documents


def speakers(text):
    (document,) = documents(text)
    return [m.speaker for m in quote_mentions(document)]


def test_she_is_the_woman_the_report_titles_mrs_not_the_man_in_her_sentence():
    text = (
        "Ruth Parker ran the shelter for years. Mrs. Parker, the director, said it would close. "
        "Henry Cole visited Mrs. Parker on Monday. ``He never called,'' she said."
    )
    assert speakers(text) == ["Ruth Parker"]
    # without the title, nothing tells: the sentence's subject, as before
    assert speakers(text.replace("Mrs. Parker", "Parker")) == ["Henry Cole"]


def test_she_is_the_woman_the_report_sets_a_word_for_a_woman_beside():
    text = (
        "The court heard Victor Lang on Monday, said his wife of 20 years, Anna Marsh. "
        "Before the trial, Victor Lang met Paul Decker, his lawyer, and Anna Marsh spoke to the press. "
        "Later, Paul Decker called Anna Marsh. ``It was a farce,'' she said."
    )
    assert speakers(text) == ["Anna Marsh"]
    # nothing tells either person's gender: the subject of the sentence, as before
    text = "Later, Paul Decker called Dana Moss. ``It was a farce,'' she said."
    assert speakers(text) == ["Paul Decker"]


def test_the_name_after_an_inverted_verb_of_saying_spoke_not_the_one_before_its_comma():
    text = (
        "The federation has warned clinics about the search for Kopp, said Melinda Ward, assistant director of the "
        "clinic. She said naming Kopp had brought no relief. ``I don't think it makes me feel differently,'' she said."
    )
    assert speakers(text) == ["Melinda Ward"]
    # a name right after "said" that goes on into the words said is no sayer: the subject said it
    text = (
        "Speaking on his radio program, Estrada also said Cathay Pacific and Northwest Airlines were interested. "
        "``It's either of the two,'' he said."
    )
    assert speakers(text) == ["Estrada"]


def test_she_is_someone_a_word_for_a_woman_describes_as_the_report_named_her():
    text = (
        "``I protest!'' Lin Wei shouted, said his wife, Mei Chen. "
        "The lawyer, Mo Kai, saw his client once, an associate of Mo's said. "
        "Lin's wife refused to meet the lawyer. ``Meeting him would be a charade,'' she said."
    )
    assert speakers(text)[-1] == "Mei Chen"
    text = (
        "``I protest!'' Lin Wei shouted, said his wife, Mei Chen. "
        "After the trial, Lin Wei was allowed an hour with his wife. ``He told me he could bear it,'' she recounted."
    )
    assert speakers(text)[-1] == "Mei Chen"


def test_a_woman_described_but_never_named_gives_no_speaker_rather_than_the_man_before():
    text = (
        "The lawyer, Mo Kai, saw his client once, an associate of Mo's said. "
        "Lin's wife refused to meet the lawyer. ``Meeting him would be a charade,'' she said."
    )
    assert speakers(text) == [None]
    # "her mother" is not who "she" is: the woman the sentence's "her" stands for is
    text = (
        "Ms. Ruth Parker, the director, spoke on Monday. Her mother left the city in 1990. "
        "``I miss her,'' she said."
    )
    assert speakers(text) == ["Ms. Ruth Parker"]


def test_a_title_the_pronouns_after_the_surname_contradict_tells_no_gender():
    # "Mrs. Slepian" is the doctor's wife: the doctor named in full stays "he"
    text = (
        "Dr. Barnett Slepian was killed at home. Slepian said he had been harassed, and he kept working; he never "
        "stopped, he said. Mrs. Slepian was in the kitchen. "
        "Slepian met Joe Tyler in May. ``Nobody will stop me,'' he said."
    )
    assert speakers(text)[-1] == "Dr. Barnett Slepian"


def test_a_description_stands_for_the_person_named_with_its_words_not_the_body():
    text = (
        "The chief executive of the International Monetary Fund spoke on Wednesday. "
        "Michel Camdessus, IMF managing director, predicted growth of 2 percent. "
        "The IMF chief told reporters that Europe was ``still going strong,'' despite a slowdown."
    )
    assert speakers(text)[-1] == "Michel Camdessus"


def test_a_wire_quote_opened_again_before_it_closes_ends_there():
    # a slip leaves the first quote unclosed: the next one is read on its own, with its own attribution
    text = (
        "``It was a normal day,'' said Tammi Lane, his assistant. ``We were horsing around.' That evening, the "
        "family went out. Mrs. Ruth Parker, the director, said he would not have been surprised. "
        "``He never wanted a day to end on a bad note,'' she said."
    )
    mentions = quote_mentions(documents(text)[0])
    assert mentions[-1].text == "He never wanted a day to end on a bad note"
    assert mentions[-1].speaker == "Mrs. Ruth Parker"
    # a paragraph of a long quote left open, as wires do, is still the speaker's
    text = (
        "``If we win, it emboldens the players,'' union director Billy Hunter said. ``But nobody will celebrate. "
        "``It only means they have to pay some players.''"
    )
    assert speakers(text) == ["Billy Hunter"] * 3
    # one left open that runs on into a sentence opening another quote is no quote: the other keeps its speaker
    text = (
        "Rep. Jose Serrano of New York said, ``My constituents love him. Rep. Henry Hyde of Illinois said the case "
        "was different. In Clinton's case, he said, the House was dealing with ``a serial violator of the oath.''"
    )
    assert speakers(text) == ["Henry Hyde"]
