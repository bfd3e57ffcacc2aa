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
                           r"(?:promis\w*|pledg\w*|vow\w*|guarantee\w*|commit\w*\s+to|assur\w*|"
                           # "What is the ministry offering to do about the glut?": an offer of what it will do
                           r"(?:offer|offers|offered|offering|propos\w*)\s+to\s+do)\b|"
                           # "What help is the town giving each family?": help still being given is promised.
                           r"^(?:and\s+)?what\s+(?:help|support|aid|assistance|relief|compensation)\s+(?:is|are|will)\s+"
                           r"(?:\S+\s+){1,6}?(?:giving|offering|providing|give|offer|provide)\b", re.I)
# What will be done, said as the future or with a verb of promising.
_STATES_PROMISE = re.compile(r"\b(?:will|would|shall|going\s+to)\b|['’]ll\b|\b(?:promis|pledg|vow|guarantee|commit|assur)\w*|"
                             r"\b(?:offer|offers|offered|offering|propos\w*)\s+to\b",
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


# "What is she going to do next?", "What will the club do now?", "What does he plan to do?", "What are her next steps?"
_ASKS_PLAN = re.compile(r"^(?:and\s+)?what\s+(?:is|are|was|were)\s+(?:\S+\s+){1,5}?going\s+to\s+do\b|"
                        r"^(?:and\s+)?what\s+(?:will|would|does|do|did)\s+(?:\S+\s+){1,5}?(?:do|plan|intend|want)\s+(?:to\s+do\s+)?"
                        r"(?:next|now|about it|after|from here)\b|"
                        r"^(?:and\s+)?what\s+(?:does|do|did)\s+(?:\S+\s+){1,5}?(?:plan|intend)\s+to\s+do\b|"
                        r"^(?:and\s+)?what\s+(?:are|is)\s+(?:\S+\s+){0,4}?next\s+(?:steps?|move)\b|"
                        r"^(?:and\s+)?what(?:['’]s| is)\s+next\s+for\b", re.I)
# The speaker's own act to come: "said she would ask for ...", "We will appeal", "plans to seek", "intends to".
_STATES_PLAN = re.compile(r"\b(?:she|he|they|we|i|it)\s+(?:would|will|was going to|is going to|were going to|are going to|"
                          r"planned to|plans to|intended to|intends to|hoped to|hopes to|aimed to|aims to|wanted to|wants to)\b|"
                          r"\b(?:I|we|you)['’](?:ll|d)\b|\b(?:plans?|planned|intends?|intended|vowed|pledged|promised|"
                          r"threatened)\s+to\b|\bwould\s+(?:seek|ask|apply|appeal|challenge|lodge|file|take|push|write|call|table)\b",
                          re.I)
PLAN = 0.3
NO_PLAN = 0.6


def asks_plan(question: str) -> bool:
    """"What is she going to do next?": the person's own act to come, asked for."""
    return bool(_ASKS_PLAN.match(question.strip()))


def weigh_plans(candidates: list[Candidate]) -> None:
    """The sentences telling the speaker's own act to come over what they said of the matter."""
    favour(candidates, _STATES_PLAN, PLAN, NO_PLAN)
