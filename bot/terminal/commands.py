"""Core subcommands: repl, ask, ingest, remove, sources, statements, rebuild."""

from __future__ import annotations

import json
import signal
import threading
from contextlib import contextmanager
from pathlib import Path

from rich.text import Text

from bot.terminal.render import Console


def register(sub) -> None:
    p = sub.add_parser("repl", help="ask questions in the terminal (the default)")
    p.set_defaults(func=cmd_repl)

    p = sub.add_parser("ask", help="answer one question and exit")
    p.add_argument("question", nargs="+")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--mode", choices=["extractive", "llm", "auto"], help="override WHOSAID_MODE")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("ingest", aliases=["add"], help="add .txt/.md articles (files or folders) to the index")
    p.add_argument("paths", nargs="+", type=Path)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("remove", help="remove articles from the index by id")
    p.add_argument("ids", nargs="+")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("sources", help="list the articles in the index")
    p.add_argument("--verbose", dest="left_out", action="store_true", help="also list the lines cleaning left out of each article")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("statements", help="who said what, and when: the statement ledger")
    p.add_argument("--speaker", help="a name, surname, alias or role (e.g. a surname, or 'the finance minister')")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_statements)

    p = sub.add_parser("rebuild", help="rebuild vectors and keyword index from the corpus database")
    p.set_defaults(func=cmd_rebuild)


def _open(settings, console: Console, writer: str | None = None):
    """Open the index; a writer (ingest, removal) first takes the data directory's lock."""
    from bot.terminal.repl import open_with_progress

    return open_with_progress(settings, console, writer=writer)


def cmd_repl(args, settings) -> int:
    from bot.terminal.repl import run_repl

    return run_repl(settings)


def cmd_ask(args, settings) -> int:
    from bot.service import Whosaid
    from bot.terminal.render import answer_json, print_answer

    if args.mode:
        settings = settings.with_(answering={"mode": args.mode})
    console = Console(stderr=args.json)
    Whosaid.prepare(" ".join(args.question))  # the parser loads while the stores open
    app = _open(settings, console)
    answer = app.answer(" ".join(args.question))
    if args.json:
        articles = {a.id: a for a in app.articles()}
        print(json.dumps(answer_json(answer, articles), ensure_ascii=False, indent=2))
    else:
        print_answer(Console(), answer, app.article)
    return 0


def cmd_ingest(args, settings) -> int:
    console = Console()
    from bot.terminal.repl import progress_bar

    app = _open(settings, console, writer="ingest")
    interrupted = False
    try:
        with _ctrl_c_remembered() as pressed, progress_bar(console, "Ingesting", lines_when_piped=True) as progress:
            report = app.ingest(args.paths, progress=progress)
        interrupted = bool(pressed)
    except KeyboardInterrupt:  # an ingest commits at once: never half of it is in the index
        interrupted = True
    if interrupted:
        Console(stderr=True).print("whosaid: ingest interrupted; the index holds none of it (or all, had it just "
                                   "finished). Run the same command again: it adds only what is missing.",
                                   markup=False, highlight=False)
        return 130
    if not (report.added or report.updated or report.unchanged or report.skipped or report.removed):
        # A folder of PDFs or an empty one: "0 added" alone reads as success.
        console.print(f"Found no .txt or .md articles in {', '.join(map(str, args.paths))}; nothing was ingested. "
                      "Save articles as .txt or .md files and ingest them again.",
                      style="yellow", markup=False, highlight=False)
        return 1
    console.print(report.summary())
    for path, why in report.skipped:
        console.print(Text("skipped ", style="yellow") + Text(f"{path}: {why}"), highlight=False)
    for path in report.unread:
        console.print(Text("without speakers ", style="yellow") + Text(
            f"{path}: whosaid could not read who said what in it (a bug: please report it with the article); "
            "its passages are indexed and searchable"), highlight=False)
    return 0 if not report.skipped or report.added or report.updated or report.unchanged else 1


@contextmanager
def _ctrl_c_remembered():
    """Ctrl-C raises KeyboardInterrupt as usual, and is also remembered: Python drops an exception
    raised while an object's `__del__` runs ("Exception ignored in ..."), so a Ctrl-C that lands
    there would otherwise let the ingest finish and exit 0 as if nobody had pressed it."""
    pressed: list[bool] = []
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        yield pressed  # (an ignored Ctrl-C stays ignored)
        return

    def remember(signum, frame):
        pressed.append(True)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, remember)
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_remove(args, settings) -> int:
    console = Console()
    app = _open(settings, console, writer="removal")
    missing = [i for i in args.ids if app.article(i) is None]
    report = app.remove(args.ids)
    if report.removed:  # the ingest summary's "0 added, 0 updated" means nothing here
        console.print(f"{len(report.removed)} removed ({report.chunks_removed} passages removed)")
    for i in missing:
        console.print(Text("not in the index: ", style="yellow") + Text(i))
    return 1 if missing else 0


def _open_for_listing(settings, console: Console):
    """The index for `sources` and `statements`, which need no vectors: a broken vector store
    is mentioned, and the listing still comes from the database."""
    from bot.service import VectorStoreError, Whosaid

    try:
        return _open(settings, console)
    except VectorStoreError as err:
        Console(stderr=True).print(f"whosaid: {err}", markup=False, highlight=False)
        return Whosaid.records_only(settings)


def cmd_sources(args, settings) -> int:
    from bot.terminal.render import print_sources

    console = Console()
    app = _open_for_listing(settings, console)
    articles = app.articles()
    print_sources(console, articles)
    if args.left_out:
        for a in articles:
            for note in app.cleaning_notes(a):
                console.print(f"  {a.id}: {note}", markup=False, highlight=False)
    return 0


def cmd_statements(args, settings) -> int:
    from bot.terminal.statements_view import print_statements, statement_json

    console = Console(stderr=args.json)
    app = _open_for_listing(settings, console)
    if args.json:
        found = app.statements(args.speaker)
        articles = {a.id: a for a in app.articles()}
        print(json.dumps([statement_json(s, articles.get(s.article_id)) for s in found], ensure_ascii=False, indent=2))
    else:
        print_statements(Console(), app, args.speaker)
    return 0


def cmd_rebuild(args, settings) -> int:
    """Rebuild vectors and BM25 from the corpus database, even when the vector store is damaged."""
    from bot.service import Whosaid
    from bot.terminal.repl import print_repaired, progress_bar

    console = Console()
    if not Whosaid.has_index(settings):
        console.print(f"No index in {settings.store.data_dir} yet; run whosaid to build one.", markup=False)
        return 1

    def announce() -> None:
        console.print("Rebuilding vectors and keyword index from the corpus database…")

    with progress_bar(console) as progress:
        app = Whosaid.rebuild(settings, progress, started=announce)
    print_repaired(console, app)
    console.print(f"Done: {app.passage_count()} passages indexed.")
    return 0
