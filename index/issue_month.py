"""The month a periodical's issue line gives ("Issue 142 | November 2025", "Vol. 12, No. 3 - March
2024", "April 2024 issue"): no day, so no publication date, but a bound on the days its text
reports. An interview "on 23 September" in a November 2025 issue was held on 23 September 2025.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from index.datelines import MONTH
from index.models import Article
from index.textnorm import fold

# a month and a year with no day before them, alone or beside an issue's label
_MONTH_YEAR = re.compile(rf"(?<![\d\w])(?<!\d\s)(?P<month>{MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b")
_SEPARATOR = r"[|,•·/:–—-]"
_LINE = re.compile(rf"^(?:[^.!?]{{0,40}}?{_SEPARATOR}\s*|(?i:issue|edition|vol\.?|volume)\b[^.!?]{{0,30}}?\s)?"
                   rf"(?P<when>(?:{MONTH})\.?,?\s+(?:19|20)\d\d)"
                   rf"(?:\s*{_SEPARATOR}[^.!?]{{0,40}}|\s+(?i:issue|edition))?$")
_HEAD_LINES = 12


def issue_end(article: Article) -> date | None:
    """The last day of the month an issue line above the article's first paragraph gives, else None."""
    first = article.paragraphs[0].start if article.paragraphs else len(article.text)
    lines = (article.title or "").splitlines()
    lines += [line for s in article.subheadings if s.start < first for line in article.slice(s).splitlines()]
    lines += article.text[:first].splitlines()[:_HEAD_LINES]
    for line in lines:
        m = _LINE.match(fold(line).strip().strip("*_# "))
        if m is None:
            continue
        found = _MONTH_YEAR.search(m.group("when"))
        month = list(calendar.month_abbr).index(found.group("month")[:3].title())
        year = int(found.group("year"))
        return date(year, month, calendar.monthrange(year, month)[1])
    return None
