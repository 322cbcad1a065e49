"""What every command shares: budgets on the command line, input problems as one
line each, and output files that are never half-written."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import warnings

from synopsis.errors import InputWarning, NoArticlesError, SynopsisError


def positive(value: str) -> int:
    return _at_least(value, 1)


def nonnegative(value: str) -> int:
    return _at_least(value, 0)


def _at_least(value: str, least: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < least:
        raise argparse.ArgumentTypeError(f"must be at least {least}: {value}")
    return number


@contextlib.contextmanager
def reported_warnings():
    """Warnings raised inside, shown as one stderr line each."""
    with warnings.catch_warnings():
        warnings.showwarning = show_warning
        yield


def read_reporting(paths: list[str]):
    """The articles, each input problem on stderr as one line; when the one problem
    leaves nothing to summarize, it is told once, as the error."""
    from synopsis import api

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        try:
            articles = api.read(*paths)
        except NoArticlesError as error:
            if len(caught) == 1:
                raise NoArticlesError(f"no articles: {caught[0].message}") from None
            show_warnings(caught)
            raise error from None
    show_warnings(caught)
    return articles


def show_warnings(caught: list[warnings.WarningMessage]) -> None:
    for warning in caught:
        show_warning(warning.message, warning.category, warning.filename, warning.lineno)


def show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    # One line a problem, in the command's voice, instead of Python's two-line format.
    print(f"synopsis: warning: {message}", file=sys.stderr)


def check_writable(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path) or not os.path.isdir(folder) or not os.access(folder, os.W_OK):
        reason = "it is a folder" if os.path.isdir(path) else f"no writable folder {folder}"
        raise SynopsisError(f"cannot write {path}: {reason}")


def write_atomically(path: str, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as error:
        raise SynopsisError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, file_mode(path))
        os.replace(temporary, path)
    except BaseException as error:
        os.unlink(temporary)
        if isinstance(error, OSError):
            raise SynopsisError(f"cannot write {path}: {error.strerror or error}") from None
        raise


def file_mode(path: str) -> int:
    """The existing file's permissions, or what a new file would get under the umask."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
