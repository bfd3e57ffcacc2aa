"""A pasted e-mail or e-mail thread: each message's words are its sender's, on the day it was sent.

An e-mail gives its speaker and its day by layout alone: a header block ("From: Ana Ruiz
<a.ruiz@...>", "Sent: Thursday, 6 March 2025 16:42", "To:", "Subject:") above the message, and a
reply quotes the earlier message under a separator ("-----Original Message-----", "On ... wrote:")
with a header block of its own. No speech verb names the sender, so every sentence of a message
is a statement of its sender (the first person too), save those the message attributes to
someone else; each is dated by its own header's sent line, not by the thread's latest date.
"""

from __future__ import annotations

import re

from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.letters import _sentences, _speaker
from index.textnorm import fold

# "From: Ana Ruiz <a.ruiz@example.org>", "**From:** Ruiz, Ana", 'From: "Ana Ruiz" [mailto:...]'
_FROM = re.compile(r"^[ \t>*]*From:[ \t*]*\"?(?P<name>[^<\[\n\"@]+?)\"?[ \t]*(?:[<\[(][^\n]*)?$", re.M)
# the day the message went: "Sent: Thursday, 6 March 2025 16:42", "Date: Thu, 6 Mar 2025 at 11:05"
_SENT = re.compile(r"^[ \t>*]*(?:Sent|Date):[ \t*]*(?P<day>[^\n]+?)[ \t]*$", re.M)
_HEADER_FIELD = re.compile(r"^[ \t>*]*(?:From|Sent|Date|To|Cc|Bcc|Subject):", re.M)


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """The senders' statements, one per sentence of their messages; [] unless the page holds e-mail
    header blocks (a sender line with a sent line beside it)."""
    text = fold(article.text)
    heads = list(_headers(text))
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


def lend_days(raws: list[Raw], article: Article) -> None:
    """The words a message quotes from others with no day of their own (a press statement's "...,"
    said its chair) were given by the day the message was sent, not the day it was forwarded on."""
    text = fold(article.text)
    heads = list(_headers(text))
    for k, (start, end, _, day) in enumerate(heads):
        until = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        for raw in raws:
            if not raw.times and raw.stamped is None and end <= raw.span.start and raw.span.end <= until:
                raw.times = [day]


def _headers(text: str):
    """(start, end, sender, the sent line's day phrase) of each header block, in order."""
    for m in _FROM.finditer(text):
        block_end = m.end()
        lines = text[m.end():].split("\n")[1:6]
        day = None
        pos = m.end() + 1
        for line in lines:
            if not _HEADER_FIELD.match(line):
                break
            s = _SENT.match(line)
            if s and day is None:
                day = (Span(pos + s.start("day"), pos + s.end("day")), s.group("day"), False)
            pos += len(line) + 1
            block_end = pos
        if day is None:
            continue
        name = _name(m.group("name"))
        if name:
            yield m.start(), block_end, name, day


def _name(raw: str) -> str | None:
    """The sender's name as people write it ("Ruiz, Ana" -> "Ana Ruiz"), or None if none is given."""
    name = raw.strip(" *'\"")
    if "," in name:
        family, _, given = name.partition(",")
        name = f"{given.strip()} {family.strip()}"
    words = name.split()
    return name if 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words) else None
