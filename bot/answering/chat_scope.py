"""A sentence of an exported chat's message is read with the chat's own top lines and its message's
header: "who is the pantry's treasurer" is answered by a message under "Ann Roe (board treasurer)
9:40 AM" in a chat whose top line names the pantry's workspace, though the message's words name
neither. Those lines count as the sentence's surroundings, as its paragraph's words do; and the
message's stamp dates the sentence as a date written in it would."""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.candidates import Candidate
from bot.answering.page_scopes import unscoped_with_layout
from bot.answering.terms import stems
from index import chat_lines

_TOP = 600  # characters: a chat export's title lines (workspace, channel, export line) stand above its first message


def with_chat_scope(candidates: list[Candidate], article_of: Callable) -> None:
    """Give each candidate inside a chat's message the terms of the chat's top lines and of its header."""
    for c, (article, chat, top) in unscoped_with_layout(candidates, article_of, _chat_layout):
        msg = next((m for m in chat if m.start <= c.span.start < m.end), None)
        if msg is None:
            continue
        c.stamped = msg.day is not None
        c.scope = top | frozenset(stems(article.text[msg.start:msg.body])) if msg.header else top


def _chat_layout(article) -> tuple:
    chat = chat_lines.messages(article.text) if article is not None and chat_lines.typed(article.text) else ()
    top = frozenset(stems(article.text[:min(chat[0].start, _TOP)])) if chat else frozenset()
    return article, chat, top
