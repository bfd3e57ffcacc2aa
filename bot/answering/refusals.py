"""A yes/no question about an act ("Will he commit to no more rises this year?", "Did the firm agree to
pay?") is answered by the sentence that says the act was refused: "He declines to give that
commitment.", "She would not agree to it" -- not by the interviewer's question that repeats the act's
words ("HOST asks X whether the council will commit to ...") nor by a line that only shares its topic.

The act is the question's verb; the refusal names it in any form ("commit" / "commitment") within a
few words of a verb of refusing or a negated modal."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate, favour
from bot.answering.question import Question
from bot.answering.terms import stems

_AUX = frozenset("will would did does do can could has have had is are was were shall should".split())
_REFUSING = (r"\b(?:declin\w*|refus\w*|(?:would|will|did|does|do|could|can|is|was)(?:\s+not|n['’]t)|won['’]t|cannot|"
             r"not\s+(?:prepared|willing|ready)|unwilling)\s+(?:to\s+)?(?:[\w'’]+\s+){0,3}?")
REFUSED = 0.3
NOT_REFUSED = 0.6


def asks_yes_no_act(q: Question) -> bool:
    """"Will he commit to ...?", "did she agree to ...": a yes/no question about an act."""
    first = q.text.strip().lower().split(maxsplit=2)
    first = first[1] if first and first[0] == "and" and len(first) > 1 else (first[0] if first else "")
    return first in _AUX and q.predicate is not None and bool(stems(q.predicate.lemma))


@lru_cache(maxsize=256)
def _refusal(stem: str) -> re.Pattern:
    return re.compile(_REFUSING + rf"{re.escape(stem)}\w*", re.I)


def weigh_refusals(q: Question, candidates: list[Candidate]) -> None:
    """The sentences refusing the act asked about over those that do not (only when one does)."""
    if not asks_yes_no_act(q):
        return
    favour(candidates, _refusal(stems(q.predicate.lemma)[0]), REFUSED, NOT_REFUSED)
