import datetime as dt
import os
import subprocess
import sys

import pytest

from synopsis.errors import InputError
from synopsis.model import Article, Document
from synopsis.similarity.duplicates import DuplicateIndex, mark_duplicates, shingle_hashes, tokens_are_words, words
from synopsis.text import tokens

STORY = (
    "Regime forces have seized dozens of towns and villages in northwest Syria from jihadists "
    "following days of violent clashes, fuelling an exodus of civilians, a war monitor said Sunday. "
    "The fresh advances in Idlib came as Russian warplanes continued to pummel the province's south, "
    "killing nine civilians who were trying to escape the flashpoint area on Sunday, the Britain-based "
    "Syrian Observatory for Human Rights said. The ground assault by loyalists of Syrian President "
    "Bashar al-Assad's regime brings them closer to capturing one of the largest urban centres in "
    "Syria's last major opposition bastion. Residents of the southern Idlib town flooded out of the "
    "area, fearing further advances, an AFP correspondent there said. According to the Observatory, "
    "more than 30,000 people had fled the flashpoint area in southern Idlib in recent days."
)


def document(id: str, text: str, date: dt.date | None = None) -> Document:
    return Document(article=Article(id=id, text=text, date=date), sentences=())


def test_exact_copy_is_a_duplicate_of_the_first():
    marked = mark_duplicates([document("a", STORY), document("b", STORY)])
    assert [d.duplicate_of for d in marked] == [None, "a"]


def test_copy_with_new_headline_and_credit_is_a_duplicate():
    copy = "Syria: thousands flee Idlib as Assad's forces advance\n\n" + STORY + "\n\n(c) AFP 2019"
    marked = mark_duplicates([document("a", STORY), document("b", copy)])
    assert marked[1].duplicate_of == "a"


def test_rewrite_sharing_a_paragraph_is_not_a_duplicate():
    first, rest = STORY.split(". The fresh", 1)
    rewrite = (
        first + ". Tens of thousands of people have fled the Maaret al-Numan region since December 16, "
        "following an uptick in air strikes, according to the United Nations. Thousands more are still "
        "trying to leave southern Idlib towards safer areas further north, but steady bombing has made "
        "the exit both dangerous and difficult, the UN says."
    )
    marked = mark_duplicates([document("a", STORY), document("b", rewrite)])
    assert marked[1].duplicate_of is None


def test_seed_reports_are_rewrites_not_copies(seeds):
    assert [d.duplicate_of for d in mark_duplicates(seeds)] == [None] * 5


def test_seed_copy_is_found_and_compared_on_kept_sentences(seeds, renamed):
    copy = renamed(seeds[2], "copy")
    marked = mark_duplicates([*seeds, copy])
    assert marked[-1].duplicate_of == seeds[2].id
    assert [d.duplicate_of for d in marked[:-1]] == [None] * 5


def test_the_earlier_dated_report_is_the_original():
    later = document("later", STORY, dt.date(2019, 12, 23))
    earlier = document("earlier", STORY + " AFP", dt.date(2019, 12, 22))
    assert [d.duplicate_of for d in mark_duplicates([later, earlier])] == ["earlier", None]


def test_without_every_date_input_order_decides():
    later = document("later", STORY, dt.date(2019, 12, 23))
    undated = document("undated", STORY)
    assert [d.duplicate_of for d in mark_duplicates([later, undated])] == [None, "later"]


def test_index_resolves_chains_to_the_first_report():
    index = DuplicateIndex()
    assert index.add("a", STORY) is None
    assert index.add("b", STORY + " Copyright AFP.") == "a"
    assert index.add("c", STORY + " Copyright AFP. All rights reserved.") == "a"
    assert index.original("c") == "a" and index.original("a") is None
    assert len(index) == 3 and "b" in index


def test_query_does_not_index():
    index = DuplicateIndex()
    index.add("a", STORY)
    assert index.query(STORY.upper()) == "a"
    assert len(index) == 1


def test_same_id_twice_is_an_input_error():
    index = DuplicateIndex()
    index.add("a", STORY)
    with pytest.raises(InputError, match="same id: a"):
        index.add("a", "another text entirely")


def test_texts_without_words_copy_nothing():
    index = DuplicateIndex()
    assert index.add("a", "") is None
    assert index.add("b", " ... ") is None


def test_short_texts_are_one_shingle():
    assert len(shingle_hashes(words("Three little words"), 5)) == 1
    assert len(shingle_hashes(words("one two three four five six"), 5)) == 2
    assert len(shingle_hashes([], 5)) == 0


def test_shingle_hashes_are_stable():
    # The same text must hash the same in every process: crc32, not hash().
    code = "from synopsis.similarity.duplicates import shingle_hashes; print(shingle_hashes(['a','b','c','d','e','f'], 5).tolist())"
    runs = {
        subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2")
    }
    assert runs == {str(shingle_hashes(["a", "b", "c", "d", "e", "f"], 5).tolist()) + "\n"}
    assert shingle_hashes(words("a b c d e"), 5).tolist() != shingle_hashes(words("a b c d f"), 5).tolist()


def test_minhash_estimates_the_jaccard_similarity_of_shingles():
    index = DuplicateIndex()
    halves = STORY.split(". ")
    for cut in (2, 4, 6):
        a, b = words(". ".join(halves[:cut + 2])), words(". ".join(halves[2:]))
        first, second = set(shingle_hashes(a, 5).tolist()), set(shingle_hashes(b, 5).tolist())
        true = len(first & second) / len(first | second)
        assert abs(index.minhash(a).jaccard(index.minhash(b)) - true) < 0.15


def test_sketches_of_a_batch_are_the_signatures_of_each_text():
    index = DuplicateIndex()
    texts = [STORY, "", "Three little words", STORY.upper() + " AFP", "one two three four five", "x"]
    for sketch, text in zip(index.sketches(texts), texts):
        alone = index.minhash(words(text))
        assert (sketch.signature is None) == (alone is None)
        assert alone is None or sketch.signature.hashvalues.tolist() == alone.hashvalues.tolist()
    assert index.add("a", index.sketches([STORY])[0]) is None
    assert index.add("b", STORY.upper()) == "a"
    assert index.query(index.sketches([STORY + " (AFP)"])[0]) == "a"


def test_a_sketch_carries_the_band_keys_of_its_signature():
    index = DuplicateIndex()
    sketch = index.sketches([STORY])[0]
    bands, rows = sketch.scheme
    values = sketch.signature.hashvalues
    assert bands * rows <= index.num_perm
    assert sketch.band_keys == tuple(values[i * rows : (i + 1) * rows].tobytes() for i in range(bands))


def test_a_sketch_made_for_another_band_scheme_still_finds_its_copy():
    looser = DuplicateIndex(threshold=0.5).sketches([STORY, STORY.replace("Sunday", "Monday")])
    index = DuplicateIndex(threshold=0.8)
    assert looser[0].scheme != index.sketches([STORY])[0].scheme
    assert index.add("a", STORY) is None
    assert index.add("b", looser[1]) == "a"


def test_curly_quotes_and_dashes_leave_the_words_of_an_ascii_text():
    # News sets its quotes and dashes in Unicode: such a text is split as fast as ASCII, into the same words.
    text = "The quake’s toll — 85 — rose, “officials” said\u00a0on Sunday… «Rescue» ‘teams’ – 3·5"
    assert tokens_are_words(text) and not tokens_are_words(text + " café") and not tokens_are_words("a_b ’")
    assert words(text) == tokens.words(text) == tokens._unicode_word().findall(text.lower())
    assert tokens.words(text) == tokens.words(text.replace("’", "'").replace("—", "-").replace("…", "..."))
    for mark in tokens._WORDLESS_MARKS:
        # With a letter no pattern reads as ASCII, the Unicode pattern splits the text as the ASCII one did.
        assert tokens.words(f"a{mark}b") == tokens.words(f"é a{mark}b")[1:] == ["a", "b"]
