"""A post's date line under its author's name, as newsletter and blog platforms print them.

A Substack, Ghost, Medium or Blogger post sets its title, a subtitle that reads like a sentence, then
the writer's name alone on a line (often in bold) and the day it went out under it ("Mar 3, 2026",
"3 Mar 2026", "5 min read · Mar 3, 2026"), or both on one line ("Ann Roe · Mar 3, 2026"). The
subtitle's full stop makes the header reader take it for the lede, so the date line below it would
be read as story; under a name line near the top it is the post's date all the same.
"""

from __future__ import annotations

import re

from index import datelines
from index.textnorm import fold
from index.vocabulary import noun_asks

# How many paragraphs (title, subtitle, a kicker) may stand above the name line
_MOST_ABOVE = 3
# A person's name as a byline prints it: two to four capitalised words ("Ann van Roe")
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|da|del|dos|bin|al|le|la)){1,3}"
_NAME_LINE = re.compile(rf"^(?:[Bb]y\s+)?{_NAME}$")
_NAME_THEN_DATE = re.compile(rf"^(?:[Bb]y\s+)?{_NAME}\s*[·•|—–-]\s*\S")


def name_line(line: str) -> bool:
    """A line that is a writer's name and nothing else ("**Ann Roe**", "By Ann Roe")."""
    text = fold(line).strip().strip("*_#").strip()
    if not _NAME_LINE.match(text) or text.isupper():
        return False
    # "Political Correspondent", "Staff Reporter": a desk, not a name; "Weekly Newsletter": the masthead
    words = re.sub(r"^[Bb]y\s+", "", text).split()
    return not any(noun_asks(w) is not None or w.lower() in _MASTHEAD_WORDS for w in words)


# the words of a publication's name line over its issue date ("Weekly Newsletter", "Parish Bulletin")
_MASTHEAD_WORDS = frozenset({"newsletter", "bulletin", "weekly", "monthly", "news", "newsletters", "magazine", "gazette",
                             "digest", "update", "updates", "notices", "journal", "circular", "edition", "issue"})


def under_author(above: list[str], previous: str, line: str):
    """The (label, day) of `line` when it is the post's date line: a date under a name line, or a
    name line ending in the date, with no more than a title and subtitle above (`above`: the
    paragraphs read as body so far). Else None."""
    if len(above) > _MOST_ABOVE:
        return None
    text = fold(line).strip().strip("*_").strip()
    if not (name_line(previous) or _NAME_THEN_DATE.match(text)):
        return None
    return datelines.header_date(text)


# How far down a post its name line and date line stand
_HEADER_LINES = 12


def post_writer(text: str) -> str | None:
    """The writer a post's header names: a name line over a date line (or a name line ending in the
    date) among the post's first lines, after at least a title. None on any other page."""
    lines = [ln for ln in (raw.strip() for raw in text[:3_000].splitlines()) if ln][:_HEADER_LINES]
    for k in range(1, len(lines)):
        line = fold(lines[k]).strip().strip("*_").strip()
        if k + 1 < len(lines) and name_line(line) and datelines.is_date_line(fold(lines[k + 1]).strip("*_ ")) \
                and datelines.header_date(fold(lines[k + 1]).strip("*_ ")):
            return re.sub(r"^[Bb]y\s+", "", line)
        if (m := _NAME_THEN_DATE.match(line)) and datelines.header_date(line):
            return re.sub(r"^[Bb]y\s+", "", re.split(r"\s*[·•|—–-]\s*", line)[0])
    return None
