"""An event the article says has not happened, asked about as if it had.

    What was the result of the ballot?        "A ballot on an overtime ban has not been held."
    What did the review of the contract find? "An independent review ... has yet to take place."

The sentence that says so shares the question's words, so it is the best match, but it holds no
result, finding or count: the articles do not say, and it is cited as why. A yes/no question ("Has
the ballot been held?") is answered by it, and a when-question may be answered by a date it goes on
to give: neither is checked here."""

from __future__ import annotations

import re

from bot.answering.terms import stems

# "has not been held", "hasn't yet taken place", "has yet to take place", "is yet to be held": the event
# itself has not happened (not a thing withheld, which bot/answering/unknown.py reads).
_EVENTS = r"(?:held|carried out|conducted|completed|taken place|happened|begun|started|opened|finished|concluded|occurred)"
_NOT_HAPPENED = re.compile(
    rf"\b(?:(?:has|have|had)\s+not|(?:hasn|haven|hadn)['’]t)\s+(?:yet\s+)?(?:been\s+)?{_EVENTS}\b"
    r"|\b(?:has|have|had|is|are|was|were)\s+yet\s+to\s+(?:take\s+place|be\s+(?:held|carried\s+out|conducted|completed)|begin|start|happen|open)\b",
    re.I)
_YES_NO = re.compile(r"^\s*(?:and\s+)?(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b", re.I)
_CLAUSE = re.compile(r"[;:]|,\s+(?:but|and|while|though|although)\b|\.\s")
NEAR_WORDS = 10  # the words before the marker that name the event
SHARED = 2  # question words the event's own clause must hold


def not_happened(q, chosen: list) -> object | None:
    """The best chosen sentence, when it says the event the question asks about has not happened."""
    if not chosen or q.kind not in ("what", "who", "how-many", "why") or _YES_NO.match(q.text):
        return None
    best = chosen[0]
    m = _NOT_HAPPENED.search(best.text)
    if m is None:
        return None
    clause = _CLAUSE.split(best.text[: m.start()])[-1]
    near = {t for w in re.findall(r"[\w'’\-]+", clause)[-NEAR_WORDS:] for t in stems(w)}
    from bot.answering.unknown import own_terms

    terms = set(own_terms(q))
    if len(terms & near) < SHARED:
        return None
    # "Who ordered the review?" / "A review, ordered by the council, has yet to take place": every word
    # asked is in the sentence, which tells the act asked about the event: an answer.
    return best if terms - set(stems(best.text)) else None
