"""The terminal REPL: line editing and history (prompt_toolkit), answers rendered with rich."""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from rich.text import Text

from bot.service import Answer, Settings, Turn, Whosaid, WhosaidError
from bot.terminal.render import Console, print_answer, print_passage, print_sources

log = logging.getLogger(__name__)

HELP = """Ask a question in plain words, for example:
{examples}
Commands:
  :sources          the articles in the index
  :source N         the full passage behind citation [N] of the last answer
  :who NAME         what that speaker said, with citations
  :timeline [NAME]  statements in date order
  :reset            forget the conversation (follow-ups start afresh)
  :help             this text
  :quit             leave (or Ctrl-D); Ctrl-C cancels the current line or answer"""


Label = str | Callable[[], str]  # what is being done, read when a stage first reports


@contextmanager
def progress_bar(console: Console, label: Label = "Building the index", lines_when_piped: bool = False):
    """A rich progress bar, as the callback the corpus reports (stage, done, total) to.

    On a terminal only: into a file or pipe, a bar would be escape codes and stray lines. There,
    with `lines_when_piped`, a stage that runs over a second prints a plain line per 10 %.
    """
    if not console.is_terminal:
        yield progress_lines(console, label) if lines_when_piped else (lambda stage, done, total: None)
        return
    # The bar (and its refresh thread) starts when a stage first reports: opening a built index
    # reports nothing, and a one-shot `ask` then never imports rich.progress.
    bars: list = []
    tasks: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if not bars:
            from rich.progress import BarColumn, Progress, TextColumn

            bars.append(Progress(TextColumn("{task.description}"), BarColumn(),
                                 TextColumn("{task.percentage:>3.0f}%"), console=console, transient=True))
            bars[0].start()
        bar = bars[0]
        if stage not in tasks:
            tasks[stage] = bar.add_task(f"{_label(label)}: {stage}", total=total)
        bar.update(tasks[stage], completed=done, total=total)

    try:
        yield progress
    finally:
        if bars:
            bars[0].stop()


def _label(label: Label) -> str:
    return label() if callable(label) else label


def progress_lines(console: Console, label: Label, quiet_for: float = 1.0):
    """The progress callback for a log or pipe: "Ingesting: embedding 40%" at each 10 % step, once
    a stage has run for `quiet_for` seconds (a quick ingest stays silent)."""
    import time

    started: dict[str, float] = {}
    shown: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        started.setdefault(stage, now)
        step = 10 * done // total * 10 if total > 0 else 100
        if now - started[stage] >= quiet_for and step > shown.get(stage, -1):
            shown[stage] = step
            console.print(f"{_label(label)}: {stage} {step}%", highlight=False, markup=False)

    return progress


def open_with_progress(settings: Settings, console: Console, writer: str | None = None) -> Whosaid:
    """Open the index (as `writer`, holding the writer lock, if given); on first use, build it,
    saying so before it starts, with a progress bar. Progress before that is a repair of an index
    already built (an upgrade, an interrupted ingest), said as such."""
    doing = ["Repairing the index"]

    def building() -> None:
        doing[0] = "Building the index"
        # On stderr when stdout is a file or pipe: `whosaid ask ... > answer.txt` keeps only the answer.
        notice = console if console.is_terminal else Console(stderr=True)
        notice.print(f"Building the index from the articles in {settings.store.seeds_dir} (first use)…",
                     markup=False, highlight=False)

    with progress_bar(console, lambda: doing[0]) as progress:
        app = Whosaid(settings, progress=progress, writer=writer, building=building)
    print_repaired(console, app)
    return app


def print_repaired(console: Console, app: Whosaid) -> None:
    for line in app.status().repaired:
        console.print(Text("Repaired: ", style="yellow") + Text(line))


class Repl:
    def __init__(self, app: Whosaid, console: Console):
        self.app = app
        self.console = console
        self.history: deque[Turn] = deque(maxlen=max(app.settings.answering.history_turns, 1))
        self.last: Answer | None = None

    def handle(self, line: str) -> bool:
        """Handle one input line; False means quit."""
        line = line.strip()
        if not line:
            return True
        if line.startswith(":"):
            return self.command(line)
        try:
            on_token = self._stream if self.app.settings.use_llm else None
            answer = self.app.answer(line, list(self.history), on_token=on_token)
        except WhosaidError as err:
            self.console.print(str(err), style="red", markup=False, highlight=False)
            return True
        if on_token:
            self.console.print()
        self.last = answer
        self.history.append(Turn(line, answer, answer.text))
        print_answer(self.console, answer, self.app.article)
        return True

    def _stream(self, token: str) -> None:
        self.console.print(token, end="", style="dim", markup=False, highlight=False)

    def command(self, line: str) -> bool:
        name, _, arg = line[1:].partition(" ")
        arg = arg.strip()
        if name in ("q", "quit", "exit"):
            return False
        if name in ("h", "help", "?"):
            examples = "\n".join(f"  {q}" for q in self.app.example_questions())
            self.console.print(HELP.format(examples=examples), markup=False)
        elif name == "sources":
            print_sources(self.console, self.app.articles())
        elif name == "source":
            self.show_source(arg)
        elif name == "reset":
            self.history.clear()
            self.console.print("Conversation forgotten.")
        elif name in ("who", "timeline"):
            from bot.terminal.statements_view import print_statements

            if name == "who" and not arg:
                self.console.print("Usage: :who NAME")
            else:
                print_statements(self.console, self.app, arg or None, timeline=name == "timeline")
        else:
            self.console.print(f"Unknown command :{name}. Type :help for the list.", markup=False, highlight=False)
        return True

    def show_source(self, arg: str) -> None:
        if self.last is None or not (self.last.citations or self.last.related):
            self.console.print("No answer with citations yet. Ask a question first.")
            return
        cites = self.last.citations or self.last.related
        if not arg.isdigit() or not 1 <= int(arg) <= len(cites):
            self.console.print(f"Usage: :source N, with N from 1 to {len(cites)}.")
            return
        print_passage(self.console, self.app.passage(cites[int(arg) - 1]))


class _TooLong(str):
    """What the prompt returns when typed or pasted text passed the question-length limit."""


def _length_guard(limit: int):
    """Key bindings that end the prompt as soon as the line passes `limit` characters.

    prompt_toolkit handles every key of a paste one by one (bracketed paste aside): 20,000
    characters took minutes. Past the limit the question will be refused anyway, so the
    rest of the paste is dropped and the refusal comes at once.
    """
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.keys import Keys

    bindings = KeyBindings()

    @bindings.add(Keys.Any, filter=Condition(lambda: _current_length() >= limit))
    @bindings.add(Keys.BracketedPaste, filter=Condition(lambda: _current_length() >= limit))
    def _(event) -> None:
        event.app.key_processor.empty_queue()
        if not event.app.future.done():
            event.app.exit(result=_TooLong(event.current_buffer.text + event.data))

    return bindings


def _current_length() -> int:
    from prompt_toolkit.application.current import get_app

    return len(get_app().current_buffer.text)


def _drop_pending_input(quiet_s: float = 0.3) -> None:
    """Read and discard the rest of an over-long paste, until the terminal is quiet.

    A terminal delivers a paste in pieces as we read: flushing once would leave the rest to
    arrive at the next prompt. Echo is off meanwhile, so the dropped text is not shown.
    """
    import select
    import sys
    import termios
    import tty

    try:
        fd = sys.stdin.fileno()
        saved = termios.tcgetattr(fd)
    except (OSError, ValueError, termios.error):
        return
    try:
        tty.setcbreak(fd)
        while select.select([fd], [], [], quiet_s)[0]:
            if not os.read(fd, 65536):
                break
    except OSError:
        pass
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def run_repl(settings: Settings) -> int:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory

    console = Console()
    app = open_with_progress(settings, console)
    app.warm_up()
    console.print(f"[bold]whosaid[/bold] — {app.status().articles} articles indexed. "
                  "Ask who said what, and when. :help for commands, Ctrl-D to quit.")
    Path(settings.store.data_dir).mkdir(parents=True, exist_ok=True)
    limit = settings.answering.max_question_chars
    session = PromptSession(history=FileHistory(str(Path(settings.store.data_dir) / "repl_history")),
                            key_bindings=_length_guard(limit))
    repl = Repl(app, console)
    while True:
        try:
            line = session.prompt("whosaid> ")
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if isinstance(line, _TooLong):
            _drop_pending_input()
            console.print(f"That question is over {limit} characters long; the limit is {limit}. Please shorten it.",
                          style="red", markup=False, highlight=False)
            continue
        try:
            if not repl.handle(line):
                break
        except KeyboardInterrupt:  # Ctrl-C while an answer is computed: drop it, keep the conversation
            console.print("[yellow]Answer cancelled.[/yellow]")
        except Exception as err:  # one line's failure ends neither the session nor the conversation
            log.debug("unexpected error in the REPL", exc_info=True)
            console.print(f"Unexpected error ({type(err).__name__}); the session goes on. Run with -v for details.",
                          style="red", markup=False, highlight=False)
    app.close()
    return 0
