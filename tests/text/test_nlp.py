from synopsis.text.nlp import pipeline


def test_pipeline_loads_once_and_finds_entities():
    nlp = pipeline()
    assert pipeline() is nlp
    doc = nlp("Rami Abdul Rahman told AFP on Sunday that 30,000 people had fled.")
    labels = {ent.label_ for ent in doc.ents}
    assert {"PERSON", "DATE", "CARDINAL"} <= labels
