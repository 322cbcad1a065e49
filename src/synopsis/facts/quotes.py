"""Quotes and who said them, deduplicated across reports.

A quote is the text between double quotation marks in the kept sentences. Its
speaker comes, in this order, from the attribution right after it ('," said
Abu Akram', '," he told AFP'), from the words before it ('Abu Akram said: "',
'The UN has called for "...'), from the quote just before it when nothing else
is said (a quote split around its attribution, or carried on in the next
sentence), from "according to X", or from the sentence before when it reports
what someone said ("X said that ..."). A pronoun or a description ("the father of
five", "the governor") stands for the person named before the quote, the one
said to speak ("said Brian Levin, a professor at ...") before any other name and
a sentence's subject before a name later in it ("Castro had breakfast with King
Juan Carlos. He said ..."); a description is first matched to the person named
with its words ("the ambassador" after "Chile's ambassador, Mario Artaza"); a
surname alone stands for the full name the report gave. "An agency quoted X as
saying" gives X's words; a legislator's party and state (", R-Ariz.,") are no
part of the attribution; inside a sentence, words a body's statement put out are
the body's, and a relative clause's ("Judge Diallo, who denounced ... as "...""),
its antecedent's. A pronoun a sentence already used before naming anyone ("As far as
she is concerned, Slepian gave her ...") is someone named further back; a sentence whose
subject is described ("The pope mentioned this") stands for the one described; "the radio"
is the medium named before ("Tehran radio"); a named clause ending in a colon, a passive's
agent ("described as "..." by Salt Lake officials"), the first of two coordinated verbs'
subject and a relative clause's antecedent ("protesters who screamed") are who spoke. With no
verb of saying, a clause in marks is the words of the person or body whose verb it hangs on ("the
cabinet suspended ratification until there "is verification ...""); a term or a title in marks is no one's.
Someone introduced by description ("another industry expert suggested") is the person the next
sentence names, new to the report, with the next words ("..., said airline analyst Peter Tang").
"She" and "he" go to no one the report tells is of the other gender, by a title ("Mrs. Buckham") or a word beside
the name ("his wife, He Xintong"); "she" goes to the woman a sentence names before others, or to a word for a
woman there ("Xu's wife refused ...") as the report named her, or to no one.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from synopsis.facts.parsing import parse, token_at
from synopsis.model import Document, Quote, Span

_SPEECH = (
    r"(?:was|were|is|are)\s+quoted\s+as\s+(?:saying|telling\s+[\w\s]{1,40}?)|"
    r"said|says|say|told|tells|added|adds|asked|asks|stated|explained|wrote|writes|insisted|warned|"
    r"noted|declared|recalled|recounted|continued|urged|shouted|replied|cried|sobbed|admitted|"
    r"acknowledged|complained|pointed out|went on|stressed|emphasised|emphasized|argued|announced|"
    r"exclaimed|whispered|quipped|joked|jested|chanted|yelled|sang|remarked|conceded|countered|responded|"
    r"predicted|observed|commented|cautioned|boasted|bragged|maintained|contended|lamented|retorted|asserted|"
    r"reiterated|advised|suggested|reminded|screamed|wondered|concluded|put\s+it|"
    # the less common verbs of saying a wire story varies its attributions with
    r"proclaimed|crowed|vowed|pledged|pleaded|testified|mused|snapped|spoke\s+(?:of|about)|"
    # '"The sea destroyed everything on its way," El Rancahuaso reported.': a medium's account, not a passive's
    # "was also reported on a separate flight"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\salso\s)(?<!\bwere\salso\s)"
    r"report(?:ed|s)"
)
_QUOTE_MARK = re.compile(r"[\"“”`]|''")
# '``muzzled'' Hodler, as the Swiss official claimed': "as" and who said it, in the quote's sentence.
_AS_SAID = re.compile(
    # "as well as", "as soon as" and the like are not an attribution; a speaker never runs across another "as".
    rf"^['’]?(?:[^.;:!?\"“”`]{{0,60}}?,)?\s+as\s+(?!(?:well|soon|long|far|much|if|though)\b)"
    rf"(?P<speaker>(?:(?!as\b)[\w'’\u2024-]+\s+){{0,4}}?[\w'’\u2024-]+)\s+"
    rf"(?:(?:had|has|have|also|first)\s+)?(?:{_SPEECH}|claimed|alleged|put\s+it)\b"
)
# '," said Abu Akram' or '," said a young man who gave his name': the words after the verb.
# '," said, Becky Buell, Oxfam's Policy Director': a comma may follow the verb.
_AFTER_INVERTED = re.compile(rf"^['’]?[,.?!]?\s*(?:{_SPEECH}),?\s+(?P<speaker>[^.;:!?\"“”`]{{1,100}})")
# '," the father of five told AFP', '," Mubarak was quoted as saying'.
_AFTER_PLAIN = re.compile(
    rf"^['’]?[,.?!]?\s*(?P<speaker>[^\"“”`.;:!?]{{1,120}}?)\s+(?:also\s+|later\s+|then\s+)?(?:{_SPEECH})\b"
)
# '," Thorne Lay, professor of earth sciences and director of the Institute ... Santa Cruz said.': a name, then a
# description too long for the plain attribution, then the verb that ends the sentence.
_AFTER_NAME_DESCRIBED = re.compile(
    rf"^['’]?[,.?!]?\s*(?P<speaker>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}),\s+[^\"“”`.;:!?]{{1,300}}?\s+(?:{_SPEECH})\s*[.,]"
)
# "* AP - "confirmed death toll passed 121,000"": a list of sources, each named after its bullet and before a dash
# and its words; without the bullet, a name before a dash is a dateline or a place ('Paris — "The Da Vinci Code"').
DASH_SOURCE = re.compile(r"[*•]\s*(?P<speaker>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+[-–—]\s*$")
# '``...been'' with the dogs, Maj. Freddy Diaz Celaya said.': a few words close the quoted
# clause, then the attribution ends the sentence.
_AFTER_TAIL = re.compile(
    rf"^\s+[a-z][^\"“”`.;:!?,]{{0,50}},\s+(?P<speaker>[^\"“”`.;:!?,]{{1,80}}?)\s+(?:{_SPEECH})\s*(?:[.]|$)"
)
_ALL_CAPITALISED = re.compile(r"(?:[A-Z][\w.'’\u2024-]*\s+)*[A-Z][\w'’-]*")
# Where a speaker's description ends: "a young man who ...", "Abu Ismail said of ...".
_SPEAKER_END = re.compile(
    r",|\s(?:who|which|as|after|when|while|because|in|at|from|during|before|on|of|to|adding|speaking|close)\s"
)
# '...trust.'' he said.': a closing full stop, then only who said it.
_SHORT_ATTRIBUTION = re.compile(rf"^['’]?\s*(?:[Hh]e|[Ss]he|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}})\s+(?:{_SPEECH})[.,]")
_BEFORE = re.compile(
    # "the executives had added, ``...": the auxiliary is no part of who spoke
    rf"(?P<speaker>[A-Z][^\"“”`.;!?]{{0,80}}?|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|had|has|have|would|will)\s+)*(?:{_SPEECH})"
    rf"(?:\s+(?:AFP|AP|Reuters|reporters|journalists|the\s+\w+))?\s*[:,]?\s*$"
)
# "Mubarak said the two peoples should ... by ``supreme decrees''": the sayer earlier in the sentence.
_SAID_BEFORE = re.compile(
    # "a voter in Tehran's Enqelab Square, Saeid Kazami, 41, said": an age between the name and the verb
    # "There, it said, the men ...": a body's or a document's words, said of it
    rf"(?P<speaker>\b[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){{0,3}}|\b[Hh]e|\b[Ss]he|\bit)(?:,\s+\d{{1,3}},)?\s+"
    rf"(?:(?:also|later|then|again|had|has)\s+)?(?:{_SPEECH})\b"
)
# "Rajanews.com, a news website run by supporters of [Ahmadinejad said]": a name, then a description
# with no comma to close it before the name that ends it and the verb
_APPOSED_SAYER = re.compile(
    # "Sergio Barrientos, Director of University of Chile Seismologic Service said": a title of a body opens one too
    r"(?:^\s*|[.;:]\s+|,\s+)(?P<speaker>[A-Z][\w.'’-]*[\w'’](?:\s+[A-Z][\w.'’-]*[\w'’]){0,3}),\s+"
    r"(?:an?\s|the\s|(?:[A-Z][a-z]+\s+){1,2}(?:of|for)\s)[^,;:]{1,120}$"
)
# "a detective later said that": a described subject said to speak
_SAYING_DESCRIBED = re.compile(
    rf"\b(?P<speaker>(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>[a-z]+))\s+"
    rf"(?:(?:later|also|then|had|has)\s+)?(?:{_SPEECH})\b"
)
# "protesters who screamed, ``Be strong!''": the relative clause's antecedent spoke
_RELATIVE_SAYER = re.compile(
    r"(?:^|,\s+|\b(?:by|of|to|with|from|for|at|among|like|and)\s+)(?P<speaker>(?:(?:the|an?)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+who$"
)
# "in the words of one IMF official, ``...''": an account credited as "according to" credits it
_ACCORDING = re.compile(r"\b(?:according to|in the words of) (?P<speaker>[^,.;\"“”]{2,60})", re.IGNORECASE)
_PRONOUNS = {"he", "she", "him", "her"}
_PERSON_NOUNS = re.compile(
    r"\b(?:father|mother|man|woman|resident|son|daughter|husband|wife|widow|boy|girl|brother|sister|"
    r"grandfather|grandmother|farmer|teacher|doctor|nurse|driver|worker|student|survivor|governor|mayor|senator|"
    r"ambassador|leader|prosecutor|judge|minister|official|spokes(?:man|woman|person)|diplomat|envoy|commander|"
    r"lawyer|attorney|chairman|secretary|lawmaker|congressman|dissident|scientist|analyst|economist|activist|"
    r"negotiator|candidate|general|chief|monk|priest|bishop|archbishop|cardinal|pope|pontiff|cleric|rabbi|imam|officer|"
    # roles a report names one holder of: "House Speaker Newt Gingrich ... the speaker seemed unable"
    r"speaker|president|premier|chancellor|king|queen|prince|princess|director|manager|executive|coach|captain|"
    r"expert|professor|researcher|astronomer|witness|suspect|defendant|detective|inspector|sheriff|"
    # people a report meets in the street before it names them, if it ever does
    r"volunteer|shopper|villager|youth|bystander|vendor|merchant|shopkeeper|soldier|policeman|policewoman|guard|"
    r"pilot|passenger|refugee|victim|mourner|protester|demonstrator|neighbou?r|friend|relative|owner|employee|"
    r"journalist|reporter|engineer|mechanic|fisherman|nun|pastor|physician|surgeon|"
    r"[\w-]*year-old)\b",
    re.IGNORECASE,
)
# A phrase that sets the scene before a sentence's subject: "In his homily, the pope ...".
_SCENE = r"(?:(?:In|At|On|After|Before|During|While|When|As|But|And|Then|Later|Meanwhile)\b[^,]{0,60},\s+)"
# "Abu Akram", "Yasser Ibrahim al-Dandal", "Umm Abdo": names spaCy's small model may miss.
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}")
_TITLE = re.compile(r"Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Lt|Col|Maj|Capt|Gov|Pres|Prof|Jr|Sr|Rev|Fr|Sgt|Adm|Cmdr|Msgr")
_TITLE_DOT = re.compile(rf"\b({_TITLE.pattern})\.")
# Letters of names beyond English's: "Córdova", "Arévalo", "Acuña", "Çelik" (Latin-1 and Latin Extended-A; the
# second block mixes capitals and small letters, so it is allowed in both places).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
_LOWER = "a-zß-öø-ÿĀ-ž"
# "McLeod", "MacArthur", "DeLay", "LaHood", "O'Brien", "D'Alema" are one part of a name
_PART = rf"(?:[A-Z][a-z]{{1,2}}(?=[A-Z][a-z])|[OD]['’](?=[A-Z]))?[{_UPPER}][{_LOWER}’']+(?:-[{_UPPER}]?[{_LOWER}’']+)*"
# A middle or first initial: "Eleanor M. Fox", "J. Robin West" (not the "S." of "U.S.").
_INITIAL = r"(?<![.\w])[A-Z][.\u2024]?\s+"
# "King Carl XVI Gustaf", "John Paul II": a regnal number inside a name
_REGNAL = r"(?:I{2,3}|I?[VX]|[VX]I{1,3}|XI?V|XVI{1,3})(?!\w|\.\w)"
_OPENING_WORD = r"(?:As|For|With|To|From|By|Of|If|When|While|After|Before|Yet|So|Or|Then|Now|Still|Later|Earlier|Yesterday|Today|Tonight)\s"
_NAME = re.compile(
    # "As Barksdale's e-mail", "For Mafa Barbakh": a sentence's opening word is no part of the name after it
    rf"\b(?!{_OPENING_WORD})"
    rf"(?:(?:Abu|Umm|Um|Abou|Sheikh|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?(?:{_INITIAL})?{_PART}"
    rf"(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von)[-\s])?(?:{_INITIAL})?(?:{_PART}|{_REGNAL})){{1,5}}\b"
)
# '," declared North Korea's leading newspaper, Rodong Sinmun.': a description, then the name it describes.
_NAME_AFTER_DESCRIPTION = re.compile(
    # '," said one local resident, Omen Cola, to AFP': whom it was said to is no part of the name;
    # "Ohio's Housing Secretary, Ana Lopez", "his oldest brother, Ali, who worked there": a description in
    # capitals owns something, and a one-word name may close it before a clause about the person
    rf"^(?=[^,]*(?:\b[a-z]{{3,}}|['’]s\b))[^,]{{1,60}},\s+(?P<name>{_NAME.pattern}|{_PART})"
    rf"\s*(?:,?\s+to\s+[^,]{{1,30}})?(?:,\s+(?:who|a|an|the|whose)\s.*)?$"
)
# "said a young man who gave his name only as Karim": the name the person gave
_GAVE_NAME = re.compile(
    r"\bwho\s+(?:gave|identified)\s+(?:only\s+)?(?:his|her|himself|herself)\s+(?:(?:first|last|full)\s+)?"
    rf"(?:name\s+)?(?:only\s+)?(?:as\s+|,\s*)(?P<name>{_NAME.pattern}|{_PART})"
)
# "33-year-old Thamarong Kudpong made his wish: ``...'': a clause of a named subject ends in a colon before the quote
_COLON_INTRO = re.compile(rf"(?P<speaker>{_NAME.pattern}|\b[Hh]e|\b[Ss]he)\s+(?:[a-z][\w'’-]*\s+){{1,6}}[a-z][\w'’-]*:\s*$")
_COLON_DESCRIBED = re.compile(
    rf"\s*{_SCENE}?(?P<speaker>(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>[a-z]+))"
    r"\s+(?:[a-z][\w'’-]*\s+){1,6}[a-z][\w'’-]*:\s*$"
)
# What puts words out besides people: "the messages closed with the words:"
_WORDS_PUT_OUT = frozenset("statement message letter leaflet note communique declaration".split())


def _says_things(noun: str) -> bool:
    """A person ("protesters") or a document ("messages") that may say the words after a colon."""
    forms = {noun, noun[:-1] if noun.endswith("s") else noun, noun[:-2] if noun.endswith("es") else noun}
    return any(f in _WORDS_PUT_OUT or f in _PEOPLE or _PERSON_NOUNS.fullmatch(f) for f in forms)


# The full stop of an initial ends no sentence: "said Eleanor M. Fox, a professor"; it is held as a
# one-dot leader while attributions are read, and given back in the speaker's name.
_KEPT_DOT = "\u2024"
_INITIAL_DOT = re.compile(r"(?<![.\w])([A-Z])\.(?=\s+[A-Z][a-z])")
# A name after "in", "from", "near" is a place the person went, not the person.
_PLACE_BEFORE = re.compile(
    # "according to Director Nir Yarkoni" is a person's account, no place
    r"\b(?:in|at|from|(?<!according\s)to|near|into|towards|of|outside|inside|across|over|the)\s+$", re.IGNORECASE
)
# "...", “...”, and the wire services' ``...'' and ''...''; an opening mark left open runs to the paragraph's end.
_QUOTE = re.compile(
    # a straight mark may be closed by a curly one: '"In some villages ... survived,” said'
    # a wire quote opened again before it closes ("``We were horsing around.' That evening, ... ``He never ...''", a
    # paragraph of a long quote left open as wires do) ends with the sentence or the clause before the next one
    # opens, which is read on its own; one that runs on into a sentence that opens another is no quote
    r"\"(?P<straight>[^\"”]{2,}?)[\"”]|“(?P<curly>[^”]{2,}?)”"
    r"|(?:``|'')(?P<wire>(?:(?!``).){2,}?)(?:''(?!\w)|(?:(?<=[.?!,:])|(?<=[.?!,]['’]))(?=\s+``))"
    r"|(?:[\"“]|``)(?P<open>[^\"“”`]{2,})$",
    re.S,
)
_GROUPS = ("straight", "curly", "wire", "open")


@dataclass(frozen=True)
class QuoteMention:
    """One quote as one report gives it: the words inside the marks and who said them."""

    doc: str
    text: str
    span: Span
    speaker: str | None


class _Parses(dict):
    """Parses made on first need: most attributions are found by pattern, few need the parser."""

    def __missing__(self, text: str):
        self[text] = parse([text])[text]
        return self[text]


class _Wanted(dict):
    """A dry run's parses: records which sentences the attributions need, parses none."""

    def __init__(self, known: dict):
        super().__init__(known)
        self.wanted: list[str] = []

    def __missing__(self, text: str):
        self.wanted.append(text)
        return None


def sentence_texts(documents: Sequence[Document], parses: dict | None = None) -> list[str]:
    """The sentences whose quotes only the parser can attribute (`parses` holds those already parsed)."""
    dry_run = _Wanted(parses or {})
    for document in documents:
        quote_mentions(document, dry_run)
    return list(dict.fromkeys(dry_run.wanted))


def quotes(documents: Sequence[Document], parses: dict | None = None) -> list[Quote]:
    """The quotes of all reports, one Quote per thing said, most widely carried first."""
    parses = _Parses(parses or {})
    mentions = [m for document in documents for m in quote_mentions(document, parses)]
    return merge(m for m in mentions if m.speaker)


def quote_mentions(document: Document, parses: dict | None = None) -> list[QuoteMention]:
    """The quotes of one report, each with its speaker when the report says who spoke."""
    text = document.article.text
    found = []
    for block_start, block_end, sentences in _blocks(document):
        for match in _QUOTE.finditer(text, block_start, block_end):
            group = next(g for g in _GROUPS if match.group(g))
            found.append((match, group, sentences))
    parses = _Parses() if parses is None else parses
    mentions: list[QuoteMention] = []
    previous_end = -1
    for match, group, sentences in found:
        start, end = match.start(group), match.end(group)
        inner = text[start:end].rstrip(" ,")
        speakers = [m.speaker for m in mentions if m.speaker]
        speaker = _speaker(document, match, sentences, parses, speakers)
        speaker = speaker.replace(_KEPT_DOT, ".") if speaker else speaker
        if speaker is None:
            speaker = _reported_before(document, match.start(), speakers, previous_end)
        if speaker is None and mentions and start - previous_end < 200 and _carries_on(document, match.start(), previous_end):
            speaker = mentions[-1].speaker  # a quote carried on past its attribution
        # A name the wire broke across lines ("Abu\n   Akram") is one name.
        speaker = " ".join(speaker.split()) if speaker else speaker
        mentions.append(QuoteMention(document.id, inner, Span(document.id, start, start + len(inner)), speaker))
        previous_end = match.end()
    return mentions


def _carries_on(document: Document, at: int, previous_end: int) -> bool:
    """A quote goes on with the quote before it when it shares that quote's sentence, opens its own, or
    follows a pronoun's "he added":
    "But the parliament voted to introduce the measure "..."" is the parliament's words, not the last speaker's."""
    sentence = _sentence_at(document, at)
    if sentence is None:
        return True
    start = document.sentences[sentence].start
    before = document.article.text[start:at]
    # "But, he added, he preferred ... "...": a pronoun that says it is the last speaker
    return start < previous_end or not before.strip(" `'\"“") or _PRONOUN_SAYS.search(_unquoted(before)) is not None


def _sentence_at(document: Document, at: int) -> int | None:
    return next((i for i, s in enumerate(document.sentences) if s.start <= at < s.end), None)


def _reported_before(document: Document, at: int, speakers: list[str], previous_end: int = -1) -> str | None:
    """A quote that opens its sentence, after a sentence reporting what someone said ("Clinton said
    in Cleveland that Republicans had bragged to him. "They tell me ..."), is that person's; so is one
    right after a quote of someone else, when such a sentence stands between them (`previous_end`)."""
    sentence = _sentence_at(document, at)
    if not sentence or document.article.text[document.sentences[sentence].start : at].strip(" `'\"“"):
        return None
    previous = document.sentences[sentence - 1]
    if previous.start < previous_end:
        return None  # the sentence before holds the last quote: this one goes on with it
    reported = _REPORTED.match(_without_dots(_unquoted(previous.text)))
    if not reported or _common_noun(reported.group("speaker"), document.article.text):
        return None  # "Relatives say that ...": a noun that opens the sentence, not one person
    if reported.group("speaker").lower() in _PRONOUNS and _NARRATES.match(document.article.text[at : at + 200].lstrip(" `'\"“")):
        # "He told El Rancahuaso there were 25 people. "Right after the quake, he noticed ...": words that tell of
        # him are not his, but those of whom he told, when a name says who that is
        told = _TOLD_NAME.match(previous.text[reported.end("speaker") :])
        return told.group("name") if told else None
    return _resolve(reported.group("speaker"), document, previous.start, speakers)


# A quote that tells of someone as "he" or "she" in its first clause: "Right after the quake, he noticed".
_NARRATES = re.compile(r"(?:[^,.;!?\"”']{0,60},\s+)?(?:he|she)\s+(?!said|says)[a-z]+", re.IGNORECASE)
# "He told El Rancahuaso there were ...": the name someone told
_TOLD_NAME = re.compile(rf"\s+(?:also\s+)?told\s+(?P<name>{_NAME.pattern}|{_PART})\b")


# "Clinton said in Cleveland that ...", "The minister told reporters that ...": the sentence reports speech.
_REPORTED = re.compile(
    # "At a meeting with the bishops, John Paul II reminded church leaders to keep followers in line."
    r"^(?:(?:In|At|On|After|Before|During|While|When|Later|Earlier)\b[^,]{0,80},\s+)?"
    # "Hassan Omar, a negotiator, said the authority condemned it": a description between, a clause after
    rf"(?P<speaker>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}|[Hh]e|[Ss]he)(?:,[^,.;\"“”`]{{1,80}},)?\s+(?:also\s+)?"
    rf"(?:{_SPEECH})\b[^.;]*?(?:\b(?:that|to)\b|\s(?:the|an?|his|her|their|its|it|they|he|she)\s)"
)


def _blocks(document: Document):
    """Runs of kept sentences in one paragraph, as (start, end, sentences) of the original text."""
    blocks, current = [], []
    for sentence in document.sentences:
        if current and (sentence.paragraph != current[-1].paragraph):
            blocks.append(current)
            current = []
        current.append(sentence)
    if current:
        blocks.append(current)
    return [(b[0].start, b[-1].end, b) for b in blocks]


def _speaker(document: Document, match: re.Match, sentences, parses, speakers: list[str]) -> str | None:
    """Who said the quote at `match`; `speakers` are those of the report's earlier quotes."""
    text = document.article.text
    sentence = next((s for s in sentences if s.start <= match.start() < s.end), sentences[0])
    after = text[match.end() : sentence.end if sentence.end > match.end() else match.end() + 120]
    after = _attribution(after)
    inner = match.group("straight") or match.group("curly") or match.group("wire") or ""
    lead = text[sentence.start : match.start()]
    # the scans below run on every quote: each is tried only when its key word is there
    relative = _NAME_WHO.search(_unquoted(_attribution(lead))) if " who " in lead else None
    if relative:
        # "Sam Rainsy, who earlier called the statement ``full of loopholes,'' asked ...": the clause's own words
        return _resolve(relative.group("speaker"), document, match.start(), speakers)
    # '"...," X said': the attribution follows a quote that ends in a comma or a question
    if match.group("open") is None and (
        inner.rstrip()[-1:] in ",?!" or after.startswith(",") or _SHORT_ATTRIBUTION.match(after)
        or _SAID_NAME.match(after) or _DESCRIBED_SAID.match(after)
    ):
        inverted = _AFTER_INVERTED.match(after)
        named = inverted or _AFTER_PLAIN.match(after) or _AFTER_NAME_DESCRIBED.match(after)
        if named and not _QUOTE_MARK.search(named.group("speaker")) and not _NO_SPEAKER.match(named.group("speaker")):
            speaker = named.group("speaker")
            if inverted:
                appended = _NAME_AFTER_DESCRIPTION.match(speaker) or _GAVE_NAME.search(speaker)
                if appended and " " not in appended.group("name") and _NOT_A_NAME.match(appended.group("name")):
                    appended = None  # "said the minister, Monday": a day, no name
                # "said University of Sao Paulo political scientist Eduardo Kugelmas": the name that ends the description
                head = speaker.split(",")[0]
                ending = _NAME_ENDING.search(head) if re.search(r"\b[a-z]", head) else None
                if ending and (
                    not _ROLE_BEFORE.search(head[: ending.start()]) or _IN_THE.search(head[: ending.start()])
                ):
                    ending = None  # "Amimo Agola of the Bomb Relief Support Unit": a body after "the", not a person
                if appended:
                    speaker = appended.group("name")
                elif ending and not _NOT_A_PERSON.search(ending.group()):
                    speaker = ending.group()
                else:
                    paper = _PIECE_IN_PAPER.match(speaker)
                    # "said an editorial Saturday in the Greek daily Eleftherotypia": the paper that ran it
                    issuer = paper or _ISSUED_BY.match(speaker)
                    # "said a statement from the Foreign Ministry": the body that put the document out
                    speaker = _SPEAKER_END.split((issuer.group("speaker") if issuer else speaker) + " ", maxsplit=1)[0]
            return _resolve(speaker, document, match.start(), speakers)
    opens = not text[sentence.start : match.start()].strip(" `'\"“")
    closing = _CLOSING_SAYER.search(after) if opens and match.group("open") is None and _reads_as_speech(match) else None
    if closing:
        # '"British leaders have miscalculated ..." if we are faced with "fuss ...," added Larijani.': the
        # attribution that closes the sentence's last quote names who said all of it
        return _resolve(closing.group("speaker"), document, match.start(), speakers)
    as_said = _AS_SAID.match(after) if match.group("open") is None else None
    if as_said and not _NO_SPEAKER.match(as_said.group("speaker")):
        # '``muzzled'' Hodler, as the Swiss official claimed': the clause after the quote names who said it
        return _resolve(as_said.group("speaker"), document, match.start(), speakers)
    tail = _AFTER_TAIL.match(after) if match.group("open") is None else None
    agent = _BY_AGENT.match(after) if _NAMED_AS.search(text[sentence.start : match.start()]) else None
    if agent is None and _PASSIVE_SAID.search(text[sentence.start : match.start()]):
        # 'waters were reported as "visibly receding" at 11:30 AM by Hawaii News Now': the agent of the passive
        agent = _LATER_AGENT.match(after)
    if agent:
        return _resolve(agent.group("speaker"), document, match.start(), speakers)
    if tail:
        return _resolve(tail.group("speaker"), document, match.start(), speakers)
    before = _attribution(text[sentence.start : match.start()])
    dashed = DASH_SOURCE.search(before)
    if dashed:
        return _resolve(dashed.group("speaker"), document, match.start(), speakers)
    voiced = _EXPRESSED_BY.search(_unquoted(before)) if " by " in before else None
    if voiced:
        return _resolve(voiced.group("speaker"), document, match.start(), speakers)
    adding = _SAID_ADDING.search(_unquoted(before)) if " adding" in before else None
    if adding:
        # "..., the statement said, adding the rate would be kept ``for the foreseeable future''": the sayer adds it
        return _resolve(adding.group("speaker"), document, match.start(), speakers)
    aside = _ASIDE_SAYER.search(_unquoted(before)) if " sa" in before else None
    if aside:
        # "Anwar, says the prime minister, is ``despicable''": the attribution set inside the sentence
        return _resolve(aside.group("speaker"), document, match.start(), speakers)
    # "``...,'' he said, ``and ...'': the words of the quote before are no attribution of this one
    named = _BEFORE.search(_unquoted(before))
    if named and re.search(r"\s(?:and|but)(?:\s+(?:then|later|also))?$", named.group("speaker")):
        named = None  # "Hodler, when pressed, covered his mouth and then said": the first verb's subject, from the parse
    if named and named.group("speaker").endswith(" who"):
        relative = _RELATIVE_SAYER.search(named.group("speaker"))
        if relative:
            return _resolve(relative.group("speaker"), document, match.start(), speakers)
    colon = _COLON_INTRO.search(_unquoted(before)) if not named else None
    if colon and (colon.group("speaker").lower() in _PRONOUNS or not _NOT_A_NAME.match(colon.group("speaker"))):
        speaker = _apposed_sayer(before[: colon.start("speaker")]) or colon.group("speaker")
        return _resolve(speaker, document, match.start(), speakers)
    described = _COLON_DESCRIBED.match(_unquoted(before)) if not named else None
    if described and _says_things(described.group("head")):
        # "The messages closed with the words:", "One protester shouted:": a described subject's clause ends in a colon
        return _resolve(described.group("speaker"), document, match.start(), speakers)
    if named:
        # "In a statement provided by Tim Pendry, his adviser, Idris said:": the sayer is the last part
        # "Her role in the campaign, she said, ``...": the pronoun after the last comma
        parts = re.split(r",\s+(?=[A-Z]|(?:he|she|they)$)", _INTRODUCTORY.sub("", named.group("speaker")))
        speaker = parts[-1]
        if len(parts) > 1 and _DESCRIBED_ROLE.search(speaker) and _NAME.fullmatch(parts[-2]):
            # "Marc Garlasco, Human Rights Watch military analyst, said": the name the description describes
            speaker = parts[-2]
        speaker = re.sub(r"^.*\s(?=(?:he|she)$)", "", speaker)  # "Asked if he might resign he said": the pronoun
        return _resolve(speaker, document, match.start(), speakers)
    if before.strip():
        issuer = _ISSUED_BY.match(before)
        if issuer and re.match(rf"[^.;:!?]*?\b(?:{_SPEECH})\b", before[issuer.end() :]):
            # "A leaflet signed by the group and faxed to Reuters said": the signer, not whom it was sent to
            return _resolve(issuer.group("speaker"), document, match.start(), speakers)
        said = list(_SAID_BEFORE.finditer(before))
        apposed = _apposed_sayer(before[: said[-1].start("speaker")]) if said else None
        if apposed:
            return _resolve(apposed, document, match.start(), speakers)
        if said:
            sayer = _someone_described(before[: said[-1].end("speaker")]) or _sayer_of_place(before, said[-1])
            return _resolve(sayer, document, match.start(), speakers)
        # "according to Iranian law" inside someone's words attributes nothing
        according = _ACCORDING.search(_unquoted(sentence.text))
        described = _SAYING_DESCRIBED.search(_unquoted(before)) if according else None
        issuer = None
        if according and _DOCUMENT_PUT_OUT.search(_unquoted(before)[according.end() :]):
            # "According to Reuters, the United Kingdom is circulating a draft statement ``deploring'' ...": the
            # agency reports on a document whose words are its issuer's
            group = next(g for g in _GROUPS if match.group(g))
            inner = (match.start(group) - sentence.start, match.end(group) - sentence.start)
            issuer = _subject_of_quote(parses[sentence.text], match.start() - sentence.start, inner)
        if issuer:
            return _resolve(issuer, document, match.start(), speakers)
        if described and _says_things(described.group("head")):
            # "a detective later said that ... ``serious'' ..., according to the Interfax news agency": the agency
            # reports what the detective said
            return _resolve(described.group("speaker"), document, match.start(), speakers)
        if according:
            return _strip_article(according.group("speaker"))
        for_whom = _FOR_WHOM.match(before)
        if for_whom and _names(for_whom.group("speaker")) + re.findall(rf"\b{_PART}$", for_whom.group("speaker")):
            return _resolve(for_whom.group("speaker"), document, match.start(), speakers)
        group = next(g for g in _GROUPS if match.group(g))
        inner = (match.start(group) - sentence.start, match.end(group) - sentence.start)
        subject = _subject_of_quote(parses[sentence.text], match.start() - sentence.start, inner)
        if subject:
            return _resolve(subject, document, match.start(), speakers)
    return None


# '... with "fuss, and wrong behavior from Britain," added Larijani.': a later quote of the sentence, closed by a
# comma, then the verb and a name that end the sentence
_CLOSING_SAYER = re.compile(
    rf"^[^\"“”`]*(?:``|[\"“])[^\"“”`]+[,?!](?:''|[\"”])\s*(?:{_SPEECH})\s+(?P<speaker>{_NAME.pattern}|{_PART})\s*[.!]?\s*$"
)
def _reads_as_speech(match: re.Match) -> bool:
    """Words in marks read as speech when they run to four words or close on their own stop or comma; fewer
    are a term or a title ('"Mad cow" disease', '"The Da Vinci Code" topped the charts')."""
    words = next(match.group(g) for g in _GROUPS if match.group(g)).strip()
    return len(words.split()) >= 4 or words[-1:] in ",.?!"


# '`` ...'' said Rep. Mark Souder': an inverted attribution right after the closing mark, with no comma
_SAID_NAME = re.compile(rf"^\s*(?:{_SPEECH})\s+(?:[A-Z]|(?:the|an?|one|another|his|her|their|its)\s)")
# '"described as ``humanitarian aid'' by Salt Lake officials': the passive's agent named it
_NAMED_AS = re.compile(r"\b(?:described|called|termed|dubbed|labell?ed|branded|denounced|hailed)\s+(?:as\s+)?(?:``|[\"“])?$")
_BY_AGENT = re.compile(
    r"^['’]?,?\s+by\s+(?P<speaker>[^,.;:_\"“”`]{2,60}?)(?=\s*(?:[,.;:_]|\s(?:who|which|that|in|on|at|and|as)\s|$))"
)
# '``...,'' and said it was': a conjunction or a relative word is no speaker
# '", when he was asked': a clause that opens with its own conjunction says no one
# A passive verb of saying that the quote completes: "were reported as", "was quoted as".
_PASSIVE_SAID = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:reported|quoted|described)\s+as\s*(?:``|[\"“])?$")
# Its agent, later in the sentence: "... at 11:30 AM local time (21.30 UTC) by Hawaii News Now."
_LATER_AGENT = re.compile(
    r"^[^;!?\"“”`]{0,80}?\bby\s+(?P<speaker>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?=\s*(?:[,.;:]|$))"
)
# "...?'' But no one said": the next sentence's conjunction, capitalised, opens no speaker either
_NO_SPEAKER = re.compile(
    r"^\s*(?:and|but|or|then|so|as|who|which|that|while|when|if|because|although|though|after|before|since|until|where)\b",
    re.IGNORECASE,
)
# A name at the end of an attribution's description.
_NAME_ENDING = re.compile(rf"(?<![\w.\u2024])(?:[{_UPPER}][{_LOWER}’'-]+\s+)+(?:[A-Z][\u2024.]?\s+)?[{_UPPER}][{_LOWER}’'-]+$")
# A role right before a name: "political scientist Eduardo Kugelmas", not "of the Bomb Relief Unit".
_ROLE_BEFORE = re.compile(r"\b(?!(?:the|of|at|for|in|from|and|a|an|to|with|by|on)\s)[a-z]{3,}\s+$")
# "a KLA statement printed in the daily Koha Ditore": a name set in a place or a body, not who spoke
_IN_THE = re.compile(r"\b(?:in|at|by|of|from|for|on)\s+the\b")
# ", R-Ariz.," after a legislator's name: a party and a state, no part of who spoke
_PARTY_STATE = re.compile(r",\s+[RDI]-(?:(?:[A-Z]\.){1,2}|[A-Z][a-z]{1,6}\.?)(?=[\s,])")
# "the Bernama news agency quoted Mahathir as saying": the one quoted spoke
_QUOTED_AS = re.compile(
    # not "X was quoted Saturday by the daily Hurriyet as saying": there X spoke, and the speech patterns say so
    r"[^\"“”`.;:!?,]{0,60}?(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)\bquoted\s+"
    # "quoted Warawut Sumon, head of the technical committee, as saying": the description is no part of the name
    r"(?P<speaker>(?:(?!\bas\b)[^\"“”`.;:!?,]){1,60}?)(?:,[^\"“”`.;:!?,]{1,80},)?\s+as\s+"
    r"(?:saying|asking|telling\b[^,.;:\"“”`]{0,40}?)(?=\W|$)"
)
# "quoted him Sunday as saying": the day dates the quoting, it is no part of who spoke
_DAY_AFTER = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+\w+)$"
)


# "a statement from the Foreign Ministry", "A leaflet signed by the group": a document and who put it out
_ISSUED_BY = re.compile(
    r"\s*(?:(?:In|At|On|But|And|Meanwhile)\b[^,]{0,60},\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:statement|leaflet|letter|communique|declaration|message|announcement|memo|report|notice|note|fax)s?\s+"
    r"(?:(?:signed|issued|released|sent|put\s+out)\s+)?(?:by|from)\s+"
    r"(?P<speaker>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*?(?:[A-Z][\w'’.-]*|[a-z]+))(?=\s*(?:,|$|\s(?:and|in|to|on|at|which|that|who)\b))"
)


# "an editorial Saturday in the Greek daily Eleftherotypia": a piece a named paper ran, told with its day
_PIECE_IN_PAPER = re.compile(
    r"\s*(?:an?|the)\s+(?:[a-z]+\s+)?(?:editorial|commentary|article|column|report)\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:daily|newspaper|paper|weekly|magazine|journal)\s+(?P<speaker>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def _apposed_sayer(before_name: str) -> str | None:
    """The name before a description the writer left unclosed, when the name that ends the description
    is said to speak: "Frank Ciacco, a former expert for the [National Transportation Safety Board said]"."""
    apposed = _APPOSED_SAYER.search(_unquoted(before_name))
    # "Also, a lawyer of CIPFG said": an opening word before a comma names no one
    return apposed.group("speaker") if apposed and not _NOT_A_NAME.match(apposed.group("speaker")) else None


def _attribution(text: str) -> str:
    """Words around a quote made ready for the attribution patterns: no dots of titles and initials,
    no party and state after a name, and "X quoted Y as saying" as "Y said"."""
    text = _without_dots(_PARTY_STATE.sub("", text))
    if "quoted" not in text:
        return text  # the scan for "quoted ... as saying" is the costly part, and rarely needed
    return _QUOTED_AS.sub(lambda m: f" {_DAY_AFTER.sub('', m.group('speaker'))} said", text)


# "Hun Sen's ruling party": a full name owning a description in small letters
_OWNED_BY_NAME = re.compile(rf"(?:the\s+)?{_NAME.pattern}['’]s(?:\s+[a-z][\w-]*){{1,3}}")
# "``...'' a senior Indonesian official concluded recently.": a described sayer right after the mark, no comma
_DESCRIBED_SAID = re.compile(
    rf"^\s+(?:an?|the|one|another)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_SPEECH})(?:\s+[a-z]+ly)?\s*[.,]"
)
# "the statement said, adding": who said the first clause adds the second's words
_SAID_ADDING = re.compile(
    rf"(?:^|[,.;]\s+|\s{{2,}})(?P<speaker>(?:the|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|{_NAME.pattern}|{_PART}|[Hh]e|[Ss]he|it)"
    rf"\s+(?:{_SPEECH}),?\s+adding\b[^.;:!?\"“”`]*$"
)
# "the fear expressed by one Western diplomat is of a ``downward spiral''": the passive's agent voiced the words
_EXPRESSED_BY = re.compile(
    r"\b(?:expressed|voiced|uttered)\s+by\s+(?P<speaker>[^,.;:!?\"“”`]{2,50}?)"
    r"\s+(?:is|was|are|were|has|had)\b[^.;:!?\"“”`]{0,40}$"
)
# "X, who earlier called ...": a relative clause on a name, still open where the quote begins
# (not "Lin Miaoke, who performed ``Ode to the Motherland'': a clause that says or names nothing quotes no one)
_NAME_WHO = re.compile(
    rf"(?P<speaker>{_NAME.pattern}),\s+who\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?:{_SPEECH}|called|described|termed|dubbed|branded|labell?ed|denounced|hailed)\b[^,.;:!?\"“”`]*$"
)
# "Anwar, says the prime minister, is": an attribution set between commas, the sentence running on after it
# (not "X, said at a news conference, ``...'': there the words after the verb are no one)
_ASIDE_SAYER = re.compile(
    rf",\s+(?:says|said)\s+(?P<speaker>(?:the|his|her|their|its|an?|one)\s+[^,.;:!?\"“”`]{{2,60}}?|{_NAME.pattern}|{_PART}),"
    rf"\s+[^.;:!?\"“”`]{{0,120}}$"
)
# A description that ends in a role in small letters: "Human Rights Watch military analyst", "New York's
# senator-elect"
_DESCRIBED_ROLE = re.compile(r"\s[a-z][\w-]*,?$")
# "For union leader Felicio, the swap ``is a clear sign of despair''": the view is that person's
_FOR_WHOM = re.compile(r"^\s*For\s+(?P<speaker>[^,]{1,60}?),\s")
# "Warming up the crowd, a comedian jested:", "In a speech, the minister said:": the phrase that sets the scene
_INTRODUCTORY = re.compile(r"^(?:(?:In|At|On|After|Before|During|While|When|As|Outside|Inside)\s|[A-Z][a-z]+ing\s)[^,]*,\s+")


def _without_dots(text: str) -> str:
    """The text with the full stops of titles, abbreviations and initials taken out, the same length
    but for those: "Ms. Bahl", "U.S.", "Eleanor M. Fox" end no attribution."""
    text = _TITLE_DOT.sub(r"\1", text)
    text = _ABBREVIATION.sub(lambda m: m.group().replace(".", ""), text)
    return _INITIAL_DOT.sub("\\1" + _KEPT_DOT, text)


# "The U.S. National Weather Service in Miami": a body named before the place it sits in.
_BODY_IN_PLACE = re.compile(r"(?P<body>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]+)\s+(?P<link>in|at|from|of)\s+$")
# Offices named by what they are of: "the Ministry of Defence", "the Department of State"
_OFFICE_OF = re.compile(r"\b(?:Ministry|Department|Office|Bureau)$")
_OFFICE_NAMED = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Department|Office|Bureau)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")


# "Yvo de Boer of the UNFCCC": a person named before the body he is of
_PERSON_OF = re.compile(rf"(?P<person>{_NAME.pattern})\s+of\s+the\s+$")


def _sayer_of_place(before: str, said: re.Match) -> str:
    """The name before "said"; when that name is a place ("... in Miami said"), the body set in it; when it is
    a body a person is of ("Yvo de Boer of the UNFCCC had said"), the person."""
    person = _PERSON_OF.search(before[: said.start("speaker")])
    if person and not _NOT_A_PERSON.search(person.group("person")) and not _NOT_A_NAME.match(person.group("person")):
        return person.group("person")
    body = _BODY_IN_PLACE.search(before[: said.start("speaker")])
    if body and body.group("link") == "of" and _OFFICE_OF.search(body.group("body")):
        # "The Ministry of Defence said": what the office is of names it, it is no place
        return f"{body.group('body')} of {said.group('speaker')}"
    return body.group("body") if body else said.group("speaker")


def _subject_of_quote(doc, offset: int, inner: tuple[int, int]) -> str | None:
    """For a quote inside a sentence ("The UN has called for "..."), the subject of its verb:
    the first verb with a subject outside the quote when a word of saying leads to it, else
    the saying verb further up ("Zha pledged to work ... to campaign "to save Xu"")."""
    if doc is None:
        return None
    token = token_at(doc, offset + 1)
    steps, spoken, doer = 0, False, None
    while token is not None and steps < 10:
        outside = not inner[0] <= token.idx < inner[1]  # "we should not use ...": the quote's own subject spoke no attribution
        # "sent a statement reassuring relatives that ``...''": a statement is a way of saying too
        spoken = spoken or (outside and token.lemma_.lower() in _SAYING | _ISSUED)
        spoken = spoken or (outside and _puts_words(token, inner[0]))
        stranded = _stranded_subject(token) if outside and token.lemma_.lower() in _SAYING | _PUTTING_OUT else None
        if stranded is not None:
            return stranded
        if outside and token.pos_ == "VERB" and _nsubj(token) is not None and spoken:
            break
        if outside and token.pos_ == "VERB" and doer is None and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            doer = token  # the verb the quote hangs on: "(which stands for ``...'')" is no one's, whatever encloses it
        token = token.head if token.head is not token else None
        steps += 1
    if token is None or steps >= 10:
        # "He took the police reference to ``...''": with no verb of saying, the words are those of whoever
        # acts on them, when that is someone who speaks; "the banner read ``...''" stays no one's
        return _speaking_subject(doer, inner) if doer is not None else None
    subject = _nsubj(token)
    if subject.dep_ == "nsubjpass" and token.lemma_.lower() == "indicate":
        return None  # "The effects are indicated to be notable": a passive's subject indicated nothing
    if any(c.dep_ == "preconj" for c in subject.children):
        return None  # "Both he and Stavros Dimas made it clear ... that "..."": two people, not the one who said it
    # "One, Sakchai Pungsrinon, a piping engineer, said": the name set beside the subject
    subject = _named_beside(subject)
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in _SAYING:
        # "A chant of ``Allahu Akbar'' rose from a crowd": the sound is no speaker, where it came from is
        return _source_of(token)
    left = min(t.i for t in subject.subtree)
    if doc[left].lower_ == "neither":
        return None  # "Neither Blair nor Cook made public statements, sheltering behind ``...''": no one said it
    right = subject.i
    if subject.lemma_.lower() in _ISSUED:
        # "Another memo from Barksdale": who the document is from
        source = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), None)
        right = max(t.i for t in source.subtree) if source is not None else right
    return doc[left : right + 1].text


# Words that open a clause the parser may read as a phrase: "after the agency, JANA, reported that".
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "as", "when", "while"})


def _stranded_subject(verb) -> str | None:
    """The subject of a verb of saying the parser left without one, having read its clause as a phrase
    ("took place after Libya's official news agency, JANA, reported that ... ``in the desert''": "agency" read
    as the object of "after", "reported" joined to "took"): the name or noun right before the verb."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "advcl") or _nsubj(verb) is not None or verb.i == 0:
        return None
    at = verb.i - 1
    # "JANA, initially reported": the verb's own adverbs and commas stand between
    while at > 0 and (verb.doc[at].is_punct or (verb.doc[at].dep_ == "advmod" and verb.doc[at].head.i == verb.i)):
        at -= 1
    before = verb.doc[at]
    noun = before.head if before.dep_ == "appos" else before
    if noun.dep_ != "pobj" or noun.head.lower_ not in _CLAUSE_OPENERS or noun.head.head.i != verb.head.i:
        return None
    named = before if before.pos_ == "PROPN" else noun
    if named.pos_ == "PROPN" or _BODY_NAME_HEAD.fullmatch(named.text) or _PERSON_NOUNS.fullmatch(named.lemma_.lower()):
        left = min((t.i for t in named.subtree if t.dep_ not in ("det", "poss", "case", "punct") and t.i <= named.i), default=named.i)
        return verb.doc[left : named.i + 1].text
    return None


def _named_beside(subject):
    """The name set beside a subject that is no name ("One, Sakchai Pungsrinon, a piping engineer, said"); a
    name keeps its own place ("Tony Blair, the U.K.'s Prime Minister, calls")."""
    if subject.pos_ == "PROPN":
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)


def _source_of(verb) -> str | None:
    """Whom a verb's "from" phrase names ("rose from a crowd of thousands" -> "crowd"), if people."""
    source = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    while source is not None and source.dep_ == "prep":
        # "from of a crowd": a wire's slip leaves one preposition hung on the other
        source = next((c for c in source.children if c.dep_ in ("pobj", "prep")), None)
    if source is None or not (source.lemma_.lower() in _PEOPLE or _PERSON_NOUNS.fullmatch(source.lemma_.lower())):
        return None
    return source.text


# Words that tell how someone is seen by others, not what they said: "widely viewed as ``...''".
_SEEN_AS = re.compile(r"\b(?:viewed|seen|regarded|considered|perceived|thought\s+of|known|portrayed|painted)\s+as$")


def _speaking_subject(verb, inner: tuple[int, int]) -> str | None:
    """The subject of the verb a quote hangs on when no verb of saying does, if it is a person or a
    body: "the Israeli cabinet suspended ratification until there ``is ...''", not "Jelisic was ``the
    face of genocide''" (being called something is no saying it) nor a title ("sang ``Amazing Grace''")."""
    subject = _nsubj(verb)
    if _SEEN_AS.search(verb.doc.text[: inner[0]].rstrip(" `'\"“")):
        return None  # "D'Amato continues to be widely viewed as ``the kind of person who ...''": how others see him
    # "committed $3 billion in a ``second line of defense''": words in marks that make no clause are a
    # term the writer borrows, not what someone said
    words = verb.doc.text[inner[0] : inner[1]]
    clause = any(t.pos_ in ("VERB", "AUX") for t in verb.doc if inner[0] <= t.idx < inner[1])
    clause = clause and len(words.split()) > 2 and not _TITLE_CASE.fullmatch(words.strip(" .,"))
    if subject is None or verb.lemma_ == "be" or subject.dep_ == "nsubjpass" or not clause:
        return None
    # "One, Sakchai Pungsrinon, a piping engineer, ...": the name set beside the subject
    subject = _named_beside(subject)
    lowered = subject.lower_
    if lowered in ("he", "she"):
        return lowered
    if subject.pos_ == "PROPN":
        phrase = verb.doc[min(t.i for t in subject.subtree) : subject.i + 1].text
        return phrase if _names(phrase) or re.fullmatch(_PART, phrase) else None
    noun = subject.lemma_.lower()
    if subject.pos_ == "NOUN" and (noun in _PEOPLE or _PERSON_NOUNS.fullmatch(noun) or _BODY_HEAD.fullmatch(noun) or noun in _BODIES):
        return verb.doc[min(t.i for t in subject.subtree) : subject.i + 1].text
    return None


# "``Meet the Press''", "``Gay Awareness Week 1998''": a title, no one's words
# "``Competing on Internet Time: Lessons from Netscape''": a subtitle after a colon, small words in small letters
_TITLE_WORD = r"(?:[A-Z\d][\w'’-]*:?|of|the|a|an|and|or|in|on|to|for|from|with|at|by|into|over|about|under)"
_TITLE_CASE = re.compile(rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD})*")
# Bodies that act as one besides those that issue statements: "the cabinet suspended", "the parliament voted".
_BODIES = frozenset("cabinet parliament assembly congress senate legislature board union".split())


def _puts_words(token, quote_start: int) -> bool:
    """A word on the way up from a quote that makes the quote its governor's words, whatever the verb:
    "issued an apology to the ``...''" (a verb with a statement after it, before the quote), "embraced the government as
    ``God's hand''" (the words the subject applies to a thing), "Bestowing on him the ``...'', the pope
    honored" (a participle opening the sentence, whose subject is the main clause's)."""
    if token.pos_ == "VERB" and any(
        t.i > token.i and t.idx < quote_start and t.lemma_.lower() in _ISSUED and _object_of(t, token)
        for t in token.subtree
    ):
        return True  # "sent a statement reassuring relatives that ``...''", however the parser hung the statement
    if token.dep_ == "prep" and token.lower_ == "as" and token.head.pos_ == "VERB":
        return any(c.dep_ == "dobj" for c in token.head.children)
    return (
        token.dep_ == "advcl" and token.tag_ == "VBG" and token.i < token.head.i and token.i == token.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _object_of(word, verb) -> bool:
    """The word hangs on the verb with no preposition between: "sent a statement", not "referred to a letter"."""
    while word.i != verb.i and word.head.i != word.i:
        if word.dep_ in ("prep", "pobj"):
            return False
        word = word.head
    return word.i == verb.i


# Verbs by which someone puts words out: "called for", "likened to", "condemned ... as".
_SAYING = frozenset(
    "say tell call urge warn condemn describe liken compare promise vow pledge demand ask insist declare "
    "acknowledge concede explain note add recall "
    "announce use term dub brand label denounce praise hail welcome accuse blame claim deny admit add "
    "write tweet reply respond argue state stress express voice plead appeal joke jest chant remark "
    "decry cite predict boast brag lament scream shout yell advise speak proclaim crow "
    "assert maintain comment affirm reiterate suggest indicate".split()
)
# What a body issues: a verb hung on one of these ("a statement denouncing ... as ``...''") speaks for
# whoever issued it.
_ISSUED = frozenset(
    "statement report letter resolution communique declaration message speech announcement manifesto document "
    "memo editorial commentary ruling verdict charter apology appeal plea warning pledge".split()
)


# "circulating a 15-page draft statement": a document someone puts out
_DOCUMENT_PUT_OUT = re.compile(rf"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(sorted(_ISSUED))})\b")


def _nsubj(verb):
    """The verb's subject; for a verb the parser hung on a name ("Rochdi, ..., called"), that name."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Briefing reporters in Washington, Foley cited": of two subjects the parser gave, the one next to the verb
    subject = max(subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i), default=None)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
        return None if verb.head.lemma_.lower() in _ISSUED else verb.head
    if subject is not None and subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        said_by = verb.head.pos_ == "PROPN" or verb.head.lemma_.lower() in _ISSUED or _PERSON_NOUNS.fullmatch(verb.head.text)
        if said_by and subject.lower_ == "who" and verb.head.head.dep_ == "agent":
            # "Abdallah Shami, leader of ..., a group sponsored by Iran, who affirmed": "who" is the person
            # the phrases are set beside, not the agent of a participle inside one of them
            return _person_above(verb.head) or verb.head
        return verb.head if said_by else None  # "Karibi-Whyte, who denounced rape as ``...''": the one the clause is on
    if subject is not None and subject.tag_ == "VBG" and subject.i == subject.sent.start:
        # "Stepping out of an airlock ..., Smith, a veteran spacewalker, said": the parser took the opening
        # participle for the subject; the speaker is the name it set beside a word of that clause
        named = [t for t in subject.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i < verb.i]
        return named[-1] if named else None
    return subject


def _person_above(word):
    """The named person an appositive chain hangs on, from a word inside one of its phrases; None if none."""
    for _ in range(8):
        if word.dep_ == "appos" and word.head.pos_ == "PROPN":
            return word.head
        if word.head is word:
            return None
        word = word.head
    return None


def _resolve(phrase: str, document: Document, before: int, speakers: list[str]) -> str | None:
    """A name from an attribution; pronouns and descriptions stand for the nearest person named before."""
    phrase = phrase.strip(" ,")
    if not phrase:
        return None
    lowered = phrase.lower()
    if lowered in _PRONOUNS:
        return nearest_person(document, before, speakers, lowered)
    # before the name checks: "It" and "They" opening a sentence are capitalised like a name
    if lowered == "they":
        return _group_before(document, before)  # "Soldiers and police held back the crowds. "...," they shouted"
    if lowered == "it":
        return _body_before(document, before)  # "the County Attorney's report charged. There, it said, ..."
    if _OFFICE_NAMED.fullmatch(phrase):
        return _strip_article(phrase)  # "the Ministry of Civil Defense": one body, not "Civil Defense"
    if _MEDIUM.search(phrase) and _names(phrase):
        return _strip_article(phrase)  # "State-controlled Tehran radio": the names say whose the medium is
    # "Marv Johnson, executive director of the American Civil Liberties Union": the name before the description
    named, _, described = phrase.partition(", ")
    if described and re.fullmatch(_PART, named) and full_name(named, document, before) != named:
        return full_name(named, document, before)  # "Samaranch, president of the IOC": the surname, not the body
    if _NAME_PAIR.fullmatch(phrase):
        return phrase  # "wrote Jeffrey Lockwood and Stephen Johnson": both spoke
    someone = _SOMEONE_OF_NAMED.fullmatch(named[:1].lower() + named[1:])  # "A spokesman for ..." opening a sentence
    if someone and _speaks_for(someone.group("head") or someone.group("named_head")):
        # "a spokesperson for Prime Minister Tony Blair", "an unnamed source close to Qods Force", "an Air Comet
        # pilot flying over the Atlantic": someone unnamed, whose description holds a name that did not speak
        return someone.group("who") or _strip_article(named)
    if re.match(r"(?:an?|another|one)\s", lowered) and _PERSON_NOUNS.fullmatch(phrase.rsplit(" ", 1)[-1]):
        # "one senior World Bank official": someone unnamed, not the body named in the description
        return _introduced_next(phrase, document, before) or _strip_article(phrase)
    if _OWNED_BY_NAME.fullmatch(phrase):
        return _strip_article(phrase)  # "Hun Sen's party", as "Clinton's spokesman": the one owned, not the owner
    names = _names(named) if described and _names(named) else _names(phrase)
    people = [n for n in names if not _NOT_A_PERSON.search(n)]
    role_then_name = _ROLE_THEN_NAME.search(phrase) if names and not phrase.endswith((people or names)[-1]) else None
    if role_then_name:
        # "Iranian National Security Council Secretary Ali Larijani": a title too long to read as part of one name
        return role_then_name.group("name")
    if names:
        return (people or names)[-1]  # "Observatory head Rami Abdul Rahman" -> the person
    if re.fullmatch(_PART, phrase):
        return full_name(phrase, document, before)
    titled = _TITLED.fullmatch(phrase)
    if titled:
        # "French president Nicolas Sarkozy ... the president said": a title in small letters is a description
        return (
            _titled_name(titled.group("title"), document, before) or described_person(phrase, document, before)
            or _strip_article(phrase)
        )
    if lowered in ("them", "this", "that", "which", "who", "anything", "something"):
        return None  # a group or a thing: no one person to name
    if re.match(r"(?:an?|another|one)\s", lowered) and _PERSON_NOUNS.search(phrase):
        # "another industry expert suggested ... ``...''. ``...,'' said airline analyst Peter Tang": named next
        return _introduced_next(phrase, document, before) or _strip_article(phrase)
    # "he", "the father of five": someone named before; "a young man" is someone new
    definite = lowered.startswith(("the ", "his ", "her ", "their ")) or phrase[0].isdigit()
    if definite and (_BODY_HEAD.fullmatch(_head(phrase)) or _head(lowered) in _ISSUED):
        # "the radio said" after "Tehran radio said"; "the official media": a body, not a person
        named = _named_body(_head(phrase), document, before)
        if named is None and re.fullmatch(r"the\s+[a-z]+", lowered) and _head(lowered) in _ISSUED:
            # "JANA said Friday that ... ``As such, ...,'' the report said": the body that put the words out
            named = _issuer_before(document, before)
        return named or _strip_article(phrase)
    if lowered in _PRONOUNS or (definite and _PERSON_NOUNS.search(phrase)):
        described = None if lowered in _PRONOUNS else described_person(phrase, document, before)
        return described or nearest_person(document, before, speakers) or (
            None if lowered in _PRONOUNS else _strip_article(phrase)
        )
    return _strip_article(phrase)


# Verbs a body puts words out by, besides saying them.
_PUTTING_OUT = frozenset({"issue", "release", "publish", "report", "state", "announce"})


def _issuer_before(document: Document, before: int) -> str | None:
    """The body that spoke or put a document out in the two sentences before the quote's, nearest first, read
    from the parse: the subject of its verb ("Libya's official news agency JANA said", "the UNFCCC secretariat
    states", "The East Timor Human Rights Center, considered ..., issued a statement"); a person is not taken
    for the issuer of "the report", nor is a pronoun ("It said it had identified ...")."""
    from synopsis.facts.parsing import parse

    at = _sentence_at(document, before)
    if not at:
        return None
    texts = [document.sentences[i].text for i in range(at - 1, max(-1, at - 3), -1)]
    parses = parse(texts)
    for text in texts:
        for verb in parses[text]:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAYING | _PUTTING_OUT:
                continue
            # "The ... Center, considered the main watchdog group, issued": a joined verb shares its subject
            subject = _nsubj(verb) or (_nsubj(verb.head) if verb.dep_ == "conj" else None)
            if subject is None or subject.pos_ not in ("PROPN", "NOUN") or subject.dep_ != "nsubj":
                continue
            subject = _named_beside(subject)
            # "Libya's official news agency JANA": the name without whose it is
            words = [t for t in subject.subtree if t.i <= subject.i]
            left = next((t.i for t in words if t.dep_ not in ("det", "poss", "case", "punct")), subject.i)
            phrase = subject.doc[left : subject.i + 1].text
            acronym = any(t.text.isupper() and len(t.text) > 1 for t in words)
            if acronym or _BODY_NAME_HEAD.fullmatch(subject.text) or _NOT_A_PERSON.search(phrase):
                return phrase
    return None


# Someone unnamed described with a name: the name before the role ("an Air Comet pilot flying ..."), or after
# "for" or "close to" ("a spokesperson for Tony Blair", "a pilot flying for Air France")
_SOMEONE_OF_NAMED = re.compile(
    r"(?:an?|one|another)\s+(?:(?P<who>(?:[A-Z][\w'’.-]*\s+){1,4}(?P<named_head>[a-z]+))(?:\s+[a-z][\w'’-]*\b.*)?"
    r"|(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+)(?:\s+[a-z]+ing)?\s+(?:for|close\s+to)\s+.*[A-Z].*)"
)
# Where a description of someone may open: "A spokesman for ...", "... and one official close to ..."
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")


def _someone_described(lead: str) -> str | None:
    """The description of someone unnamed that ends in the name said to speak: "A spokesman for Tony Blair
    [said]" is the spokesman's word, not Blair's."""
    for opening in _INDEFINITE.finditer(lead):
        phrase = lead[opening.start() :].strip()
        phrase = phrase[0].lower() + phrase[1:]
        someone = _SOMEONE_OF_NAMED.fullmatch(phrase) if not re.search(r"[,;:]", phrase) else None
        if someone and _speaks_for(someone.group("head") or someone.group("named_head")):
            return phrase
    return None


def _speaks_for(noun: str | None) -> bool:
    return noun is not None and (noun in ("source", "sources") or _PERSON_NOUNS.fullmatch(noun) is not None)


def _introduced_next(description: str, document: Document, before: int) -> str | None:
    """The person the next sentence quotes and names for the first time in the report: a wire
    introduces a speaker by description, as the subject before the quote, then gives the name with
    the speaker's next words."""
    sentence = _sentence_at(document, before)
    if sentence is None or sentence + 1 >= len(document.sentences):
        return None
    if document.article.text.find(description, document.sentences[sentence].start, before) < 0:
        return None  # '"...," said a police officer at the scene': a description after its quote is all it gives
    following = document.sentences[sentence + 1].text
    if not _QUOTE_MARK.match(following.lstrip()):
        return None  # only the speaker's own next words carry the name on
    said = _SAID_THEN_NAME.search(_without_dots(_unquoted(following)))
    if said is None or _NOT_A_PERSON.search(said.group("name")) or _NOT_A_NAME.match(said.group("name")):
        return None
    if re.match(r",\s+(?:an?|the)\s", following[said.end() :]):
        return None  # '"...," said Mary Jones, a shopkeeper': someone with a description of her own
    name = said.group("name").replace(_KEPT_DOT, ".")
    surname = name.split()[-1]
    named_before = any(n.split()[-1] == surname for start, n in _full_names(document.article.text) if start < before)
    return None if named_before else name


# '," said airline analyst Peter Tang at ...': the verb, a role in small letters, then the name
_SAID_THEN_NAME = re.compile(rf"^\W*,?\s*(?:{_SPEECH})\s+(?:[a-z][\w-]*\s+){{0,4}}(?P<name>{_NAME.pattern})")


def _body_before(document: Document, before: int) -> str | None:
    """Whom "it said" stands for: the last body or document said to speak in the two sentences before."""
    sentence = _sentence_at(document, before)
    if sentence is None:
        return None
    start = document.sentences[max(0, sentence - 2)].start
    words = _unquoted(document.article.text[start:before])
    spoke = list(_BODY_SAID.finditer(words)) + list(_SAID_BY_DOCUMENT.finditer(words))
    if not spoke:
        return None
    who = max(spoke, key=lambda m: m.start()).group("who")
    # "the report" is its own speaker; "the ministry" is the ministry the report named
    return _strip_article(who) if _head(who).lower() in _ISSUED else _resolve(who, document, before, [])


# "Soldiers and police wearing gloves held back the crowds": people a sentence opens on, more than one
_GROUP_SUBJECT = re.compile(
    # "In the mall, itself the scene of a bombing, people ...": a scene set in two parts
    rf"\s*(?:{_SCENE}(?:[^,]{{0,60}},\s+)?)?"
    # "More than 100 people held a vigil": a count before the people
    r"(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Dd]ozens\s+of|[Hh]undreds\s+of|[Tt]housands\s+of|"
    r"(?:[Mm]ore\s+than\s+|[Aa]bout\s+|[Nn]early\s+|[Aa]lmost\s+)?\d[\d,]*)\s+)?"
    r"(?P<who>(?:[A-Za-z][\w-]*\s+){0,2}?(?:[A-Za-z][a-z]+[^s\W]s|[Pp]olice|[Pp]eople|[Mm]en|[Ww]omen|[Cc]hildren)"
    r"(?:\s+and\s+(?:[a-z][\w-]*\s+)?(?:[a-z]+[^s\W]s|police|people|men|women|children))?)"
    r"(?=\s+(?:in|at|on|from|with|wearing|who|near|outside|inside|also|then|[a-z]+ed|held|stood|sat|ran|came|went|sang|began)\b)"
)


def _group_before(document: Document, before: int) -> str | None:
    """Whom "they" stands for: the people the sentence before the quote's opens on, if that is more than one."""
    sentence = _sentence_at(document, before)
    if not sentence:
        return None
    previous = document.sentences[sentence - 1]
    words = _unquoted(previous.text)
    # '"...," wrote Jeffrey Lockwood and Stephen Johnson.': two people said to speak together
    pairs = [m for m in _NAME_PAIR.finditer(words) if _says_around(words, m.start(), m.end())]
    if pairs:
        return pairs[-1].group()
    group = _GROUP_SUBJECT.match(words)
    if not group or _NOT_A_NAME.match(group.group("who")) or _names(group.group("who")):
        return None  # "They", "Palestinian officials": a pronoun or a name is no group this rule can tell
    heads = re.findall(r"(\w+?)(?:e?s)?\b(?=\s+and\b|$)", group.group("who").lower())
    # "The talks ended": only people speak
    return group.group("who") if all(h in _PEOPLE or _PERSON_NOUNS.fullmatch(h) for h in heads) else None


_PEOPLE = frozenset("people police men women children crowd".split())
_NAME_PAIR = re.compile(rf"{_NAME.pattern}\s+and\s+{_NAME.pattern}")


# The media a report quotes: "Tehran radio", "the Bernama news agency".
_MEDIUM = re.compile(
    r"\b(?:radio|television|TV|agency|newspaper|daily|weekly|media|press|paper|station|network|officials|authorities|"
    r"organi[sz]ers|sources)$"
)
# What a body or a medium that speaks is called: "the radio said", "the ministry said".
_BODY_HEAD = re.compile(
    r"radio|television|TV|agency|newspaper|daily|weekly|media|press|paper|station|network|ministry|council|"
    r"committee|government|court|police|army|commission|embassy|party|statement|report|group|organi[sz]ation|movement"
)


# Heads of a body's name: "the UNFCCC secretariat", "the East Timor Human Rights Center".
_BODY_NAME_HEAD = re.compile(
    rf"(?i:{_BODY_HEAD.pattern}|secretariat|cent(?:er|re)|office|institute|agency|service|survey|council|commission)"
)


# "the County Attorney's report charged", "The ministry said": a body or a document that spoke
_BODY_SAID = re.compile(
    rf"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){{0,4}}(?:[a-z]+\s+)?(?i:{_BODY_HEAD.pattern}))\s+"
    rf"(?:also\s+)?(?:{_SPEECH}|charged)\b"
)


# '," said a statement from the coalition of parties': the body a document came from
_SAID_BY_DOCUMENT = re.compile(
    rf"\b(?:{_SPEECH})\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:statement|communique|declaration|letter|report)\s+(?:from|by)\s+"
    r"(?P<who>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?:[A-Z][\w'’.-]*|[a-z]+))\b"
)


def _head(description: str) -> str:
    """The noun a description is of: "the father of five" -> "father", "the official media" -> "media"."""
    words = re.split(r"\s+(?:of|in|at|from|for|with|who|on)\s+", description, maxsplit=1)[0].split()
    return words[-1] if words else ""


# Bodies whose name a report may set after the noun ("the group Hamas"), unlike "police Chief John Smith".
_NAMED_AFTER = re.compile(r"group|organi[sz]ation|movement|newspaper|daily|weekly|agency")


def _named_body(noun: str, document: Document, before: int) -> str | None:
    """The body a report named with this noun before ("Tehran radio" for "the radio"), if any."""
    if not re.fullmatch(r"[a-z]{3,}", noun):
        return None
    text = _unquoted(document.article.text[:before])
    # "Tehran radio", or the name after the noun: "the radical group Green Dawn"
    named = [(m.start(), _NOT_A_NAME.sub("", m.group()).strip()) for m in re.finditer(rf"(?:[A-Z][\w'’-]*\s+){{1,4}}{noun}\b", text)]
    if _NAMED_AFTER.fullmatch(noun):
        named += [(m.start(), m.group("name")) for m in re.finditer(rf"\b{noun}\s+(?P<name>(?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*)", text)]
    return max(named)[1] if named else None


_DATED = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August"
    r"|September|October|November|December)\b"
)


def described_person(description: str, document: Document, before: int) -> str | None:
    """The person a description stands for: the last one named before with its words beside the name.
    "the ambassador" after "Chile's ambassador to Britain, Mario Artaza"; "the Cuban leader" after
    "Cuban President Fidel Castro"; the role's own word ("ambassador") counts before the others.
    When the role was last given to someone unnamed ("a U.S. official said"), that description
    ("U.S. official"): the mention itself rather than a wrong name; None when no one fits."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", description)]
    words = [w for w in words if w not in ("the", "his", "her", "their", "its", "country", "former")]
    if not words:
        return None
    text = _unquoted(document.article.text)
    # "In a letter to Kathleen Sebelius, the governor commented that ``...'': a name between the description
    # and its quote is someone the description's clause speaks of
    at = text.rfind(description.strip(), max(0, before - 300), before)
    before = at if at >= 0 else before
    # "the archbishop of Zagreb": the role is the head noun, the words after "of" describe it
    head = _head(description).lower()
    role = head if head in words else words[-1]
    others = set(words) - {role}
    by_role, by_other, previous_end, role_at = None, None, 0, -1
    for start, name in _full_names(document.article.text):
        if start >= before:
            break
        if _DATED.search(name) or name.split()[-1].lower() == role:
            continue  # "Cairo Wednesday": a place and a day, no person; "the first Republican House Speaker": a title
        # the words set before the name ("U.N. prosecutor Terree Bowers"), back to the name before it,
        # or in the apposition after it ("Mario Artaza, Chile's ambassador")
        ahead = re.split(r"[.;!?]\s", text[max(previous_end, start - 40) : start])[-1]
        previous_end = start + len(name)
        # up to the quote at most: the words after it are the description being resolved
        behind = re.split(r"[.;!?]\s", text[start : min(before, start + len(name) + 60)])[0]
        beside = set(re.findall(r"[a-z]{3,}", (ahead + behind).lower()))
        if role in beside:
            by_role, role_at = name, start
        elif {w[:5] for w in others} & {w[:5] for w in beside}:
            by_other = name  # "the Yugoslav leader" for "President Slobodan Milosevic of Yugoslavia": one stem
    # "a diplomat said ... said the diplomat": an unnamed one, if named after the last one the role was given to
    # ("a run for speaker" gives the role to no one)
    # ("a U.S. official said" is one too; "a run for speaker" gives the role to no one)
    unnamed = list(re.finditer(rf"\b(?:an?|another|one)\s+(?:(?!{_LINKING})[\w.-]+\s+){{0,2}}{role}\b", text[:before], re.I))
    if unnamed and unnamed[-1].start() > role_at:
        return unnamed[-1].group().split(maxsplit=1)[1]  # the description the report gave, the mention itself
    return by_role or by_other


_LINKING = r"(?:for|of|to|in|at|on|with|by|as|from)\b"


def _role_holder(role: str, document: Document, before: int) -> str | None:
    """The person named most often, and at least twice, in the sentences that use the role's word:
    "Gingrich ... his post as speaker", "Gingrich ... his job as speaker" make "the speaker" Gingrich."""
    surnames = {name.split()[-1] for start, name in _full_names(document.article.text) if start < before}
    counts: Counter[str] = Counter()
    for sentence in re.split(r"(?<=[.;!?])\s+", _unquoted(document.article.text[:before])):
        if re.search(rf"\b{role}\b", sentence, re.I):
            counts.update({m.group() for m in re.finditer(rf"(?<![\w'’-]){_PART}\b", sentence) if m.group() in surnames})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None  # no holder the report makes plain: better no speaker than a wrong one
    return full_name(ranked[0][0], document, before)


def _names(phrase: str) -> list[str]:
    names = [
        m.group() for m in _NAME.finditer(phrase)
        if not _NOT_A_NAME.match(m.group()) and not _IN_PLACE.search(phrase[: m.start()])
    ]
    return names


# "... Service in Miami": a name after these is where someone is, not who.
_IN_PLACE = re.compile(r"\b(?:in|at|from|near)\s+$")
# Names that are no person: storms, bodies, places ("Hurricane Mitch", "the Health Ministry").
_NOT_A_PERSON = re.compile(
    r"^(?:Hurricane|Tropical|Storm|Typhoon|Cyclone|Operation|Mount|Lake|River|Gulf|Cape|Fort|Port|Camp|"
    r"North|South|East|West|New|National|United|Supreme|Central|Northern|Southern|Eastern|Western)\b"
    r"|\b(?:Service|Committee|Ministry|Council|Agency|Department|Party|Army|Forces?|Front|Organi[sz]ation|"
    r"Union|Association|Company|Corp|Bank|Fund|University|Airport|Province|Island|Coast|Sea|Ocean|River|Valley|"
    r"Street|Road|Highway|Cent(?:er|re)|Hospital|Church|Cup|Race|Games|Olympics|Office|Court|House|Nations|"
    r"States|Republic|Kingdom|Government|Police|Guard|Club|Institute|Foundation|Group|America|Americas|Asia|Europe|"
    r"Africa|War|Accords?|Agreement|Treaty|Summit|Conference|City|County)(?:\s+[IVX]+)?$"  # "World War II"
)


# "Egypt's president", "the prime minister": a title the report also puts before a name.
_TITLED = re.compile(
    r"(?:[Tt]he\s+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)(?P<title>president|prime\s+minister|king|queen|pope|premier|chancellor)"
)


# A role in capitals, then the name it is given to: "... Council Secretary Ali Larijani"
_ROLE_THEN_NAME = re.compile(
    rf"\b(?:Secretary|Minister|President|Premier|Chancellor|Spokes(?:man|woman|person)|Chairman|Director|Ambassador|"
    rf"Commander|Chief|Governor|Mayor|Speaker|Envoy|Adviser|Advisor)\s+(?P<name>{_PART}(?:\s+{_PART}){{1,2}})$"
)


def _titled_name(title: str, document: Document, before: int) -> str | None:
    """The name the report gives with that title ("President Hosni Mubarak"), nearest the quote."""
    words = title.lower().split()
    names = [
        (abs(start - before), name) for start, name in _full_names(document.article.text)
        if [w.lower() for w in name.split()[: len(words)]] == words and len(name.split()) > len(words)
    ]
    return min(names)[1] if names else None


def full_name(surname: str, document: Document, before: int) -> str:
    """A surname stands for the last full name the report gave that ends in it: after "Race
    spokesman Peter Campbell" and "sailor John Campbell", "Campbell told" is John Campbell;
    failing that, one that starts with it, as a Chinese surname does ("Wang" for "Wang Youcai")."""
    names = [name for start, name in _full_names(document.article.text) if start < before]
    ending = [name for name in names if name.split()[-1] == surname]
    starting = [name for name in names if name.split()[0] == surname]
    return (ending or starting or [surname])[-1]


@functools.lru_cache(maxsize=32)
def _full_names(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, name) of the people a report names outside quotes; a report's quotes ask for them often."""
    names = []
    for m in _NAME.finditer(_unquoted(text)):
        # "Saying ``...'' Juan Antonio Samaranch": a quote or a paragraph break ends a name; what follows is one
        name = _APART.split(m.group())[-1]
        if name != m.group() and " " not in name:
            continue
        if not _NOT_A_NAME.match(name) and not _NOT_A_PERSON.search(name):
            names.append((m.end() - len(name), _POSSESSIVE.sub("", name)))
    return tuple(names)


_POSSESSIVE = re.compile(r"['’]s$")
_APART = re.compile(r"\s{3,}|\n\s*\n")


_NOT_A_NAME = re.compile(
    r"^(?:The|A|An|This|That|These|Those|He|She|They|It|We|I|You|His|Her|Its|Their|Our|My|Your"
    r"|But|And|In|On|At|Some|Many|Other|Observatory|Nations|United"
    r"|However|Meanwhile|Instead|Moreover|Indeed|Nevertheless|Also|Earlier"
    r"|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|September|October|November"
    r"|December)\b"
)


def nearest_person(document: Document, before: int, speakers: list[str] = (), pronoun: str | None = None) -> str | None:
    """The last person named before an offset, within the three sentences before it; for a
    `pronoun` ("she"), a sentence that already says it before naming anyone ("As far as she is
    concerned, Slepian gave her ...") names someone else, and a sentence whose subject is a
    description ("The pope mentioned this") stands for the one it describes.

    A person is a run of two or more capitalised words that is not a place ("in Maaret
    al-Numan", "the West Bank"), or one word that ends a full name the report gave earlier
    ("Mubarak" after a quote of "Hosni Mubarak").
    """
    # "Voinovich" after "George Voinovich" is that person, whether the report quoted him or named him
    known = {name.split()[-1]: name for start, name in _full_names(document.article.text) if start < before}
    # only speakers that are names: "Another memo from Barksdale" is no name for "Barksdale"
    known.update((n.split()[-1], n) for n in speakers if _ALL_CAPITALISED.fullmatch(n))
    prior = [s for s in document.sentences if s.start < before][-8:]
    looked, unresolved = 0, False
    for sentence in reversed(prior):
        limit = before - sentence.start
        words = _unquoted(sentence.text[:limit])
        says = _PRONOUN_SAYS.search(words)
        if says:
            # "He added that Lee Raymond and Lucio Noto differ": names in his words are not who "he" is
            words = words[: says.start()]
        people = [
            (m.start(), m.end(), m.group()) for m in _NAME.finditer(words)
            if not _NOT_A_NAME.match(m.group()) and not _NOT_A_PERSON.search(m.group())
        ]
        people += [
            (m.start(), m.end(), known.get(m.group()) or full_name(m.group(), document, before))
            # "al-Zuwiy said": a surname may open with its article in small letters
            for m in re.finditer(rf"(?<![\w'’-])(?:(?:al|el)-)?{_PART}\b(?! [A-Z])", words)
            if not _AFTER_CAPITAL.search(words, 0, m.start())  # the end of a longer name, which is found whole
            and (m.group() in known or (_single_sayer(words, m) and not _common_noun(m.group(), document.article.text)))
        ]
        people = [(at, end, p) for at, end, p in people if not _PLACE_BEFORE.search(words[:at])]
        if pronoun in _PRONOUN_FORMS:
            # "she" is no one the report calls "Mr." or "he"
            people = [(at, end, p) for at, end, p in people if _gender(p, document.article.text) in (None, pronoun)]
            # "Kopp ..., said Melinda DuBois. She said": of those a sentence names, the one the report tells is "she";
            # most people news names are men, so one it calls "he" tells less against one it does not
            agreeing = [person for person in people if pronoun == "she" and _gender(person[2], document.article.text) == "she"]
            kin = None if says or agreeing else list(_KIN_DESCRIBED[pronoun].finditer(words))
            if kin and (not people or kin[-1].start() < min(people)[0]):
                # "Xu's wife refused to meet the lawyer. "...," she said": the one the words tell is a woman, as the
                # report named her ("his wife of 28 years, He Xintong"); no speaker rather than a man named beside
                described = described_person(f"the {kin[-1].group('noun')}", document, sentence.start)
                return described if described and _gender(described, document.article.text) in (None, pronoun) else None
            people = agreeing or people
        own = _OWN_SUBJECT.match(words) if pronoun in _PRONOUN_FORMS and sentence.end > before else None
        if own and re.search(_PRONOUN_FORMS[pronoun], words[own.end() :]):
            # "..., the Yugoslav leader issued a statement in which he said": the subject the pronoun's clause hangs on
            described = described_person(own.group("who"), document, sentence.start)
            if described:
                return described
        if not people and pronoun and not says:
            someone = _SOMEONE_SUBJECT.match(words)
            if someone and _agrees(pronoun, someone.group("who")):
                return someone.group("who")  # "One woman sorted oranges. "...," she said": someone the report never names
            # "the official said" with no name: the one the description stands for
            subject = _DESCRIBED_SUBJECT.match(words) or _DESCRIBED_SAYER.search(words)
            if subject:
                titled = _TITLED.fullmatch(subject.group("who"))
                described = (
                    _titled_name(titled.group("title"), document, sentence.start) if titled
                    else described_person(subject.group("who"), document, sentence.start)
                )
                if described is None:
                    # "the speaker seemed unable ...": the one the report most often names with that role
                    described = _role_holder(subject.group("who").split()[-1].lower(), document, sentence.start)
                if described:
                    return described
                unresolved = True  # "the speaker seemed unable": only a subject further back may be the one described
        if pronoun and people and not says and _says_pronoun_first(words, pronoun, min(people)[0]):
            looked += 1
            continue  # the pronoun is already someone's before this sentence names anyone: that one is further back
        if says:
            # "..., said Brian Levin. Instead, he said, ...": before his words, only a sayer is who "he" is
            people = [person for person in people if _says_around(words, person[0], person[1])]
        if says and not people:
            continue  # such a sentence does not use up the sentences looked back
        looked += 1
        if looked > 4:
            break
        # "..., said Brian Levin, a professor at Stockton College": the one who spoke, not the last name
        sayers = [person for person in people if _says_around(words, person[0], person[1])]
        # "the search for Kopp, said Melinda DuBois": the name after the verb spoke, not the one before its comma
        sayers = [person for person in sayers if not _said_by_next(words, person, people)]
        if sayers and not unresolved:
            return min(sayers)[2]  # "Dan Ross, a driver who was with Tom Berg, said": the first is the subject
        if people:
            # "Castro had breakfast with King Juan Carlos. He said": the subject before the last name
            first = min(people)
            subject = _SUBJECT_OPENING.fullmatch(words[: first[0]]) and not re.search(r"['’]s\b", first[2])
            # "Maloney's opponent", "for Salt Lake's image": a name that owns a thing is no one who speaks
            owning = [p for p in people if re.search(r"['’]s\b", p[2])]
            if unresolved and not subject:
                return None  # the one described is no name the sentence merely mentions: no speaker rather than a wrong one
            return (first if subject else max([p for p in people if p not in owning] or people))[2]
    return None


# "The pope mentioned this in his homily.": a sentence whose subject is a person described, not named
_DESCRIBED_SUBJECT = re.compile(
    rf"\s*{_SCENE}?"
    rf"(?P<who>[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}{_PERSON_NOUNS.pattern})\s+(?!of\b|who\b)[a-z]"
)
# '"...," said the official who spoke on condition of anonymity': a sentence whose sayer is described
_DESCRIBED_SAYER = re.compile(rf"\b(?:{_SPEECH})\s+(?P<who>the\s+(?:[a-z][\w.-]*\s+){{0,2}}?{_PERSON_NOUNS.pattern})")
# "Shortly after the meeting, the Yugoslav leader issued a statement in which he said": a described subject
_OWN_SUBJECT = re.compile(
    rf"\s*(?:[A-Z][^,]{{0,80}},\s+)?(?P<who>[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{_PERSON_NOUNS.pattern})\s+(?!of\b|who\b)[a-z]"
)
# "One woman, with great care, sorted oranges.": a subject introduced, not named
_SOMEONE_SUBJECT = re.compile(
    rf"\s*{_SCENE}?"
    # "A diplomat who interviewed him said": the subject of a clause about someone else introduces no speaker
    # "A British Foreign Office spokesman, who declined to be named, said": a description in capitals too
    rf"(?:One|An?|Another)\s+(?P<who>(?:[A-Za-z][\w-]*\s+){{0,3}}?{_PERSON_NOUNS.pattern})(?:,[^,]{{0,80}},)?\s+(?!of\b|who\b)[a-z]"
)
_FEMALE = re.compile(
    r"\b(?:woman|mother|daughter|wife|widow|girl|sister|grandmother|granddaughter|aunt|niece|queen|princess|"
    r"spokeswoman|policewoman|chairwoman|congresswoman|businesswoman|nun|Mrs|Ms|Miss)\b", re.I
)
_MALE = re.compile(
    r"\b(?:man|father|son|husband|boy|brother|grandfather|grandson|uncle|nephew|king|prince|spokesman|policeman|"
    r"congressman|businessman|fisherman|monk|priest|Mr)\b", re.I
)
# Words for a woman or a man, in small letters: "his wife", "the victim's mother"
_KIN_NOUNS = {
    "she": "woman|mother|daughter|wife|widow|girl|sister|grandmother|granddaughter|aunt|niece|spokeswoman|"
    "policewoman|chairwoman|congresswoman|businesswoman|actress",
    "he": "father|son|husband|boy|brother|grandfather|grandson|uncle|nephew|spokesman|policeman|congressman|businessman",
}
# The same words set beside a name ("his wife of 28 years, He Xintong"), and titles in capitals ("Queen Noor")
_KIN = {
    "she": rf"(?i:{_KIN_NOUNS['she']})|Queen|Princess|Sister",
    "he": rf"(?i:{_KIN_NOUNS['he']})|King|Prince",
}
# "Xu's wife refused ...", "Xu was allowed a half-hour with his wife": someone described by a word that tells the
# pronoun's gender; "her mother" is not who "she" is, but her own
_KIN_DESCRIBED = {
    pronoun: re.compile(
        rf"(?:\b(?:[Tt]he|{'[Hh]is' if pronoun == 'she' else '[Hh]er'}|[Tt]heir)|\b[A-Z][\w'’-]*['’]s)\s+"
        rf"(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{nouns})\b(?!['’])"
    )
    for pronoun, nouns in _KIN_NOUNS.items()
}


def _told_gender(name: str, text: str, shared: bool) -> str | None:
    """ "he" or "she" as the report's own words give it, beside the name: a title before the surname ("Mrs.
    Buckham", "Ms. He") or a word for a woman or a man set beside the name ("his wife, He Xintong"); None when
    they give none, or both. A surname two people share tells only with the full name."""
    called = re.escape(name) if shared else rf"(?:{re.escape(name)}|{re.escape(name.split()[-1])})"
    told = set()
    for pronoun, kin in _KIN.items():
        titles = r"Mrs|Ms|Miss" if pronoun == "she" else r"Mr"
        if re.search(rf"\b(?:{titles})\.?\s+{called}\b", text) or re.search(
            # "his wife of 28 years, He Xintong"; "Mary Smith, the victim's mother,"
            rf"\b(?:{kin})(?:\s+of\s+[\w\s]{{1,30}}?)?,\s+{called}\b|\b{called},\s+(?:an?|the|his|her|their|"
            rf"[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{kin})\b",
            text,
        ):
            told.add(pronoun)
    return told.pop() if len(told) == 1 else None


@functools.lru_cache(maxsize=256)
def _gender(name: str, text: str) -> str | None:
    """ "he" or "she" for a named person when the report tells: a title ("Mrs. Boyle", "Ms. He" for He Xintong),
    a word for a woman or a man beside the name ("his wife, He Xintong"), or the pronouns that follow the name
    before any other name does ("Lucia Pinochet told reporters her husband ..."); else None. A title or a word
    beside the name that the pronouns contradict tells nothing."""
    title = re.match(r"(Mrs|Ms|Miss|Mr)\b", name)
    if title:
        return "he" if title.group(1) == "Mr" else "she"
    counts = Counter()
    surname = name.split()[-1]
    # "Imer Delijaj" and "Zejnije Delijaj": a surname two people share tells neither's gender
    shared = any(n.split()[-1] == surname and n != name for _, n in _full_names(text))
    for mention in re.finditer(rf"\b{re.escape(name if shared else surname)}\b", text):
        # up to the next capitalised word that opens no sentence: the pronouns in between are likely this person's
        after = re.split(r"(?<![.!?\"'`]\s)(?<!^)\b[A-Z][a-z]", text[mention.end() : mention.end() + 150])[0]
        counts["he"] += len(re.findall(r"\b(?:he|his|him|himself)\b", after, re.I))
        counts["she"] += len(re.findall(r"\b(?:she|her|hers|herself)\b", after, re.I))
    told = _told_gender(name, text, shared)
    if told:
        # "Mrs. Slepian" is the doctor's wife when the pronouns after "Slepian" are mostly his
        other = "he" if told == "she" else "she"
        return None if counts[other] >= 2 * counts[told] + 2 else told
    if counts["he"] >= 2 * counts["she"] + 2:
        return "he"
    if counts["she"] >= 2 * counts["he"] + 2:
        return "she"
    return None


def _agrees(pronoun: str, mention: str) -> bool:
    """A pronoun may stand for the mention: "she" for no man, "he" for no woman."""
    return not ((pronoun == "he" and _FEMALE.search(mention)) or (pronoun == "she" and _MALE.search(mention)))


_PRONOUN_FORMS = {
    "she": r"\b(?:[Ss]he|herself|her(?=\s+(?:a|an|the|to|that|this|and|in|on)\b|\s*[.,;]))",
    "he": r"\b(?:[Hh]e|him|himself)\b",
}


def _says_pronoun_first(words: str, pronoun: str, first_name: int) -> bool:
    """The sentence says the pronoun ("she", "gave her a chance", "herself") before its first name."""
    forms = _PRONOUN_FORMS.get(pronoun)
    return bool(forms and re.search(forms, words[:first_name]))


# What may stand before a sentence's subject: a scene-setting phrase, titles and descriptions in capitals.
_SUBJECT_OPENING = re.compile(
    rf"\s*{_SCENE}?"
    r"(?:(?:The|the|[A-Z][\w.'’\u2024-]*|[a-z]+-[a-z]+)\s+){0,4}"
)


# "Maaret Al-Numan", but not "Ms. Boyle" or "George W. Bush"
# "But Marsden expressed doubt": a sentence's opening word is no first name
_AFTER_CAPITAL = re.compile(rf"(?!{_OPENING_WORD}|(?:But|And|However|Meanwhile|Instead|Also|Even|Only|Indeed)\s)[A-Z][\w'’-]*\s+$")
# "said its director general, Muttaleb", "Muttaleb said": a name that is the sayer.
_SAYS_BEFORE_NAME = re.compile(rf"\b(?:{_SPEECH})\s+(?:[a-z][a-z'’ -]{{0,50}},\s+)?$")
# "said Brian Levin, a professor" ends the attribution; "said Honduran officials hoped" starts what was said
_NAME_ENDS = re.compile(r"\s*(?:[,.;]|$)")
# "Yair Cohen, 45, a bus-company worker who was shopping there, said"
_SAYS_AFTER_NAME = re.compile(rf"(?:,[^.;:\"“”`]{{0,120}}?,|,)?\s+(?:also\s+)?(?:{_SPEECH})\b")


def _common_noun(word: str, text: str) -> bool:
    """A capitalised word for people that the report also writes in small letters ("Relatives say" and
    "according to relatives") is a noun that opens a sentence, no name; "Young said" after "the young
    shoots" is a surname."""
    lowered = word.lower()
    people = lowered.endswith("s") or lowered in _PEOPLE or _PERSON_NOUNS.fullmatch(lowered) is not None
    return people and re.search(rf"\b{re.escape(lowered)}\b", text) is not None


def _single_sayer(words: str, word: re.Match) -> bool:
    """A one-word name the sentence says spoke ("Muttaleb said"), not a title or a pronoun."""
    name = word.group()
    return not _NOT_A_NAME.match(name) and not _TITLE.fullmatch(name) and _says_around(words, word.start(), word.end())


def _says_around(words: str, start: int, end: int) -> bool:
    return bool(
        (_SAYS_BEFORE_NAME.search(words, 0, start) and _NAME_ENDS.match(words, end)) or _SAYS_AFTER_NAME.match(words, end)
    )


def _said_by_next(words: str, person: tuple[int, int, str], people) -> bool:
    """A comma and a verb of saying follow the person's name, and another name right after the verb closes the
    attribution ("Kopp, said Melinda DuBois, assistant director"): the verb is that one's."""
    said = _COMMA_SAID.match(words, person[1])
    return bool(said) and any(
        at >= said.end() and not words[said.end() : at].strip() and _NAME_ENDS.match(words, end) for at, end, _ in people
    )


_COMMA_SAID = re.compile(rf",\s+(?:{_SPEECH})\b")


_PRONOUN_SAYS = re.compile(rf"(?:^|[,;]\s*)(?:[Hh]e|[Ss]he)\s+(?:also\s+)?(?:{_SPEECH})\b")


def _unquoted(text: str) -> str:
    # names inside someone's words are not the speaker
    return re.sub(r"\"[^\"]*\"|“[^”]*”|(?:``|'').*?''", lambda m: " " * len(m.group()), text)


def _strip_article(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE)


def normalized(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def merge(mentions) -> list[Quote]:
    """One Quote per (words, speaker); a shorter quote inside a longer one by the same speaker joins it."""
    groups: list[list[QuoteMention]] = []
    for mention in mentions:
        words, speaker = normalized(mention.text), normalized(mention.speaker or "")
        home = next(
            (
                g for g in groups
                if normalized(g[0].speaker or "") == speaker
                and (words in normalized(g[0].text) or normalized(g[0].text) in words)
            ),
            None,
        )
        if home is None:
            groups.append([mention])
        else:
            home.append(mention)
    quotes = [
        Quote(
            speaker=group[0].speaker or "",
            text=max(group, key=lambda m: len(m.text)).text,
            sources=tuple(m.span for m in group),
        )
        for group in groups
    ]
    return sorted(quotes, key=lambda q: -q.support)
