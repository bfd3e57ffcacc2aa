"""The day of words reported "according to" a source whose description says when the source spoke.

"The river had been rising for a week, according to Superintendent X, the district commander, who
spoke at a press conference in Dorrow on Monday afternoon": the words were given at that press
conference, on that Monday, and the source's quotes right after it go on in the same occasion. An
"according to" phrase carries no verb of its own, so the parse gives it no time; the relative
clause describing the source does.
"""

from __future__ import annotations

import re
from datetime import date

from index.statements.dates import find_time_phrases
from index.statements.when import resolve

# "who spoke at a press conference ...", "who was speaking to reporters ...", "who briefed journalists ...":
# a clause about the source that is the speaking itself, up to the end of the clause
_SPOKE = re.compile(r"\bwho\s+(?:spoke|was\s+speaking|addressed|briefed|told|gave)\b[^.;:!?\"“”]*", re.I)


def according_day(text: str, span_start: int, content_start: int, content_end: int, span_end: int,
                  pub: date) -> tuple | None:
    """(time text, first day, last day or None, basis) of the occasion the source's description
    names, for an "according to" statement; None when it names none or a day after `pub`."""
    for outside in (text[span_start:content_start], text[content_end:span_end]):
        for m in _SPOKE.finditer(outside):
            # (not a day inside what the clause reports: "who told police that she saw him on Friday")
            clause = re.split(r"\bthat\b", m.group(0), maxsplit=1)[0]
            for phrase in find_time_phrases(clause):
                if phrase.kind not in ("wday", "rel", "mday", "dmon", "odom"):
                    continue
                got = resolve(phrase.text, pub)
                if got and got[0] <= pub:
                    return phrase.text, got[0], got[1] if got[1] != got[0] else None, got[2]
    return None
