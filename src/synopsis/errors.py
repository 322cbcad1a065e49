"""Errors a user can cause; the command line turns each into one line and its exit code."""


class SynopsisError(Exception):
    """Something went wrong that the user can act on."""

    exit_code = 1


class InputError(SynopsisError):
    """A path, file or line that cannot be read as articles."""

    exit_code = 3


class NoArticlesError(InputError):
    """The input held nothing that could be summarized."""

    exit_code = 4


class InputWarning(UserWarning):
    """Part of the input was skipped or read with a guess (a bad line, an empty file)."""
