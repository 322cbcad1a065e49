"""A small hand-made feed: three different events, three reports each, in different words."""

import datetime as dt

import pytest

from synopsis.model import Article

STORIES = {
    "quake": [
        "A magnitude 7.1 earthquake struck northern Chile near Iquique on Tuesday, killing six people "
        "and forcing thousands to flee the coast as a tsunami warning was issued. Chilean officials said "
        "landslides blocked roads and power was cut across the Tarapaca region.",
        "Six people died when a powerful earthquake shook the Chilean city of Iquique late Tuesday. The "
        "quake, measured at 7.1, triggered a tsunami alert along the coast of Chile, and residents of "
        "Tarapaca fled to higher ground while landslides cut roads.",
        "Chile lifted its tsunami warning on Wednesday after the 7.1 earthquake near Iquique. President "
        "Bachelet visited Tarapaca, where the quake killed six people, damaged homes and cut power; "
        "landslides still blocked several roads.",
    ],
    "final": [
        "Real Madrid beat Atletico Madrid 4-1 after extra time in the Champions League final in Lisbon on "
        "Saturday. Sergio Ramos headed the equaliser in stoppage time before Gareth Bale, Marcelo and "
        "Cristiano Ronaldo scored for Real.",
        "Gareth Bale and Cristiano Ronaldo scored in extra time as Real Madrid won the Champions League, "
        "beating city rivals Atletico 4-1 in Lisbon. Ramos had rescued Real with a late header in the final.",
        "Carlo Ancelotti's Real Madrid won their tenth European Cup, the Champions League final in Lisbon "
        "ending 4-1 against Atletico Madrid. Ramos, Bale, Marcelo and Ronaldo scored for Real Madrid.",
    ],
    "election": [
        "Narendra Modi's Bharatiya Janata Party won a landslide in India's general election, the "
        "Election Commission said on Friday, taking 282 of the 543 seats in the Lok Sabha. The Congress "
        "party of Rahul Gandhi suffered its worst defeat.",
        "India's opposition BJP led by Narendra Modi swept the general election with 282 seats, results "
        "from the Election Commission showed, an outright majority in the Lok Sabha. Congress leader "
        "Rahul Gandhi conceded defeat.",
        "Congress conceded a crushing defeat as Narendra Modi's BJP won an outright majority in the Lok "
        "Sabha, with 282 seats. Modi will be India's next prime minister after the general election; "
        "Rahul Gandhi took responsibility.",
    ],
}


@pytest.fixture
def stories():
    return STORIES


def article(id, text, **fields):
    return Article(id=id, text=text, **fields)


@pytest.fixture
def feed():
    """The nine reports interleaved, as a feed would bring them, and the gold event of each."""
    articles, gold = [], []
    for round in range(3):
        for name, texts in STORIES.items():
            articles.append(article(f"{name}-{round}", texts[round], language="en"))
            gold.append(name)
    return articles, gold


@pytest.fixture
def dated_feed(feed):
    articles, gold = feed
    day = dt.date(2014, 5, 24)
    return [Article(id=a.id, text=a.text, date=day, language="en") for a in articles], gold
