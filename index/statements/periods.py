"""Time bounds a question names: "in February 2023", "before the blockade began",
"after the Bishkek summit", "before the Baku visit" (a place the ledger has a dated statement in).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.statements.dates import resolve

# Named events a question may use as a time bound; dates as the corpus text gives them.
NAMED_EVENTS = {
    r"the blockade (?:began|started)|the (?:start|beginning) of the blockade": date(2022, 12, 12),
    r"the bishkek summit|the eurasian economic union summit": date(2022, 12, 9),
    r"the (?:informal )?cis summit|the st\.? petersburg summit": date(2022, 12, 27),
    r"the (?:2020 )?(?:trilateral statement|ceasefire|truce)": date(2020, 11, 9),
}


def period_in_question(q: str, ledger) -> tuple[date | None, date | None, str]:
    """(since, until, question without the time words) for a normalised question."""
    since = until = None
    for pattern, day in NAMED_EVENTS.items():
        m = re.search(rf"\b(before|after|since|until)\s+(?:{pattern})", q)
        if m:
            since, until = (day + timedelta(1), None) if m.group(1) in ("after", "since") else (None, day - timedelta(1))
            return since, until, (q[: m.start()] + q[m.end():]).strip()
    m = re.search(r"\b(before|after|since|until)\s+the\s+([a-z.]+(?:\s+[a-z.]+)?)\s+(?:summit|meeting|talks|visit)", q)
    if m:
        days = ledger.days_at(m.group(2))
        if days:
            since, until = (days[0] + timedelta(1), None) if m.group(1) in ("after", "since") else (None, days[0] - timedelta(1))
            return since, until, (q[: m.start()] + q[m.end():]).strip()
    m = re.search(r"\b(in|during|before|after|since)\s+((?:january|february|march|april|may|june|july|august|"
                  r"september|october|november|december)(?:\s+\d{4})?|\d{4})\b", q)
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
