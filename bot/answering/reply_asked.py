"""A question asking for someone's answer to a question put to them: their non-answer is the answer.

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
