"""The signed comments of a wiki-style talk page: each comment ends in its signer's signature.

A talk page (a discussion thread about an article) prints its comments one after another, indented
with colons for replies, each closed by a signature on its last line:

    The plaque says 1873. I think the date is wrong. Ann Roe (talk) 14:02, 3 March 2026 (UTC)
    :I checked the ledger. bo_77 (talk · contribs) 16:40, 3 March 2026 (UTC)
    ... — Preceding unsigned comment added by 203.0.113.7 (talk) 09:15, 4 March 2026 (UTC)

A comment runs from the end of the comment (or the "== Section ==" or rendered "Section[edit]"
heading) before it to its signature, so the page's banners and contents list above the first
heading are no one's; its words were written on the signature's day, whatever day the page carries. A page
needs two signatures to be a talk page (one signed line alone is a note). Linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from index import datelines
from index.textnorm import fold

MIN_COMMENTS = 2
# the links a signature prints after the name: "(talk)", "(talk · contribs)", "(talk | contribs)"
_LINKS = r"\((?:talk|contribs)(?:\s*[·•|/]\s*(?:talk|contribs|email))*\)"
_LINK_CUE = re.compile(r"\((?:talk|contribs)", re.I)  # where every signature's links open
# "14:02, 3 March 2026 (UTC)", "14:02, March 3, 2026 (UTC)"
_STAMP = rf"(?P<time>\d{{1,2}}:\d\d),?\s+(?P<date>{datelines.DATE})(?:\s*\((?:UTC|GMT|[A-Z]{{2,5}})\))?"
# (a rendered page may print its "[reply]" link after the stamp)
_SIGNATURE = re.compile(rf"(?P<who>[^\s()][^()\n]{{0,60}}?)\s*{_LINKS}\s*,?\s*{_STAMP}[ \t.]*(?:\[?reply\]?[ \t]*)?$", re.I | re.M)
_UNSIGNED = re.compile(r"\s*[-–—]*\s*Preceding unsigned comment added by\s+(?P<who>[^\n]+)$", re.I)
# the end of the comment's own text before the name: a sentence's stop, a dash, or the line's start
# (a hyphen inside a name, "Yarister-Lindh", is none: a dash stands apart or is a long one)
# (a stop inside the name, an address "203.0.113.7" or "J.R. Vantersby", is followed by no space)
_BEFORE_NAME = re.compile(r"(?:^|[.!?\"”)]\s+|\s+-{1,2}\s*|\s*(?:[–—]|--)\s*)(?=(?:[^.!?\n]|[.!?](?=\S))*$)")
# "== Section ==" as written, or "Section[edit]" as a rendered page prints it
_HEADING = re.compile(r"^\s*(?:(?P<eq>={2,})[^=\n]+(?P=eq)|[^\n]{1,150}\[\s*edit(?:\s*\|\s*edit source)?\s*\])\s*$", re.M)
# "This page was last edited on 6 March 2026, at 18:30"
EDITED = re.compile(rf"\bthis page was last edited on\s+(?P<date>{datelines.DATE})", re.I)


@dataclass(frozen=True)
class Comment:
    start: int  # where the comment starts: the end of the one before it, or of its heading
    body_end: int  # where its own text ends: the signature's name
    end: int  # the signature's end
    signer: str  # the name or the address as the signature writes it
    day: date
    day_text: str  # "3 March 2026" as written


@lru_cache(maxsize=64)
def comments(text: str) -> tuple[Comment, ...]:
    """The page's signed comments in text order; none unless two signatures or more close them."""
    text = fold(text)
    if _LINK_CUE.search(text) is None:
        return ()  # (the signature pattern tries up to 60 characters at each one of a page: a millisecond)
    sigs = [m for m in _SIGNATURE.finditer(text) if datelines.full_date(m.group("date"))]
    if len(sigs) < MIN_COMMENTS:
        return ()
    heads = [m.end() for m in _HEADING.finditer(text)]
    out, prev, h = [], 0, 0
    for m in sigs:
        while h < len(heads) and heads[h] <= m.start():
            prev = max(prev, heads[h])
            h += 1
        who, name_at = _signer(text, m)
        out.append(Comment(prev, name_at, m.end(), who, datelines.full_date(m.group("date")), m.group("date")))
        prev = m.end()
    return tuple(out)


def _signer(text: str, m: re.Match) -> tuple[str, int]:
    """The signer's name and where the comment's own text ends: before "— Preceding unsigned
    comment added by", or before the name after the comment's last sentence."""
    line_start = text.rfind("\n", 0, m.start("who")) + 1
    lead = text[line_start:m.end("who")]
    if unsigned := _UNSIGNED.search(lead):
        return unsigned.group("who").strip(), line_start + unsigned.start()
    cut = list(_BEFORE_NAME.finditer(lead))
    at = cut[-1].end() if cut else 0
    name = lead[at:].strip(" :*-–—")
    words = name.split()
    if len(words) > 4:  # a sentence running into its name with no stop: the last words name the signer
        name = " ".join(words[-2:])
    name_at = line_start + lead.rfind(name) if name else m.start("who")
    return name, name_at


def comment_at(found: tuple[Comment, ...], pos: int) -> Comment | None:
    return next((c for c in found if c.start <= pos < c.end), None)


def latest_day(text: str) -> date | None:
    """The page's day: its "last edited" footer, else its latest signature; None on no talk page."""
    found = comments(text)
    if not found:
        return None
    edited = [d for m in EDITED.finditer(fold(text)) if (d := datelines.full_date(m.group("date")))]
    return max([*edited, *(c.day for c in found)])
