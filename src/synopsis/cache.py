"""The user's cache folder: what is built once and kept between runs (the rewritten MiniLM graph, ROUGE's database)."""

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
