"""Quote -> mention -> speaker: the mention an attribution gives, and whom a pronoun or a description stands for."""

from synopsis.facts.quotes import quote_mentions

from facts_builders import documents


def speakers(text):
    (document,) = documents(text)
    return [m.speaker for m in quote_mentions(document)]


def test_less_common_verbs_of_saying_attribute_a_quote():
    assert speakers("``It's a miracle,'' crowed Mary Smith, manager of the hotel.") == ["Mary Smith"]
    assert speakers("Fidel Castro seemed relieved. ``The first victory was to save lives,'' Castro proclaimed.") == [
        "Fidel Castro"
    ]
    assert speakers("A crowd gathered, and rabbis spoke of the ``miracle'' that had saved them.") == ["rabbis"]


def test_a_name_set_after_a_description_is_who_spoke():
    assert speakers("``We will rebuild,'' explained Ohio's Housing Secretary, Ana Maria Lopez.") == ["Ana Maria Lopez"]
    assert speakers("``We talked,'' said Hamid's oldest brother, Ali, who worked with him.") == ["Ali"]
    assert speakers("``I am a farmer,'' said a young man who gave his name only as Karim.") == ["Karim"]
    # a day after the comma is no name
    assert speakers("``We will stay,'' said the regional governor, Monday.") != ["Monday"]


def test_a_description_of_someone_never_named_stays_that_description():
    text = (
        "A U.S. official said the port was not ready for President Bill Clinton. "
        "``It may be a site,'' said the official who spoke on condition of anonymity. "
        "``You need many planes,'' he said."
    )
    assert speakers(text) == ["U.S. official", "U.S. official"]


def test_a_pronoun_after_someone_introduced_but_not_named_is_that_someone():
    assert speakers("Peter Jones left early. One woman, with great care, sorted oranges. ``We can't stop,'' she said.") == [
        "woman"
    ]
    assert speakers("Peter Jones left early. One young volunteer looked down the street. ``It's hard,'' he said.") == [
        "young volunteer"
    ]
    # "he" is no woman: the man named before is
    assert speakers("Peter Jones left early. One woman sorted oranges. ``We can't stop,'' he said.") == ["Peter Jones"]


def test_they_is_the_people_the_sentence_before_opens_on():
    assert speakers("Soldiers and police wearing gloves held back the crowds. ``Stay back!'' they shouted.") == [
        "Soldiers and police"
    ]
    assert speakers("The talks ended at noon. ``We are done,'' they said.") == [None]


def test_a_body_and_a_document_speak_for_who_issued_them():
    assert speakers("The militant group Green Dawn claimed the attack. ``This is the first,'' the group said.") == [
        "Green Dawn"
    ]
    assert speakers("``He broke the law,'' said a statement from the Foreign Ministry, which gave no details.") == [
        "Foreign Ministry"
    ]
    text = (
        "The militant group Green Dawn claimed the attack. A leaflet signed by the group and faxed to "
        "Reuters in Jerusalem said the ``heroic attack'' was theirs."
    )
    assert speakers(text) == ["Green Dawn"]


def test_a_quote_goes_on_with_the_last_speaker_only_when_nothing_else_says_who_spoke():
    text = (
        "Peter Jones, a shopper, said: ``We stay.'' Hassan Omar, a negotiator, said the authority condemned "
        "the attack. ``This is a crime.''"
    )
    assert speakers(text) == ["Peter Jones", "Hassan Omar"]
    text = (
        "``We must defend ourselves,'' said Prime Minister John Smith. "
        "But the parliament voted to introduce the measure ``when the first bomb drops.''"
    )
    assert speakers(text)[1] != "John Smith"
    text = "Clinton told donors: ``I did not mind the protesters.'' But, he added, he was glad, ``and that was the case.''"
    assert speakers(text) == ["Clinton", "Clinton"]
    text = "``It is good,'' said Kruno Cabraka, a student. He shrugged off the complaints: ``We don't care.''"
    assert speakers(text) == ["Kruno Cabraka", "Kruno Cabraka"]


def test_a_noun_that_opens_a_sentence_is_no_name():
    text = (
        "Relatives say that the young man showed no sign of it. "
        "``Don't grieve for me,'' he wrote in a note, according to relatives who found it."
    )
    assert speakers(text) != ["Relatives"]


def test_a_person_named_after_according_to_and_a_regnal_number_are_names():
    text = (
        "Workers refused to let officials in, according to Airport Director Nir Yarkoni. "
        "``The minister asked me to warn them,'' he told reporters."
    )
    assert "Nir Yarkoni" in speakers(text)[0]
    text = "King Carl XVI Gustaf, on a trip abroad, sent a statement reassuring relatives that ``we all grieve.''"
    assert speakers(text) == ["King Carl XVI Gustaf"]


def test_a_pronoun_in_a_clause_of_a_described_subject_stands_for_that_subject():
    text = (
        "Richard Holbrooke met President Slobodan Milosevic of Yugoslavia on Monday. Shortly after the meeting "
        "with Holbrooke, the Yugoslav leader issued a statement in which he said the threats made by Holbrooke "
        "were ``a criminal act.''"
    )
    assert speakers(text) == ["President Slobodan Milosevic"]


def test_it_is_the_body_or_document_said_to_speak_before():
    text = (
        "The pair drove him away, the County Attorney's report charged. "
        "There, it said, the men beat him ``while he begged for his life.''"
    )
    assert speakers(text) == ["County Attorney's report"]
    assert speakers("The Health Ministry said 20 people died. ``The toll will rise,'' it said.") == ["Health Ministry"]
    assert speakers("The storm hit the coast. ``It was bad,'' it said.") == [None]


def test_she_is_no_one_the_report_calls_he():
    text = (
        "Mary Stone said her son was missing and she feared for him. John Brown, a neighbor, said his house "
        "was damaged and he had left. ``We cannot sleep,'' she said."
    )
    assert speakers(text) == ["Mary Stone"]
    assert speakers("Mr. John Brown met Mary Stone. ``We cannot sleep,'' she said.") == ["Mary Stone"]


def test_a_described_subject_whose_clause_ends_in_a_colon_said_the_words():
    text = "Two groups received identical messages. The messages closed with the words: ``I hope it happens again.''"
    assert speakers(text) == ["messages"]


def test_a_surname_two_people_share_tells_neither_ones_gender():
    text = (
        "``He was alive,'' said Imer Rama, the father, who said his son had run and he had followed him. "
        "Zejnije Rama, 39, had cooked for the Kosovo fighters. ``I could feel the dirt,'' she said."
    )
    assert speakers(text) == ["Imer Rama", "Zejnije Rama"]


def test_they_after_two_named_sayers_is_both():
    text = (
        "``It was atypical in its brutality,'' wrote Jeffrey Lockwood and Stephen Johnson. "
        "Gay people in the town, they wrote, ``are frequently assaulted with derision.''"
    )
    assert speakers(text) == ["Jeffrey Lockwood and Stephen Johnson", "Jeffrey Lockwood and Stephen Johnson"]


def test_a_name_between_a_description_and_its_quote_is_not_the_one_described():
    text = (
        "A spokesman for Florida governor Charlie Crist said no hospital had refused evacuees. "
        "In a letter to Health Secretary Kathleen Sebelius earlier this week, however, the governor commented that "
        "``the state's healthcare system is quickly reaching saturation.''"
    )
    assert speakers(text) == ["Charlie Crist"]


def test_it_and_they_opening_a_sentence_stand_for_the_body_or_people_before():
    assert speakers('The Health Ministry said 20 people died. It said "the toll will rise".') == ["Health Ministry"]
    text = 'Soldiers and police wearing gloves held back the crowds. They shouted, "Go home!"'
    assert speakers(text) == ["Soldiers and police"]
    text = 'More than 100 people held a vigil outside the embassy. They shouted, "Free East Timor!" and left.'
    assert speakers(text) == ["people"]
    text = (
        '"The nation has watched it," said a statement from the coalition of parties. '
        'It accused the polling institutes of conspiring "to influence public opinion and alter the electoral will."'
    )
    assert speakers(text)[1] == "coalition"


def test_a_description_after_its_quote_is_not_named_by_the_next_speaker():
    text = '"The building shook," said a police officer at the scene. "I saw smoke," said Mary Jones, a shopkeeper.'
    assert speakers(text) == ["police officer", "Mary Jones"]
    # the next speaker described in an apposition of their own is someone else
    text = (
        "Another industry expert suggested prices would stay ``pretty fluid.'' "
        "``We will see,'' said Peter Tang, a banker in Hong Kong."
    )
    assert [s.lower() for s in speakers(text)] == ["another industry expert", "peter tang"]


def test_a_surname_that_is_also_a_lower_case_word_is_still_a_name():
    text = (
        "Farmers showed the minister the young shoots under water. Young said the aid would come soon. "
        '"We will help," he said.'
    )
    assert speakers(text) == ["Young"]


def test_quoted_as_saying_with_a_description_between_is_the_one_named():
    text = (
        "The statement said 8,804 athletes would come. It said the council had been in contact with Tajikistan. "
        "``We will wait for their final reply,'' it quoted Warawut Sumon, head of the technical committee, as saying."
    )
    assert speakers(text) == ["Warawut Sumon"]


def test_someone_a_relative_clause_speaks_of_is_no_speaker_introduced():
    text = (
        "One man survived the massacre in the village. A diplomat who interviewed him wrote a report. "
        "``We were executed one by one,'' he said."
    )
    assert speakers(text) == ["man"]


def test_a_county_is_no_speaker():
    text = (
        "Ms. Moseley-Braun, 51, who was catapulted from an obscure Cook County office to the Senate, has had trouble. "
        "After the debate, she said she had not expected him to ``paint himself as a centrist.''"
    )
    assert speakers(text) != ["Cook County"]


def test_a_book_title_with_a_subtitle_and_small_words_is_no_ones_words():
    text = (
        "John Warden studied the case. To make this point, Warden introduced as evidence portions of a new book, "
        "``Competing on Internet Time: Lessons from Netscape and Its Battle with Microsoft,'' by Michael Cusumano."
    )
    assert speakers(text) == [None]


def test_indicating_that_is_saying():
    text = (
        "Foreign Office Minister Lord Triesman spoke on Monday. Triesman indicated that meetings have taken "
        "place with Iranian officials, and that ``they're delicate discussions.''"
    )
    assert speakers(text)[0].endswith("Lord Triesman")
    text = (
        "The effects are indicated to be notable after the government will promote the "
        "``Torch of Joining UN'' in October."
    )
    assert speakers(text) == [None]


def test_a_description_that_opens_the_report_is_matched_to_no_name_after_it():
    text = 'The governor, in a letter to Health Secretary Kathleen Sebelius, commented that "we need more help."'
    assert speakers(text) == ["governor"]


def test_a_described_subject_no_name_fits_is_not_the_sayer_further_back():
    text = (
        "``It is tough,'' said Dawn Clark Netsch, a Democrat who ran for governor. "
        "The senator had to press hard to get Fitzgerald to agree to a debate, which was held on Sunday. "
        "After it was over, she said she had not expected him to ``paint himself as a centrist.''"
    )
    assert speakers(text) == ["Dawn Clark Netsch", None]


def test_someone_introduced_with_a_description_in_capitals_is_who_he_stands_for():
    text = (
        "A British Foreign Office spokesman, who declined to be identified, said the arrest was ``a judicial matter.'' "
        "But he said ``he does not have diplomatic immunity in this country.''"
    )
    assert speakers(text)[1] == "British Foreign Office spokesman"


def test_a_title_in_small_letters_before_a_name_is_a_description_of_that_person():
    text = (
        "Chilean president Ana Morales said she had little hope. "
        "``This is a tragedy,'' the president told reporters at the airport."
    )
    assert speakers(text) == ["Ana Morales"]


def test_a_long_title_in_capitals_before_a_name_is_no_part_of_it():
    text = "``We will wait,'' said Chilean National Security Council Secretary Jorge Pena."
    assert speakers(text) == ["Jorge Pena"]
    assert speakers("``We will wait,'' said Chilean Prime Minister Jorge Pena.") == ["Chilean Prime Minister Jorge Pena"]


def test_a_name_before_a_description_left_unclosed_is_who_spoke():
    text = "Mary Jones, a former inspector for the National Fire Safety Board said that ``the wiring failed.''"
    assert speakers(text) == ["Mary Jones"]
    text = "However, Dailynews.com, a website run by friends of Pedro Alvarez said on its site: ``They will pay.''"
    assert speakers(text) == ["Dailynews.com"]
    # an opening word before a comma names no one: the name before the verb spoke
    assert speakers("Also, a lawyer of Pedro Alvarez said ``we are ready.''") != ["Also"]


def test_according_to_reports_what_a_described_sayer_said_and_never_reads_inside_the_quote():
    text = "A detective later said that police had learned nothing ``serious'' from him, according to the Tass agency."
    assert speakers(text) == ["detective"]
    assert speakers("Nothing ``serious'' was learned, according to the Tass agency.") == ["Tass agency"]
    text = (
        "The newspaper printed the claim. ``They face a heavy penalty since, according to the law, spying is a "
        "crime,'' said the newspaper."
    )
    assert speakers(text) == ["newspaper"]


def test_an_office_named_by_what_it_is_of_is_one_body():
    assert speakers("The Ministry of Fisheries said that the boats were ``in our waters.''") == ["Ministry of Fisheries"]
    assert speakers("The Ministry of Civil Defense told the radio that ``the waves will come.''") == [
        "Ministry of Civil Defense"
    ]


def test_someone_unnamed_described_with_a_name_is_that_description():
    assert speakers("``We are not seeking a fight,'' said a spokeswoman for Prime Minister Ana Lopez.") == [
        "spokeswoman for Prime Minister Ana Lopez"
    ]
    text = "``They can go home,'' an unnamed source close to the command of the Red Guard, who also said more."
    assert speakers(text) == ["unnamed source close to the command of the Red Guard"]
    assert speakers("``We will press on,'' a White House spokesman said.") == ["White House spokesman"]
    text = "The paper quoted a Blue Air pilot flying over the sea as saying he saw ``a burst of white light.''"
    assert speakers(text) == ["Blue Air pilot"]


def test_a_named_subject_keeps_its_name_over_the_title_beside_it():
    text = "Tony Gray, the country's Prime Minister, calls the raid ``unjustified and wrong.''"
    assert speakers(text) == ["Tony Gray"]
    text = "Neither Gray nor Foreign Secretary Robin Lake made statements, sheltering behind a ``judicial matter.''"
    assert speakers(text) == [None]


def test_the_attribution_closing_a_sentence_names_who_said_its_first_quote():
    text = (
        "On Monday, the council had said the boats would be freed. "
        "``The captains have erred. This may go to court'' if we meet ``more fuss from them,'' added Pedro Alvarez."
    )
    assert speakers(text)[0] == "Pedro Alvarez"


def test_a_verb_of_saying_inside_the_quote_attributes_nothing():
    text = (
        "Jorge Pena, the army chief, then stated that the crews were engaged ``in illegal activities'' inside the "
        "waters and that the crews ``have admitted to violating the waters of the republic''."
    )
    assert speakers(text) == ["Jorge Pena", "Jorge Pena"]


def test_according_to_an_agency_a_document_put_out_is_its_issuers_words():
    text = (
        "According to the Tass news agency, Norway is circulating a draft statement for approval by the council "
        "``deploring'' the detention of the crew."
    )
    assert speakers(text) == ["Norway"]
    assert speakers("According to the Tass news agency, the crew was ``in good health''.") == ["Tass news agency"]


def test_names_with_letters_beyond_english_an_apostrophe_or_a_small_article_are_whole():
    assert speakers('Mayor Roberto Córdova said that "it will help us reconstruct the town."') == ["Mayor Roberto Córdova"]
    assert speakers("``We never wanted this,'' said Premier Massimo D'Alema.")[0].endswith("Massimo D'Alema")
    text = (
        "Foreign Minister Omar Belgasim al-Zuwiy spoke to reporters. ``We want the jail term here,'' al-Zuwiy said. "
        "He said the trial must be ``honest and without loopholes.''"
    )
    assert all(s.endswith("al-Zuwiy") for s in speakers(text))
    # "the Rev." ends no sentence and names the one it is set before
    assert speakers("``There was meaning and achievement,'' the Rev. David Amond told the gathering.") == ["Rev David Amond"]


def test_a_possessive_opens_no_name():
    text = "Over the years his group grew. His Nation of Islam's creed is one of separatism. He said whites are ``subhuman.''"
    assert speakers(text) != ["His Nation"]


def test_a_title_of_a_body_after_a_name_describes_the_one_who_spoke():
    text = 'Pedro Ruiz, Director of University of Chile Seismic Service said that it is a "late aftershock" of the quake.'
    assert speakers(text) == ["Pedro Ruiz"]


def test_a_document_stands_for_the_body_that_put_it_out():
    # a piece a named paper ran, told with its day
    assert speakers("``Italy knows the fate of the rebel,'' said an editorial Saturday in the Greek daily Kathimerini.") == [
        "Kathimerini"
    ]
    # "the report" after a body said or issued something, in the two sentences before
    text = (
        "The agency KANA said Friday that the leader ``is no president.'' ``As such, he may sign nothing,'' the report said."
    )
    assert speakers(text) == ["KANA", "KANA"]
    text = (
        "The Sydney-based Timor Rights Center, a watchdog group, issued a statement Tuesday. It said it had named 14 of "
        "the dead. ``The killings have followed the buildup of troops,'' the report said."
    )
    assert speakers(text) == ["Sydney-based Timor Rights Center"]
    # a person is no issuer of "the report"
    assert speakers("Senator Jones said the plan was bad. ``We will never pass this one,'' the report said.") == ["report"]


def test_a_verb_of_saying_the_parser_left_without_a_subject_is_the_nouns_before_it():
    text = (
        "The meeting took place after the official news agency, KANA, initially reported that the envoy might not meet "
        "the leader because he was ``in the desert.''"
    )
    assert speakers(text) == ["KANA"]


def test_a_medium_that_reported_words_and_words_that_tell_of_him_are_not_his():
    text = (
        "Pablo Soto was patrolling the beach. He told El Vigia there were 25 people on the sand. "
        '"Right after the quake, he noticed the sea had shrunk." "The sea is coming out!," he shouted. '
        '"Then, the tragedy occurred. The sea destroyed everything on its way," El Vigia reported.'
    )
    assert speakers(text) == ["El Vigia", "Pablo Soto", "El Vigia"]
    # a passive "was reported" names no one
    assert speakers('A bomb threat, which turned out to be "false", was also reported on another flight.') != ["was"]


def test_how_others_see_someone_is_not_what_he_said():
    text = "While Brown continues to be widely viewed as ``the kind of person who gets things done,'' he trails."
    assert speakers(text) == [None] or speakers(text) == []


def test_a_passives_agent_a_person_of_a_body_and_no_clause_after_the_comma():
    text = 'Coastal waters were reported as "visibly receding" at 11:30 AM local time (21.30 UTC) by Hilo News Now.'
    assert speakers(text) == ["Hilo News Now"]
    text = 'Yesterday Jan de Groot of the UNFCCC had said that the parties were "on the brink of agreement", when he was asked.'
    assert speakers(text) == ["Jan de Groot"]
