"""What this machine gives the engine: the cores this process may use, and the user's cache folder, where what is
built once is kept between runs (the rewritten MiniLM graph, ROUGE's database)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path | None:
    """`$XDG_CACHE_HOME/synopsis`, else `~/.cache/synopsis`; None when there is no home folder to hold it.

    An empty or relative XDG_CACHE_HOME counts as unset, as the XDG spec says, rather than as a folder
    under whatever the working folder happens to be.
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = Path.home() / ".cache"
        except RuntimeError:
            return None
    return Path(base) / "synopsis"


def usable_cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
