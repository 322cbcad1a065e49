"""Would shorter sentences help the concept summarizer? Measured on development data only.

    python benchmarks/tune_compression.py /work/data/duc2003 --splits 3 5 10 [--shuffle SEED] [--rules ...] [--spans]
        [--joint] [--label-words 100 [--balanced]]

Each chosen sentence loses words that carry no concept a reference would
hold, so that 100 words carry more content. Three ways, all cross-validated
as in tune_concepts.py, all scored as benchmark output (cut at the limit,
`synopsis.summarize.cut_at_limit`), against the shipped cut of whole sentences:

- "pre": every candidate compressed before selection (bigram weights from the
  whole sentences, as a shorter text is no new use);
- "post": whole sentences selected, the chosen compressed, the freed words
  given to the cut sentence at the end;
- "post+": the same, but the freed words first go to further whole
  (compressed) sentences, each the one adding most uncovered concept weight
  among those that fit, then to the cut (`summarize.narrowed_and_refilled`
  with openings and attributions: the row "narrowed, refilled").

What is removed (`--rules`): an opening connective or date ("Meanwhile, ",
"On Tuesday, ", "But "), a closing attribution (", officials said
Tuesday."), both (`summarize.compress`: still one contiguous span of the
report), and, leaving a gap a brief could not cite as one span, parentheses
("(0745 GMT)"), paired dashes (AP's " _ which Britain regards as an ally _ "),
appositives after a name (", the human rights group long critical of
Pinochet,"), ages (", 82,") and non-restrictive relative clauses (", who
ousted elected President Salvador Allende in a bloody 1973 coup,").
`--spans` also runs the first try: narrower spans offered to the selection as
alternatives in their sentence's content unit (whole sentences, no cut).

DUC 2003, R-1 / R-2 change against the shipped cut (43.30 / 12.37), mean of
3, 5 and 10 folds, clusters in their own order:

| removed | pre | post | post+ |
|---|---:|---:|---:|
| parentheses | +0.08 / -0.02 | +0.10 / +0.04 | +0.10 / +0.04 |
| relative clauses | +0.17 / +0.12 | -0.04 / -0.06 | -0.05 / -0.03 |
| openings | -0.01 / +0.04 | +0.04 / +0.04 | +0.04 / +0.04 |
| attributions | +0.10 / +0.01 | +0.22 / +0.07 | +0.30 / +0.13 |
| openings and attributions | -0.03 / +0.03 | +0.29 / +0.14 | +0.33 / +0.19 |
| the two and parentheses | +0.12 / +0.01 | +0.23 / +0.10 | +0.36 / +0.16 |
| the two and relative clauses | +0.01 / -0.02 | +0.26 / +0.07 | +0.25 / +0.07 |
| all seven | +0.17 / -0.10 | +0.08 / -0.11 | +0.11 / -0.22 |

(one 5-fold split alone: dashes 0.00 / 0.00 every way, appositives -0.16 to
+0.02 / -0.23 to -0.05, ages -0.04 to +0.01 / -0.01 to 0.00.) Offered to the
selection as alternatives, attributions cost 0.6 R-1 and 0.7 R-2: the
cheaper spans let the solver trade a whole selection for another of slightly
more concept weight that ROUGE does not reward (9 clusters worse, 1 better);
openings moved R-2 up and R-1 down by about 0.1. Compressing after
selection keeps the selection the solver found and only adds words; removing
what names people and places (appositives, relative clauses, ages) loses
bigrams the references hold ("former Chilean dictator").

Openings and attributions removed after selection, freed words refilled
("narrowed, refilled"): +0.33 / +0.20 in cluster order (3, 5, 10 folds:
+0.29 / +0.16, +0.37 / +0.23, +0.32 / +0.21; by cluster 8 better, 3 worse,
19 the same on R-2 with 5 folds); with the clusters shuffled (`--shuffle 1`,
`--shuffle 2`) +0.28 / +0.15 and +0.32 / +0.19; each of the nine splits
+0.12 to +0.23 R-2, with 5 to 8 clusters better and 2 or 3 worse. About 3 ms
more CPU per cluster than the cut alone (5.6 against 2.6 ms median, DUC 2003,
load 5 on 2 cores). `synopsis.summarize.benchmark_summary` does it by default (`narrow=False` turns it off);
the other compressions stay here, measured and not used.

Measured against "narrowed, refilled" since (R-1 / R-2; it scores 43.57 /
12.48, 43.71 / 12.59 and 43.61 / 12.64 with 3, 5 and 10 folds in cluster
order, 43.65 / 12.58, 43.65 / 12.55, 43.62 / 12.55 with `--shuffle 1` and
43.28 / 12.51, 43.45 / 12.47, 43.59 / 12.59 with `--shuffle 2`), none kept:

- `--joint`: the news span (`compress.narrowed`) offered to the selection
  beside its whole sentence, at most one of the two chosen, weights from the
  whole sentences, then narrowed, refilled and cut as shipped: 43.20 /
  12.21, 43.08 / 12.29, 43.08 / 12.29 with 3, 5, 10 folds (mean -0.51 /
  -0.31; 12 of 30 summaries change with 5 folds); with every candidate given
  to the solver -0.43 / -0.32; with the span counted as covering its whole
  sentence's concepts (narrowing only a discount on cost) -0.41 / -0.33.
  With no spans offered the same code gives the shipped summaries, so the
  loss is the choice: whatever lets a span's lower cost steer the selection
  loses. Spending the freed words by the solver ("exact") instead of
  greedily changes one summary with 3 folds (+0.08 / +0.05) and none with 5
  or 10.
- `--label-words 100`: concepts labelled by the references' first 100 words
  only, since ROUGE-1.5.5 `-l 100` cuts the references too (DUC 2003's hold
  101 to 136 whitespace words, punctuation counting, so about an eighth of
  each is never scored): R-2 +0.06, +0.13, -0.06 in cluster order, -0.08,
  +0.02, +0.15 and -0.02, +0.20, +0.08 shuffled (mean +0.05, 6 of 9 splits
  better), R-1 +0.09 on average: inside fold noise. Each training cluster
  weighing the same (`--balanced`) on top: +0.15, -0.05, -0.06 R-2.
- A tenth concept feature counting a concept's words of the reporting
  (weekday names, today, tonight, yesterday, and said, says, told,
  according), a one-off change to `concepts.features`: the shipped model
  gives such concepts far more weight than the references do (weekday
  bigrams two or more reports share: 1.1% in some reference, 17% predicted;
  weekday content words 4.5% against 39%; bigrams with said 2.6% against
  14%), yet correcting that loses 0.20 R-2 and 0.41 R-1 (3, 5, 10 folds:
  12.30, 12.34, 12.46), the weekdays alone 0.25 R-2 (12.53, 12.16, 12.28):
  "said Tuesday" marks the sentences that tell the latest news, and the
  narrowing already drops those words from the summary (the weekdays alone
  also rule out the stem "accord", which the peace accords share).
- Every sentence its own content unit (only "say the same" and the concepts
  keeping repeats out): the same summaries, 43.71 / 12.59 with 5 folds; the
  limit of one sentence a unit never binds under concept coverage.

ROUGE-1.5.5 `-l` counts a peer's words by splitting each line on
whitespace, as `cut_at_limit` does: the 30 DUC 2003 benchmark summaries hold
exactly 3,000 such words (`synopsis batch`, shipped model), of which 2 (AP's "_") give ROUGE no token, so
there are no words to gain there.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from tune_concepts import Story, arguments, fit
from tune_overflow import Told, load

from synopsis.evaluate.rouge import rouge_perl, score_summary
from synopsis.model import Budget, Sentence
from synopsis.summarize import Selection, cut_at_limit, guarded, narrowed_and_refilled, select
from synopsis.summarize.base import Corpus
from synopsis.summarize.compress import QUOTE, news_span
from synopsis.summarize.compress import narrowed as news
from synopsis.summarize.concepts import ConceptCoverage, concepts, is_candidate, unigrams


def narrower(sentence: Sentence, openings: bool, attributions: bool, min_words: int = 6) -> list[Sentence]:
    """The shorter spans of a sentence that still say its news, each with at least `min_words` words."""
    text = sentence.text
    if QUOTE.search(text):
        return []
    whole = news_span(text, False, False)
    starts = {whole[0], news_span(text, openings, False)[0]}
    ends = {whole[1], news_span(text, False, attributions)[1]}
    spans = [(a, b) for a in sorted(starts) for b in sorted(ends) if (a, b) != whole]
    return [
        Sentence(sentence.doc, sentence.start + a, sentence.start + b, text[a:b], sentence.index, sentence.paragraph)
        for a, b in spans
        if len(text[a:b].split()) >= min_words
    ]


def narrowed(story: Story, openings: bool, attributions: bool) -> Story:
    """The story with each sentence's narrower spans after all whole sentences, each in its sentence's unit."""
    corpus = story.corpus
    shorter = [(k, n) for k, s in enumerate(corpus.sentences) for n in narrower(s, openings, attributions)]
    wider = Corpus(
        documents=corpus.documents,
        sentences=corpus.sentences + tuple(n for _, n in shorter),
        groups=corpus.groups + tuple(corpus.groups[k] for k, _ in shorter),
        support=corpus.support + tuple(corpus.support[k] for k, _ in shorter),
    )
    return replace(story, corpus=wider, position=story.position + [story.position[k] for k, _ in shorter])


class Narrowed(ConceptCoverage):
    """Concept coverage whose bigram weights come from the whole sentences only (the first `whole` of the corpus)."""

    def __init__(self, whole: int, **options):
        super().__init__(**options)
        object.__setattr__(self, "whole", whole)

    def weights(self, corpus, units):
        whole = Corpus(corpus.documents, corpus.sentences[: self.whole], (), ())
        return super().weights(whole, units[: self.whole])


SETTINGS = {"whole sentences": (False, False), "+openings": (True, False), "+attributions": (False, True), "+both": (True, True)}

# Words that name or place what a sentence tells, and that no reference needs to hold.
_PARENTHETICAL = re.compile(r"\s*\([^()]{1,120}\)")
# AP's " _ which Britain regards as an ally _ " and "-- ... --": an aside set off by a pair of dashes.
_DASHES = re.compile(r"\s+(?:--|_|\u2014)\s+[^_\u2014\"`']{1,120}?\s+(?:--|_|\u2014)(?=\s)")
# "Jeremy Corbyn, a lawmaker from Britain's governing Labor Party, applauded": who a named person is.
_APPOSITIVE = re.compile(r"\b[A-Z][a-z]+(,\s+(?:a|an|the)\s+(?![^,]*\b(?:said|says|told)\b)[^,;\"`']{2,80}?,)(?=\s+[a-z])")
# "Pinochet, 82, was placed": a named person's age.
_AGE = re.compile(r"(?<=[a-z]),\s+\d{1,3},(?=\s)")
# ", who underwent surgery a week ago," / ", which covers heads of state,": a non-restrictive relative clause.
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\s+(?![^,]*\b(?:said|says|told)\b)[^,;\"`']{2,100}?,(?=\s+[a-z])")
MIDDLES = {"parentheses": _PARENTHETICAL, "dashes": _DASHES, "appositives": _APPOSITIVE, "ages": _AGE, "relatives": _RELATIVE}


def kept_ranges(text: str, rules: frozenset[str], min_words: int = 6) -> list[tuple[int, int]]:
    """The ranges of a sentence's text left after removing what `rules` name: one range if it stays contiguous."""
    start, end = news_span(text, "openings" in rules, "attributions" in rules)
    keep = [start <= k < end for k in range(len(text))]
    for name in rules & MIDDLES.keys():
        for m in MIDDLES[name].finditer(text):
            a, b = m.span(1) if m.re.groups else m.span()  # the appositive, not the name before it
            keep[a:b] = [False] * (b - a)
    ranges, k = [], 0
    while k < len(text):
        if keep[k]:
            j = k
            while j < len(text) and keep[j]:
                j += 1
            ranges.append((k, j))
            k = j
        else:
            k += 1
    shorter = "".join(text[a:b] for a, b in ranges)
    if len(shorter.split()) < min_words:
        return [(0, len(text))]
    return ranges


def compressed(sentence: Sentence, rules: frozenset[str]) -> Sentence:
    """The sentence as its kept ranges read; start and end still those of the whole sentence."""
    text = "".join(sentence.text[a:b] for a, b in kept_ranges(sentence.text, rules))
    return replace(sentence, text=" ".join(text.split()))


def found(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(concepts(text) + unigrams(text)))


def refilled(selection: Selection, rules: frozenset[str], limit: int, whole: bool) -> list[str]:
    """Select whole sentences, compress the chosen, then spend the freed words.

    With `whole`, first on further whole (compressed) sentences, each the one
    that adds most uncovered concept weight among those that fit; then, as the
    shipped cut does, on the best further sentence cut at the limit.
    """
    corpus = selection.corpus
    shorter = tuple(compressed(s, rules) for s in corpus.sentences)
    algorithm = selection.algorithm
    weights = selection.coverage[1]
    texts = [" ".join(shorter[i].text.split()) for i in selection.told()]
    covered = set().union(*(found(shorter[i].text) for i in selection.chosen))
    chosen = list(selection.chosen)
    left = limit - sum(len(t.split()) for t in texts)

    def gain(text: str) -> float:
        return sum(weights.get(c, 0.0) for c in found(text) if c not in covered)

    def follows(i: int) -> bool:
        return replace(selection, chosen=chosen).may_follow(i)

    while whole and left > 0:
        fits = [
            (gain(s.text), -i)
            for i, s in enumerate(shorter)
            if len(s.text.split()) <= left and is_candidate(s, algorithm.min_words, algorithm.quotes)
        ]
        fits = [f for f in sorted(fits, reverse=True) if f[0] > 0]
        best = next((-j for _, j in fits if follows(-j)), None)
        if best is None:
            break
        chosen.append(best)
        texts.append(shorter[best].text)
        covered |= set(found(shorter[best].text))
        left -= len(shorter[best].text.split())
    if left > 0:
        ranked = sorted(range(len(shorter)), key=lambda i: (-gain(" ".join(shorter[i].text.split()[:left])), i))
        standing = [i for i in ranked if is_candidate(shorter[i], algorithm.min_words, algorithm.quotes)]
        tail = next((i for i in standing + ranked if follows(i)), None)
        if tail is not None:
            texts.append(" ".join(shorter[tail].text.split()[:left]))
    return texts


def joint(
    told: Told, models: dict, budget: Budget, max_candidates: int | None, refill: str, discount: bool = False
) -> list[str]:
    """Select among whole sentences and their news spans at once (at most one form a sentence), then refill and cut.

    Concept weights come from the whole sentences only; a news span costs its
    own words and covers its own concepts (with `discount`, its sentence's:
    narrowing then only lowers the cost). `refill`: "greedy" as
    `narrowed_and_refilled` does, "exact" the freed words spent by the solver.
    """
    story = told.story
    corpus = story.corpus
    algorithm = ConceptCoverage(**models, max_candidates=max_candidates)
    units, weights = algorithm.concepts_and_weights(corpus)
    shorter = [(k, n) for k, s in enumerate(corpus.sentences) if (n := news(s)) is not s]
    wider = Corpus(
        documents=corpus.documents,
        sentences=corpus.sentences + tuple(n for _, n in shorter),
        groups=corpus.groups + tuple(corpus.groups[k] for k, _ in shorter),
        support=corpus.support + tuple(corpus.support[k] for k, _ in shorter),
    )
    position = story.position + [story.position[k] for k, _ in shorter]
    found = list(units) + [units[k] if discount else algorithm.covered_by(n.text) for k, n in shorter]
    picked = algorithm.choose(wider, budget, found, weights)
    chosen = guarded(picked, wider, story.units, position, budget)
    selection = Selection(algorithm, told.documents, story.units, wider, position, chosen, budget, (found, weights))
    if refill == "exact":
        return cut_at_limit(exactly_refilled(selection))
    return cut_at_limit(narrowed_and_refilled(selection))


def exactly_refilled(selection: Selection) -> Selection:
    """The chosen sentences narrowed to their news spans, the freed words spent by the solver on what is not yet covered."""
    corpus, algorithm = selection.corpus, selection.algorithm
    units, weights = selection.coverage
    shorter = tuple(news(s) for s in corpus.sentences)
    units = [found if s is whole else algorithm.covered_by(s.text) for found, s, whole in zip(units, shorter, corpus.sentences)]
    selection = replace(selection, corpus=replace(corpus, sentences=shorter), coverage=(units, weights))
    left = selection.budget.words - sum(len(shorter[i].text.split()) for i in selection.chosen)
    if left <= 0:
        return selection
    covered = set().union(*(units[i] for i in selection.chosen))
    open_weights = {c: w for c, w in weights.items() if c not in covered}
    open_units = [
        found if is_candidate(shorter[i], algorithm.min_words, algorithm.quotes) and selection.may_follow(i) else ()
        for i, found in enumerate(units)
    ]
    room = Budget(words=left)
    picked = algorithm.choose(selection.corpus, room, open_units, open_weights)
    further: list[int] = []
    for i in picked:
        if open_units[i] and replace(selection, chosen=[*selection.chosen, *further]).may_follow(i):
            further.append(i)
    return replace(selection, chosen=[*selection.chosen, *further])


def preselected(told: Told, algorithm: ConceptCoverage, rules: frozenset[str], budget: Budget) -> list[str]:
    """Compress every candidate first, select among the compressed sentences, then cut at the limit."""
    story = told.story
    corpus = story.corpus
    weights = algorithm.concepts_and_weights(corpus)[1]
    shorter = replace(corpus, sentences=tuple(compressed(s, rules) for s in corpus.sentences))
    units = [found(s.text) if algorithm.unigram_weight else concepts(s.text) for s in shorter.sentences]
    picked = algorithm.choose(shorter, budget, units, weights)
    chosen = guarded(picked, shorter, story.units, story.position, budget)
    selection = Selection(algorithm, told.documents, story.units, shorter, story.position, chosen, budget, (units, weights))
    return cut_at_limit(selection)


RULES = {
    "parentheses": {"parentheses"},
    "dashes": {"dashes"},
    "appositives": {"appositives"},
    "ages": {"ages"},
    "relatives": {"relatives"},
    "openings": {"openings"},
    "attributions": {"attributions"},
    "attributions+openings": {"attributions", "openings"},
    "+parentheses": {"attributions", "openings", "parentheses"},
    "+relatives": {"attributions", "openings", "relatives"},
    "middles": {"parentheses", "dashes", "appositives", "ages", "relatives"},
    "all": {"parentheses", "dashes", "appositives", "ages", "relatives", "openings", "attributions"},
}


def main() -> int:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--splits", type=int, nargs="+", help="fold counts to run one after another (default: --folds)")
    parser.add_argument("--shuffle", type=int, default=None, help="shuffle the clusters with this seed before the folds")
    parser.add_argument("--rules", nargs="+", default=list(RULES), help=f"rule sets to try, from {', '.join(RULES)}")
    parser.add_argument("--spans", action="store_true", help="also offer narrower contiguous spans to the selection")
    parser.add_argument("--label-words", type=int, default=None, help="also train on the references' first N words only")
    parser.add_argument("--balanced", action="store_true", help="with --label-words, each training cluster weighs the same")
    parser.add_argument("--joint", action="store_true", help="also select among whole sentences and news spans at once")
    args = parser.parse_args()

    limit = args.words
    budget = Budget(words=limit)
    stories = load(args.data, args.language)
    if args.shuffle is not None:
        random.Random(args.shuffle).shuffle(stories)
    means: dict[str, list[tuple[float, float]]] = {}
    for folds in args.splits or [args.folds]:
        systems: dict[str, dict[str, str]] = {}

        def put(name: str, cluster: str, texts: list[str]) -> None:
            systems.setdefault(name, {})[cluster] = "\n".join(texts)

        for k in range(folds):
            training = [t.story for i, t in enumerate(stories) if i % folds != k]
            models = {"model": fit(training, 2, "bigram"), "unigram_model": fit(training, 2, "unigram")}
            algorithm = ConceptCoverage(**models)
            if args.label_words:
                labelled = {
                    "model": fit(training, 2, "bigram", args.label_words, args.balanced),
                    "unigram_model": fit(training, 2, "unigram", args.label_words, args.balanced),
                }
            for told in stories[k::folds]:
                cluster = told.story.id
                selection = select(told.documents, budget, algorithm, told.story.units)
                put("cut (shipped)", cluster, cut_at_limit(selection))
                put("narrowed, refilled", cluster, cut_at_limit(narrowed_and_refilled(selection)))
                for name in args.rules:
                    rules = frozenset(RULES[name])
                    put(f"post {name}", cluster, refilled(selection, rules, limit, whole=False))
                    put(f"post+ {name}", cluster, refilled(selection, rules, limit, whole=True))
                    put(f"pre {name}", cluster, preselected(told, algorithm, rules, budget))
                if args.label_words:
                    chosen = select(told.documents, budget, ConceptCoverage(**labelled), told.story.units)
                    put(f"labels {args.label_words}, cut", cluster, cut_at_limit(chosen))
                    put(f"labels {args.label_words}, narrowed", cluster, cut_at_limit(narrowed_and_refilled(chosen)))
                if args.joint:
                    put("refilled exactly", cluster, cut_at_limit(exactly_refilled(selection)))
                    put("joint", cluster, joint(told, models, budget, 50, "greedy"))
                    put("joint, exact refill", cluster, joint(told, models, budget, 50, "exact"))
                    put("joint, all candidates", cluster, joint(told, models, budget, None, "greedy"))
                    put("joint, whole concepts", cluster, joint(told, models, budget, None, "greedy", discount=True))
                if args.spans:
                    for name, (openings, attributions) in SETTINGS.items():
                        wider = narrowed(told.story, openings, attributions)
                        spans = Narrowed(len(told.story.corpus.sentences), **models)
                        chosen = guarded(spans(wider.corpus, budget), wider.corpus, wider.units, wider.position, budget)
                        put(f"spans {name}", cluster, [wider.corpus.sentences[i].text for i in chosen])
        print(f"{folds} folds")
        scores = rouge_perl(systems, {t.story.id: t.story.references for t in stories}, words=limit)
        print_table(scores, len(stories))
        for name, measures in scores.items():
            means.setdefault(name, []).append((100 * measures["rouge1"].recall, 100 * measures["rouge2"].recall))
        print(f"narrowed, refilled against the shipped cut, R-2 by cluster (rouge-score): {changed(systems, stories, limit)}")
    if len(args.splits or []) > 1:
        print(f"mean over {', '.join(map(str, args.splits))} folds")
        base = means["cut (shipped)"]
        b1, b2 = sum(r for r, _ in base) / len(base), sum(r for _, r in base) / len(base)
        for name, rows in means.items():
            r1, r2 = sum(r for r, _ in rows) / len(rows), sum(r for _, r in rows) / len(rows)
            print(f"{name:<24} {r1:6.2f} {r2:6.2f}   {r1 - b1:+6.2f} {r2 - b2:+6.2f}")
    return 0


def changed(systems: dict[str, dict[str, str]], stories: list[Told], limit: int) -> str:
    """How many clusters the narrowed summaries score better, worse and the same on than the shipped cut."""
    better = worse = 0
    for told in stories:
        cluster, references = told.story.id, told.story.references
        before, after = (
            score_summary(systems[name][cluster], references, limit)["rouge2"].recall
            for name in ("cut (shipped)", "narrowed, refilled")
        )
        better += after > before + 1e-9
        worse += after < before - 1e-9
    return f"{better} better, {worse} worse, {len(stories) - better - worse} the same"


def print_table(scores, clusters: int) -> None:
    print(f"{'setting':<24} {'R-1':>6} {'R-2':>6} {'R-SU4':>6}   ({clusters} clusters, ROUGE-1.5.5 recall x100)")
    for name, measures in scores.items():
        r = [100 * measures[m].recall for m in ("rouge1", "rouge2", "rougeSU4")]
        print(f"{name:<24} {r[0]:6.2f} {r[1]:6.2f} {r[2]:6.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
