""""What did the firm promise its workers?" is answered by a sentence that says what will be done: a
promise made in the speaker's words ("We'll pay everyone for the rest of this week") or reported
("pledged that no jobs would be cut"). The question's other words (the firm, the fire, the workers)
are all over the story's report of what happened; the promise often shares none of them.

    What did the seafood firm promise its workers after the fire?
      "Forty workers on the night shift were led out safely."   what happened: weighed down
      "We'll pay everyone for the rest of this week."            a promise: weighed up

Only the question's text is read to tell whether the step applies (a regular expression)."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, favour

_ASKS_PROMISE = re.compile(r"^(?:and\s+)?what\s+(?:did|has|have|had|does|do|is|are|was|were)\s+(?:\S+\s+){1,8}?"
                           r"(?:promis\w*|pledg\w*|vow\w*|guarantee\w*|commit\w*\s+to|assur\w*)\b|"
                           # "What help is the town giving each family?": help still being given is promised.
                           r"^(?:and\s+)?what\s+(?:help|support|aid|assistance|relief|compensation)\s+(?:is|are|will)\s+"
                           r"(?:\S+\s+){1,6}?(?:giving|offering|providing|give|offer|provide)\b", re.I)
# What will be done, said as the future or with a verb of promising.
_STATES_PROMISE = re.compile(r"\b(?:will|would|shall|going\s+to)\b|['’]ll\b|\b(?:promis|pledg|vow|guarantee|commit|assur)\w*",
                             re.I)
PROMISE = 0.3
NO_PROMISE = 0.5


def asks_promise(question: str) -> bool:
    """"What did the firm promise its workers?", "what has the minister pledged ...", "what help is the
    town giving": a promise asked for."""
    return bool(_ASKS_PROMISE.match(question.strip()))


def weigh_promises(candidates: list[Candidate]) -> None:
    """The sentences that state a promise over those that do not (weighed down only when some sentence
    states one: else the best of them is all there is)."""
    favour(candidates, _STATES_PROMISE, PROMISE, NO_PROMISE)
