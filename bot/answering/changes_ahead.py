""""What is the company changing after the outage?" asks for a change still to come, told as "He said the
company would now alert customers ...", "will no longer ...", "from now on": not the background
sentence that names the company and the outage (which shares every word of the question).

    what is X changing / what will X change / what changes is X making / what is X doing differently
      "X, whose service runs ..., keeps a mirror of ..."          background: weighed down
      "He said X would now alert customers within 30 days"        the change: weighed up

Only the question's text is read to tell whether the step applies (a regular expression)."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, favour

_ASKS_CHANGE = re.compile(r"^(?:and\s+)?what\s+(?:is|are|will|would)\s+(?:\S+\s+){1,6}?(?:be\s+)?(?:chang\w*|alter\w*|do(?:ing)?\s+differently)\b|"
                          r"^(?:and\s+)?what\s+changes?\s+(?:is|are|will|would|has|have|does|do)\s+(?:\S+\s+){1,6}?"
                          r"(?:mak\w*|plan\w*|introduc\w*|bring\w*|promis\w*)\b", re.I)
# A change to come: "would now", "will no longer", "from now on", "plans to", "will start to".
_STATES_CHANGE = re.compile(r"\b(?:would|will|shall)\s+(?:now|no\s+longer|in\s+future|from\s+now\s+on)\b|['’]ll\s+now\b|"
                            r"\bfrom\s+now\s+on\b|\bgoing\s+forward\b|\bin\s+(?:the\s+)?future\b|\bplans?\s+to\b|\bplanning\s+to\b|"
                            r"\b(?:would|will)\s+(?:start|begin|stop|switch|introduce|require|move\s+to|add)\b", re.I)
CHANGE = 0.3
NO_CHANGE = 0.6


def asks_change(question: str) -> bool:
    """"What is X changing after ...", "what changes will X make": a change still to come, asked for."""
    return bool(_ASKS_CHANGE.match(question.strip()))


def weigh_changes(candidates: list[Candidate]) -> None:
    """The sentences telling a change to come over those that do not (only when some sentence tells one)."""
    favour(candidates, _STATES_CHANGE, CHANGE, NO_CHANGE)
