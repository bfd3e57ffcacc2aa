"""`:who`, `:timeline` and `whosaid statements`: the statement ledger for people."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from bot.service import Article, Statement, format_when


def statement_json(st: Statement, article: Article | None) -> dict:
    article_text = article.text if article is not None else None
    return {
        "id": st.id, "article_id": st.article_id, "speaker": st.speaker, "as_written": st.speaker_as_written,
        "act": st.act, "content": st.content, "quote_type": st.quote_type, "start": st.start, "end": st.end,
        "text": article_text[st.start : st.end] if article_text else None,
        "when_text": st.when_text, "date": st.when_start.isoformat() if st.when_start else None,
        "date_end": st.when_end.isoformat() if st.when_end else None, "where": st.where,
        "when": format_when(st, article),  # as the terminal and Telegram show it: a range stays a range
        "date_basis": st.date_basis, "generic_speaker": st.generic_speaker,
    }


def print_statements(console: Console, app, speaker: str | None, timeline: bool = False) -> None:
    found = app.statements(speaker)
    if not found:
        who = f" by {speaker}" if speaker else ""
        console.print(f"No statements{who} in the articles.", markup=False, highlight=False)  # the name as typed
        return
    if timeline:
        found = sorted(found, key=lambda s: (s.when_start is None, s.when_start or 0, s.article_id, s.start))
    for n, st in enumerate(found, start=1):
        when = format_when(st, app.article(st.article_id))
        head = Text(f"[{n}] {st.speaker} {st.act}", style="bold")
        head.append(f" — {when}", style="dim")
        console.print(head)
        console.print(Text("    " + " ".join(st.content.split()), style="italic"))
        console.print(Text(f"    {st.article_id}, characters {st.start}-{st.end}", style="dim"))
