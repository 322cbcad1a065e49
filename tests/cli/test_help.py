"""Every sub-command's --help says what each option does when it is left out."""

import argparse

import pytest

from synopsis.cli import COMMANDS, build_parser


def sub_commands():
    subparsers = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return subparsers.choices


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_says_its_default(command):
    parser = sub_commands()[command]
    unexplained = []
    for action in parser._actions:
        if not action.option_strings or action.nargs == 0 or action.required:
            continue  # flags say what they turn on; positional and required ones are always given
        words = action.help or ""
        stated = any(phrase in words for phrase in ("default", "instead of"))
        if action.default not in (None, ()) and str(action.default) not in words:
            stated = False
        if not stated:
            unexplained.append(action.option_strings[0])
    assert unexplained == []
