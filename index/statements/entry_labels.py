"""Per-entry posting labels: the day each entry of a page of entries was posted on.

A status page prints each update, then its own "Posted Mar 18, 2025 - 21:47 IST" line; an appended
review or letter prints its heading, then "Posted Mar 20, 2025", then its text; a comment thread
"Posted by NAME on 3 May 2025" under each comment. Each entry's words were written on its own
label's day, whatever day the page as a whole carries (often none). A label line is a posting word,
a date with day, month and year (datelines' shapes), and at most a time and a zone after it.

Which entry a label belongs to is told by the line just above it: body text above it closes the
entry it follows (back to the heading that opens that entry); a heading above it (or nothing) opens
the entry after it, which runs to the next entry. A page needs two such labels to be read as
entries: one alone is a header or a footer line, which dates the whole article elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index import datelines
from index.models import Article
from index.textnorm import fold

_POSTING = re.compile(r"^(?:posted|published|submitted|added|filed|written|sent)\b", re.I)
_DATE = re.compile(rf"(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?(?:{datelines.DATE}|\d{{4}}-\d\d-\d\d)", re.I)
# what may follow the date on a label line: a time and its zone ("- 21:47 IST", "at 9:05 a.m. EDT", "18:30 UTC+1")
_TIME_AFTER = re.compile(r"^\s*(?:(?:[-–—,|·•@]|\bat\b|T)\s*)?(?P<time>\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?"
                         r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?)?\s*\.?$", re.I)
_MAX_LABEL_WORDS = 14


@dataclass(frozen=True)
class Entry:
    start: int  # the entry's first character (its heading's, when it has one)
    end: int  # where it ends (its label line, or the next entry)
    label: str  # the label line as written: "Posted Mar 18, 2025 - 07:41 IST"
    day: date
    time: str | None  # "07:41 IST" as written, when the label gives one


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    kind: str  # "label" | "heading" | "text"
    day: date | None = None
    time: str | None = None


def read_label(line: str) -> tuple[date, str | None] | None:
    """(day, time as written or None) of a posting label line; None for any other line."""
    text = fold(line).strip(" *_#")
    if not _POSTING.match(text) or len(text.split()) > _MAX_LABEL_WORDS or re.search(r"[a-z]{2}[.!?]\s", text):
        return None
    found = _DATE.search(text)
    if found is None or len(text[:found.start()].split()) > 8:
        return None
    after = _TIME_AFTER.match(text[found.end():])
    day = datelines.full_date(found.group(0))
    if after is None or day is None:
        return None
    return day, (after.group("time") or None)


def entries(article: Article) -> list[Entry]:
    """The page's entries that a posting label dates, in text order; none unless two labels do."""
    lines = _lines(article)
    labels = [i for i, ln in enumerate(lines) if ln.kind == "label"]
    if len(labels) < 2:
        return []
    opens: list[tuple[int, int]] = []  # (label index, entry start) for each label
    for n, i in enumerate(labels):
        above = lines[i - 1] if i else None
        if above is None or above.kind != "text":
            opens.append((i, lines[i].end))  # "Post-incident review / Posted ...": the text after it
            continue
        k = i - 1
        while k > 0 and lines[k - 1].kind == "text":
            k -= 1
        if k > 0 and lines[k - 1].kind == "heading":
            start = lines[k - 1].start  # the entry's own heading ("Resolved") opens it
        elif n == 0 and (k == 0 or lines[k - 1].kind != "label"):
            start = lines[i - 1].start  # no heading and no label above: only the paragraph it closes
        else:
            start = lines[k].start
        opens.append((i, start))
    # where each label's block begins: its entry's start when the label closes the entry above it,
    # else the heading above the label ("Post-incident review"), or the label line itself
    blocks = [start if start < lines[i].start else (lines[i - 1].start if i and lines[i - 1].kind == "heading" else lines[i].start)
              for i, start in opens]
    out = []
    for n, (i, start) in enumerate(opens):
        label = lines[i]
        end = label.start if start < label.start else (blocks[n + 1] if n + 1 < len(opens) else len(article.text))
        out.append(Entry(start, end, article.text[label.start:label.end].strip(), label.day, label.time))
    return out


def _lines(article: Article) -> list[_Line]:
    headings = {s.start for s in article.subheadings}
    body_start = min([p.start for p in article.paragraphs] + [s.start for s in article.subheadings], default=0)
    out = []
    for m in re.finditer(r"[^\n]+", article.text):
        if m.end() <= body_start or not m.group(0).strip():
            continue
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        got = read_label(m.group(0))
        if got:
            out.append(_Line(start, m.end(), "label", got[0], got[1]))
        elif start in headings or m.start() in headings:
            out.append(_Line(start, m.end(), "heading"))
        else:
            out.append(_Line(start, m.end(), "text"))
    return out


def entry_at(found: list[Entry], pos: int) -> Entry | None:
    """The entry holding `pos`, if any."""
    return next((e for e in found if e.start <= pos < e.end), None)


def dated(when: tuple, pos: int, found: list[Entry], background: bool = False) -> tuple:
    """`when` (text, first, last, basis) of a statement at `pos`: its entry's label day in place of
    a publication day, or of none (an undated page), unless it is background ("according to")."""
    entry = entry_at(found, pos)
    if entry is None or background or when[1] is not None and when[3] != "publication":
        return when
    return entry.label, entry.day, None, "explicit"


def shown(label: str, day: date) -> str | None:
    """"posted on 18 March 2025 at 07:41 IST" for a label line, or None when `label` is none."""
    got = read_label(label)
    if got is None or got[0] != day:
        return None
    word = _POSTING.match(fold(label).strip(" *_#")).group(0).lower()
    when = f"{word} on {day.day} {day.strftime('%B %Y')}"
    return f"{when} at {got[1]}" if got[1] else when
