"""`whosaid eval QUESTIONS.jsonl`: score the bot (and optionally the baseline) on a question file.

Exit status: 0 all floors met, 1 a given floor missed (each is named), 2 a bad question file
or bad settings (main() turns the WhosaidError into one message and status 2).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from index.errors import WhosaidError

# The scoring and reporting modules and rich's console are imported when `eval` runs: every
# other command (a one-shot `ask`) registers this parser and should not pay for them.


def _bounded(kind, low, high, what: str):
    """An argparse type: a number of `kind` in [low, high]."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}")
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is not between {low} and {high}")
        return value

    return parse


_fraction = _bounded(float, 0, 1, "a number between 0 and 1")
_positive = _bounded(int, 1, 100, "a whole number")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score answers against a question file (see docs/eval.md)",
        description="Ask every question of a JSONL question file through the bot and score the answers.",
    )
    p.add_argument("questions", type=Path, help="question file, JSON Lines (eval/FORMAT: see docs/eval.md)")
    p.add_argument("--mode", choices=("extractive", "llm"), help="answer mode for this run (default: settings)")
    p.add_argument("--k", type=_positive, help="passages to retrieve (default: settings' top_k)")
    p.add_argument("--json", type=Path, metavar="OUT", help="write the JSON report here")
    p.add_argument("--markdown", type=Path, metavar="OUT", help="write the markdown report here")
    p.add_argument("--min-fact-recall", type=_fraction, metavar="X", help="exit 1 if overall fact recall < X")
    p.add_argument("--min-citation-precision", type=_fraction, metavar="X",
                   help="exit 1 if overall citation precision < X")
    p.add_argument("--min-abstention", type=_fraction, metavar="X",
                   help="exit 1 if overall abstention accuracy < X")
    p.add_argument("--baseline", action="store_true",
                   help="also run a plain LlamaIndex retriever over the same chunks, side by side")
    p.set_defaults(func=run_command)


def run_command(args, settings) -> int:
    from rich.console import Console

    from bot.evaluation.baseline import Baseline
    from bot.evaluation.questions import load_questions
    from bot.evaluation.report import kind_table, overall_table, report_json, report_markdown
    from bot.evaluation.scoring import missed_floors
    from bot.service import Whosaid

    questions = load_questions(args.questions)  # a bad file stops here, before the index opens
    if args.mode:
        settings = settings.with_(answering={"mode": args.mode})
    if args.k:
        settings = settings.with_(answering={"top_k": args.k})
    out = Console()
    err = Console(stderr=True)
    floors = {
        "fact_recall": args.min_fact_recall,
        "citation_precision": args.min_citation_precision,
        "abstention_accuracy": args.min_abstention,
    }
    if args.mode == "llm" and not settings.llm.configured:
        err.print("[yellow]No language model is configured (OPENAI_API_KEY / OPENAI_BASE_URL);"
                  " answers will be whatever the bot falls back to.[/]")
    with err.status("Opening the index…") as status:
        app = Whosaid(settings, progress=lambda stage, done, total: status.update(f"{stage} {done}/{total}"))
    for line in app.status().repaired:
        err.print(f"Repaired: {line}", markup=False, highlight=False)
    try:
        meta = {"answer_mode": settings.answering.mode, "top_k": settings.answering.top_k, "llm_used": settings.use_llm}
        mine = _run_with_bar(err, "whosaid", app.answer, questions, settings.answering.top_k, meta)
        theirs = None
        if args.baseline:
            with err.status("Building the baseline index…"):
                baseline = Baseline.from_corpus(app.corpus)
            theirs = _run_with_bar(err, "baseline", baseline.answer, questions, baseline.k,
                                   {"similarity_top_k": baseline.k})
    finally:
        app.close()
    missed = missed_floors(mine.summary(), floors)
    out.print(overall_table(mine, theirs))
    out.print(kind_table(mine, theirs))
    if settings.use_llm:  # how many answers the model wrote, and how many fell back
        paths = Counter(r.path for r in mine.results)
        out.print("answered by: " + ", ".join(f"{path} {n}" for path, n in sorted(paths.items())), highlight=False)
    if args.json:
        report = report_json(mine, theirs, questions_file=str(args.questions),
                             floors={k: v for k, v in floors.items() if v is not None}, missed_floors=missed)
        _write(args.json, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if args.markdown:
        _write(args.markdown, report_markdown(mine, theirs, title=f"whosaid eval: {args.questions.name}"))
    for line in missed:
        err.print(f"[bold red]floor missed:[/] {line}", highlight=False)
    return 1 if missed else 0


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise WhosaidError(f"Cannot write the report to {path} ({err.strerror or err}). Choose another path.")


def _run_with_bar(console, system: str, ask, questions, k: int, meta: dict):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from bot.evaluation.runner import run

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[current]}"))
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(system, total=len(questions), current="")

        def advance(done: int, total: int, question) -> None:
            bar.update(task, completed=done, current=question.id)

        return run(ask, questions, system=system, k=k, settings=meta, progress=advance, warmup=True)
