"""Time bounds a question names: "in February 2023", "after the ... summit", "before the ...
visit" (a place the ledger has a dated statement in)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.statements.dates import MONTHS, resolve


def period_in_question(q: str, ledger) -> tuple[date | None, date | None, str]:
    """(since, until, question without the time words) for a normalised question."""
    since = until = None
    m = re.search(r"\b(before|after|since|until)\s+the\s+([a-z.]+(?:\s+[a-z.]+)?)\s+(?:summit|meeting|talks|visit)", q)
    if m:
        days = ledger.days_at(m.group(2))
        if days:
            since, until = (days[0] + timedelta(1), None) if m.group(1) in ("after", "since") else (None, days[0] - timedelta(1))
            return since, until, (q[: m.start()] + q[m.end():]).strip()
    m = re.search(rf"\b(in|during|before|after|since)\s+((?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?|\d{{4}})\b", q)
    if m:
        latest = ledger.latest_date()
        phrase = "in " + m.group(2).title()
        rng = resolve(phrase, latest)
        if rng:
            kind = m.group(1)
            since, until = {"before": (None, rng[0] - timedelta(1)), "after": (rng[1] + timedelta(1), None),
                            "since": (rng[0], None)}.get(kind, rng)
            return since, until, (q[: m.start()] + q[m.end():]).strip()
    return None, None, q
