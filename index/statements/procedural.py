"""A chair's or a speaker's procedural line in a meeting's transcript: no statement of anything.

"Good evening, everyone, and welcome.", "Thank you, Canon.", "Thank you all.", "Questions from the
floor.", "Please do vote.", "Each candidate has two minutes.", "Over to you.": a hustings', a
debate's or a public meeting's greetings, thanks and running of the floor. And a turn of a few words
with no figure and no verb ("Against it, full stop."): a short answer that leans on the question
it follows, not a statement of its own.
"""

from __future__ import annotations

import re

_THANKS = r"(?:thank you|thanks)(?:\s+(?:all|everyone|everybody|very much|so much|again|both|for (?:that|coming|your [a-z]+)))*"
_PROCEDURAL = re.compile(
    rf"^(?:(?:well|right|ok|okay|so|and|now),?\s+)?(?:"
    rf"{_THANKS}(?:,\s*[\w.' -]{{1,30}})?"  # "Thank you, Canon."
    r"|good (?:morning|afternoon|evening)(?:,?\s+(?:everyone|everybody|all|ladies and gentlemen))?(?:,?\s+and\s+welcome[^.!?]{0,40})?"
    r"|(?:you(?:'re| are)\s+)?(?:very\s+)?welcome(?:\s+(?:everyone|all|back|to [^.!?]{1,40}))?"
    r"|(?:we(?:'ll| will)\s+(?:now\s+)?(?:take|have)\s+)?questions? from the floor"
    r"|(?:(?:the\s+)?(?:next|first|last|final) question(?:,?\s+please)?)"
    r"|please (?:do )?(?:vote|be brief|keep it (?:short|brief))"
    r"|over to you(?:,\s*[\w.' -]{1,30})?"
    r"|(?:each|every) (?:candidate|speaker|panellist|panelist) (?:has|gets|will have) (?:one|two|three|four|five|\d+) minutes?[^.!?]{0,30}"
    r"|(?:[A-Z][\w'’-]+,\s+)?you(?:'re| are)? first|let(?:'s| us) (?:move on|begin|start)"
    r")\s*[.!]?$", re.I)
SHORT_TURN = 4  # words


def procedural(sentence: str) -> bool:
    """Whether a transcript's sentence only runs the meeting (greets, thanks, calls the next turn)."""
    return _PROCEDURAL.match(sentence.strip().strip("\"“”'")) is not None


def short_turn(tokens) -> bool:
    """A turn of a few words, no figure and no verb ("Against it, full stop."), which states nothing
    apart from the question before it ("Admissions are stable.", "Fixing the footbridge." do)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return 0 < len(words) <= SHORT_TURN and not any(t.like_num or any(ch.isdigit() for ch in t.text) for t in words) \
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
