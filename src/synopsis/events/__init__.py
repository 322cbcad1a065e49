"""Events: from a feed of articles to the real-world happenings it reports.

`EventClusterer` groups a stream in one pass (see `cluster`); `digest` gives one
brief per event, biggest and newest first; `evaluate` scores a grouping.
"""

from synopsis.events.cluster import EventClusterer

__all__ = ["EventClusterer"]
