"""The splitter on the hard cases of news text."""

import pytest

from synopsis.text.sentences import split


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split(text)]


CASES = {
    "quotation ending in an attribution": (
        '"Nowhere is safe. If we stay inside our homes, or if we flee outside, we will die either way," '
        "said Abu Akram. Damascus loyalists have since Thursday been locked in battles.",
        [
            '"Nowhere is safe. If we stay inside our homes, or if we flee outside, we will die either way," said Abu Akram.',
            "Damascus loyalists have since Thursday been locked in battles.",
        ],
    ),
    "curly quotation": (
        "“Nowhere is safe. If we stay inside, we die,” said Abu. Next one.",
        ["“Nowhere is safe. If we stay inside, we die,” said Abu.", "Next one."],
    ),
    "newswire quotation marks": (
        "``We have done our job. Now it is up to them,'' said Sen. Trent Lott. The House meets Monday.",
        ["``We have done our job. Now it is up to them,'' said Sen. Trent Lott.", "The House meets Monday."],
    ),
    "quotations one after another": (
        '"Hundreds of rockets hit Maarat al-Numan," he told AFP. "The situation is very bad."',
        ['"Hundreds of rockets hit Maarat al-Numan," he told AFP.', '"The situation is very bad."'],
    ),
    "titles and abbreviations": (
        "The U.S. and the U.N. agreed. Gen. Smith met Sen. Kennedy and Mr. Jones on Jan. 5. Then they left.",
        ["The U.S. and the U.N. agreed.", "Gen. Smith met Sen. Kennedy and Mr. Jones on Jan. 5.", "Then they left."],
    ),
    "abbreviation before a sentence end": (
        "Officials from the U.S. said the talks failed. The U.N. disagreed.",
        ["Officials from the U.S. said the talks failed.", "The U.N. disagreed."],
    ),
    "stacked titles": (
        "The No. 2 official, Lt. Col. John Smith Jr., said St. Louis was fine. Dr. Who agreed.",
        ["The No. 2 official, Lt. Col. John Smith Jr., said St. Louis was fine.", "Dr. Who agreed."],
    ),
    "company and figures": (
        "Shares of Acme Corp. fell 3.6 percent to $1.5 billion. Turkey took in 3.6 million Syrians.",
        ["Shares of Acme Corp. fell 3.6 percent to $1.5 billion.", "Turkey took in 3.6 million Syrians."],
    ),
    "initials": (
        "President George W. Bush spoke. J. R. R. Tolkien wrote it.",
        ["President George W. Bush spoke.", "J. R. R. Tolkien wrote it."],
    ),
    "times of day": (
        "The meeting ended at 5 p.m. Officials said it went well. It began at 9 a.m. Eastern time.",
        ["The meeting ended at 5 p.m.", "Officials said it went well.", "It began at 9 a.m. Eastern time."],
    ),
    "ellipses": (
        "He waited... and waited. Then he left... Nobody knew why.",
        ["He waited... and waited.", "Then he left...", "Nobody knew why."],
    ),
    "names with particles": (
        "Russian warplanes hit the district of Maarat al Numan. The town of Maaret al-Numan was empty.",
        ["Russian warplanes hit the district of Maarat al Numan.", "The town of Maaret al-Numan was empty."],
    ),
    "dates and places": (
        "It was signed Sept. 12, 2019, in Washington, D.C. The bill passed.",
        ["It was signed Sept. 12, 2019, in Washington, D.C.", "The bill passed."],
    ),
    "acronym opening a sentence": (
        "The vote was a provocation. U.S. Secretary of State Madeleine Albright called. Even U.N. officials agreed.",
        ["The vote was a provocation.", "U.S. Secretary of State Madeleine Albright called.", "Even U.N. officials agreed."],
    ),
    "plural titles": (
        "They included Reps. David McIntosh of Indiana and Jennifer Dunn. Both declined.",
        ["They included Reps. David McIntosh of Indiana and Jennifer Dunn.", "Both declined."],
    ),
    "time of day before a weekday": (
        "Lights went out at 8 p.m. Tuesday in her memory. She was buried later.",
        ["Lights went out at 8 p.m. Tuesday in her memory.", "She was buried later."],
    ),
    "newswire quotation opening a sentence": (
        "He would decide if he could win. ``He won't do it yet,'' said an aide.",
        ["He would decide if he could win.", "``He won't do it yet,'' said an aide."],
    ),
    "attribution after a quoted question": (
        '"Are you willing to sign on that?" Netanyahu said. "I do not know."',
        ['"Are you willing to sign on that?" Netanyahu said.', '"I do not know."'],
    ),
    "a name after a quotation opens its own sentence": (
        '"It is over." Miller said nothing more.',
        ['"It is over."', "Miller said nothing more."],
    ),
    "ordinary words that nupunkt's legal model takes for abbreviations": (
        "The town was hit by bombardment. Residents fled to the World Bank. He went into rehab. The tax rose.",
        ["The town was hit by bombardment.", "Residents fled to the World Bank.", "He went into rehab.", "The tax rose."],
    ),
    "state abbreviations of AP style": (
        "Sen. Trent Lott, R-Miss., said so. Acme Corp. agreed.",
        ["Sen. Trent Lott, R-Miss., said so.", "Acme Corp. agreed."],
    ),
    "sentence ends of other scripts": (
        "यह पहला वाक्य है। यह दूसरा वाक्य है। هل هذا صحيح؟ نعم. 这是第一句。这是第二句。",
        ["यह पहला वाक्य है।", "यह दूसरा वाक्य है।", "هل هذا صحيح؟", "نعم.", "这是第一句。", "这是第二句。"],
    ),
    "full-width and half-width stops": (
        "第一句．第二句！第三句｡第四句",
        ["第一句．", "第二句！", "第三句｡", "第四句"],
    ),
    "a full-width stop inside a decimal or initials": (
        "地震造成３．５级余震。美国（Ｕ．Ｓ．）官员说．他走了。",
        ["地震造成３．５级余震。", "美国（Ｕ．Ｓ．）官员说．", "他走了。"],
    ),
    "a title word that is a name here": (
        "Hun Sen said he would not go. Rainsy wrote to Hun Sen. Sam Rainsy was eager. Sen. Lott agreed.",
        ["Hun Sen said he would not go.", "Rainsy wrote to Hun Sen.", "Sam Rainsy was eager.", "Sen. Lott agreed."],
    ),
    "a state closing a sentence": (
        'She was treated in Rancho Mirage, Calif. "She never left," he said. He lives in Irvine, Calif., now.',
        ["She was treated in Rancho Mirage, Calif.", '"She never left," he said.', "He lives in Irvine, Calif., now."],
    ),
    "versus and ranks": (
        "He was hurt in the game vs. Atlanta in September. They beat then-No. 1 North Carolina. Const. Tim Fanning said so.",
        [
            "He was hurt in the game vs. Atlanta in September.",
            "They beat then-No. 1 North Carolina.",
            "Const. Tim Fanning said so.",
        ],
    ),
    "a year before a name, a product named in lower case": (
        "He became manager in 2003. Cheeks was popular. The suite shipped in January. iPhoto gained new features.",
        ["He became manager in 2003.", "Cheeks was popular.", "The suite shipped in January.", "iPhoto gained new features."],
    ),
    "question inside a quotation": (
        '"Why?" he asked. "Because," she said.',
        ['"Why?" he asked.', '"Because," she said.'],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hard_cases(name):
    text, expected = CASES[name]
    assert sentences(text) == expected


def test_wrapped_newswire_lines_are_one_sentence_each():
    text = (
        "Hun Sen's party won 64 of the 122\nparliamentary seats in July. Opposition leaders said Gen.\n"
        "Ke Kim Yan met them on Oct.\n12 at 3 p.m. Talks failed."
    )
    assert [" ".join(s.split()) for s in sentences(text)] == [
        "Hun Sen's party won 64 of the 122 parliamentary seats in July.",
        "Opposition leaders said Gen. Ke Kim Yan met them on Oct. 12 at 3 p.m.",
        "Talks failed.",
    ]


def test_spans_are_offsets_into_the_whole_text():
    text = "HEADER\n\nFirst sentence here. Second one here."
    start = text.index("First")
    spans = split(text, start, len(text))
    assert [text[s:e] for s, e in spans] == ["First sentence here.", "Second one here."]
    assert spans[0][0] == start


def test_an_unclosed_quotation_does_not_swallow_the_paragraph():
    # News opens a quotation that runs into the next paragraph without closing it here.
    text = 'The monitor said so. "We will stay. We have nowhere to go.'
    assert sentences(text) == ["The monitor said so.", '"We will stay.', "We have nowhere to go."]


def test_long_articles_split_fast_enough():
    # Correctness on a long paragraph; speed is measured by benchmarks/text_speed.py.
    text = " ".join(["The U.S. envoy met Gen. Smith at 5 p.m. on Jan. 5. He left."] * 2000)
    assert len(sentences(text)) == 4000
