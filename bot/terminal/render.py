"""Rendering answers, sources and passages for the terminal (rich), and as JSON for `ask`."""

from __future__ import annotations

from rich.console import Console as RichConsole
from rich.text import Text

from bot.service import Answer, source_label, source_line


class Console(RichConsole):
    """rich's Console, but a reader that left (`| head`) ends the command quietly with exit 0:
    rich's own handling exits with 1."""

    def on_broken_pipe(self) -> None:
        import os
        import sys

        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        raise BrokenPipeError


def answer_json(answer: Answer, articles) -> dict:
    """The `ask --json` shape: answer, abstained, citations with offsets into the article."""
    return {
        "question": answer.question,
        "standalone_question": answer.standalone_question,
        "answer": answer.text,
        "abstained": answer.abstained,
        "path": answer.path,
        "notice": answer.notice,
        "citations": [
            {
                "n": c.n,
                "article_id": c.article_id,
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "paragraph": c.paragraph,
                "source": source_line(c, articles.get(c.article_id)),
            }
            for c in answer.citations
        ],
        "related": [
            {"n": c.n, "article_id": c.article_id, "start": c.start, "end": c.end, "text": c.text}
            for c in answer.related
        ],
        "dropped": answer.dropped,
        "latency_ms": round(answer.latency_ms, 1),
    }


def print_answer(console: Console, answer: Answer, article_of) -> None:
    if answer.notice:
        console.print(Text(answer.notice, style="yellow"))
    console.print(Text(answer.text, style="bold" if not answer.abstained else "yellow"))
    if answer.citations:
        console.print(Text("Sources", style="dim underline"))
        for c in answer.citations:
            console.print(Text(source_line(c, article_of(c.article_id)), style="dim"))
    if answer.abstained and answer.related:
        console.print(Text("Related passages (they do not answer the question):", style="dim underline"))
        for c in answer.related:
            line = Text(f"[{c.n}] ", style="dim")
            line.append(_short(c.text), style="italic")
            console.print(line)
            console.print(Text("    " + source_line(c, article_of(c.article_id)).split("] ", 1)[-1], style="dim"))


def print_sources(console: Console, articles) -> None:
    for i, a in enumerate(articles, start=1):
        console.print(Text(f"{i:>3}. ", style="dim") + Text(source_label(a)) + Text(f"  ({a.id})", style="dim"))


def print_passage(console: Console, view) -> None:
    label = source_line(view.citation, view.article)
    console.print(Text(label, style="dim"))
    if view.previous_paragraph:
        console.print(Text(view.previous_paragraph, style="dim"))
    body = Text(view.before)
    body.append(view.cited, style="bold reverse")
    body.append(view.after)
    console.print(body)
    if view.next_paragraph:
        console.print(Text(view.next_paragraph, style="dim"))


def _short(text: str, n: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
