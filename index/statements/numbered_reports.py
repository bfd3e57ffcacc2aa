"""An investigation or inquiry report numbers its paragraphs ("2.3 The chief officer stated in
interview that ..."), and each paragraph is a finding of its own: what a witness stated is dated
only by what its own paragraph says ("In interview with the Board on 4 November", "in writing on 10
December 2025"). A witness's words in a paragraph that names no day have no knowable day: not the
day of the interview the paragraph before tells of, nor the report's publication day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.models import Statement
from index.statements.note_days import _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _MONTHS, _day

_NUMBERED = re.compile(r"^\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z]")
_MIN_NUMBERED = 3


def dated(stmts: list[Statement], text: str, paragraphs: list[tuple[int, int]], of: list[int]) -> list[Statement]:
    """The statements of a numbered-paragraph report, each dated by its own paragraph or by none."""
    numbered = {k for k, (a, b) in enumerate(paragraphs) if _NUMBERED.match(text[a:b])}
    if len(numbered) < _MIN_NUMBERED:
        return stmts
    out = []
    for st, k in zip(stmts, of):
        if k not in numbered:
            out.append(st)
            continue
        a, b = paragraphs[k]
        own = text[a:b]
        if st.when_start is not None and st.when_text and st.when_text in own and st.date_basis != "publication":
            out.append(st)  # the paragraph's own day
            continue
        day = _last_full_date(text[a:st.end])
        if day is not None:
            out.append(replace(st, when_text=day[0], when_start=day[1], when_end=None, date_basis="explicit"))
        elif st.when_text and st.when_text in own and st.date_basis != "publication":
            out.append(st)
        else:
            out.append(replace(st, when_text=None, when_start=None, when_end=None, date_basis="none"))
    return out


def _last_full_date(text: str):
    hits = [(m.start(), m.group(0), _day(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))))
            for m in _DAY_MONTH_YEAR.finditer(text)]
    hits += [(m.start(), m.group(0), _day(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2))))
             for m in _MONTH_DAY_YEAR.finditer(text)]
    hits = [h for h in hits if h[2] is not None]
    if not hits:
        return None
    _, words, day = max(hits)
    return words, day
