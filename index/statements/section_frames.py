"""A time frame a piece states once for the run of captions or items after it.

A photo story's introduction says "These pictures were taken over four days last week"; a series
says "The interviews were conducted between 3 and 9 May". What the captions or items after that
sentence quote was said within the frame, not on the publication day: statements the publication
alone would date take the frame's days instead (their own time phrases still date them). The
records ("pictures", "interviews") and how they were gathered ("taken", "conducted") are the
vocabulary's; the frame's days are `when.resolve`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from index import datelines
from index.statements.dates import find_time_phrases
from index.statements.when import resolve
from index.vocabulary import vocabulary


@dataclass(frozen=True)
class Frame:
    end: int  # where the sentence that states the frame ends: it dates what comes after
    phrase: str  # the frame's time phrase as written ("last week")
    first: date
    last: date


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _frame_re() -> re.Pattern:
    v = vocabulary()
    # the sentence's subject is the records ("These pictures", "All the interviews in this series"),
    # then how they were gathered, then (somewhere in the rest of the sentence) when
    return re.compile(
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:(?:all\s+(?:of\s+)?)?(?:these|the|our|my|its|their|this)\s+)?"
        rf"(?:[^\W\d_][\w-]*\s+){{0,2}}?(?:{_alternation(v.gathered_records)})\b"
        rf"(?:\s+(?:in|for|on|of)\s+(?:this|these|the)\s+[\w -]{{1,30}}?)?"
        rf"\s+(?:were|was|have\s+been|had\s+been)\s+(?:all\s+|mostly\s+)?(?:{_alternation(v.gathering_verbs)})\b"
        rf"(?P<rest>[^.!?\n]*)[.!?]?",
        re.I,
    )


# "between 3 and 9 May", "from 3 to 9 May": a run of days whose first end names no month
_DAY_RUN = re.compile(rf"\b(?:between|from)\s+(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|-|–)\s+"
                      rf"(?P<b>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{datelines.MONTH})\b\.?(?:,?\s+\d{{4}})?)", re.I)


def frame(text: str, pub: date | None, start: int = 0) -> Frame | None:
    """The first frame a sentence after `start` states, when its days resolve and end by `pub`."""
    if pub is None:
        return None
    for m in _frame_re().finditer(text, start):
        days = _days(m.group("rest"), pub)
        if days:
            return Frame(m.end(), days[0], days[1], days[2])
    return None


def _days(rest: str, pub: date) -> tuple[str, date, date] | None:
    run = _DAY_RUN.search(rest)
    if run:
        last = resolve(run.group("b"), pub)
        if last and last[0] == last[1]:
            try:
                first = last[0].replace(day=int(run.group("a")))
            except ValueError:
                first = None
            if first and first <= last[0] <= pub:
                return run.group(0).strip(), first, last[0]
    spans = []
    for ph in find_time_phrases(rest):
        got = resolve(ph.text, pub)
        if got is None:
            return None  # a phrase that names no days it can be read by: no frame rather than half of one
        spans.append((ph.text, got[0], got[1]))
    if not spans:
        return None
    first, last = min(s[1] for s in spans), max(s[2] for s in spans)
    if last > pub:
        return None
    return " and ".join(s[0] for s in spans).strip(), first, last


def framed(when: tuple, pos: int, found: Frame | None) -> tuple:
    """`when` (text, first, last, basis) of a statement at `pos`: the frame's days in place of a
    publication date when the statement comes after the frame's sentence."""
    if found is None or pos < found.end or when[3] != "publication":
        return when
    return found.phrase, found.first, found.last if found.last != found.first else None, "context"
