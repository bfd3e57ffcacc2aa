"""The date an article's closing lines give it, when nothing above the story does.

Closing lines read here, as general shapes: "This report ... was first published March 18,
2025." (index.datelines.footer_date), a labelled line ("Filed 12 March 2025", "Last updated:
Wednesday, 12 March 2025, 14:05 GMT", "Published: Mon 2 Jun 2025 14.05 BST"), a print-edition
note ("A version of this article appears in print on March 12, 2025, Section A, Page 14"), a
line that is a date alone ("June 2, 2025"), and a sports result line that dates the match
("Rovers 2 (Ode 12) City 1. Att: 12,004. Saturday 15 March 2025, Valley Park.").

A publication note outranks an "updated" one, and both outrank a result line, whose date is
the match's (the report's own day as a rule, so it is "inferred", not "stated").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index import datelines
from index.body_dates import looks_ahead
from index.textnorm import fold

_DAY = rf"(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?"
# "Filed 12 March 2025", "Last updated: 12 March 2025", "Posted on June 2, 2025 at 10:04".
_LABELLED = re.compile(
    r"^(?P<label>filed|published|posted|last updated|updated|last modified|modified|dated"
    # a body's own page: "Page last reviewed: 3 March 2026", "This page was last edited on 6 March 2026"
    r"|(?:(?:this )?page (?:was )?)?last (?:reviewed|edited|updated|modified))\b\s*(?:on|at)?\s*[:\-–—]?\s*"
    rf"(?P<rest>{_DAY}(?:{datelines.DATE}|{datelines.ISO}).{{0,80}})$",
    re.I,
)
# "A version of this article appears in print on March 12, 2025, Section A, Page 14 of the New
# York edition", "This story appeared in the print edition of 12 March 2025".
_PRINT = re.compile(
    r"^(?:a version of )?this (?:article|story|report|piece|column|review)\s+"
    r"(?:appears?|appeared|ran|was published|was printed)\s+in (?:the )?(?:[\w-]+ )?(?:print|edition|newspaper|paper)"
    r"(?: edition)?(?:\s+(?:on|of|dated|for))?\s*[:,]?\s*"
    rf"(?P<rest>{_DAY}(?:{datelines.DATE}|{datelines.ISO}).{{0,200}})$",
    re.I,
)
# A score as result lines print it: "2-1", "2 – 1", "245/7", "won by 5 wickets", "Att: 12,004".
_SCORE = re.compile(
    r"(?<![\d/.-])\d{1,3}\s*[-–]\s*\d{1,3}(?![\d/.-])|(?<![\d/])\d{1,3}/\d{1,2}(?![\d/])"
    r"|\bwon by \d+ (?:runs?|wickets?|points?|goals?|strokes?|shots?)\b|\batt(?:endance)?\s*[:.]\s*\d",
    re.I,
)
_FULL_DATE = re.compile(rf"{_DAY}(?:{datelines.DATE}|{datelines.ISO})", re.I)


@dataclass(frozen=True)
class Closing:
    """What the closing lines date the article by: the day, the outlet named, and how sure."""

    day: date
    outlet: str | None
    kind: str  # "published", "updated" or "result"
    strong: bool = False  # a note that says it dates the piece ("first published", "Filed", print)


def closing_date(lines: list[tuple[str, bool]]) -> Closing | None:
    """The best dating note among an article's last lines, given in order as (line, is it story
    text). A publication note counts anywhere among them ("— With files from X." may follow
    it); a weaker one (an "updated" line, a date alone, a result line) only in the run after
    the last story paragraph, so "Updated: 3 June 2024" with more story after it is not one."""
    found: list[Closing] = []
    trailing = True
    for line, story in reversed(lines):
        note = _note(line)
        if note and (trailing or note.strong):
            found.append(note)
        elif story and not note:
            trailing = False
    for kind in ("published", "updated", "result"):
        best = next((c for c in found if c.kind == kind), None)
        if best:
            return best
    return None


def _note(line: str) -> Closing | None:
    text = fold(line).strip(" *_#>")
    found = _line_note(text)
    if found:
        return found
    # "Ida Marsh has written for the Echo since 2001. First published in the print edition, 8
    # March 2025.": a writer's bio before the note, on the same line; only a note that says it
    # dates the piece counts there.
    # "Translated from German by X. 18.03.2025, 16:42 Uhr": a date alone after the last
    # sentence is the piece's time stamp too.
    last = re.split(r"(?<=[a-z0-9\)][.!?])\s+(?=[A-Z0-9])", text)[-1]
    found = _line_note(last) if last != text else None
    return found if found and (found.strong or datelines.is_date_line(last)) else None


def _line_note(text: str) -> Closing | None:
    first = datelines.footer_date(text)
    if first:
        return Closing(first[0], first[1], "published", strong=True)
    m = _LABELLED.match(text)
    if m:
        day = datelines.full_date(m.group("rest"))
        kind = "updated" if re.search(r"update|modified|reviewed|edited", m.group("label"), re.I) else "published"
        return Closing(day, None, kind, strong=kind == "published") if day else None
    m = _PRINT.match(text)
    if m:
        day = datelines.full_date(m.group("rest"))
        return Closing(day, None, "published", strong=True) if day else None
    if datelines.is_date_line(text):
        day = datelines.full_date(text)
        return Closing(day, None, "published") if day else None
    if _SCORE.search(text) and len(text) < 400:
        return _result(text)
    header = datelines.header_date(text)  # "Harbour Post, 12 March 2025", "By X | March 3, 2025"
    if header:
        return Closing(header[1], None, "updated" if header[0] == "updated" else "published")
    return None


def _result(text: str) -> Closing | None:
    """A result line's date: a full date in a line that reports a score and looks to no day ahead."""
    dates = list(_FULL_DATE.finditer(text))
    if len(dates) != 1 or looks_ahead(text):
        return None
    day = datelines.full_date(dates[0].group(0))
    return Closing(day, None, "result") if day else None
