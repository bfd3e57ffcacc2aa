"""A parliament's petition page pasted as text, with the government's response: its layout.

The petition comes first: its title (an action, "Require councils to ..."), its text in the first
person and a "More details" paragraph; its author is named only BELOW it, on a "Created by NAME"
line, among the page's furniture ("This petition is open for signatures", "12,406 signatures",
"Show on a map"). Then the response, under "Government responded" and "This response was given on
DATE": a summary paragraph and paragraphs in the government's voice, signed by a department's name
on a line of its own below them, and then boxes of other business ("Other parliamentary business").
`page` finds these parts (index/statements/petition_pages.py reads whose words they are); `kept_lines`
are the page's lines that say a fact though they are short: the signature count, the creator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from index import datelines
from index.textnorm import fold

_CREATED = re.compile(r"^\s*(?:Created|Started|Petition (?:created|started)) by:?\s+(?P<name>[^\n]{2,80}?)\s*$", re.M | re.I)
_RESPONDED = re.compile(r"^\s*(?:(?:The\s+)?Government\s+(?:responded|response)|Government's\s+response|Read the response in full)\b[^\n]{0,40}$",
                        re.M | re.I)
_GIVEN = re.compile(r"^\s*(?:This|The)\s+response\s+was\s+(?:given|published|made)\s+on\s+(?P<date>[^\n]{6,40}?)\.?\s*$", re.M | re.I)
# the page's furniture, no one's words
_FURNITURE = re.compile(r"^\s*(?:petition|more details|this petition (?:is|was) (?:open|closed)\b.*|(?:\d[\d,]*\s+)?signatures?\b.*"
                        r"|[\d,]+|show on a map|sign this petition|share this petition|view (?:this petition|data).*"
                        r"|all petitions run for .*|deadline\b.*|opened\b.*|closed\b.*|get petition data.*|read the response in full"
                        r"|(?:government|parliament) (?:responded|debated|will debate)\b.*|this response was (?:given|published) on .*)\s*$", re.I)
# what ends the response: a box of other business, the debate's notice, the site's foot
_AFTER = re.compile(r"^\s*(?:other parliamentary business|parliament (?:debated|will debate)|debate(?:d)?\b|waiting for \d|"
                    r"share this petition|get petition data|related (?:activity|petitions)|this is a revised response)\b", re.I)
# "Department for X", "Ministry of X", "Home Office", "HM Treasury", "Cabinet Office", "X Office"
_DEPARTMENT = re.compile(r"^\s*(?:(?:The\s+)?(?:Department|Ministry|Office|Secretariat)\s+(?:of|for)\s+[A-Z][^\n.]{2,80}"
                         r"|(?:HM\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,5}\s+(?:Office|Department|Ministry|Treasury|Executive))\s*$")


@dataclass(frozen=True)
class Petition:
    creator: str
    petition: tuple[tuple[int, int], ...]  # the petition's own lines
    response: tuple[tuple[int, int], ...]  # the response's paragraphs' lines
    given: date | None
    signer: str  # the department signing the response, or "the Government"


@lru_cache(maxsize=64)
def page(text: str) -> Petition | None:
    """The petition page `text` is, or None."""
    folded = fold(text)
    created = _CREATED.search(folded)
    responded = _RESPONDED.search(folded) or _GIVEN.search(folded)
    counted = re.search(r"(?im)^\s*\d[\d,]*\s+signatures?\s*$", folded)
    if not created or not (responded or counted):
        return None
    lines, pos = [], 0
    for line in folded.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    head = responded.start() if responded else len(folded)
    petition = tuple((a, b) for a, b, ln in lines if b <= min(created.start(), head) and ln and not _FURNITURE.match(ln)
                     and not datelines.is_date_line(ln))
    given = _GIVEN.search(folded, head)
    day = datelines.full_date(given.group("date")) if given else None
    response, signer = [], "the Government"
    if responded:
        for a, b, ln in lines:
            if a < head or not ln:
                continue
            if _AFTER.match(ln) and not _RESPONDED.match(ln):
                break
            if _FURNITURE.match(ln) or a < created.end() <= b:
                continue
            if _DEPARTMENT.match(ln) and len(ln.split()) <= 12:
                signer = ln.strip()
                break
            response.append((a, b))
    return Petition(created.group("name").strip(), petition, tuple(response), day, signer)


def kept_lines(text: str) -> list[tuple[int, int]]:
    """The count line ("10,482 signatures") and the "Created by NAME" line of a petition page: short,
    but the one place that says how many signed and who started it, so a passage of their own."""
    if page(text) is None:
        return []
    return [m.span() for m in re.finditer(r"(?im)^[ \t]*(?:\d[\d,]*\s+signatures?|(?:created|started) by:?\s+[^\n]{2,80})[ \t]*$", text)]
