""""What held up the bridge?" / "What delayed the trial?" asks for a cause. The article often says
first that there was a delay ("opened two years later than planned") and then why ("The project
stalled when the main contractor went bust"): the sentence that states a cause answers, though it
does not repeat the question's verb, which the sentence before it may share.

    What held up the footbridge?
      "... opened to the public on Thursday, two years later than planned."   a delay, no cause
      "The project stalled when the main contractor went bust ..."           the cause: weighed up

Only the question's text is read to tell whether the step applies (a regular expression); for
others it costs nothing more."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, favour

# "What held up / delayed / stalled / slowed down / put back / caused the delay to ...".
_ASKS_CAUSE = re.compile(
    r"^(?:and\s+)?what\s+(?:(?:has|had|have)\s+)?(?:held\s+up|delayed|stalled|slowed(?:\s+down)?|put\s+back|pushed\s+back|"
    r"set\s+back|postponed|halted|caused\s+(?:the\s+|a\s+|these\s+|those\s+)?(?:delays?|hold-ups?|setbacks?|postponement)|"
    # "What caused the registry to stop serving files?": what made a thing do (or stop doing) something
    r"caused\s+(?:[\w'’\-]+\s+){1,6}?to\s+[a-z]+)\b",
    re.I)
# "Why has the start of production slipped?", "Why was the trial postponed?": the same, asked with why.
_WHY_DELAYED = re.compile(
    r"^(?:and\s+)?why\s+(?:has|have|had|did|does|do|is|are|was|were)\s+.{1,100}?\b(?:(?:been\s+)?(?:delayed|postponed|deferred|"
    r"held\s+up|put\s+back|pushed\s+back|set\s+back|stalled|halted)|slipped|slip|stall|stalled)\b", re.I)
# A sentence stating a cause: a causal link, or a verb of halting followed by what made it halt.
_STATES_CAUSE = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|caused\s+by|blamed\s+on|the\s+reason)\b|"
    r"\b(?:stalled|halted|stopped|delayed|held\s+up|put\s+back|pushed\s+back|postponed|suspended|paused|"
    r"derailed)\s+(?:\w+\s+){0,3}?(?:when|after|by|because|as|amid|over)\b|"
    # "... spent the day refusing to serve files after its key expired": a failure, then what it came after
    r"\b(?:refus\w*|fail\w*|unable|could\s+not|couldn['’]t|stopped|went\s+down|crashed|shut\s+down)\s+"
    r"(?:[\w'’\-]+\s+){0,6}?(?:after|when|because)\s+(?:the|its|their|his|her|a|an)\b|"
    # "The delay follows the failure of two pumps": the delay's noun, then what it came of
    r"\b(?:delays?|setbacks?|postponements?|slippage|hold-ups?|deferral)\s+(?:follows|followed|comes\s+after|came\s+after|"
    r"results?\s+from|resulted\s+from|stems\s+from|stemmed\s+from|was\s+caused\s+by|is\s+due\s+to|was\s+due\s+to)\b", re.I)
CAUSE = 0.3
NO_CAUSE = 0.5


# "What caused the registry to stop serving files?": what made a thing do something (not a delay's cause).
# ("What caused the delay to the footbridge?": "to" before a determiner is a preposition, not "to stop")
_CAUSED_TO = re.compile(r"^(?:and\s+)?what\s+(?:(?:has|had|have)\s+)?caused\s+(?P<thing>(?:[\w'’\-]+\s+){1,6}?)to\s+"
                        r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)\b)[a-z]+\b", re.I)
# Any wording of a cause, the act's own verb among them ("An expired key caused the outage").
_ANY_CAUSE = re.compile(r"\b(?:caused?|causing|triggered|sparked|led\s+to|blamed|resulted\s+from|reason|since|as\s+a\s+result)\b",
                        re.I)


def cause_untold(question: str, texts: list[str]) -> bool:
    """"What caused the registry to stop serving files?" answered by sentences that tell only that it
    stopped, with no cause in any wording: a near miss."""
    m = _CAUSED_TO.match(question.strip())
    if m is None or not texts:
        return False
    from bot.answering.terms import stems

    # (the cause must be of the thing asked: "the delays were caused by ..." in another story is not)
    thing = set(stems(m.group("thing")))
    return not any((_STATES_CAUSE.search(t) or _ANY_CAUSE.search(t)) and thing & set(stems(t)) for t in texts)


def asks_cause(question: str) -> bool:
    """"What held up the works?", "What delayed the trial?", "Why has the opening slipped?": the
    question asks what caused a delay."""
    return bool(_ASKS_CAUSE.match(question.strip()) or _WHY_DELAYED.match(question.strip()))


def weigh_causes(candidates: list[Candidate]) -> None:
    """The sentences that state a cause (see the module's docstring) over those that only tell of the delay
    (weighed down only when some sentence states one: else the best of them is all there is)."""
    favour(candidates, _STATES_CAUSE, CAUSE, NO_CAUSE)


# A reply that opens with its cause: "Because the ceilings were coming down." A cause further into a
# sentence ("warned of stress because of hot weather") is as often another matter's.
_OPENS_WITH_CAUSE = re.compile(r"^\W*(?:because|due\s+to|owing\s+to|the\s+reason\s+(?:is|was))\b", re.I)


def weigh_reasons(candidates: list[Candidate]) -> None:
    """"Why did the director close two rooms?": a sentence that opens with a cause ("Because the ceilings
    were coming down.") is weighed up; the others keep their scores."""
    for c in candidates:
        if _OPENS_WITH_CAUSE.search(c.text):
            c.score += CAUSE
