"""Does the answer tell of another weekday's event than the one asked?

    Where will the councillor hold her Monday surgery?   "come to my surgery at the library this Saturday"
    Why did the drivers call off Thursday's strike?      "called off the strike planned for Thursday"   answered

The question names a day of the week; every chosen sentence names days of the week, never that one,
and no calendar date (which may fall on the day asked): the event it tells is another day's.
"""

from __future__ import annotations

import re

_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\b")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
                   r"|\b\d{1,2}/\d{1,2}\b")


def another_weekday(question: str, texts: list[str]) -> int | None:
    """The index of the first chosen sentence when all of them name only other weekdays than the
    question's (see the module), else None."""
    asked = {m.group(1) for m in _WEEKDAY.finditer(question)}
    if not asked or not texts:
        return None
    for text in texts:
        told = {m.group(1) for m in _WEEKDAY.finditer(text)}
        if not told or told & asked or _DATE.search(text):
            return None
    return 0
