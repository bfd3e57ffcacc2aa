"""An exhibition's, a season's or a show's run line at the top of its page: "March 14, 2026 - October
4, 2026", "On view 21 November – 8 February 2027", "Until 21 June", "Closes 4 October 2026".

A run line says when a thing is open, not when the page was written. Read as a header date, its
last date (the closing day, often months ahead) dated the page and every undated word on it. The
page goes out by the opening at the latest, so a run of two dates dates it by the first; a line
that gives only the end ("Until ...", "Through ...") dates it by nothing.
"""

from __future__ import annotations

import re
from datetime import date

from index import datelines
from index.textnorm import fold

_DATE = rf"(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?(?:{datelines.DATE})"
# a short label before the run ("On view", "Exhibition dates:", "Runs"): words, no digits, no stop
_LABEL = r"(?:[A-Za-z][A-Za-z'’&-]*\s+){0,3}[A-Za-z][A-Za-z'’&-]*\s*:?\s+"
# "DATE - DATE", "DATE to DATE", "DATE until DATE"; a note after a bar ("| Gallery 4") may follow
_RUN = re.compile(rf"^(?:{_LABEL})?(?P<open>{_DATE})\s*(?:-{{1,2}}|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
                  rf"(?P<close>{_DATE})\s*(?:[|•·]\s*[^|•·]{{0,40}})*$", re.I)
# "Until 21 June", "Through October 4, 2026", "Closes 4 Oct 2026", "Ends Sunday 21 June": the end alone
_ENDS = re.compile(rf"^(?:{_LABEL})??(?:until|till|through|thru|closes|closing|ends|to)\s+(?:on\s+)?{_DATE}\b", re.I)


def is_run_line(line: str) -> bool:
    """Is the line a run's dates (two dates of a range, or an end alone) rather than a page's date?"""
    text = fold(line).strip(" *_#")
    if len(text.split()) > 16:
        return False
    return bool(_RUN.match(text) or _ENDS.match(text))


def opening_day(line: str) -> date | None:
    """The first day of a run line's range with a year ("November 21 - February 8, 2027": 21 November 2026),
    else None."""
    m = _RUN.match(fold(line).strip(" *_#"))
    if m is None:
        return None
    oy, om, od = datelines.parse_date(m.group("open"))
    cy, cm, cd = datelines.parse_date(m.group("close"))
    if not (om and od):
        return None
    if oy is None and cy and cm and cd:  # "November 21 - February 8, 2027": the opening's year runs back to it
        oy = cy if (om, od) <= (cm, cd) else cy - 1
    if oy is None:
        return None
    try:
        return date(oy, om, od)
    except ValueError:
        return None
