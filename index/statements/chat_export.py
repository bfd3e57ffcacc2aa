"""An exported group chat (WhatsApp's "[12/02/2026, 08:14] Ann Roe: The lift is broken again."):
each message is its sender's words, said on the day its stamp gives.

A piece is a chat when at least three paragraphs open with a message stamp. The stamp's numeric
date is read day first or month first as the chat's own stamps show (one part over 12 in any of
them), else as the piece writes its dates in words; else the message stays undated. A sender's
note in brackets ("Ann Roe (Chair, Residents' Association)") is no part of the name; a sender
shown only by a phone number is no one the bot can name; a message of fewer than three words
("👍", "<Media omitted>") says nothing to attribute.
"""

from __future__ import annotations

import re
from datetime import date

from index import datelines
from index.chat_lines import STAMP
from index.models import Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

MIN_MESSAGES = 3
_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_SYSTEM = re.compile(r"<[^>]*omitted>|this message was deleted|messages and calls are end-to-end encrypted", re.I)


def read(article, docs, bases: list[int], ctx) -> list[Raw]:
    """Each message's words, its sender's, dated by its stamp (Raw.stamped)."""
    found = [(pi, m) for pi, (_, doc) in enumerate(docs) if (m := STAMP.match(fold(doc.text)))]
    if len(found) < MIN_MESSAGES:
        return []
    order = _order([m for _, m in found], article.text)
    out: list[Raw] = []
    for pi, m in found:
        span, _ = docs[pi]
        message = m.group("message").strip()
        sender = _NOTE.sub("", m.group("sender")).strip()
        if len(_WORD.findall(message)) < 3 or _SYSTEM.search(message) or not re.search(r"[^\W\d_]", sender):
            continue
        known = ctx.cast.known(sender)
        who = Speaker(name=known.name, as_written=sender, person=known) if known else Speaker(name=sender, as_written=sender)
        raw = Raw(speaker=who, act="wrote", content=Span(span.start + m.start("message"), span.start + m.end("message")),
                  quote_type="direct", span=Span(span.start, span.end), sentence=bases[pi], paragraph=pi)
        raw.stamped = _stamp(m, order)
        out.append(raw)
    return out


def stamp(raws: list[Raw], article, docs) -> None:
    """Words reported inside a message ("Update: the manager phoned me back. He says the part has
    been ordered") were said by the message's day at the latest: they take its stamp too."""
    found = {pi: m for pi, (_, doc) in enumerate(docs) if (m := STAMP.match(fold(doc.text)))}
    if len(found) < MIN_MESSAGES:
        return
    order = _order(list(found.values()), article.text)
    for r in raws:
        if r.stamped is None and r.paragraph in found and not r.times:
            r.stamped = _stamp(found[r.paragraph], order)


def _stamp(m: re.Match, order: str | None) -> tuple | None:
    day = _day(m, order)
    return None if day is None else (None, day)


def _order(stamps: list[re.Match], text: str) -> str | None:
    """"day" or "month": which part of the chat's numeric dates is the day."""
    if any(m.group("sep") == "." or int(m.group("a")) > 12 for m in stamps):
        return "day"
    if any(int(m.group("b")) > 12 for m in stamps):
        return "month"
    return datelines.written_order(text)


def _day(m: re.Match, order: str | None) -> date | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    year = y if y >= 100 else 2000 + y
    if order is None and a != b:
        return None
    day, month = (a, b) if order in ("day", None) else (b, a)
    try:
        return date(year, month, day)
    except ValueError:
        return None
