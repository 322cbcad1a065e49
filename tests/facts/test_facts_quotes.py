from synopsis.facts.quotes import quote_mentions, quotes

from facts_builders import documents


def speakers(text):
    (document,) = documents(text)
    return [(m.text, m.speaker) for m in quote_mentions(document)]


def test_said_after_the_quote():
    assert speakers('"We will stay," said Abu Akram.') == [("We will stay", "Abu Akram")]
    assert speakers('"We will stay," Observatory head Rami Abdul Rahman told AFP.') == [
        ("We will stay", "Rami Abdul Rahman")
    ]

    # Wire copy breaks lines inside names.
    assert speakers('"We will stay," said Abu\n   Akram.') == [("We will stay", "Abu Akram")]


def test_speaker_before_the_quote_and_inside_the_sentence():
    assert speakers('Najat Rochdi, an adviser to the envoy, called for "immediate de-escalation".') == [
        ("immediate de-escalation", "Najat Rochdi")
    ]
    assert speakers('The minister said: "Nobody will leave."')[0][1] == "minister"


def test_pronouns_and_descriptions_stand_for_the_person_named_before():
    text = (
        "Abu Akram, a resident, said rescue workers were struggling.\n\n"
        '"Everybody is working at full capacity," the father of five told AFP.\n\n'
        "Yasser Ibrahim al-Dandal said he was fleeing with his family.\n\n"
        '"Hundreds of rockets hit the town," he told AFP. "The situation is very bad."'
    )
    assert [s for _, s in speakers(text)] == ["Abu Akram", "Yasser Ibrahim al-Dandal", "Yasser Ibrahim al-Dandal"]


def test_a_quote_split_around_its_attribution_and_wire_quote_marks():
    text = "``We are leaving today,'' Abu Ossama said. ``We don't know what danger is waiting.''"
    assert speakers(text) == [("We are leaving today", "Abu Ossama"), ("We don't know what danger is waiting.", "Abu Ossama")]


def test_an_unattributed_quote_is_left_out():
    (document,) = documents('The banner read "Nowhere is safe" and nothing more.')
    assert quotes([document]) == []


def test_quotes_are_merged_across_reports_with_support(example_sheet):
    nowhere = next(q for q in example_sheet.quotes if q.text.startswith("Nowhere is safe"))
    assert nowhere.speaker == "Abu Akram" and nowhere.support == 3
    assert example_sheet.quotes[0].support >= example_sheet.quotes[-1].support


def test_every_example_speaker_matches_the_hand_annotation(example_documents):
    import json
    from pathlib import Path

    gold = json.loads((Path(__file__).parent / "gold" / "idlib.json").read_text())
    mentions = [m for d in example_documents for m in quote_mentions(d)]
    right = 0
    for item in gold["quotes"]:
        found = [m for m in mentions if m.doc == item["doc"] and m.span.start < item["end"] and item["start"] < m.span.end]
        right += bool(found) and any(alias.lower() in (found[0].speaker or "").lower() for alias in item["speaker"])
    assert right / len(gold["quotes"]) >= 0.9


def test_a_body_named_before_its_place_is_the_speaker_not_the_place():
    text = "The Weather Service in Miami said the storm could weaken, but warned it would remain ``a very dangerous storm.''"
    assert speakers(text)[0][1] == "Weather Service"


def test_a_pronoun_stands_for_a_person_never_a_storm():
    text = (
        "President Carlos Flores declared Hurricane Mitch had set back the country by 50 years. "
        "``The country is semi-destroyed,'' he said."
    )
    assert speakers(text)[0][1].endswith("Carlos Flores")


def test_an_attribution_after_a_few_unquoted_words_keeps_both_quotes():
    text = (
        "Dozens of homes were swept away. ``This is the first place we've been'' with the dogs, "
        "army Maj. Freddy Diaz Celaya said. ``From here we'll continue searching downriver.''"
    )
    assert [s for _, s in speakers(text)] == ["Maj Freddy Diaz Celaya", "Maj Freddy Diaz Celaya"]


def test_a_surname_stands_for_the_last_full_name_that_ends_in_it():
    text = (
        "Race spokesman Peter Campbell said the search went on. ``It's supposition,'' Campbell said. "
        "American sailor John Campbell was rescued by a police helicopter. "
        "``I was definitely worried,'' Campbell told reporters."
    )
    assert [s for _, s in speakers(text)] == ["Peter Campbell", "John Campbell"]


def test_a_title_description_stands_for_the_name_given_with_that_title():
    text = (
        "Egypt's president said ``virtually nobody'' trusts the prime minister. "
        "President Hosni Mubarak spoke in Cairo."
    )
    assert speakers(text)[0][1] == "President Hosni Mubarak"
    assert speakers("The president said ``nothing will change.''")[0][1] == "president"


def test_initials_are_part_of_the_name():
    text = "``It may be that we are looking at a consolidation,'' said Eleanor M. Fox, a professor of law."
    assert speakers(text) == [("It may be that we are looking at a consolidation", "Eleanor M. Fox")]
    text = "``This is one of the most intelligent chief executives,'' said J. Robin West, an analyst."
    assert speakers(text)[0][1] == "J. Robin West"


def test_a_name_set_after_its_description_is_the_speaker():
    text = "``Their demand is an open infringement upon our sovereignty,'' declared North Korea's leading newspaper, Rodong Sinmun."
    assert speakers(text)[0][1] == "Rodong Sinmun"


def test_an_adverb_between_the_speaker_and_the_verb():
    text = "Namanga Ngongi inspected relief efforts. But he also said he could see that ``a large part of the population is very weak.''"
    assert speakers(text)[0][1] == "Namanga Ngongi"


def test_names_in_what_he_added_are_not_who_he_is():
    text = (
        "``It showed that megamergers are doable,'' said Adam Sieminski, an analyst.\n\n"
        "He added that the heads of both companies, Lee Raymond, the chairman of Exxon, and Lucio Noto, "
        "the chief executive of Mobil, are different personalities. ``It will not be easy,'' he said."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Adam Sieminski", "Adam Sieminski"]


def test_a_continent_is_no_person_a_pronoun_stands_for():
    text = (
        "Guillermo Ortiz, the central bank governor, said that the pressures on Latin America were mounting.\n\n"
        "``Until then we were doing fine,'' he said."
    )
    assert speakers(text)[0][1] == "Guillermo Ortiz"


def test_a_pronoun_stands_for_the_one_who_spoke_not_the_last_name():
    text = (
        "Rains will ease by Friday, said Anna Kowalski, a forecaster who works with Tom Berg at Lakeside College.\n\n"
        '"We are not out of danger," she said.'
    )
    assert speakers(text) == [("We are not out of danger", "Anna Kowalski")]
    text = 'Dan Ross, 45, a driver who was at the market with Tom Berg, said he ran.\n\n"I just ran," he recounted later.'
    assert speakers(text) == [("I just ran", "Dan Ross")]


def test_a_surname_alone_is_the_person_named_in_full_before():
    text = (
        "The governor, Peter Lindqvist, met Mayor Ann Berg on Monday.\n\n"
        "Lindqvist, while touring the region, kept a full schedule.\n\n"
        '"I know these roads better than anyone," he said.'
    )
    assert speakers(text)[0][1] == "Peter Lindqvist"
    text = 'The council will meet, said its chairman, Okonkwo. "Nobody can plan for everything," he said.'
    assert speakers(text)[0][1] == "Okonkwo"


def test_a_name_the_attribution_gives_first_is_the_speaker_not_the_body_described():
    text = '"The town is calm," Ruth Adler, director of the Northern Relief Union, said from Haifa.'
    assert speakers(text)[0][1] == "Ruth Adler"
    text = 'Ms. Adler said the roads were open. Her role, she said, "is to help the town."'
    assert speakers(text) == [("is to help the town.", "Adler")]


def test_the_sayer_of_a_quote_inside_a_sentence_is_found_past_other_verbs():
    text = 'Lin pledged to work with exiles abroad to campaign "to free Ho Pak."'
    assert speakers(text)[0][1] == "Lin"
    text = 'Ms. Boyle, who has not yet run ads, said her status as the underdog had "allowed me to be more focused."'
    assert speakers(text)[0][1] == "Ms. Boyle"
    text = 'One, Ravi Menon, a 30-year-old engineer who paid for his ticket, said, "We can forget our problems."'
    assert speakers(text)[0][1] == "Ravi Menon"


def test_the_quote_own_subject_is_not_its_speaker_and_the_governor_is_the_one_named():
    text = (
        "Gov. Jim Tanner met the family on Monday. \"We need a law,\" Tanner said.\n\n"
        'The governor said the father did not want "a circus" and that "we should not use Matt to push an agenda."'
    )
    assert [s for _, s in speakers(text)][1:] == ["Jim Tanner", "Jim Tanner"]


def test_joking_and_chanting_are_ways_of_saying():
    assert speakers('Warming up the crowd, a comedian jested: "If you are from out of town, raise your hand."')[0][1] == "comedian"
    assert speakers('In a speech to donors, the mayor said: "We will rebuild."')[0][1] == "mayor"
    assert speakers('Outside, a group of Teamsters chanted, "two more years."')[0][1].endswith("Teamsters")


def test_a_quote_after_a_sentence_reporting_speech_is_that_speaker():
    text = 'Lena Ortiz said in Dayton that rivals had bragged to her.\n\n"They tell me we will lose because they have money."'
    assert speakers(text)[0][1] == "Lena Ortiz"
    assert speakers('The storm hit at dawn.\n\n"Nowhere is safe now."') == [("Nowhere is safe now.", None)]


def test_he_is_the_subject_of_the_sentence_before_not_the_last_name_in_it():
    text = (
        "Mayor Ellen Tarrow had lunch with Governor Paul Vance in the capital. "
        "She said the plan was ``a step forward for the whole valley.''"
    )
    assert speakers(text)[0][1] == "Mayor Ellen Tarrow"
    text = (
        "Rescuer Liam McKinnon said 300 homes were lost during the Great Flood. "
        "``We will rebuild every one of them,'' he said."
    )
    assert speakers(text)[0][1].endswith("Liam McKinnon")


def test_a_description_stands_for_the_person_it_described():
    text = (
        "Norway's envoy to the talks, Ingrid Dahl, met Finance Minister Otto Brandt on Monday. "
        "``We are close,'' added the envoy."
    )
    assert speakers(text)[0][1] == "Ingrid Dahl"
    text = (
        "Chilean President Rosa Mendez arrived on Monday with Foreign Minister Tomas Ruiz. "
        "``The crisis is real,'' the Chilean leader said at the airport."
    )
    assert speakers(text)[0][1] == "Chilean President Rosa Mendez"


def test_an_agency_quoting_someone_as_saying_gives_that_persons_words():
    text = "``The talks are over,'' the state news agency quoted Karl Jensen as saying in Oslo."
    assert speakers(text)[0][1] == "Karl Jensen"
    text = "Tass quoted Oleg Petrov as saying: ``We will not sign.''"
    assert speakers(text)[0][1] == "Oleg Petrov"


def test_a_legislators_party_and_state_are_no_part_of_the_attribution():
    assert speakers("Rep. Ann Lowe, R-Ohio, said: ``I will not vote for him.''")[0][1].endswith("Ann Lowe")
    text = "``Voters want answers'' said Sen. Carl Brody, D-N.Y. ``They deserve them.''"
    assert [s[-10:] for _, s in speakers(text)] == ["Carl Brody", "Carl Brody"]
    assert speakers("As Rep. Ted Moss, D-Ariz., put it, ``The voters spoke.''")[0][1].endswith("Ted Moss")


def test_other_verbs_of_saying_and_names_after_a_role():
    assert speakers("``Prices will fall by spring,'' Okafor predicted.")[0][1] == "Okafor"
    text = "``Governors hold the votes,'' said Lisbon University historian Marta Quintela."
    assert speakers(text)[0][1] == "Marta Quintela"
    # a name after "the" is a body the speaker belongs to
    text = "``We need more beds,'' said Tom Ndegwa of the Flood Relief Support Unit, a charity."
    assert speakers(text)[0][1] == "Tom Ndegwa"
    text = "Chief Justice Ann Lomax of Ghana said the verdict was ``beyond doubt.''"
    assert speakers(text)[0][1].endswith("Ann Lomax")


def test_a_quote_split_by_its_attribution_keeps_its_speaker():
    text = (
        "Senator Joan Pike spoke after the vote. "
        "``If the leaders think they've silenced me,'' she said, ``they are wrong.''"
    )
    assert [s for _, s in speakers(text)] == ["Senator Joan Pike", "Senator Joan Pike"]


def test_words_put_out_inside_a_sentence_are_its_subjects():
    text = (
        "In a report to the council, Ruth Amani listed the attacks, decried the ``appalling abuses in the north,'' "
        "and said it was ``clear beyond doubt'' who was to blame."
    )
    assert [s for _, s in speakers(text)] == ["Ruth Amani", "Ruth Amani"]
    text = "He was sentenced by Judge Omar Diallo, who denounced the crime as ``a despicable act.''"
    assert speakers(text)[0][1] == "Judge Omar Diallo"
    text = "The general's office issued a statement denouncing the raids as ``a criminal act.''"
    assert "general" in speakers(text)[0][1]


def test_a_view_set_for_someone_and_a_document_that_states_are_who_spoke():
    text = "For union leader Mara Costa, the new tax ``is a clear sign of despair.''"
    assert speakers(text)[0][1] == "Mara Costa"
    text = "For the region, the storm ``was a disaster.''"
    assert speakers(text) == [("was a disaster.", None)]
    text = "Lund is charged with drafting a party manifesto that states, in part, ``Only a new party can end this.''"
    assert "manifesto" in speakers(text)[0][1]
    text = "Queen Mara Delin, abroad on a visit, sent a statement assuring the families that ``the nation grieves with you.''"
    assert speakers(text)[0][1].endswith("Mara Delin")


def test_attributions_that_only_look_like_new_frames():
    # passive quoting: the one quoted spoke, not the paper
    text = "Prime Minister Ana Rusu was quoted Saturday by the daily Ziarul as saying, ``the army is waiting.''"
    assert speakers(text)[0][1].endswith("Ana Rusu")
    text = "Defense Minister Ilan Goren spoke. ``We want talks,'' Goren's office quoted him Sunday as saying."
    assert speakers(text)[0][1].endswith("Ilan Goren")
    # a description given last to someone unnamed stays unnamed
    text = (
        "Envoy Lena Hart met officials in Rome on Monday. ``They have not changed,'' a diplomat said. "
        "``The proof is in the pudding,'' said the diplomat, who spoke on condition of anonymity."
    )
    assert speakers(text)[-1][1] == "diplomat"
    # a term the sentence quotes is no statement: "voted for a ``continuing resolution''"
    assert speakers("Congress voted for a ``continuing resolution'' that funds the agencies.") == [
        ("continuing resolution", None)
    ]
    text = "``They coaxed people to give up arms,'' said a rebel statement printed in the daily Koha Zeri."
    assert "statement" in speakers(text)[0][1]


def test_a_sentences_opening_word_and_a_suffix_are_no_part_of_the_name():
    text = "To which Rep. Carl Dunn Jr. of Ohio, the panel's senior Democrat, retorted: ``This is not about money.''"
    assert "Carl Dunn" in speakers(text)[0][1]
    text = (
        "Jim Halvorsen met voters on Monday. Yet Halvorsen is torn. "
        "So while the freshman could back a short inquiry, he doubts it. ``It could drag on for years,'' he said."
    )
    assert speakers(text)[0][1] == "Jim Halvorsen"
    text = "For Mara Quist, the trip was a dream. ``I want to fly,'' she said."
    assert speakers(text)[0][1] == "Mara Quist"


def test_an_auxiliary_and_a_scene_set_with_as_are_no_part_of_the_speaker():
    text = "As the memo told it, the bank's directors had added, ``We can work together.''"
    assert speakers(text)[0][1] == "bank's directors"
    assert speakers("Lawyer Dana Boyd had argued: ``The merger is fair.''")[0][1].endswith("Dana Boyd")


def test_a_named_clause_that_ends_in_a_colon_and_verbs_of_advice_and_screams():
    text = "A crowd gathered on the hill, and 33-year-old Somchai Prasert made his wish: ``I would like a son.''"
    assert speakers(text) == [("I would like a son.", "Somchai Prasert")]
    text = (
        "Joe Rao is an astronomer.\n\nFor meteor fans, Rao recommends watching the eastern sky.\n\n"
        "``Whatever you do, set that alarm clock,'' he advised."
    )
    assert speakers(text)[0][1] == "Joe Rao"
    text = "Karen Jones was swarmed by anti-abortion protesters who screamed, ``Be strong!''"
    assert speakers(text) == [("Be strong!", "anti-abortion protesters")]


def test_a_sentences_opening_word_or_an_age_does_not_hide_who_spoke():
    text = (
        "Brian Marsden works at Harvard.\n\nRussia's Interfax news agency reported that a meteorite landed.\n\n"
        "But Marsden expressed doubt. ``This sounds like one,'' he said."
    )
    assert speakers(text)[0][1] == "Brian Marsden"
    text = (
        "However, a voter in the square, Saeid Kazami, 41, said he backed them because they "
        "``are protectors of the revolution.''\n\n``We know it,'' he said."
    )
    assert [s for _, s in speakers(text)] == ["Saeid Kazami", "Saeid Kazami"]
    assert speakers('"I have nothing to steal." said one local resident, Omen Cola, to AFP.')[0][1] == "Omen Cola"


def test_a_pronoun_a_sentence_already_used_is_someone_named_before_it():
    text = (
        "Nancy Roseboro, 31, remembers going to the clinic as a young girl.\n\n"
        "As far as she is concerned, Barnett Slepian gave her a second chance.\n\n"
        "``I was a child,'' she said."
    )
    assert speakers(text)[0][1] == "Nancy Roseboro"
    text = (
        "Betty Hodlen sees the issue in terms of class.\n\n"
        "But poor women like herself have had to rely on people like Barnett Slepian.\n\n"
        "``He was a kind man,'' she said."
    )
    assert speakers(text)[0][1] == "Betty Hodlen"


def test_a_described_subject_and_a_named_medium_stand_for_who_spoke():
    text = (
        "Pope John Paul II flew to Split. The city was spared before the Dayton Accords ended the fighting.\n\n"
        "The pope mentioned this in his homily. ``How can we not feel regret for this?'' he said."
    )
    assert speakers(text)[0][1] == "Pope John Paul II"  # the name with its regnal number
    text = "John Paul II called on Croats to make peace.\n\n``It is now necessary to build a democracy,'' the pontiff said."
    assert speakers(text)[0][1] == "John Paul II"
    text = "Tehran radio said people queued to vote. ``People voted for Islam,'' the radio said."
    assert speakers(text)[0][1] == "Tehran radio"
    assert speakers("The official media on Friday claimed an ``unprecedented'' participation.")[0][1] == "official media"


def test_a_surname_with_its_role_a_city_and_an_owner_are_not_taken_for_another_speaker():
    text = (
        "Saying ``we will clean,'' Juan Antonio Samaranch responded on Sunday.\n\n"
        "``It is a serious problem,'' Samaranch, president of the International Olympic Committee, said."
    )
    assert [s for _, s in speakers(text)] == ["Juan Antonio Samaranch", "Juan Antonio Samaranch"]
    text = (
        "``Never,'' Juan Samaranch said. The IOC ruled out stripping Salt Lake City of the games.\n\n"
        "``No, there is not any possibility,'' he said."
    )
    assert speakers(text)[1][1] == "Juan Samaranch"
    text = (
        "U.S. Olympic Committee deputy secretary general John Krimsky described the row as harmful for Salt Lake's image. "
        "``It doesn't do us any good at all,'' he said."
    )
    assert speakers(text)[-1][1] == "John Krimsky"


def test_a_second_verb_a_trailing_pronoun_and_a_passives_agent_say_who_spoke():
    text = (
        "Marc Hodler spoke on Sunday.\n\nHodler, when pressed for comment at Olympic headquarters, covered his "
        "mouth with both hands and then said, ``Muzzle imposed by the president.''"
    )
    assert speakers(text)[0][1] == "Marc Hodler"
    text = "Marc Hodler spoke on Sunday. Asked if he might resign he said, ``I'm not going to resign.''"
    assert speakers(text)[0][1] == "Marc Hodler"
    text = "Marc Hodler said the fund _ described as ``humanitarian aid'' by Salt Lake officials _ was a bribe."
    assert speakers(text)[0][1] == "Salt Lake officials"


def test_a_quote_that_opens_a_paragraph_after_what_someone_reminded_others_to_do_is_theirs():
    text = (
        "At a meeting with the bishops after the mass, John Paul II reminded church leaders to keep followers in line.\n\n"
        "``Today, it is necessary to give strong support to the new evangelization.''"
    )
    assert speakers(text)[0][1] == "John Paul II"


def test_a_surname_with_a_capital_inside_is_one_part_of_the_name():
    assert speakers("``Where is the president?'' asked Rep. Tom DeLay of Texas.") == [
        ("Where is the president?", "Rep Tom DeLay")
    ]
    assert speakers('"We will vote," said Ray LaHood.') == [("We will vote", "Ray LaHood")]


def test_a_role_subject_stands_for_the_one_the_report_names_with_that_role():
    text = (
        "The vote made Walter Brennan the first House Speaker from his state. "
        "Brennan now faces a challenge for his post as speaker. "
        "Brennan has said he is confident of keeping his job as speaker. "
        "The anger grew when the speaker backed an advertising campaign against President Alder. "
        "At a news conference, the speaker seemed unable to explain the loss. "
        "``I frankly don't understand it,'' he said."
    )
    assert speakers(text) == [("I frankly don't understand it", "Walter Brennan")]
    # no holder named twice with the role: no speaker rather than the last name before
    text = (
        "The anger grew when the speaker backed an advertising campaign against President Alder. "
        "At a news conference, the speaker seemed unable to explain the loss. "
        "``I frankly don't understand it,'' he said."
    )
    assert speakers(text)[0][1] != "President Alder"


def test_words_a_subject_applies_or_issues_are_the_subjects_own():
    # a participle opening the sentence has the main clause's subject
    assert speakers(
        "Granting him the ``crown of courage,'' Bishop Anton Merkel on Sunday honored the wartime priest."
    ) == [("crown of courage", "Bishop Anton Merkel")]
    # the words a subject applies to a thing: "dismissed it as ``...''"
    assert speakers("Jonas Ekberg, a former negotiator, brushed aside those issues as mere ``technical details.''") == [
        ("technical details.", "Jonas Ekberg")
    ]
    # a verb whose object is a statement: the words of the statement are the subject's
    assert speakers(
        "On Sunday, Harold Brink, head of the organizing committee, issued an apology to the ``families of the town'' for the delay."
    ) == [("families of the town", "Harold Brink")]
    # a participle in the middle of the sentence is no opening one
    assert speakers("The crowd watched, holding a banner reading ``Go home.''") == [("Go home.", None)]


def test_an_as_clause_after_the_quote_names_who_said_it():
    text = (
        "Dutch board member Pieter Vos said bribes were common. Later, Anna Lind denied that she ``silenced'' Vos, "
        "as the Dutch official claimed earlier Sunday."
    )
    # the description is resolved on the names before the quote, not on its own words after it
    assert speakers(text) == [("silenced", "Pieter Vos")]
    assert speakers("The plan was ``a disaster,'' as Mayor Tom Reed put it.") == [("a disaster", "Mayor Tom Reed")]
    # "as soon as", "as well as" open no attribution
    assert speakers("Prices will stay ``high,'' as soon as the bank said it would pay.") == [("high", None)]


def test_a_statement_the_subject_sends_before_the_quote_gives_its_words():
    assert speakers(
        "Queen Mara of Elbia, on a trip abroad, sent a statement reassuring victims' relatives that "
        "``all of us in Elbia feel great sympathy.''"
    )[0][1] == "Queen Mara"
    # a letter someone referred to is not the referrer's statement
    assert speakers(
        "A party spokesman, Tom Bale, said he believed the news report referred to a commission letter sent in advance "
        "``informing us of its intention to name the party.''"
    )[0][1] == "Tom Bale"


def test_a_long_description_between_the_name_and_said():
    text = (
        '"The wave is spreading out," Thorne Lay, professor of earth sciences and director of the Institute of '
        "Geophysics and Planetary Physics at the University of California, Santa Cruz said."
    )
    assert speakers(text) == [("The wave is spreading out", "Thorne Lay")]


def test_a_straight_mark_closed_by_a_curly_one_and_a_comma_after_said():
    text = '"Up to 80% of those killed were women,” said, Becky Buell, the policy director.'
    assert speakers(text) == [("Up to 80% of those killed were women", "Becky Buell")]


def test_a_list_of_sources_each_before_a_dash():
    text = 'Reports of the toll:\n\n* AP - "The toll passed 121,000."\n\n* United Nations - "About 1 million are homeless."'
    assert speakers(text) == [("The toll passed 121,000.", "AP"), ("About 1 million are homeless.", "United Nations")]
    # a name before a dash inside a sentence is no source
    assert [speaker for _, speaker in speakers('He flew on to Sri Lanka - "a paradise lost".')] != ["Sri Lanka"]
    # nor is a dateline's place
    assert speakers('Paris — "The Da Vinci Code" topped the charts again this week.') == [("The Da Vinci Code", None)]


def test_two_subjects_joined_by_both_are_no_one_speaker():
    text = (
        "Both he and Stavros Dimas made it clear that Bali was only the start, with the latter stating "
        'that "Now the real hard work must begin."'
    )
    assert all(speaker is None or not speaker.startswith("Both") for _, speaker in speakers(text))


def test_a_term_in_marks_opening_the_sentence_is_no_one_s_words():
    text = '"Mad cow" disease has returned to herds in France with "many fresh cases," said Jones.'
    assert speakers(text) == [("Mad cow", None), ("many fresh cases", "Jones")]
    # words that read as speech are still the closing sayer's
    text = '"We must go now" is what they want with "fuss, and wrong," added Larijani.'
    assert speakers(text) == [("We must go now", "Larijani"), ("fuss, and wrong", "Larijani")]


def test_someone_speaking_for_a_name_is_no_one_named():
    assert speakers('A spokesman for Tony Blair said "no comment at all."') == [("no comment at all.", "spokesman for Tony Blair")]
    assert speakers('A pilot flying for Air France said "no comment at all."') == [("no comment at all.", "pilot flying for Air France")]
    text = 'Officials met, and a spokesman for the Red Cross said that the talks "went well."'
    assert speakers(text) == [("went well.", "spokesman for the Red Cross")]


def test_an_opening_participle_the_parser_takes_for_the_subject_is_no_speaker():
    # "Stepping out of an airlock ..., Smith, a veteran spacewalker, said": Smith speaks
    assert speakers(
        "Stepping out of an airlock as the shuttle Discovery passed over Australia, Smith, a veteran spacewalker "
        "who has flown on two previous shuttle missions, said to his colleague, ``You ready to go?''"
    ) == [("You ready to go?", "Smith")]
    assert speakers("Briefing reporters in Washington, Foley said, ``We are ready.''") == [("We are ready.", "Foley")]
