"""Questions that ask for a reply (the one home of these detectors; their breadths differ, below). A
question asking for someone's answer to a question put to them: their non-answer is the answer.

    What was Osei's answer when a senator asked if fees would rise?   Osei said she would "need to
                                                                      check" and did not give a figure.
    How did the minister respond when asked about the cost?           -> what they replied, not "the
                                                                      articles do not say"

Only when the best sentence is the statement of the person whose reply is asked: an article's own
"the figure was not disclosed", or someone else's refusal, still shows the thing asked is not said.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems

# Three breadths of "the question asks for a reply", each for its own reader:
# - OPENS_ASKING_REPLY: the question opens by asking for the reply itself ("What was her answer",
#   "how did he respond"), whoever gave it: whatever the reply says is the answer, so a
#   withholding in it is no "not known" (unknown.py).
# - NAMES_A_REPLY: any reply word anywhere ("... when a member asked if ...? What did she answer"):
#   a question reported in a candidate is then the asking, not the answer (asked.py).
# - reply_asked_of: whose reply, by name ("Osei's answer", "did Osei reply"): only that person's
#   own statement is the reply given (own_reply_given).
OPENS_ASKING_REPLY = re.compile(r"^\s*(?:and\s+)?(?:what\s+(?:was|is|were)\s+(?:[\w'’\-]+\s+){1,4}?"
                                r"(?:answer|reply|response)|how\s+did\s+(?:he|she|they|it)\s+(?:answer|reply|respond))\b", re.I)
NAMES_A_REPLY = re.compile(r"\b(?:answer|answered|reply|replied|response|respond|responded)\b", re.I)

_NAME = r"((?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+)"
_REPLY_NOUN = r"(?:answer|reply|response|reaction)"
_ASKED = [
    re.compile(_NAME + r"['’]s?\s+" + _REPLY_NOUN + r"\b"),  # "Osei's answer when ..."
    re.compile(r"\b(?:did|does|do)\s+" + _NAME + r"\s+(?:answer|reply|respond|react)\b"),  # "how did Osei reply"
]


def reply_asked_of(question: str) -> tuple[str, ...]:
    """The name stems of the person whose reply the question asks for, or () when it asks none."""
    for pattern in _ASKED:
        m = pattern.search(question)
        if m is not None:
            return tuple(stems(m.group(1)))
    return ()


def own_reply_given(question: str, best) -> bool:
    """The best sentence is the reply asked for: the statement of the person whose reply is asked."""
    person = reply_asked_of(question)
    st = getattr(best, "statement", None)
    if not person or st is None or getattr(st, "generic_speaker", False):
        return False
    return bool(set(stems(st.speaker)) & set(person))
