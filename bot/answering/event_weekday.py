"""A weekday bound to the very event a when-question asks about.

"When was the kgotla meeting held?" / "... at a packed kgotla meeting on Tuesday": a bare "on Tuesday"
is as often the day the news was told as the day asked, but one that follows the asked event's own
noun ("a meeting on Tuesday", "Tuesday's meeting", "the vote last Friday") dates that event.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "<noun> on Tuesday" / "<noun> last Tuesday" / "<noun> on Tuesday night"; "Tuesday's <noun>"
_AFTER_NOUN = re.compile(rf"\b([A-Za-z][\w-]*)\s+(?:on\s+|last\s+|this\s+past\s+)?{_DAY}\b")
_BEFORE_NOUN = re.compile(rf"\b{_DAY}(?:'s|’s)\s+(?:[a-z]+\s+)?([a-z][\w-]*)\b")


def event_weekday(text: str, event_terms: frozenset[str]) -> bool:
    """`text` dates by its weekday a noun the question names as the event (stems in `event_terms`)."""
    if not event_terms:
        return False
    for pattern in (_AFTER_NOUN, _BEFORE_NOUN):
        for m in pattern.finditer(text):
            if set(stems(m.group(1))) & event_terms:
                return True
    return False
