"""A when- or where-question about what is still to come is answered by a day after the report, not
its own, and by a place for what is to happen there, not for what already did.

    When is the parish council due to meet again?
      "Minutes of the meeting ... held on Tuesday 4 March 2025"     the report's own day: the last meeting
      "Date of next meeting / Tuesday 8 April 2025 at 7.30pm."       after the report: the answer
    When will the bridge reopen?
      "The bridge closed on 3 June 2024."                            before the report: not what is asked

The leading article is read whole for such a question (a minutes' "Date of next meeting" line shares
no word with "meet again" but the heading): its sentences that name a day after the report's are
added, and each candidate's days are weighed against the report's date. Days without a year count
as ahead when their sentence looks ahead ("will meet on 6 November").

    Where will the islanders be able to debate the wind farm?
      "... whatever your correspondents may have read on social media."   not ahead: weighed down
      "We will hold a public meeting in the village hall in Kilbeg."       ahead, and says where: up
"""

from __future__ import annotations

import re
from datetime import date

from bot.answering.candidates import Candidate
from index.body_dates import looks_ahead
from index.datelines import read_dateline
from index.statements.dates import find_time_phrases, resolve

AHEAD_BONUS = 0.25
BEHIND = 0.5

# "When is / are / will ... due to / next / again / expected / scheduled": the question looks ahead.
_ASKS_AHEAD = re.compile(r"^(?:and\s+)?(?:when|on what (?:date|day)|what (?:date|day))\s+(?:is|are|will|does|do)\b.*"
                         r"\b(?:due|next|again|expected|scheduled|set to|planned|going to|to be held|take place|resume|reopen)\b",
                         re.I)
_DATED = ("mday", "dmon")
# "Where will Rovers host Ashcombe?", "At what ground is the final due to be played?"
_WHERE_AHEAD = re.compile(r"^(?:and\s+)?(?:where|(?:at|in|from|to|inside|near)\s+(?:which|what))\b.*"
                          r"\b(?:will|(?:is|are) (?:due|scheduled|expected|set|going|to be)|next)\b", re.I)
PLACE_AHEAD = 0.15
PLACE_BEHIND = 0.7


def asks_ahead(text: str) -> bool:
    """"When is the council due to meet again?", "When will the talks resume?" (not "When did ...")."""
    return bool(_ASKS_AHEAD.search(text.strip()))


def asks_place_ahead(text: str) -> bool:
    """"Where will the islanders debate it?": a place for something still to come."""
    return bool(_WHERE_AHEAD.search(text.strip()))


def weigh_places_ahead(candidates: list[Candidate], says_where) -> None:
    """A where-question about what is to come: the venue in a sentence that looks ahead ("It will be the
    biggest crowd at the Mill Lane ground") over one where something already happened ("faced the media
    at the training ground yesterday")."""
    for c in candidates:
        if looks_ahead(c.text):
            # A lede's dateline ("STOCKHOLM, Oct 24 (Reuters) -") is where the report was filed, not where it will happen.
            dateline = read_dateline(c.text) if c.chunk.chunk.paragraph <= 2 else None
            if says_where(c.text[dateline.end:] if dateline else c.text):
                c.score += PLACE_AHEAD
        else:
            c.score *= PLACE_BEHIND


def days_ahead(text: str, published: date) -> tuple[bool, bool]:
    """(names a day after `published`, names a day on or before it), from its calendar days."""
    ahead = behind = False
    future = None
    for tp in find_time_phrases(text):
        if tp.kind not in _DATED:
            continue
        if not re.search(r"\b(?:19|20)\d{2}\b", tp.text):
            future = looks_ahead(text) if future is None else future
            ahead = ahead or future
            continue
        found = resolve(tp.text, published)
        if found is None:
            continue
        if found[0] > published:
            ahead = True
        else:
            behind = True
    return ahead, behind


def weigh_days_ahead(candidates: list[Candidate], article_of, names: tuple[str, ...] = (), article_terms=None) -> None:
    """Up a sentence naming a day after its report's date, down one naming only days on or before it.
    A report that does not name whom the question names ("the Hollinbrook council") is about another's day."""
    published: dict[str, date | None] = {}
    for c in candidates:  # a regular expression each, no parse: the whole leading article costs well under a millisecond
        article_id = c.chunk.chunk.article_id
        if article_id not in published:
            article = article_of(article_id)
            published[article_id] = getattr(article, "published", None)
        day = published[article_id]
        if day is None:
            continue
        ahead, behind = days_ahead(c.text, day)
        if ahead and (article_terms is None or all(n in article_terms(article_id) for n in names)):
            c.score += AHEAD_BONUS
        elif behind:
            c.score *= BEHIND
