"""An aide's call relaying the person he works for (index.voice_messages: "I'm caseworker for
Councillor Ann Roe", "From: Ann Roe's office"): what the aide says he was asked to pass on ("The
councillor's asked me to say she's ...", "She also wanted me to say ...") and what he tells of her
("She's asked them for a timetable") are her statements, as a spokesperson's words are his
principal's; the aide's own lines ("this is my direct line") stay his.
"""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

# "asked me to say", "wanted me to tell you", "wants you to know", "has asked me to pass on"
_PASS_ON = re.compile(r"\b(?:asked|wants?|wanted|told|would like|needs?)\s+(?:me|us)\s+to\s+(?:say|tell|pass|let\s+you\s+know|relay|mention|confirm|explain)"
                      r"|\bwants?\s+you\s+to\s+know\b", re.I)
_LEAD = re.compile(r"^\W*(?:(?:and|but|so|also|now|just)\s+)*(?P<who>she|he|(?:the|our|my)\s+(?P<role>[\w-]+))(?=['’]|\s)", re.I)


def relays(sentence: str, principal: str) -> bool:
    """The sentence is the principal's: it passes on her words or tells what she did."""
    if _PASS_ON.search(sentence):
        return True
    m = _LEAD.match(sentence)
    if m is None:
        return False
    role = m.group("role")
    return role is None or vocabulary().is_role(role.lower()) or role.lower() in principal.lower().split()
