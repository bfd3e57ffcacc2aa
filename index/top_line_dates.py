"""Date lines at a page's top that the header reader (`index/articles.py`) does not know as such.

A date line under a masthead: a line that is a date and nothing else ("24.09.2025, 15:18 Uhr",
"Tuesday, June 10, 2025") under a line or two of masthead or slogan ("From X, the news site you can
edit!"), which read like a sentence and so were taken for the body, is the page's date line all the
same (`under_masthead`).

The last resort for an article's date: a short line among its first few lines that states a full
date the page went out on. Read only when no dateline, header, closing or body reader dated the
article, so a page in a style none of them knows ("**Posted by the club secretary, 2 May 2024**",
"Home & Money | Saturday 8 March 2025" under a quoted headline, "Decision issued: 29 April 2024"
among a summary's fields, a title ending "posted 3 March 2025") is still dated
(`top_line_date`). A top line naming only an event's day ("Hearing: ...", "Deadline for comments:
...") dates nothing.
"""

from __future__ import annotations

import re
from datetime import date

from index import datelines
from index.top_lines import story_sentence, top_lines
from index.vocabulary import vocabulary

# How far down a page its header lines reach, and how long one may run before it is story text
_TOP_LINES = 8
_MAX_WORDS = 16
# A sentence of story: five words or more ending in a stop (a header line ends in none)
_STORY = story_sentence(4)


# How many short lines of masthead or slogan a date line may stand under, and how long each may run
_MASTHEAD_LINES = 2
_MASTHEAD_WORDS = 14


def under_masthead(above: list[str], line: str) -> bool:
    """Whether `line` is a date and nothing else (or an issue line: its number, then the date), under
    no more than a short line or two (`above`: the first paragraphs taken for the body so far, three
    at most)."""
    return (len(above) <= _MASTHEAD_LINES and all(len(b.split()) <= _MASTHEAD_WORDS for b in above)
            and (datelines.is_date_line(line.strip()) or (_ISSUE_MARK.search(line) is not None and datelines.is_labelled_date_line(line)))
            and bool(datelines.header_date(line)))


# an issue's number on its line ("Bulletin No. 9 — Tuesday 3 March 2026", "Vol. 12, Iss. 4 | ..."): the
# line dates the issue, under a school's or a club's name and a quoted motto
_ISSUE_MARK = re.compile(r"\b(?:No|Nos|Vol|Iss|Issue|Edition)\.?\s*\d|#\s?\d", re.I)


def top_line_date(text: str) -> date | None:
    """The day the first dated header line among `text`'s first lines states, or None."""
    for line in top_lines(text, _TOP_LINES, _MAX_WORDS, _STORY):
        found = datelines.header_date(line)
        if found:
            return found[1]
        labelled = _after_publishing_label(line)
        if labelled:
            return labelled
    return None


def _after_publishing_label(line: str) -> date | None:
    """The full date written after a publishing word ("posted", "issued") on the line."""
    labels = sorted(vocabulary().publishing_labels, key=lambda w: (-len(w), w))
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, labels))})\b", re.I)
    for m in pattern.finditer(line):
        found = datelines.full_date(line[m.end():])
        if found:
            return found
    return None
