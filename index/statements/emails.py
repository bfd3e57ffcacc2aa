"""A pasted e-mail or e-mail thread: each message's words are its sender's, on the day it was sent.

An e-mail gives its speaker and its day by layout alone: a header block ("From: Ana Ruiz
<a.ruiz@...>", "Sent: Thursday, 6 March 2025 16:42", "To:", "Subject:") above the message, and a
reply quotes the earlier message under a separator ("-----Original Message-----", "On ... wrote:")
with a header block of its own. No speech verb names the sender, so every sentence of a message
is a statement of its sender (the first person too), save those the message attributes to
someone else; each is dated by its own header's sent line, not by the thread's latest date.
"""

from __future__ import annotations

from index.models import Article
from index.statements import mail_headers
from index.statements.attribution import Raw
from index.statements.letters import _sentences, _speaker
from index.textnorm import fold


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """The senders' statements, one per sentence of their messages; [] unless the page holds e-mail
    header blocks (a sender line with a sent line beside it)."""
    text = fold(article.text)
    heads = list(mail_headers.headers(text))
    if not heads or not docs:
        return []
    out: list[Raw] = []
    for k, (start, end, name, day) in enumerate(heads):
        until = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        speaker = _speaker(name, ctx)
        for pi, (span, doc) in enumerate(docs):
            if end <= span.start and span.end <= until:
                for raw in _sentences(speaker, (span, doc), bases[pi], pi, False):
                    if text[raw.span.start:raw.span.end].rstrip().endswith(":"):
                        continue  # "Ann Roe, chair of the co-op, said:": the quotation under it is hers
                    raw.times = [day]
                    out.append(raw)
    return out

