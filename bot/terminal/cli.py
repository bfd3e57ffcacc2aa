"""`whosaid` command line: one subcommand per module, each registering itself.

Each module in COMMAND_MODULES has `register(subparsers)`, which adds its parser and sets
`func(args, settings) -> int` as the default. Errors a user can act on are printed as one
line; tracebacks go to the log only.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
import threading

COMMAND_MODULES = [
    "bot.terminal.commands",
    "bot.telegram.cli",
    "bot.evaluation.cli",
]

# Commands that answer once and end: the cyclic collector stays off for the process's short life.
ONE_SHOT = {"ask", "sources", "statements"}
# Commands whose every run parses (an answer parses candidate sentences): the parser loads from the start.
PARSES_FIRST = {"ask"}

log = logging.getLogger("whosaid")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="whosaid",
        description="Ask news articles who said what, and when. Every answer cites its passages.",
    )
    parser.add_argument("--data", help="data directory (default: $WHOSAID_DATA or ./.whosaid)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """The `whosaid` command; `argv` None: this process's own arguments, and the process ends after."""
    if argv is None:
        # Starting up allocates a few million objects that live until the process ends (modules,
        # the parser's model, the stores): the cyclic collector's passes over them while they
        # are made, and its last pass at exit, were a fifth of a cold `whosaid ask`'s CPU time.
        gc.disable()
        from index import dataclass_code, regex_cache

        kind = _command_named(sys.argv[1:])
        regex_cache.install(kind=kind)  # patterns compiled before are replayed
        dataclass_code.install(kind=kind)  # and the methods `@dataclass` writes
        if kind in PARSES_FIRST and not {"-h", "--help"} & set(sys.argv[1:]):
            # The parser's load is the longest part of a cold `ask` (~1 s of its ~1.6): started now,
            # beside the command's own imports, rather than once they are done.
            from index.parser_loading import load_in_background

            load_in_background()
    try:
        return _run(argv)
    finally:
        if argv is None:
            let_loaders_finish()
            gc.freeze()  # the process ends now: no last pass over everything it made


LOADERS = ("whosaid-parser-load", "whosaid-warm-up")
LOADER_WAIT = 60.0  # seconds; loading the parser takes about one


def let_loaders_finish(wait: float = LOADER_WAIT) -> None:
    """Wait for the background threads that load the parser: a command that ends early (a damaged
    index, a bad question) while one is still importing spaCy's native code would shut the
    interpreter down under it, which can kill the process with a segmentation fault after the
    clear error line (seen under load)."""
    for thread in threading.enumerate():
        if thread.name in LOADERS and thread.is_alive() and thread is not threading.current_thread():
            thread.join(wait)


def _command_named(args: list[str]) -> str:
    """The subcommand `args` name, read before the parser exists ("repl" when none is named)."""
    rest = iter(args)
    for arg in rest:
        if arg == "--data":
            next(rest, None)
        elif not arg.startswith("-"):
            return arg
    return "repl"


def _run(argv: list[str] | None) -> int:
    from bot.service import WhosaidError, load_settings

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command not in ONE_SHOT:
        gc.enable()  # a session (REPL, Telegram), an ingest, an eval: garbage is collected as it goes
    try:
        settings = load_settings()
        if args.data:
            from pathlib import Path

            settings = settings.with_(store={"data_dir": Path(args.data)})
        level = getattr(logging, settings.log_level, logging.WARNING)
        logging.basicConfig(
            level=min(level, logging.INFO) if args.verbose else level,  # -v never hides DEBUG asked for
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        if args.command is None:  # `whosaid`, `whosaid -v`, `whosaid --data DIR`: the REPL, options kept
            args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), "repl"])
        return int(args.func(args, settings) or 0)
    except WhosaidError as err:
        print(f"whosaid: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `whosaid statements | head`: the reader has all it wanted
        _silence_stdout()
        return 0
    except Exception as err:  # the last line of defence: never a traceback to a user
        log.debug("unexpected error", exc_info=True)
        print(
            f"whosaid: unexpected error ({type(err).__name__}). Run with -v for details, "
            "or report it with the command you ran.",
            file=sys.stderr,
        )
        return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit does not fail on the closed pipe again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
