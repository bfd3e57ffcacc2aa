"""The day of a post, a video or a letter that a statement's sentence says it was made in, when the
cue itself carries no time:

    "In a video posted on Monday night, X filmed ... and asked ..."    the post's day
    "X posted a long thread on Monday night. In it he said ..."        the thread's day

A day that only the post carries ("In a post on Monday") is the saying's day: the words are in it.
"""

from __future__ import annotations

import calendar
import re

_PUBLISHED = r"(?:posted|published|shared|uploaded|released|broadcast|aired|sent|issued|filmed|recorded|written|wrote|put out)"
_WHEN = (r"(?:(?:late|early)\s+)?on\s+(?P<when>(?:" + "|".join(calendar.day_name) + r")"
         r"(?:\s+(?:morning|afternoon|evening|night))?)\b")


def _media() -> str:
    from index.vocabulary import vocabulary

    v = vocabulary()
    words = sorted({w for w in (*v.written_media, *v.statement_nouns, *v.record_nouns) if " " not in w}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def framed_day(sentence: str, previous: str = "") -> str | None:
    """The time phrase of the message a sentence opens with ("In a TikTok video posted on Monday
    night, ..."), or of the message the previous sentence dates when this one opens "In it," / "In
    the thread," ("posted a long thread on Monday night."); None when neither."""
    media = _media()
    s = sentence.lstrip(" \"'“")
    opening = re.match(rf"(?:In|Via|Through)\s+(?:a|an|the|his|her|their|its|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{media})s?\b"
                       rf"[^,.;]{{0,60}}?\b(?:{_PUBLISHED}\s+)?{_WHEN}[^.;]{{0,80}},", s)
    if opening:
        return "on " + opening.group("when")
    back = re.match(rf"In\s+(?:it|that)\s*,?\s+", s) or \
        re.search(rf"\b[Ii]n\s+(?:the|this|that|his|her|their|its)\s+(?:{media})\b", s)
    if back and previous:
        # (a sentence of the right case: the previous sentence's own words as written)
        m = re.search(rf"\b{_PUBLISHED}\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{media})s?\b\s+{_WHEN}",
                      previous, re.I)
        if m is None:
            m = re.search(rf"\b(?:{media})s?\s+{_PUBLISHED}\s+{_WHEN}", previous, re.I)
        if m:
            return "on " + m.group("when")
    return None
