"""A weekday bound to the very event a when-question asks about.

"When was the kgotla meeting held?" / "... at a packed kgotla meeting on Tuesday": a bare "on Tuesday"
is as often the day the news was told as the day asked, but one that follows the asked event's own
noun ("a meeting on Tuesday", "Tuesday's meeting", "the vote last Friday") dates that event.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.statements.dates import find_time_phrases

# The weekday phrases are the date reader's (one reading of what a weekday is: "last Friday night",
# not "the Tuesday meeting"); only the noun they are bound to is read here.
_NOUN_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s+(?:this\s+past\s+)?$")  # "<noun> on Tuesday", "<noun> this past Monday"
_NOUN_AFTER = re.compile(r"(?:'s|’s)\s+(?:[a-z]+\s+)?([a-z][\w-]*)\b")  # "Tuesday's (packed) <noun>"


def event_weekday(text: str, event_terms: frozenset[str]) -> bool:
    """`text` dates by its weekday a noun the question names as the event (stems in `event_terms`)."""
    if not event_terms:
        return False
    for phrase in find_time_phrases(text):
        if phrase.kind != "wday":
            continue
        for m in (_NOUN_BEFORE.search(text, 0, phrase.start), _NOUN_AFTER.match(text, phrase.end)):
            if m and set(stems(m.group(1))) & event_terms:
                return True
    return False
