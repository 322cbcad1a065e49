"""The cleaner on the five seed reports and on newswire and web layouts."""

from pathlib import Path

import pytest

from synopsis.model import Article
from synopsis.text import prepare
from synopsis.text.clean import paragraphs

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "idlib"

# Everything in a seed that is not the report itself; all the rest must be kept.
BOILERPLATE = {
    "000": [
        "Syrian regime forces are pushing to take Maaret al-Numan in southern Idlib province, causing residents to flee",
        "- 'Nowhere is safe' -",
        "More than 30,000 Syrians have fled fighting southern Idlib in recent days, the Syrian Observatory for Human Rights said\n",
        "- Reports of Israeli strikes -",
    ],
    "001": ["AFP, Zaman Al Wasl", "Comments About This Article", "Please fill the fields below."],
    "002": [
        "DANA, Syria: An injured man sits alongside children in the back of a truck as part of a convoy of vehicles "
        "of people from the south of Idlib province fleeing bombardment by the government and its allies on the "
        "northwestern region, heading northwards through the town of Dana yesterday.-AFP",
        "MAARET AL-NUMAN, Syria:",
        "'Happening all over again'",
        "'Die of hunger'",
        "- AFP",  # the closing credit; the sentence before it stays
    ],
    "003": ["date 2019-12-23", "'Nowhere is safe'"],
    "004": [
        "Smoke billows after a recent reported government air strike on Maaret al-Numan in Syria's northwestern "
        "Idlib province, the country's last major opposition bastion\n"
    ],
}


def seed(prefix: str) -> Article:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return Article(id=prefix, text=path.read_text(encoding="utf-8"))


def boilerplate_mask(text: str, pieces: list[str]) -> list[bool]:
    mask = [False] * len(text)
    for piece in pieces:
        at = text.find(piece)
        assert at >= 0, piece
        while at >= 0:
            for i in range(at, at + len(piece)):
                mask[i] = True
            at = text.find(piece, at + 1)
    return mask


@pytest.mark.parametrize("prefix", sorted(BOILERPLATE))
def test_seed_keeps_the_story_and_nothing_else(prefix):
    article = seed(prefix)
    text = article.text
    mask = boilerplate_mask(text, BOILERPLATE[prefix])
    covered = [False] * len(text)
    for sentence in prepare(article).sentences:
        for i in range(sentence.start, sentence.end):
            covered[i] = True
    leaked = "".join(c for c, b, k in zip(text, mask, covered) if b and k and not c.isspace())
    lost = "".join(c if not b and not k and not c.isspace() else "" for c, b, k in zip(text, mask, covered))
    assert leaked == ""
    assert lost == ""


@pytest.mark.parametrize("prefix", sorted(BOILERPLATE))
def test_seed_sentences_are_exact_views(prefix):
    document = prepare(seed(prefix))
    assert document.sentences
    for number, sentence in enumerate(document.sentences):
        assert sentence.text == document.article.text[sentence.start : sentence.end]
        assert sentence.text == sentence.text.strip()
        assert sentence.index == number
        assert sentence.doc == prefix
    paragraphs_seen = [s.paragraph for s in document.sentences]
    assert paragraphs_seen[0] == 0
    assert all(b - a in (0, 1) for a, b in zip(paragraphs_seen, paragraphs_seen[1:]))


def test_dateline_leaves_the_sentence_starting_after_it():
    sentences = [s.text for s in prepare(seed("002")).sentences]
    assert sentences[0].startswith("Thin mattresses, children's toys, a gas heater:")
    assert sentences[-1].endswith("anti-government protests.")


def test_metadata_before_the_first_sentence_is_left_out():
    first = prepare(seed("003")).sentences[0]
    assert first.text.startswith("At least nine civilians were killed")


def kept(text: str) -> list[str]:
    return [text[p.start : p.end] for p in paragraphs(text)]


@pytest.mark.parametrize(
    "dateline",
    [
        "BEIRUT (Reuters) - ",
        "WASHINGTON (AP) — ",
        "PHNOM PENH, Cambodia (AP) _ ",
        "BEIJING, October 16 (Xinhua) -- ",
        "NEW YORK _ ",
        "Beirut (Reuters) - ",
        "LONDON, Dec. 23 (Reuters) - ",
        "(AP) -- ",
        "DAMASCUS: ",
    ],
)
def test_datelines_of_the_wires(dateline):
    assert kept(dateline + "The talks failed on Friday, officials said.") == ["The talks failed on Friday, officials said."]


def test_ordinary_openings_are_not_datelines():
    for sentence in ["A man was killed on Friday.", "UN officials said - again - that aid was late.", "I said no."]:
        assert kept(sentence) == [sentence]


SGML = """<DOC>
<DOCNO> APW19981016.0240 </DOCNO>
<DATE_TIME> 10/16/1998 07:43:00 </DATE_TIME>
<BODY>
<SLUG> BC-Cambodia-Politics </SLUG>
<HEADLINE>
Cambodian leader Hun Sen rejects opposition demands
</HEADLINE>
<TEXT>
<P>
   PHNOM PENH, Cambodia (AP) _ Cambodian leader Hun Sen on Friday rejected
opposition demands that he talk in Beijing, saying the U.S. and the U.N.
should stay out.
</P>
<P>
   Hun Sen's party won 64 of the 122 seats in July's elections. The
opposition said Gen. Ke Kim Yan met them on Oct. 12 at 3 p.m.
</P>
<P>
   (STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)
</P>
</TEXT>
</BODY>
<TRAILER>
NYT-10-16-98 0748EDT
</TRAILER>
</DOC>
"""


def test_sgml_newswire_keeps_the_wrapped_paragraphs_only():
    document = prepare(Article(id="apw", text=SGML))
    flat = [" ".join(s.text.split()) for s in document.sentences]
    assert flat == [
        "Cambodian leader Hun Sen on Friday rejected opposition demands that he talk in Beijing, "
        "saying the U.S. and the U.N. should stay out.",
        "Hun Sen's party won 64 of the 122 seats in July's elections.",
        "The opposition said Gen. Ke Kim Yan met them on Oct. 12 at 3 p.m.",
    ]
    assert [s.paragraph for s in document.sentences] == [0, 1, 1]


def test_indented_wire_paragraphs_without_blank_lines():
    text = (
        "   WASHINGTON _ The Senate voted 98-1 on Thursday to approve the\n"
        "measure, which now goes to the House.\n"
        "   The measure would cost $1.5 billion over five years, according to\n"
        "the Congressional Budget Office.\n"
    )
    assert [" ".join(p.split()) for p in kept(text)] == [
        "The Senate voted 98-1 on Thursday to approve the measure, which now goes to the House.",
        "The measure would cost $1.5 billion over five years, according to the Congressional Budget Office.",
    ]


def test_web_extraction_drops_bylines_captions_and_prompts():
    text = "\n\n".join(
        [
            "By Jane Smith, Reuters.",
            "Updated 23 December 2019",
            "Rescue workers search the rubble in Maarat al-Numan. (Photo: Reuters)",
            "At least nine civilians were killed in air strikes on Monday.",
            "Read more: Syria's war in numbers.",
            "Photo: A boy walks past the rubble of his home.",
            "Image caption Residents fled the town on foot.",
            "Print this article.",
            "Additional reporting by Tom Perry in Beirut; editing by Alison Williams.",
            "Your email address will not be published.",
            "The strikes hit a market, witnesses said.",
            "Share this article",
            "Subscribe to our newsletter.",
            "© 2019 Reuters. All rights reserved.",
        ]
    )
    assert kept(text) == [
        "At least nine civilians were killed in air strikes on Monday.",
        "The strikes hit a market, witnesses said.",
    ]


def test_credit_after_the_last_paragraph_is_trimmed_not_the_paragraph():
    text = "Fighting went on.\n\nThe toll rose to 170, the monitor said. - AFP"
    assert kept(text) == ["Fighting went on.", "The toll rose to 170, the monitor said."]


def test_one_story_per_line_layout():
    text = "The first paragraph ends here.\nThe second one too.\nAFP\n"
    assert kept(text) == ["The first paragraph ends here.", "The second one too."]


def test_non_latin_scripts_are_kept():
    text = (
        "Ο σεισμός ήταν ο μεγαλύτερος.\n\nقال المرصد إن القتال استمر.\n\nभूकंप बहुत बड़ा था।"
        '\n\nההצעה נקראת "הצעת REDD" והיא נדונה היום.'
    )
    assert len(kept(text)) == 4


def test_empty_and_blank_articles_have_no_sentences():
    assert prepare(Article(id="e", text="")).sentences == ()
    assert prepare(Article(id="b", text="  \n\n \t")).sentences == ()


def test_story_sentences_that_look_like_page_furniture_are_kept():
    story = [
        "Share prices fell 5 percent.",
        "The newsletter said 90 percent of the wreckage has been recovered.",
        "The girls sold cookies.",
        "Tap water was unsafe.",
        "Photographers were kept away from the site.",
        "Pictures showed the damage.",
        "By Monday, 40 had died.",
    ]
    assert kept("\n\n".join(story)) == story


def test_a_parenthesis_holding_a_sentence_is_story_not_a_credit():
    text = (
        "The scientists call it a meteor storm. (While visible in Asia, the storm will be obscured in North America.)"
        "\n\nMillions of particles will hit the atmosphere."
    )
    assert kept(text)[0].endswith("obscured in North America.)")


def test_sentences_without_a_final_mark_are_left_out_of_a_kept_paragraph():
    text = "Japan pledged 500 million dollars. Norway raised its pledge to 180 million USD\n\nSome lists end;"
    document = prepare(Article(id="a", text=text))
    assert [s.text for s in document.sentences] == ["Japan pledged 500 million dollars."]


def test_a_signed_quotation_keeps_the_quotation():
    text = '"You can\'t put a price on that but apparently the government can." - "Fiona"\n\nThe petition grew.'
    assert kept(text) == ['"You can\'t put a price on that but apparently the government can."', "The petition grew."]


def test_a_headline_above_a_date_line_is_left_out_even_when_it_ends_in_a_period():
    text = (
        "2005/01/08 Tsunami aid donations in 2005 deductible for 2004 in the U.S.\n\n"
        "Saturday, January 8, 2005\n\n"
        "U.S. citizens donating in 2005 may write off their donations.\n\n"
        "The law was signed in 2005."
    )
    assert kept(text) == ["U.S. citizens donating in 2005 may write off their donations.", "The law was signed in 2005."]


def test_date_lines_in_other_languages_mark_the_end_of_front_matter():
    text = "Ο σεισμός ήταν ο μεγαλύτερος.\n\nΠέμπτη, 19 Μαΐου 2005\n\nΣύμφωνα με νέες πληροφορίες, ήταν ο μεγαλύτερος."
    assert kept(text) == ["Σύμφωνα με νέες πληροφορίες, ήταν ο μεγαλύτερος."]


def test_credits_closing_the_sections_of_a_roundup_keep_their_sections():
    text = (
        "Rescue workers search the rubble in Idlib. (Photo: AFP)\n\n"
        "Air strikes killed nine civilians in Idlib on Monday, rescuers said.\n\n"
        "The toll is expected to rise. - AFP\n\n"
        "In Gaza, two people were wounded in clashes on Monday. - Reuters"
    )
    assert kept(text) == [
        "Air strikes killed nine civilians in Idlib on Monday, rescuers said.",
        "The toll is expected to rise.",
        "In Gaza, two people were wounded in clashes on Monday.",
    ]


def test_a_paragraph_that_runs_on_into_the_next_is_joined_to_it():
    text = (
        "The survivors asked for an inquiry on Monday.\n\n"
        'An anonymous survivor, writing on the website, says:\n\n"We were lucky to get out alive."\n\n'
        "Investigators said they would make provisional recommendations whenever they found a hazard,\n\n"
        "``but we have found none so far,'' an official said."
    )
    assert kept(text) == [
        "The survivors asked for an inquiry on Monday.",
        'An anonymous survivor, writing on the website, says:\n\n"We were lucky to get out alive."',
        "Investigators said they would make provisional recommendations whenever they found a hazard,\n\n"
        "``but we have found none so far,'' an official said.",
    ]
    sentences = [s.text for s in prepare(Article(id="a", text=text)).sentences]
    assert sentences[1] == 'An anonymous survivor, writing on the website, says:\n\n"We were lucky to get out alive."'


def test_labels_and_prompts_ending_in_a_colon_are_not_joined():
    text = "Photos:\n\nThe storm hit on Monday.\n\nRelated coverage:\n\nThe storm moved north on Tuesday."
    assert kept(text) == ["The storm hit on Monday.", "The storm moved north on Tuesday."]
