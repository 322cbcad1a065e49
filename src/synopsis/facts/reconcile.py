"""Reconciliation: figures that speak of the same quantity, side by side, with a verdict.

Two figures speak of the same quantity when they count the same action on the
same group over the same time window (see `dates.windows_match`); place and
reporter are not compared, since reports name both in their own words and a
different reporter giving a different value is exactly the disagreement a reader
must see. The verdict is "conflict" when two reports give values no single
number can satisfy, "agree" when two or more reports give compatible values,
"single" when one report alone gives the figure. Values are never averaged and
never picked: every value is listed with the reports that give it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from synopsis.facts.dates import windows_match
from synopsis.facts.figures import ACTIONS, GROUPS, Figure
from synopsis.model import Fact, FigureValue

VERDICT_ORDER = {"conflict": 0, "agree": 1, "single": 2}
# Counts of what happened (GDELT's KILL, ARREST, ...) are compared across reports; other
# numbers ("400 people", "500 kilometers") are too loosely tied to one quantity to call a
# conflict, so only equal values of them are put together.
EVENT_ACTIONS = frozenset(ACTIONS.values())


def reconcile(figures: Sequence[Figure]) -> list[Fact]:
    """Facts across reports: conflicts first, then agreements by support, then single reports."""
    facts = [_fact(quantity) for quantity in same_quantities(figures)]
    order = {id(f): i for i, f in enumerate(facts)}
    return sorted(facts, key=lambda f: (VERDICT_ORDER[f.verdict], -_support(f), order[id(f)]))


def same_quantities(figures: Sequence[Figure]) -> list[list[Figure]]:
    """Figures grouped by quantity: same action, group and unit, and a matching time window."""
    by_key: dict[tuple, list[list[Figure]]] = defaultdict(list)
    for figure in figures:
        key = (figure.action, figure.group, figure.amount.percent)
        if figure.action not in EVENT_ACTIONS:
            key += (figure.amount.value,)
        quantities = by_key[key]
        home = next((q for q in quantities if windows_match(q[0].window, figure.window)), None)
        if home is None:
            quantities.append([figure])
        else:
            home.append(figure)
    return [quantity for quantities in by_key.values() for quantity in quantities]


def verdict(quantity: Sequence[Figure]) -> str:
    """ "conflict" if two reports give incompatible values, else "agree" or "single"."""
    if len({f.doc for f in quantity}) < 2:
        return "single"
    for i, a in enumerate(quantity):
        for b in quantity[i + 1 :]:
            if a.doc != b.doc and not a.amount.compatible(b.amount):
                return "conflict"
    return "agree"


def label(quantity: Sequence[Figure]) -> str:
    """What is counted, the action and the window: "towns and villages seized, since Thursday"."""
    first = quantity[0]
    wordings = Counter(f.counted for f in quantity)
    counted = wordings.most_common(1)[0][0]
    if len(wordings) > 1 and first.group in GROUPS.values():
        counted = first.group
    if first.group == "both sides" and "side" not in counted:
        counted += " on both sides"
    # an action outside the field's own ("extend", "throw") names nothing a reader compares
    action = "" if counted.startswith(("dead", "age of")) or first.action not in EVENT_ACTIONS else first.action
    text = " ".join(part for part in (counted, action) if part)
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
