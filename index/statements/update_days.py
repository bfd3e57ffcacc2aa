"""An update appended to a page: "UPDATE, October 20: the company's reply" on a line of its own.

What follows the line was written on the update's day, not the page's: its "said yesterday" counts
from the update, and a statement there with no day of its own was made public that day. The line
often leaves the year out; it is the year of the page's first full date (its own "Posted ... ·
Updated ..." line), not of a year the story names in passing.
"""

from __future__ import annotations

import re
from datetime import date

from index import datelines

# "UPDATE, October 20:", "Update (20 October 2026) –", "UPDATED Oct. 20:" opening a line; the date
# within 30 characters of the label, before the colon, dash or bracket that closes it
# A company's incident statement numbers its blocks, newest first, above the first one it issued:
# "UPDATE 2 – 14 February 2026, 17:30" ... "ORIGINAL STATEMENT – 12 February 2026, 18:40"; a line
# that is only the label and its date and time ends at the line's end
_UPDATE_LINE = re.compile(rf"^[ \t]*(?:UPDATED?|Updated?|(?:ORIGINAL|INITIAL|FIRST|Original|Initial|First)[ \t]+(?:STATEMENT|Statement))\b"
                          rf"(?:[ \t]+(?:No\.?[ \t]*|\#)?\d{{1,2}}\b)?[ \t,:(—–-]*(?P<day>(?:\w+,?[ \t]+)?(?:(?:{datelines.MONTH})\.?[ \t]+\d{{1,2}}"
                          rf"|\d{{1,2}}[ \t]+(?:{datelines.MONTH})\.?)(?:,?[ \t]+\d{{4}})?)"
                          rf"(?:[ \t]*(?:[):—–-]|(?:,?[ \t]+(?:at[ \t]+)?\d{{1,2}}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{{2,4}})?)?[ \t]*$))", re.M | re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def updates(text: str) -> list[tuple[int, int, date]]:
    """(start, end, day) of each update's part of `text`: from its line to the next update's or the end."""
    heads = []
    for m in _UPDATE_LINE.finditer(text):
        if not _below_body(text, m.start()):
            continue  # the page's own "Updated 12 June 2026 - 14:05" header: the page's day stays
        phrase = m.group("day")
        if not _YEAR.search(phrase):
            top = _first_full_date(text[:m.start()])
            if top is None:
                continue
            phrase = f"{phrase} {top.year}"
        year, month, day = datelines.parse_date(phrase)
        if year and month and day:
            try:
                heads.append((m.start(), date(year, month, day)))
            except ValueError:
                continue
    return [(start, heads[k + 1][0] if k + 1 < len(heads) else len(text), day) for k, (start, day) in enumerate(heads)]


def _below_body(text: str, pos: int) -> bool:
    """An update line below some of the story: a paragraph of its own after a finished sentence."""
    return pos >= _BODY and text[:pos].rstrip(" \t").endswith("\n\n") and re.search(r"[.!?][\"”’)]?\s", text[:pos]) is not None


_BODY = 300  # characters: a header's date lines come before so much of a story


def _first_full_date(text: str) -> date | None:
    """The first line's full date among the page's lines above (linear: one look per line)."""
    for line in text.splitlines():
        if _YEAR.search(line) and (day := datelines.full_date(line)):
            return day
    return None
