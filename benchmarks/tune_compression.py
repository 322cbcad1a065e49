"""Would narrower spans help the concept summarizer? Measured on development data only.

    python benchmarks/tune_compression.py /work/data/duc2003

A sentence without its trailing attribution ("..., officials said Tuesday.")
or its opening connective ("Meanwhile, ", "On Sunday, ") is still a contiguous
span of the report's original text, so a brief could cite it like any
sentence. Each such span is offered as an alternative in its sentence's
content unit (the selection takes at most one per unit) and the concept
coverage summarizer is cross-validated as in tune_concepts.py. Bigram weights
come from the whole sentences only, as a narrower span is no new use (content
words are counted over the narrower spans too: a slight overcount).

On DUC 2003 dropping attributions costs about 0.6 R-1 and 0.7 R-2: the
cheaper alternatives let the solver trade a whole selection for another of
slightly more concept weight that ROUGE does not reward (9 clusters worse, 1
better, 20 unchanged); dropping openings moves R-2 up and R-1 down by about
0.1. Neither is used by the summarizer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tune_concepts import Story, arguments, fit, load, print_scores

from synopsis.model import Budget, Sentence
from synopsis.summarize import guarded
from synopsis.summarize.base import Corpus
from synopsis.summarize.concepts import ConceptCoverage

_DAY = (
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?"
    r"|today|tonight|yesterday|last\s+(?:night|week|month|year))"
)
_VERB = r"(?:said|says|reported|reports|added|announced|stated|confirmed)"
# ", officials said Tuesday." / ", according to investigators.": the verb ends the sentence, so no content goes with it.
_ATTRIBUTION = re.compile(
    rf",\s+(?:(?:[^,\s]+\s+){{0,6}}?{_VERB}(?:\s+{_DAY})?|according\s+to\s+[^,]{{1,80}}?)\s*\.\s*$"
)
_MONTH = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# "Meanwhile, " / "On Tuesday, " / "In July 1997, " / "But ": words that only link to what came before.
_OPENING = re.compile(
    r"^(?:(?:However|Meanwhile|Also|Still|Indeed|Now|Then|Later|Earlier|Instead|Separately|Moreover|Furthermore"
    r"|Nevertheless|In addition|In any case|After all|At the same time|In recent days|In the meantime"
    rf"|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Last\s+(?:week|month|year)"
    rf"|(?:On|In)\s+{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|In\s+\d{{4}}),\s+|(?:But|And)\s+)(?=[A-Za-z])"
)
_QUOTE = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]|``|''")


def narrower(sentence: Sentence, openings: bool, attributions: bool, min_words: int = 6) -> list[Sentence]:
    """The shorter spans of a sentence that still say its news, each with at least `min_words` words."""
    text = sentence.text
    if _QUOTE.search(text):
        return []
    starts, ends = [len(text) - len(text.lstrip())], [len(text.rstrip())]
    opening = _OPENING.match(text, starts[0]) if openings else None
    if opening:
        starts.append(opening.end())
    attribution = _ATTRIBUTION.search(text) if attributions else None
    if attribution:
        ends.append(len(text[: attribution.start()].rstrip()))
    spans = [(a, b) for a in starts for b in ends if (a, b) != (starts[0], ends[0])]
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


def main() -> int:
    args = arguments(__doc__.splitlines()[0]).parse_args()

    budget = Budget(words=args.words)
    stories = load(args.data, args.language)
    systems: dict[str, dict[str, str]] = {name: {} for name in SETTINGS}
    for k in range(args.folds):
        training = [s for i, s in enumerate(stories) if i % args.folds != k]
        models = {"model": fit(training, 2, "bigram"), "unigram_model": fit(training, 2, "unigram")}
        for story in stories[k :: args.folds]:
            for name, (openings, attributions) in SETTINGS.items():
                wider = narrowed(story, openings, attributions)
                algorithm = Narrowed(len(story.corpus.sentences), **models)
                chosen = guarded(algorithm(wider.corpus, budget), wider.corpus, wider.units, wider.position, budget)
                systems[name][story.id] = "\n".join(wider.corpus.sentences[i].text for i in chosen)
    print_scores(systems, stories, args.words)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
