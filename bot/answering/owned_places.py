""""Who runs / owns the pharmacy?": a sentence writing "Ines Calloway's pharmacy" names its holder,
though the article gives her no role (the people read at ingest are those described)."""

from __future__ import annotations

import re

from bot.answering.question import Question
from bot.answering.terms import stems

# the heads of "the head of X" / "the owner of X" (question._LED_BY)
_HOLDERS = frozenset(t for w in ("head", "owner", "chair") for t in stems(w))
_OWNER_NAME = re.compile(r"(?<![\w\-])((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)['’]s\s+((?:[\w\-]+\s+){0,2}[\w\-]+)")


def named_holder(q: Question, text: str) -> str | None:
    """The name whose possessive the asked place's noun follows in `text`, for a question asking for
    that place's head or owner ("the head of the pharmacy": "... of Ines Calloway's pharmacy")."""
    if q.role_head not in _HOLDERS or not q.role_phrase or " of " not in q.role_phrase:
        return None
    place = stems(q.role_phrase.split(" of ", 1)[1].split()[-1])
    if not place:
        return None
    for m in _OWNER_NAME.finditer(text):
        words = m.group(1).split()
        # (the place's noun within three words: "Corwin Ashby's hardware shop")
        if len(words) >= 2 and any(stems(w)[-1:] == place[-1:] for w in m.group(2).split()) \
                and not any(w.lower() in ("the", "a", "an") for w in words):
            return m.group(1)
    return None
