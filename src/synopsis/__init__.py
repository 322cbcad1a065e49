"""synopsis: attributed multi-document summaries of news reports.

    import synopsis
    articles = synopsis.read("examples/idlib")
    result = synopsis.brief(articles, words=60)
"""

__version__ = "0.1.0"

__all__ = ["read", "prepare", "brief", "cluster", "digest", "__version__"]


def __getattr__(name):
    # The API loads on first use so that `synopsis --help` starts fast.
    if name in __all__:
        from synopsis import api

        return getattr(api, name)
    raise AttributeError(f"module 'synopsis' has no attribute {name!r}")
