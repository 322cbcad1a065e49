import datetime as dt
import gzip
import json
import warnings

import pytest

from synopsis.errors import InputError, InputWarning
from synopsis.io.datasets import detect_format, read_clusters, read_summaries, sgml_text

SGML = """<DOC>
<DOCNO> APW19990304.0101 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 03/04/1999 10:15:00 </DATE_TIME>
<BODY>
<HEADLINE> Ferry sinks off the coast </HEADLINE>
<TEXT>
\t   HARBORTOWN (AP) _ A small ferry sank on Thursday
with twelve people on board, the coast guard said.
\t   All twelve were rescued by fishing boats &AMP; a navy launch.
</TEXT>
</BODY>
</DOC>
<DOC>
<DOCNO> NYT19990305.0202 </DOCNO>
<DATE_TIME> 1999-03-05 </DATE_TIME>
<TEXT>
<P>
The ferry that sank on Thursday
was twenty years old.
</P>
<P>
Its owner promised an inquiry.
</P>
</TEXT>
</DOC>
"""


def make_duc(root, model_name="D30001.M.100.T.A"):
    cluster = root / "docs" / "d30001t"
    cluster.mkdir(parents=True)
    (cluster / "APW19990304.0101").write_text(SGML)
    (root / "docs" / "d30002t").mkdir()
    (root / "docs" / "d30002t" / "XIE19990306.0003").write_text(
        "<DOC><DOCNO>XIE19990306.0003</DOCNO><TEXT>A second story.</TEXT></DOC>"
    )
    models = root / "models"
    models.mkdir()
    (models / model_name).write_text("A ferry sank; all twelve aboard were rescued.\n")
    (models / (model_name[:-1] + "B")).write_text("Twelve people were rescued from a ferry.\n")
    # Per-document abstracts share the folder in DUC and must not count as references.
    (models / "D30001.P.10.T.A.APW19990304.0101").write_text("not a multi-document summary")
    return root


def test_duc_layout_reads_clusters_articles_and_references(tmp_path):
    clusters = list(read_clusters(make_duc(tmp_path)))
    assert [c.id for c in clusters] == ["d30001t", "d30002t"]
    first = clusters[0]
    assert [a.id for a in first.articles] == ["APW19990304.0101", "NYT19990305.0202"]
    assert first.references == (
        "A ferry sank; all twelve aboard were rescued.",
        "Twelve people were rescued from a ferry.",
    )
    assert clusters[1].references == ()
    ap, nyt = first.articles
    assert ap.title == "Ferry sinks off the coast"
    assert ap.date == dt.date(1999, 3, 4)
    assert ap.source == "Associated Press"
    assert ap.text == (
        "HARBORTOWN (AP) _ A small ferry sank on Thursday with twelve people on board, the coast guard said."
        "\n\nAll twelve were rescued by fishing boats & a navy launch."
    )
    assert nyt.text == "The ferry that sank on Thursday was twenty years old.\n\nIts owner promised an inquiry."


def test_duc_references_match_lower_case_names(tmp_path):
    clusters = list(read_clusters(make_duc(tmp_path, "d30001.m.100.t.a"), fmt="duc"))
    assert len(clusters[0].references) == 2


def test_date_comes_from_date_time_when_docno_has_none(tmp_path):
    folder = tmp_path / "docs" / "c1"
    folder.mkdir(parents=True)
    (folder / "doc").write_text(
        "<DOC><DOCNO>WIRE-77</DOCNO><DATE_TIME>12/31/2001 09:00</DATE_TIME><TEXT>Text.</TEXT></DOC>"
    )
    (article,) = next(read_clusters(tmp_path)).articles
    assert article.date == dt.date(2001, 12, 31)


def test_blank_lines_separate_paragraphs_without_p_tags():
    assert sgml_text("One line\nwrapped.\n\nSecond <B>bold</B> one.") == "One line wrapped.\n\nSecond bold one."


def test_multinews_pairs_source_and_target_lines(tmp_path):
    (tmp_path / "test.src").write_text(
        "First report. NEWLINE_CHAR NEWLINE_CHAR Its second paragraph. story_separator_special_tag Second report.\n"
        "Raw release report one. ||||| Raw release report two.\n"
    )
    (tmp_path / "test.tgt").write_text("– The summary of one.\n– The summary of two.\n")
    clusters = list(read_clusters(tmp_path))
    assert detect_format(tmp_path) == "multinews"
    assert [c.id for c in clusters] == ["test-0", "test-1"]
    assert [a.text for a in clusters[0].articles] == ["First report.\n\nIts second paragraph.", "Second report."]
    assert clusters[0].references == ("The summary of one.",)
    assert len(clusters[1].articles) == 2
    # A .src file given alone finds its .tgt beside it.
    assert len(list(read_clusters(tmp_path / "test.src"))) == 2


def wcep_event(n):
    return {
        "id": 100 + n,
        "date": "2019-01-0%d" % (n + 1),
        "summary": f"Event {n} happened.",
        "articles": [
            {"title": "T", "text": f"Report on event {n}.", "time": "2019-01-02 10:00:00", "origin": "WCEP", "url": f"https://x/{n}"},
            {"title": "Empty", "text": "", "time": None},
        ],
    }


def test_wcep_jsonl_and_gzip(tmp_path):
    lines = "\n".join(json.dumps(wcep_event(n)) for n in range(2))
    (tmp_path / "test.jsonl").write_text(lines + "\n")
    with gzip.open(tmp_path / "val.jsonl.gz", "wt") as out:
        out.write(lines)
    clusters = list(read_clusters(tmp_path / "test.jsonl"))
    assert detect_format(tmp_path / "val.jsonl.gz") == "wcep"
    assert [c.id for c in clusters] == ["100", "101"]
    assert clusters[0].references == ("Event 0 happened.",)
    (article,) = clusters[0].articles  # the empty one is dropped
    assert article.date == dt.date(2019, 1, 2) and article.source == "WCEP" and article.url == "https://x/0"
    assert len(list(read_clusters(tmp_path / "val.jsonl.gz"))) == 2


def test_multiling_reads_one_language(tmp_path):
    sources = tmp_path / "SourceTexts"
    sources.mkdir()
    for doc in range(2):
        (sources / f"M000{doc}.english").write_text(f"2005/01/0{doc + 1} Title {doc}\n\nBody {doc}.\n")
        (sources / f"M000{doc}.french").write_text(f"2005/01/0{doc + 1} Titre {doc}\n\nCorps.\n")
    (sources / "M0010.english").write_text("2005/02/01 Other topic\n\nBody.\n")
    models = tmp_path / "Model_Summaries" / "English"
    models.mkdir(parents=True)
    (models / "M000.A.250").write_text("Summary A.")
    (models / "M000.B.250").write_text("Summary B.")
    clusters = list(read_clusters(tmp_path))
    assert [c.id for c in clusters] == ["M000", "M001"]
    assert [a.id for a in clusters[0].articles] == ["M0000", "M0001"]
    assert clusters[0].references == ("Summary A.", "Summary B.")
    first = clusters[0].articles[0]
    assert (first.title, first.date, first.language) == ("Title 0", dt.date(2005, 1, 1), "en")
    french = list(read_clusters(tmp_path, "multiling", language="french"))
    assert [c.id for c in french] == ["M000"] and french[0].articles[0].language == "fr"
    with pytest.raises(InputError, match="greek"):
        list(read_clusters(tmp_path, language="greek"))


def test_jsonl_clusters_and_a_bad_line(tmp_path):
    path = tmp_path / "clusters.jsonl"
    record = {"cluster_id": "c7", "documents": [{"doc_id": "a", "text": "Alpha."}, {"doc_id": "b", "text": "Beta."}], "references": ["Ref."]}
    path.write_text(json.dumps(record) + "\n{broken\n" + json.dumps({**record, "cluster_id": "c8"}) + "\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        clusters = list(read_clusters(path))
    assert [c.id for c in clusters] == ["c7", "c8"]
    assert [a.id for a in clusters[0].articles] == ["a", "b"] and clusters[0].references == ("Ref.",)
    assert any(issubclass(w.category, InputWarning) and ":2:" in str(w.message) for w in caught)


def test_unknown_layout_and_missing_path_are_input_errors(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(InputError, match="cannot tell"):
        read_clusters(tmp_path)
    with pytest.raises(InputError, match="no such"):
        read_clusters(tmp_path / "absent")
    with pytest.raises(InputError, match="unknown benchmark format"):
        read_clusters(tmp_path, fmt="rss")


def test_read_summaries_finds_cluster_files(tmp_path):
    (tmp_path / "d30001t.txt").write_text("One.\nTwo.\n")
    (tmp_path / "d30002t").write_text("Three.\n")
    assert read_summaries(tmp_path, ["d30001t", "d30002t", "d30003t"]) == {"d30001t": "One.\nTwo.\n", "d30002t": "Three.\n"}


def test_tac_layout_nests_document_sets_and_names_references_by_set(tmp_path):
    folder = tmp_path / "docs" / "D0801A" / "D0801A-A"
    folder.mkdir(parents=True)
    (folder / "AFP_ENG_20050101.0001").write_text(
        "<DOC id=\"AFP_ENG_20050101.0001\"><DOCNO>AFP_ENG_20050101.0001</DOCNO><TEXT><P>Story.</P></TEXT></DOC>"
    )
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "D0801-A.M.100.A.A").write_text("Reference.")
    (cluster,) = read_clusters(tmp_path)
    assert cluster.id == "D0801A" and cluster.references == ("Reference.",)
    assert cluster.articles[0].date == dt.date(2005, 1, 1) and cluster.articles[0].source == "Agence France-Presse"


def test_the_docs_folder_itself_is_read_with_the_references_beside_it(tmp_path):
    make_duc(tmp_path)
    assert detect_format(tmp_path / "docs") == "duc"
    clusters = list(read_clusters(tmp_path / "docs"))
    assert [c.id for c in clusters] == ["d30001t", "d30002t"] and len(clusters[0].references) == 2


def test_jsonl_clusters_with_fields_of_the_wrong_type_warn_and_go_on(tmp_path):
    feed = tmp_path / "clusters.jsonl"
    feed.write_text(
        '{"cluster_id": "c1", "documents": [{"doc_id": "a", "text": "Rebels took Kindu on Monday.", "date": 20190101},'
        ' 7, {"doc_id": "b", "text": 5}, {"doc_id": "c", "text": ""}], "references": [null, "Rebels took Kindu."]}\n'
    )
    with pytest.warns(InputWarning):
        (cluster,) = read_clusters(feed, "jsonl")
    assert [a.id for a in cluster.articles] == ["a"] and cluster.references == ("Rebels took Kindu.",)


def test_cluster_counts_come_from_names_and_lines_without_reading_the_clusters(tmp_path):
    from synopsis.io.datasets import count_clusters

    duc = make_duc(tmp_path / "duc")
    assert count_clusters(duc) == 2 == len(list(read_clusters(duc)))
    assert count_clusters(duc / "docs") == 2
    feed = tmp_path / "wcep.jsonl"
    feed.write_text("\n".join(json.dumps(wcep_event(n)) for n in range(3)) + "\n\n")
    assert count_clusters(feed) == 3
    with gzip.open(tmp_path / "val.jsonl.gz", "wt") as out:
        out.write(json.dumps(wcep_event(0)))
    assert count_clusters(tmp_path / "val.jsonl.gz") is None  # counting would decompress it twice
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "test.src").write_text("One. ||||| Two.\nThree.\n")
    (tmp_path / "news" / "test.tgt").write_text("Sum one.\nSum two.\n")
    assert count_clusters(tmp_path / "news") == 2
    sources = tmp_path / "ml" / "SourceTexts"
    sources.mkdir(parents=True)
    for name in ("M0000.english", "M0001.english", "M0010.english", "M0020.french"):
        (sources / name).write_text("2005/01/01 Title\n\nBody.\n")
    assert count_clusters(tmp_path / "ml") == 2
    assert count_clusters(tmp_path / "ml", language="french") == 1
    assert count_clusters(tmp_path / "missing") is None
