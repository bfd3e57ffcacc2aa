"""Whether words reported "according to" a source tell the news of the report's own days.

"According to the ministry, 27 people died in 2021" is background the source gave at some time;
"900 tonnes have been cleared since Sunday, according to the works office" is news the source
gave the report, said by its day. The days are the ones a reader counts from the report: a
weekday, "today", "yesterday", "last night", "this week"; a named year or month is background.
"""

from __future__ import annotations

import re

from index.statements.dates import find_time_phrases
from index.vocabulary import vocabulary


def news_of_the_day(content: str) -> bool:
    """Does `content` place what it reports on the report's own days, and in no year or month?"""
    phrases = find_time_phrases(content)
    if not phrases or re.search(r"\b(?:19|20)\d\d\b", content):
        return False
    return all(p.kind in ("wday", "rel", "span") and not re.search(r"\b(?:year|month|next|following|previous)\b", p.text, re.I)
               for p in phrases)


# "will reopen", "is expected to", "are due to", "is forecast to": a thing still to come
_WILL = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:forecast|predicted|projected))\b", re.I)


def forecast(content: str) -> bool:
    """Does `content` put a calendar date on a thing still to come ("The road will reopen on 3
    June", "Results are expected by March 20")? A source's forecast of a date is background it gave
    at some time, not news of a day (shared/eval/general/README.md, date basis "none"); a meeting
    "due on Monday" counts from the report's own days and is its news."""
    if not any(p.kind in ("mday", "dmon", "month", "mid") for p in find_time_phrases(content)):
        return False
    ahead = vocabulary().expectation_words
    return bool(_WILL.search(content)) or any(re.search(rf"\b(?:is|are|was|were)\s+{w}\b", content, re.I) for w in ahead)
