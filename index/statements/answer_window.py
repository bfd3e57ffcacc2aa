"""The days written answers were given in, from the intro that says when the questions went out.

    The Courier sent the same five questions to every candidate on 3 May and asked for written
    answers by 10 May.                      <- each answer below: some day from 3 to 10 May

A voter guide, a survey of office-holders, a written Q&A: the answers are no words of the day the
piece went out, but of the days between the questions' sending and the deadline for replies (or
publication, when no deadline is given)."""

from __future__ import annotations

import re
from datetime import date

from index.statements.dates import find_time_phrases
from index.statements.when import resolve

# "sent the same four questions to ...", "e-mailed a questionnaire to", "put six questions to"
SENT = re.compile(r"\b(?:sent|e-?mailed|mailed|put|posed|submitted|gave|distributed)\b[^.;]{0,80}?"
                  r"\b(?:questions?|questionnaires?|surveys?)\b", re.I)
_DEADLINE = re.compile(r"\b(?:answers?|replies|responses|respond|reply|return)\b[^.;]{0,50}?$", re.I)


def window(intro, published: date | None) -> tuple[str, date, date] | None:
    """(phrase, first day, last day) the answers were written in, from an intro sentence that sends
    the questions on a day; None when no sentence does."""
    if published is None:
        return None
    for _, doc in intro:
        for sent in doc.sents:
            text = sent.text
            if not SENT.search(text):
                continue
            sent_on = until = None
            for ph in find_time_phrases(text):
                if ph.kind not in ("mday", "dmon", "wday", "rel"):
                    continue
                got = resolve(ph.text, published)
                if not got or got[0] != got[1] or got[0] > published:
                    continue
                if ph.text.lower().startswith("by") and _DEADLINE.search(text[:ph.start]):
                    until = until or (ph.text, got[0])
                elif not ph.text.lower().startswith(("by", "until", "since")):
                    sent_on = sent_on or (ph.text, got[0])
            if sent_on and (until is None or until[1] >= sent_on[1]):
                last = until[1] if until else published
                bare = [re.sub(r"^(?:on|by)\s+", "", t[0], flags=re.I) for t in (sent_on, until) if t]
                return (f"between {bare[0]} and {bare[1]}" if until else sent_on[0]), sent_on[1], last
    return None
