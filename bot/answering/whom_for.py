"""Whom a speaker speaks for, as a transcript header writes it ("Roe, Ann (Staffside)   6:02"): a
question asking which union, council or organisation someone is from, or whom they represent, is
answered by their turn shown under the header's name as written, the organisation in brackets.
Other questions show the name alone (the header is no part of what was said)."""

from __future__ import annotations

import re
from dataclasses import replace

_FOR_WHOM = re.compile(r"\b(?:represent(?:s|ed|ing)?|(?:speak|speaks|spoke|speaking|work|works|worked|working)\s+for)\b", re.I)
_BRACKETED = re.compile(r"\(([^()]{2,60})\)\s*$")


def asks_whom_for(text: str, asks: str | None) -> bool:
    return asks == "organisation" or _FOR_WHOM.search(text) is not None


def with_written_side(chosen: list) -> list:
    """The chosen sentences, a statement whose speaker's header gave an organisation in brackets
    shown with it."""
    for c in chosen:
        st = c.statement
        written = (st.speaker_as_written or "") if st is not None else ""
        m = _BRACKETED.search(written)
        if m and m.group(1) not in st.speaker:
            c.statement = replace(st, speaker=f"{st.speaker} ({m.group(1)})")
    return chosen
