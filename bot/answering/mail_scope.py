"""A sentence of a pasted e-mail is read with its message's header lines: "who is the club's
treasurer" is answered by a message sent "From: Ann Roe <treasurer@rowingclub.org>" and signed
"Ann", though its words name neither the job nor the club. The sender, recipient and subject
lines count as the sentence's surroundings, as its paragraph's words do (the sent line's day
does not: a "when" question is answered by the words, and the ledger dates the message)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.candidates import Candidate
from bot.answering.page_scopes import unscoped_with_layout
from bot.answering.terms import stems
from index.statements import mail_headers

_DAY_LINE = re.compile(r"^[ \t>*]*(?:Sent|Date):[^\n]*$", re.M)


def with_mail_scope(candidates: list[Candidate], article_of: Callable) -> None:
    """Give each candidate inside an e-mail's message the terms of that message's header block."""
    for c, blocks in unscoped_with_layout(candidates, article_of, _header_blocks):
        head = next((terms for start, until, terms in blocks if start <= c.span.start < until), None)
        if head:
            c.scope = head


def _header_blocks(article) -> list[tuple[int, int, frozenset[str]]]:
    text = getattr(article, "text", None) or ""
    heads = list(mail_headers.headers(text)) if "From:" in text else []
    return [(start, heads[k + 1][0] if k + 1 < len(heads) else len(text),
             frozenset(stems(_DAY_LINE.sub(" ", text[start:end]).replace("@", " "))))
            for k, (start, end, _, _) in enumerate(heads)]
