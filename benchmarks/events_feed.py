"""A synthetic news feed of any length, made on the fly: short articles about overlapping events.

Each event has its own names and words; a report mixes them with common news
words, and every 20th report is a syndicated copy of an earlier one. Events start
and fade at a steady rate, so a stream of any length looks like a busy wire.
Nothing is held: `feed(n)` is a generator.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from synopsis.model import Article

COMMON = [f"{a}{b}" for a in ("re", "con", "pro", "de", "in", "ex", "sub", "tri") for b in (
    "port", "tain", "duce", "clare", "vest", "tend", "mit", "pose", "ject", "fer", "sist", "cept", "form",
    "vert", "struct", "spect", "tract", "press", "scribe", "gress", "sume", "rupt", "pel", "vide", "fine",
)]
SYLLABLES = ("ka", "lo", "mi", "ra", "ten", "vo", "su", "dar", "bel", "qui", "nor", "sta", "gu", "fe", "pan", "zi")


def made_up(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def event_words(rng: random.Random) -> tuple[list[str], list[str]]:
    """An event's own names and words: rare enough that two events seldom share one."""
    names = [made_up(rng, 4).capitalize() for _ in range(6)]
    words = [made_up(rng, 5) for _ in range(12)]
    return names, words


def report(rng: random.Random, names: list[str], words: list[str], length: int) -> str:
    tokens = []
    for _ in range(length):
        pick = rng.random()
        pool = names if pick < 0.12 else words if pick < 0.35 else COMMON
        tokens.append(rng.choice(pool))
    sentences = [" ".join(tokens[i : i + 12]).capitalize() + "." for i in range(0, len(tokens), 12)]
    return " ".join(sentences)


def feed(n: int, *, seed: int = 0, words: int = 60, live_events: int = 200) -> Iterator[Article]:
    """n short articles (about `words` words), dated one day per 2,000 reports."""
    rng = random.Random(seed)
    live = [event_words(rng) for _ in range(live_events)]
    recent: list[tuple[str, str]] = []
    start = dt.date(2020, 1, 1)
    for i in range(n):
        if rng.random() < 0.05:  # a new event pushes out a random old one
            live[rng.randrange(live_events)] = event_words(rng)
        date = start + dt.timedelta(days=i // 2000)
        if recent and i % 20 == 19:
            original_id, text = rng.choice(recent)
            yield Article(id=f"a{i}", text=text + " (Wire)", date=date, language="en")
            continue
        names, vocabulary = live[min(int(rng.paretovariate(1.2)) - 1, live_events - 1)]
        text = report(rng, names, vocabulary, words)
        recent = (recent + [(f"a{i}", text)])[-50:]
        yield Article(id=f"a{i}", text=text, date=date, language="en", source="Wire")
