"""An article's date from carriers the header, dateline and top-line readers do not know.

Read only when none of them dated the article:
- a date in another calendar with the Gregorian date in brackets beside it ("Saturday, Tir 16, 2018
  (January 24, 2026)", "24 January 2026 (4 Bahman 1404)"): the Gregorian one, whatever the other
  calendar is; the pair is kept as an equivalence (`Equivalence`) so that a day of the same month of
  the other calendar written in the body ("on Tir 12") can be counted from it (index.statements.
  other_calendar), and is never read as a Gregorian day;
- a date only inside the page's own address, pasted at its top or given as its `url`
  ("/2025/10/09/", "/20251009/", "-2025-10-09-"): the address is made when the page goes out, and a
  relative stamp beside it ("3h ago") names no day;
- a numeric date that reads both ways ("09/10/2025") and a text that writes no date in words to
  tell the order: the order its spelling follows, British day first, American month first
  (`numeric_order`); a text whose spelling tells neither stays undated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index import datelines
from index.top_lines import story_sentence, top_lines

_TOP_LINES = 10
FIRST_YEAR, LAST_YEAR = 1900, 2100  # the years a page is dated in
_MAX_WORDS = 20
# a sentence of story: the page's header lines are over
_STORY = story_sentence(5)


@dataclass(frozen=True)
class Equivalence:
    """A day of another calendar and the Gregorian day the article says it is."""

    month: str  # the other calendar's month as written ("Tir")
    day: int
    gregorian: date


def bracketed(text: str) -> tuple[date, Equivalence | None] | None:
    """(Gregorian day, the other calendar's day beside it) of the first top line that writes a date
    with another date in brackets beside it; None when no top line does."""
    for line in top_lines(text, _TOP_LINES, _MAX_WORDS, _STORY):
        for m in re.finditer(r"\(([^()]{4,60})\)", line):
            inside, outside = m.group(1), line[:m.start()]
            gregorian = _gregorian(inside)
            if gregorian is not None and not _gregorian(outside):
                return gregorian, _paired(_other_day(outside), gregorian)
            gregorian = _gregorian(outside[-60:])
            if gregorian is not None and _other_day(inside) is not None:
                return gregorian, _paired(_other_day(inside), gregorian)
    return None


def _paired(other: tuple[str, int] | None, gregorian: date) -> Equivalence | None:
    return Equivalence(other[0], other[1], gregorian) if other else None


# "Tir 16, 2018", "Saturday, Tir 16, 2018", "16 Tir 2018", "12 Dhu al-Hijjah 1446 AH": a month word
# that is not the Gregorian calendar's, a day, and a year
_OTHER_MONTH = r"(?P<month>[A-Z][\w'’]*(?:[- ](?:al|el|ul|as|ath|ad)-?[A-Z]?[\w'’]*|\s+(?:I{1,2}|Alef|Bet|Aleph))?)"
_OTHER_DAY = re.compile(rf"(?:{_OTHER_MONTH}\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_OTHER_MONTH.replace('month', 'month2')})"
                        r",?\s+(?P<year>\d{4})\b")


def _other_day(text: str) -> tuple[str, int] | None:
    m = None
    for m in _OTHER_DAY.finditer(text):
        pass
    if m is None:
        return None
    month = m.group("month") or m.group("month2")
    if month.lower() in datelines.WEEKDAYS or re.fullmatch(rf"(?:{datelines.MONTH})\.?", month, re.I):
        return None
    return month, int(m.group("d1") or m.group("d2"))


def _gregorian(text: str) -> date | None:
    """A Gregorian day written with its month's name and its year, in a year a page is dated in."""
    found = re.search(rf"(?:{datelines.DATE})|{datelines.ISO}", text, re.I)
    if found is None or not re.search(r"\d{4}", found.group(0)):
        return None
    day = datelines.full_date(found.group(0))
    return day if day and FIRST_YEAR <= day.year <= LAST_YEAR else None


def equivalence(text: str) -> Equivalence | None:
    """The other calendar's day a top line pairs with a Gregorian one (see `bracketed`)."""
    got = bracketed(text)
    return got[1] if got else None


# a page address: scheme or "www.", then a path
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_PATH_DATE = re.compile(r"[/_-](?P<y>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?=[/_.?#-]|$)")


def url_day(text: str, url: str | None = None) -> date | None:
    """The day the page's own address writes in its path: the `url` its metadata gives, else an
    address standing alone on one of its top lines."""
    candidates = [url] if url else []
    candidates += [line for line in top_lines(text, _TOP_LINES) if _URL.fullmatch(line.strip("<>()[] "))]
    for address in candidates:
        path = re.sub(r"^(?:https?://)?[^/]+", "", str(address).strip("<>()[] "))
        for m in _PATH_DATE.finditer(path):
            try:
                return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
    return None


# American and British spellings of the same words: what a text with no date in words shows of the
# order its numeric dates follow
_US = re.compile(r"\b(?:\w+iz(?:e|es|ed|ing|ation|ations)|colors?|favor\w*|labor\w*|neighbor\w*|behavior\w*|honor\w*|"
                 r"center\w*|theater\w*|defense|traveled|traveling|program)\b", re.I)
_UK = re.compile(r"\b(?:\w+isation\w*|\w+ised|colours?|favour\w*|labour\w*|neighbour\w*|behaviour\w*|honour\w*|"
                 r"centre\w*|theatre\w*|defence|travelled|travelling|programme\w*|metres?|kilometres?|Cllr)\b", re.I)


def numeric_order(text: str) -> str | None:
    """"day" or "month": the order an ambiguous numeric date ("09/10/2025") of `text` follows, by
    the dates it writes in words, else by its spelling (British "centre", "organisation": day first;
    American "center", "organization": month first); None when neither tells."""
    order = datelines.written_order(text)
    if order:
        return order
    us, uk = len(_US.findall(text)), len(_UK.findall(text))
    return None if us == uk else "month" if us > uk else "day"
