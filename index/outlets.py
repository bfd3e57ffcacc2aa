"""The outlet a page names only in its own furniture, when no front matter, credit line,
dateline tag or footer gave one (index/articles.py asks this last):

    "EBBERGATE POST - Mar 3, 2026 | Business" (a masthead line above the headline) -> its name
    "Northvale News | Yorkshire"                (a channel's or paper's kicker)       -> its name
    "THE HARBOUR ECHO"                          (a paper's name alone, in capitals)   -> "The Harbour Echo"
    "==Baltica"                                 (a wire's sign-off under the story)   -> its name

A masthead is the page's first line, its name cut at a separator (" - ", " | ", " — ") and ending
in a word outlets are named by ("News", "Post", "Gazette": index/vocabulary.yaml outlet_words),
so a section kicker ("Business | Economy") names no outlet. An outlet the story only quotes
("told the Ebbergate Post") is not the page's and is never read here.
"""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

_SEPARATOR = re.compile(r"\s+[-–—|]\s+|\s*\|\s*")
_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}")
_SIGN_OFF = re.compile(rf"^==\s*(?P<name>{_NAME.pattern})\s*$")


def named(text: str) -> str | None:
    """The outlet the page's masthead line or sign-off names, or None."""
    lines = [ln.strip().strip("*_#").strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return None
    found = _masthead(lines[0]) if len(lines) > 2 else None
    return found or _sign_off(lines[-1])


# outlet words a headline in capitals ends in as often ("GOOD NEWS", "THE DAILY REPORT" keeps its "The")
_HEADLINE_ENDS = {"news", "report", "today", "online", "record", "daily", "weekly", "star", "channel", "network"}


def _masthead(line: str) -> str | None:
    parts = _SEPARATOR.split(line, maxsplit=1)
    if len(parts) < 2 and line.isupper() and 2 <= len(line.split()) <= 5 \
            and (line.split()[0] == "THE" or line.split()[-1].lower() not in _HEADLINE_ENDS):
        parts = [line, ""]  # "THE HARBOUR ECHO": a paper's name in capitals, the whole first line
    if len(parts) < 2 or not _NAME.fullmatch(parts[0]):
        return None
    words = parts[0].split()
    if words[-1].lower() not in vocabulary().outlet_words or len(line) > 120:
        return None
    return _cased(parts[0])


def _sign_off(line: str) -> str | None:
    m = _SIGN_OFF.match(line)
    return _cased(m.group("name")) if m else None


def _cased(name: str) -> str:
    """A name printed in capitals as it is written in running text: "EBBERGATE POST" -> "Ebbergate Post"."""
    words = name.split()
    return " ".join(w.capitalize() if w.isupper() and (len(w) > 3 or k == 0 and w == "THE") else w
                    for k, w in enumerate(words)) if name.isupper() else name
