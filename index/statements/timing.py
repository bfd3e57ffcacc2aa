"""Which time phrase belongs to a speech verb, as opposed to the content it reports.

"Pashinyan on Tuesday urged", "Earlier on Thursday, Pashinyan said", "said last week that":
the phrase is the statement's. "said that the road was blocked on December 3": it is not.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.dates import TimePhrase, find_time_phrases
from index.statements.segment import inside


def shift(tp: TimePhrase, offset: int) -> TimePhrase:
    return TimePhrase(tp.start + offset, tp.end + offset, tp.text, tp.kind)


def time_in(t: str, start: int, end: int):
    tps = find_time_phrases(t[start:end])
    return shift(tps[0], start) if tps else None


def time_before_verb(t: str, sstart: int, mstart: int, vstart: int):
    """'Pashinyan on Tuesday urged', 'Earlier on Thursday, Pashinyan said'."""
    between = time_in(t, mstart, vstart)
    if between:
        return between
    lead = t[sstart:mstart]
    tps = find_time_phrases(lead)
    # The sentence's introductory adverbial: "Earlier on Thursday, Pashinyan said ..."
    if tps and not lead[:tps[0].start].strip() and re.match(r"\s*,|\s*$", lead[tps[0].end:]) \
            and '"' not in lead:
        return shift(tps[0], sstart)
    return None


def time_in_object(t: str, vstart: int, start: int, end: int, qs: list[Span]):
    """'denied such an understanding earlier on Friday': a time phrase in a direct object
    (no "that" clause) belongs to the verb unless a reduced relative ("signed with ...") owns it."""
    if re.search(r"\bthat\s*$", t[vstart:start]):
        return None
    for tp in find_time_phrases(t[start:end]):
        a = start + tp.start
        if inside(a, qs):
            continue
        seg = "".join(" " if inside(i, qs) else c for i, c in enumerate(t[start:a], start))
        if re.search(r"\b\w{3,}ed\s+(?:with|by|in|at|on|during|last|ahead|between|from)\b", seg):
            return None
        return shift(tp, start)
    return None
