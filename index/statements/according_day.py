"""Whether words reported "according to" a source tell the news of the report's own days.

"According to the ministry, 27 people died in 2021" is background the source gave at some time;
"900 tonnes have been cleared since Sunday, according to the works office" is news the source
gave the report, said by its day. The days are the ones a reader counts from the report: a
weekday, "today", "yesterday", "last night", "this week"; a named year or month is background.
"""

from __future__ import annotations

import re

from index.statements.dates import find_time_phrases


def news_of_the_day(content: str) -> bool:
    """Does `content` place what it reports on the report's own days, and in no year or month?"""
    phrases = find_time_phrases(content)
    if not phrases or re.search(r"\b(?:19|20)\d\d\b", content):
        return False
    return all(p.kind in ("wday", "rel", "span") and not re.search(r"\b(?:year|month|next|following|previous)\b", p.text, re.I)
               for p in phrases)
