"""A defendant's plea ("admitted stealing a bicycle", "denied assault") is made at the hearing:
in a court round-up the introduction names the sitting once ("cases dealt with at X Magistrates'
Court on 12 June") and each plea below it is dated at that sitting, not at publication."""

from __future__ import annotations

import re
from datetime import date

from index.vocabulary import vocabulary

# the sentences that date a hearing ("was sentenced at the crown court yesterday")
COURT_EVENT = re.compile(r"\b(?:court|sentenc\w*|hearing|trial|tribunal|inquest)\b")


def plea_day(text: str, r, events: list[tuple[int, date, str]], pub: date) -> tuple | None:
    """The day of the last hearing a sentence before the plea dates, for a plea reported in
    the reporter's words; None for any other act, or a story that dates no hearing before it."""
    if r.act.lower() not in vocabulary().court_pleas or r.quote_type == "direct":
        return None
    for pos, day, sentence in reversed(events):
        if pos < r.span.start and day <= pub and sentence and COURT_EVENT.search(sentence.lower()):
            return None, day, None, "context"
    return None
