"""Reconciliation: figures that speak of the same quantity, side by side, with a verdict.

Two figures speak of the same quantity when
- they count the same action (killed, injured, fled, displaced, seized, arrested, ...)
  on the same group ("jihadists", "rebels" and "militants" are one group);
- over the same time window (see `dates.windows_match`): "since Thursday", "four days
  of fighting" told a day later, or, when no window is stated, as of the same day;
- in the same place when both name one (a shared name: "Catanduanes" and "Catanduanes
  island");
- with values of one order (within a factor of two); two different values of one report
  are compared only when each is given by its own source ("police said 22 were wounded,
  while hospital officials counted 19") or the report sets them against each other
  ("other estimates put the toll at 200"): otherwise they count two things (a count
  updated later in the story, a sub-count, a range).
A value a report revised ("lowered the toll from 7,000 to about 6,100") is listed apart
as the earlier estimate; a running count "as of Thursday" is a count told that day, so
a report's unstated toll a day later is a newer count, not a disagreement.
Across reports the reporter is not compared: a different reporter giving a different value
is the disagreement a reader must see. The verdict is "conflict" when two reports (or two
sources of one report) give values
no single number satisfies ("more than 170" allows up to 221, "around 1,000" 900 to
1,100, "dozens" 24 to 199), "agree" when two or more reports give compatible values,
"single" when one report alone gives the figure. Values are never averaged and never
picked: every value is listed with the reports that give it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from synopsis.facts.dates import windows_match
from synopsis.facts.figures import EVENT_ACTIONS, GROUPS, RATES, Figure, names_in
from synopsis.facts.numbers import wording
from synopsis.model import Fact, FigureValue

VERDICT_ORDER = {"conflict": 0, "agree": 1, "single": 2}
# Ranks ("the world's ninth-largest economy"), lengths of occasions ("a four-day trip"), years of a
# life's events ("appointed army commander in 1988") and lists named whole ("the 161 candidates") are
# compared as counts of what happened are.
# The field of a contest ("6,000 athletes from 41 nations") and rates ("150,000 meteors per hour") are too.
# So are vote tallies told with names ("the House", "228 votes to 207") and the members of a named one's delegation.
# A tremor's magnitude and depth are compared within the stretch of one report about it (see `measures`).
COMPARED = EVENT_ACTIONS | RATES | {
    "ranked", "lasted", "dated", "attended", "listed", "competing", "voted", "delegation", "rate level", "measured",
    "happened",
}
# Counts of what happened (GDELT's KILL, ARREST, ...) are compared across reports (EVENT_ACTIONS);
# other numbers ("400 people", "500 kilometers") are too loosely tied to one quantity to call a
# conflict, so only equal values of them are put together, unless they are told as shares, sums
# with names, populations or masses.


def reconcile(figures: Sequence[Figure]) -> list[Fact]:
    """Facts across reports: conflicts first, then agreements by support, then single reports."""
    facts = [_fact(quantity) for quantity in same_quantities(figures)]
    order = {id(f): i for i, f in enumerate(facts)}
    return sorted(facts, key=lambda f: (VERDICT_ORDER[f.verdict], -_support(f), order[id(f)]))


def same_quantities(figures: Sequence[Figure]) -> list[list[Figure]]:
    """Figures grouped by quantity: same action, group and unit, matching windows and places,
    values of one order; a figure joins the quantity whose values are closest to its own."""
    by_key: dict[tuple, list[list[Figure]]] = defaultdict(list)
    for figure in figures:
        # a value a report revised is compared only with other earlier values, never with current ones
        key = (figure.action, figure.group, figure.amount.percent, figure.earlier)
        if figure.forecast:
            key = ("forecast", figure.counted, figure.amount.value)  # a level foreseen: only the same forecast agrees
        elif figure.predicate:
            key = ("share", figure.earlier)  # shares told by what they are: compared by predicate below
        elif figure.revised_to is not None:
            # the values a change started from, told of one end value: "to 22 planes from 57" and "22 aircraft, down from 54"
            key = ("changed", figure.group, figure.revised_to)
        elif figure.measure:
            key = ("sum", figure.counted, figure.earlier)  # sums told by what they measure: compared by measure below
        elif figure.names or figure.action == "ranked":
            key += (figure.counted,)  # sums told with names: compared by action, currency and names; ranks by what
        elif figure.action not in COMPARED and not _done_alike(figure):
            key += (figure.amount.value,)
        quantities = by_key[key]
        fitting = [q for q in quantities if all(_same_quantity(member, figure) for member in q)]
        if fitting:
            min(fitting, key=lambda q: min(_distance(m, figure) for m in q)).append(figure)
        else:
            quantities.append([figure])
    # two sources of one report first, so a value only one of them gives is not first joined as agreeing elsewhere
    joined = (
        _join(_join(_join(_join(quantities, _told_by_two_sources), _agreeing), _corroborated_apart), _one_event_told_alike)
        for quantities in by_key.values()
    )
    # numbers that are not counts of what happened were keyed by value: close values told alike meet across keys
    return _join([quantity for quantities in joined for quantity in quantities], _told_alike, _all_loosely_told)


# Verbs that say nothing of what was done to what is counted: "has 15,000 soldiers", "made enough for two bombs".
_LIGHT_VERBS = frozenset({
    "be", "have", "include", "say", "tell", "add", "report", "get", "give", "make", "take", "do", "see", "use", "put",
    "show", "know", "find", "go", "come", "need", "want", "call", "mean", "involve", "contain", "list", "expect",
    "estimate", "count", "number", "total", "reach", "bring", "leave", "left", "remain", "stay", "keep", "seem",
    "appear", "become", "deal", "compare", "accord", "cite", "base", "follow", "let", "set", "look",
})
# Verbs of change: "the index fell 9 points" is a change of one of the many levels a story tells (each index, each stock).
_CHANGE_VERBS = frozenset({
    "rise", "fall", "drop", "gain", "climb", "decline", "lose", "jump", "increase", "decrease", "slip", "plunge",
    "soar", "tumble", "surge", "slide", "sink", "grow", "shrink", "rally", "advance", "retreat", "cut", "raise",
})
# Verbs that tell no doing of the counted things' own
_NOT_DONE_ALIKE = _LIGHT_VERBS | _CHANGE_VERBS
_MONEY = frozenset({"dollars", "pounds", "euros", "euro", "ecu", "ecus", "yen", "yuan", "rupee", "rupees", "ruble",
                    "rubles", "rouble", "roubles", "franc", "francs", "marks"})


def _done_alike(figure: Figure) -> bool:
    """A count of things that a verb of its own was done to or by ("players held news conferences in 11 cities",
    "in 14 NBA cities"): compared with counts of the same things under the same verb, whatever the verb, as
    counts of what happened are. Shares and sums of money are compared by what they are of, not here; nor
    numbers told after their noun ("stage 13", "a magnitude of 4.3"), which name or measure a thing, nor
    the rest of a whole ("the other 14 sailors")."""
    amount, text = figure.amount, figure.text.lower()
    told_otherwise = figure.predicate or figure.names or figure.measure or figure.revised_to is not None
    return bool(
        not told_otherwise and figure.action and figure.group and figure.action not in _NOT_DONE_ALIKE and " " not in figure.action
        and not amount.percent and figure.counted.lower() not in _MONEY and float(amount.value).is_integer() and figure.doer != "neg"
        and figure.counted.lower() in text and not _THE_REST.search(_before(figure))
    )


def _before(figure: Figure) -> str:
    return figure.sentence.text[: figure.span.start - figure.sentence.start] if figure.sentence is not None else ""


# "the other 14 sailors", "the remaining 300 hostages": the rest of a whole, not the whole.
_THE_REST = re.compile(r"\b(?:other|remaining|another|rest\s+of\s+the)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _alike_things(a: Figure, b: Figure) -> bool:
    """Two counts done alike count the same things when one's words hold the other's and the rest only name
    ("14 NBA cities" and "11 cities"); a qualifier in small letters tells other things ("4 gold medals" and
    "6 medals"), and rate levels meet only on the same words ("rates" and "interest rates", not "mortgage
    rates"). A report's own two values count two things."""
    if a.doc == b.doc:
        return False
    if "rate level" in (a.action, b.action):
        return _words(a.counted) - {"interest"} == _words(b.counted) - {"interest"}
    fewer, more = sorted((a.counted, b.counted), key=lambda counted: len(_words(counted)))
    return _words(fewer) <= _words(more) and all(w[:1].isupper() for w in more.split() if w.lower() not in _words(fewer))


def _words(counted: str) -> set[str]:
    return set(counted.lower().split())


def _told_by_two_sources(a: list[Figure], b: list[Figure]) -> bool:
    """Two sources of one report set the quantities side by side, though their values are further apart than
    reports' usually are: "a government report put the toll at 50" and "rights activists say about 200".
    Both count the same words: "47 soldiers and police officers" against "10 police officers" is a part."""
    return any(x.doc == y.doc and x.counted.lower() == y.counted.lower() and two_sources(x, y) for x in a for y in b) and all(
        _same_quantity(x, y, order=SOURCES_ORDER) for x in a for y in b
    )


def _corroborated_apart(a: list[Figure], b: list[Figure]) -> bool:
    """Two counts of what happened, each told in their own words by two or more reports, that differ by more
    than reports of one toll usually do: a count several reports repeat is the story's count, not a part or a
    side count one sentence mentions, so early and late reports' tolls two or three times apart ("about 20 were
    in intensive care" in two reports, "at least 57" in three, the same day) are one quantity they disagree on."""
    return (
        a[0].action in EVENT_ACTIONS and _corroborated(a) and _corroborated(b) and not {x.doc for x in a} & {y.doc for y in b}
        and all(_same_quantity(x, y, order=CORROBORATED_ORDER) for x in a for y in b)
        and not _of_other_doings(a, b)
    )


# Words that tell one of several events or a sum of them: "the first bomb", "a second blast", "in all", "in total",
# "attacks across Iraq", "nationwide", "since Monday".
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:first|second|third|fourth|another|separate|in\s+all|in\s+total|altogether|combined"
    r"|across|throughout|nationwide|around\s+the\s+country|elsewhere"
    r"|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)


def _of_other_doings(a: list[Figure], b: list[Figure]) -> bool:
    """Counts two or three times apart are of other doings when their sentences tell one of several events or a
    sum ("the first bomb killed 15", "a second blast killed 40", "in all, 55 were injured"), or name other doers
    ("the bus crash injured 20" and "the storms injured 55")."""
    if any(f.sentence is not None and _ONE_OF_SEVERAL.search(f.sentence.text) for f in (*a, *b)):
        return True
    doers_a, doers_b = {f.doer for f in a} - {""}, {f.doer for f in b} - {""}
    return bool(doers_a and doers_b and not doers_a & doers_b)


def _corroborated(quantity: list[Figure]) -> bool:
    """Told by two or more reports in sentences of their own, not only a wire's copies of one sentence."""
    return len({f.doc for f in quantity}) >= 2 and len({wording(f.sentence.text) for f in quantity if f.sentence is not None}) >= 2


def _join(quantities: list[list[Figure]], together, joinable=lambda quantity: True) -> list[list[Figure]]:
    """Each quantity joined to the first one before it that `together` says it belongs with; those `joinable` says
    `together` can never hold (neither as the one joined nor as its home) are passed over, sparing their pairs."""
    joined: list[list[Figure]] = []
    homes: list[list[Figure]] = []
    for quantity in quantities:
        may_join = joinable(quantity)
        home = next((j for j in homes if together(j, quantity)), None) if may_join else None
        if home is not None:
            home.extend(quantity)
            continue
        joined.append(list(quantity))
        if may_join:
            homes.append(joined[-1])
    return joined


def _agreeing(a: list[Figure], b: list[Figure]) -> bool:
    """Quantities told on nearby days whose every value agrees: "some three million people" on Sunday and
    on Monday is one statement, and joining can never hide a disagreement."""
    return all(
        x.amount.compatible(y.amount) and places_match(x.place, y.place) and _near_in_time(x.window, y.window)
        for x in a
        for y in b
    )


def _near_in_time(a, b) -> bool:
    if windows_match(a, b):
        return True
    if a.end is None or b.end is None or (a.start is None) != (b.start is None):
        return False
    starts_near = a.start is None or abs((a.start - b.start).days) <= 2
    return starts_near and abs((a.end - b.end).days) <= 2


# Two reports' numbers that are not counts of what happened ("the 26 communities of Nunavut", "28 communities
# within the boundaries of what will become Nunavut") are one quantity only when this close: a figure told
# loosely with a noun is otherwise often another thing counted the same way (a yacht's crew of 12, another's of 11).
TOLD_ALIKE_ORDER = 1.1


def _told_alike(a: list[Figure], b: list[Figure]) -> bool:
    """Two quantities of numbers that are not counts of what happened, each told by other reports, are one when
    every pair of their figures is told alike (see `_figures_told_alike`)."""
    return all(_figures_told_alike(x, y) for x in a for y in b)


def _figures_told_alike(a: Figure, b: Figure) -> bool:
    """Two reports' figures of one thing: neither a count of what happened nor told with names, a measure or a
    share; counting the same things (nouns of one head, "communites" a typo of "communities"); values very
    close (TOLD_ALIKE_ORDER); sentences sharing a name ("Nunavut"); neither a part ("10 of the 11 countries",
    "the other 14 sailors"), nor told of a year the other does not tell, nor of what is to come."""
    # the values first, the cheapest test: most pairs of a story's numbers are more than a tenth apart
    if a.doc == b.doc or a.amount.vague or b.amount.vague or not _of_one_order(a, b, TOLD_ALIKE_ORDER):
        return False  # "scores of candidates" is no value to set against "32 candidates"
    if not (_loosely_told(a) and _loosely_told(b)) or not _one_head(a.counted, b.counted):
        return False
    if not places_match(a.place, b.place):
        return False
    if not names_in(a.sentence.text) & names_in(b.sentence.text):
        return False
    years_a, years_b = (frozenset(_YEAR.findall(f.sentence.text)) for f in (a, b))
    return years_a == years_b and not any(_a_part_or_to_come(f) for f in (a, b))


def _all_loosely_told(quantity: list[Figure]) -> bool:
    # `_told_alike` holds only such quantities: the rest of a story's many numbers need no pair compared
    return all(map(_loosely_told, quantity))


def _loosely_told(figure: Figure) -> bool:
    """A number keyed by its value (see `same_quantities`): not a count of what happened, a share, a sum or a
    change ("gaining 60 seats"); or a population, which meets the same people told loosely ("Puerto Rico and its
    4 million people" and "the Puerto Rico market at 3.8 million people")."""
    if figure.sentence is None or figure.amount.percent or figure.earlier or figure.forecast:
        return False
    if figure.action == "population":
        return True
    told_otherwise = figure.predicate or figure.revised_to is not None or figure.measure or figure.names
    return bool(
        not told_otherwise and figure.action not in COMPARED and not _done_alike(figure) and figure.action != "ranked"
        and figure.action not in _CHANGE_VERBS and figure.counted.lower() not in _MONEY
    )


# "Ten of the 11 countries", "15 new ones of the 19": the number before "of" is a part of the one after it.
_OF_A_WHOLE_AFTER = re.compile(
    r"^\s*[\w.,]+\s+(?:[a-z]+\s+)?(?:of|among)\s+(?:the|its|their|his|her|these|those)\b", re.IGNORECASE
)
# "1,320 of them", "150 of whom": a part of the whole the sentence told before it.
_OF_THE_WHOLE_TOLD = re.compile(r"^\s*[\w.,]+\s+(?:of|among)\s+(?:them|those|whom)\b", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s*$")


def _part_of_a_whole_told(figure: Figure) -> bool:
    """A count told as a part of the whole its sentence gave before it ("more than 3,000 people, 1,320 of them
    along the Yangtze"), which another report's whole does not disagree with."""
    if figure.sentence is None:
        return False
    at = figure.span.start - figure.sentence.start
    before = figure.sentence.text[:at]
    # the whole is a number right before, set off by a comma: "a fire that killed 67 of them" is the whole toll
    return bool(_WHOLE_BEFORE.search(before) and _OF_THE_WHOLE_TOLD.match(figure.sentence.text[at:]))


# Words that tell a count to come or a count still growing: "will have 30 members", "expected", "more".
_TO_COME = re.compile(r"\b(?:will|would|could|may|might|expected|planned|proposed|more|another|additional)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_LAST_WORD = re.compile(r"\b([A-Z][\w'’-]*[a-z])\s+$")


def _ends_a_name(before: str) -> bool:
    """A number right after a name (not a sentence's first word) ends the name: "the Windows 95 operating system"."""
    last = _LAST_WORD.search(before)
    return last is not None and last.group(1) in names_in(before)


def _a_part_or_to_come(figure: Figure) -> bool:
    """Whether a figure tells a part, a count to come or no count at all, so no other report's value can
    disagree with it."""
    told = figure.sentence.text[figure.span.start - figure.sentence.start :]
    before = _before(figure)
    return bool(
        _OF_A_WHOLE_AFTER.match(told) or _THE_REST.search(before) or _ends_a_name(before) or _told_as_a_part(figure)
        or _TO_COME.search(before)
    )


def _one_head(a: str, b: str) -> bool:
    """Counted nouns of one head: "communities" and "Inuit communities"; a one-letter slip of a long word
    ("communites") is the same noun."""
    head_a, head_b = _head(a), _head(b)
    if head_a == head_b:
        return bool(head_a)
    if min(len(head_a), len(head_b)) < 6 or abs(len(head_a) - len(head_b)) > 1:
        return False
    shorter, longer = sorted((head_a, head_b), key=len)
    if len(shorter) == len(longer):
        return sum(x != y for x, y in zip(shorter, longer)) == 1
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _head(counted: str) -> str:
    """The last word of what is counted, in the singular: "Inuit communities" -> "community"."""
    words = counted.lower().split()
    word = words[-1] if words else ""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _one_event_told_alike(a: list[Figure], b: list[Figure]) -> bool:
    """Counts of one long-past event that other reports give alike on days far apart ("Koresh and some 80
    followers died during the blaze" and "... ended with David Koresh and some 80 followers dead", eleven
    days apart): one statement when every value agrees, the action and the counted noun are one and the
    sentences share a name; joining values that agree can never hide a disagreement."""
    return all(
        x.doc != y.doc and x.sentence is not None and y.sentence is not None and x.amount.compatible(y.amount) and not x.amount.vague and x.action == y.action
        and _one_head(x.counted, y.counted) and places_match(x.place, y.place)
        and bool(names_in(x.sentence.text) & names_in(y.sentence.text))
        for x in a
        for y in b
    )


# Reports disagreeing on one quantity give values of one order (29 and 25, 370,000 and
# 560,000); values further apart than this are counts of different things.
SAME_ORDER = 2.0
# Two sources of one report giving one toll may be further apart: an official count against activists' is
# often several times smaller, though still of one order of magnitude.
SOURCES_ORDER = 10.0
# Counts several reports repeat in words of their own may be further apart: early and late reports of one toll.
CORROBORATED_ORDER = 3.0
# A zero has no order: it meets a handful ("0" against "2" dead), not hundreds, which count something else.
ZERO_MEETS = 10


def _same_quantity(a: Figure, b: Figure, order: float = SAME_ORDER) -> bool:
    # a report does not disagree with itself: its two different values count two things, unless two sources give them
    if a.doc == b.doc and not a.amount.compatible(b.amount) and not two_sources(a, b) and not one_place_twice(a, b):
        return False
    if a.predicate and not (a.predicate & b.predicate and (a.group == b.group or "" in (a.group, b.group))):
        return False  # "65 percent are stunted" and "62 percent of children had stunted growth" meet
    if (a.measure or b.measure) and not (a.measure & b.measure or _one_rescue(a, b)):
        return False  # "dlrs 2.1 billion in debt" and "the $2.2 billion debt load" meet; a debt and a fund do not
    if a.about != b.about and not a.amount.compatible(b.amount):
        return False  # one body's votes on two things: "the first article" and "the second article"
    names_a, names_b = (a.told_of, b.told_of) if _sources_of_one_share(a, b) else (a.names, b.names)
    if names_a and names_b and not _names_meet(names_a, names_b):
        return False  # told of other parties: "Cambodian children" and "North Korean children"
    done_alike = a.action not in COMPARED and _done_alike(a)
    if (a.action == "rate level" or done_alike) and not _alike_things(a, b):
        return False  # "interest rates" and "interest rates" meet; "interest rates" and "mortgage rates" do not
    by_whom = a.action in ("delegation", "rate level") or done_alike
    if by_whom and a.doer and b.doer and a.doer != b.doer:
        return False  # "Clinton visited 12 countries" and "Gore visited 20"; Clinton's party and Jiang's; China's growth and India's
    if _one_of_places_told(a, b):
        return False  # the toll at the embassy in Nairobi is a part of the toll "in Kenya and Tanzania"
    if a.doc != b.doc and any(_part_of_a_whole_told(f) for f in (a, b)):
        return False  # "killed more than 3,000 people, 1,320 of them along the Yangtze": a part of the toll
    return _windows_agree(a, b) and places_match(a.place, b.place) and _same_order(a, b, order)


# Two places joined: "the embassies in Kenya and Tanzania"; a place: "in downtown Nairobi", "in neighboring Kenya".
_IN_PLACES_JOINED = re.compile(r"\bin\s+([A-Z][\w'’-]*[a-z])\s+and\s+([A-Z][\w'’-]*[a-z])\b")
_IN_A_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?:[a-z]+\s+)?([A-Z][\w'’-]*[a-z])\b")


def _one_of_places_told(a: Figure, b: Figure) -> bool:
    """Two counts of what happened, one told in two places joined ("the Aug. 7 bombings of U.S. embassies in
    Kenya and Tanzania that killed 224"), the other in a place of its own, not both of them ("the blast at the
    embassy building in downtown Nairobi killed 213"): a part of the whole the first one counts, not a disagreement."""
    if a.sentence is None or b.sentence is None or a.action not in EVENT_ACTIONS:
        return False  # a standing fact (a population) is told of its place's name, not where it was done
    for whole, part in ((a, b), (b, a)):
        places = set(_IN_A_PLACE.findall(part.sentence.text)) | _places_joined(part.sentence.text)
        if places and any(not set(joined.groups()) <= places for joined in _IN_PLACES_JOINED.finditer(whole.sentence.text)):
            return True
    return False


def _places_joined(text: str) -> set[str]:
    return {name for joined in _IN_PLACES_JOINED.finditer(text) for name in joined.groups()}


# Nouns that name one rescue of a country or a firm: "a dlrs 22.6 billion loan from the IMF" and "a $17 billion
# package for Russia" are its size; told of other names they stay apart (see `_names_meet`).
_RESCUE = frozenset({"loan", "package", "bailout", "rescue"})


def _one_rescue(a: Figure, b: Figure) -> bool:
    """Two sums told as a rescue's, each with names that meet: a loan to Russia and a package for Russia;
    not "bailouts for Thailand" against "$200 billion in new loans" the developing world may need."""
    return bool(a.measure & _RESCUE and b.measure & _RESCUE and a.names and b.names and _names_meet(a.names, b.names))


def _sources_of_one_share(a: Figure, b: Figure) -> bool:
    """Two sources give a share of the same words (in one report, or in its copies): the names of their
    sentences are largely the sources' own ("40 percent of the electorate voted, the Salam newspaper said"
    against "an exiled group, the National Council of Resistance, claimed that only about 10 percent of the
    electorate voted"), so only the names of each share's own clause tell what it is of."""
    both_told = a.told_of is not None and b.told_of is not None
    return both_told and a.counted.lower() == b.counted.lower() != "share" and two_sources(a, b)


# Words that set one report's value against another's: "other estimates put the toll at 200".
_SET_AGAINST = re.compile(
    r"\b(?:other|another|higher|lower|independent|unofficial)\s+(?:estimates?|counts?|tallies|tally|figures?)\b"
    r"|\bput\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|figure|number|count|tally)\s+at\b",
    re.IGNORECASE,
)
# Words that mark a count as a part of another: "25 were seriously injured", "killed in the first wave", "in total".
_PART = re.compile(
    r"\b(?:seriously|critically|severely|gravely|slightly|lightly|badly|mortally|including)\b"
    r"|\bin\s+(?:the\s+|a\s+)?(?:first|second|third|initial|earlier|later|latest|last|total|all)\b"
    r"|\b(?:of|among)\s+(?:them|those|whom)\b",
    re.IGNORECASE,
)
# Words of a source's name that do not tell sources apart: "the statement" and "a statement".
_NOT_A_SOURCE_WORD = frozenset({"the", "a", "an", "of", "for", "its", "their", "his", "her", "local"})


def two_sources(a: Figure, b: Figure) -> bool:
    """Two figures of one report given by sources of their own: each names one and neither name holds the
    other ("police" and "hospital officials"; not "police" and "police officials"), or the later one is set
    against the other ("other estimates put the toll at 200"). A figure without a source is the report's own;
    a part ("25 were seriously injured", "killed in the first wave") or a whole ("in total") is no source's other value."""
    if any(_told_as_a_part(f) for f in (a, b)):
        return False
    if a.sentence is not None and b.sentence is not None and a.sentence != b.sentence:
        later = max(a, b, key=lambda f: f.span.start)
        if _SET_AGAINST.search(later.sentence.text) and (a.reporter or b.reporter):
            return True
    if not a.reporter or not b.reporter:
        return False
    words_a, words_b = _source_words(a.reporter), _source_words(b.reporter)
    return bool(words_a and words_b) and not (words_a <= words_b or words_b <= words_a)


# Words that make a place's population another stretch of land than the place: "the greater Goteborg area".
_WIDER = re.compile(r"\b(?:area|region|metropolitan|metro|greater|suburbs?|province|district|county|state|island)\b", re.I)


def one_place_twice(a: Figure, b: Figure) -> bool:
    """One report giving two populations of one named place contradicts itself: a place has one population at a
    time, so "Goteborg, a city of half a million people" against "Goteborg has about 435,000 people" is a
    disagreement a reader must see, unless one of them counts a wider stretch ("the greater Goteborg area")."""
    if a.action != "population" or b.action != "population" or not a.names or not b.names:
        return False
    wider = any(f.sentence is not None and _WIDER.search(f.sentence.text) for f in (a, b))
    return not wider and _names_meet(a.names, b.names)


def _told_as_a_part(figure: Figure) -> bool:
    """Whether the figure's own clause marks it as a part or a whole: "19 men were wounded, eight seriously" does
    not, the eight do; "Among them, 12 were killed" does."""
    if figure.sentence is None:
        return False
    text, at = figure.sentence.text, figure.span.start - figure.sentence.start
    start = max(text.rfind(mark, 0, at) for mark in ",;:") + 1
    ends = [i for i in (text.find(mark, at) for mark in ",;") if i >= 0]
    clause = text[start : min(ends, default=len(text))]
    return bool(_PART.search(clause) or _PART_BEFORE.search(text[:start]))


# "Among them, 12 were killed": a part told by the clause before the count's own.
_PART_BEFORE = re.compile(r"\b(?:of|among)\s+(?:them|those|whom)\W*$", re.IGNORECASE)


def _source_words(source: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", source.lower())) - _NOT_A_SOURCE_WORD


def _names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sets of names share one, a people's name meeting its country's: "Korean" and "Korea"."""
    return any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))) for x in a for y in b)


def _windows_agree(a: Figure, b: Figure) -> bool:
    # a share, a price or a mass told with no window is a standing fact, not a running count
    # as of the report's day: reports a day apart state the same one
    standing = a.predicate or a.names or a.measure or a.revised_to is not None or a.action in ("listed", "competing", "delegation")
    if standing and not a.window.text and not b.window.text:
        return True
    return windows_match(a.window, b.window)


def places_match(a: str | None, b: str | None) -> bool:
    """Places agree when one is not stated or they share a name: "Catanduanes" and "Catanduanes island"."""
    if not a or not b:
        return True
    return bool(_place_names(a) & _place_names(b))


def _place_names(place: str) -> set[str]:
    """Names as consonants, so transliterations meet: "Maaret" and "Maarat", "Qaeda" and "Qaida"."""
    words = re.findall(r"[A-Z][\w'’-]+", place)
    return {re.sub(r"[aeiouy'’-]", "", w.lower()) for w in words if w != "The"} - {""}


# Days of one kind of event further apart than this are two events, not one dated differently (see `event_days`).
DAYS_APART = 2


def _same_order(a: Figure, b: Figure, order: float = SAME_ORDER) -> bool:
    if a.action in ("aged", "ranked"):
        return True
    if a.action == "happened":
        return abs(a.amount.value - b.amount.value) <= DAYS_APART
    return _of_one_order(a, b, order) or _same_wording(a, b)


def _of_one_order(a: Figure, b: Figure, order: float = SAME_ORDER) -> bool:
    if a.amount.vague or b.amount.vague:
        # "dozens of dead" on the first day and "about 200,000" a week later count different things:
        # a vague word allows its whole range, and no more than that range's order
        return _within_order(a.amount, b.amount) and _within_order(b.amount, a.amount)
    low, high = sorted((a.amount.value, b.amount.value))
    if low == 0:
        return high <= ZERO_MEETS  # "no one was killed" against "two people died" is a disagreement
    return high / low <= order


# Two sentences told in the same words but for their numbers are one statement a wire revised:
# "59 bodies were found and six others died later" against "... and one other died later".
def _same_wording(a: Figure, b: Figure) -> bool:
    if a.sentence is None or b.sentence is None or a.doc == b.doc:
        return False
    words_a, words_b = wording(a.sentence.text), wording(b.sentence.text)
    if min(len(words_a), len(words_b)) < 8:
        return False  # "12 were killed" and "3 were killed": too few words to tell one statement
    return words_a == words_b


def _within_order(a, b) -> bool:
    return a.low <= b.high * SAME_ORDER


def _distance(a: Figure, b: Figure) -> float:
    return abs(math.log((a.amount.value + 1) / (b.amount.value + 1)))


def verdict(quantity: Sequence[Figure]) -> str:
    """ "conflict" if two reports, or two sources of one report, give incompatible values, else "agree" or "single"."""
    for i, a in enumerate(quantity):
        for b in quantity[i + 1 :]:
            if (a.doc != b.doc or two_sources(a, b) or one_place_twice(a, b)) and not a.amount.compatible(b.amount):
                if not _aged_between(a, b):
                    return "conflict"
    return "agree" if len({f.doc for f in quantity}) > 1 else "single"


def _aged_between(a: Figure, b: Figure) -> bool:
    """Ages told by reports more than half a year apart may differ by the birthdays more likely than not passed
    between them ("Cardona, 31" in July 2005, "Santos Cardona, 32" in June 2006)."""
    if a.action != "aged" or a.told_on is None or b.told_on is None:
        return False
    birthdays = round(abs((a.told_on - b.told_on).days) / 365.25)
    return abs(a.amount.value - b.amount.value) <= birthdays


def label(quantity: Sequence[Figure]) -> str:
    """What is counted, the action and the window: "towns and villages seized, since Thursday"."""
    first = quantity[0]
    # "65 percent" beside "67 percent of all children": the share is named by what it is of
    wordings = Counter(f.counted for f in quantity if f.counted != "share") or Counter(f.counted for f in quantity)
    counted = wordings.most_common(1)[0][0]
    if len(wordings) > 1 and first.group in GROUPS.values():
        counted = first.group
    if first.group == "both sides" and "side" not in counted:
        counted += " on both sides"
    # an action outside the field's own ("extend", "throw") names nothing a reader compares
    shown = EVENT_ACTIONS | RATES | {"attended", "competing"}
    action = "" if counted.startswith(("dead", "age of", "mass of")) or first.action not in shown else first.action
    text = " ".join(part for part in (counted, action) if part)
    shared = frozenset.intersection(*(f.predicate for f in quantity)) - {counted.lower()}
    if shared:
        owner = "" if counted == "share" else f" of {counted}"
        text = f"share{owner} ({', '.join(sorted(shared))})"  # "share of children (stunt)"
    elif first.measure:
        # equal sums of other things may be joined as agreeing: then the first one's measure names them
        measured = frozenset.intersection(*(f.measure for f in quantity)) or first.measure
        text = f"{counted} ({', '.join(sorted(measured))})"  # "dollars (debt)"
    elif first.action == "membership":
        text = f"members of {', '.join(sorted(first.names))}"  # "members of APEC"
    elif first.names and first.action not in ("ranked", "voted", "delegation", "happened"):
        text = f"{counted} ({first.action})"  # "dollars (deal)", "dollars (pay)"
    if first.revised_to is not None:
        text += f" before the change to {first.revised_to:g}"  # "aircraft before the change to 22"
    elif first.earlier:
        text += " (earlier estimate)"
    elif first.forecast:
        text += " (forecast)"
    window = next((f.window.text for f in quantity if f.window.text), "")
    return f"{text}, {window[0].lower()}{window[1:]}" if window else text


def _fact(quantity: list[Figure]) -> Fact:
    values: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in quantity:
        amount = figure.amount
        values[(amount.value, amount.low, amount.high, amount.vague)].append(figure)
    ordered = sorted(values.values(), key=lambda same: -len({f.doc for f in same}))
    return Fact(
        quantity=label(quantity),
        verdict=verdict(quantity),
        values=tuple(
            FigureValue(value=same[0].amount.value, text=same[0].text, sources=tuple(f.span for f in same))
            for same in ordered
        ),
    )


def _support(fact: Fact) -> int:
    return len({s.doc for v in fact.values for s in v.sources})
