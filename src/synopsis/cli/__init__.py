"""The `synopsis` command: one sub-command a module, each imported only when it runs."""

from __future__ import annotations

import argparse
import importlib
import sys

from synopsis.errors import SynopsisError

# Each module defines `register(subparsers)`, which adds its parser and sets `run`.
COMMANDS = ("brief", "facts", "batch", "eval", "cluster", "digest")

EXIT_CODES = """exit codes:
  0  success
  1  a run-time error the message explains
  2  bad command line (unknown option, missing argument)
  3  unreadable input (missing path, bad file, bad line)
  4  no articles to work on
 70  internal error (please report it)
130  interrupted
"""


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line that says where help is."""

    def error(self, message: str):
        self.usage_error(self.prog, message)

    def usage_error(self, prog: str, message: str):
        self.exit(2, f"{prog}: error: {message} (see {prog} --help)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or, given `command`, only that sub-command: the others' imports cost start-up time."""
    from synopsis import __version__

    parser = Parser(
        prog="synopsis",
        description="Read many news reports about the same events and say, briefly and "
        "faithfully, what happened, citing the reports behind every sentence.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"synopsis {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if command is None else (command,):
        try:
            module = importlib.import_module(f"synopsis.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"synopsis.cli.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # A sub-command named first needs only its own parser; anything else (--help, a typo) gets them all.
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        # Told by the command they were given to, whose --help lists what it takes.
        command = f"{parser.prog} {args.command}" if getattr(args, "command", None) else parser.prog
        parser.usage_error(command, f"unrecognized arguments: {' '.join(unknown)}")
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args) or 0
    except SynopsisError as error:
        print(f"synopsis: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("synopsis: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug must still reach the user as one line
        print(f"synopsis: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
