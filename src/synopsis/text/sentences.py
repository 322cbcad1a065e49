"""Sentence splitting: nupunkt inside each paragraph, then a small post-pass for news.

nupunkt's default model (trained on legal text) gets most initials, decimals and
ellipses right. Two things adapt it to news: its abbreviation list is cut down to
the abbreviations of news copy (it also held ordinary words such as
"bombardment"), and a post-pass over its boundaries never leaves one inside a
quotation, rejoins titles, dates and acronyms it cut ("Lt. | Col.", "Jan. | 5",
"U.S. | Secretary"), keeps an attribution with its quoted question, and cuts
where it missed an end: after a time of day ("at 5 p.m. | Officials said"),
before a quotation opened with ``, after a Hindi, Arabic or CJK full stop.
"""

from __future__ import annotations

import bisect
import functools
import re

from synopsis.text.clean import strip_span

# Titles (and "vs.") that are never the last word of a sentence.
_TITLES = frozenset(
    "mr mrs ms dr gen gens sen sens rep reps gov lt col sgt capt cmdr adm maj brig prof rev fr st mt ft pres supt "
    "insp det hon messrs msgr const vs".split()
)
_TITLE_WORD = "|".join(sorted(t.capitalize() for t in _TITLES))
# A word that opens with a capital. The capital comes first and the word boundary after it, as a
# look-behind: a pattern that opens with a character class is scanned for it, two to three times faster.
_CAPITALISED = r"[A-Z](?<!\w[A-Z])[\w'’-]*"
# A title word without its period, followed as a name is ("Hun Sen said", "Hun Sen's"), not as a title.
_TITLE_AS_NAME = re.compile(rf"({_CAPITALISED}\s+(?:{_TITLE_WORD}))(?=['’]s\b|[,;:]|\s+[a-z])")
_TITLE_BEFORE_CAPITAL = re.compile(rf"({_CAPITALISED}\s+(?:{_TITLE_WORD}))\.\s+(?=[A-Z])")
_NAME_END = re.compile(r"([A-Z][\w'’-]*\s+[A-Z][a-z]+)\.$")
# Abbreviations that end no sentence when a figure follows: "Jan. 5", "No. 2".
_BEFORE_FIGURES = frozenset("jan feb mar apr aug sep sept oct nov dec no nos art vol".split())
_LAST_WORD = re.compile(r"(?:^|[\s(\"'“‘-])([A-Za-z]+)\.[\"'”’)]*$")
_INITIAL = re.compile(r"(?:^|[\s(])[A-Z]\.$")
# "U.S. | Secretary of State...": a fragment of a few words ending in an acronym opens the next sentence.
_ACRONYM_END = re.compile(r"(?:[A-Z]\.){2,}$")
_FRAGMENT_WORDS = 3
# '..."Where is the president?" Miller said.': the attribution after a quoted question is no sentence of its own.
_CLOSED_QUOTE = re.compile(r"(?:''|[\"”])$")
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w.'’-]*\s){1,3}(?:said|says|asked|asks|added|adds|replied|replies|responded|shouted|wrote)[.,]"
    r"|(?:said|says|asked|asks|added|replied|responded)\s(?:[A-Z][\w.'’-]*\s?){1,3}[.,]"
)
# "at 5 p.m. Officials said": a time of day, then a capital that opens a new sentence.
_TIME_OF_DAY = re.compile(
    r"\d\s?[ap]\.m\.\s+(?=[A-Z])(?!(?:Eastern|Central|Mountain|Pacific|Atlantic|GMT|UTC|[ECMP][SD]T|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# "...could win. ``He won't...": a quotation that opens a sentence, which nupunkt misses after `` marks.
_QUOTED_START = re.compile(r"[.!?][\"'”’]*\s+(?=(?:``|“)\s*[A-Z])")
# "...in Rancho Mirage, Calif. Police said": a state after its town closes a clause, here a sentence.
_STATE_END = re.compile(
    r",\s(?:[A-Z]-)?(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
    r"Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.\s+(?=[\"“]?[A-Z])"
)
# "...general manager in 2003. Cheeks was...": a figure that ends a sentence before a name nupunkt does not know.
_FIGURE_END = re.compile(r"\d(?<![\d.,]\d)\d+\.\s+(?=[A-Z][a-z])")  # a digit first, as with _CAPITALISED
# Sentence ends of other scripts, which nupunkt does not know: Hindi danda, Arabic question mark, CJK stops
# (full-width and half-width forms too); a full-width full stop also marks decimals ("３．５") and initials ("Ｕ．Ｓ．").
_SCRIPT_END = re.compile(
    r"(?:[।॥؟。｡！？\u037e]|(?<!(?<![Ａ-Ｚａ-ｚ])[Ａ-Ｚ])．(?![0-9０-９]))[\"'”’»)\]]*\s*(?=\S)"
)
# Quotation marks that open and close; a straight double quote does both, in turn.
_OPENING = ("“", "«", "„", "``")
_QUOTE = re.compile(r"``|''|[\"“”«»„]")
_LONGEST_QUOTATION = 500
_WINDOW = 80  # characters either side of a boundary that the rules look at


# The abbreviations of news copy (AP style): titles, months, states, firms, places.
# nupunkt's model, learned from legal text, also lists thousands of ordinary words
# ("bombardment", "rehab", "bank") that then never end a sentence; only these stay.
_NEWS_ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs mme dr drs prof rev hon pres gov govs sen sens rep reps gen gens lt col maj capt cmdr adm
    sgt cpl pvt brig supt insp det atty amb fr sr jr esq st msgr const
    jan feb mar apr jun jul aug sep sept oct nov dec tue tues wed thu thur thurs fri sat
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa
    tenn tex va vt wash wis wyo
    ave blvd rd mt ft hwy apt corp inc ltd co cos bros plc assn dept univ govt intl mfg
    vol vols vs etc approx est fig figs pp ed eds ca cf al
    """.split()
)


@functools.cache
def _tokenizer():
    import nupunkt

    tokenizer = nupunkt.load_default_model()
    for abbreviation in tokenizer.abbreviations:
        if len(abbreviation) > 1 and abbreviation.isalpha() and abbreviation not in _NEWS_ABBREVIATIONS:
            tokenizer.remove_abbreviation(abbreviation)
    return tokenizer


def split(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (one paragraph), as offsets into `text`, whitespace stripped."""
    end = len(text) if end is None else end
    paragraph = text[start:end]
    # Where each sentence but the first starts; span_tokenize copies no sentence text, as tokenize_with_spans does.
    bounds = [s for s, _ in _tokenizer().span_tokenize(paragraph)][1:]
    bounds = _repair(paragraph, bounds)
    spans = []
    for s, e in zip([0, *bounds], [*bounds, len(paragraph)]):
        s, e = strip_span(paragraph, s, e)
        if s < e:
            spans.append((start + s, start + e))
    return spans


def _repair(paragraph: str, bounds: list[int]) -> list[int]:
    """Drop the boundaries nupunkt got wrong on news and add the ones it missed."""
    quoted = quotation_spans(paragraph)
    added = [m.end() for rule in _missed_end_rules(paragraph) for m in rule.finditer(paragraph)]
    titled = [(m.end(), _name_key(m.group(1))) for m in _TITLE_BEFORE_CAPITAL.finditer(paragraph)]
    names = _titles_used_as_names(paragraph) if titled else frozenset()
    added += [at for at, name in titled if name in names]
    kept = []
    previous = 0
    for bound in sorted({*bounds, *added}):
        before = paragraph[max(previous, bound - _WINDOW) : bound].rstrip()
        after = paragraph[bound : bound + _WINDOW].lstrip()
        if _inside(bound, quoted) or _continues(before, after, names):
            continue
        kept.append(bound)
        previous = bound
    return kept


def _missed_end_rules(paragraph: str) -> list[re.Pattern]:
    """The rules for ends nupunkt misses that can apply here; most paragraphs need none of them."""
    rules = []
    if ".m." in paragraph:
        rules.append(_TIME_OF_DAY)
    if ", " in paragraph:
        rules.append(_STATE_END)
    rules.append(_FIGURE_END)
    if "``" in paragraph or "“" in paragraph:
        rules.append(_QUOTED_START)
    if not paragraph.isascii():
        rules.append(_SCRIPT_END)
    return rules


def _titles_used_as_names(paragraph: str) -> frozenset[str]:
    """Names the paragraph writes with a title word: after "Hun Sen said", "Hun Sen." can end a sentence."""
    return frozenset(_name_key(m.group(1)) for m in _TITLE_AS_NAME.finditer(paragraph))


def _name_key(name: str) -> str:
    return " ".join(name.split()).lower()


def _continues(before: str, after: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether the text after a boundary still belongs to the sentence before it."""
    if not after or not before:
        return True
    # A lower-case start continues the sentence; "iPhone" and its kind open a new one.
    if after[0].islower() and not after[1:2].isupper():
        return True
    # The end-anchored rules are searched in the few characters they can match, not the whole window.
    if _INITIAL.search(before[-3:]):
        return True
    if _ACRONYM_END.search(before[-4:]) and len(before.split()) <= _FRAGMENT_WORDS:
        return True
    if _CLOSED_QUOTE.search(before[-2:]) and _ATTRIBUTION.match(after):
        return True
    match = _LAST_WORD.search(before)
    if not match:
        return False
    word = match.group(1).lower()
    if word in _TITLES:
        name = _NAME_END.search(before)
        return not (name and _name_key(name.group(1)) in names)
    return word in _BEFORE_FIGURES and after[0].isdigit()


def quotation_spans(paragraph: str) -> list[tuple[int, int]]:
    """Spans (open, close) of the quotations that close within the paragraph, in order."""
    spans = []
    opened = None
    for match in _QUOTE.finditer(paragraph):
        mark, at = match.group(), match.start()
        if mark in _OPENING or (mark == '"' and opened is None):
            opened = at
        elif opened is not None:
            # A "quotation" longer than a speech excerpt is a mark paired wrongly.
            if at - opened <= _LONGEST_QUOTATION:
                spans.append((opened, at))
            opened = None
    return spans


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(spans, (position,)) - 1
    return i >= 0 and spans[i][0] < position <= spans[i][1]

