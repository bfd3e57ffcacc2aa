"""A crowdfunding page pasted as text: its organiser, its story, its dated updates, its donors' comments.

Such a page prints "NAME is organising this fundraiser" (or "Organiser: NAME"), a "Created 12
February 2026" line, the organiser's story in the first person (often signed at its foot, "— NAME,
team secretary"), updates under "Update 2 · 17 Feb 2026 · by NAME" lines (read as posts by
index.post_stamps), and donors' comments under "NAME · £50 · 3 d" lines. The story was written on
the day the page was created; a comment's age ("3 d", "2 hrs") counts from a day the page does not
give, so a comment has no knowable day. A page is a fundraiser when it has a created line or an
update line, and an organiser line or two comment lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from index import datelines
from index.textnorm import fold

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|van|von|ap|of))*"
_ORGANISER = re.compile(rf"^\s*(?P<name>{_NAME})\s+(?:is|are)\s+organi[sz]ing\s+this\s+(?:fundraiser|campaign|appeal|page)\b"
                        rf"|^\s*(?i:organi[sz]er|organi[sz]ed\s+by|campaign\s+(?:by|organi[sz]er))\s*:?\s+(?P<named>{_NAME})", re.M)
_CREATED = re.compile(rf"^\s*(?:created|launched|started|page\s+created)\s*(?:on\s*)?:?\s*(?P<date>(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?{datelines.DATE})",
                      re.M | re.I)
_UPDATE = re.compile(r"^\s*update\b[^\n]{0,12}[·•|–—-][^\n]*\d{4}[^\n]*$", re.M | re.I)
_MONEY = r"(?:[£$€¥₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:GBP|USD|EUR))"
_AGE = r"(?:\d+\s*(?:d|h|hrs?|m|mins?|w|wks?|mos?|y|yrs?|days?|hours?|weeks?|months?|years?)(?:\s+ago)?|just now|yesterday|today)"
# "Gethin Roe · £100 · 9 d", "Anonymous · £10", "Ann Roe donated £20 · 3 days ago"
_COMMENT = re.compile(rf"^\s*(?P<name>{_NAME}|[Aa]nonymous)\s*(?:[·•|–—-]|\s+donated)\s*{_MONEY}\s*(?:[·•|–—-]\s*(?P<age>{_AGE}))?\s*$",
                      re.M)
_SECTION = re.compile(r"^\s*(?:updates?\s*\(\d+\)|updates|words of support|comments|donations|recent donations|top donations)\b", re.I)


@dataclass(frozen=True)
class Comment:
    head: int  # the comment's header line
    body: int  # the first character after that line
    end: int  # the next comment's header, or the end of the text
    name: str


@dataclass(frozen=True)
class Page:
    organiser: str | None
    created: date | None
    story: tuple[int, int]  # from the created line to the first update or section line
    comments: tuple[Comment, ...]


@lru_cache(maxsize=64)
def page(text: str) -> Page | None:
    text = fold(text)
    created = _CREATED.search(text)
    updates = list(_UPDATE.finditer(text))
    org = _ORGANISER.search(text)
    heads = list(_COMMENT.finditer(text))
    if not (created or updates) or not (org or len(heads) >= 2):
        return None
    day = datelines.full_date(created.group("date")) if created else None
    start = created.end() if created else (org.end() if org else 0)
    start = text.find("\n", start) + 1 or len(text)  # the story starts under the created line
    ends = [m.start() for m in updates] + [m.start() for m in heads]
    ends += [m.start() + start for m in re.finditer(r"(?m)^.*$", text[start:]) if _SECTION.match(m.group(0))]
    story = (start, min([e for e in ends if e > start], default=len(text)))
    comments = tuple(Comment(m.start(), m.end(), heads[k + 1].start() if k + 1 < len(heads) else len(text),
                             m.group("name").strip())
                     for k, m in enumerate(heads))
    organiser = (org.group("name") or org.group("named")).strip() if org else None
    return Page(organiser, day, story, comments)
