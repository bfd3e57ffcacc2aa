"""Words an interviewee remembers being said years ago, dated at the time they recall.

An oral history's answers look back: "In 1974 the manager told us ...", "that winter he said
...", "In March 1981 I told the board ...". What was said then was not said at the interview:
it is dated at the year or month the answer puts it in (a year's or a month's range), the last
one named before it in the same answer, or, for "that winter" or "at the time", in the answers
just before. An answer with no such year leaves the words at the interview's day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from index.statements.dates import MONTHS

# a year, alone or after its month or season: "1974", "March 1974", "the winter of 1974", "early 1981"
# (a speaker's clipped year, "February '58", "in '74", is the last such year before the interview)
_YEAR = re.compile(r"(?:\b(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")\s+(?:of\s+)?)?"
                   r"(?:\b(?P<year>1[89]\d\d|20\d\d)|['’](?P<clipped>\d\d))\b(?!s|'s|\s*[-–]\s*\d)")
# a phrase pointing back at a time the answers named before: "that winter", "at the time"
_BACK = re.compile(r"\b(?i:that|the same)\s+(?i:year|winter|summer|spring|autumn|fall|month|week|day|morning|night|time|season)\b"
                   r"|\b(?i:at the time|back then|in those days)\b")
# the narrator's own words then: "I told him, ...", "we said ..."
_OWN_CUE = re.compile(r"\b(?:I|we|We)\s+(?:told|said|asked|wrote|warned|replied|answered|shouted|argued)\b")
# how many answers back "that winter" may look
_LOOK_BACK = 4


@dataclass(frozen=True)
class Mark:
    paragraph: int
    pos: int  # in the article's text
    first: date
    last: date
    text: str


def marks(docs, paragraphs: set[int], before: date | None) -> list[Mark]:
    """The years and months the answers name (DATE entities holding one year), before `before`."""
    out = []
    for pi in sorted(paragraphs):
        span, doc = docs[pi]
        for ent in doc.ents:
            found = [m for m in _YEAR.finditer(ent.text)] if ent.label_ == "DATE" else []
            if len(found) != 1:
                continue
            y = _year(found[0], before)
            if y is None:
                continue
            month = found[0].group("month")
            if month:
                k = MONTHS.index(month.lower()) + 1
                first, last = date(y, k, 1), date(y, k, calendar.monthrange(y, k)[1])
            else:
                first, last = date(y, 1, 1), date(y, 12, 31)
            if before is None or last < before:
                out.append(Mark(pi, span.start + ent.start_char, first, last, ent.text))
    return out


def _year(m: re.Match, before: date | None) -> int | None:
    """The year a match names: a clipped "'58" in the latest century that keeps it before `before`."""
    if m.group("year"):
        return int(m.group("year"))
    if before is None:
        return None
    yy = int(m.group("clipped"))
    century = before.year - before.year % 100
    return century + yy if century + yy < before.year else century - 100 + yy


def recalled(marks_: list[Mark], paragraph: int, start: int, end: int, sentence: str, own: bool,
             memoir: bool = False) -> Mark | None:
    """The year or month a remembered statement was made in: for the narrator's own turn sentence
    (`own`), only when it reports their words then ("I told him"), dated by a year before that cue
    or earlier in the answer; for another's words (the span start..end), the last year named
    before them in the answer, or in the answers just before when it points back ("that winter").
    In an archive's oral history (`memoir`: a catalogue header names the narrator) every answer
    looks back, so words recalled with no year of their own go with the story's time, the last
    year the answers just before named ("About 1971 a letter came." ... "The inspector said, ...")."""
    if own:
        cue = _OWN_CUE.search(sentence)
        if cue is None:
            return None
        end = start + cue.start()
    earlier = [m for m in marks_ if m.pos < (end if own else start)]
    here = [m for m in earlier if m.paragraph == paragraph]
    if here:
        return here[-1]
    if memoir or _BACK.search(sentence):
        near = [m for m in earlier if paragraph - _LOOK_BACK <= m.paragraph < paragraph]
        return near[-1] if near else None
    return None
