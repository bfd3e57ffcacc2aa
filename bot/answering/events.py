"""Time bounds set by an event the articles date: "before the blockade began", "since the strike started".

The day comes from the retrieved passages themselves: a sentence that names the event (or
its verb, "blockading") next to "since", "began" or "started" and a date ("has been
blockading since December 12"), resolved against its article's date. No event is known in
advance; an event no passage dates sets no bound.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.answering.terms import stems
from index.statements.dates import find_time_phrases, resolve

_EVENT_BOUND = re.compile(r"\b(before|after|since|until)\s+the\s+((?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*))\s+"
                          r"(?:began|begun|started|start|begin|broke out|was imposed|was announced)\b", re.I)
_ONSET = re.compile(r"\b(?:since|began|begun|started|starting|beginning|start of|imposed)\b", re.I)


def event_bounds(question: str, candidates, article_of) -> tuple[date | None, date | None]:
    """(since, until) for "before/after the EVENT began", from the first day a passage gives it."""
    m = _EVENT_BOUND.search(question)
    if not m:
        return None, None
    event = stems(m.group(3))
    if not event:
        return None, None
    days = []
    for c in candidates:
        if not any(t.startswith(event[0][:6]) for t in c.terms) or not _ONSET.search(c.text):
            continue
        article = article_of(c.chunk.chunk.article_id)
        published = article.published if article is not None else None
        for tp in find_time_phrases(c.text):
            if tp.kind in ("mday", "dmon"):
                rng = resolve(tp.text, published)
                if rng is not None:
                    days.append(rng[0])
    if not days:
        return None, None
    day = min(days)
    return (day + timedelta(1), None) if m.group(1).lower() in ("after", "since") else (None, day - timedelta(1))
