"""A thing asked as given ("what advice did the ministry give") where the articles name it only as
what someone asked for or sought from the giver.

    What advice did the ministry give the grower?   "he had asked the ministry for advice"   only asked for
    What help did the council offer?                "residents have sought help from the council"

Every mention of the asked noun in the chosen sentences comes right after words of asking for it
(not_yet_done._SOUGHT: "asked ... for", "sought", "requested"), and none says it was given in a verb
of its own ("the ministry advised growers to ..."): the decline cites that sentence.
"""

from __future__ import annotations

import re

from bot.answering.not_yet_done import _SOUGHT

# Things one body gives another in words: the noun asked, and the verbs that say it was given.
_GIVEN_NOUNS = {
    "advice": r"advis\w*|recommend\w*|told|urged",
    "guidance": r"advis\w*|guided|recommend\w*|told",
    "help": r"helped|helping|assist\w*",
    "support": r"support(?:s|ed)\b|backed",
    "assurance": r"assur\w*|promis\w*|guarantee\w*",
    "assurances": r"assur\w*|promis\w*|guarantee\w*",
    "guarantee": r"guarantee[sd]|promis\w*|assur\w*",
    "guarantees": r"guarantee[sd]|promis\w*|assur\w*",
    "explanation": r"explain\w*",
    "answer": r"answered|replied|responded",
    "reply": r"replied|responded|answered",
    "response": r"responded|replied|answered",
    "information": r"informed|told",
}
_ASKED = re.compile(r"^\s*(?:and\s+)?what\s+(?:kind\s+of\s+|sort\s+of\s+)?(" + "|".join(_GIVEN_NOUNS) + r")\s+"
                    r"(?:did|does|do|has|have|had|will|would|was|were|is)\b[^?]*?\b"
                    r"(?:give|given|gave|offer|offered|provide|provided|send|sent|issue|issued|get|got|receive|received)\b",
                    re.I)
NEAR = 60  # characters before a mention of the noun read for words of asking for it


def noun_only_sought(q, chosen: list) -> object | None:
    """The first chosen sentence naming the asked noun only as sought ("had asked the ministry for
    advice"), when every chosen mention of it is so and no chosen sentence gives it by a verb; else None."""
    asked = _ASKED.search(q.text)
    if asked is None:
        return None
    noun = asked.group(1).lower()
    mention = re.compile(rf"\b{noun}\b", re.I)
    given = re.compile(rf"\b(?:{_GIVEN_NOUNS[noun]})", re.I)
    found = None
    for c in chosen:
        if given.search(c.text):
            return None  # "the ministry advised growers to ...": given in a verb
        mentions = list(mention.finditer(c.text))
        if not mentions:
            continue
        if not all(_SOUGHT.search(c.text[max(0, m.start() - NEAR):m.start()]) for m in mentions):
            return None
        found = found or c
    return found
