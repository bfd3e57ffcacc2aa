"""The day a signed document gives itself under a signature: a date line alone below the
signer's name (and role) that closes a section, as reports, statements and letters print it.

    Go raibh míle maith agaibh.
                                     (a blank line)
    Ana Quist                        the name
    Chair                            the role (one or two short lines, or none)
    27 March 2025                    the date alone: the document's day

Read only when nothing above the story dates the page; a date line under anything else (a
table's row, a heading) is none. Linear in the text's length.
"""

from __future__ import annotations

import re
from datetime import date

from index import datelines
from index.textnorm import fold

_DATE_ALONE = re.compile(rf"^(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?(?:{datelines.DATE})$", re.I)
_NAME = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr|Rev)\.?\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al|da|del|le|la|Ó|Ní|Nic|Mac|Ua)){1,4}$")
_ROLE = re.compile(r"^[A-Z][\w'’&,./() -]{1,60}$")


def signed_date(text: str) -> date | None:
    """The latest date line closing a signature block in `text`, or None."""
    lines = [fold(l).strip() for l in text.splitlines()]
    found = None
    for i, line in enumerate(lines):
        if not (line and len(line) <= 40 and _DATE_ALONE.match(line)):
            continue
        day = _signed_above(lines, i)
        if day is None:
            continue
        year, month, dom = datelines.parse_date(line)
        if not (year and month and dom):
            continue
        try:
            got = date(year, month, dom)
        except ValueError:
            continue
        found = got if found is None or got > found else found
    return found


def _signed_above(lines: list[str], i: int) -> bool | None:
    """True when the one to three lines above line `i` are a name and its role(s), below a blank line."""
    block = []
    k = i - 1
    while k >= 0 and lines[k] and len(block) < 3:
        block.append(lines[k])
        k -= 1
    if not block or (k >= 0 and lines[k]):
        return None  # no block, or a longer run of lines (a table, a list): no signature
    block.reverse()
    if not _NAME.match(block[0]) or any(l.endswith((".", ":", "?", "!")) for l in block):
        return None
    if any(not _ROLE.match(l) or len(l.split()) > 8 for l in block[1:]):
        return None
    return True
